package transport_test

import (
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
)

// The connectors of the real exports of Microsoft's HealthChecker tests
// (CSS-Exchange, Diagnostics/HealthChecker/Tests/DataCollection; the
// values as ../shared/realdata/FORMAT.md §2.6 and §2.7 list them, read by
// package inventory from the same files in its own tests).
var (
	// mailToO365 is "Mail to O365" of E19/GetSendConnector.xml.
	mailToO365 = transport.SendConnector{
		Name:                     "Mail to O365",
		AddressSpaces:            []transport.AddressSpace{transport.MustParseAddressSpace("SMTP:*;1")},
		SourceTransportServers:   []string{"WIN-CTD3L0RGEN4"},
		SmartHosts:               []string{"microsoft-com.mail.protection.outlook.com"},
		CloudServicesMailEnabled: true,
		TLSCertificateName:       transport.MustParseCertificateName("<I>CN=localhost<S>CN=localhost"),
	}
	// relayToM365 is "My company to Office 365" of
	// unit/GetSendConnectorConfiguredToRelayToM365.xml.
	relayToM365 = transport.SendConnector{
		Name:                     "My company to Office 365",
		AddressSpaces:            []transport.AddressSpace{transport.MustParseAddressSpace("smtp:*;1")},
		SourceTransportServers:   []string{"WIN-CTD3L0RGEN4"},
		SmartHosts:               []string{"ThisTenantDoesntExists-com.mail.protection.outlook.com"},
		RequireTLS:               true,
		TLSAuthLevel:             transport.TLSAuthCertificateValidation,
		FQDN:                     "mail.contoso.com",
		CloudServicesMailEnabled: true,
	}
	// defaultFrontend is "Default Frontend WIN-CTD3L0RGEN4" of
	// unit/GetReceiveConnector.xml.
	defaultFrontend = transport.ReceiveConnector{
		Server:                "WIN-CTD3L0RGEN4",
		Name:                  "Default Frontend WIN-CTD3L0RGEN4",
		TransportRole:         transport.TransportRoleFrontend,
		TLSDomainCapabilities: []transport.TLSDomainCapability{transport.MustParseTLSDomainCapability("fabrikam.com:AcceptCloudServicesMail")},
		TLSCertificateName:    transport.MustParseCertificateName("<I>CN=WIN-CTD3L0RGEN4<S>CN=WIN-CTD3L0RGEN4"),
	}
	// clientFrontend is "Client Frontend WIN-CTD3L0RGEN4" of the same file,
	// which accepts no mail from Exchange Online.
	clientFrontend = transport.ReceiveConnector{
		Server: "WIN-CTD3L0RGEN4", Name: "Client Frontend WIN-CTD3L0RGEN4", TransportRole: transport.TransportRoleFrontend,
	}
	// e19Certificates are the issuers and subjects of
	// E19/GetExchangeCertificate.xml, and unitCertificates of
	// unit/GetExchangeCertificate.xml; all are self-signed.
	e19Certificates  = selfSigned("CN=Microsoft Exchange Server Auth Certificate", "CN=Solo-E19A", "CN=WMSvc-WIN-K300A9DA9VA")
	unitCertificates = selfSigned("CN=Microsoft Exchange Server Auth Certificate", "CN=WIN-CTD3L0RGEN4", "CN=localhost", "CN=WMSvc-SHA2-WIN-CTD3L0RGEN4")
)

// certificatesOnly sets the certificates of exports that hold no
// HybridConfiguration: the servers' certificates are known, no hybrid
// certificate is.
func certificatesOnly(certs []transport.CertificateName) func(*transport.AuditParams) {
	return func(p *transport.AuditParams) {
		p.Certificates, p.HybridCertificate = certs, transport.CertificateName{}
	}
}

func selfSigned(subjects ...string) []transport.CertificateName {
	out := make([]transport.CertificateName, len(subjects))
	for i, s := range subjects {
		out[i] = transport.CertificateName{Issuer: s, Subject: s}
	}
	return out
}

// hcwSend is the Send connector the Hybrid Configuration Wizard creates:
// DNS routing to the coexistence domain, DomainValidation of Exchange
// Online Protection, the hybrid certificate.
func hcwSend() transport.SendConnector {
	return transport.SendConnector{
		Name:                     "Outbound to Office 365",
		AddressSpaces:            []transport.AddressSpace{transport.MustParseAddressSpace("SMTP:contoso.mail.onmicrosoft.com;1")},
		SourceTransportServers:   []string{"EX01"},
		DNSRoutingEnabled:        true,
		RequireTLS:               true,
		TLSAuthLevel:             transport.TLSAuthDomainValidation,
		TLSDomain:                "mail.protection.outlook.com",
		TLSCertificateName:       hybridCert.Name,
		FQDN:                     "mail.contoso.com",
		CloudServicesMailEnabled: true,
	}
}

// hcwReceive is the wizard's settings of EX01's Default Frontend connector.
func hcwReceive() transport.ReceiveConnector {
	return transport.ReceiveConnector{
		Server: "EX01", Name: "Default Frontend EX01", TransportRole: transport.TransportRoleFrontend,
		TLSDomainCapabilities: []transport.TLSDomainCapability{transport.MustParseTLSDomainCapability("mail.protection.outlook.com:AcceptCloudServicesMail")},
		TLSCertificateName:    hybridCert.Name,
	}
}

// auditParams are what the exports of a worldwide Exchange 2019
// organization with the hybrid certificate tell.
func auditParams() transport.AuditParams {
	return transport.AuditParams{
		Tenant:                    "contoso.onmicrosoft.com",
		Cloud:                     exhybrid.CloudWorldwide,
		Servers:                   servers2019(),
		Certificates:              append(selfSigned("CN=Microsoft Exchange Server Auth Certificate"), hybridCert.Name),
		HybridCertificate:         hybridCert.Name,
		HybridConfigurationPath:   hcPath,
		SendingServers:            []string{"EX01"},
		ReceivingServers:          []string{"EX01", "EX02"},
		HybridCertificateDNSNames: hybridCert.DNSNames,
		HybridDomains:             []string{"contoso.com"},
		OnPremisesSmartHost:       "mail.contoso.com",
		Centralized:               new(bool),
		SendPath:                  sendFile.Index,
		ReceivePath:               receiveFile.Index,
		InboundPath:               inboundFile.Index,
		OutboundPath:              outboundFile.Index,
	}
}

// hcwInbound and hcwOutbound are the Exchange Online connectors the wizard
// creates for the organization of auditParams.
func hcwInbound() transport.InboundConnector {
	return transport.InboundConnector{
		Name: "Inbound from " + testID, ConnectorType: transport.ConnectorOnPremises, SenderDomains: []string{"*"},
		RequireTLS: true, TLSSenderCertificateName: "mail.contoso.com", CloudServicesMailEnabled: true,
	}
}

func hcwOutbound() transport.OutboundConnector {
	return transport.OutboundConnector{
		Name: "Outbound to " + testID, ConnectorType: transport.ConnectorOnPremises, RecipientDomains: []string{"contoso.com"},
		SmartHosts: []string{"mail.contoso.com"}, TLSSettings: transport.TLSAuthDomainValidation, TLSDomain: "mail.contoso.com",
		CloudServicesMailEnabled: true,
	}
}

type auditCase struct {
	name     string
	send     []transport.SendConnector
	receive  []transport.ReceiveConnector
	inbound  []transport.InboundConnector
	outbound []transport.OutboundConnector
	params   func(*transport.AuditParams)
	want     []findingtest.Key
}

// The exports auditParams names the connectors after, each connector by
// its index ("GetSendConnector.xml[0]"), and the HybridConfiguration's path.
const (
	sendFile     exhybrid.Path = "GetSendConnector.xml"
	receiveFile  exhybrid.Path = "GetReceiveConnector.xml"
	inboundFile  exhybrid.Path = "ExchangeOnline/GetInboundConnector.xml"
	outboundFile exhybrid.Path = "ExchangeOnline/GetOutboundConnector.xml"
	hcPath       exhybrid.Path = "GetHybridConfiguration.xml: Hybrid Configuration"
)

// Paths of the first connectors.
var (
	send0, send1       = sendFile.Index(0), sendFile.Index(1)
	receive0, receive1 = receiveFile.Index(0), receiveFile.Index(1)
	inbound0           = inboundFile.Index(0)
	outbound1          = outboundFile.Index(1)
)

var auditCases = []auditCase{
	{
		name: "the wizard's connectors", send: []transport.SendConnector{hcwSend()}, receive: []transport.ReceiveConnector{hcwReceive()},
		inbound: []transport.InboundConnector{hcwInbound()}, outbound: []transport.OutboundConnector{hcwOutbound()},
	},
	{
		name: "the HybridConfiguration's servers: Edge servers with internal ones, a server twice",
		params: func(p *transport.AuditParams) {
			p.SendingServers = []string{"EX01", "ex01.corp.contoso.com"}
			p.EdgeServers = []string{"EDGE01"}
		},
		want: []findingtest.Key{
			findingtest.E(hcPath+": SendingTransportServers", transport.CodeEdgeWithInternal),
			findingtest.E(hcPath+": ReceivingTransportServers", transport.CodeEdgeWithInternal),
			findingtest.E(hcPath+": EdgeTransportServers[0]", transport.CodeServerUnknown),
		},
	},
	{
		name: "a caller that checked the servers: the unknown Edge server is its to report",
		params: func(p *transport.AuditParams) {
			p.SendingServers, p.ReceivingServers, p.EdgeServers, p.Checked = nil, nil, []string{"EDGE01"}, true
		},
	},
	{
		name: "an Exchange 2013 Mailbox server receiving, a server listed twice",
		params: func(p *transport.AuditParams) {
			p.Servers[1].Build, p.Servers[1].Roles = build2013CU23, roles.Of(roles.RoleMailbox)
			p.SendingServers = []string{"EX01", "ex01.corp.contoso.com"}
		},
		want: []findingtest.Key{
			findingtest.W(hcPath+": SendingTransportServers[1]", transport.CodeServerDuplicate),
			findingtest.E(hcPath+": ReceivingTransportServers[1]", transport.CodeReceiveMailboxOnly2013),
		},
	},
	{
		// Default Frontend EX01 is switched off: it accepts nothing, so EX01,
		// a receiving server, has no connector for Exchange Online's mail.
		name:    "the hybrid Receive connector disabled",
		receive: []transport.ReceiveConnector{hcwReceive()},
		params:  func(p *transport.AuditParams) { p.ReceiveDisabled = func(int) bool { return true } },
		want: []findingtest.Key{
			findingtest.W(receive0.Prop("Enabled"), transport.CodeConnectorDisabled),
			findingtest.E(hcPath+": ReceivingTransportServers[0]", transport.CodeReceiveMissing),
		},
	},
	{
		name: "a receiving server whose exported connectors accept nothing from Exchange Online, listed twice: once",
		receive: []transport.ReceiveConnector{hcwReceive(), {Server: "EX02", Name: "Client Frontend EX02", TransportRole: transport.TransportRoleFrontend},
			{Server: "EX02", Name: "Default Frontend EX02", TransportRole: transport.TransportRoleFrontend}},
		params: func(p *transport.AuditParams) { p.ReceivingServers = []string{"EX01", "EX02", "ex02.corp.contoso.com"} },
		want: []findingtest.Key{
			findingtest.W(hcPath+": ReceivingTransportServers[2]", transport.CodeServerDuplicate),
			findingtest.E(hcPath+": ReceivingTransportServers[1]", transport.CodeReceiveMissing),
		},
	},
	{
		name: "the hybrid certificate not on the servers: no mismatch with it, only its absence",
		send: []transport.SendConnector{edit(hcwSend(), func(c *transport.SendConnector) {
			c.TLSCertificateName = transport.MustParseCertificateName("<I>CN=Other<S>CN=Other")
		})},
		params: func(p *transport.AuditParams) { p.Certificates = selfSigned("CN=Other") },
		want:   []findingtest.Key{findingtest.E(hcPath+": TlsCertificateName", transport.CodeCertificateNotFound)},
	},
	{
		name: "the certificates of each server known: the Receive connector's server lacks the hybrid certificate, the Send connector's has it",
		send: []transport.SendConnector{hcwSend()}, receive: []transport.ReceiveConnector{hcwReceive()},
		params: func(p *transport.AuditParams) {
			p.ServerCertificates = map[string][]transport.CertificateName{"ex01": selfSigned("CN=EX01")}
		},
		want: []findingtest.Key{
			findingtest.E(send0.Prop("TlsCertificateName"), transport.CodeCertificateNotFound),
			findingtest.E(receive0.Prop("TlsCertificateName"), transport.CodeCertificateNotFound),
		},
	},
	{
		name: "the hybrid certificate on its server, in another case of the server's name",
		send: []transport.SendConnector{hcwSend()}, receive: []transport.ReceiveConnector{hcwReceive()},
		params: func(p *transport.AuditParams) {
			p.ServerCertificates = map[string][]transport.CertificateName{"Ex01": {hybridCert.Name}, "EX02": selfSigned("CN=EX02")}
		},
	},
	{
		name:    "a receiving server none of whose Receive connectors was exported is not judged",
		receive: []transport.ReceiveConnector{hcwReceive()},
	},
	{
		name:    "an Inbound connector whose certificate name is not the hybrid certificate's",
		inbound: []transport.InboundConnector{edit(hcwInbound(), func(c *transport.InboundConnector) { c.TLSSenderCertificateName = "old.contoso.com" })},
		want:    []findingtest.Key{findingtest.E(inbound0.Prop("TlsSenderCertificateName"), transport.CodeInboundCertificateName)},
	},
	{
		name:     "the hybrid certificate's DNS names not known: the Exchange Online connectors' names are not judged by its subject alone",
		inbound:  []transport.InboundConnector{edit(hcwInbound(), func(c *transport.InboundConnector) { c.TLSSenderCertificateName = "smtp.contoso.com" })},
		outbound: []transport.OutboundConnector{edit(hcwOutbound(), func(c *transport.OutboundConnector) { c.TLSDomain = "smtp.contoso.com" })},
		params:   func(p *transport.AuditParams) { p.HybridCertificateDNSNames = nil },
	},
	{
		name: "a Partner connector is not the hybrid's, unless the OnPremisesOrganization names it",
		inbound: []transport.InboundConnector{edit(hcwInbound(), func(c *transport.InboundConnector) {
			c.ConnectorType, c.CloudServicesMailEnabled = transport.ConnectorPartner, false
		})},
	},
	{
		name: "the OnPremisesOrganization's Inbound connector of type Partner",
		inbound: []transport.InboundConnector{edit(hcwInbound(), func(c *transport.InboundConnector) {
			c.ConnectorType, c.CloudServicesMailEnabled = transport.ConnectorPartner, false
		})},
		params: func(p *transport.AuditParams) { p.HybridInbound = "inbound from " + testID },
		want: []findingtest.Key{
			findingtest.E(inbound0.Prop("ConnectorType"), transport.CodeConnectorType),
			findingtest.E(inbound0.Prop("CloudServicesMailEnabled"), transport.CodeCloudServicesMailDisabled),
		},
	},
	{
		name: "an Outbound connector routing everything through on-premises without centralized transport, and missing a hybrid domain",
		outbound: []transport.OutboundConnector{
			{Name: "to a partner", ConnectorType: transport.ConnectorPartner, UseMXRecord: true},
			edit(hcwOutbound(), func(c *transport.OutboundConnector) {
				c.RouteAllMessagesViaOnPremises, c.RecipientDomains = true, []string{"fabrikam.com"}
			}),
		},
		want: []findingtest.Key{
			findingtest.E(outbound1.Prop("RouteAllMessagesViaOnPremises"), transport.CodeCentralizedMismatch),
			findingtest.E(outbound1.Prop("RecipientDomains"), transport.CodeOutboundRecipientDomains),
		},
	},
	{
		name:     "centralized transport not known: RouteAllMessagesViaOnPremises is not judged",
		outbound: []transport.OutboundConnector{edit(hcwOutbound(), func(c *transport.OutboundConnector) { c.RouteAllMessagesViaOnPremises = true })},
		params:   func(p *transport.AuditParams) { p.Centralized = nil },
	},
	{
		name:     "an Outbound connector by MX record",
		outbound: []transport.OutboundConnector{edit(hcwOutbound(), func(c *transport.OutboundConnector) { c.UseMXRecord, c.SmartHosts = true, nil })},
		want:     []findingtest.Key{findingtest.E("ExchangeOnline/GetOutboundConnector.xml[0]: UseMXRecord", transport.CodeOutboundSmartHost)},
	},
	{
		name: "E19 Mail to O365: TLS not required, a certificate none of the servers has",
		send: []transport.SendConnector{mailToO365},
		params: func(p *transport.AuditParams) {
			p.Certificates, p.HybridCertificate = e19Certificates, transport.CertificateName{}
			p.Servers = append(p.Servers, winServer)
		},
		want: []findingtest.Key{
			findingtest.E(send0.Prop("RequireTLS"), transport.CodeTLSNotRequired),
			findingtest.E(send0.Prop("TlsCertificateName"), transport.CodeCertificateNotFound),
		},
	},
	{
		// WIN-CTD3L0RGEN4 was not exported: its certificates could not be.
		name:   "E19 Mail to O365 from a server not exported: its certificate is not judged, and the audit says so",
		send:   []transport.SendConnector{mailToO365},
		params: certificatesOnly(e19Certificates),
		want: []findingtest.Key{findingtest.E(send0.Prop("RequireTLS"), transport.CodeTLSNotRequired),
			findingtest.I(send0.Prop("TlsCertificateName"), transport.CodeCertificateNotChecked)},
	},
	{
		name:   "E19 Mail to O365 against the hybrid certificate",
		send:   []transport.SendConnector{mailToO365},
		params: func(p *transport.AuditParams) { p.Servers = append(p.Servers, winServer) },
		want: []findingtest.Key{
			findingtest.E(send0.Prop("RequireTLS"), transport.CodeTLSNotRequired),
			findingtest.E(send0.Prop("TlsCertificateName"), transport.CodeCertificateMismatch),
			findingtest.E(send0.Prop("TlsCertificateName"), transport.CodeCertificateNotFound),
		},
	},
	{
		name:   "E19 Mail to O365 with no certificate exported: not found is not known",
		send:   []transport.SendConnector{mailToO365},
		params: certificatesOnly(nil),
		want: []findingtest.Key{findingtest.E(send0.Prop("RequireTLS"), transport.CodeTLSNotRequired),
			findingtest.I(send0.Prop("TlsCertificateName"), transport.CodeCertificateNotChecked)},
	},
	{
		name:   "unit My company to Office 365: no TlsCertificateName",
		send:   []transport.SendConnector{relayToM365},
		params: certificatesOnly(unitCertificates),
		want:   []findingtest.Key{findingtest.E(send0.Prop("TlsCertificateName"), transport.CodeCertificateNameMissing)},
	},
	{
		name: "CloudServicesMailEnabled off on a DNS-routed connector, which HealthChecker misses",
		send: []transport.SendConnector{edit(hcwSend(), func(c *transport.SendConnector) { c.CloudServicesMailEnabled = false })},
		want: []findingtest.Key{findingtest.E(send0.Prop("CloudServicesMailEnabled"), transport.CodeCloudServicesMailDisabled)},
	},
	{
		name: "EncryptionOnly",
		send: []transport.SendConnector{edit(hcwSend(), func(c *transport.SendConnector) { c.TLSAuthLevel = transport.TLSAuthEncryptionOnly })},
		want: []findingtest.Key{findingtest.W(send0.Prop("TlsAuthLevel"), transport.CodeTLSAuthLevel)},
	},
	{
		name: "CertificateValidation is accepted",
		send: []transport.SendConnector{edit(hcwSend(), func(c *transport.SendConnector) {
			c.TLSAuthLevel, c.TLSDomain = transport.TLSAuthCertificateValidation, ""
		})},
	},
	{
		name: "DomainValidation of another domain",
		send: []transport.SendConnector{edit(hcwSend(), func(c *transport.SendConnector) { c.TLSDomain = "contoso.com" })},
		want: []findingtest.Key{findingtest.W(send0.Prop("TlsDomain"), transport.CodeSendTLSDomain)},
	},
	{
		name: "a malformed Fqdn",
		send: []transport.SendConnector{edit(hcwSend(), func(c *transport.SendConnector) { c.FQDN = "mail..contoso.com" })},
		want: []findingtest.Key{findingtest.E(send0.Prop("Fqdn"), transport.CodeNameInvalid)},
	},
	{
		name: "the only connector covering the coexistence domain is disabled; the other one is",
		send: []transport.SendConnector{
			hcwSend(),
			edit(hcwSend(), func(c *transport.SendConnector) {
				c.Name, c.AddressSpaces = "by smart host", []transport.AddressSpace{transport.MustParseAddressSpace("SMTP:fabrikam.com;1")}
				c.DNSRoutingEnabled, c.SmartHosts = false, []string{"contoso-com.mail.protection.outlook.com"}
			}),
		},
		params: func(p *transport.AuditParams) { p.SendDisabled = func(i int) bool { return i == 0 } },
		want: []findingtest.Key{
			findingtest.W(send0.Prop("Enabled"), transport.CodeConnectorDisabled),
			findingtest.E(send0.Prop("AddressSpaces"), transport.CodeAddressSpaceMissing),
		},
	},
	{
		name:     "the hybrid's Exchange Online connectors disabled, another one too",
		inbound:  []transport.InboundConnector{hcwInbound(), edit(hcwInbound(), func(c *transport.InboundConnector) { c.Name, c.ConnectorType = "partner", transport.ConnectorPartner })},
		outbound: []transport.OutboundConnector{hcwOutbound()},
		params: func(p *transport.AuditParams) {
			p.InboundDisabled = func(int) bool { return true }
			p.OutboundDisabled = func(int) bool { return true }
		},
		want: []findingtest.Key{
			findingtest.W(inbound0.Prop("Enabled"), transport.CodeConnectorDisabled),
			findingtest.W(exhybrid.Path("ExchangeOnline/GetOutboundConnector.xml[0]").Prop("Enabled"), transport.CodeConnectorDisabled),
		},
	},
	{
		name: "no connector covers the coexistence domain",
		send: []transport.SendConnector{
			{Name: "to a relay", SmartHosts: []string{"relay.contoso.com"}},
			edit(hcwSend(), func(c *transport.SendConnector) {
				c.AddressSpaces = []transport.AddressSpace{transport.MustParseAddressSpace("SMTP:fabrikam.com;1")}
				c.DNSRoutingEnabled, c.SmartHosts = false, []string{"contoso-com.mail.protection.outlook.com"}
			}),
		},
		want: []findingtest.Key{findingtest.E(send1.Prop("AddressSpaces"), transport.CodeAddressSpaceMissing)},
	},
	{
		name: "connectors that carry no hybrid mail are left alone",
		send: []transport.SendConnector{
			{Name: "to a relay", SmartHosts: []string{"relay.contoso.com"}, AddressSpaces: []transport.AddressSpace{transport.MustParseAddressSpace("SMTP:contoso.mail.onmicrosoft.com;1")}},
			{Name: "Internet", DNSRoutingEnabled: true, AddressSpaces: []transport.AddressSpace{transport.MustParseAddressSpace("SMTP:*;1")}},
		},
		receive: []transport.ReceiveConnector{clientFrontend},
	},
	{
		name: "an Exchange 2010 sending server has no TlsCertificateName nor CloudServicesMailEnabled",
		send: []transport.SendConnector{edit(hcwSend(), func(c *transport.SendConnector) {
			c.TLSCertificateName, c.CloudServicesMailEnabled = transport.CertificateName{}, false
		})},
		params: func(p *transport.AuditParams) {
			p.Servers[0].Build = build2010SP3
			p.Servers[0].Roles = roles.Of(roles.RoleHubTransport)
		},
	},
	{
		name:    "unit Default Frontend: the hybrid capability for fabrikam.com only",
		receive: []transport.ReceiveConnector{clientFrontend, defaultFrontend},
		params:  certificatesOnly(unitCertificates),
		want:    []findingtest.Key{findingtest.E(receive1.Prop("TlsDomainCapabilities"), transport.CodeReceiveCapabilityMissing)},
	},
	{
		name:    "unit Default Frontend with an empty TlsCertificateName, and another hybrid certificate",
		receive: []transport.ReceiveConnector{edit(defaultFrontend, func(c *transport.ReceiveConnector) { c.TLSCertificateName = transport.CertificateName{} })},
		params:  func(p *transport.AuditParams) { p.Certificates = unitCertificates },
		want: []findingtest.Key{
			findingtest.E(receive0.Prop("TlsCertificateName"), transport.CodeCertificateNameMissing),
			findingtest.E(receive0.Prop("TlsDomainCapabilities"), transport.CodeReceiveCapabilityMissing),
			findingtest.E(hcPath+": TlsCertificateName", transport.CodeCertificateNotFound),
		},
	},
	{
		name:    "a stale certificate name after a renewal",
		receive: []transport.ReceiveConnector{edit(hcwReceive(), func(c *transport.ReceiveConnector) { c.TLSCertificateName = oldCert })},
		want: []findingtest.Key{
			findingtest.E(receive0.Prop("TlsCertificateName"), transport.CodeCertificateMismatch),
			findingtest.E(receive0.Prop("TlsCertificateName"), transport.CodeCertificateNotFound),
		},
	},
	{
		name: "certificate names compare without regard to case",
		receive: []transport.ReceiveConnector{edit(hcwReceive(), func(c *transport.ReceiveConnector) {
			c.TLSCertificateName = transport.CertificateName{Issuer: "cn=contoso issuing ca, o=contoso, c=us", Subject: "CN=MAIL.CONTOSO.COM, O=Contoso, C=US"}
		})},
	},
	{
		name:    "AcceptCloudServicesMail on Exchange 2010",
		receive: []transport.ReceiveConnector{hcwReceive()},
		params: func(p *transport.AuditParams) {
			p.Servers[0].Build = build2010SP3
			p.Servers[0].Roles = roles.Of(roles.RoleHubTransport)
		},
		want: []findingtest.Key{findingtest.E(receive0.Prop("TlsDomainCapabilities"), transport.CodeReceiveCapabilityVersion)},
	},
	{
		name: "without paths, the findings have the JSON paths of ValidateConnectors",
		send: []transport.SendConnector{edit(hcwSend(), func(c *transport.SendConnector) { c.RequireTLS = false; c.TLSAuthLevel = transport.TLSAuthNone })},
		params: func(p *transport.AuditParams) {
			p.SendPath, p.ReceivePath = nil, nil
		},
		want: []findingtest.Key{findingtest.E("send[0].requireTLS", transport.CodeTLSNotRequired)},
	},
}

func edit[T any](v T, f func(*T)) T {
	f(&v)
	return v
}

func TestAuditConnectors(t *testing.T) {
	for _, tc := range auditCases {
		t.Run(tc.name, func(t *testing.T) {
			p := auditParams()
			if tc.params != nil {
				tc.params(&p)
			}
			if diff := findingtest.Diff(tc.want, transport.AuditConnectors(transport.Existing{Send: tc.send, Receive: tc.receive, Inbound: tc.inbound, Outbound: tc.outbound}, p)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestToExchangeOnline(t *testing.T) {
	tests := []struct {
		name string
		c    transport.SendConnector
		want bool
	}{
		{"E19 Mail to O365, by smart host", mailToO365, true},
		{"unit, by smart host of another case", relayToM365, true},
		{"the wizard's, by DNS to the coexistence domain", hcwSend(), true},
		{"21Vianet", transport.SendConnector{SmartHosts: []string{"contoso-com.mail.protection.partner.outlook.cn"}}, true},
		{"GCC High by DNS", transport.SendConnector{AddressSpaces: []transport.AddressSpace{transport.MustParseAddressSpace("SMTP:contoso.mail.onmicrosoft.us;1")}}, true},
		{"a relay in between", transport.SendConnector{SmartHosts: []string{"relay.contoso.com"}, AddressSpaces: hcwSend().AddressSpaces}, false},
		{"a subdomain of the protection domain", transport.SendConnector{SmartHosts: []string{"a.b.mail.protection.outlook.com"}}, false},
		{"the initial domain, not the coexistence domain", transport.SendConnector{AddressSpaces: []transport.AddressSpace{transport.MustParseAddressSpace("SMTP:contoso.onmicrosoft.com;1")}}, false},
	}
	for _, tt := range tests {
		if got := tt.c.ToExchangeOnline(); got != tt.want {
			t.Errorf("%s: ToExchangeOnline() = %t, want %t", tt.name, got, tt.want)
		}
	}
	if defaultFrontend.FromExchangeOnline() != true || clientFrontend.FromExchangeOnline() != false {
		t.Error("FromExchangeOnline: want Default Frontend only")
	}
}

// winServer is the server of the real E19 and unit connectors, as an
// export of Get-ExchangeServer would name it.
var winServer = roles.Server{Name: "WIN-CTD3L0RGEN4", FQDN: "WIN-CTD3L0RGEN4.exlab.dom", Site: "HQ", Build: build2019CU14, Roles: roles.Of(roles.RoleMailbox)}
