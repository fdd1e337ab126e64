package textsafe

import (
	"strings"
	"testing"
)

func TestTextsafe(t *testing.T) {
	tests := []struct{ in, noControl, comment, cell string }{
		{"plain", "plain", "plain", "plain"},
		{"a\nRemove-Item", "a Remove-Item", "a Remove-Item", "a Remove-Item"},
		{"\x1b[2Jx", " [2Jx", " [2Jx", " [2Jx"},
		{"x#>y|z", "x#>y|z", "x# >y|z", `x#>y\|z`},
		{"<I>CN=CA<S>CN=mail", "<I>CN=CA<S>CN=mail", "<I>CN=CA<S>CN=mail", "&lt;I>CN=CA&lt;S>CN=mail"},
		{"a\u2028b\u0085c", "a b c", "a b c", "a b c"},
		{"evil\u202egnp.exe", "evil gnp.exe", "evil gnp.exe", "evil gnp.exe"},
	}
	for _, tt := range tests {
		if got := NoControl(tt.in); got != tt.noControl {
			t.Errorf("NoControl(%q) = %q, want %q", tt.in, got, tt.noControl)
		}
		if got := Comment(tt.in); got != tt.comment {
			t.Errorf("Comment(%q) = %q, want %q", tt.in, got, tt.comment)
		}
		if got := MarkdownCell(tt.in); got != tt.cell {
			t.Errorf("MarkdownCell(%q) = %q, want %q", tt.in, got, tt.cell)
		}
		if got, want := MarkdownCodeCell(tt.in), strings.ReplaceAll(tt.cell, "&lt;", "<"); got != want {
			t.Errorf("MarkdownCodeCell(%q) = %q, want %q", tt.in, got, want)
		}
	}
}

func TestHasControl(t *testing.T) {
	for s, want := range map[string]bool{"EX2013-01": false, "Zürich": false, "a\tb": true, "a\x7fb": true, "a\u0085b": true, "": false} {
		if got := HasControl(s); got != want {
			t.Errorf("HasControl(%q) = %v, want %v", s, got, want)
		}
	}
}
