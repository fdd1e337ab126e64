package hybrid

import "github.com/exhybrid/exhybrid"

// Reasons of plan steps that configure hybrid rather than fix a finding.
// A step that fixes a finding carries that finding's code instead (such as
// roles.CodeCoexistenceBelowMinimum or CodeNoHybridServer). No finding
// carries these codes.
const (
	// ReasonHybridConfiguration records the desired state in the
	// HybridConfiguration object, which the Hybrid Configuration Engine
	// applies; the wizard sets it on every run.
	// Plan step. Source: https://learn.microsoft.com/exchange/hybrid-configuration-wizard
	ReasonHybridConfiguration exhybrid.Code = "hybrid/step-hybrid-configuration"

	// ReasonNamespaces gives the hybrid servers' virtual directories the
	// public host names clients and Exchange Online use.
	// Plan step. Source: https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites
	ReasonNamespaces exhybrid.Code = "hybrid/step-namespaces"

	// ReasonLegacyNamespace gives the Exchange 2007 Client Access servers
	// the legacy host name to which Exchange 2013 redirects OWA and EWS for
	// 2007 mailboxes.
	// Plan step. Source: https://learn.microsoft.com/exchange/exchange-2013-client-access-server-configuration-exchange-2013-help
	ReasonLegacyNamespace exhybrid.Code = "hybrid/step-legacy-namespace"

	// ReasonPublicDNS publishes the host names Exchange Online and clients
	// reach: Autodiscover for every SMTP domain, EWS and the SMTP host.
	// Plan step. Source: https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites
	ReasonPublicDNS exhybrid.Code = "hybrid/step-public-dns"

	// ReasonFederation creates the federation trust with the Microsoft
	// Federation Gateway, proves the federated domains with TXT records and
	// enables the federated organization identifier.
	// Plan step. Source: https://learn.microsoft.com/exchange/configure-a-federation-trust-exchange-2013-help
	ReasonFederation exhybrid.Code = "hybrid/step-federation"

	// ReasonOAuth configures OAuth between the organizations: authorization
	// servers, the Exchange Online partner application and an
	// intra-organization connector in each organization.
	// Plan step. Source: https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help
	ReasonOAuth exhybrid.Code = "hybrid/step-oauth"

	// ReasonRelationships creates the organization relationship in each
	// organization, which free/busy, MailTips, message tracking, archive
	// access and moves use.
	// Plan step. Source: https://learn.microsoft.com/exchange/shared-free-busy
	ReasonRelationships exhybrid.Code = "hybrid/step-organization-relationships"

	// ReasonAddressPolicy adds the coexistence domain as a secondary proxy
	// address to the email address policies, so that every mailbox has a
	// routing address in Exchange Online.
	// Plan step. Source: https://learn.microsoft.com/exchange/hybrid-configuration-wizard
	ReasonAddressPolicy exhybrid.Code = "hybrid/step-email-address-policy"

	// ReasonSecureMail creates the connectors of secure hybrid mail flow
	// and gives the receiving servers' Receive connectors the capability to
	// accept mail from Exchange Online.
	// Plan step. Source: https://learn.microsoft.com/exchange/transport-options
	ReasonSecureMail exhybrid.Code = "hybrid/step-secure-mail"

	// ReasonOnPremisesOrganization creates the Exchange Online object that
	// ties the hybrid domains, connectors and relationship to the
	// on-premises organization.
	// Plan step. Source: https://learn.microsoft.com/powershell/module/exchange/new-onpremisesorganization
	ReasonOnPremisesOrganization exhybrid.Code = "hybrid/step-onpremises-organization"

	// ReasonOWARedirection sets the URL Outlook on the web on premises shows
	// to users whose mailbox is in Exchange Online.
	// Plan step. Source: https://learn.microsoft.com/exchange/hybrid-deployment/simplify-owa-url
	ReasonOWARedirection exhybrid.Code = "hybrid/step-owa-redirection"

	// ReasonMRSProxy enables the MRS proxy endpoint on EWS of every hybrid
	// Client Access server and creates the migration endpoint, which
	// mailbox moves in both directions use.
	// Plan step. Source: https://learn.microsoft.com/exchange/enable-the-mrs-proxy-endpoint-for-remote-moves-exchange-2013-help
	ReasonMRSProxy exhybrid.Code = "hybrid/step-mrs-proxy"

	// ReasonMXCutover points the MX records of the hybrid domains at
	// Exchange Online Protection, the recommended mail-flow choice; the
	// wizard never changes MX records.
	// Plan step. Source: https://learn.microsoft.com/exchange/transport-routing
	ReasonMXCutover exhybrid.Code = "hybrid/step-mx-cutover"

	// ReasonEdgeResubscription re-creates the Edge Subscription of an Edge
	// Transport server after its update, so that Active Directory records
	// its new version; the wizard then runs again to restore the hybrid
	// settings the re-creation removes.
	// Plan step. Sources: https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e14coexistenceminversionrequirement,
	// https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e15coexistenceminversionrequirement,
	// https://learn.microsoft.com/exchange/edge-transport-servers
	ReasonEdgeResubscription exhybrid.Code = "hybrid/step-edge-resubscription"

	// ReasonVerifyDomains adds and verifies every hybrid domain in the
	// tenant, which the Exchange Online connectors, relationship and MX
	// records need.
	// Plan step. Sources: https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites,
	// https://learn.microsoft.com/exchange/mailbox-migration/use-minimal-hybrid-to-quickly-migrate
	ReasonVerifyDomains exhybrid.Code = "hybrid/step-verify-domains"

	// ReasonDirectorySync sets up directory synchronization with Microsoft
	// Entra Connect (Azure AD Connect): ongoing for a full hybrid, once for
	// a minimal one; the wizard sets it up itself for an express migration.
	// Plan step. Sources: https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites,
	// https://learn.microsoft.com/exchange/exchange-hybrid,
	// https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options
	ReasonDirectorySync exhybrid.Code = "hybrid/step-directory-sync"

	// ReasonRunWizard runs the Hybrid Configuration Wizard, the only
	// supported way to configure a hybrid deployment; the steps marked
	// ByWizard are what it does.
	// Plan step. Source: https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs
	ReasonRunWizard exhybrid.Code = "hybrid/step-run-wizard"

	// ReasonHybridAgent installs and registers the Hybrid Agent of a modern
	// hybrid, which the wizard does on the machine it runs on.
	// Plan step. Source: https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent
	ReasonHybridAgent exhybrid.Code = "hybrid/step-hybrid-agent"

	// ReasonLicense licenses every hybrid server: "you need to license your
	// hybrid server". The wizard detects a designated Exchange 2013, 2016 or
	// 2019 hybrid server and licenses it with a free Hybrid product key, for
	// Exchange 2019 since the wizard of the 2022 H1 cumulative update (the
	// FAQ excluded 2019 until MicrosoftDocs/OfficeDocs-Exchange pull request
	// 3184, merged 2022-06-16); a server that hosts mailboxes needs a
	// Standard or Enterprise licence. A free hybrid key for Exchange SE or
	// 2010 is in none of the sources read, so those servers are licensed
	// by hand.
	// Plan step. Sources: https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles,
	// https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs
	ReasonLicense exhybrid.Code = "hybrid/step-license"

	// ReasonGraphFlow grants the dedicated hybrid app's Microsoft Graph
	// permissions tenant-wide and turns the Graph flow on with the setting
	// override EnableRouteThroughMSGraphFeature (component SettingOverride,
	// section RouteThroughMSGraph, Enabled=true), when Options.GraphFlow
	// asks for it.
	// Plan step. Sources: https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1
	ReasonGraphFlow exhybrid.Code = "hybrid/step-graph-flow"
)
