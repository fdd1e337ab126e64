package pstoken

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestPSTokenizer checks the test's tokenizer on text whose tokens are
// known, so that the tests built on it can fail: a Unicode quote ends a
// literal, and code after it is a word.
func TestPSTokenizer(t *testing.T) {
	tests := []struct {
		text string
		want []Token
	}{
		{"Set-X -Name 'a\u2019;b'", []Token{{Word, "Set-X"}, {Word, "-Name"}, {String, "a"}, {Punct, ";"}, {Word, "b"}, {Bad, "'"}}},
		{"'a''b' # c 'd'\n\"$x`\"\"", []Token{{String, "a'b"}, {Comment, "# c 'd'"}, {Expanding, "\"$x`\"\""}}},
		{"'a\u201b\u2018b'", []Token{{Kind: String, Value: "a\u2018b"}}},
		{"'open", []Token{{Kind: Bad, Value: "'open"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Tokenize(tt.text), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

// FuzzTokenize checks that the tokenizer never panics, that only the last
// token can be Bad, and that writing the tokens back, one a line (a String
// re-quoted, its quotes doubled), tokenizes to the same tokens.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Set-X -Name 'a\u2019;b'", "'a''b' # c 'd'\n\"$x`\"\"", "'a\u201b\u2018b'", "\"open`", "@{a='b';c=\"d\"}|x&y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		var b strings.Builder
		for i, tok := range toks {
			if tok.Kind == Bad && i != len(toks)-1 {
				t.Fatalf("%q: Bad token %d of %d", s, i, len(toks))
			}
			if i > 0 {
				b.WriteByte('\n')
			}
			if tok.Kind != String {
				b.WriteString(tok.Value)
				continue
			}
			b.WriteByte('\'')
			// Byte by byte, not rune by rune: a value may hold bytes
			// that are not UTF-8, which must be written back as they are.
			for v := tok.Value; v != ""; {
				r, n := utf8.DecodeRuneInString(v)
				if IsSingleQuote(r) {
					b.WriteString(v[:n])
				}
				b.WriteString(v[:n])
				v = v[n:]
			}
			b.WriteByte('\'')
		}
		if diff := cmp.Diff(toks, Tokenize(b.String()), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("%q written back as %q (-first +second):\n%s", s, b.String(), diff)
		}
	})
}
