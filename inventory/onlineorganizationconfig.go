package inventory

import (
	"strings"
)

// OnlineOrganizationConfig is what the audit needs of Exchange Online's
// Get-OrganizationConfig -RetrieveEwsOperationAccessPolicy: whether EWS
// is on, and which applications may use it. From 2026-10-01 Exchange
// Online switches EWS off in phases, so the Exchange hybrid application's
// ID must be on EwsAllowedAppIDs with EwsEnabled true for free/busy and the
// other features that still use EWS (DOMAIN.md §10.2; the parameters:
// https://learn.microsoft.com/powershell/module/exchange/set-organizationconfig).
// It is identified by its name, the tenant's.
//
// Its type name is the on-premises OrganizationConfig's: it is the same
// cmdlet (https://learn.microsoft.com/powershell/module/exchange/get-organizationconfig),
// and [Source.Online] tells the two apart. No public export confirms the
// type name Exchange Online writes with -RetrieveEwsOperationAccessPolicy.
type OnlineOrganizationConfig struct {
	Name string `json:"name"` // Name, the tenant organization's name
	// OAuth2ClientProfileEnabled is modern authentication for clients.
	OAuth2ClientProfileEnabled bool `json:"oAuth2ClientProfileEnabled"`
	// EwsEnabled is null when it was never set: the tenant default, which
	// the phased EWS disablement changes, is not the same as $true.
	EwsEnabled *bool `json:"ewsEnabled"`
	// EwsApplicationAccessPolicy is "EnforceAllowList", "EnforceBlockList"
	// or "" (not set): how EwsAllowList and EwsBlockList, lists of user
	// agents, apply.
	EwsApplicationAccessPolicy string `json:"ewsApplicationAccessPolicy,omitempty"`
	// EwsOperationAccessPolicy says the export holds EwsAllowedAppIDs: it
	// was taken with -RetrieveEwsOperationAccessPolicy, without which an
	// empty list means nothing.
	EwsOperationAccessPolicy bool `json:"ewsOperationAccessPolicy"`
	// EwsAllowedAppIDs are the Entra ID application IDs allowed to use EWS
	// when EwsEnabled is true, lower case, in the order written.
	EwsAllowedAppIDs []string `json:"ewsAllowedAppIDs,omitempty"`
	// EwsBlockedAppIDs are application IDs blocked from EWS. Microsoft's
	// cmdlet reference does not document this property (we found only
	// EwsAllowedAppIDs); it is read when an export has it.
	EwsBlockedAppIDs []string `json:"ewsBlockedAppIDs,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

func (c OnlineOrganizationConfig) key() string    { return strings.ToLower(c.Name) }
func (c OnlineOrganizationConfig) origin() Origin { return c.From }

// ewsApplicationAccessPolicies are the values of EwsApplicationAccessPolicy
// (https://learn.microsoft.com/powershell/module/exchange/set-organizationconfig).
var ewsApplicationAccessPolicies = []string{"EnforceAllowList", "EnforceBlockList"}

// readOnlineOrganizationConfig reads Exchange Online's Get-OrganizationConfig
// object. One without a Name is skipped. One without EwsAllowedAppIDs was
// exported without -RetrieveEwsOperationAccessPolicy: it is kept, with a
// field-missing finding, since its EwsEnabled still counts.
func readOnlineOrganizationConfig(o object, name string) (OnlineOrganizationConfig, bool) {
	c := OnlineOrganizationConfig{
		Name:                       name,
		OAuth2ClientProfileEnabled: o.boolean("OAuth2ClientProfileEnabled"),
		EwsEnabled:                 o.optionalBool("EwsEnabled"),
		EwsApplicationAccessPolicy: o.enumText("EwsApplicationAccessPolicy", ewsApplicationAccessPolicies),
		EwsAllowedAppIDs:           o.appIDs("EwsAllowedAppIDs"),
		EwsBlockedAppIDs:           o.appIDs("EwsBlockedAppIDs"),
		From:                       o.origin(),
	}
	if _, ok := o.obj.Prop("EwsAllowedAppIDs"); ok {
		c.EwsOperationAccessPolicy = true
	} else {
		o.missing("EwsAllowedAppIDs", "Export Get-OrganizationConfig -RetrieveEwsOperationAccessPolicy in Exchange Online PowerShell")
	}
	return c, true
}
