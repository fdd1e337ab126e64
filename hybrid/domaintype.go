package hybrid

import (
	"errors"
	"strconv"
	"strings"
)

// DomainType is the type of an accepted domain
// (https://learn.microsoft.com/powershell/module/exchange/new-accepteddomain).
// The zero DomainType is not valid.
type DomainType uint8

// The accepted domain types.
const (
	DomainTypeUnknown DomainType = iota // invalid
	Authoritative                       // recipients of the domain are in this organization
	InternalRelay                       // some recipients are elsewhere; mail for them is relayed
	ExternalRelay                       // no recipients here; mail is relayed out

	domainTypeCount = iota
)

var domainTypeNames = [domainTypeCount]string{"Unknown", "Authoritative", "InternalRelay", "ExternalRelay"}

// String returns the type's name as the cmdlets write it.
func (t DomainType) String() string {
	if t < domainTypeCount {
		return domainTypeNames[t]
	}
	return "DomainType(" + strconv.Itoa(int(t)) + ")"
}

// IsValid reports whether t is a declared type.
func (t DomainType) IsValid() bool { return t > DomainTypeUnknown && t < domainTypeCount }

// ErrUnknownDomainType is wrapped by the error of [ParseDomainType].
var ErrUnknownDomainType = errors.New("unknown accepted domain type, want Authoritative, InternalRelay or ExternalRelay")

// ParseDomainType parses an accepted domain type without regard to case.
func ParseDomainType(s string) (DomainType, error) {
	for t := Authoritative; t < domainTypeCount; t++ {
		if strings.EqualFold(strings.TrimSpace(s), domainTypeNames[t]) {
			return t, nil
		}
	}
	return DomainTypeUnknown, &ParseError{What: "accepted domain type", Input: s, Err: ErrUnknownDomainType}
}

// MarshalText implements encoding.TextMarshaler.
func (t DomainType) MarshalText() ([]byte, error) {
	if !t.IsValid() {
		return nil, &ParseError{What: "accepted domain type", Input: t.String(), Err: ErrUnknownDomainType}
	}
	return []byte(t.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDomainType].
func (t *DomainType) UnmarshalText(text []byte) error {
	v, err := ParseDomainType(string(text))
	if err == nil {
		*t = v
	}
	return err
}
