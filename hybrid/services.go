package hybrid

import (
	"strings"

	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// Sources of the before/after table.
const (
	srcRoles2007   = "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles"
	srcRoles2010   = "https://learn.microsoft.com/exchange/exchange-2013-and-2010-hybrid/server-roles"
	srcHybrid      = "https://learn.microsoft.com/exchange/exchange-hybrid"
	srcCoexistence = "https://learn.microsoft.com/exchange/configuring-ssl-offloading-in-exchange-2013-exchange-2013-help"
	srcArch        = "https://learn.microsoft.com/exchange/architecture/architecture"
	srcWizard      = "https://learn.microsoft.com/exchange/hybrid-configuration-wizard"
	srcRouting     = "https://learn.microsoft.com/exchange/transport-routing"
)

// serviceTable builds the before/after table: where each service is
// answered before the hybrid deployment and, after it, for a mailbox that
// stays on premises and for one in Exchange Online. Transport rows come
// from transport.Route; client rows from Microsoft's coexistence pages.
func (a *analysis) serviceTable(w *wizard) []ServiceRow {
	var rows []ServiceRow
	if w.mailFlow {
		rows = append(rows, a.transportRows()...)
	}
	legacy := a.mailboxVersion()
	if !a.org.Type.IsValid() || legacy == version.ProductUnknown || a.hybridVersion == version.ProductUnknown {
		return rows
	}
	return append(rows, a.clientRows(w, legacy)...)
}

// clientView is what the client-access rows share: the mailboxes' version,
// the front ends before and after, and the page the answers follow.
type clientView struct {
	a      *analysis
	legacy version.Product // the version of the mailboxes that stay
	before string          // the front ends before hybrid
	after  string          // the hybrid front ends, each named with its version
	newer  []string        // the hybrid versions newer than legacy
	source string
}

// onPrem says how the hybrid front ends answer a mailbox that stays on
// an older version. Exchange 2013 Client Access servers redirect OWA and
// EWS for Exchange 2007 mailboxes to the legacy namespace and proxy the
// rest; for Exchange 2010 mailboxes they redirect OWA when the 2010
// servers' OWA ExternalUrl is set and proxy it otherwise, and proxy the
// other services (https://learn.microsoft.com/exchange/configuring-ssl-offloading-in-exchange-2013-exchange-2013-help,
// "Coexistence with other versions of Outlook Web App"). Exchange 2016
// and later Mailbox servers proxy to older versions at the protocol layer
// (https://learn.microsoft.com/exchange/architecture/architecture).
func (c *clientView) onPrem(legacyURL string, redirect2007, owa bool) string {
	switch {
	case len(c.newer) == 0:
		return c.after
	case c.legacy == version.Exchange2007 && redirect2007:
		return c.after + " redirect to " + legacyURL + " on the Exchange 2007 Client Access servers"
	case c.legacy == version.Exchange2007:
		return c.after + " proxy to the Exchange 2007 Client Access servers"
	case c.legacy == version.Exchange2010 && owa && c.a.hybridVersion == version.Exchange2013:
		return c.after + " proxy to the Exchange 2010 Client Access servers (or redirect, when their OWA ExternalUrl is set)"
	case c.legacy == version.Exchange2010:
		return c.after + " proxy to the Exchange 2010 Client Access servers"
	}
	if len(c.newer) == c.a.frontEndVersions() {
		return c.after + " proxy to the " + short(c.legacy) + " servers that hold the mailboxes"
	}
	return c.after + "; the " + strings.Join(c.newer, " and ") + " servers proxy to the " + short(c.legacy) + " servers that hold the mailboxes"
}

// clientRows gives the rows of the client-access services the organization
// publishes.
func (a *analysis) clientRows(w *wizard, legacy version.Product) []ServiceRow {
	// The hybrid servers may be of several versions (2019 and SE, say):
	// each is named with its own, and only those newer than the mailboxes'
	// version proxy to it.
	after, newer := a.hybridFrontEnds(legacy)
	c := &clientView{a: a, legacy: legacy, before: a.frontEnds(legacy, nil), after: after, newer: newer, source: srcCoexistence}
	if len(newer) == 0 || a.hybridVersion >= version.Exchange2016 {
		c.source = srcArch
	}
	ns := a.org.Namespaces
	var rows []ServiceRow
	if ns.OWA != "" {
		rows = append(rows, c.owaRow(w))
	}
	for _, r := range []struct {
		host, service, legacyPath string
		redirect2007              bool
		cloud, source             string
	}{
		{ns.Autodiscover, "Autodiscover (https://" + ns.Autodiscover + ")", "", false,
			after + " point the client to Exchange Online through the mailbox's address at " + a.org.Tenant.CoexistenceDomain(), srcHybrid},
		{ns.EWS, "Exchange Web Services (https://" + ns.EWS + "/EWS/Exchange.asmx)", "/EWS/Exchange.asmx", true,
			"Exchange Online, found through Autodiscover", srcHybrid},
		{ns.ActiveSync, "Exchange ActiveSync (https://" + ns.ActiveSync + "/Microsoft-Server-ActiveSync)", "", false,
			"Exchange Online; devices are redirected there after the mailbox moves", srcWizard},
		{ns.OutlookAnywhere, "Outlook Anywhere (" + ns.OutlookAnywhere + ")", "", false,
			"Exchange Online, found through Autodiscover", srcHybrid},
	} {
		if r.host == "" {
			continue
		}
		legacyURL := ""
		if r.legacyPath != "" {
			legacyURL = "https://" + ns.Legacy + r.legacyPath
		}
		rows = append(rows, ServiceRow{Service: r.service, Before: c.before, OnPremises: c.onPrem(legacyURL, r.redirect2007, false),
			Cloud: r.cloud, Source: join(c.source, r.source)})
	}
	return rows
}

// owaRow is the row of Outlook on the web.
func (c *clientView) owaRow(w *wizard) ServiceRow {
	a := c.a
	owaCloud := "Exchange Online (no OWA redirection configured)"
	if a.org.Features.Has(FeatureOwaRedirection) && w.pair.OnPremises.TargetOWAURL != "" {
		owaCloud = c.after + " show a link to Outlook on the web in Exchange Online (" + w.pair.OnPremises.TargetOWAURL + ")"
	}
	// For Exchange 2007 mailboxes the sources disagree: the 2013/2007
	// server-roles page says the 2013 Client Access server proxies OWA to
	// the 2007 Client Access server, the SSL-offloading page's coexistence
	// table that it redirects to the legacy namespace. The row follows the
	// more specific SSL-offloading page and cites it alone, with the
	// wizard's page for the cloud column.
	source := join(c.source, srcRolesPage(c.legacy), srcWizard)
	if c.legacy == version.Exchange2007 {
		source = join(c.source, srcWizard)
	}
	return ServiceRow{
		Service:    "Outlook on the web (https://" + a.org.Namespaces.OWA + "/owa)",
		Before:     c.before,
		OnPremises: c.onPrem("https://"+a.org.Namespaces.Legacy+"/owa", true, true),
		Cloud:      owaCloud,
		Source:     source,
	}
}

// transportRows gives the mail-flow rows from transport.Route.
func (a *analysis) transportRows() []ServiceRow {
	t := a.topology()
	route := func(from, to transport.Endpoint) string {
		hops, err := transport.Route(t, from, to)
		if err != nil {
			return "no route: " + err.Error()
		}
		parts := make([]string, len(hops))
		for i, h := range hops {
			parts[i] = a.hopText(h)
		}
		return strings.Join(parts, " → ")
	}
	before := a.frontEnds(a.oldest(), nil)
	if legacyHubs := a.serversOf(a.oldest(), roles.RoleHubTransport); len(legacyHubs) > 0 {
		before = describe(a.oldest(), roles.RoleHubTransport, a.names(legacyHubs))
	}
	return []ServiceRow{
		{Service: "Mail from the Internet (MX " + a.org.MX.String() + ")", Before: before,
			OnPremises: route(transport.EndpointInternet, transport.EndpointOnPremisesMailbox), Cloud: route(transport.EndpointInternet, transport.EndpointCloudMailbox),
			Source: join(srcRouting, srcRolesPage(a.oldest()))},
		{Service: "Mail to the Internet", Before: before,
			OnPremises: route(transport.EndpointOnPremisesMailbox, transport.EndpointInternet), Cloud: route(transport.EndpointCloudMailbox, transport.EndpointInternet),
			Source: join(srcRouting, srcRolesPage(a.oldest()))},
		{Service: "Mail to the other organization", Before: "none",
			OnPremises: route(transport.EndpointOnPremisesMailbox, transport.EndpointCloudMailbox), Cloud: route(transport.EndpointCloudMailbox, transport.EndpointOnPremisesMailbox),
			Source: join("https://learn.microsoft.com/exchange/transport-options", srcRouting)},
	}
}

// hopText renders a hop, naming each server with its own product: a hop
// on servers of several versions (Exchange 2019 and SE hybrid servers, say),
// which transport.Hop renders without a product, becomes one part per
// version, "Exchange Server 2019 Mailbox (EX19-01, EX19-02) or Exchange
// Server SE Mailbox (EXSE-01)": the message passes one of them.
func (a *analysis) hopText(h transport.Hop) string {
	if h.Kind != transport.HopServer || h.Product.IsValid() {
		return h.String()
	}
	var parts []string
	for p := version.Exchange2007; p <= version.ExchangeSE; p++ {
		part := transport.Hop{Kind: h.Kind, Product: p, Role: h.Role, Source: h.Source}
		for _, name := range h.Servers {
			if i, ok := a.serverIndex(name); ok && a.org.Servers[i].Product() == p {
				part.Servers = append(part.Servers, name)
			}
		}
		if len(part.Servers) > 0 {
			parts = append(parts, part.String())
		}
	}
	if len(parts) == 0 {
		return h.String()
	}
	return strings.Join(parts, " or ")
}

// topology describes the organization to transport.Route.
func (a *analysis) topology() transport.Topology {
	send, receive := a.transportServers()
	t := transport.Topology{
		Servers:          a.org.Servers,
		Centralized:      a.org.Features.Has(FeatureCentralizedTransport),
		SendingServers:   a.names(send),
		ReceivingServers: a.names(receive),
		EdgeServers:      a.names(a.edges),
	}
	t.MX = a.org.MX
	if mbx := a.serversOf(a.mailboxVersion(), roles.RoleMailbox); len(mbx) > 0 {
		t.MailboxServer = a.org.Servers[mbx[0]].Name
	}
	return t
}

// mailboxVersion is the oldest version with Mailbox servers: where the
// on-premises mailboxes are before any move.
func (a *analysis) mailboxVersion() version.Product {
	for p := version.Exchange2007; p <= version.ExchangeSE; p++ {
		if len(a.serversOf(p, roles.RoleMailbox)) > 0 {
			return p
		}
	}
	return version.ProductUnknown
}

// serversOf returns the indices of the internal servers of version p with
// role r.
func (a *analysis) serversOf(p version.Product, r roles.Role) []int {
	var out []int
	for i, s := range a.org.Servers {
		if s.Product() == p && !s.IsEdge() && s.Roles.Has(r) {
			out = append(out, i)
		}
	}
	return out
}

// frontEnds names the servers that answer clients for version p: Client
// Access servers up to 2013, Mailbox servers from 2016. With idx nil it
// takes every such server of the organization.
func (a *analysis) frontEnds(p version.Product, idx []int) string {
	role := roles.RoleClientAccess
	if p >= version.Exchange2016 {
		role = roles.RoleMailbox
	}
	var names []string
	if idx == nil {
		idx = a.serversOf(p, role)
	}
	for _, i := range idx {
		if a.org.Servers[i].Roles.Has(role) {
			names = append(names, a.org.Servers[i].Label())
		}
	}
	return describe(p, role, names)
}

// hybridFrontEnds names the hybrid servers that answer clients, grouped by
// version, oldest first, each with its own product and front-end role
// ("Exchange 2019 Mailbox servers (EX19-01, EX19-02) and Exchange SE
// Mailbox servers (EXSE-01)"), and returns the versions among them newer
// than the mailboxes' version mbx ("Exchange SE").
func (a *analysis) hybridFrontEnds(mbx version.Product) (string, []string) {
	var parts, newer []string
	for p := version.Exchange2007; p <= version.ExchangeSE; p++ {
		var idx []int
		for _, i := range a.hybrid {
			if a.org.Servers[i].Product() == p {
				idx = append(idx, i)
			}
		}
		if len(idx) == 0 {
			continue
		}
		parts = append(parts, a.frontEnds(p, idx))
		if p != mbx {
			newer = append(newer, short(p))
		}
	}
	if len(parts) == 0 {
		return a.frontEnds(a.hybridVersion, a.hybrid), nil
	}
	return strings.Join(parts, " and "), newer
}

// frontEndVersions counts the versions of the hybrid servers.
func (a *analysis) frontEndVersions() int {
	var seen [version.ExchangeOnline + 1]bool
	n := 0
	for _, i := range a.hybrid {
		if p := a.org.Servers[i].Product(); p <= version.ExchangeOnline && !seen[p] {
			seen[p], n = true, n+1
		}
	}
	return n
}

func describe(p version.Product, r roles.Role, names []string) string {
	var role string
	switch r {
	case roles.RoleClientAccess:
		role = "Client Access"
	case roles.RoleHubTransport:
		role = "Hub Transport"
	default:
		role = r.String()
	}
	s := short(p) + " " + role + " servers"
	if len(names) > 0 {
		s += " (" + strings.Join(names, ", ") + ")"
	}
	return s
}

// names returns the labels of the servers at idx.
func (a *analysis) names(idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = a.org.Servers[i].Label()
	}
	return out
}

// short names a product without "Server": "Exchange 2013", "Exchange SE".
func short(p version.Product) string {
	return strings.Replace(p.String(), "Exchange Server", "Exchange", 1)
}

func srcRolesPage(p version.Product) string {
	switch p {
	case version.Exchange2007:
		return srcRoles2007
	case version.Exchange2010:
		return srcRoles2010
	}
	return srcHybrid
}

func join(sources ...string) string { return strings.Join(sources, " ") }
