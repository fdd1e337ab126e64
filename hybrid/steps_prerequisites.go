package hybrid

import (
	"fmt"
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// prerequisites adds the steps before the certificate: the updates the
// coexistence minimums and the "latest or previous update" rule call for
// (the minimums of the organization with the planned hybrid servers, so
// that Exchange 2007 servers reach SP3 Update Rollup 10 before an Exchange
// 2013 server is installed), the new hybrid servers, the Edge
// Subscriptions, the tenant's domains and, for a full hybrid, directory
// synchronization.
func (p *planner) prerequisites() {
	n := len(p.before.org.Servers)
	roleOf := make([]bool, n) // hybrid or hybrid Edge servers
	for _, idx := range [][]int{p.hybrid, p.edges} {
		for _, i := range idx {
			if i < n {
				roleOf[i] = true
			}
		}
	}
	coexistence := roles.CoexistenceOf(p.org.Servers)
	upgraded := make([]bool, n)
	for i, s := range p.org.Servers[:n] {
		upgraded[i] = p.upgrade(s, roleOf[i], coexistence.Requirements(i))
	}
	p.installHybridServers()
	p.edgeSubscriptions(upgraded)
	p.verifyDomains()
	if isFull(p.org.Type) {
		p.directorySync()
	}
}

// upgrade adds the update step of server s if it needs one, given the
// minimums its coexistence with the other servers requires and whether it
// carries hybrid traffic, and reports whether it added one.
func (p *planner) upgrade(s roles.Server, hybridRole bool, requirements []roles.Requirement) bool {
	prod := s.Product()
	if !prod.OnPremises() {
		return false
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
	if hybridRole && p.on.IsValid() && version.StatusOf(s.Build, p.on).Currency == version.CurrencyOutdated {
		why = append(why, "the latest or the previous update for a hybrid server")
		if reason == "" {
			reason = CodeUpdateNotCurrent
		}
	}
	// Every server (not Edge) needs the dedicated hybrid app's build
	// (CodeHybridAppBuild), hybrid server or not.
	if !s.IsEdge() && p.appRules() {
		if need, never, ok := appBuild(s); !ok && !never {
			why = append(why, releaseName(need)+" or later for the dedicated hybrid app")
			if reason == "" {
				reason = CodeHybridAppBuild
			}
			if need.Compare(min) > 0 {
				min = need
			}
		}
	}
	if len(why) == 0 {
		return false
	}
	target := updateTarget(prod, min, p.on)
	p.upgradeTo[s.Name] = target.Build
	p.add(Step{
		ID: "upgrade/" + s.Name, Phase: PhasePrerequisites, Action: ActionUpdate, Where: LocationServer, Target: s.Name,
		Summary:    "Install " + target.String() + " on " + s.Name + " (needs " + strings.Join(why, "; ") + ")",
		Changes:    []Change{{"Build", s.Build.String() + " → " + target.Build.String()}},
		Reason:     reason,
		Disruptive: true,
		Commands:   []Command{{ShellManual, setupUpgrade(s.Name, s.Build, target, p.on)}},
	})
	return true
}

// updateTarget returns the release a server of product prod is updated
// to on the day on, at least min: the newest update level released by the
// day, and within it the newest public security or hotfix update. An
// administrator installs that, not the level alone nor a rule's minimum: a
// cumulative update without its security updates is exposed to every
// vulnerability they fix (version.PatchStatusOf). The plan's update step
// and updates-missing's goal for a level no longer serviced both take it.
func updateTarget(prod version.Product, min version.Build, on version.Date) version.Release {
	target, ok := version.LatestUpdate(prod, on)
	if !ok || target.Build.Compare(min) < 0 {
		if r, found := version.Lookup(min); found {
			target = r
		}
	}
	if latest := version.PatchStatusOf(target.Build, on).LatestPublic; latest.Build.Compare(target.Build) > 0 {
		target = latest
	}
	return target
}

// setupUpgrade says how to take a server from build from to release r:
// update rollups are packages; a security or hotfix update is a package
// for its own cumulative update, so a server on another level runs that
// cumulative update's setup first; Exchange 2007 and 2010 service packs
// run Setup.com, later releases Setup.exe with the license switch of the
// release.
func setupUpgrade(server string, from version.Build, r version.Release, on version.Date) string {
	switch r.Kind() {
	case version.KindSecurityUpdate, version.KindHotfixUpdate:
		pkg := "install the " + r.String() + " package (" + r.Build.String() + ")"
		if level := version.PatchStatusOf(r.Build, on).Level; level.Build.IsValid() && from.Level() != level.Build.Level() {
			return "On " + server + ": run the " + level.String() + " setup: Setup.exe /Mode:Upgrade (with the license switch of that release), then " + pkg
		}
		return "On " + server + ": " + pkg
	case version.KindUpdateRollup:
		return "On " + server + ": install the " + r.String() + " package (" + r.Build.String() + ")"
	case version.KindServicePack:
		if r.Product <= version.Exchange2010 {
			return "On " + server + ": run the " + r.String() + " setup: Setup.com /Mode:Upgrade"
		}
	}
	return "On " + server + ": run the " + r.String() + " setup: Setup.exe /Mode:Upgrade (with the license switch of that release)"
}

// setupInstall says how to install a new server of release r with the
// given roles: Exchange 2007 and 2010 run Setup.com without a license
// switch, later versions Setup.exe with the license switch of the release.
func setupInstall(server string, rs roles.RoleSet, r version.Release) string {
	list := strings.ReplaceAll(rs.String(), " ", "")
	if r.Product <= version.Exchange2010 {
		return "On " + server + ": run the " + r.String() + " setup: Setup.com /Mode:Install /Roles:" + list
	}
	return "On " + server + ": run the " + r.String() + " setup: Setup.exe /Mode:Install /Roles:" + list + " (with the license switch of that release)"
}

// installHybridServers adds the installation of the planned hybrid
// servers (plannedServers), after every update.
func (p *planner) installHybridServers() {
	in := p.install
	for _, s := range in.servers {
		p.add(Step{
			ID: "install/" + s.Name, Phase: PhasePrerequisites, Action: ActionCreate, Where: LocationServer, Target: s.Name,
			Summary: fmt.Sprintf("Install %v with the %v role%s on a new server, %s, as hybrid server, published to the Internet",
				in.release, s.Roles, plural(s.Roles.Len()), s.Name),
			Changes:  []Change{{"Build", s.Build.String()}, {"Roles", s.Roles.String()}, {"Site", s.Site}, {"InternetFacing", "yes"}},
			Reason:   in.reason,
			Commands: []Command{{ShellManual, setupInstall(s.Name, s.Roles, in.release)}},
		}, "upgrade/")
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// edgeSubscriptions subscribes the hybrid Edge Transport servers that are
// not subscribed, since EdgeSync must be configured before the wizard runs
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites),
// and re-creates the subscription of every subscribed Edge server the plan
// updates: Active Directory must learn its new version, which re-creating
// the subscription records
// (https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e14coexistenceminversionrequirement,
// https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e15coexistenceminversionrequirement),
// after which the wizard must run again
// (https://learn.microsoft.com/exchange/edge-transport-servers); the plan
// runs it after these steps. Remove-EdgeSubscription removes the
// subscription from the organization and from the Edge server
// (https://learn.microsoft.com/powershell/module/exchange/remove-edgesubscription).
func (p *planner) edgeSubscriptions(upgraded []bool) {
	site := p.hybridSite()
	for i, s := range p.org.Servers[:len(upgraded)] {
		if !s.IsEdge() {
			continue
		}
		subscribe := []Command{
			{ShellEMS, onServer(s.Name, cmd("New-EdgeSubscription").str("FileName", edgeSubscriptionFile))},
			{ShellEMS, noted("On a hybrid server, within 24 hours:", cmd("New-EdgeSubscription").param("FileData", "([System.IO.File]::ReadAllBytes("+ps(edgeSubscriptionFile)+"))").str("Site", site))},
		}
		switch {
		case !s.EdgeSync && slices.Contains(p.edges, i):
			p.add(Step{
				ID: "edge-subscription/" + s.Name, Phase: PhasePrerequisites, Action: ActionCreate, Where: LocationOnPremises,
				Target:   "Edge Subscription of " + s.Name,
				Summary:  "Subscribe Edge Transport server " + s.Name + " to Active Directory site " + site + " so that EdgeSync runs before the wizard",
				Changes:  []Change{{"Site", site}},
				Reason:   CodeEdgeNotSubscribed,
				Commands: subscribe,
			}, optional("upgrade/"+s.Name), "install/")
		case s.EdgeSync && upgraded[i]:
			p.add(Step{
				ID: "edge-subscription/" + s.Name, Phase: PhasePrerequisites, Action: ActionReplace, Where: LocationOnPremises,
				Target:     "Edge Subscription of " + s.Name,
				Summary:    "Re-create the Edge Subscription of " + s.Name + " after its update, so that Active Directory records its new version; rerun the wizard afterwards",
				Changes:    []Change{{"Site", site}},
				Reason:     ReasonEdgeResubscription,
				Disruptive: true,
				Commands: append([]Command{
					{ShellEMS, noted("On a hybrid server:", cmd("Remove-EdgeSubscription").str("Identity", s.Name))},
					{ShellEMS, onServer(s.Name, cmd("Remove-EdgeSubscription").str("Identity", s.Name))},
				}, subscribe...),
			}, "upgrade/"+s.Name, "install/")
		}
	}
}

// verifyDomains adds every hybrid domain to the tenant and verifies it:
// every domain of a hybrid deployment must be registered with Microsoft
// 365 (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites),
// verified by a TXT record
// (https://learn.microsoft.com/exchange/mailbox-migration/use-minimal-hybrid-to-quickly-migrate).
// The Exchange Online connectors, relationship and MX change depend on it.
func (p *planner) verifyDomains() {
	var domains []string
	var changes []Change
	var cmds []Command
	for _, d := range p.org.HybridDomains {
		if dnsname.CheckFQDN(d) != nil || slices.ContainsFunc(domains, func(e string) bool { return dnsname.Equal(d, e) }) {
			continue
		}
		d = strings.ToLower(d)
		domains = append(domains, d)
		changes = append(changes, Change{d, "verified"})
		cmds = append(cmds,
			Command{ShellManual, "In the Microsoft 365 admin center (Settings > Domains), add " + d + " and verify it with the TXT record the admin center shows"},
			Command{ShellDNS, dnsRecord(d, "TXT  <the verification value the Microsoft 365 admin center shows for "+d+">")})
	}
	if len(domains) == 0 || !p.org.Type.IsValid() {
		return
	}
	p.add(Step{
		ID: "verify-domains", Phase: PhasePrerequisites, Action: ActionCreate, Where: LocationExchangeOnline,
		Target:  "tenant domains " + strings.Join(domains, ", "),
		Summary: "Add and verify every hybrid domain in the tenant",
		Changes: changes, Reason: ReasonVerifyDomains, Commands: cmds,
	})
}

// directorySync adds directory synchronization. A hybrid deployment needs
// Microsoft Entra Connect (Azure AD Connect), on a separate server,
// synchronizing every 30 minutes (https://learn.microsoft.com/exchange/exchange-hybrid,
// https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites),
// with Exchange hybrid writeback, which Entra Connect Sync offers in its
// custom installation
// (https://learn.microsoft.com/azure/active-directory/hybrid/exchange-hybrid-writeback).
// The hybrid page says its cloud sync cannot serve hybrid migrations, for
// want of that writeback (https://learn.microsoft.com/exchange/exchange-hybrid);
// newer Entra pages describe writeback with cloud sync too, so the plan
// names Connect Sync, which both sources accept. A full hybrid keeps
// synchronizing (before the wizard, which checks for it,
// https://learn.microsoft.com/exchange/hybrid-configuration-wizard); a
// minimal one synchronizes users and passwords once and then turns
// synchronization off, after the wizard
// (https://learn.microsoft.com/exchange/mailbox-migration/use-minimal-hybrid-to-quickly-migrate);
// for an express migration the wizard sets up Azure AD Connect with
// Express settings itself
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options).
func (p *planner) directorySync() {
	t := p.org.Type
	s := Step{
		ID: "directory-sync", Phase: PhasePrerequisites, Action: ActionCreate, Where: LocationServer, Target: "directory synchronization",
		Reason: ReasonDirectorySync,
	}
	deps := []string{}
	switch {
	case isFull(t):
		s.Summary = "Synchronize the on-premises directory with the tenant with Microsoft Entra Connect Sync (Azure AD Connect), with Exchange hybrid writeback"
		s.Changes = []Change{{"Tool", "Microsoft Entra Connect Sync"}, {"Synchronization", "ongoing, every 30 minutes"}, {"Exchange hybrid writeback", "on"}}
		s.Commands = []Command{{ShellManual, "On a separate server, install Microsoft Entra Connect Sync (Azure AD Connect) and choose the Exchange hybrid deployment option of the custom installation; Entra Connect cloud sync is not the tool the hybrid pages support"}}
	case t == TypeClassicExpress:
		s.Phase, s.ByWizard = PhaseHybridConfig, true
		s.Summary = "Synchronize users and passwords to the tenant once: the wizard installs Azure AD Connect with Express settings, then synchronization is turned off"
		s.Changes = []Change{{"Tool", "Azure AD Connect, Express settings"}, {"Synchronization", "once, then off"}}
		s.Commands = []Command{{ShellManual, "On the wizard's User Provisioning page, choose to synchronize users and passwords one time, and run Azure AD Connect with Express settings when the wizard downloads it"}}
		deps = append(deps, "hybrid-configuration")
	case t == TypeClassicMinimal || t == TypeModernMinimal:
		s.Phase = PhaseHybridConfig
		s.Summary = "Synchronize users and passwords to the tenant once with Microsoft Entra Connect (Azure AD Connect), then turn synchronization off: a minimal hybrid keeps no directory synchronization"
		s.Changes = []Change{{"Tool", "Microsoft Entra Connect (Azure AD Connect)"}, {"Synchronization", "once, then off"}}
		s.Commands = []Command{{ShellManual, "Install Microsoft Entra Connect (Azure AD Connect) with Express settings, synchronize users and passwords once, then turn directory synchronization off"}}
		deps = append(deps, "hybrid-configuration")
	default:
		return
	}
	p.add(s, deps...)
}
