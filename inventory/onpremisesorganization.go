package inventory

import (
	"fmt"
	"strings"

	"github.com/exhybrid/exhybrid/internal/guid"
)

// typeOnPremisesOrganization is the class Get-OnPremisesOrganization
// returns, in Microsoft.Exchange.Data.Directory.SystemConfiguration.
// Source: the Hybrid Configuration Wizard's PowerShellTenantSession, which
// runs Get-OnPremisesOrganization as
// RunOneCommand<Microsoft.Exchange.Data.Directory.SystemConfiguration.OnPremisesOrganization>,
// and the class itself, both as decompiled in the public repository
// github.com/evilashz/exchange-server-27065
// (Microsoft.Exchange.Data.Directory/Data/Directory/SystemConfiguration/OnPremisesOrganization.cs).
// No public export confirms the name that Exchange Online PowerShell
// writes today.
const typeOnPremisesOrganization = "Microsoft.Exchange.Data.Directory.SystemConfiguration.OnPremisesOrganization"

// OnPremisesOrganization is the tenant's record of an on-premises
// organization in the hybrid, as Get-OnPremisesOrganization shows it: the
// Hybrid Configuration Wizard creates it and links it to the connectors and
// the organization relationship it made
// (https://learn.microsoft.com/powershell/module/exchange/set-onpremisesorganization).
// It is identified by its name.
type OnPremisesOrganization struct {
	// Name is the object's friendly name in the tenant
	// (https://learn.microsoft.com/powershell/module/exchange/new-onpremisesorganization).
	Name string `json:"name"`
	// HybridDomains are the domains the hybrid shares, as the wizard last
	// wrote them.
	HybridDomains []string `json:"hybridDomains,omitempty"`
	// InboundConnector, OutboundConnector and OrganizationRelationship
	// name the tenant's objects the hybrid uses; "" when unset.
	InboundConnector         string `json:"inboundConnector,omitempty"`
	OutboundConnector        string `json:"outboundConnector,omitempty"`        // the name of the tenant's Outbound connector to on premises
	OrganizationRelationship string `json:"organizationRelationship,omitempty"` // the tenant's organization relationship with on premises
	// OrganizationGuid is the on-premises organization's GUID, lower case.
	OrganizationGuid string `json:"organizationGuid,omitempty"`
	// OrganizationName is the on-premises organization's name.
	OrganizationName string `json:"organizationName,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

func (p OnPremisesOrganization) key() string    { return strings.ToLower(p.Name) }
func (p OnPremisesOrganization) origin() Origin { return p.From }

// readOnPremisesOrganization reads a Get-OnPremisesOrganization object.
// One without a Name is skipped; an OrganizationGuid that is not a GUID is
// left out with its finding.
func readOnPremisesOrganization(o object, name string) (OnPremisesOrganization, bool) {
	p := OnPremisesOrganization{
		Name:                     name,
		HybridDomains:            o.list("HybridDomains"),
		InboundConnector:         o.text("InboundConnector"),
		OutboundConnector:        o.text("OutboundConnector"),
		OrganizationRelationship: o.text("OrganizationRelationship"),
		OrganizationName:         o.text("OrganizationName"),
		From:                     o.origin(),
	}
	if g := o.text("OrganizationGuid"); g != "" {
		if guid.Valid(g) {
			p.OrganizationGuid = strings.ToLower(g)
		} else {
			o.invalid("OrganizationGuid", "", fmt.Errorf("%q is not a GUID", g))
		}
	}
	return p, true
}
