package federation

import "github.com/exhybrid/exhybrid"

// Finding codes of this package. Each states its rule, its severity and its
// source; the package documentation lists them all.
const (
	// CodeTenantInvalid reports a tenant that is not an initial domain such
	// as contoso.onmicrosoft.com; the coexistence domain and the OAuth
	// metadata URLs derive from it.
	CodeTenantInvalid exhybrid.Code = "federation/tenant-invalid"

	// CodeCloudInvalid reports a missing or unknown cloud instance: the
	// Exchange Online endpoints differ between clouds.
	CodeCloudInvalid exhybrid.Code = "federation/cloud-invalid"

	// CodeCloudValueUnknown notes a setting whose value for the tenant's
	// cloud is not given by the pages this package cites (see [Endpoints]);
	// it is left empty for the caller to fill in, and not checked.
	CodeCloudValueUnknown exhybrid.Code = "federation/cloud-value-unknown"

	// CodeDomainInvalid reports a domain that is not a fully qualified DNS
	// name: a hybrid domain, federated domain or relationship domain.
	CodeDomainInvalid exhybrid.Code = "federation/domain-invalid"

	// CodeDomainsMissing reports that no hybrid domain was given: the
	// Exchange Online organization relationship shares with them, and the
	// first is the primary shared domain of the organization identifier.
	CodeDomainsMissing exhybrid.Code = "federation/domains-missing"

	// CodeURLInvalid reports a URL that is not an absolute http or https
	// URL with a host name, or is http where the endpoint is published over
	// HTTPS (Autodiscover, EWS, metadata and discovery endpoints; Outlook on
	// the web redirection may use http).
	CodeURLInvalid exhybrid.Code = "federation/url-invalid"

	// CodeParamMissing reports a required field of [Params] left empty
	// (autodiscoverUrl, owaForm, customOwaUrl for the Custom form, ewsUrl
	// where an availability address space needs it).
	CodeParamMissing exhybrid.Code = "federation/param-missing"

	// CodeIDInvalid reports an identifier that is not a GUID: the wizard
	// names its objects "<prefix> - <unique identifier>".
	CodeIDInvalid exhybrid.Code = "federation/id-invalid"

	// CodeIDDerived notes that Params.ID was empty and the identifier in the
	// names of the wizard's objects ("<prefix> - <unique identifier>") was
	// derived from the tenant's coexistence domain, a version 5 UUID: the
	// same tenant always gives the same names. Not derived when the tenant
	// is invalid.
	CodeIDDerived exhybrid.Code = "federation/id-derived"

	// CodeServersMissing reports that no on-premises server was given, so
	// the version rules (OAuth from 2013, photos from 2013, legacy
	// free/busy) cannot be applied.
	// Its severity varies: error from Configure; warning from Validate.
	CodeServersMissing exhybrid.Code = "federation/servers-missing"

	// CodeContactInvalid reports an OrganizationContact that is not an SMTP
	// address.
	CodeContactInvalid exhybrid.Code = "federation/contact-invalid"

	// CodeTrustMissing reports organization relationships without a
	// federation trust: an on-premises organization needs one before it can
	// create them, and shared free/busy depends on it. With OAuth configured
	// the intra-organization connectors carry free/busy, so it is a warning.
	// Its severity varies: error (warning with OAuth).
	CodeTrustMissing exhybrid.Code = "federation/trust-missing"

	// CodeTrustDisabled reports a disabled federated organization
	// identifier, which turns off every federated sharing feature.
	CodeTrustDisabled exhybrid.Code = "federation/trust-disabled"

	// CodeTrustNameMissing reports a federation trust without a name, which
	// New-FederationTrust requires.
	CodeTrustNameMissing exhybrid.Code = "federation/trust-name-missing"

	// CodeTrustApplicationURI reports a trust whose account namespace is
	// missing or invalid, or whose ApplicationUri is not the organization
	// identifier FYDIBOHF25SPDLT.<primary shared domain>.
	CodeTrustApplicationURI exhybrid.Code = "federation/trust-application-uri"

	// CodeFederatedDomainTooLong reports a federated domain longer than 32
	// characters: accepted domains selected to be federated are limited to
	// 32.
	CodeFederatedDomainTooLong exhybrid.Code = "federation/federated-domain-too-long"

	// CodeFederatedDomainWithoutProof reports a federated domain with no
	// published proof of ownership: each domain or subdomain of the trust
	// needs a public TXT record holding its Get-FederatedDomainProof value.
	CodeFederatedDomainWithoutProof exhybrid.Code = "federation/federated-domain-without-proof"

	// CodeProofInvalid reports a proof value that is not a whole base64
	// string fitting one TXT string (see [DomainProof.TXT]); a wrongly copied
	// proof fails domain verification.
	CodeProofInvalid exhybrid.Code = "federation/proof-invalid"

	// CodeHybridDomainNotFederated reports a hybrid domain missing from the
	// trust's federated domains: only recipients in federated domains can
	// use federated sharing, and the wizard adds the domains chosen in it to
	// the trust.
	CodeHybridDomainNotFederated exhybrid.Code = "federation/hybrid-domain-not-federated"

	// CodeMetadataURL reports a trust MetadataUrl other than the Federation
	// Gateway metadata URL of the tenant's cloud; GCC High and DoD tenants
	// must set theirs with Set-FederationTrust.
	CodeMetadataURL exhybrid.Code = "federation/metadata-url"

	// CodeCertificateExpired reports an expired or revoked federation
	// certificate; an expired one means removing and re-creating the trust.
	CodeCertificateExpired exhybrid.Code = "federation/certificate-expired"

	// CodeCertificateRequirement reports a certificate from a certification
	// authority that lacks one of the federation requirements: a subject key
	// identifier, a CryptoAPI provider (not CNG), an RSA signature, an
	// exportable private key, the Client Authentication key usage. Self-signed
	// certificates are recommended and exempt.
	CodeCertificateRequirement exhybrid.Code = "federation/certificate-requirement"

	// CodeRelationshipsMissing reports hybrid sharing features turned on
	// without organization relationships: both organizations need one.
	CodeRelationshipsMissing exhybrid.Code = "federation/relationships-missing"

	// CodeRelationshipName reports an organization relationship name that is
	// empty or longer than 64 characters.
	CodeRelationshipName exhybrid.Code = "federation/relationship-name"

	// CodeRelationshipDisabled reports a disabled organization relationship,
	// which stops all sharing over it. With OAuth configured it may be
	// deliberate, so it is a warning.
	// Its severity varies: error (warning with OAuth).
	CodeRelationshipDisabled exhybrid.Code = "federation/relationship-disabled"

	// CodeCoexistenceDomainMissing reports an on-premises relationship whose
	// domains do not include the tenant's coexistence domain
	// (contoso.mail.onmicrosoft.com), the domain it must share with.
	CodeCoexistenceDomainMissing exhybrid.Code = "federation/coexistence-domain-missing"

	// CodeRelationshipDomainNotFederated reports a domain of the Exchange
	// Online relationship that is not a federated domain of the on-premises
	// trust, or a hybrid domain the relationship does not list: free/busy
	// for its recipients cannot be shared.
	CodeRelationshipDomainNotFederated exhybrid.Code = "federation/relationship-domain-not-federated"

	// CodeAccessLevelIgnored reports a free/busy or MailTips access level
	// set while the matching Enabled flag is false: the level is meaningful
	// only when the flag is true.
	CodeAccessLevelIgnored exhybrid.Code = "federation/access-level-ignored"

	// CodeAccessLevelNone reports free/busy or MailTips access enabled with
	// the level None or no level: nothing is returned.
	CodeAccessLevelNone exhybrid.Code = "federation/access-level-none"

	// CodeAccessLevelMismatch reports a free/busy or MailTips level that
	// differs between the two relationships; hybrid sets the same level on
	// both (free/busy with time, subject and location).
	CodeAccessLevelMismatch exhybrid.Code = "federation/access-level-mismatch"

	// CodeDeliveryReportOneSide reports DeliveryReportEnabled true on one
	// relationship only: cross-premises message tracking then fails in both
	// directions.
	CodeDeliveryReportOneSide exhybrid.Code = "federation/delivery-report-one-side"

	// CodeTargetApplicationURI reports a wrong TargetApplicationUri: on
	// premises it must be the cloud's value (outlook.com worldwide,
	// office365.us in GCC High); in Exchange Online it must be the
	// on-premises organization identifier FYDIBOHF25SPDLT.<domain>.
	CodeTargetApplicationURI exhybrid.Code = "federation/target-application-uri"

	// CodeTargetAutodiscoverEPR reports an on-premises relationship whose
	// TargetAutodiscoverEpr is not the cloud's WS-Security Autodiscover URL,
	// while no TargetSharingEpr replaces it, or an Exchange Online
	// relationship with neither.
	CodeTargetAutodiscoverEPR exhybrid.Code = "federation/target-autodiscover-epr"

	// CodeTargetSharingEPR reports an on-premises relationship with a
	// TargetSharingEpr other than empty (the standard value) or the Exchange
	// Online EWS URL; when set it replaces Autodiscover.
	CodeTargetSharingEPR exhybrid.Code = "federation/target-sharing-epr"

	// CodeOWAURLForm reports an on-premises TargetOwaURL on a host of the
	// organization's own (a CNAME to the cloud) that uses https or whose
	// path is not /owa: the page asks for http, and for the /owa suffix.
	CodeOWAURLForm exhybrid.Code = "federation/owa-url-form"

	// CodePhotosPre2013 reports PhotosEnabled, or the Photos feature, in an
	// organization without an Exchange 2013 or later server: the parameter
	// exists only in the 2013 and later cmdlets. Exchange 2007 or 2010
	// servers next to a 2013 or later one do not matter, as the wizard and
	// the cmdlets run on the newer server.
	CodePhotosPre2013 exhybrid.Code = "federation/photos-pre-2013"

	// CodeFeatureNotEnabled reports a hybrid feature that is on while the
	// relationship setting it relies on is off: MoveMailbox needs
	// MailboxMoveEnabled, FreeBusy FreeBusyAccessEnabled, MailTips
	// MailTipsAccessEnabled, MessageTracking DeliveryReportEnabled,
	// OnlineArchive ArchiveAccessEnabled, Photos PhotosEnabled.
	// Its severity varies: error, but a warning for free/busy with OAuth,
	// which the intra-organization connector carries instead.
	CodeFeatureNotEnabled exhybrid.Code = "federation/feature-not-enabled"

	// CodeOAuthUnsupportedVersion reports OAuth asked for in an organization
	// without an Exchange 2013 or later server: its objects exist only from
	// Exchange 2013.
	CodeOAuthUnsupportedVersion exhybrid.Code = "federation/oauth-unsupported-version"

	// CodeOAuthNo2013SP1Server reports OAuth in an organization with
	// Exchange 2007 or 2010 but no Exchange 2013 SP1 or later server with
	// both the Client Access and Mailbox roles, which must front hybrid EWS
	// requests.
	CodeOAuthNo2013SP1Server exhybrid.Code = "federation/oauth-no-2013sp1-server"

	// CodeOAuthFrontEndTooOld reports an Internet-facing Client Access
	// server older than Exchange 2013 SP1 in a mixed organization using
	// OAuth: all Internet-facing front ends should be 2013 SP1 or later.
	CodeOAuthFrontEndTooOld exhybrid.Code = "federation/oauth-front-end-too-old"

	// CodeOAuthAvailabilityAddressSpace reports a missing or wrong
	// availability address space in an organization with pre-Exchange 2013
	// SP1 servers using OAuth: it must use InternalProxy to a 2013 SP1 EWS
	// URL, name the coexistence domain as forest and use the service
	// account.
	CodeOAuthAvailabilityAddressSpace exhybrid.Code = "federation/oauth-availability-address-space"

	// CodeOAuthAuthServerMissing reports OAuth without an enabled
	// authorization server of type AzureAD or MicrosoftACS.
	CodeOAuthAuthServerMissing exhybrid.Code = "federation/oauth-auth-server-missing"

	// CodeOAuthAuthServerMetadata reports an authorization server whose
	// metadata URL is not the one its type has for the tenant and cloud.
	CodeOAuthAuthServerMetadata exhybrid.Code = "federation/oauth-auth-server-metadata"

	// CodeOAuthPartnerApplication reports OAuth without an enabled partner
	// application for Exchange Online (00000002-0000-0ff1-ce00-000000000000).
	CodeOAuthPartnerApplication exhybrid.Code = "federation/oauth-partner-application"

	// CodeOAuthConnectorMissing reports OAuth without an intra-organization
	// connector on one side; both are created.
	CodeOAuthConnectorMissing exhybrid.Code = "federation/oauth-connector-missing"

	// CodeOAuthConnectorDisabled reports a disabled intra-organization
	// connector: Exchange then falls back to the organization relationship.
	CodeOAuthConnectorDisabled exhybrid.Code = "federation/oauth-connector-disabled"

	// CodeOAuthConnectorDomains reports an intra-organization connector
	// whose target address domains miss the other side: the coexistence
	// domain on premises, the hybrid domains in Exchange Online.
	CodeOAuthConnectorDomains exhybrid.Code = "federation/oauth-connector-domains"

	// CodeOAuthDiscoveryEndpoint reports an on-premises intra-organization
	// connector whose discovery endpoint is not Exchange Online's
	// Autodiscover service, or an Exchange Online connector without an https
	// discovery endpoint.
	CodeOAuthDiscoveryEndpoint exhybrid.Code = "federation/oauth-discovery-endpoint"

	// CodeOAuthRecommended notes an organization where the wizard keeps the
	// federation trust (Exchange 2007 or 2010 present, or Exchange 2013
	// before CU5) but OAuth could be configured by hand, as Microsoft
	// recommends for mixed organizations.
	CodeOAuthRecommended exhybrid.Code = "federation/oauth-recommended"

	// CodeLegacyFreeBusyNeeds2013 reports Exchange 2007 mailboxes in an
	// organization without an Exchange 2013 or later client access front
	// end, or Exchange 2010 mailboxes in an organization that has Exchange
	// 2013 or later servers but no such front end: their users can use
	// organization relationships only with at least one Exchange 2013 Client
	// Access server. An organization of Exchange 2010 alone uses its own
	// relationships (Exchange 2010-based hybrid) and is not reported.
	CodeLegacyFreeBusyNeeds2013 exhybrid.Code = "federation/legacy-free-busy-needs-2013"

	// CodeLegacyFreeBusyBelowSP2 reports an Exchange 2007 Mailbox server
	// before SP2, or, next to Exchange 2013 or later servers, an Exchange
	// 2010 Mailbox or Client Access server before SP2: its users cannot use
	// organization relationships.
	CodeLegacyFreeBusyBelowSP2 exhybrid.Code = "federation/legacy-free-busy-below-sp2"

	// CodeQueryInterval2007 notes an Exchange 2007 Client Access server:
	// Exchange 2007 answers free/busy for 42 days by default and newer
	// Exchange may ask for 62, so requests fail unless maximumQueryIntervalDays
	// is raised to 62 in its EWS web.config.
	CodeQueryInterval2007 exhybrid.Code = "federation/exchange2007-query-interval"

	// CodeOAuthByHandObsolete replaces CodeOAuthRecommended from
	// DedicatedHybridAppRequired (2025-10-31) on, where no server runs
	// Exchange 2016 or later: OAuth by hand registers the on-premises
	// certificate with the shared Exchange Online service principal, which
	// Exchange Online blocks for EWS since that day, and Exchange 2013 and
	// older cannot run the dedicated hybrid app that replaces it. The note
	// says why the recommendation is gone.
	CodeOAuthByHandObsolete exhybrid.Code = "federation/oauth-by-hand-obsolete"

	// CodeOAuthByHandBlocked warns of Params.ManualOAuth where
	// CodeOAuthByHandObsolete applies: the choice keeps the wizard's DAuth.
	CodeOAuthByHandBlocked exhybrid.Code = "federation/oauth-by-hand-blocked"
	// CodeAuthCertificateMissing reports a Get-AuthConfig with no current
	// certificate: Exchange cannot sign server-to-server OAuth tokens.
	// HealthChecker: "No valid Auth Certificate found"
	// (Invoke-AnalyzerSecurityExchangeCertificates.ps1).
	CodeAuthCertificateMissing exhybrid.Code = "federation/auth-certificate-missing"

	// CodeAuthCertificateNotFound reports a current Auth Certificate that is
	// not among the exported certificates: it must be on every Mailbox
	// server (MonitorExchangeAuthCertificate.ps1), and its lifetime cannot
	// be checked.
	CodeAuthCertificateNotFound exhybrid.Code = "federation/auth-certificate-not-found"

	// CodeAuthCertificateExpired reports a current Auth Certificate past its
	// last valid day on the audit's day, with no staged certificate in
	// effect by then: OAuth fails. HealthChecker: "Auth Certificate has
	// expired".
	CodeAuthCertificateExpired exhybrid.Code = "federation/auth-certificate-expired"

	// CodeAuthCertificateExpiring reports a current Auth Certificate valid
	// for 60 days or fewer with no successor that takes over by then (a
	// staged certificate with an effective date on or before the current
	// one's last day): the window in which MonitorExchangeAuthCertificate.ps1
	// stages one. In a hybrid the new certificate must reach Exchange
	// Online (the wizard, or the dedicated app's keyCredentials) before the
	// old one expires. Its severity varies, as HealthChecker colours a
	// certificate's lifetime: a warning from 60 to 30 days, an error below
	// 30.
	CodeAuthCertificateExpiring exhybrid.Code = "federation/auth-certificate-expiring"

	// CodeAuthCertificateNextStaged notes a next Auth Certificate staged to
	// replace the current one, and the day it takes effect
	// (Set-AuthConfig -NewCertificateEffectiveDate). HealthChecker shows
	// both. Its fix names the day by which Exchange Online must have the
	// certificate: uploaded to the dedicated hybrid app, or by the wizard.
	CodeAuthCertificateNextStaged exhybrid.Code = "federation/auth-certificate-next-staged"

	// CodeAuthCertificateNextInvalid reports a staged next Auth Certificate
	// that cannot take over: not exported, expired, valid for 120 days or
	// fewer (MonitorExchangeAuthCertificate.ps1 then stages another), or
	// taking effect after the current one's last valid day.
	CodeAuthCertificateNextInvalid exhybrid.Code = "federation/auth-certificate-next-invalid"

	// CodeAuthServerDisabled reports the disabled authorization servers of
	// type AzureAD or MicrosoftACS when no AzureAD one is enabled, once, on
	// the first: Exchange does not accept the tokens they issue
	// (Set-AuthServer -Enabled). A disabled legacy ACS server beside an
	// enabled AzureAD (EvoSts) one is not reported.
	CodeAuthServerDisabled exhybrid.Code = "federation/auth-server-disabled"

	// CodeSfBLegacyPartnerApplication reports the legacy Skype for Business
	// Online partner application (00000004-0000-0ff1-ce00-000000000000)
	// enabled without the Teams Scheduler or Cloud Voicemail application,
	// which HealthChecker flags: Teams integration needs its own partner
	// applications.
	CodeSfBLegacyPartnerApplication exhybrid.Code = "federation/sfb-legacy-partner-application"

	// CodeSettingOverrideUnreadable reports an override of the dedicated
	// app or the Graph flow whose Parameters hold no Enabled=true or
	// Enabled=false; it is taken as not enabling the feature, as
	// ConfigureExchangeHybridApplication.ps1 takes it.
	CodeSettingOverrideUnreadable exhybrid.Code = "federation/setting-override-unreadable"

	// CodeSettingOverrideDuplicate reports a second override of the same
	// section; HealthChecker cannot tell the feature's state then.
	CodeSettingOverrideDuplicate exhybrid.Code = "federation/setting-override-duplicate"

	// CodeHybridAppAuthServer reports the dedicated hybrid app's override
	// enabled without an enabled AzureAD (EvoSts) authorization server
	// whose ApplicationIdentifier is a GUID, the app's ID: HealthChecker's
	// "No valid AuthServer object was found that supports the dedicated
	// Exchange Hybrid Application".
	CodeHybridAppAuthServer exhybrid.Code = "federation/hybrid-app-auth-server"

	// CodeHybridAppOverrideMissing reports, from DedicatedHybridAppRequired
	// (2025-10-31) on, a hybrid with rich coexistence (free/busy, MailTips
	// or photos) and no enabled override of
	// Global\ExchangeOnpremAsThirdPartyAppId: those features work only
	// through the dedicated hybrid app.
	CodeHybridAppOverrideMissing exhybrid.Code = "federation/hybrid-app-override-missing"

	// CodeHybridAppOAuthIncomplete warns of the dedicated app's override
	// enabled while the basic OAuth configuration is incomplete: no enabled
	// Exchange Online partner application, or no enabled
	// intra-organization connector, as ConfigureExchangeHybridApplication.ps1
	// warns ("are you using DAuth instead of OAuth?").
	CodeHybridAppOAuthIncomplete exhybrid.Code = "federation/hybrid-app-oauth-incomplete"

	// CodeGraphFlowWithoutHybridApp warns of the RouteThroughMSGraph
	// override enabled while the dedicated app's override is not, as
	// ConfigureExchangeHybridApplication.ps1 warns.
	CodeGraphFlowWithoutHybridApp exhybrid.Code = "federation/graph-flow-without-hybrid-app"

	// CodeGraphFlowBuild warns of the RouteThroughMSGraph override applying
	// to a server below Exchange SE 15.2.2562.41 (May 2026 hotfix update),
	// the first build with the Graph flow ([GraphFlowMinBuild]).
	CodeGraphFlowBuild exhybrid.Code = "federation/graph-flow-build"
)

var rules = exhybrid.MustRuleTable([]exhybrid.Rule{
	{Code: CodeTenantInvalid, Severity: exhybrid.SeverityError, Summary: "the tenant is not an initial domain",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard", Input: true},
	{Code: CodeCloudInvalid, Severity: exhybrid.SeverityError, Summary: "no valid cloud instance",
		Source: "https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship", Input: true},
	{Code: CodeCloudValueUnknown, Severity: exhybrid.SeverityWarning, Summary: "a setting's value for the cloud is not in the sources",
		Source: "https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship"},
	{Code: CodeDomainInvalid, Severity: exhybrid.SeverityError, Summary: "a domain is not a fully qualified name",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship", Input: true},
	{Code: CodeDomainsMissing, Severity: exhybrid.SeverityError, Summary: "no hybrid domain, or a relationship without domains",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration", Input: true},
	{Code: CodeURLInvalid, Severity: exhybrid.SeverityError, Summary: "a URL is not absolute, has no host, or is http where https is needed",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/hybrid-deployment/simplify-owa-url"},
	{Code: CodeParamMissing, Severity: exhybrid.SeverityError, Summary: "a required field of Params is empty",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard"},
	{Code: CodeIDInvalid, Severity: exhybrid.SeverityError, Summary: "an identifier is not a GUID",
		Source: "https://learn.microsoft.com/exchange/decommission-on-premises-exchange", Input: true},
	{Code: CodeIDDerived, Severity: exhybrid.SeverityInfo, Summary: "no id given: one was derived from the coexistence domain",
		Source: "https://learn.microsoft.com/exchange/decommission-on-premises-exchange https://www.rfc-editor.org/rfc/rfc9562#section-5.5"},
	{Code: CodeServersMissing, Severity: exhybrid.SeverityUnknown /* varies */, Summary: "no on-premises server to apply version rules to",
		Source: "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help", Input: true},
	{Code: CodeContactInvalid, Severity: exhybrid.SeverityError, Summary: "OrganizationContact is not an SMTP address",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship"},
	{Code: CodeTrustMissing, Severity: exhybrid.SeverityUnknown /* varies */, Summary: "organization relationships without a federation trust",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship https://learn.microsoft.com/exchange/shared-free-busy"},
	{Code: CodeTrustDisabled, Severity: exhybrid.SeverityError, Summary: "the federated organization identifier is disabled",
		Source: "https://learn.microsoft.com/exchange/federation-exchange-2013-help"},
	{Code: CodeTrustNameMissing, Severity: exhybrid.SeverityError, Summary: "the trust has no name",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-federationtrust"},
	{Code: CodeTrustApplicationURI, Severity: exhybrid.SeverityError, Summary: "no account namespace, or ApplicationUri is not FYDIBOHF25SPDLT.<domain>",
		Source: "https://learn.microsoft.com/exchange/federation-exchange-2013-help https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1"},
	{Code: CodeFederatedDomainTooLong, Severity: exhybrid.SeverityError, Summary: "a federated domain longer than 32 characters",
		Source: "https://learn.microsoft.com/exchange/federation-exchange-2013-help"},
	{Code: CodeFederatedDomainWithoutProof, Severity: exhybrid.SeverityError, Summary: "a federated domain without a published proof",
		Source: "https://learn.microsoft.com/exchange/configure-a-federation-trust-exchange-2013-help"},
	{Code: CodeProofInvalid, Severity: exhybrid.SeverityError, Summary: "a proof value is not whole base64 in one TXT string",
		Source: "https://learn.microsoft.com/exchange/configure-a-federation-trust-exchange-2013-help https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help"},
	{Code: CodeHybridDomainNotFederated, Severity: exhybrid.SeverityError, Summary: "a hybrid domain is not federated",
		Source: "https://learn.microsoft.com/exchange/federation-exchange-2013-help https://learn.microsoft.com/exchange/shared-free-busy"},
	{Code: CodeMetadataURL, Severity: exhybrid.SeverityError, Summary: "the trust's metadata URL is not the cloud's",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-federationtrust https://learn.microsoft.com/exchange/hybrid-configuration-wizard"},
	{Code: CodeCertificateExpired, Severity: exhybrid.SeverityError, Summary: "the federation certificate is expired or revoked",
		Source: "https://learn.microsoft.com/exchange/federation-exchange-2013-help https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help"},
	{Code: CodeCertificateRequirement, Severity: exhybrid.SeverityError, Summary: "a CA-issued federation certificate misses a requirement",
		Source: "https://learn.microsoft.com/exchange/federation-exchange-2013-help"},
	{Code: CodeRelationshipsMissing, Severity: exhybrid.SeverityError, Summary: "sharing features on without organization relationships",
		Source: "https://learn.microsoft.com/exchange/shared-free-busy"},
	{Code: CodeRelationshipName, Severity: exhybrid.SeverityError, Summary: "a relationship name is empty or over 64 characters",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship"},
	{Code: CodeRelationshipDisabled, Severity: exhybrid.SeverityUnknown /* varies */, Summary: "a relationship is disabled",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1"},
	{Code: CodeCoexistenceDomainMissing, Severity: exhybrid.SeverityError, Summary: "the on-premises relationship misses the coexistence domain",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1"},
	{Code: CodeRelationshipDomainNotFederated, Severity: exhybrid.SeverityError, Summary: "an Exchange Online relationship domain is not federated or missing",
		Source: "https://learn.microsoft.com/exchange/federation-exchange-2013-help https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/ExoDauthFunctions.ps1"},
	{Code: CodeAccessLevelIgnored, Severity: exhybrid.SeverityWarning, Summary: "an access level set while its Enabled flag is false",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship"},
	{Code: CodeAccessLevelNone, Severity: exhybrid.SeverityWarning, Summary: "access enabled with level None",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship"},
	{Code: CodeAccessLevelMismatch, Severity: exhybrid.SeverityWarning, Summary: "the two relationships use different levels",
		Source: "https://learn.microsoft.com/exchange/shared-free-busy"},
	{Code: CodeDeliveryReportOneSide, Severity: exhybrid.SeverityError, Summary: "DeliveryReportEnabled on one relationship only",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship"},
	{Code: CodeTargetApplicationURI, Severity: exhybrid.SeverityError, Summary: "a relationship's TargetApplicationUri is wrong",
		Source: "https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/ExoDauthFunctions.ps1"},
	{Code: CodeTargetAutodiscoverEPR, Severity: exhybrid.SeverityError, Summary: "a relationship's Autodiscover endpoint is wrong or missing",
		Source: "https://learn.microsoft.com/exchange/sharing/organization-relationships/create-an-organization-relationship https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship"},
	{Code: CodeTargetSharingEPR, Severity: exhybrid.SeverityWarning, Summary: "an unusual on-premises TargetSharingEpr",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1"},
	{Code: CodeOWAURLForm, Severity: exhybrid.SeverityWarning, Summary: "a custom TargetOwaURL over https or without the /owa path",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/simplify-owa-url"},
	{Code: CodePhotosPre2013, Severity: exhybrid.SeverityError, Summary: "photos without an Exchange 2013 or later server",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration"},
	{Code: CodeFeatureNotEnabled, Severity: exhybrid.SeverityUnknown /* varies */, Summary: "a hybrid feature on while its relationship setting is off",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship"},
	{Code: CodeOAuthUnsupportedVersion, Severity: exhybrid.SeverityError, Summary: "OAuth without an Exchange 2013 or later server",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-intraorganizationconnector https://learn.microsoft.com/powershell/module/exchange/new-authserver"},
	{Code: CodeOAuthNo2013SP1Server, Severity: exhybrid.SeverityError, Summary: "OAuth in a mixed organization without a 2013 SP1 CAS+MBX server",
		Source: "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"},
	{Code: CodeOAuthFrontEndTooOld, Severity: exhybrid.SeverityWarning, Summary: "an Internet-facing front end older than 2013 SP1 with OAuth",
		Source: "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"},
	{Code: CodeOAuthAvailabilityAddressSpace, Severity: exhybrid.SeverityError, Summary: "the InternalProxy availability address space is missing or wrong",
		Source: "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"},
	{Code: CodeOAuthAuthServerMissing, Severity: exhybrid.SeverityError, Summary: "no enabled AzureAD or ACS authorization server",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1 https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"},
	{Code: CodeOAuthAuthServerMetadata, Severity: exhybrid.SeverityWarning, Summary: "an authorization server's metadata URL has the wrong form",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-authserver https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"},
	{Code: CodeOAuthPartnerApplication, Severity: exhybrid.SeverityError, Summary: "the Exchange Online partner application is missing, wrong or disabled",
		Source: "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1"},
	{Code: CodeOAuthConnectorMissing, Severity: exhybrid.SeverityError, Summary: "an intra-organization connector is missing",
		Source: "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"},
	{Code: CodeOAuthConnectorDisabled, Severity: exhybrid.SeverityWarning, Summary: "an intra-organization connector is disabled",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremOAuthFunctions.ps1"},
	{Code: CodeOAuthConnectorDomains, Severity: exhybrid.SeverityError, Summary: "a connector misses the other side's domains",
		Source: "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremOAuthFunctions.ps1"},
	{Code: CodeOAuthDiscoveryEndpoint, Severity: exhybrid.SeverityError, Summary: "a connector's discovery endpoint is wrong or missing",
		Source: "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremOAuthFunctions.ps1"},
	{Code: CodeOAuthRecommended, Severity: exhybrid.SeverityInfo, Summary: "the wizard keeps DAuth where OAuth could be configured by hand",
		Source: "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"},
	{Code: CodeLegacyFreeBusyNeeds2013, Severity: exhybrid.SeverityError, Summary: "2007 mailboxes, or 2010 mailboxes next to 2013+, without a 2013+ client access front end",
		Source: "https://learn.microsoft.com/exchange/sharing-exchange-2013-help"},
	{Code: CodeLegacyFreeBusyBelowSP2, Severity: exhybrid.SeverityWarning, Summary: "a 2007 Mailbox server, or a 2010 one next to 2013+, before SP2",
		Source: "https://learn.microsoft.com/exchange/sharing-exchange-2013-help"},
	{Code: CodeQueryInterval2007, Severity: exhybrid.SeverityInfo, Summary: "Exchange 2007 answers free/busy for 42 days, not 62",
		Source: "https://learn.microsoft.com/exchange/sharing-exchange-2013-help"},
	{Code: CodeOAuthByHandObsolete, Severity: exhybrid.SeverityInfo, Summary: "OAuth by hand, a dead end since 2025-10-31 without Exchange 2016 or later",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"},
	{Code: CodeOAuthByHandBlocked, Severity: exhybrid.SeverityWarning, Summary: "OAuth by hand asked for where it is that dead end",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"},
	{Code: CodeAuthCertificateMissing, Severity: exhybrid.SeverityError, Summary: "Get-AuthConfig names no current Auth Certificate",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Security/Invoke-AnalyzerSecurityExchangeCertificates.ps1 https://learn.microsoft.com/powershell/module/exchange/set-authconfig"},
	{Code: CodeAuthCertificateNotFound, Severity: exhybrid.SeverityWarning, Summary: "the current Auth Certificate is not among the exported certificates",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Admin/MonitorExchangeAuthCertificate/DataCollection/Get-ExchangeAuthCertificateStatus.ps1"},
	{Code: CodeAuthCertificateExpired, Severity: exhybrid.SeverityError, Summary: "the current Auth Certificate has expired",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Security/Invoke-AnalyzerSecurityExchangeCertificates.ps1 https://github.com/microsoft/CSS-Exchange/blob/main/Admin/MonitorExchangeAuthCertificate/DataCollection/Get-ExchangeAuthCertificateStatus.ps1 https://learn.microsoft.com/troubleshoot/exchange/administration/cannot-access-owa-or-ecp-if-oauth-expired"},
	{Code: CodeAuthCertificateExpiring, Severity: exhybrid.SeverityUnknown, Summary: "the Auth Certificate expires within 60 days and no successor is staged (error within 30)",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Admin/MonitorExchangeAuthCertificate/DataCollection/Get-ExchangeAuthCertificateStatus.ps1 https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Security/Invoke-AnalyzerSecurityExchangeCertificates.ps1 https://learn.microsoft.com/powershell/module/exchange/set-authconfig"},
	{Code: CodeAuthCertificateNextStaged, Severity: exhybrid.SeverityInfo, Summary: "a next Auth Certificate is staged, and the day it takes effect",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-authconfig https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Security/Invoke-AnalyzerSecurityExchangeCertificates.ps1"},
	{Code: CodeAuthCertificateNextInvalid, Severity: exhybrid.SeverityWarning, Summary: "the staged next Auth Certificate cannot take over",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Admin/MonitorExchangeAuthCertificate/DataCollection/Get-ExchangeAuthCertificateStatus.ps1 https://learn.microsoft.com/powershell/module/exchange/set-authconfig"},
	{Code: CodeAuthServerDisabled, Severity: exhybrid.SeverityWarning, Summary: "authorization servers disabled, and no AzureAD one enabled",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-authserver https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1"},
	{Code: CodeSfBLegacyPartnerApplication, Severity: exhybrid.SeverityWarning, Summary: "the legacy Skype for Business Online application without the Teams ones",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1 https://learn.microsoft.com/skypeforbusiness/deploy/integrate-with-exchange-server/oauth-with-online-and-on-premises"},
	{Code: CodeSettingOverrideUnreadable, Severity: exhybrid.SeverityWarning, Summary: "a hybrid app or Graph override without Enabled=true or false",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1"},
	{Code: CodeSettingOverrideDuplicate, Severity: exhybrid.SeverityWarning, Summary: "two setting overrides of one section",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1"},
	{Code: CodeHybridAppAuthServer, Severity: exhybrid.SeverityError, Summary: "the dedicated app's override without an AzureAD server holding the app's ID",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1 https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app"},
	{Code: CodeHybridAppOverrideMissing, Severity: exhybrid.SeverityError, Summary: "rich coexistence without the dedicated app's override, from 2025-10-31",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1"},
	{Code: CodeHybridAppOAuthIncomplete, Severity: exhybrid.SeverityWarning, Summary: "the dedicated app enabled with an incomplete OAuth configuration",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1"},
	{Code: CodeGraphFlowWithoutHybridApp, Severity: exhybrid.SeverityWarning, Summary: "the Graph flow enabled without the dedicated app",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1"},
	{Code: CodeGraphFlowBuild, Severity: exhybrid.SeverityWarning, Summary: "the Graph flow on a server below Exchange SE 15.2.2562.41",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1"},
})

// Rules returns the rule table of this package: each code with the
// severity of its findings, a summary and its source.
func Rules() *exhybrid.RuleTable { return rules }
