package inventory_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestSendConnectors(t *testing.T) {
	mailToO365 := transport.SendConnector{
		Name:                     "Mail to O365",
		AddressSpaces:            []transport.AddressSpace{{Type: "SMTP", Address: "*", Cost: 1}},
		SourceTransportServers:   []string{"WIN-CTD3L0RGEN4"},
		SmartHosts:               []string{"microsoft-com.mail.protection.outlook.com"},
		TLSCertificateName:       transport.CertificateName{Issuer: "CN=localhost", Subject: "CN=localhost"},
		CloudServicesMailEnabled: true,
	}
	relay := transport.SendConnector{
		Name: "My company to Office 365",
		// Written "smtp:*;1": the type is matched without case.
		AddressSpaces:            []transport.AddressSpace{{Type: "SMTP", Address: "*", Cost: 1}},
		SourceTransportServers:   []string{"WIN-CTD3L0RGEN4"},
		SmartHosts:               []string{"ThisTenantDoesntExists-com.mail.protection.outlook.com"},
		RequireTLS:               true,
		TLSAuthLevel:             transport.TLSAuthCertificateValidation,
		FQDN:                     "mail.contoso.com",
		CloudServicesMailEnabled: true,
	}
	tests := []struct {
		name  string
		files []file
		want  []transport.SendConnector
	}{
		{"E19", []file{{"E19/GetSendConnector.xml", ""}}, []transport.SendConnector{mailToO365}},
		{"relay to M365", []file{{"unit/GetSendConnectorConfiguredToRelayToM365.xml", ""}}, []transport.SendConnector{relay}},
		{"merged", []file{{"unit/GetSendConnectorConfiguredToRelayToM365.xml", ""}, {"E19/GetSendConnector.xml", ""}, {"E19/GetSendConnector.xml", ""}},
			[]transport.SendConnector{mailToO365, relay}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, keys := read(t, tt.files...)
			var got []transport.SendConnector
			for _, c := range inv.SendConnectors {
				got = append(got, c.SendConnector)
				if !c.Enabled {
					t.Errorf("%s: Enabled false, true in the export", c.Name)
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			if len(keys) != 0 {
				t.Errorf("findings: %v", keys)
			}
		})
	}
}

func TestReceiveConnectors(t *testing.T) {
	const server = "WIN-CTD3L0RGEN4"
	frontend := func(name string) transport.ReceiveConnector {
		return transport.ReceiveConnector{Server: server, Name: name, TransportRole: transport.TransportRoleFrontend}
	}
	hub := func(name string) transport.ReceiveConnector {
		return transport.ReceiveConnector{Server: server, Name: name, TransportRole: transport.TransportRoleHub}
	}
	defaultFrontend := frontend("Default Frontend WIN-CTD3L0RGEN4")
	defaultFrontend.TLSCertificateName = transport.CertificateName{Issuer: "CN=WIN-CTD3L0RGEN4", Subject: "CN=WIN-CTD3L0RGEN4"}
	defaultFrontend.TLSDomainCapabilities = []transport.TLSDomainCapability{{Domain: "fabrikam.com", Capabilities: transport.CapabilitiesOf(transport.CapabilityAcceptCloudServicesMail)}}
	all := []transport.ReceiveConnector{
		frontend("Client Frontend WIN-CTD3L0RGEN4"),
		hub("Client Proxy WIN-CTD3L0RGEN4"),
		defaultFrontend,
		hub("Default WIN-CTD3L0RGEN4"),
		frontend("Outbound Proxy Frontend WIN-CTD3L0RGEN4"),
	}
	noCert := append([]transport.ReceiveConnector(nil), all...)
	noCert[2].TLSCertificateName = transport.CertificateName{}

	tests := []struct {
		name     string
		files    []file
		want     []transport.ReceiveConnector
		findings []findingtest.Key
	}{
		{"unit", []file{{"unit/GetReceiveConnector.xml", ""}}, all, nil},
		{"empty TlsCertificateName", []file{{"unit/GetReceiveConnectorEmptyTlsCertificateName.xml", ""}}, noCert, nil},
		// The two exports differ in Default Frontend's certificate: the
		// first read is kept, the other is a conflict.
		{"conflict", []file{{"unit/GetReceiveConnector.xml", ""}, {"unit/GetReceiveConnectorEmptyTlsCertificateName.xml", ""}}, all,
			[]findingtest.Key{findingtest.W("unit/GetReceiveConnectorEmptyTlsCertificateName.xml: object 3", inventory.CodeConflict)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, keys := read(t, tt.files...)
			var got []transport.ReceiveConnector
			for _, c := range inv.ReceiveConnectors {
				got = append(got, c.ReceiveConnector)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.findings, keys, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}
