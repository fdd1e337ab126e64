package inventory_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/internal/jsontest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

// The synthetic Exchange Online exports (testdata/README.md says what each
// is modelled on).
const (
	exoInbound  = "exo/Synthetic_EXO_GetInboundConnector.xml"
	exoOutbound = "exo/Synthetic_EXO_GetOutboundConnector.xml"
	exoOnPrem   = "exo/Synthetic_EXO_GetOnPremisesOrganization.xml"
	exoOrg      = "exo/Synthetic_EXO_GetOrganizationConfig.xml"
)

var exoFiles = []string{exoInbound, exoOutbound, exoOnPrem, exoOrg}

// readOnline reads the files as exports of Exchange Online PowerShell, or
// of the Exchange Management Shell when online is false.
func readOnline(t *testing.T, online bool, paths ...string) (*inventory.Inventory, []findingtest.Key) {
	t.Helper()
	srcs := make([]inventory.Source, len(paths))
	for i, p := range paths {
		srcs[i] = inventory.Source{Name: p, Online: online}
	}
	return readSources(t, srcs...)
}

const hybridName = "3f2c9a1e-6b7d-4e55-9c1a-2d8e4f6a7b90"

var (
	wantInbound = []inventory.InboundConnector{
		{
			InboundConnector: transport.InboundConnector{
				Name: "From Fabrikam", ConnectorType: transport.ConnectorPartner, ConnectorSource: transport.ConnectorSourceDefault,
				SenderDomains: []string{"fabrikam.com", "*.fabrikam.net"},
			},
			SenderIPAddresses:            []string{"192.0.2.0/24", "198.51.100.7"},
			RestrictDomainsToIPAddresses: true,
		},
		{
			InboundConnector: transport.InboundConnector{
				Name: "Inbound from " + hybridName, ConnectorType: transport.ConnectorOnPremises, ConnectorSource: transport.ConnectorSourceHybridWizard,
				SenderDomains: []string{"*"}, RequireTLS: true, TLSSenderCertificateName: "mail.contoso.com", CloudServicesMailEnabled: true,
			},
			Enabled: true,
		},
	}
	wantOutbound = []inventory.OutboundConnector{
		{
			OutboundConnector: transport.OutboundConnector{
				Name: "Outbound to " + hybridName, ConnectorType: transport.ConnectorOnPremises, ConnectorSource: transport.ConnectorSourceHybridWizard,
				RecipientDomains: []string{"contoso.com", "sales.contoso.com"}, SmartHosts: []string{"mail.contoso.com"},
				TLSSettings: transport.TLSAuthDomainValidation, TLSDomain: "mail.contoso.com", CloudServicesMailEnabled: true,
			},
			Enabled: true,
		},
		{
			OutboundConnector: transport.OutboundConnector{
				Name: "To Fabrikam over TLS", ConnectorType: transport.ConnectorPartner, ConnectorSource: transport.ConnectorSourceDefault,
				RecipientDomains: []string{"fabrikam.com"}, UseMXRecord: true, TLSSettings: transport.TLSAuthEncryptionOnly,
			},
			Enabled: true, IsTransportRuleScoped: true,
		},
	}
	wantOnPrem = []inventory.OnPremisesOrganization{{
		Name:                     hybridName,
		HybridDomains:            []string{"contoso.com", "sales.contoso.com"},
		InboundConnector:         "Inbound from " + hybridName,
		OutboundConnector:        "Outbound to " + hybridName,
		OrganizationRelationship: "O365 to On-premises - " + hybridName,
		OrganizationGuid:         hybridName, // written upper case
		OrganizationName:         "Contoso",
	}}
	wantOrg = []inventory.OnlineOrganizationConfig{{
		Name: "contoso.onmicrosoft.com", OAuth2ClientProfileEnabled: true, EwsEnabled: ptr(true), EwsOperationAccessPolicy: true,
		// One comma-joined item, the first ID upper case.
		EwsAllowedAppIDs: []string{"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "d3590ed6-52b3-4102-aeff-aad2292ab01c"},
	}}
)

func ptr[T any](v T) *T { return &v }

// TestOnline reads each synthetic Exchange Online export into its list.
// A type only Exchange Online writes is Exchange Online's whatever the
// Source says; OrganizationConfig, which both sides write, is read as the
// side the Source says.
func TestOnline(t *testing.T) {
	onPremOrg := []inventory.OrganizationConfig{{Name: "contoso.onmicrosoft.com", OAuth2ClientProfileEnabled: true}}
	tests := []struct {
		name   string
		files  []string
		online bool
		want   inventory.ExchangeOnline
		onPrem []inventory.OrganizationConfig // Inventory.OrganizationConfigs
	}{
		{"inbound connectors", []string{exoInbound}, true, inventory.ExchangeOnline{InboundConnectors: wantInbound}, nil},
		{"inbound connectors, not said online", []string{exoInbound}, false, inventory.ExchangeOnline{InboundConnectors: wantInbound}, nil},
		{"outbound connectors", []string{exoOutbound}, true, inventory.ExchangeOnline{OutboundConnectors: wantOutbound}, nil},
		{"outbound connectors, not said online", []string{exoOutbound}, false, inventory.ExchangeOnline{OutboundConnectors: wantOutbound}, nil},
		{"on-premises organization", []string{exoOnPrem}, true, inventory.ExchangeOnline{OnPremisesOrganizations: wantOnPrem}, nil},
		{"on-premises organization, not said online", []string{exoOnPrem}, false, inventory.ExchangeOnline{OnPremisesOrganizations: wantOnPrem}, nil},
		{"organization config", []string{exoOrg}, true, inventory.ExchangeOnline{OrganizationConfigs: wantOrg}, nil},
		{"organization config, not said online", []string{exoOrg}, false, inventory.ExchangeOnline{}, onPremOrg},
		{"all, twice", append(slices.Clone(exoFiles), exoFiles...), true, inventory.ExchangeOnline{
			InboundConnectors: wantInbound, OutboundConnectors: wantOutbound, OnPremisesOrganizations: wantOnPrem, OrganizationConfigs: wantOrg}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, keys := readOnline(t, tt.online, tt.files...)
			if d := cmp.Diff(tt.want, inv.Online, ignoreOrigin); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.onPrem, inv.OrganizationConfigs, ignoreOrigin); d != "" {
				t.Errorf("on-premises OrganizationConfigs (-want +got):\n%s", d)
			}
			if len(keys) != 0 {
				t.Errorf("findings: %v", keys)
			}
			if len(inv.Servers)+len(inv.SendConnectors)+len(inv.HybridConfigurations)+len(inv.Unknown) != 0 {
				t.Errorf("read outside Online: %+v", inv)
			}
		})
	}
}

// TestOnlineOrigin checks where each object was read, and that the
// Exchange Online objects survive JSON in the inventory, in order of
// files or not.
func TestOnlineOrigin(t *testing.T) {
	inv, _ := readOnline(t, true, exoFiles...)
	require.Equal(t, inventory.Origin{File: exoInbound, Object: 2}, inv.Online.InboundConnectors[0].From)
	require.Equal(t, inventory.Origin{File: exoOutbound, Object: 2}, inv.Online.OutboundConnectors[1].From)
	require.Equal(t, inventory.Origin{File: exoOrg, Object: 1}, inv.Online.OrganizationConfigs[0].From)

	data := jsontest.RoundTrip(t, "inventory", *inv)
	require.Contains(t, string(data), `"online":{"inboundConnectors":[`)

	reversed := slices.Clone(exoFiles)
	slices.Reverse(reversed)
	again, _ := readOnline(t, true, reversed...)
	if d := cmp.Diff(inv, again, ignoreOrigin); d != "" {
		t.Errorf("reversed order (-want +got):\n%s", d)
	}
}

// tnOrgConfig and the others are the Exchange Online type names as the
// synthetic exports write them.
const (
	tnInbound   = "Deserialized.Microsoft.Exchange.Data.Directory.SystemConfiguration.TenantInboundConnector"
	tnOutbound  = "Deserialized.Microsoft.Exchange.Data.Directory.SystemConfiguration.TenantOutboundConnector"
	tnOnPrem    = "Deserialized.Microsoft.Exchange.Data.Directory.SystemConfiguration.OnPremisesOrganization"
	tnOrgConfig = "Deserialized.Microsoft.Exchange.Data.Directory.Management.OrganizationConfig"
)

func b(name, v string) string { return `<B N="` + name + `">` + v + `</B>` }
func null(name string) string { return `<Nil N="` + name + `"/>` }

// strList writes a multi-valued property of strings, as Exchange Online's
// deserialized objects hold them.
func strList(name string, items ...string) string {
	var sb strings.Builder
	for _, it := range items {
		sb.WriteString(`<S>` + it + `</S>`)
	}
	return `<Obj N="` + name + `"><TN><T>MultiValuedProperty</T></TN><LST>` + sb.String() + `</LST></Obj>`
}

// TestEwsEnabled reads the nullable EwsEnabled: null (never set, the
// tenant default) is not false.
func TestEwsEnabled(t *testing.T) {
	tests := []struct {
		name string
		prop string
		want *bool
	}{
		{"null", null("EwsEnabled"), nil},
		{"absent", "", nil},
		{"true", b("EwsEnabled", "true"), ptr(true)},
		{"false", b("EwsEnabled", "false"), ptr(false)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := objs(obj(tnOrgConfig, s("Name", "contoso.onmicrosoft.com"), tt.prop, strList("EwsAllowedAppIDs")))
			inv, fs := readText(t, inventory.Source{Online: true}, in)
			require.Empty(t, findingtest.List(fs))
			require.Len(t, inv.Online.OrganizationConfigs, 1)
			got := inv.Online.OrganizationConfigs[0]
			if d := cmp.Diff(tt.want, got.EwsEnabled); d != "" {
				t.Errorf("EwsEnabled (-want +got):\n%s", d)
			}
			require.True(t, got.EwsOperationAccessPolicy)
			require.Empty(t, got.EwsAllowedAppIDs)
		})
	}
}

// TestOnlineBadObjects gives each reader what it cannot read: a finding
// with the right code on the right property, and the object kept or
// skipped as documented.
func TestOnlineBadObjects(t *testing.T) {
	testKept(t, inventory.Source{Online: true}, []keptCase{
		{"inbound without a name", objs(obj(tnInbound, b("Enabled", "true"), b("RequireTls", "true"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"inbound without Enabled", objs(obj(tnInbound, s("Name", "a"), b("RequireTls", "true"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Enabled", inventory.CodeFieldMissing)}},
		{"inbound Enabled not a Boolean", objs(obj(tnInbound, s("Name", "a"), b("RequireTls", "true"), s("Enabled", "yes"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Enabled", inventory.CodeFieldInvalid)}},
		{"bad connector type", objs(obj(tnInbound, s("Name", "a"), b("RequireTls", "true"), b("Enabled", "true"), enum("ConnectorType", "Internal"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: ConnectorType", inventory.CodeFieldInvalid)}},
		{"bad connector source", objs(obj(tnInbound, s("Name", "a"), b("RequireTls", "true"), b("Enabled", "true"), enum("ConnectorSource", "Wizard"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: ConnectorSource", inventory.CodeFieldInvalid)}},
		{"bad sender domains", objs(obj(tnInbound, s("Name", "a"), b("RequireTls", "true"), b("Enabled", "true"),
			strList("SenderDomains", "smtp:*;1", "X400:c=US;a= ;p=Contoso;1", "smtp:bad domain;1", "smtp:*;0"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: SenderDomains[1]", inventory.CodeFieldInvalid),
				findingtest.E("x.xml: object 1: SenderDomains[2]", inventory.CodeFieldInvalid),
				findingtest.E("x.xml: object 1: SenderDomains[3]", inventory.CodeFieldInvalid)}},
		{"bad sender addresses", objs(obj(tnInbound, s("Name", "a"), b("RequireTls", "true"), b("Enabled", "true"),
			strList("SenderIPAddresses", "192.0.2.1-192.0.2.9", "192.0.2.300", "192.0.2.0/33", "192.0.2.9-192.0.2.1", "192.0.2.1-2001:db8::1", "mail.contoso.com"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: SenderIPAddresses[1]", inventory.CodeFieldInvalid),
				findingtest.E("x.xml: object 1: SenderIPAddresses[2]", inventory.CodeFieldInvalid),
				findingtest.E("x.xml: object 1: SenderIPAddresses[3]", inventory.CodeFieldInvalid),
				findingtest.E("x.xml: object 1: SenderIPAddresses[4]", inventory.CodeFieldInvalid),
				findingtest.E("x.xml: object 1: SenderIPAddresses[5]", inventory.CodeFieldInvalid)}},
		{"sender domains not a list", objs(obj(tnInbound, s("Name", "a"), b("RequireTls", "true"), b("Enabled", "true"), s("SenderDomains", "*"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: SenderDomains", inventory.CodeFieldInvalid)}},
		{"outbound without a name", objs(obj(tnOutbound, b("Enabled", "true"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"bad TLS settings", objs(obj(tnOutbound, s("Name", "a"), b("Enabled", "true"), b("UseMXRecord", "true"), enum("TlsSettings", "Strict"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: TlsSettings", inventory.CodeFieldInvalid)}},
		{"outbound without UseMXRecord", objs(obj(tnOutbound, s("Name", "a"), b("Enabled", "true"), null("UseMXRecord"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: UseMXRecord", inventory.CodeFieldMissing)}},
		{"outbound UseMXRecord not a Boolean", objs(obj(tnOutbound, s("Name", "a"), b("Enabled", "true"), s("UseMXRecord", "no"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: UseMXRecord", inventory.CodeFieldInvalid)}},
		{"on-premises organization without a name", objs(obj(tnOnPrem, s("OrganizationName", "Contoso"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"bad organization GUID", objs(obj(tnOnPrem, s("Name", "a"), s("OrganizationGuid", "not-a-guid"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: OrganizationGuid", inventory.CodeFieldInvalid)}},
		{"organization config without a name", objs(obj(tnOrgConfig, strList("EwsAllowedAppIDs"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"exported without -RetrieveEwsOperationAccessPolicy", objs(obj(tnOrgConfig, s("Name", "t"), b("EwsEnabled", "true"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: EwsAllowedAppIDs", inventory.CodeFieldMissing)}},
		{"EwsEnabled not a Boolean", objs(obj(tnOrgConfig, s("Name", "t"), s("EwsEnabled", "True"), strList("EwsAllowedAppIDs"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: EwsEnabled", inventory.CodeFieldInvalid)}},
		{"bad application access policy", objs(obj(tnOrgConfig, s("Name", "t"), enum("EwsApplicationAccessPolicy", "EnforceNothing"), strList("EwsAllowedAppIDs"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: EwsApplicationAccessPolicy", inventory.CodeFieldInvalid)}},
		{"bad application IDs", objs(obj(tnOrgConfig, s("Name", "t"),
			strList("EwsAllowedAppIDs", "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d, ExchangeServerApp", "{6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: EwsAllowedAppIDs[1]", inventory.CodeFieldInvalid),
				findingtest.E("x.xml: object 1: EwsAllowedAppIDs[2]", inventory.CodeFieldInvalid)}},
		{"application IDs not a list", objs(obj(tnOrgConfig, s("Name", "t"), `<I32 N="EwsAllowedAppIDs">1</I32>`)), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: EwsAllowedAppIDs", inventory.CodeFieldInvalid)}},
		{"blocked IDs, one bad", objs(obj(tnOrgConfig, s("Name", "t"), strList("EwsAllowedAppIDs"), s("EwsBlockedAppIDs", "x"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: EwsBlockedAppIDs[0]", inventory.CodeFieldInvalid)}},
		{"conflict", objs(obj(tnOrgConfig, s("Name", "t"), b("EwsEnabled", "true"), strList("EwsAllowedAppIDs")),
			obj(tnOrgConfig, s("Name", "T"), b("EwsEnabled", "false"), strList("EwsAllowedAppIDs"))), 1,
			[]findingtest.Key{findingtest.W("x.xml: object 2", inventory.CodeConflict)}},
	}, func(inv *inventory.Inventory) int {
		x := inv.Online
		return len(x.InboundConnectors) + len(x.OutboundConnectors) + len(x.OnPremisesOrganizations) + len(x.OrganizationConfigs)
	})
}

// TestOnlineFields checks the values read from small objects where the
// synthetic files do not reach: IDs from a plain string, an enum policy,
// the connector keeping its good sender domains.
func TestOnlineFields(t *testing.T) {
	in := objs(
		obj(tnOrgConfig, s("Name", "t"), b("EwsEnabled", "false"), enum("EwsApplicationAccessPolicy", "enforceallowlist"),
			s("EwsAllowedAppIDs", " 6A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D ,,"), strList("EwsBlockedAppIDs", "d3590ed6-52b3-4102-aeff-aad2292ab01c")),
		obj(tnInbound, s("Name", "a"), b("RequireTls", "true"), b("Enabled", "true"), strList("SenderDomains", "contoso.com", "X400:c=US;a= ;p=Contoso;1")),
	)
	inv, fs := readText(t, inventory.Source{Online: true}, in)
	require.Equal(t, []findingtest.Key{findingtest.E("x.xml: object 2: SenderDomains[1]", inventory.CodeFieldInvalid)}, findingtest.List(fs))
	want := inventory.ExchangeOnline{
		OrganizationConfigs: []inventory.OnlineOrganizationConfig{{Name: "t", EwsEnabled: ptr(false), EwsApplicationAccessPolicy: "EnforceAllowList",
			EwsOperationAccessPolicy: true, EwsAllowedAppIDs: []string{"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"},
			EwsBlockedAppIDs: []string{"d3590ed6-52b3-4102-aeff-aad2292ab01c"}}},
		InboundConnectors: []inventory.InboundConnector{{InboundConnector: transport.InboundConnector{Name: "a", SenderDomains: []string{"contoso.com"}, RequireTLS: true}, Enabled: true}},
	}
	if d := cmp.Diff(want, inv.Online, ignoreOrigin, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestOnlineCmdlets checks that the collection script is told to export
// the Exchange Online side.
func TestOnlineCmdlets(t *testing.T) {
	for _, name := range []string{"Get-InboundConnector", "Get-OutboundConnector", "Get-OnPremisesOrganization",
		"Get-OrganizationConfig -RetrieveEwsOperationAccessPolicy"} {
		require.Contains(t, inventory.Cmdlets(), inventory.Cmdlet{Name: name, Online: true})
	}
}

// TestOnlineRelationships checks that an organization relationship, a
// type both sides write, goes to the side its Source says.
func TestOnlineRelationships(t *testing.T) {
	online, _ := readOnline(t, true, "Synthetic_GetOrganizationRelationship.xml", "synthetic/Synthetic_GetIntraOrganizationConnector.xml")
	onPrem, _ := readOnline(t, false, "Synthetic_GetOrganizationRelationship.xml", "synthetic/Synthetic_GetIntraOrganizationConnector.xml")
	require.NotEmpty(t, online.Online.OrganizationRelationships)
	require.NotEmpty(t, online.Online.IntraOrganizationConnectors)
	require.Empty(t, online.OrganizationRelationships)
	require.Empty(t, online.IntraOrganizationConnectors)
	require.Empty(t, onPrem.Online.OrganizationRelationships)
	require.Empty(t, onPrem.Online.IntraOrganizationConnectors)
	if d := cmp.Diff(onPrem.OrganizationRelationships, online.Online.OrganizationRelationships, ignoreOrigin); d != "" {
		t.Errorf("the same relationships on either side (-on premises +online):\n%s", d)
	}
	if d := cmp.Diff(onPrem.IntraOrganizationConnectors, online.Online.IntraOrganizationConnectors, ignoreOrigin); d != "" {
		t.Errorf("the same connectors on either side (-on premises +online):\n%s", d)
	}
}

// TestOnlineConnectorDefaults checks what an Exchange Online connector
// reads as when an export leaves a Boolean out: the cmdlet's default
// (Enabled, an Inbound connector's RequireTls and an Outbound connector's
// UseMXRecord are $true), with the field-missing finding, never a
// connector that looks switched off, open or routed to smart hosts.
func TestOnlineConnectorDefaults(t *testing.T) {
	inv, fs := readText(t, inventory.Source{Online: true}, objs(
		obj(tnInbound, s("Name", "in"), null("Enabled")),
		obj(tnOutbound, s("Name", "out"), null("UseMXRecord"))))
	want := []findingtest.Key{
		findingtest.E("x.xml: object 1: Enabled", inventory.CodeFieldMissing),
		findingtest.E("x.xml: object 1: RequireTls", inventory.CodeFieldMissing),
		findingtest.E("x.xml: object 2: Enabled", inventory.CodeFieldMissing),
		findingtest.E("x.xml: object 2: UseMXRecord", inventory.CodeFieldMissing),
	}
	if d := findingtest.Diff(want, fs); d != "" {
		t.Errorf("findings (-want +got):\n%s", d)
	}
	require.Len(t, inv.Online.InboundConnectors, 1)
	require.Len(t, inv.Online.OutboundConnectors, 1)
	if in, out := inv.Online.InboundConnectors[0], inv.Online.OutboundConnectors[0]; !in.Enabled || !in.RequireTLS || !out.Enabled || !out.UseMXRecord {
		t.Errorf("inbound Enabled %v and RequireTls %v, outbound Enabled %v and UseMXRecord %v; want the defaults, true",
			in.Enabled, in.RequireTLS, out.Enabled, out.UseMXRecord)
	}
}
