package transport

import (
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/roles"
)

// serverIndex is the organization's servers with the index that resolves
// names to them: each entry point (HybridConnectors, ValidateConnectors,
// Route) builds one and resolves every name through it.
type serverIndex struct {
	servername.Index
	servers []roles.Server
}

// newServerIndex indexes servers, which it does not copy.
func newServerIndex(servers []roles.Server) serverIndex {
	return serverIndex{
		Index:   servername.NewIndex(len(servers), func(i int) (string, string) { return servers[i].Name, servers[i].FQDN }),
		servers: servers,
	}
}
