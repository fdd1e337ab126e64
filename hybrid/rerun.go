package hybrid

import (
	"fmt"
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/guid"
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
)

// Rerun plans what a run of the Hybrid Configuration Wizard on opts.Date
// would change in the organization the exports describe: the desired
// state is the organization's own recorded intent, [FromInventory](current)
// (its hybrid domains, features, servers and certificate), with the rules
// of that day, and the plan compares it with current (Options.Current).
// On exports from before 2025, for example, it adds the dedicated hybrid
// app's steps and finds the objects the wizard recorded Unchanged. It
// returns the organization it planned, with FromInventory's findings
// followed by the plan's.
//
// It plans what the wizard does, and no more: the wizard configures the
// servers that exist and never installs one
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard), so
// Rerun sets Options.NoServerInstalls: no server installation, the
// HybridConfiguration's wanted Sending and Receiving transport servers are
// the recorded ones, and each recorded server that is not among the
// exported servers gets a CodeNotObserved finding instead of a
// replacement (the validation's recommendation of a second hybrid server
// stays a finding). When Options.Transport.Names is unset it takes the
// name style of the connectors the exports hold (the wizard's logs' or
// Microsoft's pages' names, transport.NamesOf), so that a connector the
// plan creates is named like those that exist.
//
// A nil current is an empty inventory: nothing was exported, so every
// step is not observed. As in [Audit], a field no export holds (the
// tenant, the cloud, the MX choice, the namespaces) is FromInventory's
// hybrid/not-observed note, not also Validate's error: a re-run is judged
// on what the exports say.
//
// Two inputs the exports cannot give are filled in, and said so:
//   - the hybrid type, which FromInventory leaves out (classic and modern
//     hybrids record the same objects on premises): TypeClassicFull when
//     the recorded features hold more than mailbox moves, the only feature
//     of a minimal hybrid ([AllowedFeatures]), TypeClassicMinimal otherwise;
//     FromInventory's hybrid/not-observed finding at "type" stays, and its
//     message says which type was planned and why;
//   - the wizard's identifier, when opts.ID is empty: the OrganizationGuid
//     of Exchange Online's OnPremisesOrganization, which the wizard's
//     objects are named after, when Exchange Online was exported.
func Rerun(current *inventory.Inventory, opts Options) (Organization, DeploymentPlan, exhybrid.Findings) {
	if current == nil {
		current = &inventory.Inventory{} // no exports: nothing observed
	}
	org, fs := FromInventory(current)
	if !org.Type.IsValid() {
		org.Type = TypeClassicMinimal
		why := "the recorded features are mailbox moves at most"
		if org.Features.IsEmpty() {
			why = "no feature is recorded"
		}
		if !org.Features.Minus(Features(FeatureMoveMailbox)).IsEmpty() {
			org.Type, why = TypeClassicFull, "the recorded features hold more than mailbox moves"
		}
		// The plan's header names the type it planned; the note at "type"
		// says where that type came from, so the two do not disagree.
		for i, f := range fs {
			if f.Code == CodeNotObserved && f.Path == "type" {
				fs[i].Message += "; this re-run plans it as " + org.Type.String() + ", because " + why
			}
		}
	}
	if opts.ID == "" {
		for _, o := range current.Online.OnPremisesOrganizations {
			if guid.Valid(o.OrganizationGuid) {
				opts.ID = o.OrganizationGuid
				break
			}
		}
	}
	if opts.Transport.Names == transport.NamesUnknown {
		opts.Transport.Names = namesInUse(current, opts.ID)
	}
	opts.NoServerInstalls = true
	fs = append(fs, unexportedHybridServers(current)...)
	opts.Current = current
	p, planned := Plan(org, opts)
	// What no export holds is FromInventory's note, already in fs, not
	// also Validate's error (as in Audit): a re-run is judged on what the
	// exports say.
	planned, _ = withoutInputGaps(planned, gapsOf(org, fs))
	return org, p, append(fs, planned...)
}

// unexportedHybridServers reports, with CodeNotObserved, each server the
// HybridConfiguration records (its Sending and Receiving transport and
// Client Access servers) that is not among the exported servers, when
// servers were exported: a server of another export, renamed or gone,
// which the wizard's re-run would not replace with a new one. The plan
// keeps the recorded name; only the administrator can say what it is.
func unexportedHybridServers(inv *inventory.Inventory) exhybrid.Findings {
	var fs exhybrid.Findings
	if len(inv.Servers) == 0 || len(inv.HybridConfigurations) == 0 {
		return nil
	}
	h := inv.HybridConfigurations[0]
	exported := func(name string) bool {
		return slices.ContainsFunc(inv.Servers, func(s inventory.Server) bool {
			return servername.Equal(s.Name, name) || (s.FQDN != "" && servername.Equal(s.FQDN, name))
		})
	}
	for _, list := range []struct {
		prop  string
		names []string
	}{{"SendingTransportServers", h.SendingTransportServers}, {"ReceivingTransportServers", h.ReceivingTransportServers},
		{"ClientAccessServers", h.ClientAccessServers}} {
		for i, name := range list.names {
			if !exported(name) {
				fs.Add(rules, h.From.Path(fmt.Sprintf("%s[%d]", list.prop, i)), CodeNotObserved,
					"Export Get-ExchangeServer from the organization that holds "+name+", or run the wizard and choose the hybrid servers",
					"HybridConfiguration records the hybrid server %s, which is not among the exported servers: the plan keeps it and installs no server in its place", name)
			}
		}
	}
	return fs
}

// namesInUse returns the name style of the wizard's connectors that the
// exports hold for the identifier id: NamesHCWLog when the Send connector
// or Exchange Online's Outbound connector has its name in the wizard's
// logs' style, NamesDocumented when one has the documented name, and
// NamesUnknown (the default) when none does or id is empty. The Inbound
// connector's name is the same in both styles and tells nothing.
func namesInUse(inv *inventory.Inventory, id string) transport.NameStyle {
	if id == "" {
		return transport.NamesUnknown
	}
	for _, style := range []transport.NameStyle{transport.NamesHCWLog, transport.NamesDocumented} {
		n := transport.NamesOf(style, id)
		if slices.ContainsFunc(inv.SendConnectors, func(c inventory.SendConnector) bool { return strings.EqualFold(c.Name, n.Send) }) ||
			slices.ContainsFunc(inv.Online.OutboundConnectors, func(c inventory.OutboundConnector) bool { return strings.EqualFold(c.Name, n.Outbound) }) {
			return style
		}
	}
	return transport.NamesUnknown
}
