package transport_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

var (
	certName = hybridCert.Name
	eopCloud = []transport.TLSDomainCapability{{Domain: "mail.protection.outlook.com", Capabilities: transport.CapabilitiesOf(transport.CapabilityAcceptCloudServicesMail)}}
)

// goldenSend is the Send connector all the golden cases share but for its
// source servers: DNS routing, as the wizard configures it.
func goldenSend(sources ...string) transport.SendConnector {
	return transport.SendConnector{
		Name:                     "Outbound to Office 365",
		AddressSpaces:            []transport.AddressSpace{{Type: "SMTP", Address: "contoso.mail.onmicrosoft.com", Cost: 1}},
		SourceTransportServers:   sources,
		DNSRoutingEnabled:        true,
		RequireTLS:               true,
		TLSAuthLevel:             transport.TLSAuthDomainValidation,
		TLSDomain:                "mail.protection.outlook.com",
		TLSCertificateName:       certName,
		FQDN:                     "mail.contoso.com",
		CloudServicesMailEnabled: true,
	}
}

var goldenInbound = transport.InboundConnector{
	Name:                     "Inbound from " + testID,
	ConnectorType:            transport.ConnectorOnPremises,
	ConnectorSource:          transport.ConnectorSourceHybridWizard,
	SenderDomains:            []string{"*"},
	RequireTLS:               true,
	TLSSenderCertificateName: "mail.contoso.com",
	CloudServicesMailEnabled: true,
}

func goldenOutbound(centralized bool) transport.OutboundConnector {
	return transport.OutboundConnector{
		Name:                          "Outbound from " + testID,
		ConnectorType:                 transport.ConnectorOnPremises,
		ConnectorSource:               transport.ConnectorSourceHybridWizard,
		RecipientDomains:              []string{"contoso.com"},
		SmartHosts:                    []string{"mail.contoso.com"},
		TLSSettings:                   transport.TLSAuthDomainValidation,
		TLSDomain:                     "mail.contoso.com",
		CloudServicesMailEnabled:      true,
		RouteAllMessagesViaOnPremises: centralized,
	}
}

func frontend(server string) transport.ReceiveConnector {
	return transport.ReceiveConnector{
		Server:                server,
		Name:                  "Default Frontend " + server,
		TransportRole:         transport.TransportRoleFrontend,
		TLSDomainCapabilities: eopCloud,
		TLSCertificateName:    certName,
	}
}

// connectorCases are organizations with the Set HybridConnectors must
// build for each, in full, and its findings (none of them errors).
var connectorCases = []struct {
	name     string
	params   transport.Params
	want     transport.Set
	findings []findingtest.Key
}{{
	name:   "2019 organization, two Mailbox servers",
	params: params2019(),
	want: transport.Set{
		Send:     goldenSend("EX01", "EX02"),
		Receive:  []transport.ReceiveConnector{frontend("EX01"), frontend("EX02")},
		Inbound:  goldenInbound,
		Outbound: goldenOutbound(false),
	},
}, {
	name:   "2007 organization, 2013 Mailbox sends, 2013 Client Access receives",
	params: params2007(),
	want: transport.Set{
		Send:     goldenSend("EX13MBX"),
		Receive:  []transport.ReceiveConnector{frontend("EX13CAS")},
		Inbound:  goldenInbound,
		Outbound: goldenOutbound(false),
	},
}, {
	name:   "Edge Transport server",
	params: paramsEdge(),
	want: transport.Set{
		Send: goldenSend("EDGE01"),
		Receive: []transport.ReceiveConnector{{
			Server:                "EDGE01",
			Name:                  "Default internal receive connector EDGE01",
			TLSDomainCapabilities: eopCloud,
			TLSCertificateName:    certName,
		}},
		Inbound:  goldenInbound,
		Outbound: goldenOutbound(false),
	},
}, {
	name:   "centralized mail transport",
	params: with(params2019, func(p *transport.Params) { p.Options.Centralized = true })(),
	want: transport.Set{
		Send:     goldenSend("EX01", "EX02"),
		Receive:  []transport.ReceiveConnector{frontend("EX01"), frontend("EX02")},
		Inbound:  goldenInbound,
		Outbound: goldenOutbound(true),
	},
}, {
	name: "smart host asked for",
	params: with(params2019, func(p *transport.Params) {
		p.Options.SendRouting = transport.SendRoutingSmartHost
		p.Options.EOPSmartHost = "contoso-com.mail.protection.outlook.com"
	})(),
	want: transport.Set{
		Send: func() transport.SendConnector {
			s := goldenSend("EX01", "EX02")
			s.DNSRoutingEnabled, s.SmartHosts = false, []string{"contoso-com.mail.protection.outlook.com"}
			return s
		}(),
		Receive:  []transport.ReceiveConnector{frontend("EX01"), frontend("EX02")},
		Inbound:  goldenInbound,
		Outbound: goldenOutbound(false),
	},
}, {
	name:   "Exchange 2010-based hybrid: no TlsCertificateName or CloudServicesMailEnabled on premises",
	params: params2010(),
	want: transport.Set{
		Send: func() transport.SendConnector {
			s := goldenSend("EX10")
			s.TLSCertificateName, s.CloudServicesMailEnabled = transport.CertificateName{}, false
			return s
		}(),
		Receive: []transport.ReceiveConnector{{
			Server:                "EX10",
			TLSDomainCapabilities: []transport.TLSDomainCapability{transport.MustParseTLSDomainCapability("mail.protection.outlook.com:AcceptOorgProtocol")},
		}},
		Inbound:  goldenInbound,
		Outbound: goldenOutbound(false),
	},
	findings: []findingtest.Key{findingtest.I("receivingServers[0]", transport.CodeReceiveConnectorUnnamed)},
}, {
	name: "certificate with a common name that is no host name",
	params: with(params2019, func(p *transport.Params) {
		p.Certificate.Name = transport.MustParseCertificateName("<I>CN=Contoso Issuing CA, O=Contoso, C=US<S>CN=Contoso Mail, O=Contoso, C=US")
	})(),
	want: transport.Set{
		Send: func() transport.SendConnector {
			s := goldenSend("EX01", "EX02")
			s.TLSCertificateName = transport.MustParseCertificateName("<I>CN=Contoso Issuing CA, O=Contoso, C=US<S>CN=Contoso Mail, O=Contoso, C=US")
			return s
		}(),
		Receive: func() []transport.ReceiveConnector {
			rs := []transport.ReceiveConnector{frontend("EX01"), frontend("EX02")}
			for i := range rs {
				rs[i].TLSCertificateName = transport.MustParseCertificateName("<I>CN=Contoso Issuing CA, O=Contoso, C=US<S>CN=Contoso Mail, O=Contoso, C=US")
			}
			return rs
		}(),
		Inbound:  goldenInbound,
		Outbound: goldenOutbound(false),
	},
}, {
	name: "HCW log names, 2010 SP3 Edge, CertificateValidation",
	params: with(paramsEdge, func(p *transport.Params) {
		p.Servers[1].Build = build2010SP3
		p.Options.Names = transport.NamesHCWLog
		p.Options.TLSAuthLevel = transport.TLSAuthCertificateValidation
	})(),
	want: transport.Set{
		Send: transport.SendConnector{
			Name:                   "Outbound to Office 365 - " + testID,
			AddressSpaces:          []transport.AddressSpace{{Type: "SMTP", Address: "contoso.mail.onmicrosoft.com", Cost: 1}},
			SourceTransportServers: []string{"EDGE01"},
			DNSRoutingEnabled:      true,
			RequireTLS:             true,
			TLSAuthLevel:           transport.TLSAuthCertificateValidation,
			FQDN:                   "mail.contoso.com",
		},
		Receive: []transport.ReceiveConnector{{
			Server:                "EDGE01",
			Name:                  "Default internal receive connector EDGE01",
			TLSDomainCapabilities: []transport.TLSDomainCapability{transport.MustParseTLSDomainCapability("mail.protection.outlook.com:AcceptOorgProtocol")},
		}},
		Inbound: goldenInbound,
		Outbound: func() transport.OutboundConnector {
			o := goldenOutbound(false)
			o.Name = "Outbound to " + testID
			o.TLSSettings, o.TLSDomain = transport.TLSAuthCertificateValidation, ""
			return o
		}(),
	},
}}

func TestHybridConnectorsGolden(t *testing.T) {
	for _, tc := range connectorCases {
		t.Run(tc.name, func(t *testing.T) {
			got, fs := transport.HybridConnectors(tc.params)
			if diff := findingtest.Diff(tc.findings, fs); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("HybridConnectors (-want +got):\n%s", diff)
			}
			if fs := transport.ValidateConnectors(got, tc.params); len(fs) > 0 {
				t.Errorf("the generated set does not validate:\n%s", fs)
			}
		})
	}
}

// paramsCases are the findings HybridConnectors reports about its Params,
// with paths relative to them.
var paramsCases = []struct {
	name   string
	params func() transport.Params
	want   []findingtest.Key
}{
	{name: "valid", params: params2019},
	{name: "identifier derived", params: with(params2019, func(p *transport.Params) { p.Options.ID = "" }),
		want: []findingtest.Key{findingtest.I("options.id", transport.CodeIDDerived)}},
	{name: "identifier not a GUID", params: with(params2019, func(p *transport.Params) { p.Options.ID = "{2f5a8d6c-3b1e-4c7a-9d2f-6e8b1a0c4d37}" }),
		want: []findingtest.Key{findingtest.E("options.id", transport.CodeIDInvalid)}},
	{name: "identifier upper case valid", params: with(params2019, func(p *transport.Params) { p.Options.ID = "2F5A8D6C-3B1E-4C7A-9D2F-6E8B1A0C4D37" })},
	{name: "identifier not derived without a tenant", params: with(params2019, func(p *transport.Params) { p.Options.ID, p.Tenant = "", "" }),
		want: []findingtest.Key{findingtest.E("tenant", transport.CodeTenantInvalid)}},
	{name: "smart host routing without EOP smart host", params: with(params2019, func(p *transport.Params) {
		p.Options.SendRouting = transport.SendRoutingSmartHost
	}), want: []findingtest.Key{findingtest.E("options.eopSmartHost", transport.CodeEOPSmartHostMissing)}},
	{name: "smart host routing with EOP smart host valid", params: with(params2019, func(p *transport.Params) {
		p.Options.SendRouting, p.Options.EOPSmartHost = transport.SendRoutingSmartHost, "contoso-com.mail.protection.outlook.com"
	})},
	{name: "EOP smart host without smart host routing", params: with(params2019, func(p *transport.Params) {
		p.Options.EOPSmartHost = "contoso-com.mail.protection.outlook.com"
	}), want: []findingtest.Key{findingtest.E("options.eopSmartHost", transport.CodeOptionInvalid)}},
	{name: "EOP smart host invalid", params: with(params2019, func(p *transport.Params) {
		p.Options.SendRouting, p.Options.EOPSmartHost = transport.SendRoutingSmartHost, "contoso_com.mail.protection.outlook.com"
	}), want: []findingtest.Key{findingtest.E("options.eopSmartHost", transport.CodeOptionInvalid)}},
	{name: "GCC High TLS domain unconfirmed", params: with(params2019, func(p *transport.Params) { p.Options.Cloud = exhybrid.CloudGCCHigh }),
		want: []findingtest.Key{findingtest.I("options.tlsDomain", transport.CodeTLSDomainUnconfirmed)}},
	{name: "GCC High TLS domain confirmed valid", params: with(params2019, func(p *transport.Params) {
		p.Options.Cloud, p.Options.TLSDomain = exhybrid.CloudGCCHigh, "mail.protection.office365.us"
	})},
	{name: "cloud not set", params: with(params2019, func(p *transport.Params) { p.Options.Cloud = exhybrid.CloudUnknown }),
		want: []findingtest.Key{findingtest.E("options.cloud", transport.CodeCloudInvalid)}},
	{name: "cloud out of range", params: with(params2019, func(p *transport.Params) { p.Options.Cloud = 99 }),
		want: []findingtest.Key{findingtest.E("options.cloud", transport.CodeCloudInvalid)}},
	{name: "certificate common name no host name, no DNS name", params: with(params2019, func(p *transport.Params) {
		p.Certificate.Name = transport.MustParseCertificateName("<I>CN=Contoso Issuing CA<S>CN=Contoso Mail, O=Contoso")
		p.Certificate.DNSNames = nil
	}), want: []findingtest.Key{findingtest.E("certificate.name", transport.CodeCertificateInvalid)}},
	{name: "certificate common name no host name, first valid DNS name used valid", params: with(params2019, func(p *transport.Params) {
		p.Certificate.Name = transport.MustParseCertificateName("<I>CN=Contoso Issuing CA<S>CN=Contoso Mail, O=Contoso")
		p.Certificate.DNSNames = []string{"mail.contoso.com", "autodiscover.contoso.com"}
	})},
	{name: "same server twice by name and FQDN", params: with(params2019, func(p *transport.Params) {
		p.SendingServers = []string{"EX01", "ex01.corp.contoso.com"}
		p.ReceivingServers = []string{"EX01", "EX02", "ex01.CORP.contoso.com"}
	}), want: []findingtest.Key{findingtest.W("receivingServers[2]", transport.CodeServerDuplicate), findingtest.W("sendingServers[1]", transport.CodeServerDuplicate)}},
	{name: "same Edge server twice", params: with(paramsEdge, func(p *transport.Params) { p.EdgeServers = []string{"EDGE01", "edge01"} }),
		want: []findingtest.Key{findingtest.W("edgeServers[1]", transport.CodeServerDuplicate)}},
	{name: "unknown name twice", params: with(params2019, func(p *transport.Params) { p.ReceivingServers = []string{"EX09", "ex09"} }),
		want: []findingtest.Key{findingtest.E("receivingServers[0]", transport.CodeServerUnknown), findingtest.W("receivingServers[1]", transport.CodeServerDuplicate)}},
	{name: "endpoint of unknown version", params: with(params2019, func(p *transport.Params) { p.Servers[1].Build = version.Build{} }),
		want: []findingtest.Key{findingtest.E("receivingServers[1]", transport.CodeEndpointVersionUnknown), findingtest.E("sendingServers[1]", transport.CodeEndpointVersionUnknown)}},
	{name: "Exchange Online build as endpoint", params: with(params2019, func(p *transport.Params) { p.Servers[1].Build = version.MustParseBuild("15.20.7000.10") }),
		want: []findingtest.Key{findingtest.E("receivingServers[1]", transport.CodeEndpointVersionUnknown), findingtest.E("sendingServers[1]", transport.CodeEndpointVersionUnknown)}},
	{name: "Exchange 2010 receiving server", params: with(params2019, func(p *transport.Params) {
		p.Servers = append(p.Servers, rolesServer("EX10", build2010SP3, "Mailbox, HubTransport, ClientAccess"))
		p.ReceivingServers = []string{"EX10"}
	}), want: []findingtest.Key{findingtest.I("receivingServers[0]", transport.CodeReceiveConnectorUnnamed)}},
	{name: "params findings relative to Params", params: with(params2019, func(p *transport.Params) {
		p.Tenant, p.ReceivingServers = "", []string{"EX01", "NOPE"}
	}), want: []findingtest.Key{findingtest.E("receivingServers[1]", transport.CodeServerUnknown), findingtest.E("tenant", transport.CodeTenantInvalid)}},
}

func TestHybridConnectorsFindings(t *testing.T) {
	for _, tc := range paramsCases {
		t.Run(tc.name, func(t *testing.T) {
			_, fs := transport.HybridConnectors(tc.params())
			if diff := findingtest.Diff(tc.want, fs); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHybridConnectorsDuplicates checks that a server listed twice gets one
// Receive connector and is one source server.
func TestHybridConnectorsDuplicates(t *testing.T) {
	p := with(params2019, func(p *transport.Params) {
		p.SendingServers = []string{"EX01", "ex01.corp.contoso.com", "EX02"}
		p.ReceivingServers = []string{"EX01", "ex01.corp.contoso.com"}
	})()
	set, fs := transport.HybridConnectors(p)
	if fs.HasErrors() {
		t.Fatalf("findings:\n%s", fs)
	}
	if diff := cmp.Diff([]string{"EX01", "EX02"}, set.Send.SourceTransportServers); diff != "" {
		t.Errorf("SourceTransportServers (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]transport.ReceiveConnector{frontend("EX01")}, set.Receive); diff != "" {
		t.Errorf("Receive (-want +got):\n%s", diff)
	}
	want := []findingtest.Key{findingtest.W("params.receivingServers[1]", transport.CodeServerDuplicate), findingtest.W("params.sendingServers[1]", transport.CodeServerDuplicate)}
	if diff := findingtest.Diff(want, transport.ValidateConnectors(set, p)); diff != "" {
		t.Errorf("ValidateConnectors (-want +got):\n%s", diff)
	}
}

// TestHybridConnectorsNoTenant checks that with no valid tenant no
// identifier is derived from an empty coexistence domain and the names
// that would hold it stay empty.
func TestHybridConnectorsNoTenant(t *testing.T) {
	set, _ := transport.HybridConnectors(with(params2019, func(p *transport.Params) { p.Tenant, p.Options.ID = "", "" })())
	if set.Inbound.Name != "" || set.Outbound.Name != "" || set.Send.AddressSpaces != nil {
		t.Errorf("names %q, %q and address spaces %v; want them empty", set.Inbound.Name, set.Outbound.Name, set.Send.AddressSpaces)
	}
}

// TestHybridConnectorsValidateClean checks, over varied Params, that a Set
// HybridConnectors builds without an error finding passes
// ValidateConnectors: no error, and no finding that is not about the
// Params (under "params", with a code HybridConnectors also reported).
func TestHybridConnectorsValidateClean(t *testing.T) {
	gccHigh := func(p *transport.Params) { p.Options.Cloud = exhybrid.CloudGCCHigh }
	smartHost := func(p *transport.Params) {
		p.Options.SendRouting, p.Options.EOPSmartHost = transport.SendRoutingSmartHost, "contoso-com.mail.protection.outlook.com"
	}
	certValidation := func(p *transport.Params) { p.Options.TLSAuthLevel = transport.TLSAuthCertificateValidation }
	centralized := func(p *transport.Params) { p.Options.Centralized = true }
	hcwNames := func(p *transport.Params) { p.Options.Names, p.Options.ID = transport.NamesHCWLog, "" }
	cnNoHost := func(p *transport.Params) {
		p.Certificate.Name = transport.MustParseCertificateName("<I>CN=Contoso Issuing CA<S>CN=Contoso Mail, O=Contoso")
	}
	wildcard := func(p *transport.Params) {
		p.Certificate = transport.TLSCertificate{Name: transport.MustParseCertificateName("<I>CN=Contoso Issuing CA<S>CN=*.contoso.com"), DNSNames: []string{"*.contoso.com"}}
		p.OnPremisesSmartHost = "smtp.contoso.com"
	}
	duplicates := func(p *transport.Params) {
		if len(p.EdgeServers) > 0 {
			p.EdgeServers = append(p.EdgeServers, strings.ToLower(p.EdgeServers[0]))
			return
		}
		p.SendingServers = append(p.SendingServers, strings.ToLower(p.SendingServers[0]))
		p.ReceivingServers = append(p.ReceivingServers, strings.ToLower(p.ReceivingServers[0]))
	}
	edge2010 := func(p *transport.Params) { p.Servers[1].Build = build2010SP3 }
	edgeOorg := func(p *transport.Params) { p.Options.EdgeAcceptOorgProtocol = true }
	vianet := func(p *transport.Params) {
		p.Options.Cloud, p.Options.TLSDomain = exhybrid.Cloud21Vianet, "eop.example.net"
	}
	hub2010 := func(p *transport.Params) {
		p.Servers = append(p.Servers, rolesServer("EX10", build2010SP3, "Mailbox, HubTransport, ClientAccess"))
		p.SendingServers = append(p.SendingServers, "EX10")
		p.ReceivingServers = append(p.ReceivingServers, "EX10")
	}
	bases := map[string]func() transport.Params{
		"2019": params2019, "2013/2007": params2007, "edge 2016": paramsEdge, "2010": params2010,
		"edge 2010": with(paramsEdge, edge2010), "2019 with 2010 Hub": with(params2019, hub2010),
	}
	changes := map[string][]func(*transport.Params){
		"defaults":        nil,
		"centralized":     {centralized},
		"smart host":      {smartHost},
		"smart host, CV":  {smartHost, certValidation},
		"CV, HCW names":   {certValidation, hcwNames},
		"GCC High":        {gccHigh, smartHost},
		"21Vianet":        {vianet},
		"CN no host name": {cnNoHost},
		"wildcard":        {wildcard},
		"duplicates":      {duplicates, centralized},
		"edge Oorg":       {edgeOorg},
	}
	for _, bn := range slices.Sorted(maps.Keys(bases)) {
		for _, cn := range slices.Sorted(maps.Keys(changes)) {
			t.Run(bn+"/"+cn, func(t *testing.T) {
				p := bases[bn]()
				for _, c := range changes[cn] {
					c(&p)
				}
				set, built := transport.HybridConnectors(p)
				if built.HasErrors() {
					t.Fatalf("HybridConnectors reported errors:\n%s", built)
				}
				codes := map[exhybrid.Code]bool{}
				for _, f := range built {
					codes[f.Code] = true
				}
				for _, f := range transport.ValidateConnectors(set, p) {
					if f.Severity == exhybrid.SeverityError || !strings.HasPrefix(string(f.Path), "params") || !codes[f.Code] {
						t.Errorf("ValidateConnectors of the built set: %s", f)
					}
				}
			})
		}
	}
}

// TestHybridConnectorsDeterministic checks that the same Params always give
// the same Set and findings, and that Params are not changed.
func TestHybridConnectorsDeterministic(t *testing.T) {
	p := with(params2019, func(p *transport.Params) { p.Options.ID = "" })()
	before := with(params2019, func(p *transport.Params) { p.Options.ID = "" })()
	s1, f1 := transport.HybridConnectors(p)
	s2, f2 := transport.HybridConnectors(p)
	if diff := cmp.Diff(s1, s2); diff != "" {
		t.Errorf("two runs differ (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(f1, f2); diff != "" {
		t.Errorf("two runs' findings differ (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(before, p); diff != "" {
		t.Errorf("Params changed (-before +after):\n%s", diff)
	}
	// The derived identifier is the RFC 9562 version 5 UUID of the
	// coexistence domain in the DNS name space.
	if want := "Inbound from 0c7becd1-c7d0-591c-aeeb-7f124931ac4a"; s1.Inbound.Name != want {
		t.Errorf("Inbound.Name = %q, want %q", s1.Inbound.Name, want)
	}
	s1.Send.SourceTransportServers[0] = "CHANGED"
	if p.SendingServers[0] == "CHANGED" {
		t.Error("the Set shares its slices with Params")
	}
}

func TestEdgeAcceptOorgProtocol(t *testing.T) {
	p := with(paramsEdge, func(p *transport.Params) { p.Options.EdgeAcceptOorgProtocol = true })()
	set, fs := transport.HybridConnectors(p)
	if len(fs) > 0 {
		t.Fatalf("findings:\n%s", fs)
	}
	want := []transport.TLSDomainCapability{transport.MustParseTLSDomainCapability("mail.protection.outlook.com:AcceptOorgProtocol")}
	if diff := cmp.Diff(want, set.Receive[0].TLSDomainCapabilities); diff != "" {
		t.Errorf("Edge capabilities (-want +got):\n%s", diff)
	}
	if fs := transport.ValidateConnectors(set, p); len(fs) > 0 {
		t.Errorf("does not validate:\n%s", fs)
	}
}

// TestZeroValues checks that empty input gives findings or errors, never a
// panic.
func TestZeroValues(t *testing.T) {
	set, fs := transport.HybridConnectors(transport.Params{})
	if !fs.HasErrors() {
		t.Error("HybridConnectors(Params{}) reported no error")
	}
	if !transport.ValidateConnectors(set, transport.Params{}).HasErrors() {
		t.Error("ValidateConnectors of the zero input reported no error")
	}
	if !transport.ValidateConnectors(transport.Set{}, params2019()).HasErrors() {
		t.Error("ValidateConnectors(Set{}, valid params) reported no error")
	}
	for _, from := range []transport.Endpoint{0, transport.EndpointOnPremisesMailbox, transport.EndpointCloudMailbox, transport.EndpointInternet} {
		for _, to := range []transport.Endpoint{0, transport.EndpointOnPremisesMailbox, transport.EndpointCloudMailbox, transport.EndpointInternet} {
			if from == transport.EndpointCloudMailbox && to == transport.EndpointInternet {
				continue // EXO → EOP → Internet needs nothing on premises
			}
			if _, err := transport.Route(transport.Topology{}, from, to); err == nil {
				t.Errorf("Route(Topology{}, %s, %s) gave no error", from, to)
			}
		}
	}
}

// TestNamesOf checks the connector names of each style, with and without
// an identifier; an invalid style means the documented names.
func TestNamesOf(t *testing.T) {
	const id = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
	tests := []struct {
		style transport.NameStyle
		id    string
		want  transport.ConnectorNames
	}{
		{transport.NamesDocumented, id, transport.ConnectorNames{Send: "Outbound to Office 365", Inbound: "Inbound from " + id, Outbound: "Outbound from " + id}},
		{transport.NamesHCWLog, id, transport.ConnectorNames{Send: "Outbound to Office 365 - " + id, Inbound: "Inbound from " + id, Outbound: "Outbound to " + id}},
		{transport.NamesDocumented, "", transport.ConnectorNames{Send: "Outbound to Office 365"}},
		{transport.NamesHCWLog, "", transport.ConnectorNames{}},
		{transport.NamesUnknown, id, transport.ConnectorNames{Send: "Outbound to Office 365", Inbound: "Inbound from " + id, Outbound: "Outbound from " + id}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, transport.NamesOf(tt.style, tt.id)); diff != "" {
			t.Errorf("transport.NamesOf(%v, %q) (-want +got):\n%s", tt.style, tt.id, diff)
		}
	}
}
