package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/internal/settingdiff"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// observeUpgrade compares a server's build with the update the step
// installs: at that build or later, nothing is left to install.
func observeUpgrade(p *planner, c *current, s *Step, name string) {
	srv := c.server(name)
	target, ok := p.upgradeTo[name]
	if srv == nil || srv.Build() == (version.Build{}) || !ok {
		return
	}
	have := srv.Build()
	s.settle([]Comparison{{Setting: "Build", Current: have.String(), Desired: target.String(), Differs: have.Compare(target) < 0}}, s.Commands)
}

// observeInstall looks for a new hybrid server among the exported ones:
// missing, the installation stands; present, its build and roles are
// compared with those the step gives it.
func observeInstall(p *planner, c *current, s *Step, name string) {
	if len(c.inv.Servers) == 0 {
		return
	}
	srv := c.server(name)
	if srv == nil {
		s.missing()
		return
	}
	for _, want := range p.install.servers {
		if want.Name != name {
			continue
		}
		have := srv.Build()
		s.settle([]Comparison{
			{Setting: "Build", Current: have.String(), Desired: want.Build.String(), Differs: have.Compare(want.Build) < 0},
			{Setting: "Roles", Current: srv.Roles.String(), Desired: want.Roles.String(), Differs: srv.Roles&want.Roles != want.Roles},
		}, s.Commands)
	}
}

// observeCertificateRequest looks for an exported certificate that serves
// as the hybrid certificate: issued by another name than its own (not
// self-signed), valid on the plan's day and valid for every name the plan
// needs (https://learn.microsoft.com/exchange/certificate-requirements).
// With one, nothing is to request; without one, the request stands.
func observeCertificateRequest(p *planner, c *current, s *Step, _ string) {
	if len(c.inv.Certificates) == 0 {
		return
	}
	names := p.certificateNames()
	for _, cert := range c.inv.Certificates {
		if servesAsHybrid(cert, names, p.on) {
			s.settle([]Comparison{{Setting: "Subject alternative names", Current: strings.Join(cert.DNSNames, ", "), Desired: strings.Join(names, ", ")}}, nil)
			return
		}
	}
	s.missing()
}

// servesAsHybrid reports whether cert can be the hybrid certificate for
// names on day on.
func servesAsHybrid(cert inventory.Certificate, names []string, on version.Date) bool {
	if strings.EqualFold(cert.Subject, cert.Issuer) || len(names) == 0 {
		return false
	}
	if on.IsValid() && version.LastValidDay(cert.NotAfter).Before(on) {
		return false
	}
	for _, n := range names {
		if !slices.ContainsFunc(cert.DNSNames, func(pattern string) bool { return dnsname.Matches(pattern, n) }) {
			return false
		}
	}
	return true
}

// observeCoexistenceDomain looks for the coexistence domain among the
// accepted domains.
func observeCoexistenceDomain(p *planner, c *current, s *Step, _ string) {
	if len(c.inv.AcceptedDomains) == 0 {
		return
	}
	coex := p.org.Tenant.CoexistenceDomain()
	d := c.domains[servername.Key(coex)]
	if d == nil {
		s.missing()
		return
	}
	s.settle([]Comparison{{Setting: "DomainName", Current: d.DomainName, Desired: coex}}, nil)
}

// observeHybridConfiguration compares the HybridConfiguration object with
// the one the plan records. An organization without one shows nothing in
// its export, which cannot be told from no export: the step is then not
// observed. Neither is an Exchange 2010 hybrid's, whose TransportServers
// the inventory does not read.
func observeHybridConfiguration(p *planner, c *current, s *Step, _ string) {
	want := p.wantedHybridConfig()
	if len(c.inv.HybridConfigurations) == 0 || want.v2010 {
		return
	}
	have := exportedHybridConfig(c.inv.HybridConfigurations[0], want)
	differ := diffHybridConfig(have, want)
	s.settleSettings(ShellEMS, "Set-HybridConfiguration", "", hybridSettings(have), hybridSettings(want), differ)
}

// exportedHybridConfig is the hybridConfig of an exported object, with the
// settings of want (mail flow, Exchange 2010) so that the two line up.
// The features are parsed, so that each spelling Exchange, the wizard
// and the cmdlet reference use is one feature (ParseFeature).
func exportedHybridConfig(h inventory.HybridConfiguration, want hybridConfig) hybridConfig {
	out := hybridConfig{mailFlow: want.mailFlow, v2010: want.v2010, smartHost: h.OnPremisesSmartHost,
		sending: h.SendingTransportServers, receiving: h.ReceivingTransportServers, edges: h.EdgeTransportServers,
		clientAccess: h.ClientAccessServers, tlsCertificate: h.TLSCertificateName}
	for _, d := range h.Domains {
		out.domains = append(out.domains, d.Domain)
	}
	for _, name := range h.Features {
		if f, err := ParseFeature(name); err == nil {
			out.features = out.features.With(f)
		} else {
			out.unknownFeatures = append(out.unknownFeatures, name)
		}
	}
	return out
}

// diffHybridConfig names the parameters of Set-HybridConfiguration whose
// values differ between have and want: domains and servers as sets of
// names, features as a set, host names without regard to case or a
// trailing dot, the certificate name parsed.
func diffHybridConfig(have, want hybridConfig) []string {
	var d settingdiff.Names
	d.Check("Domains", servername.SameSet(have.domains, want.domains))
	d.Check("Features", have.features == want.features && len(have.unknownFeatures) == 0)
	if want.mailFlow {
		d.Check("OnPremisesSmartHost", dnsname.Equal(have.smartHost, want.smartHost))
		d.Check("SendingTransportServers", servername.SameSet(have.sending, want.sending))
		d.Check("ReceivingTransportServers", servername.SameSet(have.receiving, want.receiving))
		d.Check("EdgeTransportServers", servername.SameSet(have.edges, want.edges))
		d.Check("TlsCertificateName", have.tlsCertificate.Equal(want.tlsCertificate))
	}
	return d.List()
}

// observeSendConnector compares the Send connector (resolveConnectors)
// with the wanted one. One found under another name than the plan's is
// changed, not renamed: the step's target says which it is.
func observeSendConnector(p *planner, c *current, s *Step, _ string) {
	want := p.w.connectors.Send
	have := found(s, c.sendHave, len(c.inv.SendConnectors))
	if have == nil {
		return
	}
	s.Target = "Send connector " + have.Name
	s.settleSettings(ShellEMS, "Set-SendConnector", have.Name, sendSettings(have.SendConnector), sendSettings(want),
		transport.DiffSendConnector(have.SendConnector, want))
	if s.Action == ActionUpdate {
		s.Summary = "Change the Send connector " + have.Name + " to Exchange Online where it differs from the wizard's"
	}
}

// observeReceiveConnector compares the Receive connector the step changes
// on server with the wanted settings. The wizard changes an existing
// connector: one the exports do not hold is not observed.
func observeReceiveConnector(p *planner, c *current, s *Step, server string) {
	i, ok := c.wantReceive[server]
	if !ok || p.w.connectors.Receive[i].Name == "" {
		return
	}
	want := p.w.connectors.Receive[i]
	have := c.receive[receiveKey(want.Server, want.Name)]
	if have == nil {
		return
	}
	differ := transport.DiffReceiveConnector(have.ReceiveConnector, want)
	wantSettings := receiveSettings(want)
	cmp := compareSettings(receiveSettings(have.ReceiveConnector), wantSettings, differ)
	set := cmd("Set-ReceiveConnector").arg(ps(want.Server + `\` + want.Name))
	// The connector exists and its TlsDomainCapabilities may hold an
	// administrator's entries: the Update adds the wanted entries it
	// lacks with the multivalued property syntax, which keeps the others
	// (https://learn.microsoft.com/exchange/modify-multivalued-properties-exchange-2013-help).
	// An entry of the hybrid's domain with other capabilities stays
	// beside the added one: whether Exchange merges the two is not
	// documented, and removing it is not proven right.
	for i, c := range cmp {
		if c.Setting != "TlsDomainCapabilities" || !c.Differs {
			continue
		}
		var add []string
		for _, m := range transport.MissingCapabilities(have.TLSDomainCapabilities, want.TLSDomainCapabilities) {
			add = append(add, m.String())
		}
		cmp[i].Desired = "add " + strings.Join(add, ", ")
		if len(add) == 1 {
			set.table("TlsDomainCapabilities", [2]string{"Add", add[0]})
		} else {
			set.param("TlsDomainCapabilities", "@{'Add'="+psList(add)+"}")
		}
	}
	set.changed(wantSettings, slices.DeleteFunc(differing(cmp), func(n string) bool { return n == "TlsDomainCapabilities" }))
	text := set.String()
	if s.Where == LocationServer {
		text = onServer(want.Server, set) // an Edge Transport server, as receiveConnectorStep says
	}
	s.settle(cmp, []Command{{ShellEMS, text}})
}

// settleSettings settles s against an exported object: its settings and
// the wanted ones compared, and an Update that sets, with the Set- cmdlet
// on identity (none when ""), only those that differ.
func (s *Step) settleSettings(shell Shell, cmdlet, identity string, have, want []setting, differ []string) {
	cmp := compareSettings(have, want, differ)
	set := cmd(cmdlet)
	if identity != "" {
		set.arg(ps(identity))
	}
	s.settle(cmp, []Command{{shell, set.changed(want, differing(cmp)).String()}})
}

// found returns have, the exported object of the step (resolveConnectors);
// when there is none, it records the step's object as missing if others
// of its kind, n of them, were exported.
func found[T any](s *Step, have *T, n int) *T {
	if have == nil && n > 0 {
		s.missing()
	}
	return have
}

// observeInboundConnector compares Exchange Online's Inbound connector
// (resolveConnectors) with the wanted one.
func observeInboundConnector(p *planner, c *current, s *Step, _ string) {
	want := p.w.connectors.Inbound
	if want.Name == "" {
		return // its name holds the identifier, which the tenant would give
	}
	if have := found(s, c.inboundHave, len(c.inv.Online.InboundConnectors)); have != nil {
		s.Target = "Inbound connector " + have.Name
		s.settleSettings(ShellEXO, "Set-InboundConnector", have.Name, inboundSettings(have.InboundConnector), inboundSettings(want),
			transport.DiffInboundConnector(have.InboundConnector, want))
	}
}

// observeOutboundConnector compares Exchange Online's Outbound connector
// (resolveConnectors) with the wanted one.
func observeOutboundConnector(p *planner, c *current, s *Step, _ string) {
	want := p.w.connectors.Outbound
	if want.Name == "" {
		return // its name holds the identifier, which the tenant would give
	}
	if have := found(s, c.outboundHave, len(c.inv.Online.OutboundConnectors)); have != nil {
		s.Target = "Outbound connector " + have.Name
		s.settleSettings(ShellEXO, "Set-OutboundConnector", have.Name, outboundSettings(have.OutboundConnector), outboundSettings(want),
			transport.DiffOutboundConnector(have.OutboundConnector, want))
	}
}

// observeOnPremisesOrganization compares Exchange Online's
// OnPremisesOrganization (onPremisesOrganizationOf) with the wanted one.
// Its domains are a set; the names it holds are compared without regard
// to case. The connectors it should name are those the plan compares:
// one found under another name than the plan's keeps it.
func observeOnPremisesOrganization(p *planner, c *current, s *Step, _ string) {
	list := c.inv.Online.OnPremisesOrganizations
	inbound, outbound := p.w.connectors.Inbound.Name, p.w.connectors.Outbound.Name
	if c.inboundHave != nil {
		inbound = c.inboundHave.Name
	}
	if c.outboundHave != nil {
		outbound = c.outboundHave.Name
	}
	wantSettings := onPremisesOrganizationSettings(p.org.HybridDomains, inbound, outbound, p.w.pair.Cloud.Name, p.org.Name, p.w.id)
	if c.onPremisesOrg < 0 {
		if c.inboundHave != nil || c.outboundHave != nil {
			// The one to create names the connectors that exist; a
			// change without a value is none, as planner.add says.
			s.Changes = slices.DeleteFunc(changesOf(wantSettings), func(ch Change) bool { return ch.Value == "" })
			s.Commands = []Command{p.newOnPremisesOrganization(wantSettings)}
		}
		if len(list) > 0 {
			s.missing()
		}
		return
	}
	have := list[c.onPremisesOrg]
	haveSettings := onPremisesOrganizationSettings(have.HybridDomains, have.InboundConnector, have.OutboundConnector,
		have.OrganizationRelationship, have.OrganizationName, have.OrganizationGuid)
	var differ []string
	if !servername.SameSet(have.HybridDomains, p.org.HybridDomains) {
		differ = append(differ, "HybridDomains")
	}
	for k := 1; k < len(wantSettings); k++ {
		if !strings.EqualFold(haveSettings[k].text, wantSettings[k].text) {
			differ = append(differ, wantSettings[k].name)
		}
	}
	s.settleSettings(ShellEXO, "Set-OnPremisesOrganization", have.Name, haveSettings, wantSettings, differ)
}

// removals adds the removal of every Send connector the planner can prove
// the desired state no longer has: a connector other than the plan's own
// that routes the tenant's coexistence domain (not as "*", the address
// space of Internet mail) and keeps the
// cross-premises headers (CloudServicesMailEnabled, which the wizard sets
// on the connectors it creates and which serves only mail to the other
// side of a hybrid, https://learn.microsoft.com/powershell/module/exchange/new-sendconnector).
// It competes with the plan's connector for Exchange Online's mail, and
// Exchange picks between them by address space and cost, not by intent
// (https://learn.microsoft.com/exchange/mail-flow/connectors/send-connectors).
// No other removal is proven: a connector without those marks may serve
// another purpose, and one named as either name style names the wizard's
// connector (keepSend) is the live one, whatever the plan calls it.
func (p *planner) removals(c *current) {
	p.removeOnline(c)
	at, ok := p.index["mailflow/send"]
	if !ok {
		return
	}
	want := p.w.connectors.Send
	coex := p.org.Tenant.CoexistenceDomain()
	if coex == "" {
		return
	}
	// "*" covers the coexistence domain too, but a connector for every
	// domain carries the Internet's mail: it is no hybrid connector.
	routesCoex := func(a transport.AddressSpace) bool { return a.Address != "*" && a.Covers(coex) }
	for _, have := range c.inv.SendConnectors {
		if c.keepSend[connectorKey(have.Name)] || !have.CloudServicesMailEnabled || !slices.ContainsFunc(have.AddressSpaces, routesCoex) {
			continue
		}
		at++
		p.insert(at, Step{
			ID: "mailflow/remove-send/" + have.Name, Phase: PhaseMailFlow, Action: ActionRemove, Observation: ObservationObserved,
			Where: LocationOnPremises, Target: "Send connector " + have.Name,
			Summary:   "Remove the Send connector " + have.Name + ", a hybrid connector that also routes mail for " + coex + " beside " + want.Name,
			Reason:    ReasonRemoveConnector,
			DependsOn: []int{p.index["mailflow/send"]},
			Commands:  []Command{{ShellEMS, cmd("Remove-SendConnector").arg(ps(have.Name)).String()}},
		})
	}
}

// removeOnline adds the removal of Exchange Online's connectors that the
// wizard created (ConnectorSource HybridWizard,
// https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector)
// for on-premises mail (ConnectorType OnPremises) other than the plan's
// own: a connector left by an earlier run under another identifier. A
// connector an administrator created has another ConnectorSource and is
// left alone; so is one the OnPremisesOrganization names (Exchange
// Online's mail flow with the organization uses it,
// https://learn.microsoft.com/powershell/module/exchange/set-onpremisesorganization)
// or one named as either name style names the plan's (keepInbound,
// keepOutbound). It runs before the Send connector's removals, which
// p.index still places.
func (p *planner) removeOnline(c *current) {
	for _, id := range []string{"mailflow/outbound", "mailflow/inbound"} {
		at, ok := p.index[id]
		if !ok || p.steps[at].Observation != ObservationObserved {
			continue
		}
		var stale []string
		verb := "Remove-InboundConnector"
		if id == "mailflow/inbound" {
			for _, h := range c.inv.Online.InboundConnectors {
				if hybridWizardConnector(h.ConnectorType, h.ConnectorSource) && !c.keepInbound[connectorKey(h.Name)] {
					stale = append(stale, h.Name)
				}
			}
		} else {
			verb = "Remove-OutboundConnector"
			for _, h := range c.inv.Online.OutboundConnectors {
				if hybridWizardConnector(h.ConnectorType, h.ConnectorSource) && !c.keepOutbound[connectorKey(h.Name)] {
					stale = append(stale, h.Name)
				}
			}
		}
		kind := strings.TrimPrefix(id, "mailflow/")
		for k, name := range stale {
			p.insert(at+1+k, Step{
				ID: "mailflow/remove-" + kind + "/" + name, Phase: PhaseMailFlow, Action: ActionRemove, Observation: ObservationObserved,
				Where: LocationExchangeOnline, Target: strings.ToUpper(kind[:1]) + kind[1:] + " connector " + name,
				Summary:   "Remove the " + kind + " connector " + name + ", which an earlier run of the wizard created beside " + p.steps[at].Target,
				Reason:    ReasonRemoveConnector,
				DependsOn: []int{at},
				Commands:  []Command{{ShellEXO, cmd(verb).arg(ps(name)).String()}},
			})
		}
	}
}

// hybridWizardConnector reports whether an Exchange Online connector is
// one the wizard created for on-premises mail.
func hybridWizardConnector(t transport.ConnectorType, src transport.ConnectorSource) bool {
	return t == transport.ConnectorOnPremises && src == transport.ConnectorSourceHybridWizard
}
