package hybrid

import (
	"slices"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// hybridVersions lists, for each on-premises version, the versions whose
// servers may be its hybrid servers: the table "Hybrid deployment
// prerequisites" gives for 2010 to 2019
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites), and
// "Key terminology" of "Exchange Server hybrid deployments" adds that
// 2010-based and 2013-based hybrids serve Exchange 2007 organizations
// (https://learn.microsoft.com/exchange/exchange-hybrid). Exchange SE is a
// hybrid server version of its own in Microsoft's current material
// (Set-HybridConfiguration applies to Exchange Server SE,
// https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration;
// the dedicated hybrid app lists SE builds among the supported ones,
// https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app):
// it serves the organizations 2019 serves, 2016 and 2019, and its own; it
// cannot join an organization with Exchange 2013 at all (its setup blocks
// that coexistence,
// https://learn.microsoft.com/exchange/plan-and-deploy/deploy-new-installations/upgrade-to-exchange-server-se).
var hybridVersions = map[version.Product][]version.Product{
	version.Exchange2007: {version.Exchange2010, version.Exchange2013},
	version.Exchange2010: {version.Exchange2010, version.Exchange2013, version.Exchange2016},
	version.Exchange2013: {version.Exchange2013, version.Exchange2016, version.Exchange2019},
	version.Exchange2016: {version.Exchange2016, version.Exchange2019, version.ExchangeSE},
	version.Exchange2019: {version.Exchange2019, version.ExchangeSE},
	version.ExchangeSE:   {version.Exchange2019, version.ExchangeSE},
}

// hybridCapable reports whether server s, of its version, can carry hybrid
// traffic as an internal hybrid server: a 2010 Mailbox, Hub Transport or
// Client Access server, a 2013 Mailbox or Client Access server, a 2016 or
// later Mailbox server. Exchange 2007 servers never can
// (https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options).
func hybridCapable(s roles.Server) bool {
	if s.IsEdge() {
		return false
	}
	switch s.Product() {
	case version.Exchange2010:
		return !s.Roles.Intersect(roles.Of(roles.RoleMailbox, roles.RoleHubTransport, roles.RoleClientAccess)).IsEmpty()
	case version.Exchange2013:
		return !s.Roles.Intersect(roles.Of(roles.RoleMailbox, roles.RoleClientAccess)).IsEmpty()
	case version.Exchange2016, version.Exchange2019, version.ExchangeSE:
		return s.Roles.Has(roles.RoleMailbox)
	}
	return false
}

// frontEnd reports whether s answers HTTPS for hybrid (EWS, Autodiscover,
// the MRS proxy): a 2013 or 2010 Client Access server or a 2016 or later
// Mailbox server, the targets of inbound 443 in the prerequisites' firewall
// table (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites).
// Edge Transport servers never do.
func frontEnd(s roles.Server) bool {
	if s.IsEdge() {
		return false
	}
	switch p := s.Product(); {
	case p == version.Exchange2010 || p == version.Exchange2013:
		return s.Roles.Has(roles.RoleClientAccess)
	case p >= version.Exchange2016 && p.OnPremises():
		return s.Roles.Has(roles.RoleMailbox)
	}
	return false
}

// analysis is what Validate and Plan both derive from an organization: the
// versions present, the hybrid servers and the hybrid Edge servers.
type analysis struct {
	org Organization
	on  version.Date

	// present marks the versions of internal (non-Edge) servers.
	present [version.ExchangeOnline + 1]bool
	// hybridVersion is the version of the hybrid servers: the newest
	// internal version that can be a hybrid version of every version
	// present, or ProductUnknown.
	hybridVersion version.Product
	// hybrid holds the indices of the hybrid servers in org.Servers, in
	// order, one per server name; chosen is true when they were derived,
	// not named.
	hybrid []int
	chosen bool
	// unknownHybrid, unknownEdge and unknownCert hold the positions of
	// names in org.HybridServers, org.EdgeServers and
	// org.Certificate.Servers that match no server.
	unknownHybrid, unknownEdge, unknownCert []int
	// edges holds the indices of the hybrid Edge servers.
	edges []int
	// send and receive hold the indices of the servers the transport
	// package was given as sending and receiving servers, in its order;
	// set by transportParams.
	send, receive []int

	// recordedFull is true for an organization whose type is not set but
	// whose exports show a full hybrid in place: a HybridConfiguration
	// recording a feature that only a full hybrid, classic or modern,
	// provides (free/busy, MailTips, photos...; a minimal hybrid provides
	// mailbox moves only, https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options).
	// The rules common to both full types then run on it: the
	// organization an import builds has no type, and an audit must still
	// judge its certificate, features and dedicated app.
	recordedFull bool

	// index resolves a server name or FQDN to the first server it names
	// (internal/servername: any case, an FQDN with or without its dot).
	index servername.Index
	// hybridPos and edgePos map a server index to its position in
	// org.HybridServers and org.EdgeServers.
	hybridPos, edgePos map[int]int
	// certified marks the servers the certificate is installed on.
	certified []bool
}

func analyze(org Organization, on version.Date) *analysis {
	a := &analysis{org: org, on: on, hybridPos: map[int]int{}, edgePos: map[int]int{}, certified: make([]bool, len(org.Servers))}
	a.index = servername.NewIndex(len(org.Servers), func(i int) (string, string) { return org.Servers[i].Name, org.Servers[i].FQDN })
	for _, s := range org.Servers {
		if p := s.Product(); p.OnPremises() && !s.IsEdge() {
			a.present[p] = true
		}
	}
	for n, name := range org.Certificate.Servers {
		if i, ok := a.serverIndex(name); ok {
			a.certified[i] = true
		} else {
			a.unknownCert = append(a.unknownCert, n)
		}
	}
	a.hybridVersion = a.chooseVersion()
	if len(org.HybridServers) == 0 {
		a.chosen = true
		for i, s := range org.Servers {
			if s.Product() == a.hybridVersion && hybridCapable(s) && a.canonical(i) == i {
				a.hybrid = append(a.hybrid, i)
			}
		}
	} else {
		a.hybrid, a.unknownHybrid = a.resolve(org.HybridServers, a.hybridPos)
	}
	a.edges, a.unknownEdge = a.resolve(org.EdgeServers, a.edgePos)
	a.recordedFull = !org.Type.IsValid() && recordsFullHybrid(org)
	return a
}

// recordsFullHybrid reports whether the exports of org show a full
// hybrid: the HybridConfiguration records a feature beyond mailbox moves.
func recordsFullHybrid(org Organization) bool {
	return org.Observed != nil && len(org.Observed.HybridConfigurations) > 0 &&
		!org.Features.Minus(Features(FeatureMoveMailbox)).IsEmpty()
}

// serverIndex finds the server named name, by name or FQDN, as
// internal/servername compares them.
func (a *analysis) serverIndex(name string) (int, bool) {
	if name == "" {
		return 0, false
	}
	i := a.index.Find(name)
	return i, i >= 0
}

// canonical returns the first server with the name of server i: the one
// steps and commands mean by that name. Servers without a name are their
// own.
func (a *analysis) canonical(i int) int {
	if j, ok := a.serverIndex(a.org.Servers[i].Name); ok {
		return j
	}
	return i
}

// chooseVersion returns the newest version present that every present
// version accepts as its hybrid version.
func (a *analysis) chooseVersion() version.Product {
	for p := version.ExchangeSE; p >= version.Exchange2010; p-- {
		if a.present[p] && a.acceptable(p) {
			return p
		}
	}
	return version.ProductUnknown
}

// acceptable reports whether hybrid servers of version h suit every version
// present.
func (a *analysis) acceptable(h version.Product) bool {
	for p := version.Exchange2007; p <= version.ExchangeSE; p++ {
		if a.present[p] && !slices.Contains(hybridVersions[p], h) {
			return false
		}
	}
	return true
}

// resolve maps server names (or FQDNs) to indices, ignoring case, one
// index per server name, records each found server's first position in
// pos, and returns the positions of names that match no server.
func (a *analysis) resolve(names []string, pos map[int]int) (found, unknown []int) {
	for n, name := range names {
		i, ok := a.serverIndex(name)
		if !ok {
			unknown = append(unknown, n)
			continue
		}
		i = a.canonical(i)
		if _, dup := pos[i]; !dup {
			pos[i] = n
			found = append(found, i)
		}
	}
	return found, unknown
}

// hybridServerPath is the organization path naming hybrid server i: its
// entry in hybridServers, or the server itself when the hybrid servers
// were not named.
func (a *analysis) hybridServerPath(i int) exhybrid.Path {
	if n, ok := a.hybridPos[i]; ok {
		return exhybrid.Path("hybridServers").Index(n)
	}
	return exhybrid.Path("servers").Index(i)
}

// edgePath is the organization path naming hybrid Edge server i.
func (a *analysis) edgePath(i int) exhybrid.Path {
	if n, ok := a.edgePos[i]; ok {
		return exhybrid.Path("edgeServers").Index(n)
	}
	return exhybrid.Path("servers").Index(i)
}

// hasCertificate reports whether the certificate is installed on server i.
func (a *analysis) hasCertificate(i int) bool { return a.certified[i] }

// oldest returns the oldest version present among internal servers.
func (a *analysis) oldest() version.Product {
	for p := version.Exchange2007; p <= version.ExchangeSE; p++ {
		if a.present[p] {
			return p
		}
	}
	return version.ProductUnknown
}

// hybridRoles returns the union of the hybrid servers' roles.
func (a *analysis) hybridRoles() roles.RoleSet {
	var set roles.RoleSet
	for _, i := range a.hybrid {
		set = set.Union(a.org.Servers[i].Roles)
	}
	return set
}

// usesEdge reports whether hybrid mail goes through Edge servers.
func (a *analysis) usesEdge() bool { return len(a.edges) > 0 }

// transportServers splits the hybrid servers into the sending and the
// receiving transport servers: an Exchange 2013 Mailbox server sends and a
// 2013 Client Access server receives; 2016 and later Mailbox servers and
// 2010 Hub Transport servers do both
// (https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles,
// https://learn.microsoft.com/exchange/transport-options).
func (a *analysis) transportServers() (send, receive []int) {
	for _, i := range a.hybrid {
		s := a.org.Servers[i]
		switch s.Product() {
		case version.Exchange2010:
			if s.Roles.Has(roles.RoleHubTransport) {
				send, receive = append(send, i), append(receive, i)
			}
		case version.Exchange2013:
			if s.Roles.Has(roles.RoleMailbox) {
				send = append(send, i)
			}
			if s.Roles.Has(roles.RoleClientAccess) {
				receive = append(receive, i)
			}
		default:
			if s.Roles.Has(roles.RoleMailbox) {
				send, receive = append(send, i), append(receive, i)
			}
		}
	}
	return send, receive
}
