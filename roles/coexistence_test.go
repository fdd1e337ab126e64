package roles

import (
	"testing"

	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/version"

	"github.com/google/go-cmp/cmp"
)

func TestCheckCoexistence(t *testing.T) {
	runServersCases(t, CheckCoexistence, []serversCase{
		// 2013 with 2007: 2007 SP3 RU10 and 2013 CU2 (Exchange 2013 system requirements).
		{"2007 RU10 with 2013 CU2", []Server{good("EX07", "8.3.298.3", RoleMailbox), good("EX13", "15.0.712.24", RoleMailbox, RoleClientAccess)}, nil},
		{"2007 RU9 with 2013", []Server{good("EX07", "8.3.297.2", RoleMailbox), good("EX13", "15.0.712.24", RoleMailbox, RoleClientAccess)},
			[]findingtest.Key{findingtest.E("[0].build", CodeCoexistenceBelowMinimum)}},
		{"2007 edge at RU9 counts too", []Server{edge("EDGE07", "8.3.297.2"), good("EX13", "15.0.712.24", RoleMailbox, RoleClientAccess)},
			[]findingtest.Key{findingtest.E("[0].build", CodeCoexistenceBelowMinimum)}},
		{"2013 CU1 with 2007", []Server{good("EX07", "8.3.298.3", RoleMailbox), good("EX13", "15.0.620.29", RoleMailbox, RoleClientAccess)},
			[]findingtest.Key{findingtest.E("[1].build", CodeCoexistenceBelowMinimum)}},
		{"2013 RTM alone needs no CU2", []Server{good("EX13", "15.0.516.32", RoleMailbox, RoleClientAccess)}, nil},
		// 2013 with 2010: 2010 SP3.
		{"2010 SP3 with 2013", []Server{good("EX10", "14.3.123.4", RoleMailbox), good("EX13", "15.0.712.24", RoleMailbox)}, nil},
		{"2010 SP2 with 2013", []Server{good("EX10", "14.2.390.3", RoleMailbox), good("EX13", "15.0.712.24", RoleMailbox)},
			[]findingtest.Key{findingtest.E("[0].build", CodeCoexistenceBelowMinimum)}},
		// 2016 with 2010 SP3 RU11 and 2013 CU10; never with 2007.
		{"2010 RU11 and 2013 CU10 with 2016", []Server{good("EX10", "14.3.266.2", RoleMailbox), good("EX13", "15.0.1130.7", RoleMailbox), good("EX16", "15.1.225.42", RoleMailbox)}, nil},
		{"2010 RU10 with 2016", []Server{good("EX10", "14.3.248.2", RoleMailbox), good("EX16", "15.1.225.42", RoleMailbox)},
			[]findingtest.Key{findingtest.E("[0].build", CodeCoexistenceBelowMinimum)}},
		{"2013 CU9 with 2016", []Server{good("EX13", "15.0.1104.5", RoleMailbox), good("EX16", "15.1.225.42", RoleMailbox)},
			[]findingtest.Key{findingtest.E("[0].build", CodeCoexistenceBelowMinimum)}},
		{"2016 with 2007", []Server{good("EX07", "8.3.517.0", RoleMailbox), good("EX16", "15.1.2507.6", RoleMailbox)},
			[]findingtest.Key{findingtest.E("[1].build", CodeCoexistenceUnsupported)}},
		// 2019 with 2013 CU21 and 2016 CU11; never with 2010 or 2007.
		{"2013 CU21 and 2016 CU11 with 2019", []Server{good("EX13", "15.0.1395.4", RoleMailbox), good("EX16", "15.1.1591.10", RoleMailbox), good("EX19", "15.2.221.12", RoleMailbox)}, nil},
		{"2013 CU20 and 2016 CU10 with 2019", []Server{good("EX13", "15.0.1367.3", RoleMailbox), good("EX16", "15.1.1531.3", RoleMailbox), good("EX19", "15.2.221.12", RoleMailbox)},
			[]findingtest.Key{findingtest.E("[0].build", CodeCoexistenceBelowMinimum), findingtest.E("[1].build", CodeCoexistenceBelowMinimum)}},
		{"2019 with 2010", []Server{good("EX10", "14.3.513.0", RoleMailbox), good("EX19", "15.2.1748.10", RoleMailbox)},
			[]findingtest.Key{findingtest.E("[1].build", CodeCoexistenceUnsupported)}},
		{"2019 with 2007", []Server{good("EX07", "8.3.517.0", RoleMailbox), good("EX19", "15.2.1748.10", RoleMailbox)},
			[]findingtest.Key{findingtest.E("[1].build", CodeCoexistenceUnsupported)}},
		// SE with 2016 and 2019; never with 2013.
		{"SE with 2016 and 2019", []Server{good("EX16", "15.1.2507.6", RoleMailbox), good("EX19", "15.2.1748.10", RoleMailbox), good("EXSE", "15.2.2562.17", RoleMailbox)}, nil},
		{"SE with 2013", []Server{good("EX13", "15.0.1497.2", RoleMailbox), good("EXSE", "15.2.2562.17", RoleMailbox)},
			[]findingtest.Key{findingtest.E("[1].build", CodeCoexistenceUnsupported)}},
		// 2013 SP1 Edge with older Hub Transport servers.
		{"2013 SP1 edge with 2007 hub at RU13", []Server{good("EX07", "8.3.348.2", RoleMailbox, RoleHubTransport), good("EX13", "15.0.847.32", RoleMailbox, RoleClientAccess), edge("EDGE13", "15.0.847.32")}, nil},
		{"2013 SP1 edge with 2007 hub at RU12", []Server{good("EX07", "8.3.342.4", RoleMailbox, RoleHubTransport), good("EX13", "15.0.847.32", RoleMailbox, RoleClientAccess), edge("EDGE13", "15.0.847.32")},
			[]findingtest.Key{findingtest.W("[0].build", CodeEdgeSyncBelowMinimum)}},
		{"2013 SP1 edge with 2010 hub at RU4", []Server{good("EX10", "14.3.174.1", RoleHubTransport), good("EX13", "15.0.847.32", RoleMailbox, RoleClientAccess), edge("EDGE13", "15.0.847.32")},
			[]findingtest.Key{findingtest.W("[0].build", CodeEdgeSyncBelowMinimum)}},
		{"unknown builds are left to ValidateServer", []Server{good("EX", "15.20.7452.28", RoleMailbox), good("EX16", "15.1.2507.6", RoleMailbox)}, nil},
	})
}

func TestRequirements(t *testing.T) {
	servers := []Server{
		good("EX07", "8.3.297.2", RoleMailbox, RoleHubTransport),
		good("EX13", "15.0.847.32", RoleMailbox, RoleClientAccess),
		edge("EDGE13", "15.0.847.32"),
		good("EX", "15.20.1.1", RoleMailbox),
	}
	want := []Requirement{
		{version.Exchange2007SP3RU10, "Exchange 2007 SP3 Update Rollup 10", CodeCoexistenceBelowMinimum, "coexistence with Exchange Server 2013"},
		{version.Exchange2007SP3RU13, "Exchange 2007 SP3 Update Rollup 13", CodeEdgeSyncBelowMinimum, "EdgeSync with an Exchange 2013 SP1 or later Edge Transport server"},
	}
	if diff := cmp.Diff(want, CoexistenceOf(servers).Requirements(0)); diff != "" {
		t.Errorf("Requirements(EX07) mismatch (-want +got):\n%s", diff)
	}
	if got := CoexistenceOf(servers).Requirements(1); len(got) != 1 || got[0].Min != version.Exchange2013CU2 || !got[0].Met(servers[1].Build) {
		t.Errorf("Requirements(EX13) = %+v", got)
	}
	for _, i := range []int{-1, 3, 4} {
		if got := CoexistenceOf(servers).Requirements(i); got != nil {
			t.Errorf("Requirements(%d) = %+v, want nil", i, got)
		}
	}
}

func TestCoexistenceOf(t *testing.T) {
	servers := []Server{
		good("EX07", "8.3.297.2", RoleMailbox, RoleHubTransport),
		good("EX10", "14.3.123.4", RoleMailbox),
		good("EX13", "15.0.847.32", RoleMailbox, RoleClientAccess),
		edge("EDGE13", "15.0.847.32"),
	}
	c := CoexistenceOf(servers)
	want := [][]Requirement{
		{
			{version.Exchange2007SP3RU10, "Exchange 2007 SP3 Update Rollup 10", CodeCoexistenceBelowMinimum, "coexistence with Exchange Server 2013"},
			{version.Exchange2007SP3RU13, "Exchange 2007 SP3 Update Rollup 13", CodeEdgeSyncBelowMinimum, "EdgeSync with an Exchange 2013 SP1 or later Edge Transport server"},
		},
		{{version.Exchange2010SP3, "Exchange 2010 SP3", CodeCoexistenceBelowMinimum, "coexistence with Exchange Server 2013"}},
		{
			{version.Exchange2013CU2, "Exchange 2013 CU2", CodeCoexistenceBelowMinimum, "coexistence with Exchange Server 2007"},
			{version.Exchange2013CU2, "Exchange 2013 CU2", CodeCoexistenceBelowMinimum, "coexistence with Exchange Server 2010"},
		},
		{
			{version.Exchange2013CU2, "Exchange 2013 CU2", CodeCoexistenceBelowMinimum, "coexistence with Exchange Server 2007"},
			{version.Exchange2013CU2, "Exchange 2013 CU2", CodeCoexistenceBelowMinimum, "coexistence with Exchange Server 2010"},
		},
	}
	for i, w := range want {
		if diff := cmp.Diff(w, c.Requirements(i)); diff != "" {
			t.Errorf("server %d (-want +got):\n%s", i, diff)
		}
	}
	if c.Requirements(-1) != nil || c.Requirements(len(servers)) != nil {
		t.Error("Requirements out of range is not nil")
	}
}
