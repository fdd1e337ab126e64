package hybrid

import (
	"slices"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
)

// TestOrganizationName checks the name rule of Exchange Setup through
// Validate: the finding is at "name" with CodeNameInvalid.
func TestOrganizationName(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
	}{
		{"Contoso", true},
		{"First Organization", true},
		{"Contoso-EU 2", true},
		{strings.Repeat("a", 64), true},
		{strings.Repeat("a", 65), false},
		{"", false},
		{"   ", false},
		{" Contoso", false},
		{"Contoso ", false},
		{"Contoso Ltd.", false},
		{"O'Brien", false},
		{"Contoso\u2018;Invoke-Evil;\u2018", false},
		{"Zürich", false},
		{"Contoso\nRemove-Item", false},
	}
	for _, tt := range tests {
		org := seed(t)
		org.Name = tt.name
		got := hasFinding(Validate(org, day), "name", CodeNameInvalid)
		if got == tt.ok {
			t.Errorf("name %q: finding %v, want %v", tt.name, got, !tt.ok)
		}
	}
}

// hasFinding reports whether fs has a finding with the code at the path.
func hasFinding(fs exhybrid.Findings, path exhybrid.Path, code exhybrid.Code) bool {
	return slices.ContainsFunc(fs, func(f exhybrid.Finding) bool { return f.Path == path && f.Code == code })
}
