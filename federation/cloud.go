package federation

import (
	"github.com/exhybrid/exhybrid"
)

// Endpoints are the Exchange Online values that the on-premises side of
// hybrid sharing points at, for one cloud instance. An empty field is a
// value that Microsoft's pages read for this package do not give for that
// cloud; functions that need it report [CodeCloudValueUnknown] rather than
// guess.
//
//	                       Worldwide                                  GCC High
//	TargetApplicationURI   outlook.com                                office365.us
//	TargetAutodiscoverEPR  https://autodiscover-s.outlook.com/…       https://autodiscover-s.office365.us/…
//	FederationMetadataURL  https://nexus.microsoftonline-p.com/FederationMetadata/2006-12/FederationMetadata.xml (also GCC High, DoD)
//
// DoD has only the federation metadata URL: organization relationships
// between DoD and other clouds are not supported
// (https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship),
// and no page read gives its hybrid values. Office 365 operated by 21Vianet
// has none: federation there "isn't fully compatible"
// (https://learn.microsoft.com/exchange/federation-exchange-2013-help).
type Endpoints struct {
	// TargetApplicationURI is the TargetApplicationUri of an organization
	// relationship that points at Exchange Online: "outlook.com" worldwide,
	// "office365.us" in GCC High (table in "Create an organization
	// relationship in Exchange Online",
	// https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship;
	// FreeBusyChecker expects the same,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1).
	TargetApplicationURI string `json:"targetApplicationUri,omitempty"`
	// TargetAutodiscoverEPR is the TargetAutodiscoverEpr of that
	// relationship, the WS-Security Autodiscover endpoint of Exchange Online
	// (same sources).
	TargetAutodiscoverEPR string `json:"targetAutodiscoverEpr,omitempty"`
	// TargetSharingEPR is the only value besides empty that FreeBusyChecker
	// accepts for the TargetSharingEpr of that relationship: the Exchange
	// Online EWS URL. Empty is the standard value.
	TargetSharingEPR string `json:"targetSharingEpr,omitempty"`
	// FederationMetadataURL is where the Microsoft Federation Gateway
	// publishes its WS-Federation metadata, the federation trust's
	// MetadataUrl (TokenIssuerMetadataEpr). Worldwide: the value
	// FreeBusyChecker expects. GCC High and DoD: the value Set-FederationTrust
	// gives for tenants there
	// (https://learn.microsoft.com/powershell/module/exchange/set-federationtrust),
	// which the Hybrid Configuration Wizard page says must be set by hand
	// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard). The
	// two differ only in letter case; compare them without it.
	FederationMetadataURL string `json:"federationMetadataUrl,omitempty"`
	// AutodiscoverService is the Exchange Online Autodiscover service the
	// on-premises intra-organization connector discovers through, as the
	// wizard sets it (FreeBusyChecker,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremOAuthFunctions.ps1).
	AutodiscoverService string `json:"autodiscoverService,omitempty"`
	// ManualAutodiscoverService is the same service under the name that
	// Microsoft's manual OAuth steps use
	// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help);
	// FreeBusyChecker accepts both.
	ManualAutodiscoverService string `json:"manualAutodiscoverService,omitempty"`
	// ACSMetadataPrefix and ACSMetadataSuffix surround the tenant's initial
	// domain in the AuthMetadataUrl of the Azure Access Control Service
	// authorization server: https://accounts.accesscontrol.windows.net/contoso.onmicrosoft.com/metadata/json/1
	// (New-AuthServer example, https://learn.microsoft.com/powershell/module/exchange/new-authserver).
	ACSMetadataPrefix string `json:"acsMetadataPrefix,omitempty"`
	ACSMetadataSuffix string `json:"acsMetadataSuffix,omitempty"` // what follows the domain in the URL above; "" where no source gives it
	// EvoSTSMetadataPrefix and EvoSTSMetadataSuffix surround the tenant's
	// domain in the AuthMetadataUrl of the Microsoft Entra ID ("evoSTS")
	// authorization server:
	// https://login.windows.net/contoso.onmicrosoft.com/FederationMetadata/2007-06/FederationMetadata.xml
	// (Microsoft's manual OAuth steps).
	EvoSTSMetadataPrefix string `json:"evoStsMetadataPrefix,omitempty"`
	EvoSTSMetadataSuffix string `json:"evoStsMetadataSuffix,omitempty"` // what follows the domain in the URL above; "" where no source gives it
}

// The Federation Gateway metadata URL. Worldwide in FreeBusyChecker's
// spelling; GCC High and DoD in Set-FederationTrust's.
const (
	metadataWorldwide  = "https://nexus.microsoftonline-p.com/FederationMetadata/2006-12/FederationMetadata.xml"
	metadataGovernment = "https://nexus.microsoftonline-p.com/federationmetadata/2006-12/federationmetadata.xml"
)

var endpoints = [...]Endpoints{
	exhybrid.CloudWorldwide: {
		TargetApplicationURI:      "outlook.com",
		TargetAutodiscoverEPR:     "https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc/WSSecurity",
		TargetSharingEPR:          "https://outlook.office365.com/EWS/Exchange.asmx",
		FederationMetadataURL:     metadataWorldwide,
		AutodiscoverService:       "https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc",
		ManualAutodiscoverService: "https://outlook.office365.com/autodiscover/autodiscover.svc",
		ACSMetadataPrefix:         "https://accounts.accesscontrol.windows.net/",
		ACSMetadataSuffix:         "/metadata/json/1",
		EvoSTSMetadataPrefix:      "https://login.windows.net/",
		EvoSTSMetadataSuffix:      "/FederationMetadata/2007-06/FederationMetadata.xml",
	},
	exhybrid.CloudGCCHigh: {
		TargetApplicationURI:  "office365.us",
		TargetAutodiscoverEPR: "https://autodiscover-s.office365.us/autodiscover/autodiscover.svc/WSSecurity",
		FederationMetadataURL: metadataGovernment,
	},
	exhybrid.CloudDoD: {
		FederationMetadataURL: metadataGovernment,
	},
	exhybrid.Cloud21Vianet: {},
}

// EndpointsOf returns the Exchange Online endpoints of cloud c; the zero
// Endpoints for an invalid cloud.
func EndpointsOf(c exhybrid.Cloud) Endpoints {
	if !c.IsValid() {
		return Endpoints{}
	}
	return endpoints[c]
}

// ACSMetadataURL returns the ACS authorization server's metadata URL for
// tenant t, or "" when the cloud's value is unknown or t is invalid.
func (e Endpoints) ACSMetadataURL(t exhybrid.Tenant) string {
	d := t.Domain()
	if e.ACSMetadataPrefix == "" || d == "" {
		return ""
	}
	return e.ACSMetadataPrefix + d + e.ACSMetadataSuffix
}

// EvoSTSMetadataURL returns the Entra ID authorization server's metadata URL
// for tenant t, or "" when the cloud's value is unknown or t is invalid.
func (e Endpoints) EvoSTSMetadataURL(t exhybrid.Tenant) string {
	d := t.Domain()
	if e.EvoSTSMetadataPrefix == "" || d == "" {
		return ""
	}
	return e.EvoSTSMetadataPrefix + d + e.EvoSTSMetadataSuffix
}
