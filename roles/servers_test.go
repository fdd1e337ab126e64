package roles

import (
	"fmt"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/findingtest"
)

func inSite(s Server, site string) Server {
	s.Site = site
	return s
}

func withFQDN(s Server, fqdn string) Server {
	s.FQDN = fqdn
	return s
}

// serversCase is a row of the tests of a check of a list of servers.
type serversCase struct {
	name    string
	servers []Server
	want    []findingtest.Key
}

// runServersCases runs check on the servers of each case and compares its
// findings with the case's.
func runServersCases(t *testing.T, check func([]Server) exhybrid.Findings, tests []serversCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := check(tt.servers)
			if diff := findingtest.Diff(tt.want, fs); diff != "" {
				t.Errorf("findings mismatch (-want +got):\n%s\n%s", diff, fs)
			}
		})
	}
}

func TestValidateServers(t *testing.T) {
	runServersCases(t, ValidateServers, []serversCase{
		{"empty list", nil, nil},
		{"valid 2013 and 2007 organization", []Server{
			good("EX07", "8.3.298.3", RoleMailbox, RoleClientAccess, RoleHubTransport),
			good("EX13", "15.0.712.24", RoleMailbox, RoleClientAccess),
			edge("EDGE13", "15.0.847.32"),
		}, nil},
		{"finding of one server is placed under its index", []Server{
			good("EX16A", "15.1.2507.6", RoleMailbox),
			good("EX16B", "15.1.2507.6"),
		}, []findingtest.Key{findingtest.E("[1].roles", CodeRolesEmpty)}},
		{"duplicate names ignore case", []Server{
			good("EX16A", "15.1.2507.6", RoleMailbox),
			withFQDN(good("ex16a", "15.1.2507.6", RoleMailbox), "other.corp.contoso.com"),
		}, []findingtest.Key{findingtest.E("[1].name", CodeDuplicateName)}},
		{"duplicate fqdn", []Server{
			good("EX16A", "15.1.2507.6", RoleMailbox),
			withFQDN(good("EX16B", "15.1.2507.6", RoleMailbox), "EX16A.corp.contoso.com"),
		}, []findingtest.Key{findingtest.E("[1].fqdn", CodeDuplicateFQDN)}},
		{"three servers, two repeats", []Server{
			good("A", "15.1.2507.6", RoleMailbox),
			withFQDN(good("A", "15.1.2507.6", RoleMailbox), ""),
			withFQDN(good("A", "15.1.2507.6", RoleMailbox), ""),
		}, []findingtest.Key{findingtest.E("[1].name", CodeDuplicateName), findingtest.E("[2].name", CodeDuplicateName)}},
		{"2007 site with hub and client access elsewhere", []Server{
			inSite(good("EX07MBX", "8.3.517.0", RoleMailbox), "Branch"),
			good("EX07HUB", "8.3.517.0", RoleHubTransport, RoleClientAccess),
		}, []findingtest.Key{findingtest.W("[0].site", CodeSiteWithoutHub), findingtest.W("[0].site", CodeSiteWithoutClientAccess)}},
		{"2007 site served by separate role servers", []Server{
			good("EX07MBX", "8.3.517.0", RoleMailbox),
			good("EX07HUB", "8.3.517.0", RoleHubTransport),
			inSite(good("EX07CAS", "8.3.517.0", RoleClientAccess), "hq"),
		}, nil},
		{"2007 mailbox site with only a 2013 client access server", []Server{
			good("EX07MBX", "8.3.298.3", RoleMailbox, RoleHubTransport),
			good("EX13", "15.0.712.24", RoleMailbox, RoleClientAccess),
		}, []findingtest.Key{findingtest.W("[0].site", CodeSiteWithoutClientAccess)}},
		{"2013 mailbox site without client access", []Server{
			inSite(good("MBX13", "15.0.1497.2", RoleMailbox), "DR"),
			good("EX13", "15.0.1497.2", RoleMailbox, RoleClientAccess),
		}, []findingtest.Key{findingtest.W("[0].site", CodeSiteWithoutClientAccess)}},
		{"servers without a site are not judged by site", []Server{
			inSite(good("MBX13", "15.0.1497.2", RoleMailbox), ""),
		}, nil},
	})
}

func TestCheckDuplicates(t *testing.T) {
	// Names that differ only by case, and FQDNs that differ by case or a
	// trailing dot, are duplicates (the one comparison of internal/servername);
	// distinct names are not.
	servers := []Server{
		{Name: "A", FQDN: "a.contoso.com"},
		{Name: "B", FQDN: "b.contoso.com"},
		{Name: "b", FQDN: "A.CONTOSO.COM."},
		{Name: "C", FQDN: "c.contoso.com"},
	}
	var fs exhybrid.Findings
	checkDuplicates(&fs, servers, "name", CodeDuplicateName, func(s Server) string { return s.Name })
	checkDuplicates(&fs, servers, "fqdn", CodeDuplicateFQDN, func(s Server) string { return s.FQDN })
	want := []findingtest.Key{findingtest.E("[2].name", CodeDuplicateName), findingtest.E("[2].fqdn", CodeDuplicateFQDN)}
	if diff := findingtest.Diff(want, fs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func manyServers(n int) []Server {
	servers := make([]Server, n)
	for i := range servers {
		s := good(fmt.Sprintf("EX%05d", i), "15.2.1748.10", RoleMailbox)
		s.Site = fmt.Sprintf("SITE%d", i%50)
		servers[i] = s
	}
	return servers
}

func TestValidateServersLarge(t *testing.T) {
	servers := manyServers(10000)
	if fs := ValidateServers(servers); len(fs) != 0 {
		t.Fatalf("valid servers gave findings:\n%s", fs)
	}
	// The list checks allocate their tables, not per server.
	small := testing.AllocsPerRun(5, func() { _ = ValidateServers(servers[:100]) })
	large := testing.AllocsPerRun(5, func() { _ = ValidateServers(servers) })
	if large > 200 || large > small+100 {
		t.Errorf("ValidateServers allocations grow with the list: %v for 100 servers, %v for 10000", small, large)
	}
}
