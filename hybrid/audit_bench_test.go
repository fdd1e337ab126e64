package hybrid

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
)

// observedOrganization is largeOrganization(n) with the exports such an
// organization gives, as package inventory reads them: per server its
// Get-ExchangeServer object, its self-signed certificate and the five
// Receive connectors of a 2016 or later Mailbox server, the hybrid servers'
// Default Frontend accepting mail from Exchange Online; and for the
// organization the hybrid and Auth certificates, the accepted domains, the
// HybridConfiguration, an Internet Send connector and the wizard's Send
// connector to Exchange Online. Every 7th server's certificate is within 60
// days of its end on the benchmarks' day, so the rules report too.
func observedOrganization(tb testing.TB, n int) Organization {
	org := largeOrganization(tb, n)
	inv := &inventory.Inventory{}
	from := func(file string, i int) inventory.Origin { return inventory.Origin{File: file, Object: i + 1} }
	hybridName := transport.CertificateName{Issuer: org.Certificate.Issuer, Subject: org.Certificate.Subject}
	notAfter := time.Date(day.Year, day.Month, day.Day, 0, 0, 0, 0, time.UTC)
	for i, s := range org.Servers {
		inv.Servers = append(inv.Servers, inventory.Server{Name: s.Name, FQDN: s.FQDN, Site: s.Site,
			AdminDisplayVersion: s.Build, Roles: s.Roles, From: from("GetExchangeServer.xml", i)})
		end := notAfter.AddDate(2, 0, 0)
		if i%7 == 0 {
			end = notAfter.AddDate(0, 0, 20+i%40)
		}
		inv.Certificates = append(inv.Certificates, inventory.Certificate{
			Thumbprint: fmt.Sprintf("%040X", i+1), Subject: "CN=" + s.Name, Issuer: "CN=" + s.Name,
			DNSNames: []string{s.Name, s.FQDN}, NotBefore: end.AddDate(-5, 0, 0), NotAfter: end, From: from("GetExchangeCertificate.xml", i),
		})
		for k, name := range []string{"Default ", "Client Proxy ", "Default Frontend ", "Outbound Proxy Frontend ", "Client Frontend "} {
			rc := transport.ReceiveConnector{Server: s.Name, Name: name + s.Name, TransportRole: transport.TransportRoleFrontend}
			if k == 2 && i%10 == 0 {
				rc.TLSDomainCapabilities = []transport.TLSDomainCapability{transport.MustParseTLSDomainCapability("mail.protection.outlook.com:AcceptCloudServicesMail")}
				rc.TLSCertificateName = hybridName
			}
			inv.ReceiveConnectors = append(inv.ReceiveConnectors, inventory.ReceiveConnector{ReceiveConnector: rc, Enabled: true, From: from("GetReceiveConnector.xml", 5*i+k)})
		}
	}
	inv.Certificates = append(inv.Certificates,
		inventory.Certificate{Thumbprint: strings.Repeat("A", 40), Subject: org.Certificate.Subject, Issuer: org.Certificate.Issuer,
			DNSNames: org.Certificate.Names, NotAfter: notAfter.AddDate(1, 0, 0), From: from("GetExchangeCertificate.xml", n)},
		inventory.Certificate{Thumbprint: strings.Repeat("B", 40), Subject: "CN=Microsoft Exchange Server Auth Certificate",
			Issuer: "CN=Microsoft Exchange Server Auth Certificate", NotAfter: notAfter.AddDate(3, 0, 0), From: from("GetExchangeCertificate.xml", n+1)})
	for _, d := range append(org.AcceptedDomains, AcceptedDomain{Domain: org.Tenant.CoexistenceDomain(), Type: DomainTypeAuthoritative}) {
		inv.AcceptedDomains = append(inv.AcceptedDomains, inventory.AcceptedDomain{Name: d.Domain, DomainName: d.Domain, Type: d.Type.String(),
			From: from("GetAcceptedDomain.xml", len(inv.AcceptedDomains))})
	}
	hc := inventory.HybridConfiguration{OnPremisesSmartHost: org.Namespaces.SMTP, TLSCertificateName: hybridName,
		SendingTransportServers: org.HybridServers, ReceivingTransportServers: org.HybridServers, From: from("GetHybridConfiguration.xml", 0)}
	for _, d := range org.HybridDomains {
		hc.Domains = append(hc.Domains, inventory.HybridDomain{Domain: d})
	}
	inv.HybridConfigurations = append(inv.HybridConfigurations, hc)
	inv.SendConnectors = []inventory.SendConnector{
		{SendConnector: transport.SendConnector{Name: "Internet", DNSRoutingEnabled: true, AddressSpaces: []transport.AddressSpace{transport.MustParseAddressSpace("SMTP:*;1")},
			SourceTransportServers: org.HybridServers}, Enabled: true, From: from("GetSendConnector.xml", 0)},
		{SendConnector: transport.SendConnector{Name: "Outbound to Office 365", DNSRoutingEnabled: true,
			AddressSpaces:          []transport.AddressSpace{transport.MustParseAddressSpace("SMTP:" + org.Tenant.CoexistenceDomain() + ";1")},
			SourceTransportServers: org.HybridServers, RequireTLS: true, TLSAuthLevel: transport.TLSAuthDomainValidation,
			TLSDomain: "mail.protection.outlook.com", TLSCertificateName: hybridName, FQDN: org.Namespaces.SMTP, CloudServicesMailEnabled: true},
			Enabled: true, From: from("GetSendConnector.xml", 1)},
	}
	org.Observed = inv
	return org
}

// BenchmarkAudit shows how Audit grows with the number of servers and their
// exported objects; BenchmarkValidate, on the same organizations without
// the exports, is the part of it that Validate takes.
func BenchmarkAudit(b *testing.B) {
	benchBySize(b, observedOrganization, func(org Organization) { sinkFindings = Audit(org, day) })
}

// TestObservedOrganization checks the benchmarks' input: the exports agree
// with the organization, so the audit's own findings are the certificates
// near their end, one every 7th server.
func TestObservedOrganization(t *testing.T) {
	const n = 100
	org := observedOrganization(t, n)
	a := newAuditor(org, day)
	a.domains()
	a.connectors()
	a.certificates()
	want := (n + 6) / 7
	if len(a.fs) != want || !a.fs.Has(CodeCertificateExpiring) {
		t.Errorf("%d findings, want %d certificates near their end:\n%s", len(a.fs), want, a.fs)
	}
}
