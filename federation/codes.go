package federation

import "github.com/exhybrid/exhybrid"

// Finding codes of this package. Each states its rule, its severity and its
// source; the package documentation lists them all.
const (
	// CodeTenantInvalid reports a tenant that is not an initial domain such
	// as contoso.onmicrosoft.com; the coexistence domain and the OAuth
	// metadata URLs derive from it.
	// Severity: error. Source: https://learn.microsoft.com/exchange/hybrid-configuration-wizard
	CodeTenantInvalid exhybrid.Code = "federation/tenant-invalid"

	// CodeCloudInvalid reports a missing or unknown cloud instance: the
	// Exchange Online endpoints differ between clouds.
	// Severity: error. Source: https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship
	CodeCloudInvalid exhybrid.Code = "federation/cloud-invalid"

	// CodeCloudValueUnknown notes a setting whose value for the tenant's
	// cloud is not given by the pages this package cites (see [Endpoints]);
	// it is left empty for the caller to fill in, and not checked.
	// Severity: warning. Source: https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship
	CodeCloudValueUnknown exhybrid.Code = "federation/cloud-value-unknown"

	// CodeDomainInvalid reports a domain that is not a fully qualified DNS
	// name: a hybrid domain, federated domain or relationship domain.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship
	CodeDomainInvalid exhybrid.Code = "federation/domain-invalid"

	// CodeDomainsMissing reports that no hybrid domain was given: the
	// Exchange Online organization relationship shares with them, and the
	// first is the primary shared domain of the organization identifier.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration
	CodeDomainsMissing exhybrid.Code = "federation/domains-missing"

	// CodeURLInvalid reports a URL that is not an absolute http or https
	// URL with a host name, or is http where the endpoint is published over
	// HTTPS (Autodiscover, EWS, metadata and discovery endpoints; Outlook on
	// the web redirection may use http).
	// Severity: error. Sources: https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites,
	// https://learn.microsoft.com/exchange/hybrid-deployment/simplify-owa-url
	CodeURLInvalid exhybrid.Code = "federation/url-invalid"

	// CodeParamMissing reports a required field of [Params] left empty
	// (autodiscoverUrl, owaForm, customOwaUrl for the Custom form, ewsUrl
	// where an availability address space needs it).
	// Severity: error. Source: https://learn.microsoft.com/exchange/hybrid-configuration-wizard
	CodeParamMissing exhybrid.Code = "federation/param-missing"

	// CodeIDInvalid reports an identifier that is not a GUID: the wizard
	// names its objects "<prefix> - <unique identifier>".
	// Severity: error. Source: https://learn.microsoft.com/exchange/decommission-on-premises-exchange
	CodeIDInvalid exhybrid.Code = "federation/id-invalid"

	// CodeIDDerived notes that Params.ID was empty and the identifier in the
	// names of the wizard's objects ("<prefix> - <unique identifier>") was
	// derived from the tenant's coexistence domain, a version 5 UUID: the
	// same tenant always gives the same names. Not derived when the tenant
	// is invalid.
	// Severity: info. Sources: https://learn.microsoft.com/exchange/decommission-on-premises-exchange,
	// https://www.rfc-editor.org/rfc/rfc9562#section-5.5
	CodeIDDerived exhybrid.Code = "federation/id-derived"

	// CodeServersMissing reports that no on-premises server was given, so
	// the version rules (OAuth from 2013, photos from 2013, legacy
	// free/busy) cannot be applied.
	// Severity: error from ChooseAuth; warning from Validate. Source: https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help
	CodeServersMissing exhybrid.Code = "federation/servers-missing"

	// CodeContactInvalid reports an OrganizationContact that is not an SMTP
	// address.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship
	CodeContactInvalid exhybrid.Code = "federation/contact-invalid"

	// CodeTrustMissing reports organization relationships without a
	// federation trust: an on-premises organization needs one before it can
	// create them, and shared free/busy depends on it. With OAuth configured
	// the intra-organization connectors carry free/busy, so it is a warning.
	// Severity: error (warning with OAuth). Sources: https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship,
	// https://learn.microsoft.com/exchange/shared-free-busy
	CodeTrustMissing exhybrid.Code = "federation/trust-missing"

	// CodeTrustDisabled reports a disabled federated organization
	// identifier, which turns off every federated sharing feature.
	// Severity: error. Source: https://learn.microsoft.com/exchange/federation-exchange-2013-help
	CodeTrustDisabled exhybrid.Code = "federation/trust-disabled"

	// CodeTrustNameMissing reports a federation trust without a name, which
	// New-FederationTrust requires.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/new-federationtrust
	CodeTrustNameMissing exhybrid.Code = "federation/trust-name-missing"

	// CodeTrustApplicationURI reports a trust whose account namespace is
	// missing or invalid, or whose ApplicationUri is not the organization
	// identifier FYDIBOHF25SPDLT.<primary shared domain>.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/federation-exchange-2013-help,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1
	CodeTrustApplicationURI exhybrid.Code = "federation/trust-application-uri"

	// CodeFederatedDomainTooLong reports a federated domain longer than 32
	// characters: accepted domains selected to be federated are limited to
	// 32.
	// Severity: error. Source: https://learn.microsoft.com/exchange/federation-exchange-2013-help
	CodeFederatedDomainTooLong exhybrid.Code = "federation/federated-domain-too-long"

	// CodeFederatedDomainWithoutProof reports a federated domain with no
	// published proof of ownership: each domain or subdomain of the trust
	// needs a public TXT record holding its Get-FederatedDomainProof value.
	// Severity: error. Source: https://learn.microsoft.com/exchange/configure-a-federation-trust-exchange-2013-help
	CodeFederatedDomainWithoutProof exhybrid.Code = "federation/federated-domain-without-proof"

	// CodeProofInvalid reports a proof value that is not a whole base64
	// string fitting one TXT string (see [CheckProof]); a wrongly copied
	// proof fails domain verification.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/configure-a-federation-trust-exchange-2013-help,
	// https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help
	CodeProofInvalid exhybrid.Code = "federation/proof-invalid"

	// CodeHybridDomainNotFederated reports a hybrid domain missing from the
	// trust's federated domains: only recipients in federated domains can
	// use federated sharing, and the wizard adds the domains chosen in it to
	// the trust.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/federation-exchange-2013-help,
	// https://learn.microsoft.com/exchange/shared-free-busy
	CodeHybridDomainNotFederated exhybrid.Code = "federation/hybrid-domain-not-federated"

	// CodeMetadataURL reports a trust MetadataUrl other than the Federation
	// Gateway metadata URL of the tenant's cloud; GCC High and DoD tenants
	// must set theirs with Set-FederationTrust.
	// Severity: error. Sources: https://learn.microsoft.com/powershell/module/exchange/set-federationtrust,
	// https://learn.microsoft.com/exchange/hybrid-configuration-wizard
	CodeMetadataURL exhybrid.Code = "federation/metadata-url"

	// CodeCertificateExpired reports an expired or revoked federation
	// certificate; an expired one means removing and re-creating the trust.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/federation-exchange-2013-help,
	// https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help
	CodeCertificateExpired exhybrid.Code = "federation/certificate-expired"

	// CodeCertificateRequirement reports a certificate from a certification
	// authority that lacks one of the federation requirements: a subject key
	// identifier, a CryptoAPI provider (not CNG), an RSA signature, an
	// exportable private key, the Client Authentication key usage. Self-signed
	// certificates are recommended and exempt.
	// Severity: error. Source: https://learn.microsoft.com/exchange/federation-exchange-2013-help
	CodeCertificateRequirement exhybrid.Code = "federation/certificate-requirement"

	// CodeRelationshipsMissing reports hybrid sharing features turned on
	// without organization relationships: both organizations need one.
	// Severity: error. Source: https://learn.microsoft.com/exchange/shared-free-busy
	CodeRelationshipsMissing exhybrid.Code = "federation/relationships-missing"

	// CodeRelationshipName reports an organization relationship name that is
	// empty or longer than 64 characters.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship
	CodeRelationshipName exhybrid.Code = "federation/relationship-name"

	// CodeRelationshipDisabled reports a disabled organization relationship,
	// which stops all sharing over it. With OAuth configured it may be
	// deliberate, so it is a warning.
	// Severity: error (warning with OAuth). Sources: https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1
	CodeRelationshipDisabled exhybrid.Code = "federation/relationship-disabled"

	// CodeCoexistenceDomainMissing reports an on-premises relationship whose
	// domains do not include the tenant's coexistence domain
	// (contoso.mail.onmicrosoft.com), the domain it must share with.
	// Severity: error. Source: https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1
	CodeCoexistenceDomainMissing exhybrid.Code = "federation/coexistence-domain-missing"

	// CodeRelationshipDomainNotFederated reports a domain of the Exchange
	// Online relationship that is not a federated domain of the on-premises
	// trust, or a hybrid domain the relationship does not list: free/busy
	// for its recipients cannot be shared.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/federation-exchange-2013-help,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/ExoDauthFunctions.ps1
	CodeRelationshipDomainNotFederated exhybrid.Code = "federation/relationship-domain-not-federated"

	// CodeAccessLevelIgnored reports a free/busy or MailTips access level
	// set while the matching Enabled flag is false: the level is meaningful
	// only when the flag is true.
	// Severity: warning. Source: https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship
	CodeAccessLevelIgnored exhybrid.Code = "federation/access-level-ignored"

	// CodeAccessLevelNone reports free/busy or MailTips access enabled with
	// the level None or no level: nothing is returned.
	// Severity: warning. Source: https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship
	CodeAccessLevelNone exhybrid.Code = "federation/access-level-none"

	// CodeAccessLevelMismatch reports a free/busy or MailTips level that
	// differs between the two relationships; hybrid sets the same level on
	// both (free/busy with time, subject and location).
	// Severity: warning. Source: https://learn.microsoft.com/exchange/shared-free-busy
	CodeAccessLevelMismatch exhybrid.Code = "federation/access-level-mismatch"

	// CodeDeliveryReportOneSide reports DeliveryReportEnabled true on one
	// relationship only: cross-premises message tracking then fails in both
	// directions.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship
	CodeDeliveryReportOneSide exhybrid.Code = "federation/delivery-report-one-side"

	// CodeTargetApplicationURI reports a wrong TargetApplicationUri: on
	// premises it must be the cloud's value (outlook.com worldwide,
	// office365.us in GCC High); in Exchange Online it must be the
	// on-premises organization identifier FYDIBOHF25SPDLT.<domain>.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/ExoDauthFunctions.ps1
	CodeTargetApplicationURI exhybrid.Code = "federation/target-application-uri"

	// CodeTargetAutodiscoverEPR reports an on-premises relationship whose
	// TargetAutodiscoverEpr is not the cloud's WS-Security Autodiscover URL,
	// while no TargetSharingEpr replaces it, or an Exchange Online
	// relationship with neither.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship,
	// https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship
	CodeTargetAutodiscoverEPR exhybrid.Code = "federation/target-autodiscover-epr"

	// CodeTargetSharingEPR reports an on-premises relationship with a
	// TargetSharingEpr other than empty (the standard value) or the Exchange
	// Online EWS URL; when set it replaces Autodiscover.
	// Severity: warning. Source: https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1
	CodeTargetSharingEPR exhybrid.Code = "federation/target-sharing-epr"

	// CodeOWAURLForm reports an on-premises TargetOwaURL on a host of the
	// organization's own (a CNAME to the cloud) that uses https or whose
	// path is not /owa: the page asks for http, and for the /owa suffix.
	// Severity: warning. Source: https://learn.microsoft.com/exchange/hybrid-deployment/simplify-owa-url
	CodeOWAURLForm exhybrid.Code = "federation/owa-url-form"

	// CodePhotosPre2013 reports PhotosEnabled, or the Photos feature, in an
	// organization without an Exchange 2013 or later server: the parameter
	// exists only in the 2013 and later cmdlets. Exchange 2007 or 2010
	// servers next to a 2013 or later one do not matter, as the wizard and
	// the cmdlets run on the newer server.
	// Severity: error. Sources: https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship,
	// https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration
	CodePhotosPre2013 exhybrid.Code = "federation/photos-pre-2013"

	// CodeFeatureNotEnabled reports a hybrid feature that is on while the
	// relationship setting it relies on is off: MoveMailbox needs
	// MailboxMoveEnabled, FreeBusy FreeBusyAccessEnabled, MailTips
	// MailTipsAccessEnabled, MessageTracking DeliveryReportEnabled,
	// OnlineArchive ArchiveAccessEnabled, Photos PhotosEnabled.
	// Severity: error. Sources: https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration,
	// https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship
	CodeFeatureNotEnabled exhybrid.Code = "federation/feature-not-enabled"

	// CodeOAuthUnsupportedVersion reports OAuth asked for in an organization
	// without an Exchange 2013 or later server: its objects exist only from
	// Exchange 2013.
	// Severity: error. Sources: https://learn.microsoft.com/powershell/module/exchange/new-intraorganizationconnector,
	// https://learn.microsoft.com/powershell/module/exchange/new-authserver
	CodeOAuthUnsupportedVersion exhybrid.Code = "federation/oauth-unsupported-version"

	// CodeOAuthNo2013SP1Server reports OAuth in an organization with
	// Exchange 2007 or 2010 but no Exchange 2013 SP1 or later server with
	// both the Client Access and Mailbox roles, which must front hybrid EWS
	// requests.
	// Severity: error. Source: https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help
	CodeOAuthNo2013SP1Server exhybrid.Code = "federation/oauth-no-2013sp1-server"

	// CodeOAuthFrontEndTooOld reports an Internet-facing Client Access
	// server older than Exchange 2013 SP1 in a mixed organization using
	// OAuth: all Internet-facing front ends should be 2013 SP1 or later.
	// Severity: warning. Source: https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help
	CodeOAuthFrontEndTooOld exhybrid.Code = "federation/oauth-front-end-too-old"

	// CodeOAuthAvailabilityAddressSpace reports a missing or wrong
	// availability address space in an organization with pre-Exchange 2013
	// SP1 servers using OAuth: it must use InternalProxy to a 2013 SP1 EWS
	// URL, name the coexistence domain as forest and use the service
	// account.
	// Severity: error. Source: https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help
	CodeOAuthAvailabilityAddressSpace exhybrid.Code = "federation/oauth-availability-address-space"

	// CodeOAuthAuthServerMissing reports OAuth without an enabled
	// authorization server of type AzureAD or MicrosoftACS.
	// Severity: error. Sources: https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1,
	// https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help
	CodeOAuthAuthServerMissing exhybrid.Code = "federation/oauth-auth-server-missing"

	// CodeOAuthAuthServerMetadata reports an authorization server whose
	// metadata URL is not the one its type has for the tenant and cloud.
	// Severity: warning. Sources: https://learn.microsoft.com/powershell/module/exchange/new-authserver,
	// https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help
	CodeOAuthAuthServerMetadata exhybrid.Code = "federation/oauth-auth-server-metadata"

	// CodeOAuthPartnerApplication reports OAuth without an enabled partner
	// application for Exchange Online (00000002-0000-0ff1-ce00-000000000000).
	// Severity: error. Sources: https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1
	CodeOAuthPartnerApplication exhybrid.Code = "federation/oauth-partner-application"

	// CodeOAuthConnectorMissing reports OAuth without an intra-organization
	// connector on one side; both are created.
	// Severity: error. Source: https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help
	CodeOAuthConnectorMissing exhybrid.Code = "federation/oauth-connector-missing"

	// CodeOAuthConnectorDisabled reports a disabled intra-organization
	// connector: Exchange then falls back to the organization relationship.
	// Severity: warning. Source: https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremOAuthFunctions.ps1
	CodeOAuthConnectorDisabled exhybrid.Code = "federation/oauth-connector-disabled"

	// CodeOAuthConnectorDomains reports an intra-organization connector
	// whose target address domains miss the other side: the coexistence
	// domain on premises, the hybrid domains in Exchange Online.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremOAuthFunctions.ps1
	CodeOAuthConnectorDomains exhybrid.Code = "federation/oauth-connector-domains"

	// CodeOAuthDiscoveryEndpoint reports an on-premises intra-organization
	// connector whose discovery endpoint is not Exchange Online's
	// Autodiscover service, or an Exchange Online connector without an https
	// discovery endpoint.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremOAuthFunctions.ps1
	CodeOAuthDiscoveryEndpoint exhybrid.Code = "federation/oauth-discovery-endpoint"

	// CodeOAuthRecommended notes an organization where the wizard keeps the
	// federation trust (Exchange 2007 or 2010 present, or Exchange 2013
	// before CU5) but OAuth could be configured by hand, as Microsoft
	// recommends for mixed organizations.
	// Severity: info. Source: https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help
	CodeOAuthRecommended exhybrid.Code = "federation/oauth-recommended"

	// CodeLegacyFreeBusyNeeds2013 reports Exchange 2007 mailboxes in an
	// organization without an Exchange 2013 or later client access front
	// end, or Exchange 2010 mailboxes in an organization that has Exchange
	// 2013 or later servers but no such front end: their users can use
	// organization relationships only with at least one Exchange 2013 Client
	// Access server. An organization of Exchange 2010 alone uses its own
	// relationships (Exchange 2010-based hybrid) and is not reported.
	// Severity: error. Source: https://learn.microsoft.com/exchange/sharing-exchange-2013-help
	CodeLegacyFreeBusyNeeds2013 exhybrid.Code = "federation/legacy-free-busy-needs-2013"

	// CodeLegacyFreeBusyBelowSP2 reports an Exchange 2007 Mailbox server
	// before SP2, or, next to Exchange 2013 or later servers, an Exchange
	// 2010 Mailbox or Client Access server before SP2: its users cannot use
	// organization relationships.
	// Severity: warning. Source: https://learn.microsoft.com/exchange/sharing-exchange-2013-help
	CodeLegacyFreeBusyBelowSP2 exhybrid.Code = "federation/legacy-free-busy-below-sp2"

	// CodeQueryInterval2007 notes an Exchange 2007 Client Access server:
	// Exchange 2007 answers free/busy for 42 days by default and newer
	// Exchange may ask for 62, so requests fail unless maximumQueryIntervalDays
	// is raised to 62 in its EWS web.config.
	// Severity: info. Source: https://learn.microsoft.com/exchange/sharing-exchange-2013-help
	CodeQueryInterval2007 exhybrid.Code = "federation/exchange2007-query-interval"

	// CodeOAuthByHandObsolete replaces CodeOAuthRecommended from
	// DedicatedHybridAppRequired (2025-10-31) on, where no server runs
	// Exchange 2016 or later: OAuth by hand registers the on-premises
	// certificate with the shared Exchange Online service principal, which
	// Exchange Online blocks for EWS since that day, and Exchange 2013 and
	// older cannot run the dedicated hybrid app that replaces it. The note
	// says why the recommendation is gone.
	// Severity: info. Sources: https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app,
	// https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help
	CodeOAuthByHandObsolete exhybrid.Code = "federation/oauth-by-hand-obsolete"

	// CodeOAuthByHandBlocked warns of Params.ManualOAuth where
	// CodeOAuthByHandObsolete applies: the choice keeps the wizard's DAuth.
	// Severity: warning. Sources: https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app,
	// https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help
	CodeOAuthByHandBlocked exhybrid.Code = "federation/oauth-by-hand-blocked"
)
