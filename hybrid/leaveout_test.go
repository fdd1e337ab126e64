package hybrid

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/google/go-cmp/cmp"
)

// holdsSlow is the definition rejectedIndex.first follows, one value at
// a time: text holds v where a piece of text of v's byte length equals it
// without regard to case, between characters that are not letters or
// digits.
func holdsSlow(text, v string) bool {
	for i := 0; i+len(v) <= len(text); i++ {
		if !strings.EqualFold(text[i:i+len(v)], v) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(v):])
		if !wordRune(before) && !wordRune(after) {
			return true
		}
	}
	return false
}

// firstSlow is rejectedIndex.first by holdsSlow.
func firstSlow(text string, values []rejected) int {
	for n, r := range values {
		escaped := strings.TrimSuffix(strings.TrimPrefix(psQuote(r.value), "'"), "'")
		if holdsSlow(text, r.value) || holdsSlow(text, escaped) {
			return n
		}
	}
	return -1
}

func TestRejectedIndex(t *testing.T) {
	values := []rejected{
		{"servers[0].name", "EX"},
		{"namespaces.smtp", "mail.contoso.com"},
		{"servers[1].name", "A\u2019$(calc)"},
		{"servers[2].name", "ex"}, // the same fold key as EX: EX, the first, is named
		{"servers[3].name", "\u212Aelvin"},
	}
	tests := []struct {
		text string
		want int
	}{
		{"Set-OwaVirtualDirectory 'EX\\owa (Default Web Site)'", 0},
		{"New-HybridConfiguration # Exchange", -1},
		{"-SmartHosts @('MAIL.contoso.com')", 1},
		{"-SmartHosts @('webmail.contoso.com')", -1},
		{"'A\u2019\u2019$(calc)\u2019\u2019\\owa'", 2},
		{"on ex and mail.contoso.com", 0},
		{"\u212Aelvin", 4},
		{"", -1},
	}
	x := indexRejected(values)
	var buf []byte
	for _, tt := range tests {
		if got := x.first(tt.text, &buf); got != tt.want || got != firstSlow(tt.text, values) {
			t.Errorf("first(%q) = %d, want %d (definition: %d)", tt.text, got, tt.want, firstSlow(tt.text, values))
		}
	}
}

// FuzzRejectedIndex checks the index against its definition.
func FuzzRejectedIndex(f *testing.F) {
	f.Add("Set-X 'EX\\owa'", "EX", "mail.contoso.com")
	f.Add("\u212A k K", "k", "\u212A")
	f.Fuzz(func(t *testing.T, text, v1, v2 string) {
		values := []rejected{{"a", v1}, {"b", v2}}
		var buf []byte
		if got, want := indexRejected(values).first(text, &buf), firstSlow(text, values); got != want {
			t.Fatalf("first(%q) with %q, %q = %d, want %d", text, v1, v2, got, want)
		}
	})
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
