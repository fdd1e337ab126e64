package transport

import (
	"errors"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/textsafe"
)

// AddressSpace is one entry of a Send connector's AddressSpaces: the
// destinations the connector routes to, and the cost of the route. Its text
// form is "Type:Address;Cost", for example "SMTP:contoso.mail.onmicrosoft.com;1"
// (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector,
// AddressSpaces):
//
//   - Type is "SMTP" when omitted; on an Edge Transport server it must be
//     SMTP, elsewhere it may be X400 or any other text.
//   - An SMTP address is a domain that may start with "*." to include its
//     subdomains, or "*" for every domain ("*contoso.com" is invalid).
//   - Cost runs from 1 to 100, lower is preferred, and is 1 when omitted. A
//     non-SMTP address that contains ";" must give its cost.
//
// It marshals as its text form. The zero AddressSpace is not valid.
type AddressSpace struct {
	Type    string // "SMTP", or another address type as written
	Address string // the domain (SMTP) or address text
	Cost    int    // 1 to 100
}

// The cost bounds and default of an address space
// (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector).
const (
	MinAddressSpaceCost     = 1
	MaxAddressSpaceCost     = 100
	DefaultAddressSpaceCost = 1
)

// smtpType is the canonical spelling of the SMTP address space type, as the
// cmdlet documentation writes it ("SMTP:contoso.com;1").
const smtpType = "SMTP"

// ErrAddressSpace is wrapped by every error [ParseAddressSpace] returns; the
// error's text gives the input and the specific reason.
var ErrAddressSpace = errors.New(`invalid address space, want "Type:Address;Cost"`)

// The reasons [ParseAddressSpace] rejects an address space, kept unexported
// as net/netip keeps its reasons: callers match [ErrAddressSpace] and read
// the reason in the text.
var (
	errAddressEmpty      = errors.New("empty address")
	errAddressType       = errors.New("empty or invalid address space type")
	errAddressDomain     = errors.New("SMTP address is not a domain, \"*.\" and a domain, or \"*\"")
	errAddressCost       = errors.New("cost is not a whole number from 1 to 100")
	errAddressCostNeeded = errors.New("a non-SMTP address containing \";\" must give its cost")
)

// addressSpaceError is the error of ParseAddressSpace on s for reason.
func addressSpaceError(s string, reason error) error {
	return newParseError("ParseAddressSpace", ErrAddressSpace, s, reason)
}

// ParseAddressSpace parses "Type:Address;Cost", where "Type:" and ";Cost"
// are optional: "SMTP:contoso.com;1", "contoso.com;1", "SMTP:contoso.com"
// and "contoso.com" are the same address space. The type is matched without
// case and SMTP is stored as "SMTP"; other types are kept as written. SMTP
// addresses are checked as domain names.
func ParseAddressSpace(s string) (AddressSpace, error) {
	text := strings.TrimSpace(s)
	if text == "" {
		return AddressSpace{}, addressSpaceError(s, errAddressEmpty)
	}
	typ := smtpType
	if t, rest, ok := strings.Cut(text, ":"); ok {
		t = strings.TrimSpace(t)
		if t == "" || strings.ContainsAny(t, ";\t ") || textsafe.HasControl(t) {
			return AddressSpace{}, addressSpaceError(s, errAddressType)
		}
		if strings.EqualFold(t, smtpType) {
			t = smtpType
		}
		typ, text = t, rest
	}
	as := AddressSpace{Type: typ, Cost: DefaultAddressSpaceCost}
	address, cost, hasCost := cutLast(text, ';')
	if hasCost {
		c, err := parseCost(cost)
		if err != nil {
			// Text after the last ";" of a non-SMTP address that is not a
			// number belongs to the address, which then lacks its cost.
			if n := strings.TrimSpace(cost); typ != smtpType && (n == "" || strings.TrimLeft(n, "0123456789") != "") {
				return AddressSpace{}, addressSpaceError(s, errAddressCostNeeded)
			}
			return AddressSpace{}, addressSpaceError(s, err)
		}
		as.Cost = c
	}
	as.Address = strings.TrimSpace(address)
	if as.Address == "" {
		return AddressSpace{}, addressSpaceError(s, errAddressEmpty)
	}
	if typ == smtpType {
		if err := checkSMTPAddressSpace(as.Address); err != nil {
			return AddressSpace{}, addressSpaceError(s, err)
		}
	} else if textsafe.HasControl(as.Address) {
		return AddressSpace{}, addressSpaceError(s, errAddressEmpty)
	}
	return as, nil
}

// cutLast splits s around the last sep.
func cutLast(s string, sep byte) (before, after string, found bool) {
	if i := strings.LastIndexByte(s, sep); i >= 0 {
		return s[:i], s[i+1:], true
	}
	return s, "", false
}

func parseCost(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 3 {
		return 0, errAddressCost
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, errAddressCost
		}
		n = n*10 + int(s[i]-'0')
	}
	if n < MinAddressSpaceCost || n > MaxAddressSpaceCost {
		return 0, errAddressCost
	}
	return n, nil
}

// checkSMTPAddressSpace accepts "*", "*.<domain>" and "<domain>", where the
// domain may have one label ("*.com" is allowed).
func checkSMTPAddressSpace(a string) error {
	if a == "*" {
		return nil
	}
	if rest, ok := strings.CutPrefix(a, "*."); ok {
		a = rest
	}
	if dnsname.Check(a) != nil {
		return errAddressDomain
	}
	return nil
}

// MustParseAddressSpace is like [ParseAddressSpace] but panics on error. It
// is intended for use in tests with hard-coded strings.
func MustParseAddressSpace(s string) AddressSpace {
	as, err := ParseAddressSpace(s)
	if err != nil {
		panic(err)
	}
	return as
}

// SMTPAddressSpace returns the SMTP address space for domain with cost 1,
// the form the Hybrid Configuration Wizard gives its Send connector.
func SMTPAddressSpace(domain string) AddressSpace {
	return AddressSpace{Type: smtpType, Address: domain, Cost: DefaultAddressSpaceCost}
}

// IsSMTP reports whether a is of type SMTP.
func (a AddressSpace) IsSMTP() bool { return strings.EqualFold(a.Type, smtpType) }

// String returns "Type:Address;Cost", such as
// "SMTP:contoso.mail.onmicrosoft.com;1", or "" for the zero AddressSpace.
func (a AddressSpace) String() string {
	if a == (AddressSpace{}) {
		return ""
	}
	return a.Type + ":" + a.Address + ";" + strconv.Itoa(a.Cost)
}

// Check reports whether a is an address space [ParseAddressSpace] could
// have returned, with the same errors.
func (a AddressSpace) Check() error {
	got, err := ParseAddressSpace(a.String())
	if err != nil {
		return err
	}
	if got != a {
		return addressSpaceError(a.String(), errAddressType)
	}
	return nil
}

// Covers reports whether a routes mail for domain: an SMTP address space
// "*" covers every domain, "*.contoso.com" covers the domains below
// contoso.com, and "contoso.com" covers that domain alone. Case and a
// trailing dot are ignored. Non-SMTP address spaces cover no domain.
func (a AddressSpace) Covers(domain string) bool {
	if !a.IsSMTP() {
		return false
	}
	if a.Address == "*" {
		return true
	}
	if rest, ok := strings.CutPrefix(a.Address, "*."); ok {
		return hasDomainSuffix(domain, rest)
	}
	return dnsname.Equal(a.Address, domain)
}

// hasDomainSuffix reports whether name lies strictly below domain, ignoring
// case and trailing dots, without allocating.
func hasDomainSuffix(name, domain string) bool {
	name, domain = strings.TrimSuffix(name, "."), strings.TrimSuffix(domain, ".")
	if len(name) <= len(domain)+1 || domain == "" {
		return false
	}
	cut := len(name) - len(domain)
	return name[cut-1] == '.' && strings.EqualFold(name[cut:], domain)
}

// MarshalText implements encoding.TextMarshaler with [AddressSpace.String].
// It fails for an address space [AddressSpace.Check] rejects.
func (a AddressSpace) MarshalText() ([]byte, error) {
	if err := a.Check(); err != nil {
		return nil, err
	}
	return []byte(a.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseAddressSpace].
func (a *AddressSpace) UnmarshalText(text []byte) error {
	v, err := ParseAddressSpace(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}
