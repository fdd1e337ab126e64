package inventory_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/roles"
)

func TestMailboxServers(t *testing.T) {
	// FORMAT.md §2.14: none of the three is in a DAG; the version and
	// roles are Get-ExchangeServer's.
	e15 := inventory.MailboxServer{Name: "SOLO-E15A", AdminDisplayVersion: build("15.0.1497.2"), Roles: roles.Of(roles.RoleMailbox, roles.RoleClientAccess)}
	e16 := inventory.MailboxServer{Name: "SOLO-E16A", AdminDisplayVersion: build("15.1.2375.7"), Roles: roles.Of(roles.RoleMailbox)}
	e19 := inventory.MailboxServer{Name: "SOLO-E19A", AdminDisplayVersion: build("15.2.986.5"), Roles: roles.Of(roles.RoleMailbox)}
	tests := []fileCase[inventory.MailboxServer]{
		{"E19", []file{{"E19/GetMailboxServer.xml", ""}}, []inventory.MailboxServer{e19}, nil},
		{"E15 multi-role", []file{{"E15/GetMailboxServer.xml", ""}}, []inventory.MailboxServer{e15}, nil},
		{"merged", []file{{"E19/GetMailboxServer.xml", ""}, {"E16/GetMailboxServer.xml", ""}, {"E15/GetMailboxServer.xml", ""}, {"E16/GetMailboxServer.xml", ""}},
			[]inventory.MailboxServer{e15, e16, e19}, nil},
	}
	testFiles(t, tests, func(t *testing.T, inv *inventory.Inventory) []inventory.MailboxServer {
		// A Mailbox server is not an Exchange server entry: the two
		// cmdlets' lists stay apart.
		if len(inv.Servers) != 0 {
			t.Errorf("servers: %v", inv.Servers)
		}
		return inv.MailboxServers
	})
}

// No export in testdata has a DAG (FORMAT.md §2.14): read the name of the
// DatabaseAvailabilityGroup ADObjectId from a small one.
func TestMailboxServerDAG(t *testing.T) {
	testValues(t, []valueCase[inventory.MailboxServer]{{"a DAG",
		objs(obj(tnMBX, s("Name", "EX1"), value("DatabaseAvailabilityGroup", "DAG1"), adv("Version 15.2 (Build 1544.4)"), enum("ServerRole", "Mailbox"))),
		[]inventory.MailboxServer{{Name: "EX1", DatabaseAvailabilityGroup: "DAG1", AdminDisplayVersion: build("15.2.1544.4"), Roles: roles.Of(roles.RoleMailbox)}}, nil,
	}}, func(inv *inventory.Inventory) []inventory.MailboxServer { return inv.MailboxServers })
}
