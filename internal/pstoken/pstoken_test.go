package pstoken

import (
	"testing"

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
