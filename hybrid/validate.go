package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// Validate checks an organization against every hybrid prerequisite for its
// versions, as of the day on, and returns all findings sorted by path. The
// day decides the "latest or previous update" rule, the end of support and
// certificate expiry; the library never reads the clock.
//
// It runs the roles package's server, list and coexistence checks, the
// transport and federation checks on the connectors and relationships the
// wizard would create, and its own rules (see the package documentation's
// # Codes). Every finding's path points into the organization:
// "servers[3].build", "certificate.names", "namespaces.legacy".
func Validate(org Organization, on version.Date) exhybrid.Findings {
	fs, _, _ := check(org, Options{Date: on})
	return fs
}

// check is Validate with the planning options: it returns the sorted
// findings with the analysis and the wizard objects Plan builds on.
func check(org Organization, opts Options) (exhybrid.Findings, *analysis, *wizard) {
	v := &validator{analysis: analyze(org, opts.Date)}
	v.inputs()
	v.servers()
	v.updates()
	v.hybridServers()
	v.edgeServers()
	v.certificate()
	v.namespaces()
	v.domains()
	v.features()
	v.hybridApp()
	w := v.buildWizard(opts)
	v.options(opts, w)
	v.fs = append(v.fs, w.findings...)
	v.controlCharacters(opts)
	v.fs.Sort()
	return v.fs, v.analysis, w
}

type validator struct {
	*analysis
	fs exhybrid.Findings
}

func (v *validator) add(path exhybrid.Path, code exhybrid.Code, fix, format string, args ...any) {
	v.fs.Add(rules, path, code, fix, format, args...)
}

func serverPath(i int) exhybrid.Path { return exhybrid.Path("servers").Index(i) }

func (v *validator) inputs() {
	org := v.org
	if !v.on.IsValid() {
		v.add("", CodeDateInvalid, "Pass the day the organization is judged on",
			"no valid day was given; rules that depend on the date are skipped")
	} else if newest := version.CatalogDate(); v.on.After(newest) {
		v.add("", CodeCatalogOlder, "Use a newer exhybrid, whose catalog includes later updates",
			"the build catalog ends on %v; updates released after it are unknown, so the latest update means the latest known one", newest)
	}
	if problem := organizationNameProblem(org.Name); problem != "" {
		v.add("name", CodeNameInvalid, "Give the Exchange organization's name as Get-OrganizationConfig shows it, such as Contoso",
			"organization name %q %s", org.Name, problem)
	}
	switch err := org.Tenant.Check(); {
	case org.Tenant == "":
		v.add("tenant", CodeTenantInvalid, "Set tenant to the initial domain, such as contoso.onmicrosoft.com",
			"the tenant is not set")
	case err != nil:
		v.add("tenant", CodeTenantInvalid, "Set tenant to the initial domain, such as contoso.onmicrosoft.com",
			"tenant %q is not a tenant's initial domain", org.Tenant)
	}
	switch {
	case !org.Cloud.IsValid():
		v.add("cloud", CodeCloudMissing, "Set cloud to Worldwide, GCCHigh, DoD or 21Vianet", "the Microsoft 365 cloud instance is not set")
	case org.Cloud != exhybrid.CloudWorldwide:
		v.add("cloud", CodeCloudUnsupported, "",
			"cloud %v is not modelled yet: its initial domain, endpoints and TLS domains are not in this library", org.Cloud)
	}
	if !org.Type.IsValid() {
		v.add("type", CodeTypeMissing, "Set type to ClassicFull, ModernFull, ClassicMinimal, ClassicExpress or ModernMinimal", "the hybrid type is not set")
	}
	if capsOf(org.Type).Connectors && !org.MX.IsValid() {
		v.add("mx", CodeMXMissing, "Set mx to OnPremises or ExchangeOnline", "the MX choice is not set; a %v hybrid routes mail", org.Type)
	}
	if len(org.Servers) == 0 {
		v.add("servers", CodeNoServers, "List the on-premises Exchange servers", "the organization has no Exchange servers")
	}
	if len(org.Sites) > 0 {
		for i, s := range org.Servers {
			if s.Site != "" && !slices.ContainsFunc(org.Sites, func(site Site) bool { return strings.EqualFold(site.Name, s.Site) }) {
				v.add(serverPath(i).Child("site"), CodeSiteUnknown, "Add the site to sites or correct the server's site",
					"server %s is in site %q, which is not among the organization's sites", s.Label(), s.Site)
			}
		}
	}
}

// servers runs the roles package's checks and the support checks for every
// server.
func (v *validator) servers() {
	v.fs = append(v.fs, roles.ValidateServers(v.org.Servers).Under("servers")...)
	v.fs = append(v.fs, roles.CheckCoexistence(v.org.Servers).Under("servers")...)
	if !v.on.IsValid() {
		return
	}
	for i, s := range v.org.Servers {
		if p := s.Product(); version.OutOfSupport(p, v.on) {
			end, _ := version.EndOfSupport(p)
			v.add(serverPath(i).Child("build"), CodeProductOutOfSupport, "Plan to move off "+p.String(),
				"%s runs %v, out of extended support since %v", s.Label(), p, end)
		}
	}
}

func (v *validator) hybridServers() {
	org := v.org
	fix := "Name one of the organization's servers"
	if org.Observed != nil && len(org.Observed.HybridConfigurations) > 0 {
		// The names come from the exported HybridConfiguration: it is the
		// object to correct (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration).
		fix = "Set the HybridConfiguration's SendingTransportServers and ReceivingTransportServers to existing servers (Set-HybridConfiguration), or run the Hybrid Configuration Wizard again"
	}
	for _, k := range v.unknownHybrid {
		v.add(exhybrid.Path("hybridServers").Index(k), CodeHybridServerUnknown, fix,
			"hybrid server %q is not one of the organization's servers", org.HybridServers[k])
	}
	if len(v.hybrid) == 0 {
		// Named servers that match none are the finding above; a second one
		// telling to add a server would be wrong when a named server exists
		// under another name.
		if len(org.Servers) > 0 && len(v.unknownHybrid) == 0 {
			v.add("hybridServers", CodeNoHybridServer, v.noHybridFix(),
				"no server can be a hybrid server of this %s organization", v.describeVersions())
		}
		return
	}
	if v.chosen {
		v.add("hybridServers", CodeHybridServersChosen, "Name the hybrid servers to use",
			"no hybrid servers were named; using %s", strings.Join(v.names(v.hybrid), ", "))
	}
	for _, i := range v.hybrid {
		v.checkHybridServer(i)
	}
	v.checkHybridRoles()
	if len(v.hybrid) == 1 {
		v.add("hybridServers", CodeSingleHybridServer, "Add a second hybrid server",
			"%s is the only hybrid server; more than one is highly recommended for reliability and availability", v.org.Servers[v.hybrid[0]].Label())
	}
	v.internetFacing()
}

// internetFacing checks that Exchange Online can reach the organization:
// on 443, a hybrid front end (a 2013 or 2010 Client Access server, a 2016
// or later Mailbox server) that publishes EWS and Autodiscover, for the
// classic types; on 25, a receiving server or hybrid Edge Transport server,
// for secure mail. The modern types need no inbound 443 to EWS (the
// Hybrid Agent carries free/busy and moves) but still 25 for mail flow.
// Sources: the firewall table of
// https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites and
// https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options.
func (v *validator) internetFacing() {
	t := v.org.Type
	if !t.IsValid() {
		return
	}
	reachable := func(i int) bool { return v.org.Servers[i].InternetFacing }
	caps := capsOf(t)
	if caps.PublishedEWS && !slices.ContainsFunc(v.hybrid, func(i int) bool { return frontEnd(v.org.Servers[i]) && reachable(i) }) {
		v.add("hybridServers", CodeNotInternetFacing,
			"Publish at least one hybrid Client Access server (Exchange 2013 or 2010) or Mailbox server (2016 or later) to the Internet on port 443",
			"no hybrid front end is reachable from the Internet on port 443; Exchange Online must reach EWS and Autodiscover on it")
	}
	if !caps.Connectors || !v.org.Features.Has(FeatureSecureMail) {
		return
	}
	if v.usesEdge() {
		if !slices.ContainsFunc(v.edges, func(i int) bool { return v.org.Servers[i].IsEdge() && reachable(i) }) {
			v.add("edgeServers", CodeSMTPNotInternetFacing, "Publish at least one hybrid Edge Transport server to the Internet on port 25",
				"no hybrid Edge Transport server is reachable from the Internet on port 25; Exchange Online delivers secure mail to them")
		}
		return
	}
	if _, receive := v.transportServers(); !slices.ContainsFunc(receive, reachable) {
		v.add("hybridServers", CodeSMTPNotInternetFacing,
			"Publish at least one receiving hybrid server (Exchange 2013 Client Access, 2010 Hub Transport, 2016 or later Mailbox) to the Internet on port 25",
			"no receiving hybrid server is reachable from the Internet on port 25; Exchange Online delivers secure mail to them")
	}
}

func (v *validator) checkHybridServer(i int) {
	s := v.org.Servers[i]
	p := s.Product()
	path := v.hybridServerPath(i)
	if !hybridCapable(s) {
		v.add(path, CodeHybridServerRole, "Choose an Exchange 2010 or later server with the Mailbox, Client Access or Hub Transport role",
			"%s (%v, %v) cannot carry hybrid traffic", s.Label(), p, s.Roles)
		return
	}
	if !v.acceptable(p) {
		v.add(path, CodeHybridVersionUnsupported, "Use hybrid servers of a version every on-premises version supports",
			"%s runs %v, which cannot be the hybrid server of a %s organization", s.Label(), p, v.describeVersions())
	}
	switch {
	case p == version.Exchange2010 && !s.Build.AtLeast(version.Exchange2010SP3):
		v.add(serverPath(i).Child("build"), CodeHybridBuildTooOld, "Install Exchange 2010 SP3 and its latest update rollup on "+s.Label(),
			"%s runs %v; hybrid needs Exchange 2010 SP3 (%v) or later", s.Label(), s.Build, version.Exchange2010SP3)
	case p == version.Exchange2013 && !s.Build.AtLeast(version.Exchange2013CU1):
		v.add(serverPath(i).Child("build"), CodeHybridBuildTooOld, "Install the latest Exchange 2013 cumulative update on "+s.Label(),
			"%s runs %v; hybrid needs Exchange 2013 CU1 (%v) or later", s.Label(), s.Build, version.Exchange2013CU1)
	}
	v.checkCurrent(serverPath(i).Child("build"), s)
	if p == version.Exchange2013 && s.Roles.Intersect(roles.Of(roles.RoleMailbox, roles.RoleClientAccess)) != roles.Of(roles.RoleMailbox, roles.RoleClientAccess) {
		v.add(serverPath(i).Child("roles"), CodeSplitRoles, "Install both the Client Access and Mailbox roles on each Exchange 2013 server",
			"Exchange 2013 hybrid server %s has only %v; the roles may be on separate servers, but both roles on each server is the best practice", s.Label(), s.Roles)
	}
}

// checkCurrent applies the "latest or previous update" rule to a hybrid or
// hybrid Edge server.
func (v *validator) checkCurrent(path exhybrid.Path, s roles.Server) {
	if !v.on.IsValid() {
		return
	}
	st := version.StatusOf(s.Build, v.on)
	if st.Currency != version.CurrencyOutdated {
		return
	}
	if st.PreviousSupported && st.Previous.Build.IsValid() {
		v.add(path, CodeUpdateNotCurrent, "Install "+st.Latest.String()+" (or at least "+st.Previous.Name+") on "+s.Label(),
			"%s is on %v; on %v hybrid needs the latest (%v) or the previous (%v) update", s.Label(), st.Level, v.on, st.Latest.Name, st.Previous.Name)
		return
	}
	// The previous level is no longer serviced: only the latest counts.
	v.add(path, CodeUpdateNotCurrent, "Install "+st.Latest.String()+" on "+s.Label(),
		"%s is on %v; on %v hybrid needs the latest update (%v); %v no longer receives updates", s.Label(), st.Level, v.on, st.Latest.Name, st.Previous.Name)
}

// checkHybridRoles checks that the hybrid servers together hold the roles
// their version needs.
func (v *validator) checkHybridRoles() {
	set := v.hybridRoles()
	var need roles.RoleSet
	switch v.hybridVersion {
	case version.Exchange2010:
		need = roles.Of(roles.RoleMailbox, roles.RoleHubTransport, roles.RoleClientAccess)
	case version.Exchange2013:
		need = roles.Of(roles.RoleMailbox, roles.RoleClientAccess)
	case version.Exchange2016, version.Exchange2019, version.ExchangeSE:
		need = roles.Of(roles.RoleMailbox)
	}
	// Exchange 2013 hybrid servers of an Exchange 2007 organization may hold
	// the Client Access and Mailbox roles on separate servers ("you can
	// install the server roles on separate servers"; both on each is the
	// best practice, CodeSplitRoles); only a single hybrid server must hold
	// both, which this check covers: its roles are the union
	// (https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles).
	if missing := need.Minus(set); !missing.IsEmpty() {
		v.add("hybridServers", CodeNoHybridServer, "Add hybrid servers with the "+missing.String()+" role",
			"the hybrid servers lack the %v role that %v hybrid needs", missing, v.hybridVersion)
	}
}

// describeVersions names the internal versions present: "Exchange 2007 and
// 2013".
func (v *validator) describeVersions() string {
	var ps []string
	for p := version.Exchange2007; p <= version.ExchangeSE; p++ {
		if v.present[p] {
			ps = append(ps, strings.TrimPrefix(p.String(), "Exchange Server "))
		}
	}
	if len(ps) == 0 {
		return "empty"
	}
	return "Exchange " + strings.Join(ps, ", ")
}

// noHybridFix says what to install when no server can be a hybrid server,
// and which updates the servers present need first to coexist with it
// (https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help,
// https://learn.microsoft.com/exchange/plan-and-deploy/system-requirements).
func (v *validator) noHybridFix() string {
	switch v.oldest() {
	case version.Exchange2007:
		return "Update every Exchange 2007 server to SP3 Update Rollup 10 or later, then install at least one Exchange 2013 server (CU2 or later) with both the Client Access and Mailbox roles"
	case version.Exchange2010:
		return "Update the Exchange 2010 servers to SP3 (SP3 Update Rollup 11 before Exchange 2016), then add Exchange 2013 or 2016 hybrid servers, or use 2010 SP3 Mailbox, Hub Transport and Client Access servers"
	case version.Exchange2013:
		return "Add Exchange 2013 servers with the Mailbox and Client Access roles, or update the Exchange 2013 servers (CU10 before 2016, CU21 before 2019) and add Exchange 2016 or 2019 Mailbox servers"
	}
	return "Add an Exchange Mailbox server of a supported version"
}

func (v *validator) edgeServers() {
	org := v.org
	for _, k := range v.unknownEdge {
		v.add(exhybrid.Path("edgeServers").Index(k), CodeHybridServerUnknown, "Name one of the organization's Edge Transport servers",
			"Edge server %q is not one of the organization's servers", org.EdgeServers[k])
	}
	if len(v.edges) > 0 && org.Type.IsValid() && !capsOf(org.Type).Edge {
		v.add("edgeServers", CodeEdgeNotAllowed, "Remove edgeServers; a "+org.Type.String()+" hybrid routes no mail",
			"a %v hybrid sets up no mail flow, so no Edge Transport server carries hybrid mail", org.Type)
	}
	for _, i := range v.edges {
		s := org.Servers[i]
		path := serverPath(i)
		if !s.IsEdge() {
			v.add(path.Child("roles"), CodeEdgeNotEdge, "Name only Edge Transport servers in edgeServers",
				"%s is named as a hybrid Edge server but has no Edge Transport role", s.Label())
			continue
		}
		if !s.EdgeSync {
			v.add(path.Child("edgeSync"), CodeEdgeNotSubscribed, "Subscribe "+s.Label()+" to the Active Directory site (New-EdgeSubscription) before running the wizard",
				"hybrid Edge server %s has no Edge Subscription", s.Label())
		}
		p := s.Product()
		okVersion := p >= version.Exchange2010 && (p != version.Exchange2010 || s.Build.AtLeast(version.Exchange2010SP3))
		if v.present[version.Exchange2007] && p != version.Exchange2013 && p != version.Exchange2010 {
			okVersion = false
		}
		if !okVersion {
			v.add(path.Child("build"), CodeEdgeVersion, "Use an Exchange 2010 SP3 or later Edge Transport server (Exchange 2013 or 2010 SP3 in an Exchange 2007 organization)",
				"%s runs %v (%v), which cannot carry hybrid mail for this organization", s.Label(), p, s.Build)
		}
		v.checkCurrent(path.Child("build"), s)
	}
}
