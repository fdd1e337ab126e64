package fold_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/internal/fold"
)

func TestFold(t *testing.T) {
	tests := []struct {
		s, affix       string
		prefix, suffix bool
		after, before  string
	}{
		{"autod:contoso.com", "AUTOD:", true, false, "contoso.com", "autod:contoso.com"},
		{"Contoso.Mail.OnMicrosoft.com", ".mail.onmicrosoft.com", false, true, "Contoso.Mail.OnMicrosoft.com", "Contoso"},
		{"ab", "abc", false, false, "ab", "ab"},
		{"", "", true, true, "", ""},
		{"x", "", true, true, "x", "x"},
	}
	for _, tt := range tests {
		if got := fold.HasPrefix(tt.s, tt.affix); got != tt.prefix {
			t.Errorf("HasPrefix(%q, %q) = %v", tt.s, tt.affix, got)
		}
		if got := fold.HasSuffix(tt.s, tt.affix); got != tt.suffix {
			t.Errorf("HasSuffix(%q, %q) = %v", tt.s, tt.affix, got)
		}
		if after, ok := fold.CutPrefix(tt.s, tt.affix); after != tt.after || ok != tt.prefix {
			t.Errorf("CutPrefix(%q, %q) = %q, %v", tt.s, tt.affix, after, ok)
		}
		if before, ok := fold.CutSuffix(tt.s, tt.affix); before != tt.before || ok != tt.suffix {
			t.Errorf("CutSuffix(%q, %q) = %q, %v", tt.s, tt.affix, before, ok)
		}
	}
}
