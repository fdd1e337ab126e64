// Package federation models the sharing side of an Exchange hybrid
// deployment: the federation trust with the Microsoft Federation Gateway and
// its domain proofs, the organization relationships of both organizations,
// and server-to-server OAuth. It computes what the Hybrid Configuration
// Wizard would create, chooses between the two authentication methods, and
// validates a configuration. Like the rest of the module it does no I/O: a
// domain proof is a value the caller publishes, a URL a value to check,
// never one to fetch.
//
// # Entry points
//
// Three functions take plain values and return values and findings:
//
//	Configure(p Params) (Configuration, Findings)      which method, why, its objects, and the two relationships
//	Validate(c Config) Findings                        everything that breaks sharing
//	AuditOAuth(e ExportedOAuth, on Date) Findings      the exported OAuth objects on a day (see below)
//
// [Params] describe the deployment as the wizard sees it: the on-premises
// servers, the tenant and its cloud, the hybrid domains (the first is the
// primary shared domain), the published Autodiscover, EWS and Outlook on
// the web URLs, the GUID for the names of the wizard's objects (pass the
// existing deployment's; empty derives a stable one from the tenant, as the
// library has no randomness), and the options where Microsoft's pages and
// the wizard's logs differ. [Config] is a configuration to check: the same
// tenant, cloud, domains and servers, the enabled hybrid [Features], and
// the [Trust], [Pair] and [OAuth] objects, each nil when absent. What
// Configure returns drops straight into a Config:
//
//	p := federation.Params{ID: id, Servers: servers, Tenant: "contoso.onmicrosoft.com",
//		Cloud: exhybrid.CloudWorldwide, Domains: []string{"contoso.com"},
//		AutodiscoverURL: "https://autodiscover.contoso.com/autodiscover/autodiscover.svc",
//		OWAURL: "https://mail.contoso.com/owa", OWAForm: federation.OWAFormOutlookOffice}
//	c, fs := federation.Configure(p)
//	fs = append(fs, federation.Validate(federation.Config{Tenant: p.Tenant, Cloud: p.Cloud,
//		Domains: p.Domains, Servers: servers, Features: features,
//		Trust: c.Auth.Trust, Relationships: &c.Relationships, OAuth: c.Auth.OAuth})...)
//
// Findings carry paths relative to the value given ("servers[2].build",
// "relationships.onPremises.freeBusyAccessLevel", "trust.federatedDomains[0]");
// place them in a larger input with [exhybrid.Findings.Under].
//
// # DAuth and OAuth
//
// DAuth (delegated authentication) is a federation trust plus an
// organization relationship on each side; OAuth is authorization servers,
// the Exchange Online partner application 00000002-0000-0ff1-ce00-000000000000
// and an intra-organization connector on each side, all of which exist only
// from Exchange 2013. [Configure] applies Microsoft's rules:
//
//	no server 2013 or later          DAuth
//	Exchange 2007 or 2010 remains    DAuth by the wizard; OAuth by hand (Params.ManualOAuth) with a
//	                                 2013 SP1+ Client Access and Mailbox server, Internet-facing front
//	                                 ends 2013 SP1+, and an InternalProxy availability address space
//	a 2013 server before CU5         DAuth by the wizard; OAuth by hand
//	all 2013 CU5+, 2016, 2019, SE    OAuth by the wizard (Classic Full and Modern Full hybrid)
//
// From 2025-10-31 ([DedicatedHybridAppRequired], given Params.Date), OAuth
// by hand is no longer offered where no server runs Exchange 2016 or
// later: its manual steps register with the shared Exchange Online service
// principal, which Exchange Online then blocks for EWS, and Exchange 2013
// cannot run the dedicated hybrid app that replaces it
// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app).
//
// A federation trust is part of every full hybrid. Params.TrustOnlyWithExchange2010
// models the third-party observation that the wizard created one next to
// OAuth only when Exchange 2010 servers existed; as Configure keeps DAuth
// wherever Exchange 2010 remains, the option drops the trust from the
// wizard's OAuth and keeps it only with OAuth by hand next to Exchange 2010.
// What each method carries across premises ([SharingFeatures]):
//
//	Capability          DAuth  OAuth
//	FreeBusy            yes    yes    an enabled intra-organization connector takes over
//	MailTips            yes    yes
//	MessageTracking     yes    -      DeliveryReportEnabled on both relationships
//	OnlineArchive       yes    yes
//	MultiMailboxSearch  yes    yes
//	EDiscovery          -      yes    cross-premises discovery searches require OAuth
//	Photos              yes    yes    Exchange 2013 or later
//	MRM                 -      yes
//
// Exchange 2007 mailboxes (Mailbox server 2007 SP2 or later) share
// free/busy over organization relationships only through an Exchange 2013
// or later client access front end. So do Exchange 2010 mailboxes (SP2) in
// an organization that also has Exchange 2013 or later servers; an
// organization of Exchange 2010 alone shares over its own relationships,
// the Exchange 2010-based hybrid. Exchange 2007 answers for 42 days where
// newer versions ask for 62, which maximumQueryIntervalDays in the 2007 EWS
// web.config raises.
//
// # Auditing an export
//
// [AuditOAuth] reads the OAuth objects as an export holds them
// (Get-AuthConfig, Get-AuthServer, Get-PartnerApplication,
// Get-SettingOverride, Get-IntraOrganizationConnector, which package
// inventory reads into this package's types), each an [Observed] value
// with the path function of the file and object it came from, and checks
// them on a given day: the Auth Certificate's lifecycle against the
// exported certificates' lifetimes, the authorization servers and
// partner applications enabled, the dedicated hybrid app's setting
// override ([HybridAppOverride]) with its authorization server, and the
// Graph flow's ([GraphFlowOverride]) against [GraphFlowMinBuild]. Its
// findings carry the paths those functions give
// ("GetAuthConfig.xml: object 1: NextCertificateThumbprint").
//
// # The federation trust and domain proofs
//
// A [Trust] holds the account namespace (the primary shared domain, given
// as contoso.com or, as Get-FederatedOrganizationIdentifier shows it, as
// FYDIBOHF25SPDLT.contoso.com; [Trust.SharedDomain] reads both), from which
// [OrganizationID] derives the federated organization identifier
// FYDIBOHF25SPDLT.contoso.com; the federated domains, at most 32 characters
// each; the cloud's metadata URL ([EndpointsOf]); and the certificate
// ([TrustCertificate]: self-signed is recommended; one from a certification
// authority needs a subject key identifier, a CryptoAPI provider, an RSA
// signature, an exportable key and the Client Authentication usage). Every
// federated domain needs a published TXT record holding the value of
// Get-FederatedDomainProof; [DomainProof.TXT] checks the syntax of a value
// the caller supplies and gives its record, and Published records that the
// caller has created it.
//
// # Organization relationships
//
// [OrganizationRelationship] has every setting hybrid uses, with
// [FreeBusyAccessLevel] (None, AvailabilityOnly, LimitedDetails) and
// [MailTipsAccessLevel] (None, Limited, All). [Configure] gives the
// wizard's pair: "On-premises to O365 - <ID>" sharing with the coexistence
// domain, "O365 to On-premises - <ID>" sharing with the hybrid domains,
// free/busy at LimitedDetails and MailTips at All on both, delivery reports
// on both, moves and archives on premises, photos when a server runs 2013
// or later. The on-premises TargetOwaURL is the one [OWAForm] picks: no
// Microsoft page gives the wizard's value, so the caller chooses among the
// standard values of Microsoft's FreeBusyChecker (OWAFormOutlookOffice,
// https://outlook.office.com/mail, is the recommended one), the CNAME form
// of "Simplify the Outlook Web App URL" (OWAFormCustom, http and /owa) and
// none. [Endpoints] hold the per-cloud values; a value no cited page gives
// is left empty with [CodeCloudValueUnknown].
//
// # Sources
//
// Rules cite learn.microsoft.com pages and Microsoft's support scripts in
// CSS-Exchange (FreeBusyChecker, HealthChecker). Where only transcriptions
// of wizard logs, which are third-party, show a value (the on-premises
// relationship's name, the pair's settings beyond the free/busy level, the
// ACS server's name, the wizard's TargetOwaURL forms), the comment says so.
// Values that no page gives for GCC High, DoD or 21Vianet are left empty
// with [CodeCloudValueUnknown] rather than guessed.
//
// # Enumerations
//
// Every enumeration has String, a case-insensitive Parse function,
// MarshalText and UnmarshalText. Its zero value is "Unknown" and invalid
// (IsValid is false, MarshalText fails, JSON fields omit it with omitzero),
// with one reading per type: [OWAForm], [Method], [Reason] and [SharingFeature]
// have no zero meaning (a zero OWAForm in Params is an error);
// [FreeBusyAccessLevel], [MailTipsAccessLevel] and [AuthServerType] use it
// for a cmdlet parameter left unset, which a relationship or authorization
// server may hold.
//
// # Codes
//
// Every finding carries one of these codes. [Rules] gives each one's
// severity and source.
//
//	federation/tenant-invalid                     the tenant is not an initial domain
//	federation/cloud-invalid                      no valid cloud instance
//	federation/cloud-value-unknown                a setting's value for the cloud is not in the sources
//	federation/domain-invalid                     a domain is not a fully qualified name
//	federation/domains-missing                    no hybrid domain, or a relationship without domains
//	federation/url-invalid                        a URL is not absolute, has no host, or is http where https is needed
//	federation/param-missing                      a required field of Params is empty
//	federation/id-invalid                         an identifier is not a GUID
//	federation/id-derived                         no id given: one was derived from the coexistence domain
//	federation/servers-missing                    no on-premises server to apply version rules to
//	federation/contact-invalid                    OrganizationContact is not an SMTP address
//	federation/trust-missing                      organization relationships without a federation trust
//	federation/trust-disabled                     the federated organization identifier is disabled
//	federation/trust-name-missing                 the trust has no name
//	federation/trust-application-uri              no account namespace, or ApplicationUri is not FYDIBOHF25SPDLT.<domain>
//	federation/federated-domain-too-long          a federated domain longer than 32 characters
//	federation/federated-domain-without-proof     a federated domain without a published proof
//	federation/proof-invalid                      a proof value is not whole base64 in one TXT string
//	federation/hybrid-domain-not-federated        a hybrid domain is not federated
//	federation/metadata-url                       the trust's metadata URL is not the cloud's
//	federation/certificate-expired                the federation certificate is expired or revoked
//	federation/certificate-requirement            a CA-issued federation certificate misses a requirement
//	federation/relationships-missing              sharing features on without organization relationships
//	federation/relationship-name                  a relationship name is empty or over 64 characters
//	federation/relationship-disabled              a relationship is disabled
//	federation/coexistence-domain-missing         the on-premises relationship misses the coexistence domain
//	federation/relationship-domain-not-federated  an Exchange Online relationship domain is not federated or missing
//	federation/access-level-ignored               an access level set while its Enabled flag is false
//	federation/access-level-none                  access enabled with level None
//	federation/access-level-mismatch              the two relationships use different levels
//	federation/delivery-report-one-side           DeliveryReportEnabled on one relationship only
//	federation/target-application-uri             a relationship's TargetApplicationUri is wrong
//	federation/target-autodiscover-epr            a relationship's Autodiscover endpoint is wrong or missing
//	federation/target-sharing-epr                 an unusual on-premises TargetSharingEpr
//	federation/owa-url-form                       a custom TargetOwaURL over https or without the /owa path
//	federation/photos-pre-2013                    photos without an Exchange 2013 or later server
//	federation/feature-not-enabled                a hybrid feature on while its relationship setting is off
//	federation/oauth-unsupported-version          OAuth without an Exchange 2013 or later server
//	federation/oauth-no-2013sp1-server            OAuth in a mixed organization without a 2013 SP1 CAS+MBX server
//	federation/oauth-front-end-too-old            an Internet-facing front end older than 2013 SP1 with OAuth
//	federation/oauth-availability-address-space   the InternalProxy availability address space is missing or wrong
//	federation/oauth-auth-server-missing          no enabled AzureAD or ACS authorization server
//	federation/oauth-auth-server-metadata         an authorization server's metadata URL has the wrong form
//	federation/oauth-partner-application          the Exchange Online partner application is missing, wrong or disabled
//	federation/oauth-connector-missing            an intra-organization connector is missing
//	federation/oauth-connector-disabled           an intra-organization connector is disabled
//	federation/oauth-connector-domains            a connector misses the other side's domains
//	federation/oauth-discovery-endpoint           a connector's discovery endpoint is wrong or missing
//	federation/oauth-recommended                  the wizard keeps DAuth where OAuth could be configured by hand
//	federation/legacy-free-busy-needs-2013        2007 mailboxes, or 2010 mailboxes next to 2013+, without a 2013+ client access front end
//	federation/legacy-free-busy-below-sp2         a 2007 Mailbox server, or a 2010 one next to 2013+, before SP2
//	federation/exchange2007-query-interval        Exchange 2007 answers free/busy for 42 days, not 62
//	federation/oauth-by-hand-obsolete             OAuth by hand, a dead end since 2025-10-31 without Exchange 2016 or later
//	federation/oauth-by-hand-blocked              OAuth by hand asked for where it is that dead end
//	federation/auth-certificate-missing           Get-AuthConfig names no current Auth Certificate
//	federation/auth-certificate-not-found         the current Auth Certificate is not among the exported certificates
//	federation/auth-certificate-expired           the current Auth Certificate has expired
//	federation/auth-certificate-expiring          the Auth Certificate expires within 60 days and no successor is staged (error within 30)
//	federation/auth-certificate-next-staged       a next Auth Certificate is staged, and the day it takes effect
//	federation/auth-certificate-next-invalid      the staged next Auth Certificate cannot take over
//	federation/auth-server-disabled               authorization servers disabled, and no AzureAD one enabled
//	federation/sfb-legacy-partner-application     the legacy Skype for Business Online application without the Teams ones
//	federation/setting-override-unreadable        a hybrid app or Graph override without Enabled=true or false
//	federation/setting-override-duplicate         two setting overrides of one section
//	federation/hybrid-app-auth-server             the dedicated app's override without an AzureAD server holding the app's ID
//	federation/hybrid-app-override-missing        rich coexistence without the dedicated app's override, from 2025-10-31
//	federation/hybrid-app-oauth-incomplete        the dedicated app enabled with an incomplete OAuth configuration
//	federation/graph-flow-without-hybrid-app      the Graph flow enabled without the dedicated app
//	federation/graph-flow-build                   the Graph flow on a server below Exchange SE 15.2.2562.41
package federation
