package roles

import (
	"errors"

	"github.com/exhybrid/exhybrid/internal/enum"
)

// Role is an Exchange server role. The zero Role is [RoleUnknown] and is not
// valid.
//
// Exchange 2007 and 2010 have five roles; Exchange 2013 has Mailbox, Client
// Access and (from SP1) Edge Transport; Exchange 2016, 2019 and Subscription
// Edition have Mailbox and Edge Transport (see [Offered]).
//
// Its text form is the role's name as Exchange setup's /role: switch spells
// it: "Mailbox", "ClientAccess", "HubTransport", "UnifiedMessaging" or
// "EdgeTransport"; the zero Role prints as "Unknown".
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Role = enum.Value[roleTag]

// The roles, in the order of the five-role model of Exchange 2007 and 2010.
const (
	RoleUnknown          Role = iota // invalid
	RoleMailbox                      // mailbox databases; from 2013 also client access and transport services
	RoleClientAccess                 // client protocols (2007, 2010); a stateless proxy in 2013
	RoleHubTransport                 // routing inside the organization (2007, 2010)
	RoleUnifiedMessaging             // voice mail and telephony (2007, 2010)
	RoleEdgeTransport                // the SMTP gateway in the perimeter network
)

// roleAliases are the other spellings ParseRole accepts, lower case: the
// values of Exchange setup's /role: switch ("MB", "CA", "HT", "UM", "ET" and
// the one-letter forms, https://learn.microsoft.com/exchange/setup-failure-occurred-while-installing-a-server-role-installwatermark-exchange-2013-help)
// and the names as written in prose ("Client Access").
var roleEnum = &enum.Table{
	Pkg: "roles", Sep: ", ", Type: "Role", Names: []string{"Unknown", "Mailbox", "ClientAccess", "HubTransport", "UnifiedMessaging", "EdgeTransport"},
	Aliases: map[string]string{
		"mb": "Mailbox", "m": "Mailbox",
		"ca": "ClientAccess", "c": "ClientAccess", "client access": "ClientAccess", "cas": "ClientAccess",
		"ht": "HubTransport", "h": "HubTransport", "hub transport": "HubTransport", "hub": "HubTransport", "bridgehead": "HubTransport",
		"um": "UnifiedMessaging", "u": "UnifiedMessaging", "unified messaging": "UnifiedMessaging",
		"et": "EdgeTransport", "e": "EdgeTransport", "edge transport": "EdgeTransport", "edge": "EdgeTransport",
	},
	Err: ErrUnknownValue,
}

// ErrUnknownValue is wrapped by the errors of [ParseRole], [ParseRoleSet]
// and the UnmarshalText methods: an unknown role, or in a set a role named
// twice, which is likely a typing mistake for another role. The errors are
// *[exhybrid.ValueError]s; its Repeated field tells the second case.
var ErrUnknownValue = errors.New("roles: unknown value")

// ParseRole parses a role name without regard to case: the name, setup's
// /role: values ("MB", "CA", "HT", "UM", "ET", "M", "C", "H", "U", "E") and
// the spaced forms ("Client Access").
func ParseRole(s string) (Role, error) { return enum.Parse[roleTag](s) }

// RoleSet is a set of roles, such as the roles installed on one server. The
// zero RoleSet is empty. Build one with [Of].
//
// Its String lists the roles in [Role] order, separated by ", ", as
// Get-ExchangeServer prints ServerRole for internal servers: "Mailbox,
// ClientAccess" (it prints Edge Transport as "Edge", which ParseRole also
// accepts); the empty set is "".
//
// It has the methods of every set: Has, With, Without, Union, Intersect,
// Minus, Len, IsEmpty, All (in value order), String, MarshalText and
// UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type RoleSet = enum.Set[roleTag]

// Of returns the set of the given roles. Invalid roles are ignored.
func Of(rs ...Role) RoleSet { return enum.SetOf(rs...) }

// ParseRoleSet parses a comma-separated list of role names, each as
// [ParseRole] accepts it: "Mailbox, ClientAccess", "MB,CA". Spaces around
// names are ignored; the empty string is the empty set. A role named twice is
// an error, because it is likely a typing mistake for another role.
func ParseRoleSet(s string) (RoleSet, error) { return enum.ParseSet[roleTag](s) }

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	roleTag struct{}
)

func (roleTag) Enum() *enum.Table { return roleEnum }
