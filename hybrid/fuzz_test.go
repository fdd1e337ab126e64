package hybrid

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
)

// fuzzBuilds are builds with something to say: every version, releases
// below and at the coexistence minimums, unlisted and invalid builds.
var fuzzBuilds = []string{
	"8.3.297.2", "8.3.298.3", "8.3.517.0", "8.1.240.6", "14.2.247.5", "14.3.123.4", "14.3.266.2", "14.3.513.0",
	"15.0.516.32", "15.0.620.29", "15.0.712.24", "15.0.847.32", "15.0.1497.48", "15.1.1591.10", "15.1.2507.75",
	"15.2.221.12", "15.2.1544.48", "15.2.1748.53", "15.2.2562.53", "15.20.7452.28", "6.5.7638.1", "15.0.100.0",
}

var fuzzNames = []string{"mail.contoso.com", "autodiscover.contoso.com", "legacy.contoso.com", "", "bad_name", "*.contoso.com", "contoso.com", "fabrikam.com"}

// reader hands out fuzz bytes as small choices.
type reader struct {
	data []byte
	i    int
}

func (r *reader) next(n int) int {
	if n <= 0 || r.i >= len(r.data) {
		return 0
	}
	v := int(r.data[r.i]) % n
	r.i++
	return v
}

func (r *reader) bit() bool { return r.next(2) == 1 }

func (r *reader) names(max int) []string {
	var out []string
	for range r.next(max + 1) {
		out = append(out, fuzzNames[r.next(len(fuzzNames))])
	}
	return out
}

// fuzzOrganization builds an organization from fuzz bytes: any mix of
// servers, roles, flags, names and choices, valid or not.
func fuzzOrganization(data []byte) Organization {
	r := &reader{data: data}
	org := Organization{
		Name:   "Org",
		Tenant: []exhybrid.Tenant{"contoso.onmicrosoft.com", "", "bad"}[r.next(3)],
		Cloud:  exhybrid.Cloud(r.next(6)),
		Type:   Type(r.next(int(typeCount) + 1)),
		MX:     transport.MXTarget(r.next(4)),
	}
	org.Features = FeatureSet(r.next(1<<10)) & (1<<featureCount - 2)
	org.HybridDomains = r.names(2)
	for _, d := range r.names(2) {
		org.AcceptedDomains = append(org.AcceptedDomains, AcceptedDomain{Domain: d, Type: DomainType(r.next(4))})
	}
	ns := []*string{&org.Namespaces.OWA, &org.Namespaces.Autodiscover, &org.Namespaces.EWS, &org.Namespaces.SMTP, &org.Namespaces.Legacy}
	for _, p := range ns {
		*p = fuzzNames[r.next(len(fuzzNames))]
	}
	if r.bit() {
		org.Certificate = Certificate{Subject: "CN=" + fuzzNames[r.next(len(fuzzNames))], Issuer: []string{"CN=CA", ""}[r.next(2)],
			Names: r.names(3), SelfSigned: r.bit(), NotAfter: version.Date{Year: 2020 + r.next(10), Month: 6, Day: 30}}
	}
	if r.bit() {
		org.Sites = []Site{{Name: "HQ", InternetFacing: r.bit()}}
	}
	for i := range r.next(8) {
		s := roles.Server{
			// Exact and case-only repeats of a name, and an FQDN that is
			// another server's name.
			Name:             []string{"EX1", "EX2", "EX3", "EX1", "EX5", "EX6", "ex1", "EX2"}[i],
			FQDN:             []string{"", "ex1.contoso.com", "EX3", "ex4.contoso.com"}[r.next(4)],
			Site:             []string{"HQ", "", "Branch"}[r.next(3)],
			Build:            version.MustParseBuild(fuzzBuilds[r.next(len(fuzzBuilds))]),
			Roles:            roles.RoleSet(r.next(64)) &^ 1,
			Perimeter:        r.bit(),
			InternetFacing:   r.bit(),
			ClusteredMailbox: r.next(8) == 0,
			EdgeSync:         r.bit(),
		}
		org.Servers = append(org.Servers, s)
		if r.bit() {
			org.Certificate.Servers = append(org.Certificate.Servers, s.Name)
		}
		ref := s.Name
		if r.bit() && s.FQDN != "" {
			ref = s.FQDN
		}
		switch r.next(4) {
		case 1:
			org.HybridServers = append(org.HybridServers, ref)
		case 2:
			org.EdgeServers = append(org.EdgeServers, ref)
		case 3:
			org.HybridServers = append(org.HybridServers, ref)
			org.EdgeServers = append(org.EdgeServers, ref)
		}
	}
	if r.bit() {
		org.HybridServers = append(org.HybridServers, "MISSING")
	}
	org.HybridApp = HybridApp{Configured: r.bit(), AppID: []string{"", testID, "not-a-guid"}[r.next(3)]}
	return org
}

// fuzzOptions builds the options of Plan from the rest of the fuzz
// bytes: identifiers, TargetOwaURL forms and URLs, OAuth, the Hybrid
// Agent's host and the transport options the organization decides.
func fuzzOptions(data []byte) Options {
	r := &reader{data: data}
	return Options{
		Date:                      version.Date{Year: 2020 + r.next(8), Month: time.Month(1 + r.next(12)), Day: 1 + r.next(28)},
		ID:                        []string{"", testID, "not-a-guid", strings.ToUpper(testID)}[r.next(4)],
		OWAForm:                   federation.OWAForm(r.next(6)),
		CustomOWAURL:              []string{"", "http://cloudowa.contoso.com/owa", "https://cloudowa.contoso.com", "bad url"}[r.next(4)],
		ManualOAuth:               r.bit(),
		TrustOnlyWithExchange2010: r.bit(),
		AgentURL:                  []string{"", agentHost, "https://" + agentHost, "agent.resource.mailboxmigration.his.msappproxy.net", "x\n"}[r.next(5)],
		Transport: transport.Options{
			Centralized: r.bit(),
			Cloud:       exhybrid.Cloud(r.next(3)),
			ID:          []string{"", testID, "6ba7b811-9dad-11d1-80b4-00c04fd430c8"}[r.next(3)],
		},
		GraphFlow: r.bit(),
	}
}

func FuzzPlan(f *testing.F) {
	f.Add([]byte{}, []byte{})
	f.Add([]byte{0, 1, 1, 1, 255, 3, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}, []byte{6, 10, 26, 1, 3, 1, 0, 1, 1, 1, 1, 1})
	f.Add([]byte("the 2007 organization with 2013 hybrid servers"), []byte("options"))
	f.Add([]byte{1, 1, 1, 2, 0x7f, 1, 1, 1, 0, 1, 2, 2, 1, 1, 3, 9, 1, 1, 1, 1, 1, 12, 6, 1, 1, 1, 1, 1}, []byte{6, 10, 26, 0, 3, 0, 0, 0, 0, 1, 0, 0})
	// Seven servers, two of them named EX1 exactly and one ex1; EX2 both a
	// hybrid and an Edge server.
	f.Add([]byte{0, 1, 4, 1, 0xff, 3, 1, 1, 0, 1, 2, 2, 0, 7, 0, 15, 0, 7, 0, 0, 1, 0, 0, 0, 0, 0, 0, 15, 0, 7, 0, 0, 1, 0, 0, 0, 0, 0, 0, 15, 0, 7, 0, 0, 1, 0, 0, 0, 0, 0, 0, 15, 0, 7, 0, 0, 1, 0, 0, 0, 0}, []byte{})
	f.Fuzz(func(t *testing.T, data []byte, optData []byte) {
		org := fuzzOrganization(data)
		opts := fuzzOptions(optData)
		on := version.Date{Year: 2026, Month: 11, Day: 27}
		checkFuzzFindings(t, "Validate", Validate(org, on), Validate(org, on))
		for _, o := range []Options{{Date: on}, opts} {
			p1, pf1 := Plan(org, o)
			p2, pf2 := Plan(org, o)
			if p1.Text() != p2.Text() || p1.Markdown() != p2.Markdown() || p1.PowerShell() != p2.PowerShell() {
				t.Fatal("Plan renderings differ between runs")
			}
			checkFuzzFindings(t, "Plan", pf1, pf2)
			checkPlanInvariants(t, p1)
			// Every plan marshals, that of an invalid organization
			// included, and survives the round trip.
			data, err := json.Marshal(p1)
			if err != nil {
				t.Fatalf("plan does not marshal: %v", err)
			}
			var back DeploymentPlan
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatalf("plan does not unmarshal: %v\n%s", err, data)
			}
		}
		// The organization survives a JSON round trip, when it can be
		// marshalled at all (zero enums cannot).
		if data, err := json.Marshal(org); err == nil {
			var back Organization
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatalf("unmarshal of marshalled organization: %v\n%s", err, data)
			}
			if diff := cmp.Diff(org, back, cmp.Comparer(func(a, b []string) bool { return cmp.Equal(nilIfEmpty(a), nilIfEmpty(b)) })); diff != "" {
				t.Fatalf("JSON round trip (-in +out):\n%s", diff)
			}
		}
	})
}

// checkFuzzFindings fails t unless two runs of what gave the same
// findings, each with a code, a valid severity, a message and a path that
// resolves to a JSON field.
func checkFuzzFindings(t *testing.T, what string, fs1, fs2 exhybrid.Findings) {
	t.Helper()
	if diff := cmp.Diff(fs1, fs2); diff != "" {
		t.Fatalf("%s findings not deterministic:\n%s", what, diff)
	}
	for _, f := range fs1 {
		if f.Code == "" || !f.Severity.IsValid() || f.Message == "" {
			t.Fatalf("malformed finding %+v", f)
		}
		if err := resolvePath(f.Path); err != nil {
			t.Fatalf("%s: %v", f.Code, err)
		}
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}
