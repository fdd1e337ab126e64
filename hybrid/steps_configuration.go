package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// cmdletFeatures are the spellings Set-HybridConfiguration's reference
// uses for the features (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration);
// the wizard's logs spell some differently (see Feature). MoveMailbox is
// in the Exchange 2010 reference only.
var cmdletFeatures = [featureCount]string{
	FeatureFreeBusy: "FreeBusy", FeatureMoveMailbox: "MoveMailbox", FeatureMailTips: "MailTips", FeatureMessageTracking: "MessageTracking",
	FeatureOwaRedirection: "OWARedirection", FeatureOnlineArchive: "OnlineArchive", FeatureSecureMail: "SecureMail",
	FeatureCentralizedTransport: "Centralized", FeaturePhotos: "Photos",
}

// wizardSteps adds the run of the Hybrid Configuration Wizard, the only
// supported way to configure a hybrid deployment
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs),
// once every prerequisite is in place; then what it does first: install
// the Hybrid Agent of a modern hybrid, record the HybridConfiguration
// object, and, for a minimal or express hybrid, the one-time directory
// synchronization that follows it.
func (p *planner) wizardSteps() {
	org := p.org
	if !org.Type.IsValid() || len(org.Servers) == 0 {
		return
	}
	p.runWizard()
	if capsOf(org.Type).HybridAgent {
		p.hybridAgent()
	}
	p.hybridConfiguration()
	if !isFull(org.Type) {
		p.directorySync()
	}
	p.licenses()
}

// licenses adds the licence of every hybrid server (ReasonLicense): the
// wizard applies the free Hybrid product key to an Exchange 2013, 2016 or
// 2019 hybrid server that hosts no mailboxes; a server that hosts
// mailboxes needs a Standard or Enterprise key, entered with
// Set-ExchangeServer -ProductKey
// (https://learn.microsoft.com/powershell/module/exchange/set-exchangeserver),
// and Get-ExchangeServer shows the edition. Exchange SE and 2010 servers
// are licensed by hand: no source read offers them a free hybrid key.
func (p *planner) licenses() {
	for _, i := range p.hybrid {
		s := p.org.Servers[i]
		prod := s.Product()
		check := cmd("Get-ExchangeServer").str("Identity", s.Name).String() + " | Format-List Name,Edition,IsExchangeTrialEdition"
		key := comment("For a server that hosts mailboxes, enter a Standard or Enterprise key:\n" +
			cmd("Set-ExchangeServer").str("Identity", s.Name).param("ProductKey", "<key>").String())
		step := Step{
			ID: "license/" + s.Name, Phase: PhaseHybridConfig, Action: ActionUpdate, Where: LocationServer, Target: s.Name,
			Reason: ReasonLicense,
		}
		switch prod {
		case version.Exchange2013, version.Exchange2016, version.Exchange2019:
			step.Summary = "License " + s.Name + ": the wizard applies the free Hybrid product key to a hybrid server that hosts no mailboxes; a server that hosts mailboxes needs a Standard or Enterprise licence"
			step.Changes = []Change{{"Edition", "Hybrid (free key), or Standard or Enterprise if it hosts mailboxes"}}
			step.ByWizard = true
			step.Commands = []Command{{ShellManual, "When the wizard offers to license " + s.Name + " with the free Hybrid product key, accept it unless the server hosts mailboxes"}, {ShellEMS, key}, {ShellEMS, check}}
		default:
			step.Summary = "License " + s.Name + " with its " + short(prod) + " product key: a free hybrid key for " + short(prod) + " is in none of the sources read"
			step.Changes = []Change{{"Edition", "Standard or Enterprise"}}
			step.Commands = []Command{{ShellEMS, key}, {ShellEMS, check}}
		}
		p.add(step, "hybrid-wizard", optional("install/"+s.Name))
	}
}

// wizardChoices are the wizard's pages for a hybrid type: "Full Hybrid
// Configuration" or "Minimal Hybrid Configuration" on the Hybrid Features
// page, "Use Exchange Modern Hybrid" on the Hybrid Connectivity page
// (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent),
// and for an express migration the one-time synchronization of the User
// Provisioning page
// (https://learn.microsoft.com/exchange/mailbox-migration/use-minimal-hybrid-to-quickly-migrate).
func wizardChoices(t Type) []Change {
	features := "Minimal Hybrid Configuration"
	if isFull(t) {
		features = "Full Hybrid Configuration"
	}
	out := []Change{{"Hybrid Features", features}}
	if capsOf(t).HybridAgent {
		out = append(out, Change{"Hybrid Connectivity", "Use Exchange Modern Hybrid"})
	}
	if t == TypeClassicExpress {
		out = append(out, Change{"User Provisioning", "Synchronize my users and passwords one time"})
	}
	return out
}

// runWizard adds the step that runs the wizard. The accounts it asks for
// must be in the Organization Management role group on premises and in
// Exchange Online (https://learn.microsoft.com/exchange/hybrid-configuration-wizard);
// the download is https://aka.ms/HybridWizard
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs).
// A modern hybrid's wizard runs on the machine that will host the agent
// (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent).
func (p *planner) runWizard() {
	t := p.org.Type
	changes := wizardChoices(t)
	var choices []string
	for _, c := range changes {
		choices = append(choices, c.Setting+": "+c.Value)
	}
	where := "a domain-joined computer"
	if capsOf(t).HybridAgent {
		where = "the machine that will host the Hybrid Agent"
	}
	p.add(Step{
		ID: "hybrid-wizard", Phase: PhaseHybridConfig, Action: ActionCreate, Where: LocationServer, Target: "hybrid deployment",
		Summary: "Run the Hybrid Configuration Wizard, which performs the steps marked as done by it",
		Changes: changes, Reason: ReasonRunWizard,
		Commands: []Command{{ShellManual, "On " + where + ", download and run the Hybrid Configuration Wizard (https://aka.ms/HybridWizard) with on-premises and Exchange Online accounts in the Organization Management role group; choose " + strings.Join(choices, "; ")}},
	}, "upgrade/", "install/", "edge-subscription/", optional("verify-domains"), optional("directory-sync"),
		"certificate/", "namespaces/", optional("dns/namespaces"))
}

// hybridAgent adds the Hybrid Agent of a modern hybrid, which the wizard
// downloads, installs and registers with Azure AD Application Proxy,
// creating the agent's URL, before it configures the deployment; the
// machine needs outbound 443 and 80, and 443, 80, 5985 and 5986 to the
// Client Access server (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent).
func (p *planner) hybridAgent() {
	p.add(Step{
		ID: "hybrid-agent", Phase: PhaseHybridConfig, Action: ActionCreate, Where: LocationServer, Target: "Hybrid Agent",
		Summary: "Install the Hybrid Agent and register it, which creates its URL " + p.w.agentHost,
		Changes: []Change{{"Agent host", p.w.agentHost}, {"Outbound", "443, 80"}, {"To the Client Access server", "443, 80, 5985, 5986"}},
		Reason:  ReasonHybridAgent, ByWizard: true,
		Commands: []Command{{ShellManual, "On the Hybrid Connectivity page choose Use Exchange Modern Hybrid: the wizard downloads the agent, installs it on this machine and registers it, which creates " + p.w.agentHost}},
	}, "hybrid-wizard")
}

// hybridConfiguration records the desired state: the HybridConfiguration
// object with the domains, features, servers and certificate. Exchange
// 2010 hybrid servers use the 2010-only ClientAccessServers and
// TransportServers properties instead of the sending and receiving
// servers. EdgeSync must run before the wizard
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites).
func (p *planner) hybridConfiguration() {
	want := p.wantedHybridConfig()
	ss := hybridSettings(want)
	commands := []Command{{ShellEMS, "New-HybridConfiguration"}}
	if want.mailFlow && want.v2010 {
		commands = append(commands, Command{ShellEMS, thumbprintGuard})
	}
	// With nothing known to record (no domain, feature, server or
	// certificate), a bare Set-HybridConfiguration would set nothing.
	if slices.ContainsFunc(ss, func(s setting) bool { return s.arg != "" }) {
		commands = append(commands, Command{ShellEMS, noted(featureNotes(p.org.Features), cmd("Set-HybridConfiguration").settings(ss))})
	}
	p.add(Step{
		ID: "hybrid-configuration", Phase: PhaseHybridConfig, Action: ActionCreate, Where: LocationOnPremises, Target: "HybridConfiguration",
		Summary: "Record the hybrid deployment in the HybridConfiguration object",
		Changes: changesOf(ss), Reason: ReasonHybridConfiguration, ByWizard: true,
		Commands: commands,
	}, "hybrid-wizard", optional("hybrid-agent"), "upgrade/", "install/", "edge-subscription/", "certificate/", "namespaces/")
}

// thumbprintGuard sets $hybridThumbprint, which an Exchange 2010 hybrid's
// SecureMailCertificateThumbprint takes, to a placeholder and stops the
// script until the administrator replaces it with the hybrid
// certificate's thumbprint (40 hexadecimal digits, as Get-ExchangeCertificate
// shows it).
const thumbprintGuard = "$hybridThumbprint = '<thumbprint of the hybrid certificate>'\n" +
	"if ($hybridThumbprint -notmatch '^[0-9A-Fa-f]{40}$') { throw 'Replace the placeholder in $hybridThumbprint with the thumbprint of the hybrid certificate, which Get-ExchangeCertificate shows' }"

// hybridConfig is what the HybridConfiguration object holds, wanted or
// found: the settings the wizard records.
type hybridConfig struct {
	domains  []string
	features FeatureSet
	// unknownFeatures are the features of an exported object that are
	// not features of this package, as written.
	unknownFeatures []string
	// mailFlow and v2010 choose the settings: the transport ones only
	// with mail flow, the 2010-only ClientAccessServers and
	// TransportServers on an Exchange 2010 hybrid.
	mailFlow, v2010    bool
	smartHost          string
	clientAccess, hubs []string // Exchange 2010
	sending, receiving []string
	edges              []string
	tlsCertificate     transport.CertificateName
}

// wantedHybridConfig is the HybridConfiguration the plan records. Exchange
// 2010 hybrid servers use the 2010-only ClientAccessServers and
// TransportServers properties instead of the sending and receiving
// servers.
func (p *planner) wantedHybridConfig() hybridConfig {
	h := hybridConfig{domains: p.org.HybridDomains, features: p.org.Features, mailFlow: p.w.mailFlow, v2010: p.hybridVersion == version.Exchange2010}
	if !h.mailFlow {
		return h
	}
	tp := p.w.transport
	h.smartHost = tp.OnPremisesSmartHost
	if h.v2010 {
		h.clientAccess, h.hubs = p.namesWith(roles.RoleClientAccess), p.namesWith(roles.RoleHubTransport)
	} else {
		h.sending, h.receiving, h.edges, h.tlsCertificate = tp.SendingServers, tp.ReceivingServers, tp.EdgeServers, tp.Certificate.Name
	}
	return h
}

// hybridSettings are the parameters of Set-HybridConfiguration for h, in
// the order of the step's Changes. The features are written in the
// cmdlet reference's spelling (cmdletFeatures), followed by those of an
// exported object this package does not know, as written.
func hybridSettings(h hybridConfig) []setting {
	var features []string
	for f := range h.features.All() {
		features = append(features, cmdletFeatures[f])
	}
	// The argument holds the package's own names only; an unknown feature
	// of an export is data, shown in the text and never written as code.
	arg := strings.Join(features, ",")
	features = append(features, h.unknownFeatures...)
	ss := []setting{listSetting("Domains", h.domains), {name: "Features", text: strings.Join(features, ", "), arg: arg, clear: "$null", unknown: len(features) == 0}}
	if !h.mailFlow {
		return ss
	}
	ss = append(ss, strSetting("OnPremisesSmartHost", h.smartHost))
	if h.v2010 {
		// The thumbprint is the administrator's to give: the command reads
		// it from $hybridThumbprint, which thumbprintGuard checks first.
		thumbprint := setting{name: "SecureMailCertificateThumbprint", text: "<thumbprint>", arg: "$hybridThumbprint", clear: "$null", hidden: true}
		return append(ss, listSetting("ClientAccessServers", h.clientAccess), listSetting("TransportServers", h.hubs), thumbprint)
	}
	return append(ss, listSetting("SendingTransportServers", h.sending), listSetting("ReceivingTransportServers", h.receiving),
		listSetting("EdgeTransportServers", h.edges), strSetting("TlsCertificateName", h.tlsCertificate.String()))
}

// featureNotes are the comment lines before Set-HybridConfiguration where
// the spelling of a feature differs between the sources. The cmdlet
// reference names centralized transport "Centralized"; transcriptions of
// the wizard's logs (third-party) show it passing "CentralizedTransport",
// and which of the two the cmdlet binds is unconfirmed. MoveMailbox is in
// the Exchange 2010 reference only, and the wizard passes it
// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration).
func featureNotes(fs FeatureSet) string {
	var notes []string
	if fs.Has(FeatureCentralizedTransport) {
		notes = append(notes, "Centralized is the cmdlet reference's spelling; the wizard passes CentralizedTransport. Which one the cmdlet binds is unconfirmed.")
	}
	if fs.Has(FeatureMoveMailbox) {
		notes = append(notes, "MoveMailbox: the Exchange 2010 cmdlet reference lists it, and the wizard passes it.")
	}
	return strings.Join(notes, "\n")
}

// intraOrgConnectorCommand is New-IntraOrganizationConnector, or, when its
// required DiscoveryEndpoint or TargetAddressDomains is not known (no
// tenant, no hybrid domain), a note that says which, so that the script
// holds no command that would stop to prompt
// (https://learn.microsoft.com/powershell/module/exchange/new-intraorganizationconnector).
func intraOrgConnectorCommand(shell Shell, name, endpoint string, domains []string, sharing string) Command {
	if endpoint == "" || len(domains) == 0 {
		text := "left out: New-IntraOrganizationConnector " + name + " needs its DiscoveryEndpoint and TargetAddressDomains, which the organization does not give (its tenant or hybrid domains); complete it and plan again"
		return Command{Shell: shell, Text: comment(text)}
	}
	return Command{shell, cmd("New-IntraOrganizationConnector").str("Name", name).settings(connectorSettings(endpoint, domains, sharing)).String()}
}

// connectorSettings are the parameters of New-IntraOrganizationConnector
// the wizard sets on Exchange Online's connector.
func connectorSettings(discovery string, domains []string, sharing string) []setting {
	return []setting{strSetting("DiscoveryEndpoint", discovery), listSetting("TargetAddressDomains", domains), strSetting("TargetSharingEpr", sharing)}
}

// namesWith names the hybrid servers with role r.
func (p *planner) namesWith(r roles.Role) []string {
	var out []string
	for _, i := range p.hybrid {
		if s := p.org.Servers[i]; s.Roles.Has(r) {
			out = append(out, s.Label())
		}
	}
	return out
}

// federationSteps adds the federation trust with its domain proofs, and
// the OAuth objects, as the federation package chose them. The wizard
// creates the trust and enables the identifier; the administrator
// publishes the proofs in DNS; OAuth is the wizard's or by hand, as the
// choice says.
func (p *planner) federationSteps() {
	if !p.w.sharing {
		return
	}
	ch := p.w.choice
	if t := ch.Trust; t != nil {
		trust := cmd("New-FederationTrust").str("Name", t.Name).param("Thumbprint", "$certificate.Thumbprint")
		if t.MetadataURL != "" && p.org.Cloud != exhybrid.CloudWorldwide {
			trust.str("MetadataUrl", t.MetadataURL)
		}
		p.add(Step{
			ID: "federation/trust", Phase: PhaseFederation, Action: ActionCreate, Where: LocationOnPremises, Target: "federation trust " + t.Name,
			Summary: "Create the federation trust with the Microsoft Federation Gateway, with a self-signed federation certificate",
			Changes: []Change{{"Name", t.Name}, {"MetadataUrl", t.MetadataURL}},
			Reason:  ReasonFederation, ByWizard: true,
			Commands: []Command{
				{ShellEMS, "$ski = [System.Guid]::NewGuid().ToString('N')"},
				{ShellEMS, "$certificate = New-ExchangeCertificate -FriendlyName 'Exchange Delegated Federation' -DomainName $env:USERDNSDOMAIN -Services Federation -KeySize 2048 -PrivateKeyExportable $true -SubjectKeyIdentifier $ski"},
				{ShellEMS, trust.String()},
			},
		}, "hybrid-configuration")
		var proofs []Change
		var records []Command
		for _, d := range t.FederatedDomains {
			proofs = append(proofs, Change{d, "TXT: the value of Get-FederatedDomainProof -DomainName " + d})
			records = append(records, Command{ShellEMS, cmd("Get-FederatedDomainProof").str("DomainName", d).String()}, Command{ShellDNS, dnsRecord(d, "TXT  <proof of "+d+">")})
		}
		p.add(Step{
			ID: "dns/federation-proofs", Phase: PhaseFederation, Action: ActionCreate, Where: LocationPublicDNS, Target: "federated domain proofs",
			Summary: "Publish a TXT record with the federated domain proof of every federated domain",
			Changes: proofs, Reason: ReasonFederation, Commands: records,
		}, "federation/trust")
		id := cmd("Set-FederatedOrganizationIdentifier").str("DelegationFederationTrust", t.Name).str("AccountNamespace", t.AccountNamespace).boolean("Enabled", true)
		cmds := []Command{{ShellEMS, id.String()}}
		for _, d := range t.FederatedDomains {
			if !strings.EqualFold(d, t.AccountNamespace) {
				cmds = append(cmds, Command{ShellEMS, cmd("Add-FederatedDomain").str("DomainName", d).String()})
			}
		}
		p.add(Step{
			ID: "federation/identifier", Phase: PhaseFederation, Action: ActionUpdate, Where: LocationOnPremises, Target: "federated organization identifier",
			Summary: "Enable the federated organization identifier " + federation.OrganizationID(t.AccountNamespace) + " and add the federated domains",
			Changes: []Change{{"AccountNamespace", t.AccountNamespace}, {"FederatedDomains", strings.Join(t.FederatedDomains, ", ")}},
			Reason:  ReasonFederation, ByWizard: true, Commands: cmds,
		}, "dns/federation-proofs")
	}
	if o := ch.OAuth; o != nil {
		p.oauthSteps(o, ch.ByWizard)
	}
	p.hybridAppSteps()
}

// oauthSteps adds the OAuth objects of both organizations, following
// "Configure OAuth authentication between Exchange and Exchange Online
// organizations"
// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help):
// the authorization server (step 1), enabling the Exchange Online partner
// application that exists on premises (step 2), the certificate and host
// names registered with the service principal (steps 3 to 5), the two
// intra-organization connectors (steps 6 and 7) and the availability
// address space of older servers (step 8). For a modern hybrid, Exchange
// Online's connector points at the Hybrid Agent (TargetSharingEpr,
// https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent,
// https://learn.microsoft.com/powershell/module/exchange/new-intraorganizationconnector).
func (p *planner) oauthSteps(o *federation.OAuth, byWizard bool) {
	var cmds []Command
	var changes []Change
	for _, s := range o.AuthServers {
		c := cmd("New-AuthServer").str("Name", s.Name).str("AuthMetadataUrl", s.AuthMetadataURL)
		if s.Type == federation.AuthServerAzureAD {
			c.param("Type", "AzureAD")
		}
		cmds = append(cmds, Command{ShellEMS, c.String()})
		changes = append(changes, Change{"AuthServer " + s.Name, s.AuthMetadataURL})
	}
	if a := o.PartnerApplication; a != nil {
		cmds = append(cmds, Command{ShellEMS, cmd("Get-PartnerApplication").pipe(cmd("?{$_.ApplicationIdentifier -eq " + ps(a.ApplicationIdentifier) + " -and $_.Realm -eq ''}")).
			pipe(cmd("Set-PartnerApplication").boolean("Enabled", true)).String()})
		changes = append(changes, Change{"PartnerApplication " + a.ApplicationIdentifier, "Enabled $true"})
	}
	// Since 2025-10-31 the page's steps 3 to 5 register with a service
	// principal that Exchange Online blocks for EWS: the hybrid-app steps
	// register the certificate with the dedicated app instead, which
	// Exchange 2013 cannot run (federation.DedicatedHybridAppRequired).
	switch {
	case !p.sharedPrincipalBlocked():
		cmds = append(cmds, Command{ShellManual, "Register the on-premises authorization certificate (Get-AuthConfig) and the external host names with the Exchange Online service principal, as the OAuth configuration page describes"})
	case len(p.appServers()) == 0:
		cmds = append(cmds, Command{ShellManual, "Do not register the authorization certificate with the shared Exchange Online service principal, as the 2013-era OAuth page describes: since " +
			federation.DedicatedHybridAppRequired.String() + " Exchange Online blocks EWS through it, and Exchange 2013 cannot run the dedicated hybrid app that replaces it"})
	}
	if c := o.Connectors.OnPremises; c != nil {
		cmds = append(cmds, intraOrgConnectorCommand(ShellEMS, c.Name, c.DiscoveryEndpoint, c.TargetAddressDomains, ""))
		changes = append(changes, Change{"IntraOrganizationConnector " + c.Name, c.DiscoveryEndpoint})
	}
	p.add(Step{
		ID: "oauth/on-premises", Phase: PhaseFederation, Action: ActionCreate, Where: LocationOnPremises, Target: "OAuth on premises",
		Summary: "Configure OAuth on premises: authorization servers, the Exchange Online partner application and the intra-organization connector",
		Changes: changes, Reason: ReasonOAuth, ByWizard: byWizard, Commands: cmds,
	}, "hybrid-configuration", "install/", "upgrade/")
	if c := o.Connectors.Cloud; c != nil {
		ss := connectorSettings(c.DiscoveryEndpoint, c.TargetAddressDomains, p.w.agentEWS())
		p.add(Step{
			ID: "oauth/exchange-online", Phase: PhaseFederation, Action: ActionCreate, Where: LocationExchangeOnline, Target: "IntraOrganizationConnector " + c.Name,
			Summary: "Create Exchange Online's intra-organization connector to the on-premises organization",
			Changes: changesOf(ss), Reason: ReasonOAuth, ByWizard: byWizard,
			Commands: []Command{intraOrgConnectorCommand(ShellEXO, c.Name, c.DiscoveryEndpoint, c.TargetAddressDomains, p.w.agentEWS())},
		}, "oauth/on-premises", optional("dns/namespaces"), optional("verify-domains"), optional("hybrid-agent"))
	}
	if s := o.AvailabilityAddressSpace; s != nil {
		p.add(Step{
			ID: "oauth/availability-address-space", Phase: PhaseSharing, Action: ActionCreate, Where: LocationOnPremises, Target: "availability address space " + s.ForestName,
			Summary:  "Let servers older than Exchange 2013 SP1 ask Exchange Online for free/busy through an Exchange 2013 SP1 or later server",
			Changes:  []Change{{"ForestName", s.ForestName}, {"AccessMethod", s.AccessMethod}, {"ProxyUrl", s.ProxyURL}},
			Reason:   ReasonOAuth,
			Commands: []Command{{ShellEMS, cmd("Add-AvailabilityAddressSpace").str("ForestName", s.ForestName).str("AccessMethod", s.AccessMethod).str("ProxyUrl", s.ProxyURL).boolean("UseServiceAccount", s.UseServiceAccount).String()}},
		}, "oauth/")
	}
}

// sharingSteps creates the two organization relationships. Exchange
// Online's carries the on-premises TargetOwaURL that federation computes
// and, for a modern hybrid, the Hybrid Agent's EWS URL as
// TargetSharingEpr (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent);
// the on-premises TargetOwaURL is set by the OWA redirection step.
func (p *planner) sharingSteps() {
	if !p.w.sharing || p.w.pair.OnPremises.Name == "" {
		return
	}
	p.relationshipStep(p.w.pair.OnPremises, "sharing/on-premises", LocationOnPremises, ShellEMS,
		optional("federation/identifier"), optional("oauth/"), optional("dns/namespaces"), "hybrid-configuration")
	p.relationshipStep(p.w.pair.Cloud, "sharing/exchange-online", LocationExchangeOnline, ShellEXO,
		"sharing/on-premises", optional("verify-domains"), optional("hybrid-agent"))
}

func (p *planner) relationshipStep(r federation.OrganizationRelationship, id string, where Location, shell Shell, deps ...string) {
	ss := relationshipSettings(r, where == LocationExchangeOnline)
	p.add(Step{
		ID: id, Phase: PhaseSharing, Action: ActionCreate, Where: where, Target: "organization relationship " + r.Name,
		Summary: "Create the organization relationship " + r.Name + " with " + strings.Join(r.DomainNames, ", "),
		Changes: changesIn(ss, relationshipChanges), Reason: ReasonRelationships, ByWizard: true,
		Commands: []Command{{shell, cmd("New-OrganizationRelationship").str("Name", r.Name).settings(ss).String()}},
	}, deps...)
}

// relationshipSettings are the parameters of New-OrganizationRelationship
// the wizard sets, in the order of federation.DiffOrganizationRelationship;
// an access level only with its access enabled, and TargetOwaURL only on
// Exchange Online's relationship.
func relationshipSettings(r federation.OrganizationRelationship, cloud bool) []setting {
	level := func(name string, enabled bool, v string) setting {
		if !enabled {
			v = ""
		}
		return nameSetting(name, v)
	}
	ss := []setting{
		listSetting("DomainNames", r.DomainNames),
		flagSetting("FreeBusyAccessEnabled", r.FreeBusyAccessEnabled),
		level("FreeBusyAccessLevel", r.FreeBusyAccessEnabled, r.FreeBusyAccessLevel.String()),
		flagSetting("MailboxMoveEnabled", r.MailboxMoveEnabled), flagSetting("DeliveryReportEnabled", r.DeliveryReportEnabled),
		flagSetting("MailTipsAccessEnabled", r.MailTipsAccessEnabled),
		level("MailTipsAccessLevel", r.MailTipsAccessEnabled, r.MailTipsAccessLevel.String()),
		flagSetting("PhotosEnabled", r.PhotosEnabled), flagSetting("ArchiveAccessEnabled", r.ArchiveAccessEnabled),
		strSetting("TargetApplicationUri", r.TargetApplicationURI), strSetting("TargetAutodiscoverEpr", r.TargetAutodiscoverEPR),
		strSetting("TargetSharingEpr", r.TargetSharingEPR),
	}
	if cloud {
		ss = append(ss, strSetting("TargetOwaURL", r.TargetOWAURL))
	}
	return ss
}

// relationshipChanges are the settings a relationship step lists, in the
// order it lists them: the access levels stand for their switches.
var relationshipChanges = []string{"DomainNames", "FreeBusyAccessLevel", "MailTipsAccessLevel", "MailboxMoveEnabled",
	"DeliveryReportEnabled", "PhotosEnabled", "ArchiveAccessEnabled", "TargetApplicationUri", "TargetAutodiscoverEpr",
	"TargetSharingEpr", "TargetOwaURL"}

// domainSteps adds the coexistence domain as an accepted domain and as a
// secondary address of every mailbox, as the wizard does
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard).
// Update-EmailAddressPolicy applies the policy to secondary addresses
// only with -UpdateSecondaryAddressesOnly, a switch of Exchange 2013 and
// later (https://learn.microsoft.com/powershell/module/exchange/update-emailaddresspolicy);
// Exchange 2010 applies the whole policy.
func (p *planner) domainSteps() {
	coex := p.org.Tenant.CoexistenceDomain()
	if coex == "" || !p.org.Type.IsValid() {
		return
	}
	if !p.accepted(coex) {
		p.add(Step{
			ID: "domains/coexistence", Phase: PhaseDomains, Action: ActionCreate, Where: LocationOnPremises, Target: "accepted domain " + coex,
			Summary: "Add the coexistence domain " + coex + " as an accepted domain",
			Changes: []Change{{"DomainName", coex}}, Reason: CodeCoexistenceDomainMissing, ByWizard: true,
			Commands: []Command{{ShellEMS, cmd("New-AcceptedDomain").str("Name", coex).str("DomainName", coex).String()}},
		}, "hybrid-configuration")
	}
	template := "smtp:%m@" + coex
	summary := "Add " + template + " to every email address policy whose primary address uses a hybrid domain, and apply it to secondary addresses only"
	if p.hybridVersion < version.Exchange2013 {
		summary = "Add " + template + " to every email address policy whose primary address uses a hybrid domain, and apply the policy"
	}
	p.add(Step{
		ID: "domains/address-policy", Phase: PhaseDomains, Action: ActionUpdate, Where: LocationOnPremises, Target: "email address policies",
		Summary: summary,
		Changes: []Change{{"EnabledEmailAddressTemplates", "add " + template}},
		Reason:  ReasonAddressPolicy, ByWizard: true,
		Commands: append([]Command{
			{ShellEMS, comment("For each email address policy whose primary address template uses " + strings.Join(p.org.HybridDomains, ", ") + " (shown for Default Policy):")}},
			p.addressPolicyCommands("Default Policy", template)...),
	}, optional("domains/coexistence"), "hybrid-configuration")
}

// addressPolicyCommands adds template to the policy's templates
// (@{Add=...}, which keeps the others:
// https://learn.microsoft.com/exchange/modify-multivalued-properties-exchange-2013-help)
// and applies the policy: to secondary addresses only from Exchange 2013
// on, the whole policy on Exchange 2010 (domainSteps).
func (p *planner) addressPolicyCommands(policy, template string) []Command {
	apply := cmd("Update-EmailAddressPolicy").arg(ps(policy))
	applyNote := ""
	if p.hybridVersion >= version.Exchange2013 {
		apply.toggle("UpdateSecondaryAddressesOnly")
	} else {
		applyNote = "Exchange 2010 has no -UpdateSecondaryAddressesOnly (Exchange 2013 and later): the policy is applied to primary addresses too"
	}
	return []Command{
		{ShellEMS, cmd("Set-EmailAddressPolicy").arg(ps(policy)).table("EnabledEmailAddressTemplates", [2]string{"Add", template}).String()},
		{ShellEMS, noted(applyNote, apply)},
	}
}
