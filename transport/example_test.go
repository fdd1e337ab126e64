package transport_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

func ExampleHybridConnectors() {
	params := transport.Params{
		Tenant: "contoso.onmicrosoft.com",
		Certificate: transport.TLSCertificate{
			Name:     transport.MustParseCertificateName("<I>CN=Contoso Issuing CA, O=Contoso<S>CN=mail.contoso.com, O=Contoso"),
			DNSNames: []string{"mail.contoso.com", "autodiscover.contoso.com"},
		},
		Servers: []roles.Server{
			{Name: "EX01", Build: version.MustParseBuild("15.2.1544.4"), Roles: roles.Of(roles.RoleMailbox)},
			{Name: "EX02", Build: version.MustParseBuild("15.2.1544.4"), Roles: roles.Of(roles.RoleMailbox)},
		},
		SendingServers:      []string{"EX01", "EX02"},
		ReceivingServers:    []string{"EX01", "EX02"},
		Domains:             []string{"contoso.com"},
		OnPremisesSmartHost: "mail.contoso.com",
		// The cloud must be given; the other options keep their defaults:
		// DNS routing, DomainValidation, the documented connector names.
		Options: transport.Options{
			Cloud: exhybrid.CloudWorldwide,
			ID:    "2f5a8d6c-3b1e-4c7a-9d2f-6e8b1a0c4d37",
		},
	}
	set, findings := transport.HybridConnectors(params)
	fmt.Printf("findings: %d\n", len(findings))

	s := set.Send
	fmt.Printf("Send %q: %s, DNS routing %t, %s %s, from %s\n", s.Name, s.AddressSpaces[0], s.DNSRoutingEnabled, s.TLSAuthLevel, s.TLSDomain, strings.Join(s.SourceTransportServers, ", "))
	for _, r := range set.Receive {
		fmt.Printf("Receive %q: %s\n", r.Name, r.TLSDomainCapabilities[0])
	}
	fmt.Printf("Inbound %q: %s, TLS sender %s\n", set.Inbound.Name, set.Inbound.ConnectorType, set.Inbound.TLSSenderCertificateName)
	o := set.Outbound
	fmt.Printf("Outbound %q: %s to %s, %s %s, centralized %t\n", o.Name, strings.Join(o.RecipientDomains, ", "), o.SmartHosts[0], o.TLSSettings, o.TLSDomain, o.RouteAllMessagesViaOnPremises)

	fmt.Printf("valid: %t\n", len(transport.ValidateConnectors(set, params)) == 0)
	// Output:
	// findings: 0
	// Send "Outbound to Office 365": SMTP:contoso.mail.onmicrosoft.com;1, DNS routing true, DomainValidation mail.protection.outlook.com, from EX01, EX02
	// Receive "Default Frontend EX01": mail.protection.outlook.com:AcceptCloudServicesMail
	// Receive "Default Frontend EX02": mail.protection.outlook.com:AcceptCloudServicesMail
	// Inbound "Inbound from 2f5a8d6c-3b1e-4c7a-9d2f-6e8b1a0c4d37": OnPremises, TLS sender mail.contoso.com
	// Outbound "Outbound from 2f5a8d6c-3b1e-4c7a-9d2f-6e8b1a0c4d37": contoso.com to mail.contoso.com, DomainValidation mail.contoso.com, centralized false
	// valid: true
}

func ExampleValidateConnectors() {
	params := params2019()
	set, _ := transport.HybridConnectors(params)

	// The certificate was renewed by a new issuing CA and the wizard was not
	// run again: the connectors still name the old certificate.
	params.Certificate.Name.Issuer = "CN=Contoso Issuing CA 2, O=Contoso, C=US"
	set.Send.CloudServicesMailEnabled = false

	findings := transport.ValidateConnectors(set, params)
	findings.Sort()
	for _, f := range findings {
		fmt.Println(f.Path, f.Code)
	}
	fmt.Println(errors.Is(findings.Err(), transport.CodeCertificateMismatch))
	// Output:
	// receive[0].tlsCertificateName transport/certificate-mismatch
	// receive[1].tlsCertificateName transport/certificate-mismatch
	// send.cloudServicesMailEnabled transport/cloud-services-mail-disabled
	// send.tlsCertificateName transport/certificate-mismatch
	// true
}

func ExampleRoute() {
	// An Exchange 2007 organization with Exchange 2013 hybrid servers: the
	// 2013 Mailbox server sends to Exchange Online, the 2013 Client Access
	// server receives from it. The MX record stays on premises.
	b2007, b2013 := version.MustParseBuild("8.3.348.2"), version.MustParseBuild("15.0.1497.2")
	topo := transport.Topology{
		Servers: []roles.Server{
			{Name: "EX07MBX", Site: "HQ", Build: b2007, Roles: roles.Of(roles.RoleMailbox)},
			{Name: "HUB07", Site: "HQ", Build: b2007, Roles: roles.Of(roles.RoleHubTransport, roles.RoleClientAccess)},
			{Name: "EX13MBX", Site: "HQ", Build: b2013, Roles: roles.Of(roles.RoleMailbox)},
			{Name: "EX13CAS", Site: "HQ", Build: b2013, Roles: roles.Of(roles.RoleClientAccess)},
		},
		MX:               transport.MXOnPremises,
		Centralized:      true,
		SendingServers:   []string{"EX13MBX"},
		ReceivingServers: []string{"EX13CAS"},
		MailboxServer:    "EX07MBX",
	}
	for _, r := range []struct{ from, to transport.Endpoint }{
		{transport.EndpointInternet, transport.EndpointCloudMailbox},
		{transport.EndpointCloudMailbox, transport.EndpointOnPremisesMailbox},
		{transport.EndpointCloudMailbox, transport.EndpointInternet},
		{transport.EndpointOnPremisesMailbox, transport.EndpointInternet},
	} {
		hops, err := transport.Route(topo, r.from, r.to)
		if err != nil {
			fmt.Println(err)
			continue
		}
		names := make([]string, len(hops))
		for i, h := range hops {
			names[i] = h.String()
		}
		fmt.Printf("%s to %s:\n  %s\n", r.from, r.to, strings.Join(names, "\n  "))
	}
	_, err := transport.Route(topo, transport.EndpointInternet, transport.EndpointInternet)
	fmt.Println(errors.Is(err, transport.ErrNoRoute))
	// Output:
	// Internet to CloudMailbox:
	//   Internet
	//   Exchange Server 2007 Hub Transport (HUB07)
	//   Exchange Server 2013 Mailbox (EX13MBX)
	//   Exchange Online Protection
	//   Exchange Online
	// CloudMailbox to OnPremisesMailbox:
	//   Exchange Online
	//   Exchange Online Protection
	//   Exchange Server 2013 Client Access (EX13CAS)
	//   Exchange Server 2013 Mailbox (EX13MBX)
	//   Exchange Server 2007 Hub Transport (HUB07)
	//   Exchange Server 2007 Mailbox (EX07MBX)
	// CloudMailbox to Internet:
	//   Exchange Online
	//   Exchange Online Protection
	//   Exchange Server 2013 Client Access (EX13CAS)
	//   Exchange Server 2013 Mailbox (EX13MBX)
	//   Exchange Server 2007 Hub Transport (HUB07)
	//   Internet
	// OnPremisesMailbox to Internet:
	//   Exchange Server 2007 Mailbox (EX07MBX)
	//   Exchange Server 2007 Hub Transport (HUB07)
	//   Internet
	// true
}

func ExampleParseCertificateName() {
	c, err := transport.ParseCertificateName("<I>CN=Contoso Issuing CA, O=Contoso<S>CN=mail.contoso.com, O=Contoso")
	fmt.Println(c.Issuer, "|", c.Subject, err)
	cn, _ := c.CommonName()
	fmt.Println(cn)

	_, err = transport.ParseCertificateName("CN=mail.contoso.com")
	fmt.Println(errors.Is(err, transport.ErrCertificateName))
	fmt.Println(err)
	// Output:
	// CN=Contoso Issuing CA, O=Contoso | CN=mail.contoso.com, O=Contoso <nil>
	// mail.contoso.com
	// true
	// transport.ParseCertificateName("CN=mail.contoso.com"): does not start with "<I>"
}

func ExampleParseAddressSpace() {
	a, _ := transport.ParseAddressSpace("smtp:contoso.mail.onmicrosoft.com;1")
	fmt.Println(a, a.Covers("contoso.mail.onmicrosoft.com"))
	b, _ := transport.ParseAddressSpace("*.contoso.com")
	fmt.Println(b, b.Covers("sales.contoso.com"))
	// Output:
	// SMTP:contoso.mail.onmicrosoft.com;1 true
	// SMTP:*.contoso.com;1 true
}
