package hybrid

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/jsontest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

// desiredInventory returns the inventory of the state the plan of org
// wants, as the exports of a deployment that followed it would show:
// every server (the planned ones too) at the build the plan gives it, the
// accepted domains with the coexistence domain, a certificate that serves
// every name, the federation trust and identifier, Exchange Online's
// intra-organization connector and EWS settings, the default address
// policy with the coexistence address, the organization relationships of
// both sides (with the OWA redirection URL), the hybrid front ends' OWA
// and EWS virtual directories, the
// dedicated app's setting overrides, the wizard's connectors (both
// sides) and HybridConfiguration object.
// Planned against it, no observed step has anything left to do.
func desiredInventory(t testing.TB, org Organization, opts Options) *inventory.Inventory {
	t.Helper()
	opts.Current = nil
	p, _ := runPlanner(org, opts, nil)
	inv := &inventory.Inventory{}
	for _, s := range p.org.Servers {
		b := s.Build
		if to, ok := p.upgradeTo[s.Name]; ok && to.Compare(b) > 0 {
			b = to
		}
		inv.Servers = append(inv.Servers, inventory.Server{Name: s.Name, FQDN: s.FQDN, Site: s.Site, AdminDisplayVersion: b, Roles: s.Roles, Edge: s.IsEdge()})
	}
	for _, d := range p.org.AcceptedDomains {
		inv.AcceptedDomains = append(inv.AcceptedDomains, inventory.AcceptedDomain{Name: d.Domain, DomainName: d.Domain, Type: "Authoritative"})
	}
	if coex := p.org.Tenant.CoexistenceDomain(); coex != "" {
		inv.AcceptedDomains = append(inv.AcceptedDomains, inventory.AcceptedDomain{Name: coex, DomainName: coex, Type: "Authoritative"})
	}
	if names := p.certificateNames(); len(names) > 0 {
		inv.Certificates = append(inv.Certificates, inventory.Certificate{Thumbprint: "00", Subject: "CN=" + names[0],
			Issuer: "CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US", DNSNames: names,
			NotAfter: time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC)})
	}
	if p.w.mailFlow && p.w.connectors.Send.Name != "" {
		inv.SendConnectors = append(inv.SendConnectors, inventory.SendConnector{SendConnector: p.w.connectors.Send})
		for _, r := range p.w.connectors.Receive {
			inv.ReceiveConnectors = append(inv.ReceiveConnectors, inventory.ReceiveConnector{ReceiveConnector: r, Enabled: true})
		}
		inv.Online.InboundConnectors = []inventory.InboundConnector{{InboundConnector: p.w.connectors.Inbound, Enabled: true}}
		inv.Online.OutboundConnectors = []inventory.OutboundConnector{{OutboundConnector: p.w.connectors.Outbound, Enabled: true}}
		inv.Online.OnPremisesOrganizations = []inventory.OnPremisesOrganization{{Name: p.org.Name, HybridDomains: p.org.HybridDomains,
			InboundConnector: p.w.connectors.Inbound.Name, OutboundConnector: p.w.connectors.Outbound.Name,
			OrganizationRelationship: p.w.pair.Cloud.Name, OrganizationGuid: p.w.id, OrganizationName: p.org.Name}}
	}
	if p.w.sharing && p.w.pair.OnPremises.Name != "" {
		inv.OrganizationRelationships = []inventory.OrganizationRelationship{{OrganizationRelationship: p.w.pair.OnPremises}}
		inv.Online.OrganizationRelationships = []inventory.OrganizationRelationship{{OrganizationRelationship: p.w.pair.Cloud}}
	}
	if t := p.w.choice.Trust; p.w.sharing && t != nil {
		inv.FederationTrusts = []inventory.FederationTrust{{Name: t.Name}}
		inv.FederatedOrganizationIdentifiers = []inventory.FederatedOrganizationIdentifier{{
			AccountNamespace: federation.OrganizationID(t.AccountNamespace), Domains: t.FederatedDomains, Enabled: true, DelegationTrustLink: t.Name}}
	}
	if o := p.w.choice.OAuth; p.w.sharing && o != nil && o.Connectors.Cloud != nil {
		ioc := *o.Connectors.Cloud
		ioc.TargetSharingEPR, ioc.Enabled = p.w.agentEWS(), true
		inv.Online.IntraOrganizationConnectors = []inventory.IntraOrganizationConnector{{IntraOrganizationConnector: ioc}}
	}
	if coex := p.org.Tenant.CoexistenceDomain(); coex != "" && len(p.org.HybridDomains) > 0 {
		inv.EmailAddressPolicies = []inventory.EmailAddressPolicy{{Name: "Default Policy", Priority: "Lowest",
			EnabledPrimarySMTPAddressTemplate: "SMTP:%g.%s@" + p.org.HybridDomains[0],
			EnabledEmailAddressTemplates:      []string{"SMTP:%g.%s@" + p.org.HybridDomains[0], "smtp:%m@" + coex}}}
	}
	if id := p.org.HybridApp.AppID; id != "" {
		inv.AuthServers = []inventory.AuthServer{{AuthServer: federation.AuthServer{Name: "EvoSts - " + testID, ApplicationIdentifier: id,
			DomainName: append([]string{string(p.org.Tenant)}, p.org.HybridDomains...)}}}
	}
	enabled := true
	online := inventory.OnlineOrganizationConfig{Name: "tenant", EwsEnabled: &enabled}
	if id := p.org.HybridApp.AppID; id != "" {
		online.EwsAllowedAppIDs = []string{id}
	}
	inv.Online.OrganizationConfigs = []inventory.OnlineOrganizationConfig{online}
	ns := p.org.Namespaces
	for _, name := range p.frontEndNames() {
		if ns.OWA != "" {
			inv.OwaVirtualDirectories = append(inv.OwaVirtualDirectories, inventory.OwaVirtualDirectory{VirtualDirectory: inventory.VirtualDirectory{Server: name, Name: owaDirectory, ExternalURL: "https://" + ns.OWA + "/owa"}})
		}
		ews := inventory.WebServicesVirtualDirectory{VirtualDirectory: inventory.VirtualDirectory{Server: name, Name: ewsDirectory}, MRSProxyEnabled: true}
		if ns.EWS != "" {
			ews.ExternalURL = "https://" + ns.EWS + "/EWS/Exchange.asmx"
		}
		inv.WebServicesVirtualDirectories = append(inv.WebServicesVirtualDirectories, ews)
	}
	for _, o := range []federation.SettingOverride{
		{Name: "EnableExchangeHybrid3PAppFeature", ComponentName: "Global", SectionName: "ExchangeOnpremAsThirdPartyAppId"},
		{Name: "EnableRouteThroughMSGraphFeature", ComponentName: "SettingOverride", SectionName: "RouteThroughMSGraph"},
	} {
		o.Parameters = []federation.OverrideParameter{{Name: "Enabled", Value: "true"}}
		inv.SettingOverrides = append(inv.SettingOverrides, inventory.SettingOverride{SettingOverride: o})
	}
	if h := p.wantedHybridConfig(); p.org.Type.IsValid() {
		ex := inventory.HybridConfiguration{OnPremisesSmartHost: h.smartHost, SendingTransportServers: h.sending,
			ReceivingTransportServers: h.receiving, EdgeTransportServers: h.edges, ClientAccessServers: h.clientAccess, TLSCertificateName: h.tlsCertificate}
		for _, d := range h.domains {
			ex.Domains = append(ex.Domains, inventory.HybridDomain{Domain: d})
		}
		for f := range h.features.All() {
			ex.Features = append(ex.Features, f.String()) // the wizard's spelling, where the step writes the cmdlet reference's
		}
		inv.HybridConfigurations = append(inv.HybridConfigurations, ex)
	}
	return inv
}

// changedSteps returns, for each observed step that is not Unchanged, its
// action and the comparisons that differ: what a plan against a current
// state says is left to do.
func changedSteps(p DeploymentPlan) map[string][]string {
	out := map[string][]string{}
	for _, s := range p.Steps {
		if s.Observation != ObservationObserved || s.Action == ActionUnchanged {
			continue
		}
		entry := []string{s.Action.String()}
		for _, c := range s.Current {
			if c.Differs {
				entry = append(entry, c.Setting+": "+c.Current+" → "+c.Desired)
			}
		}
		out[s.ID] = entry
	}
	return out
}

// TestPlanAgainstDesiredState plans every scenario against the state its
// own plan wants: no observed step is left to do, every step is observed
// or not, and the plan is marked as compared.
func TestPlanAgainstDesiredState(t *testing.T) {
	for _, sc := range scenarioPlans(t) {
		t.Run(sc.name, func(t *testing.T) {
			opts := sc.opts
			opts.Current = desiredInventory(t, sc.org, opts)
			p, _ := Plan(sc.org, opts)
			if diff := cmp.Diff(map[string][]string{}, changedSteps(p)); diff != "" {
				t.Errorf("steps left to do (-want +got):\n%s", diff)
			}
			observed := 0
			for _, s := range p.Steps {
				if !s.Observation.IsValid() {
					t.Errorf("step %s: observation %v", s.ID, s.Observation)
				}
				if s.Observation == ObservationObserved {
					observed++
				}
			}
			if !p.Compared || observed == 0 {
				t.Errorf("Compared = %v with %d observed steps", p.Compared, observed)
			}
			checkPlanInvariants(t, p)
		})
	}
}

// diffTest changes the organization or its current state in one way.
type diffTest struct {
	name    string
	base    func(testing.TB) Organization // orgSE when nil
	on      version.Date                  // day when zero
	org     func(*Organization)           // the desired organization, after the current state is taken
	current func(*inventory.Inventory)    // the current state
	want    map[string][]string
}

// diffTests are the changes TestPlanDiff checks, each with exactly the
// steps it leaves to do.
var diffTests = []diffTest{{
	name: "nothing changed",
	want: map[string][]string{},
}, {
	name: "a feature dropped",
	org:  func(o *Organization) { o.Features = o.Features.Without(FeaturePhotos) },
	want: map[string][]string{"hybrid-configuration": {"Update",
		"Features: FreeBusy, MoveMailbox, MailTips, MessageTracking, OWARedirection, OnlineArchive, SecureMail, Photos → FreeBusy, MoveMailbox, MailTips, MessageTracking, OWARedirection, OnlineArchive, SecureMail"}},
}, {
	name: "a domain added",
	org: func(o *Organization) {
		o.HybridDomains = append(o.HybridDomains, "fabrikam.com")
		o.AcceptedDomains = append(o.AcceptedDomains, AcceptedDomain{Domain: "fabrikam.com", Type: DomainTypeAuthoritative})
	},
	want: map[string][]string{
		"hybrid-configuration":              {"Update", "Domains: contoso.com → contoso.com, fabrikam.com"},
		"mailflow/outbound":                 {"Update", "RecipientDomains: contoso.com → contoso.com, fabrikam.com"},
		"mailflow/on-premises-organization": {"Update", "HybridDomains: contoso.com → contoso.com, fabrikam.com"},
		"sharing/exchange-online":           {"Update", "DomainNames: contoso.com → contoso.com, fabrikam.com"},
		"federation/identifier":             {"Update", "FederatedDomains: contoso.com → contoso.com, fabrikam.com"},
		"oauth/exchange-online":             {"Update", "TargetAddressDomains: contoso.com → contoso.com, fabrikam.com"},
	},
}, {
	name:    "a connector setting changed",
	current: func(inv *inventory.Inventory) { inv.SendConnectors[0].RequireTLS = false },
	want:    map[string][]string{"mailflow/send": {"Update", "RequireTLS: $false → $true"}},
}, {
	name: "the same values spelt otherwise",
	current: func(inv *inventory.Inventory) {
		h := &inv.HybridConfigurations[0]
		h.Features = []string{"photos", "Centralized", "OWARedirection", "MailTips", "freebusy", "MoveMailbox", "MessageTracking", "OnlineArchive", "SecureMail"}
		h.Domains = []inventory.HybridDomain{{Domain: "CONTOSO.COM.", AutoDiscover: true}}
		h.SendingTransportServers = []string{"exse-02", "EXSE-01"}
		s := &inv.SendConnectors[0]
		s.AddressSpaces = []transport.AddressSpace{transport.MustParseAddressSpace("smtp:CONTOSO.mail.onmicrosoft.com")}
		s.TLSCertificateName.Issuer = strings.ToUpper(s.TLSCertificateName.Issuer)
		inv.Online.OutboundConnectors[0].RouteAllMessagesViaOnPremises = true // centralized, as the features say
		inv.Online.OutboundConnectors[0].RecipientDomains = []string{"smtp:Contoso.com;1"}
	},
	org:  func(o *Organization) { o.Features = o.Features.With(FeatureCentralizedTransport) },
	want: map[string][]string{},
}, {
	// A smart host on the DNS-routed Send connector: the wizard's has
	// none, so the Update clears it.
	name: "a smart host left on the Send connector",
	current: func(inv *inventory.Inventory) {
		inv.SendConnectors[0].SmartHosts = []string{"contoso-com.mail.protection.outlook.com"}
	},
	want: map[string][]string{"mailflow/send": {"Update", "SmartHosts: contoso-com.mail.protection.outlook.com → "}},
}, {
	name: "a second hybrid Send connector",
	current: func(inv *inventory.Inventory) {
		old := inv.SendConnectors[0]
		old.Name = "Outbound to Office 365 (2019)"
		inv.SendConnectors = append(inv.SendConnectors, old)
	},
	want: map[string][]string{"mailflow/remove-send/Outbound to Office 365 (2019)": {"Remove"}},
}, {
	name: "a feature dropped, two settings changed and a second connector",
	org:  func(o *Organization) { o.Features = o.Features.Without(FeaturePhotos) },
	current: func(inv *inventory.Inventory) {
		inv.SendConnectors[0].RequireTLS = false
		inv.SendConnectors[0].TLSDomain = ""
		second := inv.SendConnectors[0]
		second.Name = "O'Brien’s connector" // quotes PowerShell must not end a literal at
		inv.SendConnectors = append(inv.SendConnectors, second)
	},
	want: map[string][]string{
		"hybrid-configuration": {"Update",
			"Features: FreeBusy, MoveMailbox, MailTips, MessageTracking, OWARedirection, OnlineArchive, SecureMail, Photos → FreeBusy, MoveMailbox, MailTips, MessageTracking, OWARedirection, OnlineArchive, SecureMail"},
		"mailflow/send": {"Update", "RequireTLS: $false → $true", "TlsDomain:  → mail.protection.outlook.com"},
		"mailflow/remove-send/O'Brien’s connector": {"Remove"},
	},
}, {
	name: "Exchange Online's connectors of an earlier run",
	current: func(inv *inventory.Inventory) {
		in, out := inv.Online.InboundConnectors[0], inv.Online.OutboundConnectors[0]
		in.Name, out.Name = "Inbound from 11111111-2222-3333-4444-555555555555", "Outbound to 11111111-2222-3333-4444-555555555555"
		manual := in
		manual.Name, manual.ConnectorSource = "Inbound from the scanner", transport.ConnectorSourceDefault
		inv.Online.InboundConnectors = append(inv.Online.InboundConnectors, in, manual)
		inv.Online.OutboundConnectors = append(inv.Online.OutboundConnectors, out)
		inv.Online.InboundConnectors[0].RequireTLS = false
	},
	want: map[string][]string{
		"mailflow/inbound": {"Update", "RequireTls: $false → $true"},
		"mailflow/remove-inbound/Inbound from 11111111-2222-3333-4444-555555555555": {"Remove"},
		"mailflow/remove-outbound/Outbound to 11111111-2222-3333-4444-555555555555": {"Remove"},
	},
}, {
	// The names the wizard's logs show (transport.NamesHCWLog) where the
	// plan uses the documented ones: the same connectors, not missing
	// ones, and none of them removed.
	name: "the wizard log's connector names",
	current: func(inv *inventory.Inventory) {
		inv.SendConnectors[0].Name = "Outbound to Office 365 - " + testID
		inv.Online.OutboundConnectors[0].Name = "Outbound to " + testID
		inv.Online.OnPremisesOrganizations[0].OutboundConnector = "Outbound to " + testID
	},
	want: map[string][]string{},
}, {
	// Connectors the OnPremisesOrganization names, under names of neither
	// style: the live ones, compared and never removed.
	name: "connectors the OnPremisesOrganization names",
	current: func(inv *inventory.Inventory) {
		inv.Online.InboundConnectors[0].Name = "Inbound from on-premises"
		inv.Online.OutboundConnectors[0].Name = "Outbound to on-premises"
		inv.Online.OutboundConnectors[0].UseMXRecord = true
		o := &inv.Online.OnPremisesOrganizations[0]
		o.InboundConnector, o.OutboundConnector = "Inbound from on-premises", "Outbound to on-premises"
	},
	want: map[string][]string{"mailflow/outbound": {"Update", "UseMXRecord: $true → $false"}},
}, {
	name: "the dedicated app's ID elsewhere",
	org:  func(o *Organization) { o.HybridApp.AppID = "0b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" },
	current: func(inv *inventory.Inventory) {
		inv.AuthServers = []inventory.AuthServer{{AuthServer: federation.AuthServer{Name: "EvoSts - " + testID,
			ApplicationIdentifier: "00000002-0000-0ff1-ce00-000000000000", DomainName: []string{"contoso.com", "CONTOSO.onmicrosoft.com"}}}}
	},
	want: map[string][]string{
		"hybrid-app/auth-server": {"Update", "ApplicationIdentifier: 00000002-0000-0ff1-ce00-000000000000 → 0b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"},
		"ews/allow-list":         {"Update", "EwsAllowedAppIDs:  → add 0b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"},
	},
}, {
	name: "a server behind",
	base: org2019CU15("15.2.1748.10"), on: dec2026,
	// The current state: EX19-01 still at the organization's build,
	// EX19-02 at the update the plan installs.
	current: func(inv *inventory.Inventory) { inv.Servers[0].AdminDisplayVersion = mustBuild("15.2.1748.10") },
	want:    map[string][]string{"upgrade/EX19-01": {"Update", "Build: 15.2.1748.10 → 15.2.1748.39"}},
}, {
	name: "a connector and the coexistence domain missing",
	current: func(inv *inventory.Inventory) {
		inv.SendConnectors[0].Name = "Internet"
		inv.SendConnectors[0].CloudServicesMailEnabled = false
		inv.AcceptedDomains = slices.DeleteFunc(inv.AcceptedDomains, func(d inventory.AcceptedDomain) bool { return strings.HasSuffix(d.DomainName, ".mail.onmicrosoft.com") })
	},
	want: map[string][]string{"mailflow/send": {"Create"}, "domains/coexistence": {"Create"}},
}}

// plan plans the organization of tt against the desired state of its
// base organization, changed as tt says.
func (tt diffTest) plan(t testing.TB) DeploymentPlan {
	org, opts := orgSE(t), Options{Date: day, ID: testID}
	if tt.base != nil {
		org, opts.Date = tt.base(t), tt.on
	}
	opts.Current = desiredInventory(t, org, opts)
	if tt.current != nil {
		tt.current(opts.Current)
	}
	if tt.org != nil {
		tt.org(&org)
	}
	p, _ := Plan(org, opts)
	return p
}

// TestPlanDiff checks that exactly the steps of each change of diffTests
// are left to do, with the current and desired values of the settings
// that differ.
func TestPlanDiff(t *testing.T) {
	for _, tt := range diffTests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.plan(t)
			if diff := cmp.Diff(tt.want, changedSteps(p), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("steps left to do (-want +got):\n%s", diff)
			}
			checkPlanInvariants(t, p)
		})
	}
}

// comparedDir holds the renderings of a plan against a current state,
// reviewed like the other golden files.
const comparedDir = "testdata/compared"

// TestComparedRenderings renders the plan of a diffTest with several
// changes in text, Markdown and PowerShell, against golden files that
// -update rewrites: the markers, the current → desired lines, the one
// line of an unchanged step, the count, and commands for what changes
// only, every value quoted.
func TestComparedRenderings(t *testing.T) {
	const name = "a feature dropped, two settings changed and a second connector"
	i := slices.IndexFunc(diffTests, func(tt diffTest) bool { return tt.name == name })
	require.GreaterOrEqual(t, i, 0)
	p := diffTests[i].plan(t)
	for ext, text := range map[string]string{"txt": p.Text(), "md": p.Markdown(), "ps1": p.PowerShell()} {
		file := strings.TrimSuffix(goldenFile(comparedDir, name), ".txt") + "." + ext
		got := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		if diff := cmp.Diff(golden(t, file, got), got); diff != "" {
			t.Errorf("%s differs (-want +got); run go test -update if the change is intended:\n%s", file, diff)
		}
	}
}

// FuzzPlanAgainstDesiredState plans any organization and options against
// the state its own plan wants (desiredInventory): every object the plan
// would make exists, so no observed step may create, update or remove
// anything, and every step must be observed or not.
func FuzzPlanAgainstDesiredState(f *testing.F) {
	f.Add([]byte{}, []byte{})
	f.Add([]byte{0, 1, 1, 1, 255, 3, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}, []byte{6, 10, 26, 1, 3, 1, 0, 1, 1, 1, 1, 1})
	f.Add([]byte{1, 1, 1, 2, 0x7f, 1, 1, 1, 0, 1, 2, 2, 1, 1, 3, 9, 1, 1, 1, 1, 1, 12, 6, 1, 1, 1, 1, 1}, []byte{6, 10, 26, 0, 3, 0, 0, 0, 0, 1, 0, 0})
	f.Fuzz(func(t *testing.T, data, optData []byte) {
		org, opts := fuzzOrganization(data), fuzzOptions(optData)
		opts.Current = desiredInventory(t, org, opts)
		p, _ := Plan(org, opts)
		if !p.Compared {
			t.Fatal("a plan with a current state is not marked as compared")
		}
		for _, s := range p.Steps {
			switch {
			case !s.Observation.IsValid():
				t.Errorf("step %s: observation %v", s.ID, s.Observation)
			case s.Observation == ObservationObserved && s.Action != ActionUnchanged:
				t.Errorf("step %s: %v of an object the current state holds as the plan wants it: %+v", s.ID, s.Action, s.Current)
			}
		}
	})
}

// TestComparedPlanJSON checks that a plan against a current state reads
// back from its JSON form as it was: the observations, the comparisons
// and the new actions.
func TestComparedPlanJSON(t *testing.T) {
	for _, tt := range diffTests {
		jsontest.RoundTrip(t, tt.name, tt.plan(t), cmpopts.EquateEmpty())
	}
}
