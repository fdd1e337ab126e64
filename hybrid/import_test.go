package hybrid

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/internal/jsontest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// exampleExport is the real export shipped with the repository.
const exampleExport = "../examples/export"

// readExport reads every export of dir into one inventory, naming the
// server of an ExSetup_SERVER.xml file as exhybrid import does.
func readExport(t testing.TB, dir string) *inventory.Inventory {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var inv inventory.Inventory
	for _, e := range entries {
		if filepath.Ext(e.Name()) != ".xml" {
			continue
		}
		f, err := os.Open(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		src := inventory.Source{Name: e.Name()}
		if rest, ok := strings.CutPrefix(e.Name(), "ExSetup_"); ok {
			src.Server = strings.TrimSuffix(rest, ".xml")
		}
		_, err = inv.Read(src, f)
		f.Close()
		require.NoError(t, err, e.Name())
	}
	return &inv
}

// TestFromInventoryExample builds the organization of the shipped export
// and compares it with testdata/import/example.json (-update rewrites it).
func TestFromInventoryExample(t *testing.T) {
	inv := readExport(t, exampleExport)
	org, fs := FromInventory(inv)
	require.Same(t, inv, org.Observed)
	org.Observed = nil
	const file = "testdata/import/example.json"
	if *update {
		data, err := json.MarshalIndent(org, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
		require.NoError(t, os.WriteFile(file, append(data, '\n'), 0o644))
	}
	if d := cmp.Diff(loadOrg(t, file), org); d != "" {
		t.Errorf("organization (-want +got):\n%s", d)
	}
	want := notObserved(
		"certificate", // GeoTrust's mail.contoso.com was not exported
		"cloud",       // taken as Worldwide from the Send connector's smart host, and said so
		"mx", "namespaces.autodiscover",
		"namespaces.ews", // its virtual directory has no ExternalUrl
		"namespaces.owa", "sites", "tenant", "type",
	)
	if d := findingtest.DiffInOrder(want, fs); d != "" {
		t.Errorf("findings (-want +got):\n%s", d)
	}
}

// notObserved are the findings that the values at paths were not
// observed.
func notObserved(paths ...exhybrid.Path) []findingtest.Key {
	keys := make([]findingtest.Key, len(paths))
	for i, p := range paths {
		keys[i] = findingtest.I(p, CodeNotObserved)
	}
	return keys
}

// notObservedAlways are the values no on-premises export holds, and the
// web namespaces, which the example's virtual directories do not set.
var notObservedAlways = notObserved("mx", "namespaces.autodiscover", "namespaces.ews", "namespaces.owa", "type")

func TestFromInventoryRules(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*inventory.Inventory)
		check func(t *testing.T, org Organization)
		want  []findingtest.Key // besides notObservedAlways
		// notAlways are the findings of notObservedAlways the case has not.
		notAlways []findingtest.Key
	}{{
		name:  "nothing exported",
		edit:  func(inv *inventory.Inventory) { *inv = inventory.Inventory{} },
		check: func(t *testing.T, org Organization) { require.Empty(t, org.Servers) },
		want:  notObserved("cloud", "hybridApp", "hybridDomains", "name", "servers", "tenant"),
	}, {
		name: "nothing but an empty GetSettingOverride.xml: no override, known",
		edit: func(inv *inventory.Inventory) {
			*inv = inventory.Inventory{}
			if _, err := inv.Read(inventory.Source{Name: "GetSettingOverride.xml"}, strings.NewReader(emptyExport)); err != nil {
				panic(err) // the edit has no testing.T of its own
			}
		},
		check: func(t *testing.T, org Organization) { require.Equal(t, HybridApp{}, org.HybridApp) },
		want:  notObserved("cloud", "hybridDomains", "name", "servers", "tenant"),
	}, {
		name: "the tenant from the coexistence domain, 21Vianet",
		edit: func(inv *inventory.Inventory) {
			inv.AcceptedDomains = append(inv.AcceptedDomains, inventory.AcceptedDomain{Name: "coex", DomainName: "Fabrikam.mail.onmicrosoft.com", Type: "Authoritative"})
			inv.HybridConfigurations[0].ServiceInstance = 1
		},
		check: func(t *testing.T, org Organization) {
			require.Equal(t, exhybrid.Tenant("fabrikam.onmicrosoft.com"), org.Tenant)
			require.Equal(t, exhybrid.Cloud21Vianet, org.Cloud)
		},
		want: notObserved("certificate", "sites"),
	}, {
		name: "the tenant from a send connector's address space",
		edit: func(inv *inventory.Inventory) {
			c := &inv.SendConnectors[0]
			c.AddressSpaces = append(c.AddressSpaces, c.AddressSpaces[0])
			c.AddressSpaces[len(c.AddressSpaces)-1].Address = "contoso.mail.onmicrosoft.com"
		},
		check: func(t *testing.T, org Organization) {
			require.Equal(t, exhybrid.Tenant("contoso.onmicrosoft.com"), org.Tenant)
		},
		want: notObserved("certificate", "cloud", "sites"),
	}, {
		name: "two tenants: none chosen",
		edit: func(inv *inventory.Inventory) {
			inv.AcceptedDomains = append(inv.AcceptedDomains,
				inventory.AcceptedDomain{Name: "a", DomainName: "a.mail.onmicrosoft.com", Type: "Authoritative"},
				inventory.AcceptedDomain{Name: "b", DomainName: "b.mail.onmicrosoft.com", Type: "Authoritative"})
		},
		check: func(t *testing.T, org Organization) { require.Empty(t, org.Tenant) },
		want:  notObserved("certificate", "cloud", "sites", "tenant"),
	}, {
		name: "an unknown feature, the certificate not exported",
		edit: func(inv *inventory.Inventory) {
			h := &inv.HybridConfigurations[0]
			h.Features = append(h.Features, "Teleport")
			inv.Certificates = nil
		},
		check: func(t *testing.T, org Organization) {
			require.Empty(t, org.Certificate.Names)
			require.Equal(t, "CN=mail.contoso.com", org.Certificate.Subject)
			require.True(t, org.Features.Has(FeaturePhotos))
		},
		want: append(notObserved("certificate", "cloud", "sites", "tenant"),
			findingtest.E("GetHybridConfiguration.xml: object 1: Features[8]", inventory.CodeFieldInvalid)),
	}, {
		name: "Exchange Online exported: the tenant from its OrganizationConfig",
		edit: func(inv *inventory.Inventory) {
			inv.Online.OrganizationConfigs = []inventory.OnlineOrganizationConfig{{Name: "Contoso.onmicrosoft.com"}}
		},
		check: func(t *testing.T, org Organization) {
			require.Equal(t, exhybrid.Tenant("contoso.onmicrosoft.com"), org.Tenant)
		},
		want: notObserved("certificate", "cloud", "sites"),
	}, {
		name: "no HybridConfiguration: the hybrid domains of Exchange Online's OnPremisesOrganization",
		edit: func(inv *inventory.Inventory) {
			inv.HybridConfigurations = nil
			inv.Online.OnPremisesOrganizations = []inventory.OnPremisesOrganization{{Name: "3f2c9a1e-6b7d-4e55-9c1a-2d8e4f6a7b90",
				HybridDomains: []string{"contoso.com", "fabrikam.com"}}}
		},
		check: func(t *testing.T, org Organization) {
			require.Equal(t, []string{"contoso.com", "fabrikam.com"}, org.HybridDomains)
			require.True(t, org.Features.IsEmpty())
		},
		want: notObserved("cloud", "features", "sites", "tenant"),
	}, {
		name: "the web namespaces from the virtual directories' ExternalUrl; two hosts for OWA",
		edit: func(inv *inventory.Inventory) {
			inv.WebServicesVirtualDirectories[0].ExternalURL = "https://Mail.Contoso.com/EWS/Exchange.asmx"
			inv.OwaVirtualDirectories[0].ExternalURL = "https://mail.contoso.com/owa"
			inv.OwaVirtualDirectories = append(inv.OwaVirtualDirectories, inv.OwaVirtualDirectories[0])
			inv.OwaVirtualDirectories[1].ExternalURL = "https://webmail.contoso.com/owa"
		},
		check: func(t *testing.T, org Organization) {
			require.Equal(t, "mail.contoso.com", org.Namespaces.EWS)
			require.Empty(t, org.Namespaces.OWA)
		},
		want:      notObserved("certificate", "cloud", "sites", "tenant"),
		notAlways: notObserved("namespaces.ews"),
	}, {
		name: "the dedicated hybrid app: its override enabled and its ID on the AzureAD authorization server",
		edit: func(inv *inventory.Inventory) { addHybridApp(inv, "Enabled=True") },
		check: func(t *testing.T, org Organization) {
			require.Equal(t, HybridApp{Configured: true, AppID: "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}, org.HybridApp)
		},
		want: notObserved("certificate", "cloud", "sites", "tenant"),
	}, {
		name: "the dedicated hybrid app's override disabled: its ID only",
		edit: func(inv *inventory.Inventory) { addHybridApp(inv, "Enabled=false") },
		check: func(t *testing.T, org Organization) {
			require.Equal(t, HybridApp{AppID: "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}, org.HybridApp)
		},
		want: notObserved("certificate", "cloud", "sites", "tenant"),
	}, {
		name:  "an Edge Transport server",
		edit:  func(inv *inventory.Inventory) { inv.Servers[0].Edge = true },
		check: func(t *testing.T, org Organization) { require.True(t, org.Servers[0].Perimeter) },
		want:  notObserved("certificate", "cloud", "servers", "sites", "tenant"),
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv := readExport(t, exampleExport)
			tt.edit(inv)
			org, fs := FromInventory(inv)
			tt.check(t, org)
			want := append(slices.Clone(notObservedAlways), tt.want...)
			if tt.notAlways != nil {
				want = slices.DeleteFunc(want, func(k findingtest.Key) bool { return slices.Contains(tt.notAlways, k) })
			}
			if d := findingtest.Diff(want, fs); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}

// TestFromInventoryJSON checks that the organization file exhybrid import
// writes, observed objects included, reads back as it was.
func TestFromInventoryJSON(t *testing.T) {
	org, _ := FromInventory(readExport(t, exampleExport))
	jsontest.RoundTrip(t, "imported organization", org)
}

// addHybridApp adds the dedicated hybrid app's authorization server and
// its setting override, with the parameter enabled, to inv.
func addHybridApp(inv *inventory.Inventory, enabled string) {
	inv.AuthServers = append(inv.AuthServers, inventory.AuthServer{AuthServer: federation.AuthServer{
		Name: "EvoSts - 1e2d3c4b", Type: federation.AuthServerAzureAD, Enabled: true,
		ApplicationIdentifier: "6A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"}})
	inv.SettingOverrides = append(inv.SettingOverrides, inventory.SettingOverride{SettingOverride: federation.SettingOverride{
		Name: "EnableExchangeHybrid3PAppFeature", ComponentName: "Global", SectionName: "ExchangeOnpremAsThirdPartyAppId",
		Parameters: []federation.OverrideParameter{{Name: "Enabled", Value: strings.TrimPrefix(enabled, "Enabled=")}}}})
}

// TestFromInventoryNil checks that a nil inventory reads as an empty one.
func TestFromInventoryNil(t *testing.T) {
	org, fs := FromInventory(nil)
	empty, want := FromInventory(&inventory.Inventory{})
	require.Equal(t, empty, org)
	require.Equal(t, findingtest.List(want), findingtest.List(fs))
}

// TestRecordedFullHybrid checks that an organization whose type is not set
// but whose exports record a full hybrid is judged by the rules of every
// full hybrid: on the shipped export, the dedicated app's build rule and
// the EWS retirement, which need a hybrid with organization relationships.
func TestRecordedFullHybrid(t *testing.T) {
	on := day
	tests := []struct {
		name string
		edit func(*Organization)
		want bool
	}{
		{"as imported", nil, true},
		{"nothing observed", func(o *Organization) { o.Observed = nil }, false},
		{"moves only: a minimal hybrid", func(o *Organization) { o.Features = Features(FeatureMoveMailbox) }, false},
	}
	for _, tt := range tests {
		org, _ := FromInventory(readExport(t, exampleExport))
		if tt.edit != nil {
			tt.edit(&org)
		}
		keys := findingtest.List(Validate(org, on))
		for _, k := range []findingtest.Key{
			findingtest.E("servers[0].build", CodeHybridAppBuild),
			findingtest.W("hybridApp", CodeEWSRetirement),
		} {
			require.Equal(t, tt.want, slices.Contains(keys, k), "%s: %v", tt.name, k)
		}
	}
}

// TestUnknownHybridServersOnly checks that hybrid servers named but not
// found are one finding, not also "no server can be a hybrid server".
func TestUnknownHybridServersOnly(t *testing.T) {
	org, _ := FromInventory(readExport(t, exampleExport))
	keys := findingtest.List(Validate(org, day))
	require.Contains(t, keys, findingtest.E("hybridServers[0]", CodeHybridServerUnknown))
	require.NotContains(t, keys, findingtest.E("hybridServers", CodeNoHybridServer))
	org.HybridServers = nil // SOLO-E19A, a 2019 Mailbox server, is then chosen
	require.NotContains(t, findingtest.List(Validate(org, day)), findingtest.E("hybridServers", CodeNoHybridServer))
}

// TestCloudFromSmartHosts checks the cloud FromInventory takes for
// ServiceInstance 0 from where the Send connectors deliver: Worldwide for
// the worldwide cloud's EOP hosts (any case, a trailing dot), unknown for
// the U.S. government clouds' (GCC High and DoD share them) or none.
func TestCloudFromSmartHosts(t *testing.T) {
	tests := []struct {
		smartHosts []string
		want       exhybrid.Cloud
	}{
		{[]string{"contoso-com.mail.protection.outlook.com"}, exhybrid.CloudWorldwide},
		{[]string{"relay.contoso.com", "Contoso-Com.Mail.Protection.Outlook.Com."}, exhybrid.CloudWorldwide},
		{[]string{"contoso-com.mail.protection.office365.us"}, exhybrid.CloudUnknown},
		{[]string{"mail.protection.outlook.com.evil.example"}, exhybrid.CloudUnknown},
		{nil, exhybrid.CloudUnknown},
	}
	for _, tt := range tests {
		inv := &inventory.Inventory{
			HybridConfigurations: []inventory.HybridConfiguration{{}},
			SendConnectors:       []inventory.SendConnector{{SendConnector: transport.SendConnector{Name: "to EOP", SmartHosts: tt.smartHosts}}},
		}
		org, fs := FromInventory(inv)
		if org.Cloud != tt.want || !slices.ContainsFunc(fs, func(f exhybrid.Finding) bool { return f.Path == "cloud" && f.Code == CodeNotObserved }) {
			t.Errorf("%v: cloud %v, want %v, with the note at cloud", tt.smartHosts, org.Cloud, tt.want)
		}
	}
}
