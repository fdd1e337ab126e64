package federation

// ExchangeOnlineAppID is the application identifier of Exchange Online,
// the partner application that on-premises Exchange enables for hybrid
// OAuth (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help).
const ExchangeOnlineAppID = "00000002-0000-0ff1-ce00-000000000000"

// The intra-organization connector names Microsoft's pages give, for the
// on-premises and the Exchange Online connector
// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help,
// https://learn.microsoft.com/exchange/decommission-on-premises-exchange).
// Transcriptions of wizard logs show "HybridIOC - <GUID>" instead; the
// validation does not depend on names.
const (
	OnPremisesConnectorName = "ExchangeHybridOnPremisesToOnline"
	CloudConnectorName      = "ExchangeHybridOnlineToOnPremises"
)

// OAuth is the server-to-server OAuth configuration of a hybrid deployment.
// Its objects exist only from Exchange 2013: New-AuthServer,
// New-PartnerApplication and New-IntraOrganizationConnector apply to
// Exchange Server 2013 and later
// (https://learn.microsoft.com/powershell/module/exchange/new-authserver,
// https://learn.microsoft.com/powershell/module/exchange/new-partnerapplication,
// https://learn.microsoft.com/powershell/module/exchange/new-intraorganizationconnector).
type OAuth struct {
	// AuthServers are the on-premises authorization server objects.
	AuthServers []AuthServer `json:"authServers,omitempty"`
	// PartnerApplication is the on-premises Exchange Online partner
	// application; nil when absent.
	PartnerApplication *PartnerApplication `json:"partnerApplication,omitempty"`
	// Connectors are the intra-organization connectors of both sides.
	Connectors Connectors `json:"connectors"`
	// AvailabilityAddressSpace is the on-premises availability address
	// space that pre-Exchange 2013 SP1 servers need; nil when absent.
	AvailabilityAddressSpace *AvailabilityAddressSpace `json:"availabilityAddressSpace,omitempty"`
}

// AuthServer is an authorization server object in the on-premises
// organization: Exchange honors tokens it issues
// (https://learn.microsoft.com/powershell/module/exchange/new-authserver).
type AuthServer struct {
	// Name is unique, at most 64 characters.
	Name string `json:"name"`
	// Type is the token issuer: MicrosoftACS or AzureAD for hybrid.
	Type AuthServerType `json:"type,omitzero"`
	// AuthMetadataURL is the issuer's metadata document URL.
	AuthMetadataURL string `json:"authMetadataUrl"`
	// Enabled makes Exchange accept the issuer's tokens (the default).
	Enabled bool `json:"enabled"`
}

// PartnerApplication is the on-premises partner application object for
// Exchange Online.
type PartnerApplication struct {
	// Name is the object's name; "Exchange Online" in transcriptions of
	// wizard logs.
	Name string `json:"name,omitempty"`
	// ApplicationIdentifier must be [ExchangeOnlineAppID].
	ApplicationIdentifier string `json:"applicationIdentifier"`
	// Enabled must be true.
	Enabled bool `json:"enabled"`
}

// Connectors are the two intra-organization connectors; nil when absent.
type Connectors struct {
	OnPremises *IntraOrganizationConnector `json:"onPremises,omitempty"`
	Cloud      *IntraOrganizationConnector `json:"cloud,omitempty"`
}

// IntraOrganizationConnector tells Exchange where to find the other
// organization's users for OAuth requests
// (https://learn.microsoft.com/powershell/module/exchange/new-intraorganizationconnector).
type IntraOrganizationConnector struct {
	Name string `json:"name"`
	// TargetAddressDomains are the other organization's domains: the
	// coexistence domain (contoso.mail.onmicrosoft.com) on premises, the
	// on-premises SMTP domains in Exchange Online.
	TargetAddressDomains []string `json:"targetAddressDomains"`
	// DiscoveryEndpoint is the other organization's Autodiscover service
	// (https, without /WSSecurity).
	DiscoveryEndpoint string `json:"discoveryEndpoint"`
	// Enabled false makes Exchange fall back to the organization
	// relationship (FreeBusyChecker,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremOAuthFunctions.ps1).
	Enabled bool `json:"enabled"`
}

// InternalProxy is the access method of the availability address space for
// pre-Exchange 2013 SP1 servers: their availability requests for Exchange
// Online go through an Exchange 2013 SP1 or later server
// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help, step 8).
const InternalProxy = "InternalProxy"

// AvailabilityAddressSpace is the availability address space that Microsoft's
// step 8 adds for pre-Exchange 2013 SP1 servers:
//
//	Add-AvailabilityAddressSpace -AccessMethod InternalProxy -ProxyUrl <2013 SP1 EWS URL>
//	  -ForestName <tenant>.mail.onmicrosoft.com -UseServiceAccount $true
type AvailabilityAddressSpace struct {
	// ForestName is the coexistence domain, contoso.mail.onmicrosoft.com.
	ForestName string `json:"forestName"`
	// AccessMethod is [InternalProxy].
	AccessMethod string `json:"accessMethod"`
	// ProxyURL is the external EWS URL of an Exchange 2013 SP1 or later
	// server with the Client Access and Mailbox roles.
	ProxyURL string `json:"proxyUrl"`
	// UseServiceAccount is true.
	UseServiceAccount bool `json:"useServiceAccount"`
}
