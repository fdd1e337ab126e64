package hybrid

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
	"github.com/stretchr/testify/require"
)

// day is the date the scenarios are judged on.
var day = version.Date{Year: 2026, Month: 11, Day: 27}

// seed loads the organization of the source material: an Exchange 2007
// organization (a Mailbox server and a Hub Transport and Client Access
// server at SP3 Update Rollup 10) with two Exchange 2013 CU23 servers that
// hold both the Client Access and Mailbox roles. cmd/exhybrid embeds the
// same file as its example.
func seed(t testing.TB) Organization { return loadOrg(t, "testdata/seed-2007.json") }

// loadOrg reads an organization from a JSON file of testdata, refusing
// fields it does not know.
func loadOrg(t testing.TB, file string) Organization {
	t.Helper()
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	var org Organization
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&org), file)
	return org
}

// server returns a server for scenarios.
func server(name, build string, roleSet roles.RoleSet, internet bool) roles.Server {
	return roles.Server{Name: name, FQDN: strings.ToLower(name) + ".corp.contoso.com", Site: "HQ",
		Build: version.MustParseBuild(build), Roles: roleSet, InternetFacing: internet}
}

var (
	mbx    = roles.Of(roles.RoleMailbox)
	mbxCAS = roles.Of(roles.RoleMailbox, roles.RoleClientAccess)
	all10  = roles.Of(roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport)
)

// modern returns an organization of newer versions with the seed's
// namespaces, certificate, tenant and domains, and the given servers, all
// of which hold the certificate and are hybrid servers unless Edge.
func modern(t testing.TB, servers ...roles.Server) Organization {
	org := seed(t)
	org.Servers = servers
	org.HybridServers = nil
	org.Certificate.Servers = nil
	org.Namespaces.Legacy = ""
	org.Certificate.Names = []string{"mail.contoso.com", "autodiscover.contoso.com"}
	for _, s := range servers {
		org.Certificate.Servers = append(org.Certificate.Servers, s.Name)
		if !s.IsEdge() {
			org.HybridServers = append(org.HybridServers, s.Name)
		}
	}
	return org
}

func stepIDs(p DeploymentPlan) []string {
	ids := make([]string, len(p.Steps))
	for i, s := range p.Steps {
		ids[i] = s.ID
	}
	return ids
}

// scenario is one organization of the source material; the findings and
// steps its plan must give are in its golden files under testdata/findings
// and testdata/steps (see checkFindings and checkSteps).
type scenario struct {
	name string
	org  func(t testing.TB) Organization
}

func runScenarios(t *testing.T, scenarios []scenario) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			org := sc.org(t)
			p, fs := Plan(org, Options{Date: day, ID: testID})
			checkFindings(t, sc.name, fs)
			checkSteps(t, sc.name, p)
			// Validate gives the findings of Plan but its notes about the
			// options, as Plan's documentation says.
			if diff := findingtest.DiffInOrder(findingtest.List(withoutPlanNotes(fs)), Validate(org, day)); diff != "" {
				t.Errorf("Validate and Plan disagree (-plan +validate):\n%s", diff)
			}
			checkPlanInvariants(t, p)
		})
	}
}

// testID is the wizard identifier the scenarios pass.
const testID = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"

// withoutPlanNotes drops the notes Plan adds about missing options
// (CodeIDDerived, CodeAgentURLMissing), which Validate never gives.
func withoutPlanNotes(fs exhybrid.Findings) exhybrid.Findings {
	return slices.DeleteFunc(slices.Clone(fs), func(f exhybrid.Finding) bool {
		return f.Code == CodeIDDerived || f.Code == CodeAgentURLMissing
	})
}

// checkPlanInvariants checks what every plan must satisfy: unique step IDs,
// dependencies on earlier steps only, phases in order, a reason on every
// step and identical renderings on a second run.
func checkPlanInvariants(t *testing.T, p DeploymentPlan) {
	t.Helper()
	seen := map[string]bool{}
	for i, s := range p.Steps {
		if seen[s.ID] {
			t.Errorf("step %d: duplicate ID %q", i+1, s.ID)
		}
		seen[s.ID] = true
		if s.Reason == "" || s.Summary == "" || !s.Action.IsValid() || s.Phase == PhaseUnknown {
			t.Errorf("step %d (%s) lacks reason, summary, action or phase", i+1, s.ID)
		}
		for _, d := range s.DependsOn {
			if d >= i {
				t.Errorf("step %d (%s) depends on a later step %d", i+1, s.ID, d+1)
			}
		}
		if i > 0 && s.Phase < p.Steps[i-1].Phase {
			t.Errorf("step %d (%s) in phase %v after phase %v", i+1, s.ID, s.Phase, p.Steps[i-1].Phase)
		}
		if !slices.IsSorted(s.DependsOn) {
			t.Errorf("step %d: DependsOn not sorted", i+1)
		}
	}
}

func mustBuild(s string) version.Build { return version.MustParseBuild(s) }
