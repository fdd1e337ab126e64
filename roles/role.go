package roles

import (
	"errors"
	"iter"

	"github.com/exhybrid/exhybrid/internal/enum"
)

// Role is an Exchange server role. The zero Role is [RoleUnknown] and is not
// valid.
//
// Exchange 2007 and 2010 have five roles; Exchange 2013 has Mailbox, Client
// Access and (from SP1) Edge Transport; Exchange 2016, 2019 and Subscription
// Edition have Mailbox and Edge Transport (see [Offered]).
type Role uint8

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
var roleEnum = &enum.Table[Role]{
	Pkg: "roles", Type: "Role", Names: []string{"Unknown", "Mailbox", "ClientAccess", "HubTransport", "UnifiedMessaging", "EdgeTransport"},
	Aliases: map[string]Role{
		"mb": RoleMailbox, "m": RoleMailbox,
		"ca": RoleClientAccess, "c": RoleClientAccess, "client access": RoleClientAccess, "cas": RoleClientAccess,
		"ht": RoleHubTransport, "h": RoleHubTransport, "hub transport": RoleHubTransport, "hub": RoleHubTransport, "bridgehead": RoleHubTransport,
		"um": RoleUnifiedMessaging, "u": RoleUnifiedMessaging, "unified messaging": RoleUnifiedMessaging,
		"et": RoleEdgeTransport, "e": RoleEdgeTransport, "edge transport": RoleEdgeTransport, "edge": RoleEdgeTransport,
	},
	Err: ErrUnknownValue,
}

// String returns the role's name as Exchange setup's /role: switch spells it:
// "Mailbox", "ClientAccess", "HubTransport", "UnifiedMessaging" or
// "EdgeTransport".
func (r Role) String() string { return roleEnum.String(r) }

// IsValid reports whether r is one of the five roles.
func (r Role) IsValid() bool { return roleEnum.Valid(r) }

// ErrUnknownValue is wrapped by the errors of [ParseRole], [ParseRoleSet]
// and the UnmarshalText methods: an unknown role, or in a set a role named
// twice, which is likely a typing mistake for another role. The errors are
// *[exhybrid.ValueError]s; its Repeated field tells the second case.
var ErrUnknownValue = errors.New("roles: unknown value")

// ParseRole parses a role name without regard to case: the [Role.String]
// form, setup's /role: values ("MB", "CA", "HT", "UM", "ET", "M", "C", "H",
// "U", "E") and the spaced forms ("Client Access").
func ParseRole(s string) (Role, error) { return roleEnum.Parse(s) }

// MarshalText implements encoding.TextMarshaler. The zero Role cannot be
// marshalled.
func (r Role) MarshalText() ([]byte, error) { return roleEnum.MarshalText(r) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseRole].
func (r *Role) UnmarshalText(text []byte) error { return roleEnum.UnmarshalText(r, text) }

// RoleSet is a set of roles, such as the roles installed on one server. The
// zero RoleSet is empty. Build one with [Of] or [RoleSet.With].
type RoleSet uint8

// Of returns the set of the given roles. Invalid roles are ignored.
func Of(rs ...Role) RoleSet {
	var s RoleSet
	for _, r := range rs {
		s = s.With(r)
	}
	return s
}

var roleSet = &enum.Set[RoleSet, Role]{Elem: roleEnum, Sep: ", "}

// Has reports whether r is in s.
func (s RoleSet) Has(r Role) bool { return roleSet.Has(s, r) }

// With returns s with r added. An invalid r leaves s unchanged.
func (s RoleSet) With(r Role) RoleSet { return roleSet.With(s, r) }

// Without returns s with r removed.
func (s RoleSet) Without(r Role) RoleSet { return roleSet.Without(s, r) }

// Union returns the roles in s or t.
func (s RoleSet) Union(t RoleSet) RoleSet { return s | t }

// Intersect returns the roles in both s and t.
func (s RoleSet) Intersect(t RoleSet) RoleSet { return s & t }

// Minus returns the roles in s and not in t.
func (s RoleSet) Minus(t RoleSet) RoleSet { return s &^ t }

// IsEmpty reports whether s holds no role.
func (s RoleSet) IsEmpty() bool { return roleSet.Len(s) == 0 }

// Len returns the number of roles in s.
func (s RoleSet) Len() int { return roleSet.Len(s) }

// All returns an iterator over the roles in s, in [Role] order.
func (s RoleSet) All() iter.Seq[Role] { return roleSet.All(s) }

// String returns the roles in [Role] order, separated by ", ", as
// Get-ExchangeServer prints ServerRole for internal servers: "Mailbox,
// ClientAccess" (it prints Edge Transport as "Edge", which ParseRole also
// accepts). The empty set is "".
func (s RoleSet) String() string { return roleSet.String(s) }

// ParseRoleSet parses a comma-separated list of role names, each as
// [ParseRole] accepts it: "Mailbox, ClientAccess", "MB,CA". Spaces around
// names are ignored; the empty string is the empty set. A role named twice is
// an error, because it is likely a typing mistake for another role.
func ParseRoleSet(s string) (RoleSet, error) { return roleSet.Parse(s) }

// MarshalText implements encoding.TextMarshaler with [RoleSet.String].
func (s RoleSet) MarshalText() ([]byte, error) { return roleSet.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseRoleSet].
func (s *RoleSet) UnmarshalText(text []byte) error { return roleSet.UnmarshalText(s, text) }
