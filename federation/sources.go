package federation

// Pages the capability table cites, named once. Each rule's comment
// carries its own links.
const (
	srcSharedFreeBusy = "https://learn.microsoft.com/exchange/shared-free-busy"
	srcOAuth          = "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"
	srcDecommission   = "https://learn.microsoft.com/exchange/decommission-on-premises-exchange"
	srcNewOrgRel      = "https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship"
	srcPrereq         = "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites"
)

// srcHybridApp is Microsoft's HealthChecker page on the dedicated Exchange
// hybrid application: "features such as Free/Busy sharing, MailTips, and
// Profile pictures are made available between Exchange Server and Exchange
// Online" and "Exchange Server uses a shared service principal with
// Exchange Online", the service principal of OAuth.
const srcHybridApp = "https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExchangeHybridApplicationCheck.md"
