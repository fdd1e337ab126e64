package hybrid

import (
	"github.com/exhybrid/exhybrid/internal/enum"
)

// DomainType is the type of an accepted domain
// (https://learn.microsoft.com/powershell/module/exchange/new-accepteddomain).
// Its text form is the type as the cmdlets write it: "Authoritative",
// "InternalRelay" or "ExternalRelay". The zero DomainType is not valid.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type DomainType = enum.Value[domainTypeTag]

// The accepted domain types.
const (
	DomainTypeUnknown       DomainType = iota // invalid
	DomainTypeAuthoritative                   // recipients of the domain are in this organization
	DomainTypeInternalRelay                   // some recipients are elsewhere; mail for them is relayed
	DomainTypeExternalRelay                   // no recipients here; mail is relayed out

	domainTypeCount = iota
)

var domainTypeEnum = &enum.Table{Pkg: "hybrid", Type: "DomainType", Names: []string{"Unknown", "Authoritative", "InternalRelay", "ExternalRelay"}, Err: ErrUnknownValue}

// ParseDomainType parses an accepted domain type without regard to case.
func ParseDomainType(s string) (DomainType, error) { return enum.Parse[domainTypeTag](s) }

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	domainTypeTag struct{}
)

func (domainTypeTag) Enum() *enum.Table { return domainTypeEnum }
