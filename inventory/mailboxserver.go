package inventory

import (
	"strings"

	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

const typeMailboxServer = "Microsoft.Exchange.Data.Directory.Management.MailboxServer"

// MailboxServer is one Mailbox server as Get-MailboxServer shows it
// (https://learn.microsoft.com/powershell/module/exchange/get-mailboxserver):
// what Get-ExchangeServer does not say, the database availability group.
// It is identified by its name, as a [Server] is.
type MailboxServer struct {
	Name string `json:"name"` // Name, the computer's NetBIOS name ("SOLO-E19A")
	// DatabaseAvailabilityGroup is the name of the server's DAG; "" for a
	// server in none.
	DatabaseAvailabilityGroup string `json:"databaseAvailabilityGroup,omitempty"`
	// AdminDisplayVersion and Roles are read as [Server]'s are; they repeat
	// what Get-ExchangeServer says of the same server.
	AdminDisplayVersion version.Build `json:"adminDisplayVersion,omitzero"`
	Roles               roles.RoleSet `json:"roles,omitzero"` // ServerRole ("Mailbox"); empty when not exported

	From Origin `json:"from"` // the export file and object it was read from
}

func (m MailboxServer) key() string    { return strings.ToLower(m.Name) }
func (m MailboxServer) origin() Origin { return m.From }

// readMailboxServer reads a Get-MailboxServer object. One without a Name
// is skipped.
func readMailboxServer(o object, name string) (MailboxServer, bool) {
	m := MailboxServer{
		Name:                      name,
		DatabaseAvailabilityGroup: o.text("DatabaseAvailabilityGroup"),
		AdminDisplayVersion:       readAdminDisplayVersion(o),
		From:                      o.origin(),
	}
	if r, ok := o.required("ServerRole", ""); ok {
		m.Roles = parseServerRole(o, r)
	}
	return m, true
}
