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

	// The properties below are those Get-AuthServer shows besides
	// (https://learn.microsoft.com/powershell/module/exchange/get-authserver,
	// https://learn.microsoft.com/powershell/module/exchange/set-authserver);
	// the wizard's plan leaves them empty, an export fills them in.

	// ApplicationIdentifier is, on the EvoSts (AzureAD) server, the
	// application (client) ID of the dedicated Exchange hybrid app, a GUID;
	// empty before the app is configured. Set-AuthServer
	// -ApplicationIdentifier sets it (April 2025 hotfix update and later).
	ApplicationIdentifier string `json:"applicationIdentifier,omitempty"`
	// IssuerIdentifier is the issuer the server's metadata names.
	IssuerIdentifier string `json:"issuerIdentifier,omitempty"`
	// Realm is the tenant ID the server issues tokens for.
	Realm string `json:"realm,omitempty"`
	// TokenIssuingEndpoint is the server's token endpoint, from its
	// metadata.
	TokenIssuingEndpoint string `json:"tokenIssuingEndpoint,omitempty"`
	// DomainName are the tenant domains the server is used for; the
	// dedicated app's setup sets them (Set-AuthServer -DomainName).
	DomainName []string `json:"domainName,omitempty"`
	// IsDefaultAuthorizationEndpoint marks the server whose endpoint Exchange
	// gives clients for hybrid modern authentication.
	IsDefaultAuthorizationEndpoint bool `json:"isDefaultAuthorizationEndpoint,omitempty"`
}

// PartnerApplication is an on-premises partner application object: an
// application whose tokens Exchange accepts
// (https://learn.microsoft.com/powershell/module/exchange/get-partnerapplication).
// [OAuth] holds the one for Exchange Online; an export holds them all
// (Exchange Online, Microsoft Graph, the Teams and Skype for Business
// applications).
type PartnerApplication struct {
	// Name is the object's name; "Exchange Online" in transcriptions of
	// wizard logs.
	Name string `json:"name,omitempty"`
	// ApplicationIdentifier identifies the application; in [OAuth] it must
	// be [ExchangeOnlineAppID].
	ApplicationIdentifier string `json:"applicationIdentifier"`
	// Enabled must be true for Exchange to accept the application's tokens.
	Enabled bool `json:"enabled"`

	// The properties below are those Get-PartnerApplication shows besides;
	// the wizard's plan leaves them empty, an export fills them in.

	// AuthMetadataURL is the application's metadata URL; empty when it
	// uses an authorization server (UseAuthServer).
	AuthMetadataURL string `json:"authMetadataUrl,omitempty"`
	// Realm is the application's security realm; empty for Exchange Online,
	// which ConfigureExchangeHybridApplication.ps1 looks for with an empty
	// Realm.
	Realm string `json:"realm,omitempty"`
	// UseAuthServer says the application's tokens come from an
	// authorization server ([AuthServer]).
	UseAuthServer bool `json:"useAuthServer,omitempty"`
	// LinkedAccount is the user account the application acts as, as its
	// canonical name ("contoso.lab/Users/Exchange Online-ApplicationAccount");
	// empty when none.
	LinkedAccount string `json:"linkedAccount,omitempty"`
	// AcceptSecurityIdentifierInformation says Exchange accepts security
	// identifiers from the application's tokens.
	AcceptSecurityIdentifierInformation bool `json:"acceptSecurityIdentifierInformation,omitempty"`
}

// Connectors are the two intra-organization connectors; nil when absent.
type Connectors struct {
	OnPremises *IntraOrganizationConnector `json:"onPremises,omitempty"` // on premises, to Exchange Online
	Cloud      *IntraOrganizationConnector `json:"cloud,omitempty"`      // in Exchange Online, to on premises
}

// IntraOrganizationConnector tells Exchange where to find the other
// organization's users for OAuth requests
// (https://learn.microsoft.com/powershell/module/exchange/new-intraorganizationconnector).
type IntraOrganizationConnector struct {
	Name string `json:"name"` // the connector's name; [Configure] gives [OnPremisesConnectorName] and [CloudConnectorName]
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
	// TargetSharingEPR is the other organization's EWS URL, used instead of
	// discovering it through DiscoveryEndpoint; usually empty
	// (https://learn.microsoft.com/powershell/module/exchange/set-intraorganizationconnector).
	TargetSharingEPR string `json:"targetSharingEpr,omitempty"`
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
