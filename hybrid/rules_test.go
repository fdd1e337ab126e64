package hybrid

import (
	"slices"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/codecheck"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

// ruleTests break one rule each on a valid organization.
var ruleTests = []struct {
	name   string
	base   func(testing.TB) Organization
	mutate func(*Organization)
	on     version.Date
	want   findingtest.Key
}{
	{"no day", seed, nil, version.Date{}, findingtest.E("", CodeDateInvalid)},
	{"no name", seed, func(o *Organization) { o.Name = "" }, day, findingtest.E("name", CodeNameInvalid)},
	{"name with a line break", seed, func(o *Organization) { o.Name = "Contoso\nLtd" }, day, findingtest.E("name", CodeNameInvalid)},
	{"no tenant", seed, func(o *Organization) { o.Tenant = "" }, day, findingtest.E("tenant", CodeTenantInvalid)},
	{"tenant is the coexistence domain", seed, func(o *Organization) { o.Tenant = "contoso.mail.onmicrosoft.com" }, day, findingtest.E("tenant", CodeTenantInvalid)},
	{"no cloud", seed, func(o *Organization) { o.Cloud = exhybrid.CloudUnknown }, day, findingtest.E("cloud", CodeCloudMissing)},
	{"GCC High", seed, func(o *Organization) { o.Cloud = exhybrid.CloudGCCHigh }, day, findingtest.E("cloud", CodeCloudUnsupported)},
	{"no type", seed, func(o *Organization) { o.Type = TypeUnknown }, day, findingtest.E("type", CodeTypeMissing)},
	{"no MX choice", seed, func(o *Organization) { o.MX = transport.MXUnknown }, day, findingtest.E("mx", CodeMXMissing)},
	{"no servers", seed, func(o *Organization) { o.Servers = nil }, day, findingtest.E("servers", CodeNoServers)},
	{"site with a line break", seed, func(o *Organization) {
		o.Sites[0].Name = "HQ\nRemove-Item"
		for i := range o.Servers {
			o.Servers[i].Site = o.Sites[0].Name
		}
	}, day, findingtest.E("sites[0].name", CodeControlCharacter)},
	{"organization name with a Unicode quote", seed, func(o *Organization) { o.Name = "Contoso\u2018;Invoke-Evil;\u2018" }, day, findingtest.E("name", CodeNameInvalid)},
	{"certificate subject with a Unicode quote", seed, func(o *Organization) { o.Certificate.Subject = "CN=X\u2019;Invoke-Evil;\u2019" }, day, findingtest.E("certificate.subject", CodeCertificateInvalid)},
	{"certificate issuer that is not a distinguished name", seed, func(o *Organization) { o.Certificate.Issuer = "DigiCert" }, day, findingtest.E("certificate.issuer", CodeCertificateInvalid)},
	{"undeclared site", seed, func(o *Organization) { o.Servers[0].Site = "Branch" }, day, findingtest.E("servers[0].site", CodeSiteUnknown)},
	{"no hybrid domain", seed, func(o *Organization) { o.HybridDomains = nil }, day, findingtest.E("hybridDomains", CodeNoHybridDomain)},
	{"bad hybrid domain", seed, func(o *Organization) { o.HybridDomains = []string{"contoso"} }, day, findingtest.E("hybridDomains[0]", CodeDomainInvalid)},
	{"repeated hybrid domain", seed, func(o *Organization) { o.HybridDomains = []string{"contoso.com", "Contoso.com"} }, day, findingtest.E("hybridDomains[1]", CodeDomainInvalid)},
	{"bad accepted domain", seed, func(o *Organization) {
		o.AcceptedDomains = append(o.AcceptedDomains, AcceptedDomain{Domain: "fabrikam..com", Type: DomainTypeAuthoritative})
	}, day, findingtest.E("acceptedDomains[1].domain", CodeDomainInvalid)},
	{"accepted domain without type", seed, func(o *Organization) { o.AcceptedDomains[0].Type = DomainTypeUnknown }, day, findingtest.E("acceptedDomains[0].type", CodeDomainInvalid)},
	{"hybrid domain not accepted", seed, func(o *Organization) { o.HybridDomains = append(o.HybridDomains, "fabrikam.com") }, day, findingtest.E("hybridDomains[1]", CodeDomainNotAccepted)},
	{"unknown hybrid server", seed, func(o *Organization) { o.HybridServers = append(o.HybridServers, "EX2013-03") }, day, findingtest.E("hybridServers[2]", CodeHybridServerUnknown)},
	{"hybrid servers not named", seed, func(o *Organization) { o.HybridServers = nil }, day, findingtest.I("hybridServers", CodeHybridServersChosen)},
	{"2007 only", seed, func(o *Organization) { o.Servers = o.Servers[:2]; o.HybridServers = nil }, day, findingtest.E("hybridServers", CodeNoHybridServer)},
	// Split roles over two 2013 hybrid servers are allowed, with a note
	// (the scenario "the 2007 organization with a complete CAS/MBX split"
	// checks that no error comes with it); a single 2013 hybrid server
	// must hold both.
	{"2013 roles split over servers in a 2007 organization", seed, func(o *Organization) {
		o.Servers[2].Roles = roles.Of(roles.RoleClientAccess)
		o.Servers[3].Roles = roles.Of(roles.RoleMailbox)
		o.Servers[3].InternetFacing = false
	}, day, findingtest.I("servers[2].roles", CodeSplitRoles)},
	{"a single 2013 hybrid server with one role in a 2007 organization", seed, func(o *Organization) {
		o.Servers[2].Roles = roles.Of(roles.RoleClientAccess)
		o.HybridServers = o.HybridServers[:1]
	}, day, findingtest.E("hybridServers", CodeNoHybridServer)},
	{"2013 server with one role", seed, func(o *Organization) {
		o.Servers[3].Roles = roles.Of(roles.RoleMailbox)
		o.Servers[3].InternetFacing = false
	},
		day, findingtest.I("servers[3].roles", CodeSplitRoles)},
	{"2007 server named as hybrid server", seed, func(o *Organization) { o.HybridServers = append(o.HybridServers, "EX2007-HUBCAS") }, day, findingtest.E("hybridServers[2]", CodeHybridServerRole)},
	{"2016 hybrid server in a 2007 organization", seed, func(o *Organization) {
		o.Servers = append(o.Servers, server("EX2016", "15.1.2507.75", mbx, true))
		o.HybridServers = append(o.HybridServers, "EX2016")
	}, day, findingtest.E("hybridServers[2]", CodeHybridVersionUnsupported)},
	{"2019 CU13 in March 2025, two updates behind", func(t testing.TB) Organization {
		return modern(t, server("EX19A", "15.2.1748.10", mbx, true), server("EX19B", "15.2.1748.10", mbx, true))
	}, func(o *Organization) { o.Servers[0].Build = mustBuild("15.2.1258.12") },
		version.Date{Year: 2025, Month: 3, Day: 1}, findingtest.E("servers[0].build", CodeUpdateNotCurrent)},
	{"2016 CU22 once it no longer receives updates", func(t testing.TB) Organization {
		return modern(t, server("EX16A", "15.1.2507.75", mbx, true), server("EX16B", "15.1.2507.75", mbx, true))
	}, func(o *Organization) { o.Servers[0].Build = mustBuild("15.1.2375.37") }, day, findingtest.E("servers[0].build", CodeUpdateNotCurrent)},
	{"2019 CU15 without its updates", func(t testing.TB) Organization {
		return modern(t, server("EX19A", "15.2.1748.53", mbx, true), server("EX19B", "15.2.1748.53", mbx, true))
	}, func(o *Organization) { o.Servers[1].Build = mustBuild("15.2.1748.10") }, day, findingtest.W("servers[1].build", CodeUpdatesMissing)},
	// The dedicated hybrid app's minimum build, the April 2025 hotfix update
	// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app).
	{"2019 CU14 without the April 2025 hotfix update", org2016And2019, func(o *Organization) { o.Servers[1].Build = mustBuild("15.2.1544.14") },
		dec2026, findingtest.E("servers[1].build", CodeHybridAppBuild)},
	{"2016 CU23 without the April 2025 hotfix update", org2016And2019, func(o *Organization) { o.Servers[0].Build = mustBuild("15.1.2507.39") },
		dec2026, findingtest.E("servers[0].build", CodeHybridAppBuild)},
	{"hybrid app ID not a GUID", orgSE, func(o *Organization) { o.HybridApp.AppID = "ExchangeServerApp-1" },
		dec2026, findingtest.E("hybridApp.appId", CodeHybridAppIDInvalid)},
	{"2010 hybrid server before SP3", org2010, func(o *Organization) { o.Servers[0].Build = mustBuild("14.2.390.3") },
		day, findingtest.E("servers[0].build", CodeHybridBuildTooOld)},
	{"no hybrid server published", seed, func(o *Organization) { o.Servers[2].InternetFacing, o.Servers[3].InternetFacing = false, false },
		day, findingtest.E("hybridServers", CodeNotInternetFacing)},
	{"no receiving server published on 25", seed, func(o *Organization) { o.Servers[2].InternetFacing, o.Servers[3].InternetFacing = false, false },
		day, findingtest.E("hybridServers", CodeSMTPNotInternetFacing)},
	{"no hybrid Edge server published on 25", seedEdge, func(o *Organization) { o.Servers[4].InternetFacing = false },
		day, findingtest.E("edgeServers", CodeSMTPNotInternetFacing)},
	{"MailTips through the Hybrid Agent", func(t testing.TB) Organization {
		org := orgModern(t)
		org.Features = org.Features.Without(FeatureMailTips)
		return org
	}, func(o *Organization) { o.Features = o.Features.With(FeatureMailTips) }, day, findingtest.W("features", CodeMailTipsThroughAgent)},
	{"unknown certificate server", seed, func(o *Organization) { o.Certificate.Servers = append(o.Certificate.Servers, "EX2013-09") },
		day, findingtest.E("certificate.servers[2]", CodeHybridServerUnknown)},
	{"edge server without the role", seed, func(o *Organization) { o.EdgeServers = []string{"EX2013-01"} }, day, findingtest.E("servers[2].roles", CodeEdgeNotEdge)},
	{"edge server without subscription", seedEdge, func(o *Organization) { o.Servers[4].EdgeSync = false }, day, findingtest.E("servers[4].edgeSync", CodeEdgeNotSubscribed)},
	{"2016 edge in a 2007 organization", seedEdge, func(o *Organization) { o.Servers[4].Build = mustBuild("15.1.2507.75") }, day, findingtest.E("servers[4].build", CodeEdgeVersion)},
	{"edge for a minimal hybrid", orgMinimal, func(o *Organization) {
		e := server("EDGE16", "15.1.2507.75", roles.Of(roles.RoleEdgeTransport), true)
		e.Perimeter, e.EdgeSync, e.Site = true, true, ""
		o.Servers = append(o.Servers, e)
		o.EdgeServers = []string{"EDGE16"}
	}, day, findingtest.E("edgeServers", CodeEdgeNotAllowed)},
	{"unknown edge server", seed, func(o *Organization) { o.EdgeServers = []string{"EDGE99"} }, day, findingtest.E("edgeServers[0]", CodeHybridServerUnknown)},
	{"no certificate", seed, func(o *Organization) { o.Certificate = Certificate{} }, day, findingtest.E("certificate", CodeCertificateMissing)},
	{"subject without CN", seed, func(o *Organization) { o.Certificate.Subject = "O=Contoso" }, day, findingtest.E("certificate.subject", CodeCertificateInvalid)},
	{"issuer without CN", seed, func(o *Organization) { o.Certificate.Issuer = "" }, day, findingtest.E("certificate.issuer", CodeCertificateInvalid)},
	{"bad certificate name", seed, func(o *Organization) { o.Certificate.Names = append(o.Certificate.Names, "*.*.contoso.com") }, day, findingtest.E("certificate.names[3]", CodeCertificateInvalid)},
	{"self-signed certificate", seed, func(o *Organization) { o.Certificate.SelfSigned = true }, day, findingtest.E("certificate.selfSigned", CodeCertificateSelfSigned)},
	{"expired certificate", seed, func(o *Organization) { o.Certificate.NotAfter = version.Date{Year: 2026, Month: 11, Day: 26} }, day, findingtest.E("certificate.notAfter", CodeCertificateExpired)},
	{"legacy name not on the certificate", seed, func(o *Organization) { o.Certificate.Names = o.Certificate.Names[:2] }, day, findingtest.E("certificate.names", CodeCertificateNameMissing)},
	{"certificate not installed on a hybrid server", seed, func(o *Organization) { o.Certificate.Servers = []string{"EX2013-01"} }, day, findingtest.E("certificate.servers", CodeCertificateNotInstalled)},
	{"no legacy namespace in a 2007 organization", seed, func(o *Organization) { o.Namespaces.Legacy = "" }, day, findingtest.E("namespaces.legacy", CodeNamespaceMissing)},
	{"no EWS namespace for a classic hybrid", seed, func(o *Organization) { o.Namespaces.EWS = "" }, day, findingtest.E("namespaces.ews", CodeNamespaceMissing)},
	{"no SMTP namespace for secure mail", seed, func(o *Organization) { o.Namespaces.SMTP = "" }, day, findingtest.E("namespaces.smtp", CodeNamespaceMissing)},
	{"bad namespace", seed, func(o *Organization) { o.Namespaces.ActiveSync = "mail" }, day, findingtest.E("namespaces.activeSync", CodeNamespaceInvalid)},
	{"archive on a minimal hybrid", orgMinimal, func(o *Organization) { o.Features = o.Features.With(FeatureOnlineArchive) }, day, findingtest.E("features", CodeFeatureNotAvailable)},
	{"photos with 2010 hybrid servers", org2010, func(o *Organization) { o.Features = o.Features.With(FeaturePhotos) }, day, findingtest.E("features", CodeFeatureNeeds2013)},
	{"centralized without secure mail", seed, func(o *Organization) {
		o.Features = o.Features.With(FeatureCentralizedTransport).Without(FeatureSecureMail)
	}, day, findingtest.E("features", CodeCentralizedNeedsSecureMail)},
	{"full hybrid without features", seed, func(o *Organization) { o.Features = 0 }, day, findingtest.W("features", CodeNoFeatures)},
}

// TestRules breaks one rule at a time on a valid organization and checks
// that Validate reports it at the path with the severity, and that the
// valid organization does not.
func TestRules(t *testing.T) {
	tests := ruleTests
	valid := findingtest.List(Validate(seed(t), day))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			org := tt.base(t)
			if slices.Contains(findingtest.List(Validate(org, tt.on)), tt.want) && tt.mutate != nil {
				t.Fatalf("the base organization already has %v", tt.want)
			}
			if tt.mutate != nil {
				tt.mutate(&org)
			}
			got := findingtest.List(Validate(org, tt.on))
			if !slices.Contains(got, tt.want) {
				t.Errorf("want %+v among:\n%+v", tt.want, got)
			}
		})
	}
	for _, f := range valid {
		if f.Severity == exhybrid.SeverityError {
			t.Errorf("the seed organization has an error finding %+v", f)
		}
	}
}

// seedEdge is the seed with an Exchange 2013 CU23 Edge Transport server
// subscribed and named as the hybrid Edge server.
func seedEdge(t testing.TB) Organization {
	org := seed(t)
	edge := server("EDGE01", "15.0.1497.48", roles.Of(roles.RoleEdgeTransport), true)
	edge.Site, edge.Perimeter, edge.EdgeSync = "", true, true
	org.Servers = append(org.Servers, edge)
	org.EdgeServers = []string{"EDGE01"}
	org.Certificate.Servers = append(org.Certificate.Servers, "EDGE01")
	// EdgeSync with a 2013 SP1 Edge needs 2007 SP3 RU13 on the 2007 Hub.
	org.Servers[1].Build = mustBuild("8.3.348.2")
	return org
}

// agentHost is a Hybrid Agent host name of the form Microsoft's page
// shows.
const agentHost = "087f1c2e-8711-4176-ab4f-4b1c1777a350.resource.mailboxmigration.his.msappproxy.net"

// optionTests set one option of Plan each; want lists the findings at
// options.* Plan must give, and no other finding may be at options.*
// except the ones the federation package gives (options.manualOAuth).
var optionTests = []struct {
	name string
	base func(testing.TB) Organization
	opts Options
	want []findingtest.Key
}{
	{"an identifier", seed, Options{ID: testID}, nil},
	{"an identifier that is not a GUID", seed, Options{ID: "not-a-guid"}, []findingtest.Key{findingtest.E("options.id", CodeIDInvalid)}},
	{"no identifier", seed, Options{}, []findingtest.Key{findingtest.I("options.id", CodeIDDerived)}},
	{"centralized transport the features lack", seed, Options{ID: testID, Transport: transport.Options{Centralized: true}},
		[]findingtest.Key{findingtest.W("options.transport.centralized", CodeOptionOverridden)}},
	{"centralized transport the features have", func(t testing.TB) Organization {
		org := seed(t)
		org.Features = org.Features.With(FeatureCentralizedTransport)
		return org
	}, Options{ID: testID, Transport: transport.Options{Centralized: true}}, nil},
	{"another cloud", seed, Options{ID: testID, Transport: transport.Options{Cloud: exhybrid.CloudGCCHigh}},
		[]findingtest.Key{findingtest.W("options.transport.cloud", CodeOptionOverridden)}},
	{"the same cloud", seed, Options{ID: testID, Transport: transport.Options{Cloud: exhybrid.CloudWorldwide}}, nil},
	{"another transport identifier", seed, Options{ID: testID, Transport: transport.Options{ID: "6ba7b811-9dad-11d1-80b4-00c04fd430c8"}},
		[]findingtest.Key{findingtest.W("options.transport.id", CodeOptionOverridden)}},
	{"the same transport identifier", seed, Options{ID: testID, Transport: transport.Options{ID: strings.ToUpper(testID)}}, nil},
	{"no agent host", orgModern, Options{ID: testID}, []findingtest.Key{findingtest.I("options.agentUrl", CodeAgentURLMissing)}},
	{"an agent host", orgModern, Options{ID: testID, AgentURL: agentHost}, nil},
	{"an agent URL, not a host", orgModern, Options{ID: testID, AgentURL: "https://" + agentHost + "/EWS/Exchange.asmx"},
		[]findingtest.Key{findingtest.E("options.agentUrl", CodeAgentURLInvalid)}},
	{"an agent host without a GUID", orgModern, Options{ID: testID, AgentURL: "agent.resource.mailboxmigration.his.msappproxy.net"},
		[]findingtest.Key{findingtest.E("options.agentUrl", CodeAgentURLInvalid)}},
	{"an agent host for a classic hybrid", seed, Options{ID: testID, AgentURL: agentHost},
		[]findingtest.Key{findingtest.W("options.agentUrl", CodeAgentURLUnused)}},
}

// TestOptions checks the findings Plan gives about its options, and that
// Validate, which takes no options, gives none of them.
func TestOptions(t *testing.T) {
	for _, tt := range optionTests {
		t.Run(tt.name, func(t *testing.T) {
			org := tt.base(t)
			opts := tt.opts
			opts.Date = day
			_, fs := Plan(org, opts)
			var got []findingtest.Key
			for _, f := range findingtest.List(fs) {
				if strings.HasPrefix(string(f.Path), "options.") && f.Path != "options.manualOAuth" {
					got = append(got, f)
				}
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("options findings (-want +got):\n%s", diff)
			}
			for _, f := range Validate(org, day) {
				if f.Code == CodeOptionOverridden || f.Code == CodeAgentURLInvalid || f.Code == CodeAgentURLUnused || f.Code == CodeIDInvalid {
					t.Errorf("Validate gives an options finding %v", f)
				}
			}
		})
	}
}

// TestAgentHost checks that a modern hybrid's plan points Exchange Online
// at the Hybrid Agent: the migration endpoint's RemoteServer, and
// TargetSharingEpr on Exchange Online's relationship and
// intra-organization connector; and that the classic types do not.
func TestAgentHost(t *testing.T) {
	ews := "https://" + agentHost + "/EWS/Exchange.asmx"
	for _, tt := range []struct {
		org                 func(testing.TB) Organization
		agent               string
		wantRemote, wantEPR string
	}{
		{orgModern, agentHost, agentHost, ews},
		{orgModern, "", agentPlaceholder, "https://" + agentPlaceholder + "/EWS/Exchange.asmx"},
		{org2016And2019, agentHost, "mail.contoso.com", ""},
	} {
		p, _ := Plan(tt.org(t), Options{Date: day, ID: testID, AgentURL: tt.agent})
		steps := map[string]Step{}
		for _, s := range p.Steps {
			steps[s.ID] = s
		}
		if got := changeOf(steps["clients/migration-endpoint"], "RemoteServer"); got != tt.wantRemote {
			t.Errorf("agent %q: RemoteServer = %q, want %q", tt.agent, got, tt.wantRemote)
		}
		for _, id := range []string{"sharing/exchange-online", "oauth/exchange-online"} {
			if got := changeOf(steps[id], "TargetSharingEpr"); got != tt.wantEPR {
				t.Errorf("agent %q: %s TargetSharingEpr = %q, want %q", tt.agent, id, got, tt.wantEPR)
			}
		}
		if _, ok := steps["hybrid-agent"]; ok != (tt.wantEPR != "") {
			t.Errorf("agent %q: hybrid-agent step present = %v", tt.agent, ok)
		}
	}
}

// changeOf returns the value a step sets for a setting.
func changeOf(s Step, setting string) string {
	for _, c := range s.Changes {
		if c.Setting == setting {
			return c.Value
		}
	}
	return ""
}

// TestInternetFacing checks the two reachability rules by hybrid type:
// 443 to a hybrid front end for the classic types, 25 to a receiving
// server for secure mail, in classic and modern hybrids alike.
func TestInternetFacing(t *testing.T) {
	hidden := func(base func(testing.TB) Organization) Organization {
		org := base(t)
		for i := range org.Servers {
			org.Servers[i].InternetFacing = false
		}
		return org
	}
	modernMinimal := func(t testing.TB) Organization {
		org := orgMinimal(t)
		org.Type = TypeModernMinimal
		return org
	}
	for _, tt := range []struct {
		name       string
		org        Organization
		http, smtp bool
	}{
		{"classic full", hidden(seed), true, true},
		{"classic full with 443 and 25", seed(t), false, false},
		{"modern full", hidden(orgModern), false, true},
		{"classic minimal", hidden(orgMinimal), true, false},
		{"modern minimal", hidden(modernMinimal), false, false},
	} {
		fs := Validate(tt.org, day)
		if got := fs.Has(CodeNotInternetFacing); got != tt.http {
			t.Errorf("%s: %s = %v, want %v", tt.name, CodeNotInternetFacing, got, tt.http)
		}
		if got := fs.Has(CodeSMTPNotInternetFacing); got != tt.smtp {
			t.Errorf("%s: %s = %v, want %v", tt.name, CodeSMTPNotInternetFacing, got, tt.smtp)
		}
	}
}

// TestServerNames checks that hybrid, Edge and certificate servers are
// found by name or FQDN in any case, that a server named in both lists
// lacks the certificate once, and that servers sharing a name are chosen
// once.
func TestServerNames(t *testing.T) {
	org := seedEdge(t)
	org.HybridServers = []string{"ex2013-01.CORP.contoso.com", "ex2013-02"}
	org.EdgeServers = []string{"EDGE01.corp.contoso.com"}
	org.Certificate.Servers = []string{"EX2013-01.corp.contoso.com", "ex2013-02", "edge01"}
	if fs := Validate(org, day); fs.Has(CodeHybridServerUnknown) || fs.Has(CodeCertificateNotInstalled) {
		t.Errorf("servers named by FQDN not found:\n%s", fs)
	}

	org = seedEdge(t)
	org.EdgeServers = append(org.EdgeServers, "EX2013-01")
	org.Certificate.Servers = []string{"EX2013-02", "EDGE01"}
	n := 0
	for _, f := range Validate(org, day) {
		if f.Code == CodeCertificateNotInstalled {
			n++
		}
	}
	if n != 1 {
		t.Errorf("a server in hybridServers and edgeServers without the certificate: %d findings, want 1", n)
	}

	org = seed(t)
	org.HybridServers = nil
	org.Servers = append(org.Servers, org.Servers[2])
	a := analyze(org, day)
	if len(a.hybrid) != 2 {
		t.Errorf("chosen hybrid servers with a repeated name: %v, want 2", a.names(a.hybrid))
	}
	p, _ := Plan(org, Options{Date: day, ID: testID})
	checkPlanInvariants(t, p)

	// Two servers named alike that both need an update: the second step's
	// ID is made unique.
	org = seedRU9(t)
	org.Servers = append(org.Servers, org.Servers[0])
	p, _ = Plan(org, Options{Date: day, ID: testID})
	checkPlanInvariants(t, p)
	if ids := stepIDs(p); !slices.Contains(ids, "upgrade/EX2007-MBX") || !slices.ContainsFunc(ids, func(id string) bool { return strings.HasPrefix(id, "upgrade/EX2007-MBX#") }) {
		t.Errorf("two servers named EX2007-MBX: steps %v", ids)
	}
}

// TestEveryCodeIsExercised checks that each finding code of this package
// is expected by a rule test or a scenario, and each plan reason by the
// steps of a scenario or of a plan against a current state (diffTests),
// so that no rule goes untested.
func TestEveryCodeIsExercised(t *testing.T) {
	seen := findingtest.Codes{}
	for _, r := range ruleTests {
		seen.Add(r.want)
	}
	for _, o := range optionTests {
		seen.Add(o.want...)
	}
	for _, a := range auditTests {
		seen.Add(a.want...)
	}
	for _, sc := range scenarios2026 {
		seen.Add(wantFindings(t, sc.name)...)
		opts := Options{Date: sc.on, ID: testID}
		if sc.opts != nil {
			sc.opts(&opts)
		}
		p, _ := Plan(sc.org(t), opts)
		for _, s := range p.Steps {
			seen[s.Reason] = true
		}
	}
	for _, sc := range scenarios {
		seen.Add(wantFindings(t, sc.name)...)
		p, _ := Plan(sc.org(t), Options{Date: day, ID: testID})
		for _, s := range p.Steps {
			seen[s.Reason] = true
		}
	}
	for _, tt := range diffTests {
		for _, s := range tt.plan(t).Steps {
			seen[s.Reason] = true
		}
	}
	_, fs := FromInventory(readExport(t, exampleExport))
	for _, f := range fs {
		seen[f.Code] = true
	}
	for _, c := range codecheck.Check(t, ".", rules, reasons) {
		if !seen[exhybrid.Code(c.Value)] {
			t.Errorf("%s (%s) is not exercised by any rule test or scenario", c.Name, c.Value)
		}
	}
}

// TestFindingsHaveDocumentedSeverity checks that every finding the
// scenarios and rule tests produce, of this package or of the packages it
// calls, has a rule in its package's table and, where the rule fixes the
// severity, that severity: a finding added with an explicit severity must
// be of a rule whose severity varies.
func TestFindingsHaveDocumentedSeverity(t *testing.T) {
	documented := codecheck.Severities(rules, roles.Rules(), transport.Rules(), federation.Rules())
	check := func(name string, fs exhybrid.Findings) {
		// Each problem is reported once: no path has an error of this
		// package and one of transport or federation, which hybrid asks to
		// leave out the rules it checks itself (Params.Checked).
		own := map[exhybrid.Path]bool{}
		for _, f := range fs {
			if f.Severity == exhybrid.SeverityError && f.Code.Package() == "hybrid" {
				own[f.Path] = true
			}
		}
		for _, f := range fs {
			if pkg := f.Code.Package(); own[f.Path] && f.Severity == exhybrid.SeverityError && (pkg == "transport" || pkg == "federation") {
				t.Errorf("%s: %s reports an error at %s, where this package has one", name, f.Code, f.Path)
			}
		}
		for _, f := range fs {
			want, ok := documented[f.Code]
			switch {
			case !ok:
				t.Errorf("%s: finding code %s is in no rule table", name, f.Code)
			case want != exhybrid.SeverityUnknown && want != f.Severity:
				t.Errorf("%s: %s at %s has severity %v; its rule says %v", name, f.Code, f.Path, f.Severity, want)
			case strings.HasPrefix(f.Message, "(rule "):
				t.Errorf("%s: %s at %s was added with Findings.Add, but its severity varies: %s", name, f.Code, f.Path, f.Message)
			}
		}
	}
	for _, sc := range scenarios {
		_, fs := Plan(sc.org(t), Options{Date: day, ID: testID})
		check(sc.name, fs)
	}
	for _, r := range ruleTests {
		org := r.base(t)
		if r.mutate != nil {
			r.mutate(&org)
		}
		check(r.name, Validate(org, r.on))
	}
	check("servers of no on-premises build", Validate(erroneousOrganization(t, 3), day))
}

// TestAcceptedDomainWildcards checks the accepted domains New-AcceptedDomain
// allows beside domain names: "*" and "*.domain".
func TestAcceptedDomainWildcards(t *testing.T) {
	tests := []struct {
		domain string
		valid  bool
	}{
		{"*", true}, {"*.contoso.com", true}, {"fabrikam.com", true}, {"*.com", true},
		{"*.", false}, {"**.contoso.com", false}, {"*contoso.com", false}, {"contoso.*", false}, {"*.*", false},
	}
	for _, tt := range tests {
		org := seed(t)
		org.AcceptedDomains = append(org.AcceptedDomains, AcceptedDomain{Domain: tt.domain, Type: DomainTypeInternalRelay})
		bad := slices.Contains(findingtest.List(Validate(org, day)), findingtest.E("acceptedDomains[1].domain", CodeDomainInvalid))
		require.Equal(t, tt.valid, !bad, tt.domain)
	}
}
