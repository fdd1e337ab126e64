package hybrid

import (
	"slices"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/codecheck"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// ruleTests break one rule each on a valid organization.
var ruleTests = []struct {
	name   string
	base   func(testing.TB) Organization
	mutate func(*Organization)
	on     version.Date
	want   finding
}{
	{"no day", seed, nil, version.Date{}, finding{"", CodeDateInvalid, sevE}},
	{"no name", seed, func(o *Organization) { o.Name = "" }, day, finding{"name", CodeNameInvalid, sevE}},
	{"name with a line break", seed, func(o *Organization) { o.Name = "Contoso\nLtd" }, day, finding{"name", CodeNameInvalid, sevE}},
	{"no tenant", seed, func(o *Organization) { o.Tenant = "" }, day, finding{"tenant", CodeTenantInvalid, sevE}},
	{"tenant is the coexistence domain", seed, func(o *Organization) { o.Tenant = "contoso.mail.onmicrosoft.com" }, day, finding{"tenant", CodeTenantInvalid, sevE}},
	{"no cloud", seed, func(o *Organization) { o.Cloud = exhybrid.CloudUnknown }, day, finding{"cloud", CodeCloudMissing, sevE}},
	{"GCC High", seed, func(o *Organization) { o.Cloud = exhybrid.CloudGCCHigh }, day, finding{"cloud", CodeCloudUnsupported, sevE}},
	{"no type", seed, func(o *Organization) { o.Type = TypeUnknown }, day, finding{"type", CodeTypeMissing, sevE}},
	{"no MX choice", seed, func(o *Organization) { o.MX = MXUnknown }, day, finding{"mx", CodeMXMissing, sevE}},
	{"no servers", seed, func(o *Organization) { o.Servers = nil }, day, finding{"servers", CodeNoServers, sevE}},
	{"undeclared site", seed, func(o *Organization) { o.Servers[0].Site = "Branch" }, day, finding{"servers[0].site", CodeSiteUnknown, sevE}},
	{"no hybrid domain", seed, func(o *Organization) { o.HybridDomains = nil }, day, finding{"hybridDomains", CodeNoHybridDomain, sevE}},
	{"bad hybrid domain", seed, func(o *Organization) { o.HybridDomains = []string{"contoso"} }, day, finding{"hybridDomains[0]", CodeDomainInvalid, sevE}},
	{"repeated hybrid domain", seed, func(o *Organization) { o.HybridDomains = []string{"contoso.com", "Contoso.com"} }, day, finding{"hybridDomains[1]", CodeDomainInvalid, sevE}},
	{"bad accepted domain", seed, func(o *Organization) {
		o.AcceptedDomains = append(o.AcceptedDomains, AcceptedDomain{Domain: "fabrikam..com", Type: Authoritative})
	}, day, finding{"acceptedDomains[1].domain", CodeDomainInvalid, sevE}},
	{"accepted domain without type", seed, func(o *Organization) { o.AcceptedDomains[0].Type = DomainTypeUnknown }, day, finding{"acceptedDomains[0].type", CodeDomainInvalid, sevE}},
	{"hybrid domain not accepted", seed, func(o *Organization) { o.HybridDomains = append(o.HybridDomains, "fabrikam.com") }, day, finding{"hybridDomains[1]", CodeDomainNotAccepted, sevE}},
	{"unknown hybrid server", seed, func(o *Organization) { o.HybridServers = append(o.HybridServers, "EX2013-03") }, day, finding{"hybridServers[2]", CodeHybridServerUnknown, sevE}},
	{"hybrid servers not named", seed, func(o *Organization) { o.HybridServers = nil }, day, finding{"hybridServers", CodeHybridServersChosen, sevI}},
	{"2007 only", seed, func(o *Organization) { o.Servers = o.Servers[:2]; o.HybridServers = nil }, day, finding{"hybridServers", CodeNoHybridServer, sevE}},
	{"2013 roles split over servers in a 2007 organization", seed, func(o *Organization) {
		o.Servers[2].Roles = roles.Of(roles.ClientAccess)
		o.Servers[3].Roles = roles.Of(roles.Mailbox)
		o.Servers[3].InternetFacing = false
	}, day, finding{"hybridServers", CodeNoHybridServer, sevE}},
	{"2013 server with one role", seed, func(o *Organization) {
		o.Servers[3].Roles = roles.Of(roles.Mailbox)
		o.Servers[3].InternetFacing = false
	},
		day, finding{"servers[3].roles", CodeSplitRoles, sevI}},
	{"2007 server named as hybrid server", seed, func(o *Organization) { o.HybridServers = append(o.HybridServers, "EX2007-HUBCAS") }, day, finding{"hybridServers[2]", CodeHybridServerRole, sevE}},
	{"2016 hybrid server in a 2007 organization", seed, func(o *Organization) {
		o.Servers = append(o.Servers, server("EX2016", "15.1.2507.75", mbx, true))
		o.HybridServers = append(o.HybridServers, "EX2016")
	}, day, finding{"hybridServers[2]", CodeHybridVersionUnsupported, sevE}},
	{"2019 CU13 in March 2025, two updates behind", func(t testing.TB) Organization {
		return modern(t, server("EX19A", "15.2.1748.10", mbx, true), server("EX19B", "15.2.1748.10", mbx, true))
	}, func(o *Organization) { o.Servers[0].Build = mustBuild("15.2.1258.12") },
		version.Date{Year: 2025, Month: 3, Day: 1}, finding{"servers[0].build", CodeUpdateNotCurrent, sevE}},
	{"2010 hybrid server before SP3", org2010, func(o *Organization) { o.Servers[0].Build = mustBuild("14.2.390.3") },
		day, finding{"servers[0].build", CodeHybridBuildTooOld, sevE}},
	{"no hybrid server published", seed, func(o *Organization) { o.Servers[2].InternetFacing, o.Servers[3].InternetFacing = false, false },
		day, finding{"hybridServers", CodeNotInternetFacing, sevE}},
	{"edge server without the role", seed, func(o *Organization) { o.EdgeServers = []string{"EX2013-01"} }, day, finding{"servers[2].roles", CodeEdgeNotEdge, sevE}},
	{"edge server without subscription", seedEdge, func(o *Organization) { o.Servers[4].EdgeSync = false }, day, finding{"servers[4].edgeSync", CodeEdgeNotSubscribed, sevE}},
	{"2016 edge in a 2007 organization", seedEdge, func(o *Organization) { o.Servers[4].Build = mustBuild("15.1.2507.75") }, day, finding{"servers[4].build", CodeEdgeVersion, sevE}},
	{"edge for a minimal hybrid", orgMinimal, func(o *Organization) {
		e := server("EDGE16", "15.1.2507.75", roles.Of(roles.EdgeTransport), true)
		e.Perimeter, e.EdgeSync, e.Site = true, true, ""
		o.Servers = append(o.Servers, e)
		o.EdgeServers = []string{"EDGE16"}
	}, day, finding{"edgeServers", CodeEdgeNotAllowed, sevE}},
	{"unknown edge server", seed, func(o *Organization) { o.EdgeServers = []string{"EDGE99"} }, day, finding{"edgeServers[0]", CodeHybridServerUnknown, sevE}},
	{"no certificate", seed, func(o *Organization) { o.Certificate = Certificate{} }, day, finding{"certificate", CodeCertificateMissing, sevE}},
	{"subject without CN", seed, func(o *Organization) { o.Certificate.Subject = "O=Contoso" }, day, finding{"certificate.subject", CodeCertificateInvalid, sevE}},
	{"issuer without CN", seed, func(o *Organization) { o.Certificate.Issuer = "" }, day, finding{"certificate.issuer", CodeCertificateInvalid, sevE}},
	{"bad certificate name", seed, func(o *Organization) { o.Certificate.Names = append(o.Certificate.Names, "*.*.contoso.com") }, day, finding{"certificate.names[3]", CodeCertificateInvalid, sevE}},
	{"self-signed certificate", seed, func(o *Organization) { o.Certificate.SelfSigned = true }, day, finding{"certificate.selfSigned", CodeCertificateSelfSigned, sevE}},
	{"expired certificate", seed, func(o *Organization) { o.Certificate.NotAfter = version.Date{Year: 2026, Month: 11, Day: 26} }, day, finding{"certificate.notAfter", CodeCertificateExpired, sevE}},
	{"legacy name not on the certificate", seed, func(o *Organization) { o.Certificate.Names = o.Certificate.Names[:2] }, day, finding{"certificate.names", CodeCertificateNameMissing, sevE}},
	{"certificate not installed on a hybrid server", seed, func(o *Organization) { o.Certificate.Servers = []string{"EX2013-01"} }, day, finding{"certificate.servers", CodeCertificateNotInstalled, sevE}},
	{"no legacy namespace in a 2007 organization", seed, func(o *Organization) { o.Namespaces.Legacy = "" }, day, finding{"namespaces.legacy", CodeNamespaceMissing, sevE}},
	{"no EWS namespace for a classic hybrid", seed, func(o *Organization) { o.Namespaces.EWS = "" }, day, finding{"namespaces.ews", CodeNamespaceMissing, sevE}},
	{"no SMTP namespace for secure mail", seed, func(o *Organization) { o.Namespaces.SMTP = "" }, day, finding{"namespaces.smtp", CodeNamespaceMissing, sevE}},
	{"bad namespace", seed, func(o *Organization) { o.Namespaces.ActiveSync = "mail" }, day, finding{"namespaces.activeSync", CodeNamespaceInvalid, sevE}},
	{"archive on a minimal hybrid", orgMinimal, func(o *Organization) { o.Features = o.Features.With(OnlineArchive) }, day, finding{"features", CodeFeatureNotAvailable, sevE}},
	{"photos with 2010 hybrid servers", org2010, func(o *Organization) { o.Features = o.Features.With(Photos) }, day, finding{"features", CodeFeatureNeeds2013, sevE}},
	{"centralized without secure mail", seed, func(o *Organization) {
		o.Features = o.Features.With(CentralizedTransport).Without(SecureMail)
	}, day, finding{"features", CodeCentralizedNeedsSecureMail, sevE}},
	{"full hybrid without features", seed, func(o *Organization) { o.Features = 0 }, day, finding{"features", CodeNoFeatures, sevW}},
}

// TestRules breaks one rule at a time on a valid organization and checks
// that Validate reports it at the path with the severity, and that the
// valid organization does not.
func TestRules(t *testing.T) {
	tests := ruleTests
	valid := summarize(Validate(seed(t), day))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			org := tt.base(t)
			if slices.Contains(summarize(Validate(org, tt.on)), tt.want) && tt.mutate != nil {
				t.Fatalf("the base organization already has %v", tt.want)
			}
			if tt.mutate != nil {
				tt.mutate(&org)
			}
			got := summarize(Validate(org, tt.on))
			if !slices.Contains(got, tt.want) {
				t.Errorf("want %+v among:\n%+v", tt.want, got)
			}
		})
	}
	for _, f := range valid {
		if f.Severity == sevE {
			t.Errorf("the seed organization has an error finding %+v", f)
		}
	}
}

// seedEdge is the seed with an Exchange 2013 CU23 Edge Transport server
// subscribed and named as the hybrid Edge server.
func seedEdge(t testing.TB) Organization {
	org := seed(t)
	edge := server("EDGE01", "15.0.1497.48", roles.Of(roles.EdgeTransport), true)
	edge.Site, edge.Perimeter, edge.EdgeSync = "", true, true
	org.Servers = append(org.Servers, edge)
	org.EdgeServers = []string{"EDGE01"}
	org.Certificate.Servers = append(org.Certificate.Servers, "EDGE01")
	// EdgeSync with a 2013 SP1 Edge needs 2007 SP3 RU13 on the 2007 Hub.
	org.Servers[1].Build = mustBuild("8.3.348.2")
	return org
}

func TestIDOption(t *testing.T) {
	_, fs := Plan(seed(t), Options{Date: day, ID: "not-a-guid"})
	if !slices.Contains(summarize(fs), finding{"options.id", CodeIDInvalid, sevE}) {
		t.Errorf("invalid ID not reported:\n%s", fs)
	}
	_, fs = Plan(seed(t), Options{Date: day})
	if !slices.Contains(summarize(fs), finding{"options.id", CodeIDDerived, sevI}) {
		t.Errorf("derived ID not reported:\n%s", fs)
	}
}

// TestEveryCodeIsExercised checks that each finding code of this package
// is expected by a rule test or a scenario, and each plan reason by a
// scenario's steps, so that no rule goes untested.
func TestEveryCodeIsExercised(t *testing.T) {
	seen := map[exhybrid.Code]bool{CodeIDInvalid: true, CodeIDDerived: true} // TestIDOption
	for _, r := range ruleTests {
		seen[r.want.Code] = true
	}
	for _, sc := range scenarios {
		for _, f := range sc.want {
			seen[f.Code] = true
		}
		p, _ := Plan(sc.org(t), Options{Date: day, ID: testID})
		for _, s := range p.Steps {
			seen[s.Reason] = true
		}
	}
	for _, c := range codecheck.Check(t, ".") {
		if !seen[exhybrid.Code(c.Value)] {
			t.Errorf("%s (%s) is not exercised by any rule test or scenario", c.Name, c.Value)
		}
	}
}
