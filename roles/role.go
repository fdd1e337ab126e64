package roles

import (
	"errors"
	"fmt"
	"iter"
	"math/bits"
	"strconv"
	"strings"
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
	RoleUnknown      Role = iota // invalid
	Mailbox                      // mailbox databases; from 2013 also client access and transport services
	ClientAccess                 // client protocols (2007, 2010); a stateless proxy in 2013
	HubTransport                 // routing inside the organization (2007, 2010)
	UnifiedMessaging             // voice mail and telephony (2007, 2010)
	EdgeTransport                // the SMTP gateway in the perimeter network

	roleCount = iota
)

var roleNames = [roleCount]string{"Unknown", "Mailbox", "ClientAccess", "HubTransport", "UnifiedMessaging", "EdgeTransport"}

// roleAliases are the other spellings ParseRole accepts, lower case: the
// values of Exchange setup's /role: switch ("MB", "CA", "HT", "UM", "ET" and
// the one-letter forms, https://learn.microsoft.com/exchange/setup-failure-occurred-while-installing-a-server-role-installwatermark-exchange-2013-help)
// and the names as written in prose ("Client Access").
var roleAliases = map[string]Role{
	"mb": Mailbox, "m": Mailbox,
	"ca": ClientAccess, "c": ClientAccess, "client access": ClientAccess, "cas": ClientAccess,
	"ht": HubTransport, "h": HubTransport, "hub transport": HubTransport, "hub": HubTransport, "bridgehead": HubTransport,
	"um": UnifiedMessaging, "u": UnifiedMessaging, "unified messaging": UnifiedMessaging,
	"et": EdgeTransport, "e": EdgeTransport, "edge transport": EdgeTransport, "edge": EdgeTransport,
}

// String returns the role's name as Exchange setup's /role: switch spells it:
// "Mailbox", "ClientAccess", "HubTransport", "UnifiedMessaging" or
// "EdgeTransport".
func (r Role) String() string {
	if r < roleCount {
		return roleNames[r]
	}
	return "Role(" + strconv.Itoa(int(r)) + ")"
}

// IsValid reports whether r is one of the five roles.
func (r Role) IsValid() bool { return r > RoleUnknown && r < roleCount }

// ErrUnknownRole is wrapped by the errors of [ParseRole] and [ParseRoleSet].
var ErrUnknownRole = errors.New("unknown Exchange server role")

// ErrRepeatedRole is returned by [ParseRoleSet] for a list that names a role
// twice, which is likely a typing mistake for another role.
var ErrRepeatedRole = errors.New("role named twice")

// RoleError reports a role name that [ParseRole] does not know. It wraps
// [ErrUnknownRole].
type RoleError struct{ Input string }

// Error returns a message naming the input.
func (e *RoleError) Error() string { return "roles: unknown role " + strconv.Quote(e.Input) }

// Unwrap returns [ErrUnknownRole].
func (e *RoleError) Unwrap() error { return ErrUnknownRole }

// ParseRole parses a role name without regard to case: the [Role.String]
// form, setup's /role: values ("MB", "CA", "HT", "UM", "ET", "M", "C", "H",
// "U", "E") and the spaced forms ("Client Access").
func ParseRole(s string) (Role, error) {
	t := strings.TrimSpace(s)
	for r := Mailbox; r < roleCount; r++ {
		if strings.EqualFold(t, roleNames[r]) {
			return r, nil
		}
	}
	if r, ok := roleAliases[strings.ToLower(t)]; ok {
		return r, nil
	}
	return RoleUnknown, &RoleError{Input: s}
}

// MarshalText implements encoding.TextMarshaler. The zero Role cannot be
// marshalled.
func (r Role) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, &RoleError{Input: r.String()}
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseRole].
func (r *Role) UnmarshalText(text []byte) error {
	v, err := ParseRole(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

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

// allRoles holds the bit of every valid role.
const allRoles = RoleSet(1<<roleCount-1) &^ 1

// Has reports whether r is in s.
func (s RoleSet) Has(r Role) bool { return r.IsValid() && s&(1<<r) != 0 }

// With returns s with r added. An invalid r leaves s unchanged.
func (s RoleSet) With(r Role) RoleSet {
	if !r.IsValid() {
		return s
	}
	return s | 1<<r
}

// Without returns s with r removed.
func (s RoleSet) Without(r Role) RoleSet {
	if !r.IsValid() {
		return s
	}
	return s &^ (1 << r)
}

// Union returns the roles in s or t.
func (s RoleSet) Union(t RoleSet) RoleSet { return s | t }

// Intersect returns the roles in both s and t.
func (s RoleSet) Intersect(t RoleSet) RoleSet { return s & t }

// Minus returns the roles in s and not in t.
func (s RoleSet) Minus(t RoleSet) RoleSet { return s &^ t }

// IsEmpty reports whether s holds no role.
func (s RoleSet) IsEmpty() bool { return s&allRoles == 0 }

// Len returns the number of roles in s.
func (s RoleSet) Len() int { return bits.OnesCount8(uint8(s & allRoles)) }

// All returns an iterator over the roles in s, in [Role] order.
func (s RoleSet) All() iter.Seq[Role] {
	return func(yield func(Role) bool) {
		for r := Mailbox; r < roleCount; r++ {
			if s.Has(r) && !yield(r) {
				return
			}
		}
	}
}

// String returns the roles in [Role] order, separated by ", ", as
// Get-ExchangeServer prints ServerRole for internal servers: "Mailbox,
// ClientAccess" (it prints Edge Transport as "Edge", which ParseRole also
// accepts). The empty
// set is "".
func (s RoleSet) String() string {
	var b strings.Builder
	for r := range s.All() {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(roleNames[r])
	}
	return b.String()
}

// ParseRoleSet parses a comma-separated list of role names, each as
// [ParseRole] accepts it: "Mailbox, ClientAccess", "MB,CA". Spaces around
// names are ignored; the empty string is the empty set. A role named twice is
// an error, because it is likely a typing mistake for another role.
func ParseRoleSet(s string) (RoleSet, error) {
	var set RoleSet
	if strings.TrimSpace(s) == "" {
		return set, nil
	}
	for name := range strings.SplitSeq(s, ",") {
		r, err := ParseRole(strings.TrimSpace(name))
		if err != nil {
			return 0, err
		}
		if set.Has(r) {
			return 0, fmt.Errorf("roles: %q: %w: %v", s, ErrRepeatedRole, r)
		}
		set = set.With(r)
	}
	return set, nil
}

// MarshalText implements encoding.TextMarshaler with [RoleSet.String].
func (s RoleSet) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseRoleSet].
func (s *RoleSet) UnmarshalText(text []byte) error {
	v, err := ParseRoleSet(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
