package hybrid

import (
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/version"
)

// modernSE loads testdata/modern-se.json, the organization cmd/exhybrid
// embeds as its modern example: an Exchange Server SE organization with two
// servers in classic full hybrid.
func modernSE(t testing.TB) Organization { return loadOrg(t, "testdata/modern-se.json") }

// TestModernExampleIsCurrent keeps the modern example what its name says:
// every server on the newest Exchange Server SE build the catalog knows, so
// that neither the update rule nor the missing updates rule fires on it,
// and no error on the day the README shows it. When the catalog gains a
// newer SE update, this fails until the example is moved to it.
func TestModernExampleIsCurrent(t *testing.T) {
	org := modernSE(t)
	newest, ok := version.Latest(version.ExchangeSE)
	if !ok {
		t.Fatal("the catalog has no Exchange Server SE release")
	}
	if org.Type != TypeClassicFull || len(org.Servers) != 2 {
		t.Errorf("the modern example is a %v hybrid with %d servers, want ClassicFull with 2", org.Type, len(org.Servers))
	}
	for i, s := range org.Servers {
		if s.Build != newest.Build {
			t.Errorf("servers[%d] %s runs %v, want the newest SE build %v (%v)", i, s.Name, s.Build, newest.Build, newest)
		}
	}
	on := version.Date{Year: 2026, Month: 12, Day: 5}
	for _, f := range Validate(org, on) {
		build := strings.HasPrefix(string(f.Path), "servers[") && strings.HasSuffix(string(f.Path), "].build")
		if f.Severity == exhybrid.SeverityError || (build && f.Severity == exhybrid.SeverityWarning) {
			t.Errorf("the modern example has %v", f)
		}
	}
}
