package inventory_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestHybridConfiguration(t *testing.T) {
	tlsName, err := transport.ParseCertificateName("<I>CN=GeoTrust TLS RSA CA G1, OU=www.digicert.com, O=DigiCert Inc, C=US<S>CN=mail.contoso.com")
	require.NoError(t, err)
	// withDomains is E19's HybridConfiguration as exported, with the
	// domains given.
	withDomains := func(domains ...inventory.HybridDomain) []inventory.HybridConfiguration {
		return []inventory.HybridConfiguration{{
			Domains:                   domains,
			OnPremisesSmartHost:       "mail.contoso.com",
			SendingTransportServers:   []string{"ex-02"},
			ReceivingTransportServers: []string{"ex-02"},
			Features:                  []string{"FreeBusy", "MoveMailbox", "Mailtips", "MessageTracking", "OwaRedirection", "OnlineArchive", "SecureMail", "Photos"},
			TLSCertificateName:        tlsName,
		}}
	}
	tests := []struct {
		name     string
		edit     func(string) string // applied to E19/GetHybridConfiguration.xml
		want     []inventory.HybridConfiguration
		findings []findingtest.Key
	}{{
		name: "E19 as exported",
		want: withDomains(inventory.HybridDomain{Domain: "contoso.com"}),
	}, {
		name: "the Autodiscover domain",
		edit: replace(`<ToString>contoso.com</ToString>`, `<ToString>autod:contoso.com</ToString>`),
		want: withDomains(inventory.HybridDomain{Domain: "contoso.com", AutoDiscover: true}),
	}, {
		name: "a domain that is not one, a service instance out of range",
		edit: func(s string) string {
			s = replace(`<ToString>contoso.com</ToString>`, `<ToString>autod:</ToString>`)(s)
			return replace(`<I32 N="ServiceInstance">0</I32>`, `<I32 N="ServiceInstance">7</I32>`)(s)
		},
		want: withDomains(),
		findings: []findingtest.Key{
			findingtest.E("x.xml: object 1: Domains[0]", inventory.CodeFieldInvalid),
			findingtest.E("x.xml: object 1: ServiceInstance", inventory.CodeFieldInvalid),
		},
	}}
	data, err := os.ReadFile(filepath.Join("testdata", "E19/GetHybridConfiguration.xml"))
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := string(data)
			if tt.edit != nil {
				text = tt.edit(text)
				require.NotEqual(t, string(data), text, "the edit changed nothing")
			}
			inv, fs := readText(t, inventory.Source{}, text)
			if d := cmp.Diff(tt.want, inv.HybridConfigurations, ignoreOrigin); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			if d := findingtest.Diff(tt.findings, fs); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}

func TestOrganizationConfig(t *testing.T) {
	for _, f := range []string{"E19/GetOrganizationConfig.xml", "E15/GetOrganizationConfig.xml"} {
		inv, keys := read(t, file{f, ""})
		want := []inventory.OrganizationConfig{{Name: "SoloORG"}}
		if d := cmp.Diff(want, inv.OrganizationConfigs, ignoreOrigin); d != "" {
			t.Errorf("%s (-want +got):\n%s", f, d)
		}
		require.Empty(t, keys, f)
	}
	// The same organization exported at two times, with the same values:
	// one entry, no conflict.
	inv, keys := read(t, file{"E19/GetOrganizationConfig.xml", ""}, file{"E15/GetOrganizationConfig.xml", ""})
	require.Empty(t, keys)
	require.Len(t, inv.OrganizationConfigs, 1)
}
