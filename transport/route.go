package transport

import (
	"errors"
	"fmt"
	"strings"

	"github.com/exhybrid/exhybrid/internal/enum"
	"github.com/exhybrid/exhybrid/internal/servername"

	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// The Microsoft pages the routing rules come from.
const (
	srcRouting     = "https://learn.microsoft.com/exchange/transport-routing"
	srcRouting2007 = "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-routing"
	srcRouting2010 = "https://learn.microsoft.com/exchange/exchange-2013-and-2010-hybrid/transport-routing"
	srcEdge        = "https://learn.microsoft.com/exchange/edge-transport-servers"
	srcEdge2007    = "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/edge-transport-serverrs"
	srcEdge2010    = "https://learn.microsoft.com/exchange/exchange-2013-and-2010-hybrid/edge-transport"
)

// MXTarget is where the MX record of the shared domains points, which
// decides the first stop of mail from the Internet; the Hybrid
// Configuration Wizard never changes it
// (https://learn.microsoft.com/exchange/transport-routing). The zero
// MXTarget is invalid.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type MXTarget = enum.Value[mxTag]

// The MX targets.
const (
	MXUnknown MXTarget = iota // invalid
	// MXOnPremises keeps the MX record on the on-premises organization.
	MXOnPremises
	// MXExchangeOnline points the MX record to Exchange Online Protection,
	// Microsoft's recommendation.
	MXExchangeOnline
)

var mxEnum = &enum.Table{Pkg: "transport", Type: "MXTarget", Names: []string{"Unknown", "OnPremises", "ExchangeOnline"},
	Aliases: map[string]string{"on-premises": "OnPremises", "on premises": "OnPremises", "onprem": "OnPremises", "eop": "ExchangeOnline", "exchange online protection": "ExchangeOnline", "exo": "ExchangeOnline", "exchange online": "ExchangeOnline", "cloud": "ExchangeOnline", "office365": "ExchangeOnline"}, Err: ErrUnknownValue}

// ParseMXTarget parses "OnPremises" (also "On-Premises", "OnPrem") or
// "ExchangeOnline" (also "EOP", "EXO", "Office365", "Cloud"), ignoring
// case.
func ParseMXTarget(s string) (MXTarget, error) { return enum.Parse[mxTag](s) }

// Endpoint is where a message starts or ends. The zero Endpoint is
// invalid.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Endpoint = enum.Value[endpointTag]

// The endpoints.
const (
	EndpointUnknown           Endpoint = iota // invalid
	EndpointOnPremisesMailbox                 // a mailbox on Topology.MailboxServer
	EndpointCloudMailbox                      // a mailbox in Exchange Online
	EndpointInternet                          // a sender or recipient outside both organizations
)

var endpointEnum = &enum.Table{Pkg: "transport", Type: "Endpoint", Names: []string{"Unknown", "OnPremisesMailbox", "CloudMailbox", "Internet"},
	Aliases: map[string]string{"onprem": "OnPremisesMailbox", "on-premises": "OnPremisesMailbox", "onpremises": "OnPremisesMailbox", "cloud": "CloudMailbox", "exchangeonline": "CloudMailbox", "exo": "CloudMailbox"}, Err: ErrUnknownValue}

// ParseEndpoint parses an endpoint name, ignoring case; it also accepts
// "OnPrem", "On-Premises", "Cloud" and "EXO".
func ParseEndpoint(s string) (Endpoint, error) { return enum.Parse[endpointTag](s) }

// HopKind is what a [Hop] is. The zero HopKind is invalid.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type HopKind = enum.Value[hopKindTag]

// The hop kinds.
const (
	HopUnknown        HopKind = iota // invalid
	HopInternet                      // the sending or receiving host on the Internet
	HopEOP                           // Exchange Online Protection, the front door of Exchange Online
	HopExchangeOnline                // the Exchange Online organization
	HopServer                        // on-premises Exchange servers
)

var hopKindEnum = &enum.Table{Pkg: "transport", Type: "HopKind", Names: []string{"Unknown", "Internet", "EOP", "ExchangeOnline", "Server"}, Err: ErrUnknownValue}

// ParseHopKind parses a hop kind name, ignoring case.
func ParseHopKind(s string) (HopKind, error) { return enum.Parse[hopKindTag](s) }

// Hop is one stop of a message. For on-premises servers it names the role
// that handles the message, the servers' product (zero when they differ)
// and the servers, any one of which may take the message. Source is the
// Microsoft page that describes this step.
type Hop struct {
	Kind    HopKind         `json:"kind"`              // the Internet, EOP, Exchange Online or on-premises servers
	Product version.Product `json:"product,omitzero"`  // the servers' product; zero for another kind
	Role    roles.Role      `json:"role,omitzero"`     // the servers' role; zero for another kind, or when their roles differ
	Servers []string        `json:"servers,omitempty"` // the servers' names as Topology.Servers gives them; nil for another kind
	Source  string          `json:"source,omitempty"`  // the URL of that page
}

var roleTitles = map[roles.Role]string{
	roles.RoleMailbox: "Mailbox", roles.RoleClientAccess: "Client Access", roles.RoleHubTransport: "Hub Transport", roles.RoleEdgeTransport: "Edge Transport",
}

// String renders the hop for people: "Internet", "Exchange Online
// Protection", "Exchange Online", or for servers
// "Exchange Server 2013 Client Access (EX13)".
func (h Hop) String() string {
	switch h.Kind {
	case HopInternet:
		return "Internet"
	case HopEOP:
		return "Exchange Online Protection"
	case HopExchangeOnline:
		return "Exchange Online"
	case HopServer:
		var b strings.Builder
		if h.Product.IsValid() {
			b.WriteString(h.Product.String())
		} else {
			b.WriteString("Exchange")
		}
		if t, ok := roleTitles[h.Role]; ok {
			b.WriteByte(' ')
			b.WriteString(t)
		}
		b.WriteString(" (")
		b.WriteString(strings.Join(h.Servers, ", "))
		b.WriteByte(')')
		return b.String()
	}
	return "Hop(" + h.Kind.String() + ")"
}

// Topology is the on-premises side of hybrid mail routing: the
// organization's servers, the MX choice, centralized mail transport, and
// the servers on the path. Server names refer to Servers by name or FQDN.
//
// Unlike the HybridConfiguration object, whose sending and receiving
// servers are empty when Edge Transport servers are used, SendingServers
// and ReceivingServers here are the internal servers on the path in every
// case: with Edge Transport servers, the internal servers behind them.
type Topology struct {
	Servers []roles.Server `json:"servers"` // every on-premises Exchange server, Edge Transport included
	// MX is where the MX record points; needed for mail from the Internet.
	MX MXTarget `json:"mx,omitzero"`
	// Centralized is centralized mail transport (the Outbound connector's
	// RouteAllMessagesViaOnPremises).
	Centralized bool `json:"centralized,omitempty"`
	// SendingServers send to Exchange Online (or to the Edge servers):
	// 2016 and later Mailbox, 2013 Mailbox or 2010 Hub Transport servers.
	SendingServers []string `json:"sendingServers,omitempty"`
	// ReceivingServers receive from Exchange Online (or from the Edge
	// servers): 2016 and later Mailbox, 2013 Client Access or 2010 Hub
	// Transport servers.
	ReceivingServers []string `json:"receivingServers,omitempty"`
	// EdgeServers, when set, relay all mail between the internal servers
	// and Exchange Online Protection.
	EdgeServers []string `json:"edgeServers,omitempty"`
	// MailboxServer holds the on-premises mailbox of the route; needed for
	// routes from or to OnPremisesMailbox.
	MailboxServer string `json:"mailboxServer,omitempty"`
	// InternetServers exchange mail with the Internet on premises: the MX
	// target when MX is OnPremises, and the source of Internet-bound mail.
	// When empty: the Exchange 2007 or 2010 Hub Transport servers if the
	// organization has them, as in Microsoft's 2007 and 2010 hybrid routing
	// pages; else the Edge Transport servers, whose subscription creates
	// the Send connector to the Internet (https://learn.microsoft.com/exchange/edge-transport-servers);
	// else the receiving servers for inbound mail, and for outbound mail
	// the server the message is on.
	InternetServers []string `json:"internetServers,omitempty"`
}

// ErrNoRoute is returned by [Route] for a pair of endpoints with no hybrid
// route: from the Internet to the Internet, or within one organization.
var ErrNoRoute = errors.New("transport: no hybrid route between these endpoints")

// ErrTopology is wrapped by the errors [Route] returns when the topology
// lacks what the route needs: an MX target, a known mailbox server, the
// servers that send to or receive from Exchange Online.
var ErrTopology = errors.New("transport: topology incomplete for this route")

func topologyError(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrTopology}, args...)...)
}

// Route returns the hops a message takes from one endpoint to another in
// the hybrid deployment t, in order, first hop first: the Internet,
// Exchange Online Protection, Exchange Online and the on-premises servers.
// Consecutive hops of the same role on the same servers are merged; a
// server whose roles hand the message on to each other (an Exchange 2010
// Mailbox and Hub Transport server, an Exchange 2013 Client Access and
// Mailbox server) appears once per role. It follows Microsoft's routing
// pages:
//
//   - MX to Exchange Online Protection, centralized off: Internet mail for
//     either side goes to Exchange Online first, which sends on-premises
//     recipients' copy back through EOP to the receiving servers.
//   - MX to EOP, centralized on: EOP sends Internet mail for both sides to
//     on-premises first, which sends cloud recipients' copy back to EOP.
//   - MX on premises: Internet mail arrives on premises; cloud recipients'
//     copy goes from the sending servers to EOP.
//   - Exchange Online's Internet-bound mail goes out through EOP, or with
//     centralized transport through the receiving servers on premises.
//   - On-premises senders always send to the Internet by DNS from on
//     premises, whatever the choices.
//   - Between the organizations mail goes sending server → EOP → Exchange
//     Online and back the reverse way; Edge Transport servers, when used,
//     relay between the internal servers and EOP.
//   - With Exchange 2007 or 2010 mailboxes, the legacy Hub Transport server
//     comes between the mailbox and the hybrid servers: a 2007 mailbox's
//     mail to the cloud goes 2007 Hub → 2013 Mailbox → EOP; mail from the
//     cloud arrives on the 2013 Client Access server, whose Front End
//     Transport service hands it to the Transport service on a 2013
//     Mailbox server, which sends it to the 2007 Hub; with MX on premises
//     Internet mail lands on the 2007 Hub; centralized outbound mail goes
//     EOP → 2013 Client Access → 2007 Hub → Internet.
//
// Sources: https://learn.microsoft.com/exchange/transport-routing,
// https://learn.microsoft.com/exchange/edge-transport-servers,
// https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-routing,
// https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/edge-transport-serverrs,
// https://learn.microsoft.com/exchange/exchange-2013-and-2010-hybrid/transport-routing,
// https://learn.microsoft.com/exchange/exchange-2013-and-2010-hybrid/edge-transport,
// https://learn.microsoft.com/exchange/mail-flow-exchange-2013-help.
// Each hop's Source is the page for the organization: the 2013/2007 pages
// with Exchange 2007 Hub Transport servers, the 2013/2010 pages with
// Exchange 2010 Hub Transport and Exchange 2013 servers, else the general
// pages (no current Microsoft page describes Exchange 2010-based hybrid
// routing).
//
// Route returns [ErrNoRoute] for Internet to Internet and for two endpoints
// in the same organization, and an error wrapping [ErrTopology] when t
// lacks what the route needs. Its cost grows linearly with the number of
// servers.
func Route(t Topology, from, to Endpoint) ([]Hop, error) {
	if !from.IsValid() || !to.IsValid() {
		return nil, fmt.Errorf("%w: endpoints %q and %q", ErrNoRoute, from, to)
	}
	if from == to {
		return nil, fmt.Errorf("%w: %s to %s", ErrNoRoute, from, to)
	}
	r := &router{t: t, x: newServerIndex(t.Servers)}
	if err := r.init(from, to); err != nil {
		return nil, err
	}
	var err error
	switch {
	case from == EndpointOnPremisesMailbox && to == EndpointCloudMailbox:
		err = r.onPremToCloud()
	case from == EndpointCloudMailbox && to == EndpointOnPremisesMailbox:
		err = r.cloudToOnPrem()
	case from == EndpointInternet && to == EndpointOnPremisesMailbox:
		err = r.internetToOnPrem()
	case from == EndpointInternet && to == EndpointCloudMailbox:
		err = r.internetToCloud()
	case from == EndpointOnPremisesMailbox && to == EndpointInternet:
		err = r.onPremToInternet()
	case from == EndpointCloudMailbox && to == EndpointInternet:
		err = r.cloudToInternet()
	}
	if err != nil {
		return nil, err
	}
	return r.hops, nil
}

// router builds one route.
type router struct {
	t       Topology
	x       serverIndex // t.Servers
	hops    []Hop
	mailbox *roles.Server   // the on-premises mailbox's server, when the route has one
	legacy  version.Product // Exchange 2007 or 2010 when the mailbox is on it
	source  string          // the routing page for this organization
	edgeSrc string          // the Edge page for this organization
}

// init checks what the route needs and chooses the pages to cite: those of
// Exchange 2013/2007 hybrid with Exchange 2007 Hub Transport servers, those
// of Exchange 2013/2010 hybrid with Exchange 2010 Hub Transport servers and
// Exchange 2013 servers, else the general pages. Microsoft's 2013/2010
// pages describe Exchange 2013 hybrid servers in a 2010 organization; an
// Exchange 2010-based hybrid, or Exchange 2016 hybrid servers with 2010,
// is described by no current Microsoft page, so the general pages are
// cited for the routing choices they share.
func (r *router) init(from, to Endpoint) error {
	r.source, r.edgeSrc = srcRouting, srcEdge
	switch {
	case r.hasHubs(version.Exchange2007):
		r.source, r.edgeSrc = srcRouting2007, srcEdge2007
	case r.hasHubs(version.Exchange2010) && r.has(version.Exchange2013):
		r.source, r.edgeSrc = srcRouting2010, srcEdge2010
	}
	if from == EndpointInternet && !r.t.MX.IsValid() {
		return topologyError("mail from the Internet needs the MX target")
	}
	if from == EndpointOnPremisesMailbox || to == EndpointOnPremisesMailbox {
		if r.t.MailboxServer == "" {
			return topologyError("no mailbox server for the on-premises mailbox")
		}
		i := r.x.Find(r.t.MailboxServer)
		if i < 0 {
			return topologyError("mailbox server %q is not one of the servers", r.t.MailboxServer)
		}
		s := &r.t.Servers[i]
		if !s.Roles.Has(roles.RoleMailbox) {
			return topologyError("mailbox server %s has no Mailbox role", s.Label())
		}
		r.mailbox = s
		if p := s.Product(); p == version.Exchange2007 || p == version.Exchange2010 {
			r.legacy = p
		}
	}
	return nil
}

// hasHubs reports whether the organization has Hub Transport servers of p.
func (r *router) hasHubs(p version.Product) bool {
	for i := range r.t.Servers {
		if s := &r.t.Servers[i]; s.Product() == p && s.Roles.Has(roles.RoleHubTransport) {
			return true
		}
	}
	return false
}

// has reports whether the organization has servers of p.
func (r *router) has(p version.Product) bool {
	for i := range r.t.Servers {
		if r.t.Servers[i].Product() == p {
			return true
		}
	}
	return false
}

// push appends h, merging it into the previous hop when both are the same
// role on the same servers. Different roles on one server stay two hops:
// on an Exchange 2010 server with both roles, the Mailbox role hands the
// message to the Hub Transport role, which sends it.
func (r *router) push(h Hop) {
	if n := len(r.hops); n > 0 && h.Kind == HopServer && r.hops[n-1].Kind == HopServer &&
		r.hops[n-1].Role == h.Role && sameNames(r.hops[n-1].Servers, h.Servers) {
		return
	}
	r.hops = append(r.hops, h)
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !servername.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

func (r *router) cloud(kind HopKind) { r.push(Hop{Kind: kind, Source: r.source}) }

// servers returns a hop on the named servers, which must all exist. The
// role is chosen per server product by roleOf.
func (r *router) servers(names []string, source string, roleOf func(s *roles.Server) roles.Role) (Hop, error) {
	h := Hop{Kind: HopServer, Source: source}
	for k, name := range names {
		i := r.x.Find(name)
		if i < 0 {
			return Hop{}, topologyError("server %q is not one of the servers", name)
		}
		s := &r.t.Servers[i]
		p, role := s.Product(), roleOf(s)
		if k == 0 {
			h.Product, h.Role = p, role
		} else {
			if p != h.Product {
				h.Product = version.ProductUnknown
			}
			if role != h.Role {
				h.Role = roles.RoleUnknown
			}
		}
		h.Servers = append(h.Servers, s.Name)
	}
	return h, nil
}

// The role each kind of hop uses, per version.
func sendingRole(s *roles.Server) roles.Role {
	if s.Product() == version.Exchange2010 {
		return roles.RoleHubTransport
	}
	return roles.RoleMailbox
}

func receivingRole(s *roles.Server) roles.Role {
	switch s.Product() {
	case version.Exchange2010:
		return roles.RoleHubTransport
	case version.Exchange2013:
		return roles.RoleClientAccess
	}
	return roles.RoleMailbox
}

func internetRole(s *roles.Server) roles.Role {
	switch {
	case s.IsEdge():
		return roles.RoleEdgeTransport
	case s.Product() == version.Exchange2007 || s.Product() == version.Exchange2010:
		return roles.RoleHubTransport
	}
	return receivingRole(s)
}

func edgeRole(*roles.Server) roles.Role { return roles.RoleEdgeTransport }

func mailboxRole(*roles.Server) roles.Role { return roles.RoleMailbox }

func hubRole(*roles.Server) roles.Role { return roles.RoleHubTransport }

func (r *router) add(names []string, source string, roleOf func(*roles.Server) roles.Role) error {
	h, err := r.servers(names, source, roleOf)
	if err == nil {
		r.push(h)
	}
	return err
}

// mailboxHop adds the on-premises mailbox's server.
func (r *router) mailboxHop() error {
	return r.add([]string{r.mailbox.Name}, r.source, mailboxRole)
}

// legacyHubs returns the Hub Transport servers of product p, those in the
// mailbox's site when there are any.
func (r *router) legacyHubs(p version.Product) []string {
	var all, site []string
	for i := range r.t.Servers {
		s := &r.t.Servers[i]
		if s.Product() != p || !s.Roles.Has(roles.RoleHubTransport) {
			continue
		}
		all = append(all, s.Name)
		if r.mailbox != nil && r.mailbox.Site != "" && strings.EqualFold(s.Site, r.mailbox.Site) {
			site = append(site, s.Name)
		}
	}
	if len(site) > 0 {
		return site
	}
	return all
}

// legacyHubHop adds the Exchange 2007 or 2010 Hub Transport server that a
// legacy mailbox's mail passes through.
func (r *router) legacyHubHop() error {
	if r.legacy == version.ProductUnknown {
		return nil
	}
	hubs := r.legacyHubs(r.legacy)
	if len(hubs) == 0 {
		return topologyError("%s mailbox server %s needs a %s Hub Transport server", r.legacy, r.mailbox.Label(), r.legacy)
	}
	return r.add(hubs, r.source, hubRole)
}

// sendSide adds the servers that take on-premises mail to EOP: the
// sending servers, then the Edge servers.
func (r *router) sendSide(needInternal bool) error {
	t := r.t
	if len(t.SendingServers) == 0 && (len(t.EdgeServers) == 0 || needInternal || r.legacy != version.ProductUnknown) {
		return topologyError("no sending servers to send to Exchange Online")
	}
	if len(t.SendingServers) > 0 {
		if err := r.add(t.SendingServers, r.source, sendingRole); err != nil {
			return err
		}
	}
	if len(t.EdgeServers) > 0 {
		return r.add(t.EdgeServers, r.edgeSrc, edgeRole)
	}
	return nil
}

// receiveSide adds the servers that take mail from EOP: the Edge servers,
// then the receiving servers.
func (r *router) receiveSide(needInternal bool) error {
	t := r.t
	if len(t.ReceivingServers) == 0 && (len(t.EdgeServers) == 0 || needInternal || r.legacy != version.ProductUnknown) {
		return topologyError("no receiving servers to receive from Exchange Online")
	}
	if len(t.EdgeServers) > 0 {
		if err := r.add(t.EdgeServers, r.edgeSrc, edgeRole); err != nil {
			return err
		}
	}
	if len(t.ReceivingServers) > 0 {
		return r.add(t.ReceivingServers, r.source, receivingRole)
	}
	return nil
}

// internetServers returns the on-premises servers that exchange mail with
// the Internet (Topology.InternetServers, else the legacy Hub Transport
// servers, else the Edge servers) and the page the choice follows.
func (r *router) internetServers() ([]string, string) {
	switch {
	case len(r.t.InternetServers) > 0:
		return r.t.InternetServers, r.source
	case r.hasHubs(version.Exchange2007):
		return r.legacyHubs(version.Exchange2007), r.source
	case r.hasHubs(version.Exchange2010):
		return r.legacyHubs(version.Exchange2010), r.source
	case len(r.t.EdgeServers) > 0:
		return r.t.EdgeServers, r.edgeSrc
	}
	return nil, ""
}

// egress adds the on-premises servers that send Internet-bound mail, if
// any besides the current hop.
func (r *router) egress() error {
	if names, src := r.internetServers(); len(names) > 0 {
		return r.add(names, src, internetRole)
	}
	return nil
}

// onPremToCloud: mailbox server → (legacy Hub) → sending servers → (Edge)
// → EOP → Exchange Online (edge-transport-servers, "Mail flow without/with
// an Edge Transport server"; 2007: Hub → 2013 Mailbox → EOP,
// exchange-2013-and-2007-hybrid/edge-transport-serverrs).
func (r *router) onPremToCloud() error {
	if err := r.mailboxHop(); err != nil {
		return err
	}
	if err := r.legacyHubHop(); err != nil {
		return err
	}
	if err := r.sendSide(false); err != nil {
		return err
	}
	r.cloud(HopEOP)
	r.cloud(HopExchangeOnline)
	return nil
}

// cloudToOnPrem: the reverse route, arriving on the receiving servers (a
// 2013 Client Access server in a 2007 or 2010 organization, which hands
// the message to the legacy Hub Transport server; transport-routing of the
// 2007 and 2010 hybrid pages, steps 7-9).
func (r *router) cloudToOnPrem() error {
	r.cloud(HopExchangeOnline)
	r.cloud(HopEOP)
	return r.deliverOnPrem()
}

// deliverOnPrem: EOP → (Edge) → receiving servers → (2013 Mailbox) →
// (legacy Hub) → mailbox server.
func (r *router) deliverOnPrem() error {
	if err := r.receiveSide(false); err != nil {
		return err
	}
	if err := r.frontEndHandOff(r.legacy != version.ProductUnknown); err != nil {
		return err
	}
	if err := r.legacyHubHop(); err != nil {
		return err
	}
	return r.mailboxHop()
}

// srcMailFlow2013 is the Exchange 2013 mail-flow page: the Front End
// Transport service on a Client Access server only proxies a message to
// the Transport service on a Mailbox server, which categorizes and routes
// it.
const srcMailFlow2013 = "https://learn.microsoft.com/exchange/mail-flow-exchange-2013-help"

// frontEndHandOff adds the Transport service of the Exchange 2013 Mailbox
// servers between an Exchange 2013 Client Access hop and a legacy Hub
// Transport server: the Client Access server keeps no queue and hands the
// message to a Mailbox server, which routes it on to Exchange 2007 or 2010
// (srcMailFlow2013). The sending servers with the Mailbox role are those
// Mailbox servers; without them, every 2013 Mailbox server. toLegacy says
// whether a legacy Hub Transport server comes next.
func (r *router) frontEndHandOff(toLegacy bool) error {
	n := len(r.hops)
	if !toLegacy || n == 0 || r.hops[n-1].Product != version.Exchange2013 || r.hops[n-1].Role != roles.RoleClientAccess {
		return nil
	}
	var names []string
	for _, name := range r.t.SendingServers {
		if i := r.x.Find(name); i >= 0 {
			if s := &r.t.Servers[i]; s.Product() == version.Exchange2013 && s.Roles.Has(roles.RoleMailbox) {
				names = append(names, s.Name)
			}
		}
	}
	if len(names) == 0 {
		for i := range r.t.Servers {
			if s := &r.t.Servers[i]; s.Product() == version.Exchange2013 && !s.IsEdge() && s.Roles.Has(roles.RoleMailbox) {
				names = append(names, s.Name)
			}
		}
	}
	if len(names) == 0 {
		return topologyError("the Exchange 2013 Client Access servers need an Exchange 2013 Mailbox server to hand mail to")
	}
	return r.add(names, srcMailFlow2013, mailboxRole)
}

// internetToOnPrem follows the MX record (transport-routing, "Inbound
// messages from the Internet"): with MX at EOP and centralized off, EOP →
// Exchange Online → EOP → on-premises; with centralized on, EOP →
// on-premises; with MX on premises, the Internet-facing servers (a 2007
// or 2010 Hub Transport server in those organizations) → mailbox.
func (r *router) internetToOnPrem() error {
	r.push(Hop{Kind: HopInternet, Source: r.source})
	if r.t.MX == MXExchangeOnline {
		r.cloud(HopEOP)
		if !r.t.Centralized {
			r.cloud(HopExchangeOnline)
			r.cloud(HopEOP)
		}
		return r.deliverOnPrem()
	}
	if err := r.ingress(); err != nil {
		return err
	}
	if err := r.legacyHubHop(); err != nil {
		return err
	}
	return r.mailboxHop()
}

// ingress adds the on-premises servers the MX record points to.
func (r *router) ingress() error {
	if names, src := r.internetServers(); len(names) > 0 {
		return r.add(names, src, internetRole)
	}
	if len(r.t.ReceivingServers) == 0 {
		return topologyError("no receiving or Internet servers for the on-premises MX record")
	}
	return r.add(r.t.ReceivingServers, r.source, receivingRole)
}

// internetToCloud: with MX at EOP and centralized off, EOP → Exchange
// Online; with centralized on, EOP → on-premises → EOP → Exchange Online;
// with MX on premises, the Internet-facing servers → sending servers → EOP
// → Exchange Online (transport-routing; 2007: 2007 Hub → 2013 Mailbox →
// EOP).
func (r *router) internetToCloud() error {
	r.push(Hop{Kind: HopInternet, Source: r.source})
	switch {
	case r.t.MX == MXExchangeOnline && !r.t.Centralized:
	case r.t.MX == MXExchangeOnline:
		r.cloud(HopEOP)
		if err := r.receiveSide(true); err != nil {
			return err
		}
		if err := r.sendSide(true); err != nil {
			return err
		}
	default:
		if err := r.ingress(); err != nil {
			return err
		}
		if err := r.sendSide(true); err != nil {
			return err
		}
	}
	r.cloud(HopEOP)
	r.cloud(HopExchangeOnline)
	return nil
}

// onPremToInternet: on-premises senders always send to the Internet by DNS
// from on premises, whatever the MX and centralized choices
// (transport-routing, "Outbound messages to the Internet"); a 2007 or 2010
// mailbox's mail leaves from its Hub Transport server.
func (r *router) onPremToInternet() error {
	if err := r.mailboxHop(); err != nil {
		return err
	}
	if err := r.legacyHubHop(); err != nil {
		return err
	}
	if r.legacy == version.ProductUnknown || len(r.t.InternetServers) > 0 {
		if err := r.egress(); err != nil {
			return err
		}
	}
	r.push(Hop{Kind: HopInternet, Source: r.source})
	return nil
}

// cloudToInternet: centralized off, Exchange Online → EOP → Internet;
// centralized on, EOP → receiving servers on premises → Internet (through
// the 2013 Mailbox servers and the 2007 or 2010 Hub Transport server in
// those organizations).
func (r *router) cloudToInternet() error {
	r.cloud(HopExchangeOnline)
	r.cloud(HopEOP)
	if r.t.Centralized {
		if err := r.receiveSide(true); err != nil {
			return err
		}
		legacyEgress := len(r.t.InternetServers) == 0 && (r.hasHubs(version.Exchange2007) || r.hasHubs(version.Exchange2010))
		if err := r.frontEndHandOff(legacyEgress); err != nil {
			return err
		}
		if err := r.egress(); err != nil {
			return err
		}
	}
	r.push(Hop{Kind: HopInternet, Source: r.source})
	return nil
}

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	mxTag       struct{}
	endpointTag struct{}
	hopKindTag  struct{}
)

func (mxTag) Enum() *enum.Table       { return mxEnum }
func (endpointTag) Enum() *enum.Table { return endpointEnum }
func (hopKindTag) Enum() *enum.Table  { return hopKindEnum }
