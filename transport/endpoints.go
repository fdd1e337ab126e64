package transport

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// loc is a finding location, rendered only when a finding is reported:
// base, then a field, then an index when idx >= 0, then a sub-field.
// Fields are JSON names ("send.tlsAuthLevel"), or for an exported object
// the cmdlet's property names after the object's path
// ("GetSendConnector.xml: Mail to O365: TlsAuthLevel").
type loc struct {
	base     exhybrid.Path
	field    string
	idx      int
	sub      string
	exported bool
}

func at(base exhybrid.Path, field string) loc { return loc{base, field, -1, "", false} }

func atIndex(base exhybrid.Path, field string, i int) loc { return loc{base, field, i, "", false} }

// atElem is the field sub of element i of list base: "receive[1].server".
func atElem(base exhybrid.Path, i int, sub string) loc { return loc{base, "", i, sub, false} }

func (l loc) path() exhybrid.Path {
	p := l.base
	if l.field != "" {
		p = l.child(p, l.field)
	}
	if l.idx >= 0 {
		p = p.Index(l.idx)
	}
	if l.sub != "" {
		p = l.child(p, l.sub)
	}
	return p
}

func (l loc) child(p exhybrid.Path, field string) exhybrid.Path {
	if l.exported {
		return p.Prop(propertyName(field))
	}
	return p.Child(field)
}

// object places the fields of one object in findings: a part of the input
// named by JSON paths ("send"), or an object of an export, whose fields
// are named as the cmdlet names its properties.
type object struct {
	base     exhybrid.Path
	exported bool
}

func (o object) at(field string) loc { return loc{o.base, field, -1, "", o.exported} }

func (o object) atIndex(field string, i int) loc { return loc{o.base, field, i, "", o.exported} }

// propertyNames are the cmdlet property names of the JSON fields whose
// name is not the property's with its first letter in lower case.
var propertyNames = map[string]string{
	"dnsRoutingEnabled": "DNSRoutingEnabled",
	"sendingServers":    "SendingTransportServers",
	"receivingServers":  "ReceivingTransportServers",
	"edgeServers":       "EdgeTransportServers",
}

// propertyName returns the cmdlet's name of the property a JSON field
// holds: "tlsAuthLevel" is TlsAuthLevel, "dnsRoutingEnabled"
// DNSRoutingEnabled.
func propertyName(field string) string {
	if n, ok := propertyNames[field]; ok {
		return n
	}
	if field == "" || field[0] < 'a' || field[0] > 'z' {
		return field
	}
	return string(field[0]-'a'+'A') + field[1:]
}

// add appends a finding of rule code with the severity of the rule table;
// the path and message are built only here, on failure.
func add(fs *exhybrid.Findings, l loc, code exhybrid.Code, fix, format string, args ...any) {
	fs.Add(rules, l.path(), code, fix, format, args...)
}

// has2007 reports whether the organization has an Exchange 2007 server,
// which limits the hybrid endpoints to Exchange 2013 servers and Exchange
// 2013 or 2010 SP3 Edge Transport servers
// (https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options).
func has2007(servers []roles.Server) bool {
	for i := range servers {
		if servers[i].Product() == version.Exchange2007 {
			return true
		}
	}
	return false
}

// use is how a server carries hybrid mail.
type use uint8

const (
	useSend    use = iota // sends to Exchange Online
	useReceive            // receives from Exchange Online
	useEdge               // an Edge Transport server doing both
)

var useNames = [...]string{"sending", "receiving", "Edge Transport"}

// checkEndpointList checks the server list base.field for u: each name
// must resolve to a server (by name or FQDN) that may carry hybrid mail
// that way, and name a server no earlier entry names.
func checkEndpointList(fs *exhybrid.Findings, o object, field string, list []string, x *serverIndex, u use, org2007 bool) {
	entries := x.List(list)
	for i, name := range list {
		l := o.atIndex(field, i)
		if k := entries.DuplicateOf(i); k >= 0 {
			reportDuplicate(fs, l, field, name, list[k], k)
			continue
		}
		checkEndpointName(fs, l, x, name, u, org2007)
	}
}

// reportDuplicate reports list entry name, which names the same server as
// the earlier entry first at index k; the entry is then ignored.
func reportDuplicate(fs *exhybrid.Findings, l loc, field, name, first string, k int) {
	add(fs, l, CodeServerDuplicate, "Remove the repeated entry "+name,
		"%s names the same server as %s[%d] (%s); it is used once", name, field, k, first)
}

// checkEndpointName resolves name and checks the server for u, reporting
// at l. It returns the server's index, or -1 when the name is unknown.
func checkEndpointName(fs *exhybrid.Findings, l loc, x *serverIndex, name string, u use, org2007 bool) int {
	i := x.Find(name)
	if i < 0 {
		add(fs, l, CodeServerUnknown, "Name a server of the organization, by name or FQDN",
			"%s server %q is not one of the organization's %d servers", useNames[u], name, len(x.servers))
		return -1
	}
	checkEndpoint(fs, l, x.servers[i], u, org2007)
	return i
}

// checkEndpoint applies the rules on which server may carry hybrid SMTP:
// the endpoint that talks to Exchange Online Protection is a 2016 or later
// Mailbox server, a 2013 Client Access server (receiving) or Mailbox server
// (sending), a 2010 Hub Transport server, or an Edge Transport server of
// 2010 SP3 or later (https://learn.microsoft.com/exchange/transport-options,
// https://learn.microsoft.com/exchange/hybrid-configuration-wizard "Mail
// flow"); in a 2007 organization only Exchange 2013 Client Access and
// Mailbox servers and 2013 or 2010 SP3 Edge Transport servers, never a 2007
// server (https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options,
// https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-routing).
func checkEndpoint(fs *exhybrid.Findings, l loc, s roles.Server, u use, org2007 bool) {
	p := s.Product()
	if p == version.Exchange2007 {
		add(fs, l, CodeEndpointExchange2007, "Use an Exchange 2013 server for hybrid mail flow",
			"%s is an Exchange 2007 server, which cannot be a hybrid mail endpoint", s.Label())
		return
	}
	if !p.OnPremises() {
		// Which rules apply, and which settings the connectors take, depend
		// on the version. roles.ValidateServers reports the build itself.
		add(fs, l, CodeEndpointVersionUnknown, "Give the server's build (AdminDisplayVersion), and check the servers with roles.ValidateServers",
			"%s has build %s, which is no on-premises Exchange version, so whether it can carry hybrid mail is unknown", s.Label(), s.Build)
		return
	}
	if u == useEdge {
		checkEdge(fs, l, s, p, org2007)
		return
	}
	if s.IsEdge() {
		add(fs, l, CodeEndpointRole, "List Edge Transport servers as Edge servers, and leave sending and receiving servers empty",
			"%s is an Edge Transport server listed as a %s server", s.Label(), useNames[u])
		return
	}
	if org2007 && p != version.Exchange2013 {
		add(fs, l, CodeEndpoint2007Org, "Use an Exchange 2013 Client Access and Mailbox server",
			"%s runs %s; in an organization with Exchange 2007 the hybrid %s server must run Exchange 2013", s.Label(), p, useNames[u])
		return
	}
	switch p {
	case version.Exchange2010:
		if !s.Roles.Has(roles.RoleHubTransport) {
			add(fs, l, CodeEndpointRole, "Use an Exchange 2010 Hub Transport server",
				"%s is an Exchange 2010 server without the Hub Transport role, which carries hybrid mail in Exchange 2010", s.Label())
		}
	case version.Exchange2013:
		switch {
		case u == useReceive && !s.Roles.Has(roles.RoleClientAccess):
			add(fs, l, CodeReceiveMailboxOnly2013, "Use an Exchange 2013 server with the Client Access role",
				"%s is an Exchange 2013 server without the Client Access role; Exchange Online delivers to Exchange 2013 Client Access servers", s.Label())
		case u == useSend && !s.Roles.Has(roles.RoleMailbox):
			add(fs, l, CodeEndpointRole, "Use an Exchange 2013 server with the Mailbox role",
				"%s is an Exchange 2013 server without the Mailbox role; Exchange 2013 Mailbox servers send to Exchange Online", s.Label())
		}
	default: // 2016, 2019, SE
		if !s.Roles.Has(roles.RoleMailbox) {
			add(fs, l, CodeEndpointRole, "Use a Mailbox server",
				"%s has no Mailbox role; %s carries hybrid mail on Mailbox servers", s.Label(), p)
		}
	}
}

// checkEdge applies the Edge Transport rules: the role, Exchange 2010 SP3 or
// later (2013 or 2010 SP3 in a 2007 organization), and an Edge Subscription
// (https://learn.microsoft.com/exchange/edge-transport-servers).
func checkEdge(fs *exhybrid.Findings, l loc, s roles.Server, p version.Product, org2007 bool) {
	if !s.IsEdge() {
		add(fs, l, CodeEndpointRole, "List only Edge Transport servers as Edge servers",
			"%s is listed as an Edge Transport server but has roles %s", s.Label(), s.Roles)
		return
	}
	switch {
	case p == version.Exchange2010 && !s.Build.AtLeast(version.Exchange2010SP3):
		add(fs, l, CodeEdgeVersion, "Upgrade the Edge Transport server to Exchange 2010 SP3 or later",
			"%s runs Exchange 2010 build %s; hybrid Edge Transport servers need Exchange 2010 SP3 or later", s.Label(), s.Build)
	case org2007 && p != version.Exchange2013 && p != version.Exchange2010:
		add(fs, l, CodeEndpoint2007Org, "Use an Exchange 2013 or Exchange 2010 SP3 Edge Transport server",
			"%s runs %s; in an organization with Exchange 2007 the hybrid Edge Transport server must run Exchange 2013 or Exchange 2010 SP3", s.Label(), p)
	}
	if !s.EdgeSync {
		add(fs, l, CodeEdgeNotSubscribed, "Subscribe the Edge Transport server to the Active Directory site with EdgeSync, then run the Hybrid Configuration Wizard",
			"%s has no Edge Subscription, which Exchange hybrid requires", s.Label())
	}
}
