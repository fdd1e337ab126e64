package hybrid

import (
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// Options are the inputs of [Plan] that are not part of the organization:
// the day, the wizard's identifier, the Hybrid Agent's address, and the
// choices on which Microsoft's pages and the wizard's logs differ. The zero
// value of every choice is the documented default.
type Options struct {
	// Date is the day the plan is for: it decides which updates are the
	// latest and whether the certificate has expired. The library never
	// reads the clock.
	Date version.Date `json:"date"`
	// ID is the GUID the Hybrid Configuration Wizard puts in the names of
	// the connectors and relationships it creates. Reuse the one of an
	// existing deployment so names stay the same. When empty, a stable
	// identifier is derived from the tenant's coexistence domain and an
	// info finding says so.
	ID string `json:"id,omitempty"`
	// Transport passes the mail-flow choices to the transport package:
	// send routing, EOP smart host, TLS level, connector names and Edge
	// capability. Its Centralized, Cloud and ID fields come from the
	// organization's features and cloud and from ID above; a value set
	// here that differs is replaced, and a warning
	// ([CodeOptionOverridden]) says so.
	Transport transport.Options `json:"transport,omitzero"`
	// OWAForm is the TargetOwaURL form of the on-premises organization
	// relationship. The zero value means federation.OWAFormOutlookOffice
	// (https://outlook.office.com/mail), which the federation package
	// recommends: a standard value of Microsoft's free/busy checker that
	// needs no domain
	// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1).
	OWAForm federation.OWAForm `json:"owaForm,omitzero"`
	// CustomOWAURL is the URL for federation.OWAFormCustom.
	CustomOWAURL string `json:"customOwaUrl,omitempty"`
	// ManualOAuth configures OAuth by hand where the wizard keeps DAuth (an
	// organization with Exchange 2007 or 2010 servers, or Exchange 2013
	// before CU5), as Microsoft's 2013-era page recommends for mixed
	// organizations. From 2025-10-31 that is a dead end where no server
	// runs Exchange 2016 or later (federation.CodeOAuthByHandBlocked): the
	// shared service principal it registers with is blocked for EWS, and
	// Exchange 2013 cannot run the dedicated hybrid app.
	ManualOAuth bool `json:"manualOAuth,omitempty"`
	// TrustOnlyWithExchange2010 follows a third-party observation that the
	// current wizard creates a federation trust only when Exchange 2010
	// servers exist; see federation.Params.
	TrustOnlyWithExchange2010 bool `json:"trustOnlyWithExchange2010,omitempty"`
	// AgentURL is the host name the Hybrid Agent of a modern hybrid
	// registered, <guid>.resource.mailboxmigration.his.msappproxy.net, as
	// Get-MigrationEndpoint shows it in RemoteServer: the wizard sets it as
	// the migration endpoint's RemoteServer and, as
	// https://<AgentURL>/EWS/Exchange.asmx, as the TargetSharingEpr of
	// Exchange Online's organization relationship and intra-organization
	// connector (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent).
	// The agent's registration creates it, so it is known only after the
	// wizard installs the agent: when empty, the plan shows a placeholder
	// and an info finding ([CodeAgentURLMissing]) says so. The classic
	// types do not use it.
	AgentURL string `json:"agentUrl,omitempty"`
	// GraphFlow plans the Microsoft Graph flow of the dedicated hybrid app:
	// "Starting with the May 2026 Hotfix Update, Graph API permissions can
	// also be configured as a replacement for EWS API permissions in most
	// hybrid scenarios"
	// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app).
	// ConfigureExchangeHybridApplication.ps1 enables it only on servers at
	// May26HU (Exchange SE 15.2.2562.41), after tenant-wide admin consent
	// to the app's Graph permissions, with the setting override
	// EnableRouteThroughMSGraphFeature
	// (https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1);
	// a server below that build gets [CodeGraphBuild]. Which scenarios
	// still need EWS ("most") is stated only in Microsoft 365 message
	// center post MC1485116, read through third-party copies (Graph covers
	// free/busy and photos, MailTips only in part, not the cloud archive of
	// on-premises mailboxes): so the plan keeps the EWS allow list until
	// 2027-04-01 with this option too. An option, not a rule: the plan
	// adds the Graph steps only when asked.
	GraphFlow bool `json:"graphFlow,omitempty"`
	// NoServerInstalls plans no new hybrid server: where the organization
	// has fewer than two hybrid servers the plan installs more
	// (plannedServers), but a run of the Hybrid Configuration Wizard
	// configures the servers that exist and never installs one
	// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard).
	// [Rerun] sets it; with it and a current state that holds a
	// HybridConfiguration, the wanted Sending and Receiving transport
	// servers are the recorded ones. The validation's finding that
	// recommends a second server stays.
	NoServerInstalls bool `json:"noServerInstalls,omitempty"`
	// Current is the current state, as package inventory read it from
	// Exchange's exports. With it, [Plan] compares each step with what
	// exists: Unchanged, Update (with each setting's current and desired
	// value, and commands that set only what differs), Create or Remove
	// when the step's objects were observed, and NotObserved when the
	// exports cannot show them; see [Observation]. Nil plans as if only
	// what the organization describes existed, exactly as before this
	// option. It is no part of the options' JSON form: the exports are
	// files of their own.
	Current *inventory.Inventory `json:"-"`
}
