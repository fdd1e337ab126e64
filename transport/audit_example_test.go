package transport_test

import (
	"fmt"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
)

// Audit an existing Send connector that routes by DNS to the tenant's
// coexistence domain, as the wizard creates it, but without
// CloudServicesMailEnabled and with a certificate that no server has. The
// findings name the connector as the export does.
func ExampleAuditConnectors() {
	send := transport.SendConnector{
		Name:                   "Outbound to Office 365",
		AddressSpaces:          []transport.AddressSpace{transport.MustParseAddressSpace("SMTP:contoso.mail.onmicrosoft.com;1")},
		DNSRoutingEnabled:      true,
		RequireTLS:             true,
		TLSAuthLevel:           transport.TLSAuthDomainValidation,
		TLSDomain:              "mail.protection.outlook.com",
		TLSCertificateName:     transport.MustParseCertificateName("<I>CN=Contoso CA<S>CN=mail.contoso.com"),
		SourceTransportServers: []string{"EX01"},
	}
	fmt.Println(send.ToExchangeOnline())
	fs := transport.AuditConnectors(transport.Existing{Send: []transport.SendConnector{send}}, transport.AuditParams{
		Tenant:       "contoso.onmicrosoft.com",
		Cloud:        exhybrid.CloudWorldwide,
		Certificates: []transport.CertificateName{transport.MustParseCertificateName("<I>CN=EX01<S>CN=EX01")},
		Servers:      []roles.Server{{Name: "EX01", Roles: roles.Of(roles.RoleMailbox)}},
		SendPath:     func(int) exhybrid.Path { return "GetSendConnector.xml: Outbound to Office 365" },
	})
	for _, f := range fs {
		fmt.Println(f.Path, f.Code)
	}
	// Output:
	// true
	// GetSendConnector.xml: Outbound to Office 365: CloudServicesMailEnabled transport/cloud-services-mail-disabled
	// GetSendConnector.xml: Outbound to Office 365: TlsCertificateName transport/certificate-not-found
}
