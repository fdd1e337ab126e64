package hybrid

import (
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/internal/pstoken"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestPSQuote checks that every quoted value comes back from the tokenizer
// as one single-quoted literal equal to it.
func TestPSQuote(t *testing.T) {
	values := []string{"", "Contoso", "O'Brien", "''", "a b", "x\u00a0y", "\xff\xfe", "end'"}
	for _, c := range hostileChars {
		values = append(values, c, "A"+c+"B", c+c+c, "Contoso"+c+";Invoke-Evil;"+c, "A"+c+"$(calc)"+c)
	}
	for _, v := range values {
		got := pstoken.Tokenize(psQuote(v))
		if diff := cmp.Diff([]pstoken.Token{{Kind: pstoken.String, Value: v}}, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("psQuote(%q) = %s tokenizes differently (-want +got):\n%s", v, psQuote(v), diff)
		}
	}
}

// TestPSQuoteDoublesEachQuote pins the escaping itself: every character of
// the single-quote class doubled, as CodeGeneration.EscapeSingleQuotedStringContent
// does, and nothing else changed.
func TestPSQuoteDoublesEachQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Contoso", "'Contoso'"},
		{"O'Brien", "'O''Brien'"},
		{"Contoso\u2018;Invoke-Evil;\u2018", "'Contoso\u2018\u2018;Invoke-Evil;\u2018\u2018'"},
		{"a\u2019b\u201ac\u201bd", "'a\u2019\u2019b\u201a\u201ac\u201b\u201bd'"},
		{"\"$(calc)`\u201c", "'\"$(calc)`\u201c'"},
	}
	for _, tt := range tests {
		if got := psQuote(tt.in); got != tt.want {
			t.Errorf("psQuote(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPSCollections checks arrays and hashtables: each element, key and
// value is one literal.
func TestPSCollections(t *testing.T) {
	lit := func(s string) pstoken.Token { return pstoken.Token{Kind: pstoken.String, Value: s} }
	punct := func(s string) pstoken.Token { return pstoken.Token{Kind: pstoken.Punct, Value: s} }
	evil := "x\u2019;Invoke-Evil;\u2019"
	tests := []struct {
		text string
		want []pstoken.Token
	}{
		{psArray(nil), []pstoken.Token{punct("@"), punct("("), punct(")")}},
		{psArray([]string{"a", evil}), []pstoken.Token{punct("@"), punct("("), lit("a"), punct(","), lit(evil), punct(")")}},
		{psHashtable([2]string{"Add", evil}), []pstoken.Token{punct("@"), punct("{"), lit("Add"), punct("="), lit(evil), punct("}")}},
		{psHashtable([2]string{evil, "b"}, [2]string{"c", "d"}), []pstoken.Token{punct("@"), punct("{"), lit(evil), punct("="), lit("b"), punct(";"), lit("c"), punct("="), lit("d"), punct("}")}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, pstoken.Tokenize(tt.text), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.text, diff)
		}
	}
}

// FuzzPSQuote checks, for any string, that quoting and tokenizing gives
// back that string as one literal.
func FuzzPSQuote(f *testing.F) {
	for _, c := range hostileChars {
		f.Add("Contoso" + c + ";Invoke-Evil;" + c)
	}
	f.Add(strings.Repeat("\u2019", 3))
	f.Add("\xe2\x80")
	f.Fuzz(func(t *testing.T, s string) {
		got := pstoken.Tokenize(psQuote(s))
		if len(got) != 1 || got[0].Kind != pstoken.String || got[0].Value != s {
			t.Fatalf("psQuote(%q) = %q tokenizes to %v", s, psQuote(s), got)
		}
	})
}
