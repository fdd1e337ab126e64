package roles

import (
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/version"
)

// Coexistence rules for one on-premises organization. They hold for every
// server of a version, Edge Transport included.
//
// Sources: Exchange 2013 system requirements, "Supported coexistence
// scenarios" (https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help);
// Exchange 2016 and 2019 system requirements
// (https://learn.microsoft.com/exchange/plan-and-deploy/system-requirements)
// and setup readiness checks E16E12, E16E14, E16E15
// (https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e12coexistenceminversionrequirement);
// for SE, "Upgrade to Exchange Server SE"
// (https://learn.microsoft.com/exchange/plan-and-deploy/deploy-new-installations/upgrade-to-exchange-server-se).

// blocked lists version pairs that cannot share an organization: setup of
// the newer version refuses to install while the older one exists. The SE
// rows for 2007 and 2010 are inferred: the SE page states only that SE RTM
// blocks Exchange 2013, and SE is the 2019 code base, whose setup blocks
// 2010 and older (system requirements). Not modelled, for want of a
// Microsoft source: Exchange 2019 CU15 blocking 2013 (third-party only),
// SE's own minimum levels for 2016 and 2019, and SE CU2 blocking versions
// out of support (announced, not released in the catalog).
var blocked = []struct{ newer, older version.Product }{
	{version.Exchange2016, version.Exchange2007},
	{version.Exchange2019, version.Exchange2007},
	{version.Exchange2019, version.Exchange2010},
	{version.ExchangeSE, version.Exchange2007}, // inferred, see above
	{version.ExchangeSE, version.Exchange2010}, // inferred, see above
	{version.ExchangeSE, version.Exchange2013},
}

// minimums lists the builds that servers of one version must run while a
// server of another version exists in the organization.
var minimums = []struct {
	subject version.Product // the servers that must be at min
	when    version.Product // while a server of this version exists
	min     version.Build
	name    string
}{
	{version.Exchange2007, version.Exchange2013, version.Exchange2007SP3RU10, "Exchange 2007 SP3 Update Rollup 10"},
	{version.Exchange2010, version.Exchange2013, version.Exchange2010SP3, "Exchange 2010 SP3"},
	{version.Exchange2013, version.Exchange2007, version.Exchange2013CU2, "Exchange 2013 CU2"},
	{version.Exchange2013, version.Exchange2010, version.Exchange2013CU2, "Exchange 2013 CU2"},
	{version.Exchange2010, version.Exchange2016, version.Exchange2010SP3RU11, "Exchange 2010 SP3 Update Rollup 11"},
	{version.Exchange2013, version.Exchange2016, version.Exchange2013CU10, "Exchange 2013 CU10"},
	{version.Exchange2013, version.Exchange2019, version.Exchange2013CU21, "Exchange 2013 CU21"},
	{version.Exchange2016, version.Exchange2019, version.Exchange2016CU11, "Exchange 2016 CU11"},
}

// Requirement is a minimum build a server must run because of the other
// servers of its organization.
type Requirement struct {
	Min     version.Build // the minimum build
	Name    string        // the minimum's name: "Exchange 2007 SP3 Update Rollup 10"
	Code    exhybrid.Code // CodeCoexistenceBelowMinimum or CodeEdgeSyncBelowMinimum
	Because string        // why: "coexistence with Exchange Server 2013"
}

// Met reports whether build b meets the requirement.
func (r Requirement) Met(b version.Build) bool { return b.AtLeast(r.Min) }

// orgVersions is what the coexistence rules need to know about a list of
// servers: the versions present and whether an Exchange 2013 SP1 or later
// Edge Transport server synchronizes with the organization.
type orgVersions struct {
	present     [version.ExchangeOnline + 1]bool
	edge2013SP1 bool
}

func versionsOf(servers []Server) orgVersions {
	var o orgVersions
	for _, s := range servers {
		p := s.Product()
		if !p.OnPremises() {
			continue
		}
		o.present[p] = true
		if p == version.Exchange2013 && s.IsEdge() && s.EdgeSync && s.Build.AtLeast(version.Exchange2013SP1) {
			o.edge2013SP1 = true
		}
	}
	return o
}

// requirements calls yield with each minimum that applies to s.
func (o orgVersions) requirements(s Server, yield func(Requirement)) {
	p := s.Product()
	for _, m := range minimums {
		if m.subject == p && o.present[m.when] {
			yield(Requirement{m.min, m.name, CodeCoexistenceBelowMinimum, "coexistence with " + m.when.String()})
		}
	}
	if o.edge2013SP1 && s.Roles.Has(RoleHubTransport) {
		const because = "EdgeSync with an Exchange 2013 SP1 or later Edge Transport server"
		switch p {
		case version.Exchange2007:
			yield(Requirement{version.Exchange2007SP3RU13, "Exchange 2007 SP3 Update Rollup 13", CodeEdgeSyncBelowMinimum, because})
		case version.Exchange2010:
			yield(Requirement{version.Exchange2010SP3RU5, "Exchange 2010 SP3 Update Rollup 5", CodeEdgeSyncBelowMinimum, because})
		}
	}
}

// Coexistence answers coexistence questions about one list of servers. It
// looks at the list once, so asking for the requirements of every server
// costs time linear in the number of servers.
type Coexistence struct {
	servers  []Server
	versions orgVersions
}

// CoexistenceOf prepares the coexistence rules for servers.
func CoexistenceOf(servers []Server) Coexistence {
	return Coexistence{servers: servers, versions: versionsOf(servers)}
}

// Requirements returns every minimum build that servers[i] must run to
// coexist with the other servers, met or not, in a fixed order: the rule
// CheckCoexistence applies, for callers that plan updates.
func (c Coexistence) Requirements(i int) []Requirement {
	if i < 0 || i >= len(c.servers) || !c.servers[i].Product().OnPremises() {
		return nil
	}
	var out []Requirement
	c.versions.requirements(c.servers[i], func(r Requirement) { out = append(out, r) })
	return out
}

// CheckCoexistence checks that the versions of servers can share one
// organization and that every server is at the update its version needs to
// coexist with the others. It reports a blocked mix at each server of the
// newer version, and a server below a minimum at that server; paths are
// relative to the list ("[2].build").
//
// It also checks EdgeSync between an Exchange 2013 SP1 or later Edge
// Transport server and older Hub Transport servers (2007 needs SP3 RU13,
// 2010 needs SP3 RU5). Servers whose build is not on premises are skipped;
// [ValidateServer] reports them. See [Requirements] for the minimums of one
// server.
func CheckCoexistence(servers []Server) exhybrid.Findings {
	o := versionsOf(servers)
	var fs exhybrid.Findings
	for i, s := range servers {
		p := s.Product()
		if !p.OnPremises() {
			continue
		}
		path := func() exhybrid.Path { return exhybrid.Path("").Index(i).Child("build") }
		for _, b := range blocked {
			if b.newer == p && o.present[b.older] {
				fs.Add(rules, path(), CodeCoexistenceUnsupported,
					"Remove every "+b.older.String()+" server before installing "+p.String(),
					"%s runs %v, which cannot coexist with the %v servers %s", s.Label(), p, b.older, namesOf(servers, b.older))
			}
		}
		o.requirements(s, func(r Requirement) {
			if r.Met(s.Build) {
				return
			}
			if r.Code == CodeEdgeSyncBelowMinimum {
				// The minimum holds for the Hub Transport servers of the site
				// the Edge subscribes to, which the model does not record.
				fs.Add(rules, path(), r.Code, "Update "+s.Label()+" to "+r.Name+" or later if the Edge subscribes to its site",
					"%s runs %v; %s in its site needs %s (%v) or later", s.Label(), s.Build, r.Because, r.Name, r.Min)
				return
			}
			fs.Add(rules, path(), r.Code, "Update "+s.Label()+" to "+r.Name+" or later",
				"%s runs %v; %s needs %s (%v) or later", s.Label(), s.Build, r.Because, r.Name, r.Min)
		})
	}
	return fs
}

// namesOf lists the names of the servers of product p, for messages.
func namesOf(servers []Server, p version.Product) string {
	var names []string
	for _, s := range servers {
		if s.Product() == p {
			names = append(names, s.Label())
		}
	}
	return strings.Join(names, ", ")
}
