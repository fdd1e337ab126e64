package inventory

import (
	"fmt"
	"strings"
)

const typeRemoteDomain = "Microsoft.Exchange.Data.Directory.SystemConfiguration.DomainContentConfig"

// RemoteDomain is one remote domain as Get-RemoteDomain shows it
// (https://learn.microsoft.com/powershell/module/exchange/set-remotedomain):
// the message format and trust settings for mail to a domain. In a hybrid
// deployment the tenant's domains have their own, "Hybrid Domain -
// contoso.mail.onmicrosoft.com" among them. It is identified by its name.
type RemoteDomain struct {
	Name string `json:"name"` // Name ("Default")
	// DomainName is the domain as written: "contoso.mail.onmicrosoft.com",
	// or "*" for every domain.
	DomainName string `json:"domainName"`
	// TargetDeliveryDomain makes the domain the one of the target addresses
	// of the mail users that stand for the other organization's mailboxes,
	// in a hybrid every Exchange Online mailbox.
	TargetDeliveryDomain bool `json:"targetDeliveryDomain,omitempty"`
	// TrustedMailOutboundEnabled makes the domain a trusted domain;
	// TrustedMailInboundEnabled makes messages from it safe, bypassing
	// content and recipient filtering. The Set-RemoteDomain page recommends
	// both for cross-premises deployments
	// (https://learn.microsoft.com/powershell/module/exchange/set-remotedomain).
	TrustedMailOutboundEnabled bool `json:"trustedMailOutboundEnabled,omitempty"`
	TrustedMailInboundEnabled  bool `json:"trustedMailInboundEnabled,omitempty"` // false, the default, also when not exported
	// AllowedOOFType is which out-of-office replies go to the domain:
	// "External", "ExternalLegacy", "InternalLegacy" or "None".
	AllowedOOFType string `json:"allowedOofType,omitempty"`
	// IsInternal treats the domain as part of the organization.
	IsInternal bool `json:"isInternal,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

func (d RemoteDomain) key() string    { return strings.ToLower(d.Name) }
func (d RemoteDomain) origin() Origin { return d.From }

// allowedOOFTypes are the values of AllowedOOFType
// (https://learn.microsoft.com/powershell/module/exchange/set-remotedomain).
var allowedOOFTypes = []string{"External", "ExternalLegacy", "InternalLegacy", "None"}

// readRemoteDomain reads a Get-RemoteDomain object. One without a Name or
// DomainName is skipped.
func readRemoteDomain(o object, name string) (RemoteDomain, bool) {
	fix := o.exportAll()
	domain, ok := o.required("DomainName", fix)
	if !ok {
		return RemoteDomain{}, false
	}
	d := RemoteDomain{
		Name:                       name,
		DomainName:                 domain,
		TargetDeliveryDomain:       o.boolean("TargetDeliveryDomain"),
		TrustedMailOutboundEnabled: o.boolean("TrustedMailOutboundEnabled"),
		TrustedMailInboundEnabled:  o.boolean("TrustedMailInboundEnabled"),
		IsInternal:                 o.boolean("IsInternal"),
		From:                       o.origin(),
	}
	if s := o.text("AllowedOOFType"); s != "" {
		d.AllowedOOFType = canonical(s, allowedOOFTypes)
		if d.AllowedOOFType == "" {
			o.invalid("AllowedOOFType", "", fmt.Errorf("%q is not one of %s", s, strings.Join(allowedOOFTypes, ", ")))
		}
	}
	return d, true
}
