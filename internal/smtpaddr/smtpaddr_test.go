package smtpaddr

import (
	"errors"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/internal/dnsname"
)

func TestCheck(t *testing.T) {
	for _, ok := range []string{"admin@contoso.com", "first.last+hybrid@sales.contoso.com"} {
		if err := Check(ok); err != nil {
			t.Errorf("Check(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"", "admin", "@contoso.com", "admin@", "admin@contoso", "ad min@contoso.com", "<admin@contoso.com>", strings.Repeat("a", 65) + "@contoso.com"} {
		if err := Check(bad); !errors.Is(err, ErrSyntax) {
			t.Errorf("Check(%q) = %v, want ErrSyntax", bad, err)
		}
	}
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{"admin@contoso.com", "", "@", "a@b", "a b@contoso.com", "a@@contoso.com", "<a@contoso.com>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := Check(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("Check(%q) error %v", s, err)
			}
			return
		}
		local, domain, _ := strings.Cut(s, "@")
		if local == "" || strings.ContainsAny(local, " <>") || dnsname.CheckFQDN(domain) != nil {
			t.Fatalf("Check accepted %q", s)
		}
	})
}
