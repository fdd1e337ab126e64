package transport_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// Hop builders for the expectations.
var (
	inet = transport.Hop{Kind: transport.HopInternet}
	eop  = transport.Hop{Kind: transport.HopEOP}
	exo  = transport.Hop{Kind: transport.HopExchangeOnline}
)

func srv(p version.Product, r roles.Role, names ...string) transport.Hop {
	return transport.Hop{Kind: transport.HopServer, Product: p, Role: r, Servers: names}
}

func hops(h ...transport.Hop) []transport.Hop { return h }

const (
	onPrem = transport.EndpointOnPremisesMailbox
	cloud  = transport.EndpointCloudMailbox
	net    = transport.EndpointInternet
	mxOn   = transport.MXOnPremises
	mxEOP  = transport.MXExchangeOnline
)

type routeCase struct {
	mx          transport.MXTarget
	centralized bool
	from, to    transport.Endpoint
	want        []transport.Hop
}

// every expands one expectation to the four MX and centralized choices.
func every(from, to transport.Endpoint, want []transport.Hop) []routeCase {
	var out []routeCase
	for _, mx := range []transport.MXTarget{mxOn, mxEOP} {
		for _, c := range []bool{false, true} {
			out = append(out, routeCase{mx, c, from, to, want})
		}
	}
	return out
}

func both(mx transport.MXTarget, from, to transport.Endpoint, want []transport.Hop) []routeCase {
	return []routeCase{{mx, false, from, to, want}, {mx, true, from, to, want}}
}

func cases(groups ...[]routeCase) []routeCase {
	var out []routeCase
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

func one(mx transport.MXTarget, c bool, from, to transport.Endpoint, want []transport.Hop) []routeCase {
	return []routeCase{{mx, c, from, to, want}}
}

// topo2016 routes the Exchange 2016 organization of servers2016: EX01
// sends and receives, the mailbox is on EX02.
func topo2016() transport.Topology {
	return transport.Topology{Servers: servers2016(), SendingServers: []string{"EX01"}, ReceivingServers: []string{"EX01"}, MailboxServer: "EX02"}
}

// topo2007 routes the Exchange 2007 organization of servers2007 through its
// Exchange 2013 hybrid servers: the 2013 Mailbox server sends, the 2013
// Client Access server receives, the mailbox is on the 2007 Mailbox server.
func topo2007() transport.Topology {
	return transport.Topology{Servers: servers2007(), SendingServers: []string{"EX13MBX"}, ReceivingServers: []string{"EX13CAS"}, MailboxServer: "EX07MBX"}
}

// topo2010 routes the Exchange 2010 organization of servers2010, whose one
// server sends, receives and holds the mailbox.
func topo2010() transport.Topology {
	return transport.Topology{Servers: servers2010(), SendingServers: []string{"EX10"}, ReceivingServers: []string{"EX10"}, MailboxServer: "EX10"}
}

// topoEdge routes the Exchange 2016 organization of serversEdge through its
// Edge Transport server alone: no internal server sends or receives.
func topoEdge() transport.Topology {
	return transport.Topology{Servers: serversEdge(), EdgeServers: []string{"EDGE01"}, MailboxServer: "EX16"}
}

func TestRoute2016(t *testing.T) {
	topo := topo2016()
	// Both Mailbox servers send and receive.
	topo.SendingServers, topo.ReceivingServers = []string{"EX01", "EX02"}, []string{"EX01", "EX02"}
	mbx := srv(version.Exchange2016, roles.RoleMailbox, "EX02")
	hyb := srv(version.Exchange2016, roles.RoleMailbox, "EX01", "EX02")
	testRoutes(t, topo, cases(
		// Between the organizations: sending server → EOP → Exchange
		// Online, and back (edge-transport-servers, "Mail flow without an
		// Edge Transport server").
		every(onPrem, cloud, hops(mbx, hyb, eop, exo)),
		every(cloud, onPrem, hops(exo, eop, hyb, mbx)),
		// From the Internet (transport-routing, "Inbound messages").
		both(mxOn, net, onPrem, hops(inet, hyb, mbx)),
		one(mxEOP, false, net, onPrem, hops(inet, eop, exo, eop, hyb, mbx)),
		one(mxEOP, true, net, onPrem, hops(inet, eop, hyb, mbx)),
		both(mxOn, net, cloud, hops(inet, hyb, eop, exo)),
		one(mxEOP, false, net, cloud, hops(inet, eop, exo)),
		one(mxEOP, true, net, cloud, hops(inet, eop, hyb, eop, exo)),
		// To the Internet (transport-routing, "Outbound messages").
		every(onPrem, net, hops(mbx, inet)),
		one(mxOn, false, cloud, net, hops(exo, eop, inet)),
		one(mxEOP, false, cloud, net, hops(exo, eop, inet)),
		one(mxOn, true, cloud, net, hops(exo, eop, hyb, inet)),
		one(mxEOP, true, cloud, net, hops(exo, eop, hyb, inet)),
	))
}

func TestRoute2013And2007(t *testing.T) {
	topo := topo2007()
	mbx07 := srv(version.Exchange2007, roles.RoleMailbox, "EX07MBX")
	hub07 := srv(version.Exchange2007, roles.RoleHubTransport, "HUB07")
	mbx13 := srv(version.Exchange2013, roles.RoleMailbox, "EX13MBX")
	cas13 := srv(version.Exchange2013, roles.RoleClientAccess, "EX13CAS")
	testRoutes(t, topo, cases(
		// 2007 Mailbox → 2007 Hub → 2013 Mailbox → EOP, and the reverse
		// arriving on the 2013 Client Access server, whose Front End
		// Transport service hands it to the Transport service on the 2013
		// Mailbox server (exchange-2013-and-2007-hybrid/edge-transport-serverrs
		// and transport-routing; mail-flow-exchange-2013-help).
		every(onPrem, cloud, hops(mbx07, hub07, mbx13, eop, exo)),
		every(cloud, onPrem, hops(exo, eop, cas13, mbx13, hub07, mbx07)),
		// MX on premises: Internet mail lands on the 2007 Hub; the cloud
		// copy goes 2007 Hub → 2013 Mailbox → EOP.
		both(mxOn, net, onPrem, hops(inet, hub07, mbx07)),
		both(mxOn, net, cloud, hops(inet, hub07, mbx13, eop, exo)),
		// MX at EOP.
		one(mxEOP, false, net, onPrem, hops(inet, eop, exo, eop, cas13, mbx13, hub07, mbx07)),
		one(mxEOP, true, net, onPrem, hops(inet, eop, cas13, mbx13, hub07, mbx07)),
		one(mxEOP, false, net, cloud, hops(inet, eop, exo)),
		one(mxEOP, true, net, cloud, hops(inet, eop, cas13, mbx13, eop, exo)),
		// On-premises senders go out by DNS from the 2007 Hub, whatever
		// the choices; centralized outbound goes EOP → 2013 Client Access
		// → 2013 Mailbox → 2007 Hub → Internet.
		every(onPrem, net, hops(mbx07, hub07, inet)),
		one(mxOn, false, cloud, net, hops(exo, eop, inet)),
		one(mxEOP, false, cloud, net, hops(exo, eop, inet)),
		one(mxOn, true, cloud, net, hops(exo, eop, cas13, mbx13, hub07, inet)),
		one(mxEOP, true, cloud, net, hops(exo, eop, cas13, mbx13, hub07, inet)),
	))
}

func TestRouteEdge(t *testing.T) {
	topo := topoEdge()
	topo.SendingServers, topo.ReceivingServers = []string{"EX16"}, []string{"EX16"}
	mbx := srv(version.Exchange2016, roles.RoleMailbox, "EX16")
	edge := srv(version.Exchange2016, roles.RoleEdgeTransport, "EDGE01")
	testRoutes(t, topo, cases(
		every(onPrem, cloud, hops(mbx, edge, eop, exo)),
		every(cloud, onPrem, hops(exo, eop, edge, mbx)),
		both(mxOn, net, cloud, hops(inet, edge, mbx, edge, eop, exo)),
		one(mxEOP, true, cloud, net, hops(exo, eop, edge, mbx, edge, inet)),
	))
}

func testRoutes(t *testing.T, topo transport.Topology, cs []routeCase) {
	t.Helper()
	seen := map[string]bool{}
	for _, c := range cs {
		name := fmt.Sprintf("MX %s centralized %t %s to %s", c.mx, c.centralized, c.from, c.to)
		if seen[name] {
			t.Fatalf("duplicate case %s", name)
		}
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			tp := topo
			tp.MX, tp.Centralized = c.mx, c.centralized
			got, err := transport.Route(tp, c.from, c.to)
			require.NoError(t, err, "Route")
			if diff := cmp.Diff(c.want, got, cmpopts.IgnoreFields(transport.Hop{}, "Source")); diff != "" {
				t.Errorf("Route (-want +got):\n%s", diff)
			}
			for _, h := range got {
				if h.Source == "" {
					t.Errorf("hop %s has no source", h)
				}
			}
		})
	}
}

// TestRouteTableComplete checks that the 2016 and 2013/2007 tables cover
// every MX × centralized × direction combination the routing pages
// describe.
func TestRouteTableComplete(t *testing.T) {
	for _, topo := range []transport.Topology{topo2016(), topo2007()} {
		for _, mx := range []transport.MXTarget{mxOn, mxEOP} {
			for _, c := range []bool{false, true} {
				for _, pair := range [][2]transport.Endpoint{{onPrem, cloud}, {cloud, onPrem}, {net, onPrem}, {net, cloud}, {onPrem, net}, {cloud, net}} {
					topo.MX, topo.Centralized = mx, c
					if _, err := transport.Route(topo, pair[0], pair[1]); err != nil {
						t.Errorf("Route(MX %s, centralized %t, %s, %s): %v", mx, c, pair[0], pair[1], err)
					}
				}
			}
		}
	}
}

func TestRouteSources(t *testing.T) {
	topo := topo2007()
	topo.MX = mxOn
	got, err := transport.Route(topo, onPrem, cloud)
	require.NoError(t, err)
	for _, h := range got {
		if want := "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-routing"; h.Source != want {
			t.Errorf("hop %s: Source = %q, want %q", h, h.Source, want)
		}
	}
}

func TestRouteErrors(t *testing.T) {
	base, legacy := topo2016(), topo2007()
	base.MX, legacy.MX = mxEOP, mxEOP
	edgeOnly := topoEdge()
	edgeOnly.MX, edgeOnly.Centralized = mxEOP, true
	tests := []struct {
		name     string
		topo     transport.Topology
		from, to transport.Endpoint
		want     error
	}{
		{"Internet to Internet", base, net, net, transport.ErrNoRoute},
		{"on premises to on premises", base, onPrem, onPrem, transport.ErrNoRoute},
		{"cloud to cloud", base, cloud, cloud, transport.ErrNoRoute},
		{"unknown endpoint", base, transport.EndpointUnknown, cloud, transport.ErrNoRoute},
		{"no MX target", func() transport.Topology { t := base; t.MX = 0; return t }(), net, cloud, transport.ErrTopology},
		{"no mailbox server", func() transport.Topology { t := base; t.MailboxServer = ""; return t }(), onPrem, cloud, transport.ErrTopology},
		{"unknown mailbox server", func() transport.Topology { t := base; t.MailboxServer = "EX99"; return t }(), cloud, onPrem, transport.ErrTopology},
		{"mailbox server without Mailbox role", func() transport.Topology { t := legacy; t.MailboxServer = "HUB07"; return t }(), cloud, onPrem, transport.ErrTopology},
		{"no sending server", func() transport.Topology { t := base; t.SendingServers = nil; return t }(), onPrem, cloud, transport.ErrTopology},
		{"no receiving server", func() transport.Topology { t := base; t.ReceivingServers = nil; return t }(), cloud, onPrem, transport.ErrTopology},
		{"unknown sending server", func() transport.Topology { t := base; t.SendingServers = []string{"EX77"}; return t }(), onPrem, cloud, transport.ErrTopology},
		{"2007 mailbox without 2007 Hub", func() transport.Topology {
			t := legacy
			t.Servers = []roles.Server{t.Servers[0], t.Servers[2], t.Servers[3]}
			return t
		}(), onPrem, cloud, transport.ErrTopology},
		{"2007 mailbox behind an Edge without 2013 sending server", func() transport.Topology {
			t := legacy
			t.SendingServers, t.EdgeServers = nil, []string{"EDGE13"}
			t.Servers = append(t.Servers, roles.Server{Name: "EDGE13", Build: build2013CU23, Roles: roles.Of(roles.RoleEdgeTransport), EdgeSync: true})
			return t
		}(), onPrem, cloud, transport.ErrTopology},
		{"centralized through an Edge without internal servers", edgeOnly, cloud, net, transport.ErrTopology},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := transport.Route(tc.topo, tc.from, tc.to)
			if !errors.Is(err, tc.want) {
				t.Errorf("Route = %v, %v; want error %v", got, err, tc.want)
			}
		})
	}
}

// TestRouteEdgeOnly checks that mail between a 2016 mailbox and the cloud
// needs no internal hybrid server besides the mailbox's own when an Edge
// Transport server relays it.
func TestRouteEdgeOnly(t *testing.T) {
	topo := topoEdge()
	topo.MX = mxEOP
	got, err := transport.Route(topo, cloud, onPrem)
	require.NoError(t, err)
	want := hops(exo, eop, srv(version.Exchange2016, roles.RoleEdgeTransport, "EDGE01"), srv(version.Exchange2016, roles.RoleMailbox, "EX16"))
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(transport.Hop{}, "Source")); diff != "" {
		t.Errorf("Route (-want +got):\n%s", diff)
	}
}

func TestHopString(t *testing.T) {
	tests := []struct {
		hop  transport.Hop
		want string
	}{
		{inet, "Internet"},
		{eop, "Exchange Online Protection"},
		{exo, "Exchange Online"},
		{srv(version.Exchange2013, roles.RoleClientAccess, "EX13CAS"), "Exchange Server 2013 Client Access (EX13CAS)"},
		{srv(version.ProductUnknown, roles.RoleMailbox, "EX16", "EX19"), "Exchange Mailbox (EX16, EX19)"},
		{transport.Hop{}, "Hop(Unknown)"},
	}
	for _, tc := range tests {
		if got := tc.hop.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.hop, got, tc.want)
		}
	}
}

func TestRouteMixedVersions(t *testing.T) {
	servers := append(servers2016(), roles.Server{Name: "EX19", Site: "HQ", Build: build2019CU14, Roles: roles.Of(roles.RoleMailbox)})
	topo := transport.Topology{Servers: servers, MX: mxEOP, SendingServers: []string{"EX01", "EX19"}, ReceivingServers: []string{"EX01"}, MailboxServer: "EX01"}
	got, err := transport.Route(topo, onPrem, cloud)
	require.NoError(t, err)
	want := hops(srv(version.Exchange2016, roles.RoleMailbox, "EX01"), srv(version.ProductUnknown, roles.RoleMailbox, "EX01", "EX19"), eop, exo)
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(transport.Hop{}, "Source")); diff != "" {
		t.Errorf("Route (-want +got):\n%s", diff)
	}
}

func TestHopsJSONRoundTrip(t *testing.T) {
	topo := topo2007()
	topo.MX = mxOn
	in, err := transport.Route(topo, net, cloud)
	require.NoError(t, err)
	b, err := json.Marshal(in)
	require.NoError(t, err)
	var out []transport.Hop
	require.NoError(t, json.Unmarshal(b, &out))
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip (-in +out):\n%s", diff)
	}
	tb, err := json.Marshal(topo)
	require.NoError(t, err)
	var topo2 transport.Topology
	require.NoError(t, json.Unmarshal(tb, &topo2))
	if diff := cmp.Diff(topo, topo2); diff != "" {
		t.Errorf("Topology round trip (-in +out):\n%s", diff)
	}
}

// TestRoute2010 checks an Exchange 2010-based hybrid, whose one server
// holds the Mailbox and Hub Transport roles: both roles appear, the Hub
// Transport role being the one that sends to and receives from EOP.
func TestRoute2010(t *testing.T) {
	topo := topo2010()
	mbx10 := srv(version.Exchange2010, roles.RoleMailbox, "EX10")
	hub10 := srv(version.Exchange2010, roles.RoleHubTransport, "EX10")
	testRoutes(t, topo, cases(
		every(onPrem, cloud, hops(mbx10, hub10, eop, exo)),
		every(cloud, onPrem, hops(exo, eop, hub10, mbx10)),
		both(mxOn, net, onPrem, hops(inet, hub10, mbx10)),
		every(onPrem, net, hops(mbx10, hub10, inet)),
		one(mxEOP, true, cloud, net, hops(exo, eop, hub10, inet)),
	))
}

// TestRoute2013And2010 checks Exchange 2013 hybrid servers in an Exchange
// 2010 organization: the 2013 server sends and receives, the 2010 Hub
// Transport server comes between it and the 2010 mailbox.
func TestRoute2013And2010(t *testing.T) {
	topo := transport.Topology{
		Servers: []roles.Server{
			rolesServer("EX10", build2010SP3, "Mailbox, HubTransport, ClientAccess"),
			rolesServer("EX13", build2013CU23, "Mailbox, ClientAccess"),
		},
		SendingServers:   []string{"EX13"},
		ReceivingServers: []string{"EX13"},
		MailboxServer:    "EX10",
	}
	mbx10 := srv(version.Exchange2010, roles.RoleMailbox, "EX10")
	hub10 := srv(version.Exchange2010, roles.RoleHubTransport, "EX10")
	testRoutes(t, topo, cases(
		every(onPrem, cloud, hops(mbx10, hub10, srv(version.Exchange2013, roles.RoleMailbox, "EX13"), eop, exo)),
		// The 2013 Client Access service hands the message to the
		// Transport service of the 2013 Mailbox role, on the same server
		// here (mail-flow-exchange-2013-help).
		every(cloud, onPrem, hops(exo, eop, srv(version.Exchange2013, roles.RoleClientAccess, "EX13"),
			srv(version.Exchange2013, roles.RoleMailbox, "EX13"), hub10, mbx10)),
	))
}

// TestRouteSourcesPerOrganization checks which routing page each kind of
// organization cites: the 2013/2010 page only where Exchange 2013 servers
// are present, and the general page for an Exchange 2010-based hybrid,
// which no current Microsoft page describes.
func TestRouteSourcesPerOrganization(t *testing.T) {
	const (
		general = "https://learn.microsoft.com/exchange/transport-routing"
		r2007   = "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-routing"
		r2010   = "https://learn.microsoft.com/exchange/exchange-2013-and-2010-hybrid/transport-routing"
	)
	tests := []struct {
		name string
		topo transport.Topology
		want string
	}{
		{"2016", topo2016(), general},
		{"2013/2007", topo2007(), r2007},
		{"2010 only", topo2010(), general},
		{"2013/2010", transport.Topology{
			Servers:        []roles.Server{rolesServer("EX10", build2010SP3, "Mailbox, HubTransport"), rolesServer("EX13", build2013CU23, "Mailbox, ClientAccess")},
			SendingServers: []string{"EX13"}, ReceivingServers: []string{"EX13"}, MailboxServer: "EX10",
		}, r2010},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := transport.Route(tc.topo, onPrem, cloud)
			require.NoError(t, err)
			for _, h := range got {
				if h.Source != tc.want {
					t.Errorf("hop %s: Source = %q, want %q", h, h.Source, tc.want)
				}
			}
		})
	}
}
