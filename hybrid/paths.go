package hybrid

import (
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid"
)

// The transport and federation packages report findings at the fields of
// their Params ("sendingServers[2]", "autodiscoverUrl"). transportPath and
// federationPath place them at the organization's field that value came
// from, field by field; a test resolves every path Validate and Plan give
// against Organization and Options, so a field renamed on either side
// fails it rather than moving findings silently.

// splitPath cuts p into its first field name, the list index that follows
// it (-1 when none) and the rest: "sendingServers[2].roles" is
// "sendingServers", 2, "roles".
func splitPath(p exhybrid.Path) (name string, index int, rest exhybrid.Path) {
	s := string(p)
	end := strings.IndexAny(s, ".[")
	if end < 0 {
		return s, -1, ""
	}
	name, s, index = s[:end], s[end:], -1
	if s[0] == '[' {
		if close := strings.IndexByte(s, ']'); close > 0 {
			if n, err := strconv.Atoi(s[1:close]); err == nil {
				index, s = n, s[close+1:]
			}
		}
	}
	return name, index, exhybrid.Path(strings.TrimPrefix(s, "."))
}

// at returns the path p of the organization with index i (when i >= 0)
// and rest appended.
func at(p exhybrid.Path, i int, rest exhybrid.Path) exhybrid.Path {
	if i >= 0 {
		p = p.Index(i)
	}
	return p.Join(rest)
}

// transportPath places a path of transport.Params in the organization
// (see transportParams).
func (a *analysis) transportPath(p exhybrid.Path) exhybrid.Path {
	name, i, rest := splitPath(p)
	server := func(list []int, each func(int) exhybrid.Path) exhybrid.Path {
		if i >= 0 && i < len(list) {
			return each(list[i]).Join(rest)
		}
		return at("hybridServers", -1, rest)
	}
	switch name {
	case "tenant", "servers":
		return at(exhybrid.Path(name), i, rest)
	case "certificate":
		if sub, j, more := splitPath(rest); sub == "dnsNames" {
			return at("certificate.names", j, more)
		}
		return "certificate"
	case "domains":
		return at("hybridDomains", i, rest)
	case "onPremisesSmartHost":
		return "namespaces.smtp"
	case "sendingServers":
		return server(a.send, a.hybridServerPath)
	case "receivingServers":
		return server(a.receive, a.hybridServerPath)
	case "edgeServers":
		return server(a.edges, a.edgePath)
	case "options":
		switch sub, _, _ := splitPath(rest); sub {
		case "centralized":
			return "features"
		case "cloud":
			return "cloud"
		case "id":
			return "options.id"
		}
		return exhybrid.Path("options.transport").Join(rest)
	}
	return exhybrid.Path("connectors").Join(p)
}

// federationPath places a path of federation.Params in the organization
// (see federationParams).
func federationPath(p exhybrid.Path) exhybrid.Path {
	name, i, rest := splitPath(p)
	switch name {
	case "id", "cloudId":
		return "options.id"
	case "tenant", "cloud", "servers":
		return at(exhybrid.Path(name), i, rest)
	case "domains":
		return at("hybridDomains", i, rest)
	case "autodiscoverUrl":
		return "namespaces.autodiscover"
	case "ewsUrl":
		return "namespaces.ews"
	case "owaUrl":
		return "namespaces.owa"
	case "owaForm", "customOwaUrl", "manualOAuth", "trustOnlyWithExchange2010":
		return exhybrid.Path("options").Child(name)
	}
	return exhybrid.Path("sharing").Join(p)
}
