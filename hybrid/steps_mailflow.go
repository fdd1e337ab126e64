package hybrid

import (
	"slices"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid/transport"
)

// mailFlowSteps creates the four connectors of secure mail as the transport
// package built them, the Receive connector settings per receiving server,
// and the OnPremisesOrganization object in Exchange Online.
func (p *planner) mailFlowSteps() {
	if !p.w.mailFlow || p.w.connectors.Send.Name == "" {
		return
	}
	p.sendConnectorStep()
	for _, r := range p.w.connectors.Receive {
		p.receiveConnectorStep(r)
	}
	p.inboundConnectorStep()
	p.outboundConnectorStep()
	p.onPremisesOrganizationStep()
}

// sendConnectorStep creates the on-premises Send connector to Exchange
// Online.
func (p *planner) sendConnectorStep() {
	s := p.w.connectors.Send
	ss := sendSettings(s)
	routes := ss[0].text
	if routes == "" {
		routes = "the tenant's coexistence domain (the tenant is not known)"
	}
	p.add(Step{
		ID: "mailflow/send", Phase: PhaseMailFlow, Action: ActionCreate, Where: LocationOnPremises, Target: "Send connector " + s.Name,
		Summary: "Create the Send connector that routes mail for " + routes + " to Exchange Online over TLS",
		Changes: changesOf(ss),
		Reason:  ReasonSecureMail, ByWizard: true, Commands: []Command{{ShellEMS, cmd("New-SendConnector").str("Name", s.Name).settings(ss).String()}},
	}, "hybrid-configuration", "certificate/", "domains/", "edge-subscription/")
}

// sendSettings are the parameters of New-SendConnector the wizard sets,
// in the order of transport.DiffSendConnector; the first is AddressSpaces.
func sendSettings(s transport.SendConnector) []setting {
	spaces := make([]string, len(s.AddressSpaces))
	for i, a := range s.AddressSpaces {
		spaces[i] = a.String()
	}
	fqdn := strSetting("Fqdn", s.FQDN)
	fqdn.hidden = true
	smartHosts := listSetting("SmartHosts", s.SmartHosts)
	if s.DNSRoutingEnabled {
		// DNS routing and smart hosts exclude each other: with DNS
		// routing, no smart host is the wanted value
		// (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector:
		// DNSRoutingEnabled must be $false when SmartHosts is given).
		smartHosts = smartHosts.wanted()
	}
	return []setting{
		listSetting("AddressSpaces", spaces), listSetting("SourceTransportServers", s.SourceTransportServers),
		boolSetting("DNSRoutingEnabled", s.DNSRoutingEnabled), smartHosts,
		boolSetting("RequireTLS", s.RequireTLS), nameSetting("TlsAuthLevel", s.TLSAuthLevel.String()),
		strSetting("TlsDomain", s.TLSDomain), strSetting("TlsCertificateName", s.TLSCertificateName.String()),
		fqdn, flagSetting("CloudServicesMailEnabled", s.CloudServicesMailEnabled),
	}
}

// receiveConnectorStep lets the Receive connector of one receiving server
// accept secure mail from Exchange Online.
func (p *planner) receiveConnectorStep(r transport.ReceiveConnector) {
	ss := receiveSettings(r)
	var caps []string
	for _, c := range r.TLSDomainCapabilities {
		caps = append(caps, c.String())
	}
	// The connector exists (Default Frontend, on every Exchange 2013 and
	// later server), so its TlsDomainCapabilities are added to, never
	// replaced: an administrator's entries stay
	// (https://learn.microsoft.com/exchange/modify-multivalued-properties-exchange-2013-help).
	addCaps := func(c *cmdline) *cmdline {
		if len(caps) == 0 {
			return c
		}
		return c.param("TlsDomainCapabilities", "@{'Add'="+psList(caps)+"}")
	}
	rest := slices.DeleteFunc(slices.Clone(ss), func(s setting) bool { return s.name == "TlsDomainCapabilities" })
	c := addCaps(cmd("Set-ReceiveConnector").arg(ps(r.Server + `\` + r.Name)).settings(rest))
	target := r.Server + `\` + r.Name
	if r.Name == "" {
		target = "the SMTP Receive connector of " + r.Server
		c = addCaps(cmd("Set-ReceiveConnector").arg(ps("<" + r.Server + `\receive connector on port 25>`)))
	}
	where, text := LocationOnPremises, c.String()
	if i, ok := p.serverIndex(r.Server); ok && p.org.Servers[i].IsEdge() {
		// An Edge Transport server's Receive connectors are set on the
		// server itself: it is outside the organization's Active
		// Directory (https://learn.microsoft.com/exchange/edge-transport-servers).
		where, text = LocationServer, onServer(r.Server, c)
	}
	// The sources disagree on the connector: the seed material speaks of a
	// dedicated Receive connector for Exchange Online's mail, while the
	// wizard updates the existing Default Frontend connector of Exchange
	// 2013 and later servers (transcriptions of its logs;
	// https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors
	// names the default connectors). The step follows the wizard and says
	// so.
	summary := "Let " + r.Server + " accept secure mail from Exchange Online"
	if r.TransportRole == transport.TransportRoleFrontend {
		summary += " on its existing " + r.Name + " connector, which the wizard updates (no dedicated Receive connector is created)"
	}
	p.add(Step{
		ID: "mailflow/receive/" + r.Server, Phase: PhaseMailFlow, Action: ActionUpdate, Where: where, Target: target,
		Summary: summary,
		Changes: changesOf(ss),
		Reason:  ReasonSecureMail, ByWizard: true, Commands: []Command{{ShellEMS, text}},
	}, "hybrid-configuration", optional("certificate/install/"+r.Server), "edge-subscription/")
}

// receiveSettings are the parameters of Set-ReceiveConnector the wizard
// sets, in the order of transport.DiffReceiveConnector.
func receiveSettings(r transport.ReceiveConnector) []setting {
	caps := make([]string, len(r.TLSDomainCapabilities))
	for i, c := range r.TLSDomainCapabilities {
		caps[i] = c.String()
	}
	return []setting{listSetting("TlsDomainCapabilities", caps), strSetting("TlsCertificateName", r.TLSCertificateName.String())}
}

// connectorName is the name of an Exchange Online connector for a step's
// target; without one (no identifier, and no tenant to derive it from:
// transport.NamesOf) it says so.
func connectorName(name string) string {
	if name == "" {
		return "(name not known: the tenant is not known)"
	}
	return name
}

// onlineConnectorStep creates the Exchange Online connector of the kind
// ("Inbound", "Outbound") named name, with the settings ss, after the
// steps deps.
func (p *planner) onlineConnectorStep(kind, name, summary string, ss []setting, deps ...string) {
	p.add(Step{
		ID: "mailflow/" + strings.ToLower(kind), Phase: PhaseMailFlow, Action: ActionCreate, Where: LocationExchangeOnline, Target: kind + " connector " + connectorName(name),
		Summary: summary,
		Changes: changesOf(ss),
		Reason:  ReasonSecureMail, ByWizard: true, Commands: []Command{{ShellEXO, cmd("New-"+kind+"Connector").str("Name", name).settings(ss).String()}},
	}, deps...)
}

// inboundConnectorStep creates Exchange Online's Inbound connector.
func (p *planner) inboundConnectorStep() {
	in := p.w.connectors.Inbound
	p.onlineConnectorStep("Inbound", in.Name, "Create Exchange Online's Inbound connector that accepts the on-premises servers' mail as internal",
		inboundSettings(in), "hybrid-configuration", optional("verify-domains"), "edge-subscription/")
}

// inboundSettings are the parameters of New-InboundConnector the wizard
// sets, in the order of transport.DiffInboundConnector.
func inboundSettings(in transport.InboundConnector) []setting {
	ss := []setting{
		nameSetting("ConnectorType", in.ConnectorType.String()), nameSetting("ConnectorSource", in.ConnectorSource.String()),
		listSetting("SenderDomains", in.SenderDomains), boolSetting("RequireTls", in.RequireTLS),
		strSetting("TlsSenderCertificateName", in.TLSSenderCertificateName), flagSetting("CloudServicesMailEnabled", in.CloudServicesMailEnabled),
	}
	ss[1].hidden, ss[2].hidden = true, true
	return ss
}

// outboundConnectorStep creates Exchange Online's Outbound connector.
func (p *planner) outboundConnectorStep() {
	out := p.w.connectors.Outbound
	p.onlineConnectorStep("Outbound", out.Name, "Create Exchange Online's Outbound connector that delivers mail for "+strings.Join(out.RecipientDomains, ", ")+" to "+strings.Join(out.SmartHosts, ", "),
		outboundSettings(out), "hybrid-configuration", optional("dns/namespaces"), "mailflow/receive/", optional("verify-domains"), "edge-subscription/")
}

// outboundSettings are the parameters of New-OutboundConnector the wizard
// sets, in the order of transport.DiffOutboundConnector.
func outboundSettings(out transport.OutboundConnector) []setting {
	ss := []setting{
		nameSetting("ConnectorType", out.ConnectorType.String()), nameSetting("ConnectorSource", out.ConnectorSource.String()),
		listSetting("RecipientDomains", out.RecipientDomains), listSetting("SmartHosts", out.SmartHosts),
		boolSetting("UseMXRecord", out.UseMXRecord), nameSetting("TlsSettings", out.TLSSettings.String()), strSetting("TlsDomain", out.TLSDomain),
		flagSetting("CloudServicesMailEnabled", out.CloudServicesMailEnabled), boolSetting("RouteAllMessagesViaOnPremises", out.RouteAllMessagesViaOnPremises),
	}
	for _, i := range []int{0, 1, 4, 7} {
		ss[i].hidden = true
	}
	return ss
}

// onPremisesOrganizationStep ties the connectors and the relationship to
// the on-premises organization in Exchange Online.
func (p *planner) onPremisesOrganizationStep() {
	ss := p.onPremisesOrganizationSettings()
	p.add(Step{
		ID: "mailflow/on-premises-organization", Phase: PhaseMailFlow, Action: ActionCreate, Where: LocationExchangeOnline, Target: "OnPremisesOrganization " + p.org.Name,
		Summary: "Tie the hybrid domains, connectors and relationship to the on-premises organization in Exchange Online",
		Changes: changesOf(ss),
		Reason:  ReasonOnPremisesOrganization, ByWizard: true, Commands: []Command{p.newOnPremisesOrganization(ss)},
	}, "mailflow/inbound", "mailflow/outbound", optional("sharing/exchange-online"), optional("verify-domains"))
}

// newOnPremisesOrganization is the command that creates the
// OnPremisesOrganization with the settings ss.
func (p *planner) newOnPremisesOrganization(ss []setting) Command {
	return Command{ShellEXO, cmd("New-OnPremisesOrganization").str("Name", p.org.Name).settings(ss).String()}
}

// onPremisesOrganizationSettings are the parameters of
// New-OnPremisesOrganization the wizard sets.
func (p *planner) onPremisesOrganizationSettings() []setting {
	return onPremisesOrganizationSettings(p.org.HybridDomains, p.w.connectors.Inbound.Name, p.w.connectors.Outbound.Name,
		p.w.pair.Cloud.Name, p.org.Name, p.w.id)
}

// onPremisesOrganizationSettings lists the settings of an
// OnPremisesOrganization, wanted or exported, in one order.
func onPremisesOrganizationSettings(domains []string, inbound, outbound, relationship, name, guid string) []setting {
	ss := []setting{listSetting("HybridDomains", domains), strSetting("InboundConnector", inbound), strSetting("OutboundConnector", outbound),
		strSetting("OrganizationRelationship", relationship), strSetting("OrganizationName", name), strSetting("OrganizationGuid", guid)}
	for i := 3; i < len(ss); i++ {
		ss[i].hidden = true
	}
	return ss
}

// clientSteps adds OWA redirection, the MRS proxy endpoint on every hybrid
// front end and the migration endpoint.
func (p *planner) clientSteps() {
	org := p.org
	if url := p.w.pair.OnPremises.TargetOWAURL; org.Features.Has(FeatureOwaRedirection) && url != "" {
		p.add(Step{
			ID: "clients/owa-redirection", Phase: PhaseClients, Action: ActionUpdate, Where: LocationOnPremises, Target: "organization relationship " + p.w.pair.OnPremises.Name,
			Summary: "Show users whose mailbox moved to Exchange Online a link to " + url,
			Changes: []Change{{"TargetOwaURL", url}}, Reason: ReasonOWARedirection, ByWizard: true,
			Commands: []Command{{ShellEMS, cmd("Set-OrganizationRelationship").arg(ps(p.w.pair.OnPremises.Name)).str("TargetOwaURL", url).String()}},
		}, "sharing/on-premises")
	}
	if !org.Features.Has(FeatureMoveMailbox) || !capsOf(org.Type).MRSEndpoint {
		return
	}
	for _, name := range p.frontEndNames() {
		p.add(Step{
			ID: "clients/mrs-proxy/" + name, Phase: PhaseClients, Action: ActionUpdate, Where: LocationOnPremises, Target: name + `\EWS (Default Web Site)`,
			Summary: "Enable the MRS proxy endpoint on " + name + " for mailbox moves in both directions",
			Changes: []Change{{"MRSProxyEnabled", "$true"}}, Reason: ReasonMRSProxy, ByWizard: true,
			Commands: []Command{{ShellEMS, cmd("Set-WebServicesVirtualDirectory").arg(ps(name+`\EWS (Default Web Site)`)).boolean("MRSProxyEnabled", true).String()}},
		}, optional("namespaces/"+name), optional("install/"+name), optional("upgrade/"+name), "hybrid-configuration")
	}
	// A modern hybrid's moves go through the Hybrid Agent, whose host the
	// wizard sets as RemoteServer
	// (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent).
	remote := org.Namespaces.EWS
	if p.w.agentHost != "" {
		remote = p.w.agentHost
	}
	if remote == "" {
		return
	}
	const name = "Hybrid Migration Endpoint - EWS (Default Web Site)"
	p.add(Step{
		ID: "clients/migration-endpoint", Phase: PhaseClients, Action: ActionCreate, Where: LocationExchangeOnline, Target: "migration endpoint " + name,
		Summary: "Create the migration endpoint that Exchange Online uses to move mailboxes through " + remote,
		Changes: []Change{{"RemoteServer", remote}}, Reason: ReasonMRSProxy, ByWizard: true,
		Commands: []Command{{ShellEXO, cmd("New-MigrationEndpoint").toggle("ExchangeRemoteMove").str("Name", name).str("RemoteServer", remote).param("Credentials", "(Get-Credential)").String()}},
	}, "clients/mrs-proxy/", optional("dns/namespaces"), optional("hybrid-agent"))
}

// cutover points the MX records at Exchange Online Protection when the
// organization chose it, after mail flow works both ways.
func (p *planner) cutover() {
	if p.org.MX != transport.MXExchangeOnline || !p.w.mailFlow {
		return
	}
	for k, d := range p.org.HybridDomains {
		p.add(Step{
			ID: "cutover/mx/" + strconv.Itoa(k), Phase: PhaseCutover, Action: ActionUpdate, Where: LocationPublicDNS, Target: "MX record of " + d,
			Summary: "Point the MX record of " + d + " at Exchange Online Protection; the wizard never changes MX records",
			Changes: []Change{{"MX", "the Exchange Online Protection host the Microsoft 365 admin center shows for " + d}},
			Reason:  ReasonMXCutover, Disruptive: true,
			Commands: []Command{{ShellDNS, dnsRecord(d, "MX 0  <"+eopHostHint(d)+">")}},
		}, "mailflow/", optional("dns/namespaces"), optional("verify-domains"))
	}
}

// eopHostHint shows the form of a domain's Exchange Online Protection MX
// host, without claiming the exact value, which the admin center gives.
func eopHostHint(domain string) string {
	return "host shown in the Microsoft 365 admin center for " + domain + ", of the form *.mail.protection.outlook.com"
}
