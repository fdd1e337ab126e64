package hybrid

import (
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/google/go-cmp/cmp"
)

func TestHolds(t *testing.T) {
	tests := []struct {
		text, v string
		want    bool
	}{
		{"Set-OwaVirtualDirectory 'EX\\owa (Default Web Site)'", "EX", true},
		{"New-HybridConfiguration # Exchange", "EX", false},
		{"-SmartHosts @('MAIL.contoso.com')", "mail.contoso.com", true},
		{"-SmartHosts @('webmail.contoso.com')", "mail.contoso.com", false},
		{"'A\u2019\u2019$(calc)\u2019\u2019\\owa'", "A\u2019\u2019$(calc)\u2019\u2019", true},
		{"", "x", false},
	}
	for _, tt := range tests {
		if got := holds(tt.text, tt.v); got != tt.want {
			t.Errorf("holds(%q, %q) = %v, want %v", tt.text, tt.v, got, tt.want)
		}
	}
}

// TestRejectedValues checks that the values of error findings are found by
// path in the organization and the options, and that warnings, paths
// without a string and blank values are not.
func TestRejectedValues(t *testing.T) {
	org := seed(t)
	org.Servers[2].Name = "A\u2019$(calc)"
	org.Name = "  "
	opts := Options{ID: "not-a-guid", Transport: transport.Options{EOPSmartHost: "bad host"}}
	fs := exhybrid.Findings{
		{Path: "servers[2].name", Severity: exhybrid.SeverityError},
		{Path: "servers[2].build", Severity: exhybrid.SeverityError},
		{Path: "name", Severity: exhybrid.SeverityError},
		{Path: "options.id", Severity: exhybrid.SeverityError},
		{Path: "options.transport.eopSmartHost", Severity: exhybrid.SeverityError},
		{Path: "hybridDomains[0]", Severity: exhybrid.SeverityWarning},
		{Path: "servers[9].name", Severity: exhybrid.SeverityError},
	}
	want := []rejected{
		{"servers[2].name", "A\u2019$(calc)"},
		{"options.id", "not-a-guid"},
		{"options.transport.eopSmartHost", "bad host"},
	}
	if diff := cmp.Diff(want, rejectedValues(org, opts, fs), cmp.AllowUnexported(rejected{})); diff != "" {
		t.Errorf("rejectedValues (-want +got):\n%s", diff)
	}
}
