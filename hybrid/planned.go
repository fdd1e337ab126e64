package hybrid

import (
	"slices"
	"strconv"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// installation is what the plan installs as new hybrid servers: the
// servers themselves, as data the rest of the plan treats like existing
// servers, the release they get, and the rule that calls for them.
type installation struct {
	servers []roles.Server
	release version.Release
	reason  exhybrid.Code
}

// installVersion is the version to install as new hybrid servers: the
// newest version that every version present accepts as its hybrid version.
func (a *analysis) installVersion() version.Product {
	if a.oldest() == version.ProductUnknown {
		return version.ProductUnknown
	}
	for h := version.ExchangeSE; h >= version.Exchange2010; h-- {
		if a.acceptable(h) {
			return h
		}
	}
	return version.ProductUnknown
}

// hybridRoleSet is the role set of a new hybrid server of version p: all
// three internal roles on 2010, Client Access and Mailbox together on 2013
// (the recommended layout), Mailbox from 2016
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites).
func hybridRoleSet(p version.Product) roles.RoleSet {
	switch p {
	case version.Exchange2010:
		return roles.Of(roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport)
	case version.Exchange2013:
		return roles.Of(roles.RoleMailbox, roles.RoleClientAccess)
	}
	return roles.Of(roles.RoleMailbox)
}

// newServerName names the n-th hybrid server the plan installs.
func newServerName(n int) string { return "NEW-HYBRID-" + strconv.Itoa(n) }

// plannedServers returns the hybrid servers the plan installs: two when
// the organization has none, one when it has one (more than one is highly
// recommended for reliability and availability,
// https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles).
// With none, or with one whose version is past its end of support on the
// day, they run the newest version every version present accepts as its
// hybrid version (installVersion); beside a supported one, its version.
// Each is named NEW-HYBRID-n (the next free n), runs the latest update of its version on the
// day, holds hybridRoleSet, sits in the hybrid site, is published to the
// Internet and still needs the certificate.
func (a *analysis) plannedServers() installation {
	have := len(a.hybrid)
	if have >= 2 || len(a.org.Servers) == 0 {
		return installation{}
	}
	v, reason := a.hybridVersion, CodeSingleHybridServer
	if have == 0 {
		v, reason = a.installVersion(), CodeNoHybridServer
	} else if version.OutOfSupport(v, a.on) {
		v = a.installVersion()
	}
	if v == version.ProductUnknown {
		return installation{}
	}
	target, ok := version.LatestUpdate(v, a.on)
	if !ok {
		return installation{}
	}
	in := installation{release: target, reason: reason}
	site := a.hybridSite()
	n := have
	for range 2 - have {
		n++
		for _, taken := a.serverIndex(newServerName(n)); taken; _, taken = a.serverIndex(newServerName(n)) {
			n++ // a server of the organization already has the name
		}
		in.servers = append(in.servers, roles.Server{
			Name: newServerName(n), Site: site, Build: target.Build,
			Roles: hybridRoleSet(v), InternetFacing: true,
		})
	}
	return in
}

// augment returns the analysis of the organization as it will be once the
// planned servers are installed: its servers plus the planned ones, which
// join the hybrid servers. Coexistence requirements, the wizard's objects,
// the servers the steps configure and the service table come from it;
// findings come from the organization as it is.
func (a *analysis) augment(planned []roles.Server) *analysis {
	if len(planned) == 0 {
		return a
	}
	org := a.org
	org.Servers = append(slices.Clip(a.org.Servers), planned...)
	org.HybridServers = make([]string, 0, len(a.hybrid)+len(planned))
	for _, i := range a.hybrid {
		org.HybridServers = append(org.HybridServers, serverRef(a.org.Servers[i]))
	}
	for _, s := range planned {
		org.HybridServers = append(org.HybridServers, s.Name)
	}
	return analyze(org, a.on)
}

// serverRef is the name by which a server can be looked up: its name, or
// its FQDN when it has none.
func serverRef(s roles.Server) string {
	if s.Name != "" {
		return s.Name
	}
	return s.FQDN
}

// hybridSite is the Active Directory site of the hybrid servers: the first
// hybrid server's, else the first Internet-facing site, else the first
// server's.
func (a *analysis) hybridSite() string {
	for _, i := range a.hybrid {
		if s := a.org.Servers[i].Site; s != "" {
			return s
		}
	}
	for _, s := range a.org.Sites {
		if s.InternetFacing {
			return s.Name
		}
	}
	for _, s := range a.org.Servers {
		if s.Site != "" {
			return s.Site
		}
	}
	return "<site>"
}
