package federation

// Pages the capability table cites, named once. Each rule's comment
// carries its own links.
const (
	srcSharedFreeBusy = "https://learn.microsoft.com/exchange/shared-free-busy"
	srcOAuth          = "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"
	srcDecommission   = "https://learn.microsoft.com/exchange/decommission-on-premises-exchange"
	srcNewOrgRel      = "https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship"
)
