package hybrid

import (
	"github.com/exhybrid/exhybrid/internal/enum"
)

// DomainType is the type of an accepted domain
// (https://learn.microsoft.com/powershell/module/exchange/new-accepteddomain).
// The zero DomainType is not valid.
type DomainType uint8

// The accepted domain types.
const (
	DomainTypeUnknown       DomainType = iota // invalid
	DomainTypeAuthoritative                   // recipients of the domain are in this organization
	DomainTypeInternalRelay                   // some recipients are elsewhere; mail for them is relayed
	DomainTypeExternalRelay                   // no recipients here; mail is relayed out

	domainTypeCount = iota
)

var domainTypeEnum = &enum.Table[DomainType]{Pkg: "hybrid", Type: "DomainType", Names: []string{"Unknown", "Authoritative", "InternalRelay", "ExternalRelay"}, Err: ErrUnknownValue}

// String returns the type's name as the cmdlets write it.
func (t DomainType) String() string { return domainTypeEnum.String(t) }

// IsValid reports whether t is a declared type.
func (t DomainType) IsValid() bool { return domainTypeEnum.Valid(t) }

// ParseDomainType parses an accepted domain type without regard to case.
func ParseDomainType(s string) (DomainType, error) { return domainTypeEnum.Parse(s) }

// MarshalText implements encoding.TextMarshaler.
func (t DomainType) MarshalText() ([]byte, error) { return domainTypeEnum.MarshalText(t) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDomainType].
func (t *DomainType) UnmarshalText(text []byte) error { return domainTypeEnum.UnmarshalText(t, text) }
