package hybrid

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// prerequisites adds the server steps: updates the coexistence minimums and
// the "latest or previous update" rule call for, new hybrid servers when
// there are none or one, and Edge Subscriptions.
func (p *planner) prerequisites() {
	coexistence := roles.CoexistenceOf(p.org.Servers)
	for i, s := range p.org.Servers {
		p.upgrade(i, s, coexistence.Requirements(i))
	}
	p.installHybridServers()
	for _, i := range p.edges {
		s := p.org.Servers[i]
		if !s.IsEdge() || s.EdgeSync {
			continue
		}
		site := p.hybridSite()
		p.add(Step{
			ID: "edge-subscription/" + s.Name, Phase: PhasePrerequisites, Action: Create, Where: OnPremises,
			Target:  "Edge Subscription of " + s.Name,
			Summary: "Subscribe Edge Transport server " + s.Name + " to Active Directory site " + site + " so that EdgeSync runs before the wizard",
			Changes: []Change{{"Site", site}},
			Reason:  CodeEdgeNotSubscribed,
			Commands: []Command{
				{EMS, "# On " + comment(s.Name) + ":\nNew-EdgeSubscription -FileName 'C:\\EdgeSubscription.xml'"},
				{EMS, "# On a hybrid server, within 24 hours:\nNew-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('C:\\EdgeSubscription.xml')) -Site " + ps(site)},
			},
		}, "upgrade/"+s.Name, "install/")
	}
}

// upgrade adds the update step of server i if it needs one, given the
// minimums its coexistence with the other servers requires.
func (p *planner) upgrade(i int, s roles.Server, requirements []roles.Requirement) {
	prod := s.Product()
	if !prod.OnPremises() {
		return
	}
	var why []string
	reason := exhybrid.Code("")
	var min version.Build
	for _, r := range requirements {
		if !r.Met(s.Build) {
			why = append(why, r.Name+" or later for "+r.Because)
			if reason == "" {
				reason = r.Code
			}
			if r.Min.Compare(min) > 0 {
				min = r.Min
			}
		}
	}
	hybridRole := containsInt(p.hybrid, i) || containsInt(p.edges, i)
	if hybridRole && p.on.IsValid() && version.StatusOf(s.Build, p.on).Currency == version.CurrencyOutdated {
		why = append(why, "the latest or the previous update for a hybrid server")
		if reason == "" {
			reason = CodeUpdateNotCurrent
		}
	}
	if len(why) == 0 {
		return
	}
	target, ok := version.LatestUpdate(prod, p.on)
	if !ok || target.Build.Compare(min) < 0 {
		if r, found := version.Lookup(min); found {
			target = r
		}
	}
	p.add(Step{
		ID: "upgrade/" + s.Name, Phase: PhasePrerequisites, Action: Update, Where: Server, Target: s.Name,
		Summary:    "Install " + target.String() + " on " + s.Name + " (needs " + strings.Join(why, "; ") + ")",
		Changes:    []Change{{"Build", s.Build.String() + " → " + target.Build.String()}},
		Reason:     reason,
		Disruptive: true,
		Commands:   []Command{{Setup, setupUpgrade(s.Name, target)}},
	})
}

func setupUpgrade(server string, r version.Release) string {
	switch r.Kind() {
	case version.KindUpdateRollup:
		return "On " + server + ": install the " + r.String() + " package (" + r.Build.String() + ")"
	case version.KindServicePack:
		if r.Product <= version.Exchange2010 {
			return "On " + server + ": run the " + r.String() + " setup: Setup.com /Mode:Upgrade"
		}
	}
	return "On " + server + ": run the " + r.String() + " setup: Setup.exe /Mode:Upgrade (with the license switch of that release)"
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// installVersion is the version to install as new hybrid servers: the
// newest version that every version present accepts as its hybrid version.
func (a *analysis) installVersion() version.Product {
	for h := version.ExchangeSE; h >= version.Exchange2010; h-- {
		if a.acceptable(h) && (a.oldest() != version.ProductUnknown) {
			return h
		}
	}
	return version.ProductUnknown
}

// hybridRoleSet is the role set of a new hybrid server of version p: all
// three internal roles on 2010, Client Access and Mailbox together on 2013
// (the recommended layout), Mailbox from 2016
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites).
func hybridRoleSet(p version.Product) roles.RoleSet {
	switch p {
	case version.Exchange2010:
		return roles.Of(roles.Mailbox, roles.ClientAccess, roles.HubTransport)
	case version.Exchange2013:
		return roles.Of(roles.Mailbox, roles.ClientAccess)
	}
	return roles.Of(roles.Mailbox)
}

// installHybridServers adds new hybrid servers: two when the organization
// has none (more than one is highly recommended), one when it has one.
func (p *planner) installHybridServers() {
	have := len(p.hybrid)
	if have >= 2 || len(p.org.Servers) == 0 {
		return
	}
	v := p.hybridVersion
	reason := CodeSingleHybridServer
	if have == 0 {
		v, reason = p.installVersion(), CodeNoHybridServer
	}
	if v == version.ProductUnknown {
		return
	}
	target, ok := version.LatestUpdate(v, p.on)
	if !ok {
		return
	}
	rs := hybridRoleSet(v)
	note := ""
	if v == version.ExchangeSE {
		note = " (Microsoft's hybrid table stops at 2019; Exchange SE is judged as Exchange 2019)"
	}
	for n := have + 1; n <= 2; n++ {
		name := newServerName(n)
		p.add(Step{
			ID: "install/" + name, Phase: PhasePrerequisites, Action: Create, Where: Server, Target: name,
			Summary: fmt.Sprintf("Install %v with the %v role%s on a new server, %s, as hybrid server%s",
				target, rs, plural(rs.Len()), name, note),
			Changes:  []Change{{"Build", target.Build.String()}, {"Roles", rs.String()}, {"Site", p.hybridSite()}},
			Reason:   reason,
			Commands: []Command{{Setup, "On " + name + ": Setup.exe /Mode:Install /Roles:" + strings.ReplaceAll(rs.String(), " ", "") + " (with the license switch of " + target.String() + ")"}},
		}, "upgrade/")
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// newServerName names the n-th hybrid server the plan installs.
func newServerName(n int) string { return "NEW-HYBRID-" + strconv.Itoa(n) }

// hybridSite is the Active Directory site of the hybrid servers: the first
// hybrid server's, else the first Internet-facing site, else the first
// server's.
func (a *analysis) hybridSite() string {
	for _, i := range a.hybrid {
		if s := a.org.Servers[i].Site; s != "" {
			return s
		}
	}
	for _, s := range a.org.Sites {
		if s.InternetFacing {
			return s.Name
		}
	}
	for _, s := range a.org.Servers {
		if s.Site != "" {
			return s.Site
		}
	}
	return "<site>"
}

// hybridServerNames names the hybrid servers after the plan: the existing
// ones and those the plan installs.
func (p *planner) hybridServerNames() []string {
	names := p.names(p.hybrid)
	for _, s := range p.steps {
		if name, ok := strings.CutPrefix(s.ID, "install/"); ok {
			names = append(names, name)
		}
	}
	return names
}
