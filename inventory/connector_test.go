package inventory_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
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
	tests := []fileCase[transport.SendConnector]{
		{"E19", []file{{"E19/GetSendConnector.xml", ""}}, []transport.SendConnector{mailToO365}, nil},
		{"relay to M365", []file{{"unit/GetSendConnectorConfiguredToRelayToM365.xml", ""}}, []transport.SendConnector{relay}, nil},
		{"merged", []file{{"unit/GetSendConnectorConfiguredToRelayToM365.xml", ""}, {"E19/GetSendConnector.xml", ""}, {"E19/GetSendConnector.xml", ""}},
			[]transport.SendConnector{mailToO365, relay}, nil},
	}
	testFiles(t, tests, func(t *testing.T, inv *inventory.Inventory) []transport.SendConnector {
		var got []transport.SendConnector
		for _, c := range inv.SendConnectors {
			got = append(got, c.SendConnector)
			if !c.Enabled {
				t.Errorf("%s: Enabled false, true in the export", c.Name)
			}
		}
		return got
	})
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

	tests := []fileCase[transport.ReceiveConnector]{
		{"unit", []file{{"unit/GetReceiveConnector.xml", ""}}, all, nil},
		{"empty TlsCertificateName", []file{{"unit/GetReceiveConnectorEmptyTlsCertificateName.xml", ""}}, noCert, nil},
		// The two exports differ in Default Frontend's certificate: the
		// first read is kept, the other is a conflict.
		{"conflict", []file{{"unit/GetReceiveConnector.xml", ""}, {"unit/GetReceiveConnectorEmptyTlsCertificateName.xml", ""}}, all,
			[]findingtest.Key{findingtest.W("unit/GetReceiveConnectorEmptyTlsCertificateName.xml: object 3", inventory.CodeConflict)}},
	}
	testFiles(t, tests, func(_ *testing.T, inv *inventory.Inventory) []transport.ReceiveConnector {
		var got []transport.ReceiveConnector
		for _, c := range inv.ReceiveConnectors {
			got = append(got, c.ReceiveConnector)
		}
		return got
	})
}
