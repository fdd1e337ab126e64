package inventory

import (
	"fmt"
	"strings"
)

const typeAcceptedDomain = "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"

// AcceptedDomain is one accepted domain as Get-AcceptedDomain shows it.
type AcceptedDomain struct {
	Name string `json:"name"` // Name, which identifies it ("Contoso Wild")
	// DomainName is the SmtpDomainWithSubdomains as written: "Solo.com",
	// "*.contoso.local", or "*" for every domain.
	DomainName string `json:"domainName"`
	// Type is DomainType: "Authoritative", "InternalRelay" or
	// "ExternalRelay"
	// (https://learn.microsoft.com/powershell/module/exchange/set-accepteddomain).
	Type    string `json:"type"`
	Default bool   `json:"default,omitempty"` // Default: the domain of the organization's addresses; false when absent

	From Origin `json:"from"` // the export file and object it was read from
}

func (a AcceptedDomain) key() string    { return strings.ToLower(a.Name) }
func (a AcceptedDomain) origin() Origin { return a.From }

// domainTypes are the values of AcceptedDomainType
// (https://learn.microsoft.com/powershell/module/exchange/new-accepteddomain, DomainType).
var domainTypes = []string{"Authoritative", "InternalRelay", "ExternalRelay"}

// readAcceptedDomain reads a Get-AcceptedDomain object. One without a Name
// or DomainName is skipped.
func readAcceptedDomain(o object, name string) (AcceptedDomain, bool) {
	domain, ok := o.required("DomainName", o.exportAll())
	if !ok {
		return AcceptedDomain{}, false
	}
	a := AcceptedDomain{Name: name, DomainName: domain, Default: o.boolean("Default"), From: o.origin()}
	if t, ok := o.required("DomainType", ""); ok {
		a.Type = canonical(t, domainTypes)
		if a.Type == "" {
			o.invalid("DomainType", "", fmt.Errorf("%q is not one of %s", t, strings.Join(domainTypes, ", ")))
		}
	}
	return a, true
}

// canonical returns the name of names equal to s without regard to case,
// or "".
func canonical(s string, names []string) string {
	for _, n := range names {
		if strings.EqualFold(s, n) {
			return n
		}
	}
	return ""
}
