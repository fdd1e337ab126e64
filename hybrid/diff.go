package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
)

// A plan with a current state (Options.Current) is built as without one,
// from the organization, and then compared step by step with what the
// exports show: each step whose object the inventory holds, or could hold
// and does not, is Observed, with the action the comparison gives; every
// other step is NotObserved and keeps its action. The comparison of each
// kind of object is an observer, keyed by the step's ID, so that a kind
// of object the inventory learns to read is one more observer.
//
// What the planner observes, and what it cannot:
//
//   - upgrade/<server>: the server's build (ExSetup's when exported, else
//     AdminDisplayVersion) against the update the step installs;
//   - install/<server>: the new hybrid server, missing unless a server of
//     that name exists;
//   - certificate/request: whether a certificate of the exports serves
//     (not self-signed, valid on the day, every name covered);
//   - domains/coexistence: the coexistence domain among the accepted
//     domains;
//   - hybrid-configuration: the HybridConfiguration object's domains,
//     features, smart host, servers and certificate name (not for an
//     Exchange 2010 hybrid: its TransportServers are not read);
//   - mailflow/send and mailflow/receive/<server>: the connectors, with
//     transport's Diff functions; the Send connector under the plan's
//     name or either name style's (resolveConnectors);
//   - mailflow/inbound, mailflow/outbound and
//     mailflow/on-premises-organization: Exchange Online's connectors
//     (under the plan's name, the OnPremisesOrganization's or either
//     name style's) and OnPremisesOrganization, when Exchange Online was
//     exported;
//   - namespaces/<server>: the OWA and EWS virtual directories'
//     ExternalUrl (not when the step sets ActiveSync or Outlook Anywhere,
//     whose directories the inventory does not read);
//   - clients/mrs-proxy/<server>: the EWS virtual directory's
//     MRSProxyEnabled;
//   - hybrid-app/setting-override and hybrid-app/graph-override: a
//     setting override of the step's component and section that is
//     enabled;
//   - sharing/on-premises, sharing/exchange-online and
//     clients/owa-redirection: the organization relationships of both
//     sides, by name or else by partner domains (the wizard's names hold
//     its identifier), with federation.DiffOrganizationRelationship;
//   - federation/trust (by name), federation/identifier (account
//     namespace, federated domains, enabled), oauth/exchange-online
//     (Exchange Online's intra-organization connector), domains/address-policy
//     (the coexistence address on every policy of a hybrid domain) and
//     ews/allow-list (EwsEnabled, and the dedicated app's ID when known);
//   - hybrid-app/auth-server: the EvoSts authorization server's
//     ApplicationIdentifier and DomainName, when the app's ID is known;
//   - hybrid-wizard: Unchanged when every step the wizard performs was
//     observed Unchanged.
//
// A kind of object counts as exported when the inventory holds at least
// one object of it: an export of none cannot be told from no export, so
// a missing object is a Create only when others of its kind were read.
// The steps of the tenant, DNS, licences, the installation of
// certificates (an export does not say on which server a certificate is
// enabled) and the objects the inventory does not read yet are
// NotObserved.
//
// The steps come from the organization: a condition the organization
// says is met (an accepted coexistence domain, a current build) adds no
// step even where the exports show it unmet. Plan the organization
// imported from the same exports (re-run mode) to have both agree.

// current is the current state, indexed by identity once, so that
// comparing a plan costs time linear in the number of objects.
type current struct {
	inv     *inventory.Inventory
	servers map[string]*inventory.Server           // by the key of Name and of FQDN
	domains map[string]*inventory.AcceptedDomain   // by the key of DomainName
	send    map[string]*inventory.SendConnector    // by connectorKey(Name)
	receive map[string]*inventory.ReceiveConnector // by receiveKey
	// inbound and outbound are Exchange Online's connectors, by
	// connectorKey(Name).
	inbound  map[string]*inventory.InboundConnector
	outbound map[string]*inventory.OutboundConnector
	// sendHave, inboundHave and outboundHave are the connectors the
	// plan's steps compare, nil when none was found; keepSend,
	// keepInbound and keepOutbound the connectorKeys of the names that
	// removals never removes; onPremisesOrg the index of the
	// OnPremisesOrganization compared, or -1. Filled by resolveConnectors.
	sendHave                            *inventory.SendConnector
	inboundHave                         *inventory.InboundConnector
	outboundHave                        *inventory.OutboundConnector
	keepSend, keepInbound, keepOutbound map[string]bool
	onPremisesOrg                       int
	// owa and ews are the virtual directories, by directoryKey.
	owa map[string]*inventory.OwaVirtualDirectory
	ews map[string]*inventory.WebServicesVirtualDirectory
	// wantReceive is the index of the plan's Receive connector settings of
	// each server, by the server's name as the steps name it; filled by
	// compare.
	wantReceive map[string]int
}

func newCurrent(inv *inventory.Inventory) *current {
	c := &current{inv: inv,
		servers:  make(map[string]*inventory.Server, 2*len(inv.Servers)),
		domains:  make(map[string]*inventory.AcceptedDomain, len(inv.AcceptedDomains)),
		send:     make(map[string]*inventory.SendConnector, len(inv.SendConnectors)),
		receive:  make(map[string]*inventory.ReceiveConnector, len(inv.ReceiveConnectors)),
		inbound:  make(map[string]*inventory.InboundConnector, len(inv.Online.InboundConnectors)),
		outbound: make(map[string]*inventory.OutboundConnector, len(inv.Online.OutboundConnectors)),
	}
	c.owa = make(map[string]*inventory.OwaVirtualDirectory, len(inv.OwaVirtualDirectories))
	for i := range inv.OwaVirtualDirectories {
		d := &inv.OwaVirtualDirectories[i]
		c.owa[directoryKey(d.Server, d.Name)] = d
	}
	c.ews = make(map[string]*inventory.WebServicesVirtualDirectory, len(inv.WebServicesVirtualDirectories))
	for i := range inv.WebServicesVirtualDirectories {
		d := &inv.WebServicesVirtualDirectories[i]
		c.ews[directoryKey(d.Server, d.Name)] = d
	}
	for i := range inv.Online.InboundConnectors {
		c.inbound[connectorKey(inv.Online.InboundConnectors[i].Name)] = &inv.Online.InboundConnectors[i]
	}
	for i := range inv.Online.OutboundConnectors {
		c.outbound[connectorKey(inv.Online.OutboundConnectors[i].Name)] = &inv.Online.OutboundConnectors[i]
	}
	// Names first, then FQDNs where no name took the key: a server's own
	// name wins over another server's FQDN that spells it (a fuzzed
	// organization had EX1 with the FQDN "EX3" beside a server EX3).
	for _, fqdn := range []bool{false, true} {
		for i := range inv.Servers {
			s := &inv.Servers[i]
			n := s.Name
			if fqdn {
				n = s.FQDN
			}
			if k := servername.Key(n); n != "" && c.servers[k] == nil {
				c.servers[k] = s
			}
		}
	}
	for i := range inv.AcceptedDomains {
		d := &inv.AcceptedDomains[i]
		if k := servername.Key(d.DomainName); c.domains[k] == nil {
			c.domains[k] = d
		}
	}
	for i := range inv.SendConnectors {
		c.send[connectorKey(inv.SendConnectors[i].Name)] = &inv.SendConnectors[i]
	}
	for i := range inv.ReceiveConnectors {
		r := &inv.ReceiveConnectors[i]
		c.receive[receiveKey(r.Server, r.Name)] = r
	}
	return c
}

// connectorKey is the key of a connector's name: equal for names
// strings.EqualFold finds equal, as Exchange's directory compares object
// names without regard to case. A connector's name is no DNS name: a
// trailing dot is part of it (servername.Key would drop it).
func connectorKey(name string) string { return string(servername.AppendKey(nil, name)) }

// resolveConnectors finds the connectors the plan's mail-flow steps
// compare and the names removals must keep. The wizard's connectors go by
// two name styles for one identifier (transport.NamesOf): Microsoft's
// pages name them one way, the wizard's logs the other, and a deployment
// holds whichever the wizard of its day wrote. Each connector is looked up
// by the plan's name, then (Exchange Online's) by the name the
// OnPremisesOrganization gives it (InboundConnector, OutboundConnector:
// https://learn.microsoft.com/powershell/module/exchange/set-onpremisesorganization),
// then by either style's name. Every one of those names is kept: no
// source proves that a connector of such a name is not the live one, so
// the conservative choice is never to remove it.
func (c *current) resolveConnectors(p *planner) {
	want := p.w.connectors
	docs := transport.NamesOf(transport.NamesDocumented, p.w.id)
	log := transport.NamesOf(transport.NamesHCWLog, p.w.id)
	var orgInbound, orgOutbound string
	c.onPremisesOrg = onPremisesOrganizationOf(c.inv.Online.OnPremisesOrganizations, p.org.Name)
	if c.onPremisesOrg >= 0 {
		o := c.inv.Online.OnPremisesOrganizations[c.onPremisesOrg]
		orgInbound, orgOutbound = o.InboundConnector, o.OutboundConnector
	}
	send := []string{want.Send.Name, docs.Send, log.Send}
	inbound := []string{want.Inbound.Name, orgInbound, docs.Inbound, log.Inbound}
	outbound := []string{want.Outbound.Name, orgOutbound, docs.Outbound, log.Outbound}
	c.sendHave, c.keepSend = firstNamed(c.send, send), nameKeys(send)
	c.inboundHave, c.keepInbound = firstNamed(c.inbound, inbound), nameKeys(inbound)
	c.outboundHave, c.keepOutbound = firstNamed(c.outbound, outbound), nameKeys(outbound)
}

// onPremisesOrganizationOf returns the index of the OnPremisesOrganization
// of the organization's name in list, or of the only one, or -1.
func onPremisesOrganizationOf(list []inventory.OnPremisesOrganization, name string) int {
	i := slices.IndexFunc(list, func(o inventory.OnPremisesOrganization) bool { return strings.EqualFold(o.Name, name) })
	if i < 0 && len(list) == 1 {
		i = 0
	}
	return i
}

// firstNamed returns the object of byName under the first of names that
// one has, or nil.
func firstNamed[T any](byName map[string]*T, names []string) *T {
	for _, n := range names {
		if have := byName[connectorKey(n)]; n != "" && have != nil {
			return have
		}
	}
	return nil
}

// nameKeys returns the set of the connectorKeys of the names that are not
// empty.
func nameKeys(names []string) map[string]bool {
	out := make(map[string]bool, len(names))
	for _, n := range names {
		if n != "" {
			out[connectorKey(n)] = true
		}
	}
	return out
}

// receiveKey identifies a Receive connector by its server and name, as
// its Identity "SERVER\Default Frontend SERVER" does: the server as a
// server name, the connector's name by connectorKey (no DNS name, so a
// trailing dot counts).
func receiveKey(server, name string) string {
	return servername.Key(server) + `\` + connectorKey(name)
}

// directoryKey identifies a virtual directory by its server and name, as
// its Identity "SERVER\owa (Default Web Site)" does.
func directoryKey(server, name string) string { return receiveKey(server, name) }

// server returns the server of the exports named name, by name or FQDN.
func (c *current) server(name string) *inventory.Server {
	if name == "" {
		return nil
	}
	return c.servers[servername.Key(name)]
}

// observer compares the steps of one kind with the current state; name
// is the rest of the step's ID after the observer's prefix (a server's
// name), or "".
type observer func(p *planner, c *current, s *Step, name string)

// observers are keyed by a step ID, or a prefix ending in "/".
var observers = map[string]observer{
	"upgrade/":             observeUpgrade,
	"install/":             observeInstall,
	"certificate/request":  observeCertificateRequest,
	"domains/coexistence":  observeCoexistenceDomain,
	"hybrid-configuration": observeHybridConfiguration,
	"mailflow/send":        observeSendConnector,
	"mailflow/receive/":    observeReceiveConnector,
	"mailflow/inbound":     observeInboundConnector,
	"mailflow/outbound":    observeOutboundConnector,

	"mailflow/on-premises-organization": observeOnPremisesOrganization,

	"namespaces/":                 observeNamespaces,
	"clients/mrs-proxy/":          observeMRSProxy,
	"hybrid-app/setting-override": observeSettingOverride,
	"hybrid-app/graph-override":   observeSettingOverride,
	"sharing/on-premises":         observeRelationship,
	"sharing/exchange-online":     observeRelationship,
	"clients/owa-redirection":     observeOWARedirection,
	"federation/trust":            observeFederationTrust,
	"federation/identifier":       observeFederatedIdentifier,
	"oauth/exchange-online":       observeOnlineConnector,
	"domains/address-policy":      observeAddressPolicies,
	"ews/allow-list":              observeEWSAllowList,
	"hybrid-app/auth-server":      observeAuthServer,
}

// observerOf returns the observer of a step ID and the name after its
// prefix.
func observerOf(id string) (observer, string) {
	if o, ok := observers[id]; ok {
		return o, ""
	}
	if i := strings.LastIndexByte(id, '/'); i >= 0 {
		if o, ok := observers[id[:i+1]]; ok {
			return o, id[i+1:]
		}
	}
	return nil, ""
}

// compare gives every step its observation and, for those observed, the
// action the comparison with cur calls for; then adds the removals it can
// prove and settles the wizard's run.
func (p *planner) compare(cur *inventory.Inventory) {
	c := newCurrent(cur)
	c.resolveConnectors(p)
	c.wantReceive = make(map[string]int, len(p.w.connectors.Receive))
	for i, r := range p.w.connectors.Receive {
		if _, dup := c.wantReceive[r.Server]; !dup {
			c.wantReceive[r.Server] = i
		}
	}
	for i := range p.steps {
		s := &p.steps[i]
		s.Observation = ObservationNotObserved
		if observe, name := observerOf(s.ID); observe != nil {
			observe(p, c, s, name)
		}
	}
	p.settleWizardRun()
	p.removals(c) // last: it moves steps, which p.index does not follow
}

// settle records the comparison of an object that exists: Unchanged, with
// no command, when no setting differs; an Update with the commands given
// otherwise.
func (s *Step) settle(cmp []Comparison, update []Command) {
	s.Observation, s.Current = ObservationObserved, cmp
	for _, c := range cmp {
		if c.Differs {
			s.Action, s.Commands = ActionUpdate, update
			return
		}
	}
	s.Action, s.Commands = ActionUnchanged, nil
}

// missing records that the object a step creates is not in the current
// state, where others of its kind are: the step's Create stands.
func (s *Step) missing() { s.Observation = ObservationObserved }

// settleWizardRun makes the wizard's run Unchanged when every step the
// wizard performs was observed Unchanged, and Observed when every one was
// observed: a re-run then changes nothing, or only what those steps say.
func (p *planner) settleWizardRun() {
	i, ok := p.index["hybrid-wizard"]
	if !ok {
		return
	}
	all, unchanged := true, true
	for _, s := range p.steps {
		if !s.ByWizard {
			continue
		}
		all = all && s.Observation == ObservationObserved
		unchanged = unchanged && s.Action == ActionUnchanged
	}
	if !all {
		return
	}
	run := &p.steps[i]
	run.Observation = ObservationObserved
	if unchanged {
		run.Action, run.Commands = ActionUnchanged, nil
	}
}

// insert puts s at index at, after the steps it depends on, and shifts
// the dependencies on the steps after it.
func (p *planner) insert(at int, s Step) {
	for i := range p.steps {
		for k, d := range p.steps[i].DependsOn {
			if d >= at {
				p.steps[i].DependsOn[k] = d + 1
			}
		}
	}
	p.steps = append(p.steps, Step{})
	copy(p.steps[at+1:], p.steps[at:])
	p.steps[at] = s
}
