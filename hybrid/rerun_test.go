package hybrid

import (
	"maps"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

// oneOrganization reads the shipped export (examples/export) with the
// two inconsistencies its README names taken out, so that it describes
// one organization: the HybridConfiguration names ex-02, of another lab,
// and the Receive connectors are WIN-CTD3L0RGEN4's; here both are the
// export's only server, SOLO-E19A. The Default Frontend connector gets the
// certificate HybridConfiguration names and the capability for Exchange
// Online Protection's hosts (the export's Send connector puts the tenant
// in the worldwide cloud), as the wizard would have set them, instead of
// the other lab's self-signed certificate and fabrikam.com alone.
func oneOrganization(t testing.TB) *inventory.Inventory {
	t.Helper()
	inv := readExport(t, exampleExport)
	require.Len(t, inv.HybridConfigurations, 1)
	h := &inv.HybridConfigurations[0]
	require.Equal(t, []string{"ex-02"}, h.SendingTransportServers)
	h.SendingTransportServers, h.ReceivingTransportServers = []string{"SOLO-E19A"}, []string{"SOLO-E19A"}
	for i := range inv.ReceiveConnectors {
		r := &inv.ReceiveConnectors[i]
		require.Equal(t, "WIN-CTD3L0RGEN4", r.Server)
		r.Name = strings.ReplaceAll(r.Name, r.Server, "SOLO-E19A")
		r.Server = "SOLO-E19A"
		if strings.HasPrefix(r.Name, "Default Frontend ") {
			r.TLSCertificateName = h.TLSCertificateName
			r.TLSDomainCapabilities = append(r.TLSDomainCapabilities, transport.TLSDomainCapability{
				Domain: "mail.protection.outlook.com", Capabilities: transport.CapabilitiesOf(transport.CapabilityAcceptCloudServicesMail)})
		}
	}
	return inv
}

// rerunBaseline is what a wizard run on 2026-12-05 changes in
// oneOrganization: only what the rules of that day add to what the
// HybridConfiguration recorded. Its domains, features, servers, smart
// host and certificate name, and the Default Frontend connector, are
// Unchanged.
var rerunBaseline = map[string][]string{
	// The dedicated hybrid app needs 2019 CU15 with the April 2025 hotfix
	// update on every server (from 2025-10-31).
	"upgrade/SOLO-E19A": {"Update", "Build: 15.2.986.5 → 15.2.1748.39"},
	// One hybrid server: a second is highly recommended, which the
	// validation's finding says (hybrid/single-hybrid-server); a wizard
	// run installs none, so neither does the plan, and the
	// HybridConfiguration keeps the recorded servers.
	// The EWS virtual directory of the export has the MRS proxy off; the
	// wizard turns it on for mailbox moves.
	"clients/mrs-proxy/SOLO-E19A": {"Update", "MRSProxyEnabled: $false → $true"},
	// The export's one setting override is not the dedicated app's
	// (Global\ExchangeOnpremAsThirdPartyAppId).
	"hybrid-app/setting-override": {"Create"},
	// The export's only Send connector, "Mail to O365", routes every
	// domain ("*") through Exchange Online Protection: Internet mail, not
	// the wizard's connector to the tenant, which is missing (and "Mail
	// to O365" is not removed: a connector for "*" is never a hybrid one).
	"mailflow/send": {"Create"},
}

// TestRerunShippedExport plans the organization imported from the
// shipped export against that export (hybrid.Rerun), then the same
// organization with one feature dropped, one domain added and one
// connector setting changed: exactly the steps of each change become (or
// stay) Updates, with the current and desired values.
func TestRerunShippedExport(t *testing.T) {
	with := func(changes map[string][]string) map[string][]string {
		out := maps.Clone(rerunBaseline)
		maps.Copy(out, changes)
		return out
	}
	tests := []struct {
		name    string
		org     func(*Organization)
		current func(*inventory.Inventory)
		want    map[string][]string
	}{{
		name: "as exported",
		want: rerunBaseline,
	}, {
		name: "a feature dropped",
		org:  func(o *Organization) { o.Features = o.Features.Without(FeatureOnlineArchive) },
		want: with(map[string][]string{"hybrid-configuration": {"Update",
			"Features: FreeBusy, MoveMailbox, MailTips, MessageTracking, OWARedirection, OnlineArchive, SecureMail, Photos → FreeBusy, MoveMailbox, MailTips, MessageTracking, OWARedirection, SecureMail, Photos"}}),
	}, {
		name: "a domain added",
		org: func(o *Organization) {
			o.HybridDomains = append(o.HybridDomains, "Solo.com")
		},
		want: with(map[string][]string{"hybrid-configuration": {"Update",
			"Domains: contoso.com → contoso.com, Solo.com"}}),
	}, {
		name: "a connector setting changed",
		current: func(inv *inventory.Inventory) {
			for i := range inv.ReceiveConnectors {
				if r := &inv.ReceiveConnectors[i]; strings.HasPrefix(r.Name, "Default Frontend ") {
					r.TLSCertificateName = transport.MustParseCertificateName("<I>CN=Solo-E19A<S>CN=Solo-E19A")
				}
			}
		},
		want: with(map[string][]string{"mailflow/receive/SOLO-E19A": {"Update",
			"TlsCertificateName: <I>CN=Solo-E19A<S>CN=Solo-E19A → <I>CN=GeoTrust TLS RSA CA G1, OU=www.digicert.com, O=DigiCert Inc, C=US<S>CN=mail.contoso.com"}}),
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv := oneOrganization(t)
			opts := Options{Date: dec2026, ID: testID, NoServerInstalls: true} // as Rerun plans
			org, p, _ := Rerun(inv, opts)
			if tt.current != nil || tt.org != nil {
				if tt.current != nil {
					tt.current(inv)
				}
				if tt.org != nil {
					tt.org(&org)
				}
				opts.Current = inv
				p, _ = Plan(org, opts)
			}
			if diff := cmp.Diff(tt.want, changedSteps(p), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("steps left to do (-want +got):\n%s", diff)
			}
			for _, id := range []string{"hybrid-configuration", "mailflow/receive/SOLO-E19A"} {
				if i := stepIndex(p, id); i < 0 || p.Steps[i].Observation != ObservationObserved {
					t.Errorf("step %s not observed", id)
				}
			}
			checkPlanInvariants(t, p)
		})
	}
}

// TestRerunAddsTheDedicatedApp checks the re-run of an export from before
// 2025-10-31 on a later day: the dedicated hybrid app's steps appear,
// none of them observed as done, and the objects the wizard recorded are
// Unchanged.
func TestRerunAddsTheDedicatedApp(t *testing.T) {
	inv := oneOrganization(t)
	_, before, _ := Rerun(inv, Options{Date: oct2025, ID: testID})
	_, after, _ := Rerun(inv, Options{Date: dec2026, ID: testID})
	if i := stepIndex(before, "hybrid-app/create"); i >= 0 {
		t.Errorf("hybrid-app/create planned on %v", oct2025)
	}
	for _, id := range []string{"hybrid-app/create", "hybrid-app/setting-override"} {
		i := stepIndex(after, id)
		if i < 0 {
			t.Errorf("%s not planned on %v", id, dec2026)
			continue
		}
		if after.Steps[i].Action == ActionUnchanged {
			t.Errorf("%s Unchanged", id)
		}
	}
	if i := stepIndex(after, "mailflow/receive/SOLO-E19A"); i < 0 || after.Steps[i].Action != ActionUnchanged {
		t.Errorf("the Default Frontend connector is not Unchanged")
	}
}

// stepIndex returns the index of the step with id, or -1.
func stepIndex(p DeploymentPlan, id string) int {
	for i, s := range p.Steps {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// TestNamesInUse checks the name style Rerun reads from the exports: the
// wizard's logs' names, the documented ones, or neither (the default),
// for the identifier the exports' names hold.
func TestNamesInUse(t *testing.T) {
	other := "11111111-2222-3333-4444-555555555555"
	send := func(name string) *inventory.Inventory {
		return &inventory.Inventory{SendConnectors: []inventory.SendConnector{{SendConnector: transport.SendConnector{Name: name}}}}
	}
	outbound := func(name string) *inventory.Inventory {
		inv := &inventory.Inventory{}
		inv.Online.OutboundConnectors = []inventory.OutboundConnector{{OutboundConnector: transport.OutboundConnector{Name: name}}}
		return inv
	}
	tests := []struct {
		name string
		inv  *inventory.Inventory
		id   string
		want transport.NameStyle
	}{
		{"log's Send connector", send("Outbound to Office 365 - " + testID), testID, transport.NamesHCWLog},
		{"log's Outbound connector, other case", outbound("OUTBOUND TO " + testID), testID, transport.NamesHCWLog},
		{"documented Send connector", send("Outbound to Office 365"), testID, transport.NamesDocumented},
		{"documented Outbound connector", outbound("Outbound from " + testID), testID, transport.NamesDocumented},
		{"another identifier", outbound("Outbound to " + other), testID, transport.NamesUnknown},
		{"no identifier", send("Outbound to Office 365"), "", transport.NamesUnknown},
		{"nothing exported", &inventory.Inventory{}, testID, transport.NamesUnknown},
	}
	for _, tt := range tests {
		if got := namesInUse(tt.inv, tt.id); got != tt.want {
			t.Errorf("%s: namesInUse = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestRerunKeepsRecordedServers checks that a re-run installs no server:
// the one-server organization keeps its server with the validation's
// recommendation of a second one, and the shipped export's recorded
// server of another lab (ex-02) is reported where it is recorded, not
// replaced.
func TestRerunKeepsRecordedServers(t *testing.T) {
	tests := []struct {
		name string
		inv  func(testing.TB) *inventory.Inventory
		want []string // the paths of the hybrid/not-observed findings on recorded servers
		// single: the validation recommends a second hybrid server
		single bool
	}{
		{"one organization", oneOrganization, nil, true},
		{"a recorded server of another export", func(t testing.TB) *inventory.Inventory { return readExport(t, exampleExport) },
			[]string{"GetHybridConfiguration.xml: object 1: SendingTransportServers[0]", "GetHybridConfiguration.xml: object 1: ReceivingTransportServers[0]"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, p, fs := Rerun(tt.inv(t), Options{Date: dec2026, ID: testID})
			for _, s := range p.Steps {
				if strings.HasPrefix(s.ID, "install/") {
					t.Errorf("step %s: a re-run installs no server", s.ID)
				}
			}
			var got []string
			single := false
			for _, f := range fs {
				if f.Code == CodeNotObserved && strings.Contains(string(f.Path), "TransportServers") {
					got = append(got, string(f.Path))
				}
				single = single || f.Code == CodeSingleHybridServer
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("findings on recorded servers (-want +got):\n%s", diff)
			}
			if single != tt.single {
				t.Errorf("%s finding: %v, want %v", CodeSingleHybridServer, single, tt.single)
			}
		})
	}
}

// TestRerunNil checks that a nil inventory is planned as an empty one,
// with no panic: the same organization, plan and findings.
func TestRerunNil(t *testing.T) {
	opts := Options{Date: dec2026, ID: testID}
	orgNil, planNil, fsNil := Rerun(nil, opts)
	orgEmpty, planEmpty, fsEmpty := Rerun(&inventory.Inventory{}, opts)
	if diff := cmp.Diff(orgEmpty, orgNil, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("organization (-empty +nil):\n%s", diff)
	}
	if diff := cmp.Diff(planEmpty, planNil, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("plan (-empty +nil):\n%s", diff)
	}
	if diff := cmp.Diff(fsEmpty, fsNil, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("findings (-empty +nil):\n%s", diff)
	}
	for _, s := range planNil.Steps {
		if s.Observation == ObservationObserved {
			t.Errorf("step %s observed with nothing exported", s.ID)
		}
	}
}

// TestRerunType checks the hybrid type Rerun fills in, which no export
// holds: ClassicFull when the recorded features hold more than mailbox
// moves, ClassicMinimal otherwise. FromInventory's note at "type" stays,
// once, and the plan is planned as that type.
func TestRerunType(t *testing.T) {
	tests := []struct {
		name     string
		features []string
		want     Type
	}{
		{"no features", nil, TypeClassicMinimal},
		{"mailbox moves only", []string{"MoveMailbox"}, TypeClassicMinimal},
		{"free/busy and moves", []string{"FreeBusy", "MoveMailbox"}, TypeClassicFull},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv := oneOrganization(t)
			inv.HybridConfigurations[0].Features = tt.features
			org, plan, fs := Rerun(inv, Options{Date: dec2026, ID: testID})
			if org.Type != tt.want || plan.Type != tt.want {
				t.Errorf("type %v, plan's %v; want %v", org.Type, plan.Type, tt.want)
			}
			notes := 0
			for _, f := range fs {
				if f.Path == "type" {
					if f.Code != CodeNotObserved {
						t.Errorf("finding at type: %v, want only %v", f.Code, CodeNotObserved)
					}
					notes++
				}
			}
			if notes != 1 {
				t.Errorf("%d findings at type, want FromInventory's note once", notes)
			}
		})
	}
}
