package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/guid"
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
// Two inputs the exports cannot give are filled in, and said so:
//   - the hybrid type, which FromInventory leaves out (classic and modern
//     hybrids record the same objects on premises): TypeClassicFull when
//     the recorded features hold more than mailbox moves, the only feature
//     of a minimal hybrid (Type.Allowed), TypeClassicMinimal otherwise;
//     FromInventory's hybrid/not-observed finding at "type" stays;
//   - the wizard's identifier, when opts.ID is empty: the OrganizationGuid
//     of Exchange Online's OnPremisesOrganization, which the wizard's
//     objects are named after, when Exchange Online was exported.
func Rerun(current *inventory.Inventory, opts Options) (Organization, DeploymentPlan, exhybrid.Findings) {
	org, fs := FromInventory(current)
	if !org.Type.IsValid() {
		org.Type = TypeClassicMinimal
		if !org.Features.Minus(Features(FeatureMoveMailbox)).IsEmpty() {
			org.Type = TypeClassicFull
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
	opts.Current = current
	p, planned := Plan(org, opts)
	return org, p, append(fs, planned...)
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
