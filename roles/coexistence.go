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
// the newer version refuses to install while the older one exists.
var blocked = []struct{ newer, older version.Product }{
	{version.Exchange2016, version.Exchange2007},
	{version.Exchange2019, version.Exchange2007},
	{version.Exchange2019, version.Exchange2010},
	{version.ExchangeSE, version.Exchange2007},
	{version.ExchangeSE, version.Exchange2010},
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

// CheckCoexistence checks that the versions of servers can share one
// organization and that every server is at the update its version needs to
// coexist with the others. It reports a blocked mix at each server of the
// newer version, and a server below a minimum at that server; paths are
// relative to the list ("[2].build").
//
// It also checks EdgeSync between an Exchange 2013 SP1 or later Edge
// Transport server and older Hub Transport servers (2007 needs SP3 RU13,
// 2010 needs SP3 RU5). Servers whose build is not on premises are skipped;
// [ValidateServer] reports them.
func CheckCoexistence(servers []Server) exhybrid.Findings {
	var present [version.ExchangeOnline + 1]bool
	edge2013SP1 := false
	for _, s := range servers {
		p := s.Product()
		if !p.OnPremises() {
			continue
		}
		present[p] = true
		if p == version.Exchange2013 && s.IsEdge() && s.EdgeSync && s.Build.AtLeast(version.Exchange2013SP1) {
			edge2013SP1 = true
		}
	}
	var fs exhybrid.Findings
	for i, s := range servers {
		p := s.Product()
		if !p.OnPremises() {
			continue
		}
		path := func() exhybrid.Path { return exhybrid.Path("").Index(i).Child("build") }
		for _, b := range blocked {
			if b.newer == p && present[b.older] {
				add(&fs, path(), exhybrid.SeverityError, CodeCoexistenceUnsupported,
					"Remove every "+b.older.String()+" server before installing "+p.String(),
					"%s runs %v, which cannot coexist with the %v servers %s", s.Label(), p, b.older, namesOf(servers, b.older))
			}
		}
		for _, m := range minimums {
			if m.subject == p && present[m.when] && !s.Build.AtLeast(m.min) {
				add(&fs, path(), exhybrid.SeverityError, CodeCoexistenceBelowMinimum,
					"Update "+s.Label()+" to "+m.name+" or later",
					"%s runs %v; coexistence with %v needs %s (%v) or later", s.Label(), s.Build, m.when, m.name, m.min)
			}
		}
		if edge2013SP1 && s.Roles.Has(HubTransport) {
			min, name := version.Build{}, ""
			switch p {
			case version.Exchange2007:
				min, name = version.Exchange2007SP3RU13, "Exchange 2007 SP3 Update Rollup 13"
			case version.Exchange2010:
				min, name = version.Exchange2010SP3RU5, "Exchange 2010 SP3 Update Rollup 5"
			}
			if min.IsValid() && !s.Build.AtLeast(min) {
				add(&fs, path(), exhybrid.SeverityError, CodeEdgeSyncBelowMinimum, "Update "+s.Label()+" to "+name+" or later",
					"Hub Transport server %s runs %v; EdgeSync with an Exchange 2013 SP1 or later Edge Transport server needs %s (%v)", s.Label(), s.Build, name, min)
			}
		}
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
