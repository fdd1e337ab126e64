package hybrid

import "github.com/exhybrid/exhybrid"

// Finding codes of this package. Each states its rule, severity and source;
// the package documentation lists them all. Findings of the roles,
// transport and federation packages appear with their own codes, placed
// under the organization's paths.
const (
	// CodeDateInvalid reports that Validate or Plan was given no valid day;
	// the rules that depend on the day (latest or previous update, end of
	// support, certificate expiry) are skipped.
	CodeDateInvalid exhybrid.Code = "hybrid/date-invalid"

	// CodeCatalogOlder notes that the day is after the newest release in the
	// build catalog: an update released since is unknown, so "the latest
	// update" means the latest the catalog knows.
	CodeCatalogOlder exhybrid.Code = "hybrid/catalog-older"

	// CodeIDInvalid reports a wizard identifier (Options.ID) that is not a
	// GUID: the wizard names its connectors and relationships with one.
	CodeIDInvalid exhybrid.Code = "hybrid/id-invalid"

	// CodeIDDerived notes that no wizard identifier was given and that the
	// plan derived a stable one from the tenant's coexistence domain, for
	// the names of the objects it creates.
	CodeIDDerived exhybrid.Code = "hybrid/id-derived"

	// CodeNameInvalid reports an organization name that Exchange Setup would
	// not have accepted: empty, longer than 64 characters, with a leading or
	// trailing space, or with a character other than A to Z, a to z, 0 to 9,
	// hyphen and space. The name is the Name and OrganizationName of the
	// OnPremisesOrganization object in Exchange Online.
	CodeNameInvalid exhybrid.Code = "hybrid/name-invalid"

	// CodeTenantInvalid reports a missing or malformed tenant: the wizard
	// needs the tenant's initial domain to derive the coexistence domain.
	CodeTenantInvalid exhybrid.Code = "hybrid/tenant-invalid"

	// CodeCloudMissing reports that the Microsoft 365 instance is not set:
	// endpoints and TLS domains differ between instances
	// (ServiceInstance 0 or 1 on the HybridConfiguration object).
	CodeCloudMissing exhybrid.Code = "hybrid/cloud-missing"

	// CodeCloudUnsupported reports a cloud instance this library does not
	// model for the given tenant (only the worldwide initial domain
	// .onmicrosoft.com is modelled).
	CodeCloudUnsupported exhybrid.Code = "hybrid/cloud-unsupported"

	// CodeNotObserved notes a value of the organization that
	// [FromInventory] left absent because no export holds it: the hybrid
	// type, the MX choice, the web namespaces. The fix says what to fill in.
	CodeNotObserved exhybrid.Code = "hybrid/not-observed"

	// CodeTypeMissing reports that the hybrid type (classic full, minimal,
	// express, modern) is not chosen.
	CodeTypeMissing exhybrid.Code = "hybrid/type-missing"

	// CodeMXMissing reports that the MX choice is not set for a hybrid that
	// routes mail: it decides where Internet mail arrives.
	CodeMXMissing exhybrid.Code = "hybrid/mx-missing"

	// CodeNoServers reports an organization without on-premises Exchange
	// servers: a hybrid deployment connects an on-premises organization.
	CodeNoServers exhybrid.Code = "hybrid/no-servers"

	// CodeSiteUnknown reports a server in an Active Directory site that the
	// organization does not list.
	CodeSiteUnknown exhybrid.Code = "hybrid/site-unknown"

	// CodeNoHybridDomain reports an organization without hybrid domains:
	// the wizard's Domains are the SMTP domains of the organization
	// relationships and connectors.
	CodeNoHybridDomain exhybrid.Code = "hybrid/no-hybrid-domain"

	// CodeDomainInvalid reports a hybrid or accepted domain that is not a
	// valid SMTP domain, or is listed twice.
	CodeDomainInvalid exhybrid.Code = "hybrid/domain-invalid"

	// CodeDomainNotAccepted reports a hybrid domain that is not an accepted
	// domain: every hybrid domain must be accepted on premises and verified
	// in the tenant.
	CodeDomainNotAccepted exhybrid.Code = "hybrid/domain-not-accepted"

	// CodeCoexistenceDomainMissing notes that the tenant's coexistence
	// domain (tenant.mail.onmicrosoft.com) is not yet an accepted domain; the
	// wizard, and the plan, add it.
	CodeCoexistenceDomainMissing exhybrid.Code = "hybrid/coexistence-domain-missing"

	// CodeCoexistenceDomainNotAccepted reports, in the audit of an existing
	// hybrid (its HybridConfiguration or a Send connector to Exchange
	// Online was exported), that the tenant's coexistence domain
	// (tenant.mail.onmicrosoft.com) is not among the exported accepted
	// domains: the wizard adds it, and on-premises routes mail to cloud
	// mailboxes by their addresses in it. [Audit] reports it instead of
	// [CodeCoexistenceDomainMissing].
	CodeCoexistenceDomainNotAccepted exhybrid.Code = "hybrid/coexistence-domain-not-accepted"

	// CodeOpenRelay reports an exported accepted domain "*" of type
	// InternalRelay or ExternalRelay: the organization relays mail for any
	// domain. Only the bare "*" counts, as in Microsoft's HealthChecker; a
	// wildcard such as "*.contoso.com" names a domain. HealthChecker flags
	// a "*" of any type (DomainName.ToString() -eq "*",
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/DataCollection/OrganizationInformation/Invoke-JobOrganizationInformation.ps1);
	// this rule does not flag an Authoritative "*": an authoritative
	// domain's mail is delivered to the organization's own recipients and
	// rejected for the others, and only the relay types send mail on for
	// recipients the organization does not have
	// (https://learn.microsoft.com/exchange/mail-flow/accepted-domains/accepted-domains).
	CodeOpenRelay exhybrid.Code = "hybrid/open-relay"

	// CodeHybridServerUnknown reports a name in hybridServers, edgeServers or
	// certificate.servers that is neither the name nor the FQDN of one of
	// the organization's servers (Set-HybridConfiguration takes either).
	CodeHybridServerUnknown exhybrid.Code = "hybrid/hybrid-server-unknown"

	// CodeHybridServersChosen notes which servers were taken as hybrid
	// servers because none were named.
	CodeHybridServersChosen exhybrid.Code = "hybrid/hybrid-servers-chosen"

	// CodeNoHybridServer reports an organization without a server that can
	// be its hybrid server: an Exchange 2007 organization needs at least one
	// Exchange 2013 server with both the Client Access and Mailbox roles
	// (or 2013 servers that hold them between them, or a 2010 SP3 hybrid
	// server); 2010 needs Mailbox, Hub Transport and Client Access; 2013
	// needs Mailbox and Client Access; 2016 and later a Mailbox server.
	CodeNoHybridServer exhybrid.Code = "hybrid/no-hybrid-server"

	// CodeHybridVersionUnsupported reports a hybrid server whose version
	// cannot be the hybrid server of an organization with the versions
	// present: 2019-based hybrid for 2013, 2016 and 2019 organizations;
	// 2016-based for 2010, 2013 and 2016; 2013-based for 2007, 2010 and
	// 2013; 2010-based for 2003, 2007 and 2010.
	CodeHybridVersionUnsupported exhybrid.Code = "hybrid/hybrid-version-unsupported"

	// CodeHybridServerRole reports a named hybrid server without a role that
	// carries hybrid traffic (an Exchange 2007 server, an Edge Transport
	// server outside edgeServers, or a server without Mailbox, Client Access
	// or Hub Transport).
	CodeHybridServerRole exhybrid.Code = "hybrid/hybrid-server-role"

	// CodeHybridBuildTooOld reports a hybrid server below the oldest build
	// the Hybrid Configuration Wizard supports: Exchange 2010 SP3 or Exchange
	// 2013 CU1.
	CodeHybridBuildTooOld exhybrid.Code = "hybrid/hybrid-build-too-old"

	// CodeUpdateNotCurrent reports a hybrid or hybrid Edge server that is
	// not on the latest or the immediately previous cumulative update or
	// update rollup of its version as of the day.
	CodeUpdateNotCurrent exhybrid.Code = "hybrid/update-not-current"

	// CodeProductOutOfSupport reports a server whose version is past the end
	// of extended support on the day.
	CodeProductOutOfSupport exhybrid.Code = "hybrid/product-out-of-support"

	// CodeSingleHybridServer reports a hybrid deployment with only one hybrid
	// server: Microsoft highly recommends more than one for reliability and
	// availability.
	CodeSingleHybridServer exhybrid.Code = "hybrid/single-hybrid-server"

	// CodeSplitRoles notes an Exchange 2013 hybrid server with only one of
	// the Client Access and Mailbox roles. Two or more Exchange 2013 hybrid
	// servers may hold the roles on separate servers, even in an Exchange
	// 2007 organization ("you can install the server roles on separate
	// servers"), but the best practice is both roles on each; only a single
	// Exchange 2013 hybrid server must hold both, which CodeNoHybridServer
	// reports.
	CodeSplitRoles exhybrid.Code = "hybrid/split-roles"

	// CodeNotInternetFacing reports a classic hybrid (full, minimal or
	// express) in which no hybrid front end (an Exchange 2013 or 2010
	// Client Access server, a 2016 or later Mailbox server) is reachable
	// from the Internet: Exchange Online must reach EWS and Autodiscover on
	// 443. The modern types need no inbound 443 to EWS; the Hybrid Agent
	// carries free/busy and moves.
	CodeNotInternetFacing exhybrid.Code = "hybrid/not-internet-facing"

	// CodeSMTPNotInternetFacing reports secure mail without a receiving
	// hybrid server (or, with Edge servers, a hybrid Edge Transport server)
	// reachable from the Internet: Exchange Online delivers to them on 25,
	// in classic and modern hybrids alike.
	CodeSMTPNotInternetFacing exhybrid.Code = "hybrid/smtp-not-internet-facing"

	// CodeEdgeNotEdge reports a server named in edgeServers without the Edge
	// Transport role.
	CodeEdgeNotEdge exhybrid.Code = "hybrid/edge-not-edge"

	// CodeEdgeNotSubscribed reports a hybrid Edge Transport server without
	// an Edge Subscription: EdgeSync must be configured before the wizard
	// runs.
	CodeEdgeNotSubscribed exhybrid.Code = "hybrid/edge-not-subscribed"

	// CodeEdgeVersion reports a hybrid Edge Transport server of a version
	// that cannot carry hybrid mail: Exchange 2010 SP3 or later, and for an
	// Exchange 2007 organization only an Exchange 2013 or 2010 SP3 Edge.
	CodeEdgeVersion exhybrid.Code = "hybrid/edge-version"

	// CodeEdgeNotAllowed reports Edge servers for a hybrid type that sets up
	// no mail flow (minimal and express).
	CodeEdgeNotAllowed exhybrid.Code = "hybrid/edge-not-allowed"

	// CodeCertificateMissing reports a hybrid deployment without a
	// certificate for the hybrid services.
	CodeCertificateMissing exhybrid.Code = "hybrid/certificate-missing"

	// CodeCertificateInvalid reports a certificate whose subject or issuer
	// is not a distinguished name with a common name (RFC 4514 syntax, with
	// the comma or semicolon separators and double-quoted values Windows
	// writes), or whose names are not DNS names.
	CodeCertificateInvalid exhybrid.Code = "hybrid/certificate-invalid"

	// CodeCertificateSelfSigned reports a self-signed certificate for the
	// hybrid services: they need a certificate from a trusted third-party
	// certification authority (only the federation trust uses a self-signed
	// one).
	CodeCertificateSelfSigned exhybrid.Code = "hybrid/certificate-self-signed"

	// CodeCertificateExpired reports a certificate past its last valid day.
	CodeCertificateExpired exhybrid.Code = "hybrid/certificate-expired"

	// CodeCertificateNameMissing reports a namespace that the certificate's
	// subject and subject alternative names do not cover: the EWS and
	// Autodiscover names must be on it, the SMTP host must match for forced
	// TLS, and an Exchange 2007 organization's legacy name must be on it.
	CodeCertificateNameMissing exhybrid.Code = "hybrid/certificate-name-missing"

	// CodeCertificateExpiring reports an exported certificate that expires
	// within 60 days of the day: a warning from 59 to 30 days, an error
	// below 30, as Microsoft's HealthChecker colours a certificate's
	// lifetime. A certificate past its last day is [CodeCertificateExpired].
	CodeCertificateExpiring exhybrid.Code = "hybrid/certificate-expiring"

	// CodeCertificateNotInstalled reports a hybrid server or hybrid Edge
	// server without the certificate: it must be on every hybrid transport
	// server and Edge, with the same issuer and subject.
	CodeCertificateNotInstalled exhybrid.Code = "hybrid/certificate-not-installed"

	// CodeNamespaceMissing reports a public namespace the hybrid type needs
	// but the organization does not have: Autodiscover always; EWS for the
	// classic types; the SMTP host for secure mail; the OWA host for OWA
	// redirection; the legacy host for an Exchange 2007 organization.
	CodeNamespaceMissing exhybrid.Code = "hybrid/namespace-missing"

	// CodeNamespaceInvalid reports a namespace that is not a fully qualified
	// host name.
	CodeNamespaceInvalid exhybrid.Code = "hybrid/namespace-invalid"

	// CodeFeatureNotAvailable reports a feature the hybrid type cannot
	// provide (any feature but mailbox moves on minimal and express hybrids;
	// message tracking through the Hybrid Agent).
	CodeFeatureNotAvailable exhybrid.Code = "hybrid/feature-not-available"

	// CodeFeatureNeeds2013 reports the Photos feature with Exchange 2010
	// hybrid servers: photo sharing (PhotosEnabled) exists from Exchange
	// 2013.
	CodeFeatureNeeds2013 exhybrid.Code = "hybrid/feature-needs-2013"

	// CodeCentralizedNeedsSecureMail reports centralized mail transport
	// without secure mail: it routes Exchange Online's mail over the hybrid
	// connectors (RouteAllMessagesViaOnPremises on the OnPremises outbound
	// connector).
	CodeCentralizedNeedsSecureMail exhybrid.Code = "hybrid/centralized-needs-securemail"

	// CodeNoFeatures warns of a full hybrid with no feature enabled; the
	// wizard enables them all by default.
	CodeNoFeatures exhybrid.Code = "hybrid/no-features"

	// CodeMailTipsThroughAgent warns of MailTips in a modern hybrid, where
	// the sources disagree: the Hybrid Agent's page says MailTips do not
	// traverse the agent and need EWS and Autodiscover published, the
	// wizard's options table gives cross-premises MailTips for Modern Full.
	CodeMailTipsThroughAgent exhybrid.Code = "hybrid/mailtips-through-agent"

	// CodeOptionOverridden warns of options.transport.centralized,
	// options.transport.cloud or options.transport.id set to a value other
	// than the one the organization's features, cloud or identifier give:
	// the plan uses the organization's, as the wizard reads them from the
	// HybridConfiguration object and the tenant.
	CodeOptionOverridden exhybrid.Code = "hybrid/option-overridden"

	// CodeAgentURLMissing notes a modern hybrid planned without the Hybrid
	// Agent's host name (Options.AgentURL): the agent's registration creates
	// it, and the plan shows a placeholder where the wizard sets it.
	CodeAgentURLMissing exhybrid.Code = "hybrid/agent-url-missing"

	// CodeAgentURLInvalid reports an Options.AgentURL that is not a Hybrid
	// Agent host name, <guid>.resource.mailboxmigration.his.msappproxy.net.
	CodeAgentURLInvalid exhybrid.Code = "hybrid/agent-url-invalid"

	// CodeAgentURLUnused warns of an Options.AgentURL given for a classic
	// hybrid, which publishes EWS and uses no Hybrid Agent.
	CodeAgentURLUnused exhybrid.Code = "hybrid/agent-url-unused"

	// CodeUpdatesMissing warns of a server that lacks security or hotfix
	// updates of its own cumulative update (or service pack, or update
	// rollup) released by the day, whatever its standing under the "latest
	// or previous update" rule of CodeUpdateNotCurrent: it names the newest
	// update to install. The updates of Exchange 2016 and 2019 released after
	// October 14, 2025 went only to customers of the paid Extended Security
	// Update (ESU) program; the message says so and the fix names the last
	// public update too (version.PatchStatusOf).
	CodeUpdatesMissing exhybrid.Code = "hybrid/updates-missing"

	// CodeHybridAppBuild reports a server (not Edge) of a full hybrid with
	// free/busy, MailTips or photos, on or after 2025-10-31, whose build is
	// below the dedicated hybrid app's minimum: the April 2025 Hotfix Update,
	// Exchange 2016 CU23 15.1.2507.55, 2019 CU14 15.2.1544.25 or 2019 CU15
	// 15.2.1748.24 (any SE build). Since that day rich coexistence from on
	// premises to Exchange Online works only through the app, and "all
	// Exchange servers must run a supported build".
	CodeHybridAppBuild exhybrid.Code = "hybrid/dedicated-app-build"

	// CodeHybridAppUnsupported warns of an Exchange 2013, 2010 or 2007
	// server in the same organizations from 2025-10-31: no update lets it
	// use the dedicated hybrid app, so free/busy, MailTips and photos from
	// its users to Exchange Online stop; the way out is Exchange 2016 CU23 or
	// 2019 CU14/CU15 with the April 2025 Hotfix Update, or Exchange SE. A
	// warning, not an error: moves and mail flow, what such hybrids are
	// mostly for, keep working.
	CodeHybridAppUnsupported exhybrid.Code = "hybrid/dedicated-app-unsupported"

	// CodeHybridAppMissing warns of such an organization with a server that
	// can run the dedicated hybrid app but without hybridApp.configured;
	// the plan's hybrid-app steps configure it.
	CodeHybridAppMissing exhybrid.Code = "hybrid/dedicated-app-missing"

	// CodeHybridAppIDInvalid reports a hybridApp.appId that is not a GUID.
	CodeHybridAppIDInvalid exhybrid.Code = "hybrid/dedicated-app-id-invalid"

	// CodeEWSRetirement warns, on or after 2026-10-01, a hybrid that uses
	// the dedicated app: Exchange Online disables EWS in phases from that
	// day and ends it on 2027-04-01. Until then the app's ID must be on the
	// tenant's EWS allow list (Set-OrganizationConfig -EwsEnabled $true
	// -EwsAllowedAppIDs); Graph permissions replace EWS from Exchange SE
	// 15.2.2562.41 (May 2026 Hotfix Update) on every server. The two dates
	// are from Microsoft 365 message center post MC1227454, read through
	// third-party copies only: a dated rule whose message cites the post.
	CodeEWSRetirement exhybrid.Code = "hybrid/ews-retirement"

	// CodeEWSAppNotAllowed reports, in the audit of exports of both sides
	// from 2025-10-31, when rich coexistence needs the dedicated hybrid
	// app, to 2027-04-01, when EWS ends in Exchange Online, a tenant whose
	// EWS access policy shuts the app out: EwsEnabled $false, or an
	// EwsAllowedAppIDs allow list without the app's ID. "Only applications
	// specified by this parameter can access EWS" (Set-OrganizationConfig),
	// so free/busy, MailTips and profile photos from on premises fail
	// although everything on premises is right.
	CodeEWSAppNotAllowed exhybrid.Code = "hybrid/ews-app-not-allowed"

	// CodeMRSProxyDisabled reports, in the audit of exports, a server the
	// HybridConfiguration names whose EWS virtual directory has the MRS
	// proxy endpoint off while the HybridConfiguration records mailbox
	// moves: remote moves to and from Exchange Online go through that
	// endpoint, which the wizard turns on
	// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites,
	// https://learn.microsoft.com/exchange/enable-the-mrs-proxy-endpoint-for-remote-moves-exchange-2013-help).
	CodeMRSProxyDisabled exhybrid.Code = "hybrid/mrs-proxy-disabled"

	// CodeGraphBuild reports, with Options.GraphFlow, a server (not Edge)
	// below Exchange SE 15.2.2562.41, the May 2026 Hotfix Update, which the
	// dedicated app's Graph flow needs on every server; Exchange 2016 and
	// 2019 got no such update.
	CodeGraphBuild exhybrid.Code = "hybrid/graph-build"

	// CodeControlCharacter reports a control character (a character of
	// Unicode category Cc, such as a line break or NUL, a line separator or
	// a bidirectional control) in a value of the organization or the
	// options that no other check of its path rejects. No Exchange name,
	// domain or URL has one, and a value reaches the plan's commands, where
	// it would change what an administrator reads.
	CodeControlCharacter exhybrid.Code = "hybrid/control-character"
)

var rules = exhybrid.MustRuleTable([]exhybrid.Rule{
	{Code: CodeDateInvalid, Severity: exhybrid.SeverityError, Summary: "no valid day was given",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites"},
	{Code: CodeCatalogOlder, Severity: exhybrid.SeverityInfo, Summary: "the day is after the newest release the catalog knows",
		Source: "https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates"},
	{Code: CodeIDInvalid, Severity: exhybrid.SeverityError, Summary: "Options.ID is not a GUID",
		Source: "https://learn.microsoft.com/exchange/decommission-on-premises-exchange"},
	{Code: CodeIDDerived, Severity: exhybrid.SeverityInfo, Summary: "the wizard identifier was derived",
		Source: "https://learn.microsoft.com/exchange/decommission-on-premises-exchange"},
	{Code: CodeNameInvalid, Severity: exhybrid.SeverityError, Summary: "the organization name is not one Exchange Setup accepts",
		Source: "https://learn.microsoft.com/exchange/plan-and-deploy/prepare-ad-and-domains https://learn.microsoft.com/powershell/module/exchange/new-onpremisesorganization"},
	{Code: CodeTenantInvalid, Severity: exhybrid.SeverityError, Summary: "the tenant is not an initial domain",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard"},
	{Code: CodeCloudMissing, Severity: exhybrid.SeverityError, Summary: "the cloud instance is not set",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration"},
	{Code: CodeCloudUnsupported, Severity: exhybrid.SeverityError, Summary: "a cloud instance the library does not model",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration"},
	{Code: CodeNotObserved, Severity: exhybrid.SeverityInfo, Summary: "a value the exports do not hold, left absent",
		Source: "https://learn.microsoft.com/powershell/module/exchange/get-hybridconfiguration"},
	{Code: CodeTypeMissing, Severity: exhybrid.SeverityError, Summary: "the hybrid type is not set",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options"},
	{Code: CodeMXMissing, Severity: exhybrid.SeverityError, Summary: "the MX choice is not set",
		Source: "https://learn.microsoft.com/exchange/transport-routing"},
	{Code: CodeNoServers, Severity: exhybrid.SeverityError, Summary: "no on-premises servers",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites"},
	{Code: CodeSiteUnknown, Severity: exhybrid.SeverityError, Summary: "a server in an undeclared site",
		Source: "https://learn.microsoft.com/exchange/client-access-server-exchange-2013-help"},
	{Code: CodeNoHybridDomain, Severity: exhybrid.SeverityError, Summary: "no hybrid domains",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration"},
	{Code: CodeDomainInvalid, Severity: exhybrid.SeverityError, Summary: "a malformed or repeated domain",
		Source: "https://www.rfc-editor.org/rfc/rfc5321#section-4.1.2"},
	{Code: CodeDomainNotAccepted, Severity: exhybrid.SeverityError, Summary: "a hybrid domain that is not accepted",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites"},
	{Code: CodeCoexistenceDomainMissing, Severity: exhybrid.SeverityInfo, Summary: "the coexistence domain is not yet accepted",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard"},
	{Code: CodeCoexistenceDomainNotAccepted, Severity: exhybrid.SeverityError, Summary: "an existing hybrid without its coexistence domain accepted",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard https://learn.microsoft.com/exchange/transport-routing"},
	{Code: CodeOpenRelay, Severity: exhybrid.SeverityError, Summary: "an accepted domain * relays mail for any domain",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerFrequentConfigurationIssues.ps1 https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/OpenRelayDomain.md"},
	{Code: CodeHybridServerUnknown, Severity: exhybrid.SeverityError, Summary: "a hybrid, Edge or certificate server name matches no server",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration"},
	{Code: CodeHybridServersChosen, Severity: exhybrid.SeverityInfo, Summary: "hybrid servers were chosen because none were named",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard"},
	{Code: CodeNoHybridServer, Severity: exhybrid.SeverityError, Summary: "no server can be (or the servers lack roles of) a hybrid server",
		Source: "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites"},
	{Code: CodeHybridVersionUnsupported, Severity: exhybrid.SeverityError, Summary: "a hybrid server version the organization cannot use",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/exchange-hybrid"},
	{Code: CodeHybridServerRole, Severity: exhybrid.SeverityError, Summary: "a hybrid server without a hybrid role",
		Source: "https://learn.microsoft.com/exchange/transport-options https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options"},
	{Code: CodeHybridBuildTooOld, Severity: exhybrid.SeverityError, Summary: "a hybrid server below 2010 SP3 or 2013 CU1",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles"},
	{Code: CodeUpdateNotCurrent, Severity: exhybrid.SeverityError, Summary: "a hybrid server not on the latest or previous update",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs"},
	{Code: CodeProductOutOfSupport, Severity: exhybrid.SeverityWarning, Summary: "a server past its end of support",
		Source: "https://learn.microsoft.com/lifecycle/products/exchange-server-2016"},
	{Code: CodeSingleHybridServer, Severity: exhybrid.SeverityWarning, Summary: "only one hybrid server",
		Source: "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles"},
	{Code: CodeSplitRoles, Severity: exhybrid.SeverityInfo, Summary: "a 2013 hybrid server without both roles (allowed; both is best practice)",
		Source: "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles"},
	{Code: CodeNotInternetFacing, Severity: exhybrid.SeverityError, Summary: "no hybrid front end reachable on 443 for a classic hybrid",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options"},
	{Code: CodeSMTPNotInternetFacing, Severity: exhybrid.SeverityError, Summary: "no receiving or Edge server reachable on 25 for secure mail",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent"},
	{Code: CodeEdgeNotEdge, Severity: exhybrid.SeverityError, Summary: "an Edge server without the Edge Transport role",
		Source: "https://learn.microsoft.com/exchange/edge-transport-servers"},
	{Code: CodeEdgeNotSubscribed, Severity: exhybrid.SeverityError, Summary: "a hybrid Edge server without an Edge Subscription",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/edge-transport-servers"},
	{Code: CodeEdgeVersion, Severity: exhybrid.SeverityError, Summary: "an Edge server of a version that cannot carry hybrid mail",
		Source: "https://learn.microsoft.com/exchange/transport-options https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/edge-transport-serverrs"},
	{Code: CodeEdgeNotAllowed, Severity: exhybrid.SeverityError, Summary: "Edge servers for a hybrid without mail flow",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options"},
	{Code: CodeCertificateMissing, Severity: exhybrid.SeverityError, Summary: "no certificate",
		Source: "https://learn.microsoft.com/exchange/certificate-requirements https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites"},
	{Code: CodeCertificateInvalid, Severity: exhybrid.SeverityError, Summary: "a malformed subject, issuer or name",
		Source: "https://learn.microsoft.com/exchange/certificate-requirements https://www.rfc-editor.org/rfc/rfc4514#section-2.4"},
	{Code: CodeCertificateSelfSigned, Severity: exhybrid.SeverityError, Summary: "a self-signed certificate",
		Source: "https://learn.microsoft.com/exchange/certificate-requirements https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites"},
	{Code: CodeCertificateExpired, Severity: exhybrid.SeverityError, Summary: "an expired certificate",
		Source: "https://learn.microsoft.com/exchange/certificate-requirements"},
	{Code: CodeCertificateExpiring, Severity: exhybrid.SeverityUnknown, Summary: "a certificate expires within 60 days (error within 30)",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Security/Invoke-AnalyzerSecurityExchangeCertificates.ps1 https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/CertificateCheck.md"},
	{Code: CodeCertificateNameMissing, Severity: exhybrid.SeverityError, Summary: "a namespace not on the certificate",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/transport-options https://learn.microsoft.com/exchange/digital-certificates-and-ssl-exchange-2013-help"},
	{Code: CodeCertificateNotInstalled, Severity: exhybrid.SeverityError, Summary: "a hybrid server without the certificate",
		Source: "https://learn.microsoft.com/exchange/certificate-requirements https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites"},
	{Code: CodeNamespaceMissing, Severity: exhybrid.SeverityError, Summary: "a needed namespace is not set",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options https://learn.microsoft.com/exchange/exchange-2013-client-access-server-configuration-exchange-2013-help"},
	{Code: CodeNamespaceInvalid, Severity: exhybrid.SeverityError, Summary: "a namespace is not a host name",
		Source: "https://www.rfc-editor.org/rfc/rfc1123#section-2.1"},
	{Code: CodeFeatureNotAvailable, Severity: exhybrid.SeverityError, Summary: "a feature the hybrid type cannot provide",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent"},
	{Code: CodeFeatureNeeds2013, Severity: exhybrid.SeverityError, Summary: "Photos with Exchange 2010 hybrid servers",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-organizationrelationship"},
	{Code: CodeCentralizedNeedsSecureMail, Severity: exhybrid.SeverityError, Summary: "centralized transport without secure mail",
		Source: "https://learn.microsoft.com/exchange/transport-options https://learn.microsoft.com/powershell/module/exchange/set-outboundconnector"},
	{Code: CodeNoFeatures, Severity: exhybrid.SeverityWarning, Summary: "a full hybrid with no features",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard"},
	{Code: CodeMailTipsThroughAgent, Severity: exhybrid.SeverityWarning, Summary: "MailTips in a modern hybrid, where the sources disagree",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options"},
	{Code: CodeOptionOverridden, Severity: exhybrid.SeverityWarning, Summary: "a transport option the organization decides differently",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration"},
	{Code: CodeAgentURLMissing, Severity: exhybrid.SeverityInfo, Summary: "a modern hybrid planned without the agent's host name",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent"},
	{Code: CodeAgentURLInvalid, Severity: exhybrid.SeverityError, Summary: "Options.AgentURL is not an agent host name",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent"},
	{Code: CodeAgentURLUnused, Severity: exhybrid.SeverityWarning, Summary: "Options.AgentURL for a classic hybrid",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options"},
	{Code: CodeUpdatesMissing, Severity: exhybrid.SeverityWarning, Summary: "a server without the newest update of its own cumulative update",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/f88378b1e7a252e413cb2e579e88411393737c11/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerExchangeInformation.ps1 https://techcommunity.microsoft.com/blog/exchange/released-october-2025-exchange-server-security-updates/4461276"},
	{Code: CodeHybridAppBuild, Severity: exhybrid.SeverityError, Summary: "a server below the dedicated hybrid app's build, from 2025-10-31",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1"},
	{Code: CodeHybridAppUnsupported, Severity: exhybrid.SeverityWarning, Summary: "an Exchange 2013 or older server, which can never run the app",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1"},
	{Code: CodeHybridAppMissing, Severity: exhybrid.SeverityWarning, Summary: "the dedicated hybrid app not recorded as configured",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app"},
	{Code: CodeHybridAppIDInvalid, Severity: exhybrid.SeverityError, Summary: "hybridApp.appId is not a GUID",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app"},
	{Code: CodeEWSRetirement, Severity: exhybrid.SeverityWarning, Summary: "EWS in Exchange Online ends, 2026-10-01 to 2027-04-01",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app https://learn.microsoft.com/powershell/module/exchange/set-organizationconfig"},
	{Code: CodeEWSAppNotAllowed, Severity: exhybrid.SeverityError, Summary: "the tenant's EWS policy shuts out the dedicated hybrid app",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-organizationconfig https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app"},
	{Code: CodeMRSProxyDisabled, Severity: exhybrid.SeverityWarning, Summary: "the MRS proxy endpoint is off on a hybrid server while mailbox moves are recorded",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/enable-the-mrs-proxy-endpoint-for-remote-moves-exchange-2013-help"},
	{Code: CodeGraphBuild, Severity: exhybrid.SeverityError, Summary: "Options.GraphFlow with a server below Exchange SE May26HU",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1"},
	{Code: CodeControlCharacter, Severity: exhybrid.SeverityError, Summary: "a control character in any value",
		Source: "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules"},
})

// Rules returns the rule table of this package: each code with the
// severity of its findings, a summary and its source.
func Rules() *exhybrid.RuleTable { return rules }
