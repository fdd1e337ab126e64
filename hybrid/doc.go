// Package hybrid is the heart of exhybrid: an administrator describes an
// on-premises Exchange organization and the hybrid deployment it wants, and
// gets back every problem and a complete, ordered, deterministic plan.
//
// # Describing an organization
//
// An [Organization] is a plain value with JSON tags: the servers (with
// their builds and roles), Active Directory sites, accepted and hybrid
// domains, public namespaces (OWA, Autodiscover, EWS, ActiveSync, Outlook
// Anywhere, the SMTP host and, for Exchange 2007, the legacy namespace), the
// certificate, the tenant and its cloud, the hybrid [Type] (classic full,
// modern full with the Hybrid Agent, minimal, express), the [Feature] set
// and the [MX] choice. Servers are named by name or FQDN, without regard
// to case. Enumerations accept the documented alternative spellings
// ("Centralized" for CentralizedTransport, "OWARedirection" for
// OwaRedirection, the wizard's "Mailtips" and the reference's "MailTips"
// for [FeatureMailTips]). A zero [FeatureSet] is no feature; the wizard's
// default is [AllFeatures].
//
// # Validation
//
// [Validate] checks every prerequisite for the organization's versions as
// of a day the caller passes: coexistence minimums, which hybrid server
// versions each organization may use (Exchange 2013-based hybrid for
// Exchange 2007 organizations, whose 2013 hybrid servers must hold the
// Client Access and Mailbox roles between them, and a single one both;
// 2016-, 2019- or SE-based for newer ones), the "latest or previous
// update" rule, and apart from it the security and hotfix updates of its
// own cumulative update each server lacks (telling the ones only Exchange
// 2016/2019 ESU customers received), certificates, namespaces, domains
// and features. It runs the roles, transport and federation checks on the
// servers and on what the Hybrid Configuration Wizard would create, and
// places every finding at a path into the organization, where the user can
// look; a finding about a connector or relationship is placed at the field
// its value came from (a sending server's at hybridServers[1], the
// Autodiscover URL's at namespaces.autodiscover):
//
//	servers[3].build         a server's build
//	hybridServers[0]         a named hybrid server
//	certificate.names        the certificate's names
//	namespaces.legacy        a namespace
//	options.…                an Options field of Plan (Validate reports a few
//	                         notes there too, about choices only Plan takes)
//
// Each problem is reported once: this package validates the organization
// and asks the transport and federation packages to leave out the findings
// of their input rules (their Params.Checked).
//
// # Auditing an existing hybrid
//
// [Audit] answers the administrator of a hybrid already in place: what is
// wrong today, or on any day. It runs Validate on the organization and,
// when [Organization.Observed] holds the organization's exports (package
// inventory reads them, and [FromInventory] builds the organization from
// them), the rules on what exists: the connectors to and from Exchange
// Online (transport.AuditConnectors, found by smart host or by DNS to the
// coexistence domain) with the HybridConfiguration's servers, the
// certificates they and the HybridConfiguration object name, the accepted
// domains (an open relay, the coexistence domain), every exported
// certificate's lifetime, the OAuth objects and the dedicated hybrid app
// (federation.AuditOAuth), the trust and organization relationships
// (federation.Validate), and with Exchange Online's exports the tenant's
// EWS allow list. Findings on the exports name the file and the object as
// the file names it:
//
//	GetSendConnector.xml: Mail to O365: TlsAuthLevel
//	GetAcceptedDomain.xml: Problem Accepted Domain: DomainName
//	GetExchangeCertificate.xml: 611C687DFC4343A5A03E0005A1EC6E9B6AFF586D: NotAfter
//
// # Rules of 2025 and 2026
//
// The day decides which of Microsoft's current rules apply, so that a
// check with --date 2026-12-05 gives today's advice:
//
//	2025-10-31  free/busy, MailTips and photos from on premises to Exchange Online only through
//	            the dedicated Exchange hybrid app (ExchangeServerApp-<organization GUID>): every
//	            server (not Edge) on 2016 CU23 15.1.2507.55, 2019 CU14 15.2.1544.25 or CU15
//	            15.2.1748.24 (the April 2025 hotfix update) or any SE build; Exchange 2013 and
//	            older never; [Organization.HybridApp] records the app, and the plan configures it
//	            in place of the 2013-era upload to the shared service principal
//	2026-10-01  EWS retirement in Exchange Online begins: the app's ID on the tenant's EWS
//	            allow list until EWS ends there on 2027-04-01; Graph permissions (Exchange SE
//	            15.2.2562.41 on every server) are [Options.GraphFlow]
//
// Sources: https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app,
// Microsoft's ConfigureExchangeHybridApplication.ps1 and, for the two EWS
// dates, Microsoft 365 message center post MC1227454, read through
// third-party copies. Exchange SE is a hybrid version of its own, and the
// wizard licenses 2013, 2016 and 2019 hybrid servers for free (2019 since
// the 2022 H1 cumulative update).
//
// # Planning
//
// [Plan] turns the organization into a [DeploymentPlan]: ordered steps,
// each with its phase, action, target, the settings it changes, the code of
// the rule that calls for it, the steps it depends on and whether the
// Hybrid Configuration Wizard performs it ([Step.ByWizard]), and the
// before/after table of where message transport, Outlook on the web,
// Autodiscover, EWS, ActiveSync and Outlook Anywhere are answered for a
// mailbox on premises and in Exchange Online. [DeploymentPlan.Text],
// [DeploymentPlan.Markdown] and [DeploymentPlan.PowerShell] render it for
// review; the PowerShell rendering is text, never run. The same input gives
// the same plan, byte for byte.
//
// Every value of the input in a command is a PowerShell single-quoted
// literal in which each of PowerShell's five single-quote characters
// (' and U+2018 to U+201B) is doubled, so that PowerShell reads it back as
// the value whatever it holds; lists are @('a','b') of such literals. A
// command that would hold a value with an error finding is left out of
// the plan and a note names the value's path, and [PowerShellGuard] gives
// the throw statement that stops a script of a plan with errors.
//
// The steps follow the order a deployment takes: updates to legacy servers
// and new hybrid servers, Edge Subscriptions, the tenant's domains,
// directory synchronization for a full hybrid, the certificate, namespaces
// and public DNS, the wizard's run (with the Hybrid Agent of a modern
// hybrid), the HybridConfiguration object and the one-time directory
// synchronization of a minimal or express hybrid, federation or OAuth, organization
// relationships, the coexistence domain and address policies, the
// connectors and Receive connectors, OWA redirection and the MRS proxy, and
// the MX cut-over when Exchange Online Protection is the MX choice.
//
// The servers the plan installs (NEW-HYBRID-1, NEW-HYBRID-2) are planned
// as data: the coexistence minimums, the wizard's objects, the servers
// each step configures and the service table are those of the
// organization with them installed, while the findings describe the
// organization as it is.
//
// # Planning against what exists
//
// With [Options.Current], the inventory package's reading of Exchange's
// exports, Plan compares each step with what exists, as terraform plan
// does: a step whose objects the exports show is [ActionUnchanged], an
// [ActionUpdate] whose [Step.Current] gives each setting's current and
// desired value and whose commands set only what differs, an
// [ActionCreate] or an [ActionRemove]; a step whose objects the exports
// cannot show (the tenant without an Exchange Online export, DNS, manual
// tasks, kinds not read yet) is [ObservationNotObserved] and never
// Unchanged. Values compare as Exchange compares them: host names and
// domains without regard to case or a trailing dot, the names of
// connectors (no DNS names) without regard to case only, multi-valued
// properties as
// sets, address spaces and certificate names parsed (transport's Diff
// functions), the spellings of a feature as one feature. The only
// removals the planner proves are hybrid connectors beside the plan's
// own: a Send connector with CloudServicesMailEnabled for the
// coexistence domain, and Exchange Online connectors the wizard created
// (ConnectorSource HybridWizard); a connector under either name style's
// name for the wizard's identifier, or named by the OnPremisesOrganization,
// is the plan's own and is never removed. [Rerun] plans what a run of the
// wizard would change in the organization the exports describe
// ([FromInventory]), with the rules of the day: it installs no server
// ([Options.NoServerInstalls]) and keeps the recorded ones;
// [DeploymentPlan.Tally] counts the steps.
// Without a current state the plan is what it always was.
//
// # Codes
//
// Findings of this package carry these codes; steps carry them, or a
// finding code of another package, as their reason. [Rules] gives each
// finding code's severity and source; the plan reasons (hybrid/step-…)
// cite their source in reasons.go.
//
//	hybrid/date-invalid                     no valid day was given
//	hybrid/catalog-older                    the day is after the newest release the catalog knows
//	hybrid/id-invalid                       Options.ID is not a GUID
//	hybrid/id-derived                       the wizard identifier was derived
//	hybrid/name-invalid                     the organization name is not one Exchange Setup accepts
//	hybrid/tenant-invalid                   the tenant is not an initial domain
//	hybrid/cloud-missing                    the cloud instance is not set
//	hybrid/cloud-unsupported                a cloud instance the library does not model
//	hybrid/not-observed                     a value the exports do not hold, left absent
//	hybrid/type-missing                     the hybrid type is not set
//	hybrid/mx-missing                       the MX choice is not set
//	hybrid/no-servers                       no on-premises servers
//	hybrid/site-unknown                     a server in an undeclared site
//	hybrid/no-hybrid-domain                 no hybrid domains
//	hybrid/domain-invalid                   a malformed or repeated domain
//	hybrid/domain-not-accepted              a hybrid domain that is not accepted
//	hybrid/coexistence-domain-missing       the coexistence domain is not yet accepted
//	hybrid/coexistence-domain-not-accepted  an existing hybrid without its coexistence domain accepted
//	hybrid/open-relay                       an accepted domain * relays mail for any domain
//	hybrid/hybrid-server-unknown            a hybrid, Edge or certificate server name matches no server
//	hybrid/hybrid-servers-chosen            hybrid servers were chosen because none were named
//	hybrid/no-hybrid-server                 no server can be (or the servers lack roles of) a hybrid server
//	hybrid/hybrid-version-unsupported       a hybrid server version the organization cannot use
//	hybrid/hybrid-server-role               a hybrid server without a hybrid role
//	hybrid/hybrid-build-too-old             a hybrid server below 2010 SP3 or 2013 CU1
//	hybrid/update-not-current               a hybrid server not on the latest or previous update
//	hybrid/product-out-of-support           a server past its end of support
//	hybrid/single-hybrid-server             only one hybrid server
//	hybrid/split-roles                      a 2013 hybrid server without both roles (allowed; both is best practice)
//	hybrid/not-internet-facing              no hybrid front end reachable on 443 for a classic hybrid
//	hybrid/smtp-not-internet-facing         no receiving or Edge server reachable on 25 for secure mail
//	hybrid/edge-not-edge                    an Edge server without the Edge Transport role
//	hybrid/edge-not-subscribed              a hybrid Edge server without an Edge Subscription
//	hybrid/edge-version                     an Edge server of a version that cannot carry hybrid mail
//	hybrid/edge-not-allowed                 Edge servers for a hybrid without mail flow
//	hybrid/certificate-missing              no certificate
//	hybrid/certificate-invalid              a malformed subject, issuer or name
//	hybrid/certificate-self-signed          a self-signed certificate
//	hybrid/certificate-expired              an expired certificate
//	hybrid/certificate-expiring             a certificate expires within 60 days (error within 30)
//	hybrid/certificate-name-missing         a namespace not on the certificate
//	hybrid/certificate-not-installed        a hybrid server without the certificate
//	hybrid/namespace-missing                a needed namespace is not set
//	hybrid/namespace-invalid                a namespace is not a host name
//	hybrid/feature-not-available            a feature the hybrid type cannot provide
//	hybrid/feature-needs-2013               Photos with Exchange 2010 hybrid servers
//	hybrid/centralized-needs-securemail     centralized transport without secure mail
//	hybrid/no-features                      a full hybrid with no features
//	hybrid/mailtips-through-agent           MailTips in a modern hybrid, where the sources disagree
//	hybrid/option-overridden                a transport option the organization decides differently
//	hybrid/agent-url-missing                a modern hybrid planned without the agent's host name
//	hybrid/agent-url-invalid                Options.AgentURL is not an agent host name
//	hybrid/agent-url-unused                 Options.AgentURL for a classic hybrid
//	hybrid/updates-missing                  a server without the newest update of its own cumulative update
//	hybrid/dedicated-app-build              a server below the dedicated hybrid app's build, from 2025-10-31
//	hybrid/dedicated-app-unsupported        an Exchange 2013 or older server, which can never run the app
//	hybrid/dedicated-app-missing            the dedicated hybrid app not recorded as configured
//	hybrid/dedicated-app-id-invalid         hybridApp.appId is not a GUID
//	hybrid/ews-retirement                   EWS in Exchange Online ends, 2026-10-01 to 2027-04-01
//	hybrid/ews-app-not-allowed              the tenant's EWS policy shuts out the dedicated hybrid app
//	hybrid/mrs-proxy-disabled               the MRS proxy endpoint is off on a hybrid server while mailbox moves are recorded
//	hybrid/graph-build                      Options.GraphFlow with a server below Exchange SE May26HU
//	hybrid/control-character                a control character in any value
//	hybrid/step-hybrid-configuration        plan: record the HybridConfiguration object
//	hybrid/step-namespaces                  plan: external URLs of the hybrid servers
//	hybrid/step-legacy-namespace            plan: the Exchange 2007 legacy namespace
//	hybrid/step-public-dns                  plan: public DNS records
//	hybrid/step-federation                  plan: federation trust and domain proofs
//	hybrid/step-oauth                       plan: OAuth objects
//	hybrid/step-organization-relationships  plan: organization relationships
//	hybrid/step-email-address-policy        plan: the coexistence address on every mailbox
//	hybrid/step-secure-mail                 plan: connectors and Receive connectors
//	hybrid/step-onpremises-organization     plan: the OnPremisesOrganization object
//	hybrid/step-owa-redirection             plan: the OWA redirection URL
//	hybrid/step-mrs-proxy                   plan: MRS proxy and the migration endpoint
//	hybrid/step-mx-cutover                  plan: MX records to Exchange Online Protection
//	hybrid/step-edge-resubscription         plan: re-create an updated Edge server's subscription
//	hybrid/step-verify-domains              plan: add and verify the hybrid domains in the tenant
//	hybrid/step-directory-sync              plan: directory synchronization with Entra Connect
//	hybrid/step-run-wizard                  plan: run the Hybrid Configuration Wizard
//	hybrid/step-hybrid-agent                plan: install and register the Hybrid Agent
//	hybrid/step-license                     plan: license the hybrid servers
//	hybrid/step-graph-flow                  plan: the dedicated app's Graph flow (Options.GraphFlow)
//	hybrid/step-remove-connector            plan: remove a second hybrid connector
package hybrid
