package transport_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/transport"
)

var (
	certName = hybridCert.Name
	eopCloud = []transport.TLSDomainCapability{{Domain: "mail.protection.outlook.com", Capabilities: transport.CapabilitiesOf(transport.AcceptCloudServicesMail)}}
)

// goldenSend is the Send connector all the golden cases share but for its
// source servers.
func goldenSend(sources ...string) transport.SendConnector {
	return transport.SendConnector{
		Name:                     "Outbound to Office 365",
		AddressSpaces:            []transport.AddressSpace{{Type: "SMTP", Address: "contoso.mail.onmicrosoft.com", Cost: 1}},
		SourceTransportServers:   sources,
		SmartHosts:               []string{"contoso-com.mail.protection.outlook.com"},
		RequireTLS:               true,
		TLSAuthLevel:             transport.DomainValidation,
		TLSDomain:                "mail.protection.outlook.com",
		TLSCertificateName:       certName,
		FQDN:                     "mail.contoso.com",
		CloudServicesMailEnabled: true,
	}
}

var goldenInbound = transport.InboundConnector{
	Name:                     "Inbound from " + testID,
	ConnectorType:            transport.OnPremises,
	ConnectorSource:          transport.SourceHybridWizard,
	SenderDomains:            []string{"*"},
	RequireTLS:               true,
	TLSSenderCertificateName: "mail.contoso.com",
	CloudServicesMailEnabled: true,
}

func goldenOutbound(centralized bool) transport.OutboundConnector {
	return transport.OutboundConnector{
		Name:                          "Outbound from " + testID,
		ConnectorType:                 transport.OnPremises,
		ConnectorSource:               transport.SourceHybridWizard,
		RecipientDomains:              []string{"contoso.com"},
		SmartHosts:                    []string{"mail.contoso.com"},
		TLSSettings:                   transport.DomainValidation,
		TLSDomain:                     "mail.contoso.com",
		CloudServicesMailEnabled:      true,
		RouteAllMessagesViaOnPremises: centralized,
	}
}

func frontend(server string) transport.ReceiveConnector {
	return transport.ReceiveConnector{
		Server:                server,
		Name:                  "Default Frontend " + server,
		TransportRole:         transport.FrontendTransport,
		TLSDomainCapabilities: eopCloud,
		TLSCertificateName:    certName,
	}
}

func TestHybridConnectorsGolden(t *testing.T) {
	tests := []struct {
		name   string
		params transport.Params
		want   transport.Set
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
		name: "HCW log names, DNS routing, 2010 SP3 Edge, CertificateValidation",
		params: with(paramsEdge, func(p *transport.Params) {
			p.Servers[1].Build = build2010SP3
			p.Options.Names = transport.NamesHCWLog
			p.Options.SendRouting = transport.SendRoutingDNS
			p.Options.TLSAuthLevel = transport.CertificateValidation
		})(),
		want: transport.Set{
			Send: transport.SendConnector{
				Name:                     "Outbound to Office 365 - " + testID,
				AddressSpaces:            []transport.AddressSpace{{Type: "SMTP", Address: "contoso.mail.onmicrosoft.com", Cost: 1}},
				SourceTransportServers:   []string{"EDGE01"},
				DNSRoutingEnabled:        true,
				RequireTLS:               true,
				TLSAuthLevel:             transport.CertificateValidation,
				TLSCertificateName:       certName,
				FQDN:                     "mail.contoso.com",
				CloudServicesMailEnabled: true,
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
				o.TLSSettings, o.TLSDomain = transport.CertificateValidation, ""
				return o
			}(),
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, fs := transport.HybridConnectors(tc.params)
			if len(fs) > 0 {
				t.Errorf("findings:\n%s", fs)
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
	want   []want
}{
	{name: "valid", params: params2019},
	{name: "identifier derived", params: with(params2019, func(p *transport.Params) { p.Options.ID = "" }),
		want: []want{i("options.id", transport.CodeIDDerived)}},
	{name: "identifier not a GUID", params: with(params2019, func(p *transport.Params) { p.Options.ID = "{2f5a8d6c-3b1e-4c7a-9d2f-6e8b1a0c4d37}" }),
		want: []want{e("options.id", transport.CodeIDInvalid)}},
	{name: "identifier upper case valid", params: with(params2019, func(p *transport.Params) { p.Options.ID = "2F5A8D6C-3B1E-4C7A-9D2F-6E8B1A0C4D37" })},
	{name: "EOP smart host derived", params: with(params2019, func(p *transport.Params) { p.Options.EOPSmartHost = "" }),
		want: []want{i("options.eopSmartHost", transport.CodeEOPSmartHostDerived)}},
	{name: "EOP smart host not derivable in GCC High", params: with(params2019, func(p *transport.Params) {
		p.Options.EOPSmartHost, p.Options.Cloud = "", exhybrid.CloudGCCHigh
	}), want: []want{e("options.eopSmartHost", transport.CodeEOPSmartHostMissing)}},
	{name: "DNS routing needs no EOP smart host valid", params: with(params2019, func(p *transport.Params) {
		p.Options.EOPSmartHost, p.Options.Cloud, p.Options.SendRouting = "", exhybrid.CloudGCCHigh, transport.SendRoutingDNS
	})},
	{name: "EOP smart host invalid", params: with(params2019, func(p *transport.Params) { p.Options.EOPSmartHost = "contoso_com.mail.protection.outlook.com" }),
		want: []want{e("options.eopSmartHost", transport.CodeNameInvalid)}},
	{name: "Exchange 2010 receiving server", params: with(params2019, func(p *transport.Params) {
		p.Servers = append(p.Servers, rolesServer("EX10", build2010SP3, "Mailbox, HubTransport, ClientAccess"))
		p.ReceivingServers = []string{"EX10"}
	}), want: []want{i("receivingServers[0]", transport.CodeReceiveConnectorUnnamed)}},
	{name: "params findings relative to Params", params: with(params2019, func(p *transport.Params) {
		p.Tenant, p.ReceivingServers = "", []string{"EX01", "NOPE"}
	}), want: []want{e("receivingServers[1]", transport.CodeServerUnknown), e("tenant", transport.CodeTenantInvalid)}},
}

func TestHybridConnectorsFindings(t *testing.T) {
	for _, tc := range paramsCases {
		t.Run(tc.name, func(t *testing.T) {
			_, fs := transport.HybridConnectors(tc.params())
			got := sortedWants(fs)
			wantList := slices.Clone(tc.want)
			slices.SortFunc(wantList, compareWant)
			if wantList == nil {
				wantList = []want{}
			}
			if diff := cmp.Diff(wantList, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHybridConnectorsDeterministic checks that the same Params always give
// the same Set and findings, and that Params are not changed.
func TestHybridConnectorsDeterministic(t *testing.T) {
	p := with(params2019, func(p *transport.Params) { p.Options.ID, p.Options.EOPSmartHost = "", "" })()
	before := with(params2019, func(p *transport.Params) { p.Options.ID, p.Options.EOPSmartHost = "", "" })()
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
	for _, from := range []transport.Endpoint{0, transport.OnPremisesMailbox, transport.CloudMailbox, transport.Internet} {
		for _, to := range []transport.Endpoint{0, transport.OnPremisesMailbox, transport.CloudMailbox, transport.Internet} {
			if from == transport.CloudMailbox && to == transport.Internet {
				continue // EXO → EOP → Internet needs nothing on premises
			}
			if _, err := transport.Route(transport.Topology{}, from, to); err == nil {
				t.Errorf("Route(Topology{}, %s, %s) gave no error", from, to)
			}
		}
	}
}
