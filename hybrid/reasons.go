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
	ReasonHybridConfiguration exhybrid.Code = "hybrid/step-hybrid-configuration"

	// ReasonNamespaces gives the hybrid servers' virtual directories the
	// public host names clients and Exchange Online use.
	ReasonNamespaces exhybrid.Code = "hybrid/step-namespaces"

	// ReasonLegacyNamespace gives the Exchange 2007 Client Access servers
	// the legacy host name to which Exchange 2013 redirects OWA and EWS for
	// 2007 mailboxes.
	ReasonLegacyNamespace exhybrid.Code = "hybrid/step-legacy-namespace"

	// ReasonPublicDNS publishes the host names Exchange Online and clients
	// reach: Autodiscover for every SMTP domain, EWS and the SMTP host.
	ReasonPublicDNS exhybrid.Code = "hybrid/step-public-dns"

	// ReasonFederation creates the federation trust with the Microsoft
	// Federation Gateway, proves the federated domains with TXT records and
	// enables the federated organization identifier.
	ReasonFederation exhybrid.Code = "hybrid/step-federation"

	// ReasonOAuth configures OAuth between the organizations: authorization
	// servers, the Exchange Online partner application and an
	// intra-organization connector in each organization.
	ReasonOAuth exhybrid.Code = "hybrid/step-oauth"

	// ReasonRelationships creates the organization relationship in each
	// organization, which free/busy, MailTips, message tracking, archive
	// access and moves use.
	ReasonRelationships exhybrid.Code = "hybrid/step-organization-relationships"

	// ReasonAddressPolicy adds the coexistence domain as a secondary proxy
	// address to the email address policies, so that every mailbox has a
	// routing address in Exchange Online.
	ReasonAddressPolicy exhybrid.Code = "hybrid/step-email-address-policy"

	// ReasonSecureMail creates the connectors of secure hybrid mail flow
	// and gives the receiving servers' Receive connectors the capability to
	// accept mail from Exchange Online.
	ReasonSecureMail exhybrid.Code = "hybrid/step-secure-mail"

	// ReasonOnPremisesOrganization creates the Exchange Online object that
	// ties the hybrid domains, connectors and relationship to the
	// on-premises organization.
	ReasonOnPremisesOrganization exhybrid.Code = "hybrid/step-onpremises-organization"

	// ReasonOWARedirection sets the URL Outlook on the web on premises shows
	// to users whose mailbox is in Exchange Online.
	ReasonOWARedirection exhybrid.Code = "hybrid/step-owa-redirection"

	// ReasonMRSProxy enables the MRS proxy endpoint on EWS of every hybrid
	// Client Access server and creates the migration endpoint, which
	// mailbox moves in both directions use.
	ReasonMRSProxy exhybrid.Code = "hybrid/step-mrs-proxy"

	// ReasonMXCutover points the MX records of the hybrid domains at
	// Exchange Online Protection, the recommended mail-flow choice; the
	// wizard never changes MX records.
	ReasonMXCutover exhybrid.Code = "hybrid/step-mx-cutover"

	// ReasonEdgeResubscription re-creates the Edge Subscription of an Edge
	// Transport server after its update, so that Active Directory records
	// its new version; the wizard then runs again to restore the hybrid
	// settings the re-creation removes.
	ReasonEdgeResubscription exhybrid.Code = "hybrid/step-edge-resubscription"

	// ReasonVerifyDomains adds and verifies every hybrid domain in the
	// tenant, which the Exchange Online connectors, relationship and MX
	// records need.
	ReasonVerifyDomains exhybrid.Code = "hybrid/step-verify-domains"

	// ReasonDirectorySync sets up directory synchronization with Microsoft
	// Entra Connect (Azure AD Connect): ongoing for a full hybrid, once for
	// a minimal one; the wizard sets it up itself for an express migration.
	ReasonDirectorySync exhybrid.Code = "hybrid/step-directory-sync"

	// ReasonRunWizard runs the Hybrid Configuration Wizard, the only
	// supported way to configure a hybrid deployment; the steps marked
	// ByWizard are what it does.
	ReasonRunWizard exhybrid.Code = "hybrid/step-run-wizard"

	// ReasonHybridAgent installs and registers the Hybrid Agent of a modern
	// hybrid, which the wizard does on the machine it runs on.
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
	ReasonLicense exhybrid.Code = "hybrid/step-license"

	// ReasonGraphFlow grants the dedicated hybrid app's Microsoft Graph
	// permissions tenant-wide and turns the Graph flow on with the setting
	// override EnableRouteThroughMSGraphFeature (component SettingOverride,
	// section RouteThroughMSGraph, Enabled=true), when Options.GraphFlow
	// asks for it.
	ReasonGraphFlow exhybrid.Code = "hybrid/step-graph-flow"

	// ReasonRemoveConnector removes, in a plan with a current state, a
	// hybrid connector other than the plan's own: a Send connector that
	// routes the coexistence domain with CloudServicesMailEnabled, which
	// the wizard sets on its connectors, competing with the plan's
	// connector for Exchange Online's mail; an Exchange Online connector
	// for on-premises mail that the wizard created (ConnectorSource
	// HybridWizard) under another name.
	ReasonRemoveConnector exhybrid.Code = "hybrid/step-remove-connector"
)

var reasons = exhybrid.MustRuleTable([]exhybrid.Rule{
	{Code: ReasonHybridConfiguration, Severity: exhybrid.SeverityUnknown, Summary: "plan: record the HybridConfiguration object",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard"},
	{Code: ReasonNamespaces, Severity: exhybrid.SeverityUnknown, Summary: "plan: external URLs of the hybrid servers",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites"},
	{Code: ReasonLegacyNamespace, Severity: exhybrid.SeverityUnknown, Summary: "plan: the Exchange 2007 legacy namespace",
		Source: "https://learn.microsoft.com/exchange/exchange-2013-client-access-server-configuration-exchange-2013-help"},
	{Code: ReasonPublicDNS, Severity: exhybrid.SeverityUnknown, Summary: "plan: public DNS records",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites"},
	{Code: ReasonFederation, Severity: exhybrid.SeverityUnknown, Summary: "plan: federation trust and domain proofs",
		Source: "https://learn.microsoft.com/exchange/configure-a-federation-trust-exchange-2013-help"},
	{Code: ReasonOAuth, Severity: exhybrid.SeverityUnknown, Summary: "plan: OAuth objects",
		Source: "https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help"},
	{Code: ReasonRelationships, Severity: exhybrid.SeverityUnknown, Summary: "plan: organization relationships",
		Source: "https://learn.microsoft.com/exchange/shared-free-busy"},
	{Code: ReasonAddressPolicy, Severity: exhybrid.SeverityUnknown, Summary: "plan: the coexistence address on every mailbox",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard"},
	{Code: ReasonSecureMail, Severity: exhybrid.SeverityUnknown, Summary: "plan: connectors and Receive connectors",
		Source: "https://learn.microsoft.com/exchange/transport-options"},
	{Code: ReasonOnPremisesOrganization, Severity: exhybrid.SeverityUnknown, Summary: "plan: the OnPremisesOrganization object",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-onpremisesorganization"},
	{Code: ReasonOWARedirection, Severity: exhybrid.SeverityUnknown, Summary: "plan: the OWA redirection URL",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/simplify-owa-url"},
	{Code: ReasonMRSProxy, Severity: exhybrid.SeverityUnknown, Summary: "plan: MRS proxy and the migration endpoint",
		Source: "https://learn.microsoft.com/exchange/enable-the-mrs-proxy-endpoint-for-remote-moves-exchange-2013-help"},
	{Code: ReasonMXCutover, Severity: exhybrid.SeverityUnknown, Summary: "plan: MX records to Exchange Online Protection",
		Source: "https://learn.microsoft.com/exchange/transport-routing"},
	{Code: ReasonEdgeResubscription, Severity: exhybrid.SeverityUnknown, Summary: "plan: re-create an updated Edge server's subscription",
		Source: "https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e14coexistenceminversionrequirement https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e15coexistenceminversionrequirement https://learn.microsoft.com/exchange/edge-transport-servers"},
	{Code: ReasonVerifyDomains, Severity: exhybrid.SeverityUnknown, Summary: "plan: add and verify the hybrid domains in the tenant",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/mailbox-migration/use-minimal-hybrid-to-quickly-migrate"},
	{Code: ReasonDirectorySync, Severity: exhybrid.SeverityUnknown, Summary: "plan: directory synchronization with Entra Connect",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/exchange-hybrid https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options"},
	{Code: ReasonRunWizard, Severity: exhybrid.SeverityUnknown, Summary: "plan: run the Hybrid Configuration Wizard",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs"},
	{Code: ReasonHybridAgent, Severity: exhybrid.SeverityUnknown, Summary: "plan: install and register the Hybrid Agent",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent"},
	{Code: ReasonLicense, Severity: exhybrid.SeverityUnknown, Summary: "plan: license the hybrid servers",
		Source: "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs"},
	{Code: ReasonGraphFlow, Severity: exhybrid.SeverityUnknown, Summary: "plan: the dedicated app's Graph flow (Options.GraphFlow)",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1"},
	{Code: ReasonRemoveConnector, Severity: exhybrid.SeverityUnknown, Summary: "plan: remove a second hybrid connector",
		Source: "https://learn.microsoft.com/exchange/mail-flow/connectors/send-connectors https://learn.microsoft.com/powershell/module/exchange/new-sendconnector https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector"},
})
