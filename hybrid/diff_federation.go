package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/guid"
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/inventory"
)

// The observers of the federation, OAuth, address policy and EWS steps.

// observeFederationTrust looks for the federation trust of the plan's
// name. A trust of another name is not observed as this one: whether the
// wizard takes it is not documented.
func observeFederationTrust(p *planner, c *current, s *Step, _ string) {
	t := p.w.choice.Trust
	if t == nil || len(c.inv.FederationTrusts) == 0 {
		return
	}
	for _, have := range c.inv.FederationTrusts {
		if strings.EqualFold(have.Name, t.Name) {
			s.settle([]Comparison{{Setting: "Name", Current: have.Name, Desired: t.Name}}, nil)
			return
		}
	}
}

// observeFederatedIdentifier compares the federated organization
// identifier: the account namespace in either form Exchange writes it
// (federation.OrganizationID), enabled, and every federated domain of the
// plan among its domains (Add-FederatedDomain adds to them).
func observeFederatedIdentifier(p *planner, c *current, s *Step, _ string) {
	t := p.w.choice.Trust
	if t == nil || len(c.inv.FederatedOrganizationIdentifiers) == 0 {
		return
	}
	have := c.inv.FederatedOrganizationIdentifiers[0]
	missing := slices.ContainsFunc(t.FederatedDomains, func(d string) bool {
		return !slices.ContainsFunc(have.Domains, func(h string) bool { return dnsname.Equal(h, d) })
	})
	s.settle([]Comparison{
		{Setting: "AccountNamespace", Current: have.AccountNamespace, Desired: t.AccountNamespace,
			Differs: have.AccountNamespace == "" || !dnsname.Equal(federation.OrganizationID(have.AccountNamespace), federation.OrganizationID(t.AccountNamespace))},
		{Setting: "FederatedDomains", Current: strings.Join(have.Domains, ", "), Desired: strings.Join(t.FederatedDomains, ", "), Differs: missing},
		{Setting: "Enabled", Current: psBool(have.Enabled), Desired: psBool(true), Differs: !have.Enabled},
	}, s.Commands)
}

// observeOnlineConnector compares Exchange Online's intra-organization
// connector with the plan's: by name, or else by its target domains.
func observeOnlineConnector(p *planner, c *current, s *Step, _ string) {
	o := p.w.choice.OAuth
	list := c.inv.Online.IntraOrganizationConnectors
	if o == nil || o.Connectors.Cloud == nil || len(list) == 0 {
		return
	}
	want := o.Connectors.Cloud
	i := slices.IndexFunc(list, func(h inventory.IntraOrganizationConnector) bool { return strings.EqualFold(h.Name, want.Name) })
	if i < 0 {
		i = slices.IndexFunc(list, func(h inventory.IntraOrganizationConnector) bool {
			return servername.SameSet(h.TargetAddressDomains, want.TargetAddressDomains)
		})
	}
	if i < 0 {
		s.missing()
		return
	}
	have := list[i]
	wantSettings := connectorSettings(want.DiscoveryEndpoint, want.TargetAddressDomains, p.w.agentEWS())
	var differ []string
	if !sameURL(have.DiscoveryEndpoint, want.DiscoveryEndpoint) {
		differ = append(differ, "DiscoveryEndpoint")
	}
	if !servername.SameSet(have.TargetAddressDomains, want.TargetAddressDomains) {
		differ = append(differ, "TargetAddressDomains")
	}
	if !sameURL(have.TargetSharingEPR, p.w.agentEWS()) {
		differ = append(differ, "TargetSharingEpr")
	}
	cmp := compareSettings(connectorSettings(have.DiscoveryEndpoint, have.TargetAddressDomains, have.TargetSharingEPR), wantSettings, differ)
	cmp = append(cmp, Comparison{Setting: "Enabled", Current: psBool(have.Enabled), Desired: psBool(true), Differs: !have.Enabled})
	set := cmd("Set-IntraOrganizationConnector").arg(ps(have.Name)).changed(wantSettings, differing(cmp))
	if !have.Enabled {
		set.boolean("Enabled", true)
	}
	s.settle(cmp, []Command{{ShellEXO, set.String()}})
}

// sameURL reports whether two URLs are the same without regard to case
// or a trailing slash.
func sameURL(a, b string) bool {
	return strings.EqualFold(strings.TrimSuffix(a, "/"), strings.TrimSuffix(b, "/"))
}

// observeAddressPolicies checks that every email address policy whose
// primary address uses a hybrid domain has the coexistence address
// (smtp:%m@<coexistence domain>) among its templates; with none such
// among the exported policies, the step is not observed. Its Update
// changes and applies each policy that lacks the address, by its name,
// and no other.
func observeAddressPolicies(p *planner, c *current, s *Step, _ string) {
	coex := p.org.Tenant.CoexistenceDomain()
	template := "smtp:%m@" + coex
	var cmp []Comparison
	var update []Command
	for _, policy := range c.inv.EmailAddressPolicies {
		_, domain, ok := strings.Cut(policy.EnabledPrimarySMTPAddressTemplate, "@")
		if !ok || !slices.ContainsFunc(p.org.HybridDomains, func(d string) bool { return dnsname.Equal(d, domain) }) {
			continue
		}
		has := slices.ContainsFunc(policy.EnabledEmailAddressTemplates, func(t string) bool { return strings.EqualFold(t, template) })
		cmp = append(cmp, Comparison{Setting: "EnabledEmailAddressTemplates of " + policy.Name,
			Current: strings.Join(policy.EnabledEmailAddressTemplates, ", "), Desired: "add " + template, Differs: !has})
		if !has {
			update = append(update, p.addressPolicyCommands(policy.Name, template)...)
		}
	}
	if coex == "" || len(cmp) == 0 {
		return
	}
	s.settle(cmp, update)
}

// observeEWSAllowList compares Exchange Online's EWS settings with the
// step's: EWS enabled and the dedicated app's ID on the allow list. The
// app's ID must be known (HybridApp.AppID) to be looked for.
//
// -EwsAllowedAppIDs writes the whole list
// (https://learn.microsoft.com/powershell/module/exchange/set-organizationconfig):
// the Update gives the IDs the export holds followed by the app's, so
// that no other application loses EWS, and sets -EwsEnabled only when it
// differs.
func observeEWSAllowList(p *planner, c *current, s *Step, _ string) {
	id := p.org.HybridApp.AppID
	if len(c.inv.Online.OrganizationConfigs) == 0 || !guid.Valid(id) {
		return
	}
	have := c.inv.Online.OrganizationConfigs[0]
	enabled := ""
	if have.EwsEnabled != nil {
		enabled = psBool(*have.EwsEnabled)
	}
	listed := slices.ContainsFunc(have.EwsAllowedAppIDs, func(a string) bool { return strings.EqualFold(a, id) })
	set := cmd("Set-OrganizationConfig")
	if enabled != psBool(true) {
		set.boolean("EwsEnabled", true)
	}
	if !listed {
		set.list("EwsAllowedAppIDs", append(slices.Clip(have.EwsAllowedAppIDs), strings.ToLower(id)))
	}
	s.settle([]Comparison{
		{Setting: "EwsEnabled", Current: enabled, Desired: psBool(true), Differs: enabled != psBool(true)},
		{Setting: "EwsAllowedAppIDs", Current: strings.Join(have.EwsAllowedAppIDs, ", "), Desired: "add " + strings.ToLower(id), Differs: !listed},
	}, []Command{{ShellEXO, set.String()}})
}

// observeAuthServer compares the EvoSts authorization server, the one the
// step's command picks by its name, with the dedicated app's ID (which
// must be known, HybridApp.AppID) and the step's domains, a set.
func observeAuthServer(p *planner, c *current, s *Step, _ string) {
	id := p.org.HybridApp.AppID
	if !guid.Valid(id) {
		return
	}
	i := slices.IndexFunc(c.inv.AuthServers, func(a inventory.AuthServer) bool {
		return len(a.Name) >= len("EvoSts") && strings.EqualFold(a.Name[:len("EvoSts")], "EvoSts")
	})
	if i < 0 {
		return
	}
	have := c.inv.AuthServers[i]
	domains := p.evoStsDomains()
	s.settle([]Comparison{
		{Setting: "ApplicationIdentifier", Current: have.ApplicationIdentifier, Desired: strings.ToLower(id), Differs: !strings.EqualFold(have.ApplicationIdentifier, id)},
		{Setting: "DomainName", Current: strings.Join(have.DomainName, ", "), Desired: strings.Join(domains, ", "), Differs: !servername.SameSet(have.DomainName, domains)},
	}, s.Commands)
}
