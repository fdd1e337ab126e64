package transport_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/codecheck"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
)

func TestCodesDocumented(t *testing.T) { codecheck.Check(t, ".", transport.Rules()) }

// validationCase is one row: params (changed from a base), the set built
// from them by HybridConnectors and then changed, and the findings wanted.
type validationCase struct {
	name   string
	params func() transport.Params
	// setFrom, when set, gives the params the Set is built from (to model
	// connectors left from an earlier configuration); else params.
	setFrom func() transport.Params
	edit    func(*transport.Set)
	want    []findingtest.Key
}

// paramsSmartHost is params2019 with a smart-host Send connector.
var paramsSmartHost = with(params2019, func(p *transport.Params) {
	p.Options.SendRouting, p.Options.EOPSmartHost = transport.SendRoutingSmartHost, "contoso-com.mail.protection.outlook.com"
})

func with(base func() transport.Params, change func(*transport.Params)) func() transport.Params {
	return func() transport.Params {
		p := base()
		change(&p)
		return p
	}
}

var validationCases = []validationCase{
	// The base configurations.
	{name: "2019 valid", params: params2019},
	{name: "2013/2007 valid", params: params2007},
	{name: "edge valid", params: paramsEdge},
	{name: "centralized valid", params: with(params2019, func(p *transport.Params) { p.Options.Centralized = true })},

	{name: "tenant invalid", params: with(params2019, func(p *transport.Params) { p.Tenant = "contoso.com" }),
		want: []findingtest.Key{findingtest.E("params.tenant", transport.CodeTenantInvalid)}},
	{name: "tenant upper case valid", params: with(params2019, func(p *transport.Params) { p.Tenant = "Contoso.OnMicrosoft.com" })},

	{name: "certificate missing", params: with(params2019, func(p *transport.Params) { p.Certificate.Name = transport.CertificateName{} }),
		setFrom: params2019,
		want:    []findingtest.Key{findingtest.E("params.certificate.name", transport.CodeCertificateMissing)}},
	{name: "certificate without SANs valid", params: with(params2019, func(p *transport.Params) { p.Certificate.DNSNames = nil })},

	{name: "certificate malformed", params: with(params2019, func(p *transport.Params) {
		p.Certificate.Name = transport.CertificateName{Issuer: "CN=CA<S>", Subject: "CN=mail.contoso.com"}
	}), setFrom: params2019,
		want: []findingtest.Key{findingtest.E("params.certificate.name", transport.CodeCertificateInvalid)}},
	{name: "certificate without common name", params: with(params2019, func(p *transport.Params) {
		p.Certificate = transport.TLSCertificate{Name: transport.CertificateName{Issuer: "CN=Contoso Issuing CA", Subject: "O=Contoso, C=US"}}
	}), setFrom: params2019,
		want: []findingtest.Key{findingtest.E("params.certificate.name", transport.CodeCertificateInvalid)}},
	{name: "certificate named by SAN only valid", params: with(params2019, func(p *transport.Params) {
		p.Certificate = transport.TLSCertificate{Name: transport.CertificateName{Issuer: "CN=Contoso Issuing CA", Subject: "O=Contoso, C=US"}, DNSNames: []string{"mail.contoso.com"}}
	})},

	{name: "domains missing", params: with(params2019, func(p *transport.Params) { p.Domains = nil }),
		setFrom: params2019,
		want:    []findingtest.Key{findingtest.E("params.domains", transport.CodeDomainsMissing)}},
	{name: "two domains valid", params: with(params2019, func(p *transport.Params) { p.Domains = []string{"contoso.com", "fabrikam.com"} })},

	{name: "smart host name invalid", params: paramsSmartHost,
		edit: func(s *transport.Set) { s.Send.SmartHosts = []string{"bad host"} },
		want: []findingtest.Key{findingtest.E("send.smartHosts[0]", transport.CodeNameInvalid)}},
	{name: "hybrid domain invalid", params: with(params2019, func(p *transport.Params) { p.Domains = []string{"contoso..com"} }),
		want: []findingtest.Key{findingtest.E("params.domains[0]", transport.CodeNameInvalid), findingtest.E("outbound.recipientDomains[0]", transport.CodeNameInvalid)}},
	{name: "smart host IP valid", params: paramsSmartHost,
		edit: func(s *transport.Set) { s.Send.SmartHosts = []string{"203.0.113.5"} }},

	{name: "on-premises smart host missing", params: with(params2019, func(p *transport.Params) { p.OnPremisesSmartHost = "" }),
		setFrom: params2019,
		want:    []findingtest.Key{findingtest.E("params.onPremisesSmartHost", transport.CodeSmartHostMissing)}},
	{name: "on-premises smart host not on certificate", params: with(params2019, func(p *transport.Params) { p.OnPremisesSmartHost = "smtp.contoso.com" }),
		want: []findingtest.Key{findingtest.E("params.onPremisesSmartHost", transport.CodeSmartHostNotOnCertificate)}},
	{name: "on-premises smart host on wildcard certificate valid", params: with(params2019, func(p *transport.Params) {
		p.OnPremisesSmartHost = "smtp.contoso.com"
		p.Certificate.DNSNames = []string{"*.contoso.com"}
	})},

	{name: "no sending servers", params: with(params2019, func(p *transport.Params) { p.SendingServers = nil }),
		want: []findingtest.Key{findingtest.E("params.sendingServers", transport.CodeServersMissing), findingtest.E("send.sourceTransportServers", transport.CodeServersMissing)}},

	{name: "edge with internal servers", params: with(paramsEdge, func(p *transport.Params) { p.SendingServers = []string{"EX16"} }),
		want: []findingtest.Key{findingtest.E("params.sendingServers", transport.CodeEdgeWithInternal)}},

	{name: "receiving server unknown", params: with(params2019, func(p *transport.Params) { p.ReceivingServers = []string{"EX01", "EX09"} }),
		setFrom: params2019,
		want:    []findingtest.Key{findingtest.E("params.receivingServers[1]", transport.CodeServerUnknown), findingtest.E("receive", transport.CodeReceiveMissing)}},
	{name: "receiving server by FQDN valid", params: with(params2019, func(p *transport.Params) {
		p.ReceivingServers = []string{"EX01", "EX02.corp.contoso.com"}
	}), setFrom: params2019},
	{name: "send source server unknown", params: params2019,
		edit: func(s *transport.Set) { s.Send.SourceTransportServers = []string{"EX09"} },
		want: []findingtest.Key{findingtest.E("send.sourceTransportServers[0]", transport.CodeServerUnknown)}},
	{name: "receive connector server unknown", params: params2019,
		edit: func(s *transport.Set) { s.Receive[0].Server = "EX09" },
		want: []findingtest.Key{findingtest.E("receive[0].server", transport.CodeServerUnknown), findingtest.E("receive", transport.CodeReceiveMissing)}},

	{name: "2013 Client Access only as sending server", params: with(params2007, func(p *transport.Params) { p.SendingServers = []string{"EX13CAS"} }),
		want: []findingtest.Key{findingtest.E("params.sendingServers[0]", transport.CodeEndpointRole), findingtest.E("send.sourceTransportServers[0]", transport.CodeEndpointRole)}},
	{name: "Edge listed as receiving server", params: with(paramsEdge, func(p *transport.Params) {
		p.EdgeServers, p.SendingServers, p.ReceivingServers = nil, []string{"EX16"}, []string{"EDGE01"}
	}), want: []findingtest.Key{findingtest.E("params.receivingServers[0]", transport.CodeEndpointRole)}},
	{name: "2019 Mailbox as Edge server", params: with(params2019, func(p *transport.Params) {
		p.SendingServers, p.ReceivingServers, p.EdgeServers = nil, nil, []string{"EX01"}
	}), want: []findingtest.Key{findingtest.E("params.edgeServers[0]", transport.CodeEndpointRole)}},

	{name: "2013 Mailbox only as receiving server", params: with(params2007, func(p *transport.Params) { p.ReceivingServers = []string{"EX13MBX"} }),
		want: []findingtest.Key{findingtest.E("params.receivingServers[0]", transport.CodeReceiveMailboxOnly2013), findingtest.E("receive[0].server", transport.CodeReceiveMailboxOnly2013)}},
	{name: "2013 Client Access and Mailbox valid", params: with(params2007, func(p *transport.Params) {
		p.Servers[2].Roles = p.Servers[2].Roles.With(roles.RoleClientAccess)
		p.SendingServers, p.ReceivingServers = []string{"EX13MBX"}, []string{"EX13MBX"}
	})},

	{name: "Exchange 2007 as sending server", params: with(params2007, func(p *transport.Params) { p.SendingServers = []string{"HUB07"} }),
		want: []findingtest.Key{findingtest.E("params.sendingServers[0]", transport.CodeEndpointExchange2007), findingtest.E("send.sourceTransportServers[0]", transport.CodeEndpointExchange2007)}},
	{name: "Exchange 2010 in a 2007 organization", params: with(params2007, func(p *transport.Params) {
		p.Servers = append(p.Servers, rolesServer("EX10", build2010SP3, "HubTransport"))
		p.SendingServers = []string{"EX10"}
	}), want: []findingtest.Key{findingtest.E("params.sendingServers[0]", transport.CodeEndpoint2007Org), findingtest.E("send.sourceTransportServers[0]", transport.CodeEndpoint2007Org)}},
	{name: "Exchange 2010 Hub Transport without 2007 valid", params: with(params2019, func(p *transport.Params) {
		p.Servers = append(p.Servers, rolesServer("EX10", build2010SP3, "HubTransport"))
		p.SendingServers = []string{"EX10"}
	})},
	{name: "Exchange 2010-based hybrid valid", params: params2010},
	{name: "Exchange 2010 connectors need no certificate name or cloud services mail", params: params2010,
		edit: func(s *transport.Set) {
			s.Send.TLSCertificateName, s.Send.CloudServicesMailEnabled = transport.CertificateName{}, false
			s.Receive[0].TLSCertificateName = transport.CertificateName{}
		}},
	{name: "Exchange 2010 and 2019 sources need both", params: with(params2010, func(p *transport.Params) {
		p.Servers = append(p.Servers, servers2019()...)
		p.SendingServers = []string{"EX10", "EX01"}
	}), setFrom: params2010,
		edit: func(s *transport.Set) { s.Send.SourceTransportServers = []string{"EX10", "EX01"} },
		want: []findingtest.Key{findingtest.E("send.cloudServicesMailEnabled", transport.CodeCloudServicesMailDisabled), findingtest.E("send.tlsCertificateName", transport.CodeCertificateNameMissing)}},
	{name: "source server listed twice", params: params2019,
		edit: func(s *transport.Set) {
			s.Send.SourceTransportServers = []string{"EX01", "EX02", "ex02.corp.contoso.com"}
		},
		want: []findingtest.Key{findingtest.W("send.sourceTransportServers[2]", transport.CodeServerDuplicate)}},
	{name: "receiving server listed twice, one receive connector", params: with(params2019, func(p *transport.Params) {
		p.ReceivingServers = []string{"EX01", "EX02", "EX02"}
	}), want: []findingtest.Key{findingtest.W("params.receivingServers[2]", transport.CodeServerDuplicate)}},
	{name: "receiving server listed twice, its receive connector missing", params: with(params2019, func(p *transport.Params) {
		p.ReceivingServers = []string{"EX01", "EX02", "EX02"}
	}), edit: func(s *transport.Set) { s.Receive = s.Receive[:1] },
		want: []findingtest.Key{findingtest.W("params.receivingServers[2]", transport.CodeServerDuplicate), findingtest.E("receive", transport.CodeReceiveMissing)}},
	{name: "receive connector on a server of unknown version", params: with(params2019, func(p *transport.Params) {
		p.Servers = append(p.Servers, roles.Server{Name: "EX03", Roles: roles.Of(roles.RoleMailbox)})
	}), edit: func(s *transport.Set) { s.Receive[1].Server = "EX03" },
		want: []findingtest.Key{findingtest.E("receive[1].server", transport.CodeEndpointVersionUnknown), findingtest.E("receive", transport.CodeReceiveMissing)}},
	{name: "certificate common name no host name", params: with(params2019, func(p *transport.Params) {
		p.Certificate = transport.TLSCertificate{Name: transport.MustParseCertificateName("<I>CN=Contoso Issuing CA<S>CN=Contoso Mail, O=Contoso")}
	}), setFrom: params2019,
		want: []findingtest.Key{findingtest.E("params.certificate.name", transport.CodeCertificateInvalid)}},

	{name: "Edge 2010 SP2", params: with(paramsEdge, func(p *transport.Params) { p.Servers[1].Build = build2010SP2 }),
		want: []findingtest.Key{findingtest.E("params.edgeServers[0]", transport.CodeEdgeVersion), findingtest.E("receive[0].server", transport.CodeEdgeVersion), findingtest.E("send.sourceTransportServers[0]", transport.CodeEdgeVersion)}},
	{name: "Edge 2010 SP3 valid", params: with(paramsEdge, func(p *transport.Params) { p.Servers[1].Build = build2010SP3 })},
	{name: "Edge without subscription", params: with(paramsEdge, func(p *transport.Params) { p.Servers[1].EdgeSync = false }),
		want: []findingtest.Key{findingtest.E("params.edgeServers[0]", transport.CodeEdgeNotSubscribed), findingtest.E("receive[0].server", transport.CodeEdgeNotSubscribed), findingtest.E("send.sourceTransportServers[0]", transport.CodeEdgeNotSubscribed)}},

	{name: "21Vianet without TLS domain", params: with(params2019, func(p *transport.Params) { p.Options.Cloud = exhybrid.Cloud21Vianet }),
		setFrom: params2019,
		want:    []findingtest.Key{findingtest.E("params.options.tlsDomain", transport.CodeTLSDomainUnknown)}},
	{name: "21Vianet with TLS domain valid", params: with(params2019, func(p *transport.Params) {
		p.Options.Cloud, p.Options.TLSDomain = exhybrid.Cloud21Vianet, "eop.example.net"
	})},
	{name: "GCC High valid but unconfirmed", params: with(params2019, func(p *transport.Params) { p.Options.Cloud = exhybrid.CloudGCCHigh }),
		want: []findingtest.Key{findingtest.I("params.options.tlsDomain", transport.CodeTLSDomainUnconfirmed)}},
	{name: "GCC High connectors with the worldwide domain", params: with(params2019, func(p *transport.Params) { p.Options.Cloud = exhybrid.CloudGCCHigh }),
		setFrom: params2019,
		want: []findingtest.Key{
			findingtest.I("params.options.tlsDomain", transport.CodeTLSDomainUnconfirmed),
			findingtest.W("receive[0].tlsDomainCapabilities", transport.CodeReceiveCapabilityDomain),
			findingtest.W("receive[1].tlsDomainCapabilities", transport.CodeReceiveCapabilityDomain),
			findingtest.W("send.tlsDomain", transport.CodeSendTLSDomain),
		}},
	{name: "GCC High confirmed, connectors with the worldwide domain", params: with(params2019, func(p *transport.Params) {
		p.Options.Cloud, p.Options.TLSDomain = exhybrid.CloudGCCHigh, "mail.protection.office365.us"
	}), setFrom: params2019,
		want: []findingtest.Key{
			findingtest.E("receive[0].tlsDomainCapabilities", transport.CodeReceiveCapabilityMissing),
			findingtest.E("receive[1].tlsDomainCapabilities", transport.CodeReceiveCapabilityMissing),
			findingtest.W("send.tlsDomain", transport.CodeSendTLSDomain),
		}},
	{name: "GCC High, receive capability missing altogether", params: with(params2019, func(p *transport.Params) { p.Options.Cloud = exhybrid.CloudGCCHigh }),
		edit: func(s *transport.Set) { s.Receive[0].TLSDomainCapabilities = nil },
		want: []findingtest.Key{findingtest.I("params.options.tlsDomain", transport.CodeTLSDomainUnconfirmed), findingtest.E("receive[0].tlsDomainCapabilities", transport.CodeReceiveCapabilityMissing)}},
	{name: "cloud not set", params: with(params2019, func(p *transport.Params) { p.Options.Cloud = 0 }),
		setFrom: params2019,
		want:    []findingtest.Key{findingtest.E("params.options.cloud", transport.CodeCloudInvalid)}},

	{name: "option out of range", params: with(params2019, func(p *transport.Params) { p.Options.SendRouting = 9 }),
		want: []findingtest.Key{findingtest.E("params.options.sendRouting", transport.CodeOptionInvalid)}},
	{name: "TLS level option out of range", params: with(params2019, func(p *transport.Params) { p.Options.TLSAuthLevel = 7 }),
		want: []findingtest.Key{findingtest.E("params.options.tlsAuthLevel", transport.CodeOptionInvalid)}},
	{name: "DNS routing valid", params: with(params2019, func(p *transport.Params) { p.Options.SendRouting = transport.SendRoutingDNS })},

	{name: "address space cost 0", params: params2019,
		edit: func(s *transport.Set) { s.Send.AddressSpaces[0].Cost = 0 },
		want: []findingtest.Key{findingtest.E("send.addressSpaces[0]", transport.CodeAddressSpaceInvalid), findingtest.E("send.addressSpaces", transport.CodeAddressSpaceMissing)}},
	{name: "address space cost 5 valid", params: params2019,
		edit: func(s *transport.Set) { s.Send.AddressSpaces[0].Cost = 5 }},
	{name: "address space misses coexistence domain", params: params2019,
		edit: func(s *transport.Set) {
			s.Send.AddressSpaces = []transport.AddressSpace{transport.SMTPAddressSpace("contoso.com")}
		},
		want: []findingtest.Key{findingtest.E("send.addressSpaces", transport.CodeAddressSpaceMissing)}},
	{name: "wildcard address space valid", params: params2019,
		edit: func(s *transport.Set) {
			s.Send.AddressSpaces = []transport.AddressSpace{transport.MustParseAddressSpace("smtp:*.mail.onmicrosoft.com;2")}
		}},

	{name: "TLS not required", params: params2019,
		edit: func(s *transport.Set) {
			s.Send.RequireTLS, s.Send.TLSAuthLevel, s.Send.TLSDomain = false, transport.TLSAuthNone, ""
		},
		want: []findingtest.Key{findingtest.E("send.requireTLS", transport.CodeTLSNotRequired)}},
	{name: "STARTTLS ignored", params: params2019,
		edit: func(s *transport.Set) { s.Send.IgnoreSTARTTLS = true },
		want: []findingtest.Key{findingtest.E("send.ignoreSTARTTLS", transport.CodeTLSNotRequired), findingtest.E("send.tlsAuthLevel", transport.CodeTLSAuthWithoutRequireTLS)}},
	{name: "TLS level without RequireTLS", params: params2019,
		edit: func(s *transport.Set) { s.Send.RequireTLS = false },
		want: []findingtest.Key{findingtest.E("send.requireTLS", transport.CodeTLSNotRequired), findingtest.E("send.tlsAuthLevel", transport.CodeTLSAuthWithoutRequireTLS)}},
	{name: "inbound TLS not required", params: params2019,
		edit: func(s *transport.Set) { s.Inbound.RequireTLS = false },
		want: []findingtest.Key{findingtest.W("inbound.requireTLS", transport.CodeInboundTLSNotRequired)}},

	{name: "send CertificateValidation under DomainValidation policy", params: params2019,
		edit: func(s *transport.Set) { s.Send.TLSAuthLevel = transport.TLSAuthCertificateValidation },
		want: []findingtest.Key{findingtest.W("send.tlsAuthLevel", transport.CodeTLSAuthLevel)}},
	{name: "send without TLS level", params: params2019,
		edit: func(s *transport.Set) { s.Send.TLSAuthLevel = transport.TLSAuthNone },
		want: []findingtest.Key{findingtest.W("send.tlsAuthLevel", transport.CodeTLSAuthLevel)}},
	{name: "outbound EncryptionOnly", params: params2019,
		edit: func(s *transport.Set) { s.Outbound.TLSSettings = transport.TLSAuthEncryptionOnly },
		want: []findingtest.Key{findingtest.W("outbound.tlsSettings", transport.CodeTLSAuthLevel)}},
	{name: "EncryptionOnly option", params: with(params2019, func(p *transport.Params) { p.Options.TLSAuthLevel = transport.TLSAuthEncryptionOnly }),
		want: []findingtest.Key{findingtest.E("params.options.tlsAuthLevel", transport.CodeOptionInvalid)}},
	{name: "CertificateValidation policy valid", params: with(params2019, func(p *transport.Params) {
		p.Options.TLSAuthLevel = transport.TLSAuthCertificateValidation
	})},
	{name: "DomainValidation under CertificateValidation policy valid", params: with(params2019, func(p *transport.Params) {
		p.Options.TLSAuthLevel = transport.TLSAuthCertificateValidation
	}), setFrom: params2019},

	{name: "send TLS domain wrong", params: params2019,
		edit: func(s *transport.Set) { s.Send.TLSDomain = "outlook.com" },
		want: []findingtest.Key{findingtest.W("send.tlsDomain", transport.CodeSendTLSDomain)}},
	{name: "send TLS domain case and dot valid", params: params2019,
		edit: func(s *transport.Set) { s.Send.TLSDomain = "MAIL.Protection.Outlook.com." }},

	{name: "send DNS routing with smart host", params: params2019,
		edit: func(s *transport.Set) { s.Send.SmartHosts = []string{"contoso-com.mail.protection.outlook.com"} },
		want: []findingtest.Key{findingtest.E("send.smartHosts", transport.CodeRoutingInconsistent)}},
	{name: "send neither DNS nor smart host", params: params2019,
		edit: func(s *transport.Set) { s.Send.DNSRoutingEnabled = false },
		want: []findingtest.Key{findingtest.E("send.dnsRoutingEnabled", transport.CodeRoutingInconsistent)}},
	{name: "outbound neither MX nor smart host", params: params2019,
		edit: func(s *transport.Set) { s.Outbound.SmartHosts = nil },
		want: []findingtest.Key{findingtest.E("outbound.useMXRecord", transport.CodeRoutingInconsistent)}},

	{name: "cloud services mail disabled", params: params2019,
		edit: func(s *transport.Set) {
			s.Send.CloudServicesMailEnabled, s.Inbound.CloudServicesMailEnabled, s.Outbound.CloudServicesMailEnabled = false, false, false
		},
		want: []findingtest.Key{
			findingtest.E("inbound.cloudServicesMailEnabled", transport.CodeCloudServicesMailDisabled),
			findingtest.E("outbound.cloudServicesMailEnabled", transport.CodeCloudServicesMailDisabled),
			findingtest.E("send.cloudServicesMailEnabled", transport.CodeCloudServicesMailDisabled),
		}},

	{name: "certificate name missing", params: params2019,
		edit: func(s *transport.Set) {
			s.Send.TLSCertificateName = transport.CertificateName{}
			s.Receive[1].TLSCertificateName = transport.CertificateName{}
		},
		want: []findingtest.Key{findingtest.E("receive[1].tlsCertificateName", transport.CodeCertificateNameMissing), findingtest.E("send.tlsCertificateName", transport.CodeCertificateNameMissing)}},
	{name: "connector certificate name malformed", params: params2019,
		edit: func(s *transport.Set) { s.Send.TLSCertificateName.Issuer = " CN=CA" },
		want: []findingtest.Key{findingtest.E("send.tlsCertificateName", transport.CodeCertificateInvalid)}},
	{name: "send certificate stale", params: params2019,
		edit: func(s *transport.Set) { s.Send.TLSCertificateName = oldCert },
		want: []findingtest.Key{findingtest.E("send.tlsCertificateName", transport.CodeCertificateMismatch)}},
	{name: "certificate renewed, connectors not", params: with(params2019, func(p *transport.Params) {
		p.Certificate.Name.Issuer = "CN=Contoso Issuing CA 2, O=Contoso, C=US"
	}), setFrom: params2019,
		want: []findingtest.Key{
			findingtest.E("receive[0].tlsCertificateName", transport.CodeCertificateMismatch),
			findingtest.E("receive[1].tlsCertificateName", transport.CodeCertificateMismatch),
			findingtest.E("send.tlsCertificateName", transport.CodeCertificateMismatch),
		}},
	{name: "certificate name case differs valid", params: params2019,
		edit: func(s *transport.Set) {
			s.Send.TLSCertificateName.Subject = strings.ToUpper(s.Send.TLSCertificateName.Subject)
		}},

	{name: "receive capability missing", params: params2019,
		edit: func(s *transport.Set) { s.Receive[0].TLSDomainCapabilities = nil },
		want: []findingtest.Key{findingtest.E("receive[0].tlsDomainCapabilities", transport.CodeReceiveCapabilityMissing)}},
	{name: "receive capability for another domain", params: params2019,
		edit: func(s *transport.Set) {
			s.Receive[1].TLSDomainCapabilities = []transport.TLSDomainCapability{transport.MustParseTLSDomainCapability("outlook.com:AcceptCloudServicesMail")}
		},
		want: []findingtest.Key{findingtest.E("receive[1].tlsDomainCapabilities", transport.CodeReceiveCapabilityMissing)}},
	{name: "AcceptOorgProtocol on 2019 valid", params: params2019,
		edit: func(s *transport.Set) {
			s.Receive[0].TLSDomainCapabilities = []transport.TLSDomainCapability{transport.MustParseTLSDomainCapability("mail.protection.outlook.com:AcceptOorgProtocol")}
		}},
	{name: "AcceptCloudServicesMail on Exchange 2010", params: with(paramsEdge, func(p *transport.Params) { p.Servers[1].Build = build2010SP3 }),
		edit: func(s *transport.Set) {
			s.Receive[0].TLSDomainCapabilities = []transport.TLSDomainCapability{transport.MustParseTLSDomainCapability("mail.protection.outlook.com:AcceptCloudServicesMail")}
		},
		want: []findingtest.Key{findingtest.E("receive[0].tlsDomainCapabilities", transport.CodeReceiveCapabilityVersion)}},

	{name: "receive connector missing", params: params2019,
		edit: func(s *transport.Set) { s.Receive = s.Receive[:1] },
		want: []findingtest.Key{findingtest.E("receive", transport.CodeReceiveMissing)}},

	{name: "connector types wrong", params: params2019,
		edit: func(s *transport.Set) {
			s.Inbound.ConnectorType, s.Outbound.ConnectorType = transport.ConnectorPartner, transport.ConnectorTypeUnknown
		},
		want: []findingtest.Key{findingtest.E("inbound.connectorType", transport.CodeConnectorType), findingtest.E("outbound.connectorType", transport.CodeConnectorType)}},
	{name: "route all on a Partner connector", params: with(params2019, func(p *transport.Params) { p.Options.Centralized = true }),
		edit: func(s *transport.Set) { s.Outbound.ConnectorType = transport.ConnectorPartner },
		want: []findingtest.Key{findingtest.E("outbound.connectorType", transport.CodeConnectorType), findingtest.E("outbound.routeAllMessagesViaOnPremises", transport.CodeRouteAllNotOnPremises)}},
	{name: "centralized chosen, connector not", params: with(params2019, func(p *transport.Params) { p.Options.Centralized = true }),
		setFrom: params2019,
		want:    []findingtest.Key{findingtest.E("outbound.routeAllMessagesViaOnPremises", transport.CodeCentralizedMismatch)}},
	{name: "connector centralized, choice not", params: params2019,
		edit: func(s *transport.Set) { s.Outbound.RouteAllMessagesViaOnPremises = true },
		want: []findingtest.Key{findingtest.E("outbound.routeAllMessagesViaOnPremises", transport.CodeCentralizedMismatch)}},

	{name: "inbound certificate name empty", params: params2019,
		edit: func(s *transport.Set) { s.Inbound.TLSSenderCertificateName = "" },
		want: []findingtest.Key{findingtest.E("inbound.tlsSenderCertificateName", transport.CodeInboundCertificateName)}},
	{name: "inbound certificate name stale", params: params2019,
		edit: func(s *transport.Set) { s.Inbound.TLSSenderCertificateName = "old.contoso.com" },
		want: []findingtest.Key{findingtest.E("inbound.tlsSenderCertificateName", transport.CodeInboundCertificateName)}},
	{name: "inbound certificate wildcard valid", params: params2019,
		edit: func(s *transport.Set) { s.Inbound.TLSSenderCertificateName = "*.contoso.com" }},

	{name: "outbound TLS domain stale", params: params2019,
		edit: func(s *transport.Set) { s.Outbound.TLSDomain = "old.contoso.com" },
		want: []findingtest.Key{findingtest.E("outbound.tlsDomain", transport.CodeOutboundTLSDomain)}},
	{name: "outbound TLS domain empty", params: params2019,
		edit: func(s *transport.Set) { s.Outbound.TLSDomain = "" },
		want: []findingtest.Key{findingtest.E("outbound.tlsDomain", transport.CodeOutboundTLSDomain)}},
	{name: "outbound TLS domain wildcard valid", params: params2019,
		edit: func(s *transport.Set) { s.Outbound.TLSDomain = "*.contoso.com" }},

	{name: "outbound smart host elsewhere", params: params2019,
		edit: func(s *transport.Set) { s.Outbound.SmartHosts = []string{"other.contoso.com"} },
		want: []findingtest.Key{findingtest.E("outbound.smartHosts", transport.CodeOutboundSmartHost)}},
	{name: "outbound routes by MX", params: params2019,
		edit: func(s *transport.Set) { s.Outbound.UseMXRecord, s.Outbound.SmartHosts = true, nil },
		want: []findingtest.Key{findingtest.E("outbound.useMXRecord", transport.CodeOutboundSmartHost)}},
	{name: "outbound smart hosts with case and IP valid", params: params2019,
		edit: func(s *transport.Set) { s.Outbound.SmartHosts = []string{"203.0.113.0/28", "MAIL.contoso.com"} }},

	{name: "hybrid domain added, connector not", params: with(params2019, func(p *transport.Params) { p.Domains = []string{"contoso.com", "fabrikam.com"} }),
		setFrom: params2019,
		want:    []findingtest.Key{findingtest.E("outbound.recipientDomains", transport.CodeOutboundRecipientDomains)}},
	{name: "recipient wildcard covers subdomain valid", params: with(params2019, func(p *transport.Params) { p.Domains = []string{"contoso.com", "sales.contoso.com"} }),
		edit: func(s *transport.Set) { s.Outbound.RecipientDomains = []string{"contoso.com", "*.contoso.com"} }},
}

func TestValidateConnectors(t *testing.T) {
	for _, tc := range validationCases {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.params()
			from := p
			if tc.setFrom != nil {
				from = tc.setFrom()
			}
			set, _ := transport.HybridConnectors(from)
			if tc.edit != nil {
				tc.edit(&set)
			}
			if diff := findingtest.Diff(tc.want, transport.ValidateConnectors(set, p)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEveryCodeTested checks that every declared code is expected by some
// row of the validation or HybridConnectors tables.
func TestEveryCodeTested(t *testing.T) {
	seen := findingtest.Codes{}
	for _, tc := range validationCases {
		seen.Add(tc.want...)
	}
	for _, tc := range paramsCases {
		seen.Add(tc.want...)
	}
	for _, tc := range auditCases {
		seen.Add(tc.want...)
	}
	for _, c := range codecheck.Check(t, ".", transport.Rules()) {
		if !seen[exhybrid.Code(c.Value)] {
			t.Errorf("no test row expects %s (%s)", c.Name, c.Value)
		}
	}
}

func TestValidateFindingsMatchErrorsIs(t *testing.T) {
	p := params2019()
	set, _ := transport.HybridConnectors(p)
	set.Send.RequireTLS = false
	err := transport.ValidateConnectors(set, p).Err()
	if !errors.Is(err, transport.CodeTLSNotRequired) {
		t.Errorf("Err() = %v, want it to match %s", err, transport.CodeTLSNotRequired)
	}
}

func BenchmarkValidateConnectors(b *testing.B) {
	p := params2019()
	set, _ := transport.HybridConnectors(p)
	if fs := transport.ValidateConnectors(set, p); len(fs) > 0 {
		b.Fatalf("base set not valid:\n%s", fs)
	}
	b.ReportAllocs()
	for b.Loop() {
		sinkFindings = transport.ValidateConnectors(set, p)
	}
}

var sinkFindings exhybrid.Findings

func TestValidateAllocs(t *testing.T) {
	p := params2019()
	set, _ := transport.HybridConnectors(p)
	allocs := testing.AllocsPerRun(100, func() { sinkFindings = transport.ValidateConnectors(set, p) })
	// The tenant's coexistence domain is computed (lower-cased and joined)
	// once per call; nothing else allocates on valid input.
	if allocs > 4 {
		t.Errorf("ValidateConnectors on a valid set: %v allocations, want at most 4", allocs)
	}
}
