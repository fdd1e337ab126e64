package dnsname

import (
	"errors"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		in   string
		fqdn bool // CheckFQDN passes
		want error
	}{
		{"mail.contoso.com", true, nil},
		{"EX2013-01.corp.contoso.com", true, nil},
		{"3com.com", true, nil},
		{"xn--bcher-kva.example", true, nil},
		{"ex01", false, nil},
		{"", false, ErrEmpty},
		{"mail..contoso.com", false, ErrEmptyLabel},
		{".contoso.com", false, ErrEmptyLabel},
		{"contoso.com.", false, ErrEmptyLabel},
		{"-mail.contoso.com", false, ErrHyphen},
		{"mail-.contoso.com", false, ErrHyphen},
		{"mail_01.contoso.com", false, ErrCharacter},
		{"mail contoso.com", false, ErrCharacter},
		{"*.contoso.com", false, ErrCharacter},
		{"192.168.1.10", false, ErrNumeric},
		{strings.Repeat("a", 64) + ".com", false, ErrLabelTooLong},
		{strings.Repeat("a.", 127) + "com", false, ErrTooLong},
	}
	for _, tt := range tests {
		if err := Check(tt.in); !errors.Is(err, tt.want) {
			t.Errorf("Check(%q) = %v, want %v", tt.in, err, tt.want)
		}
		if err := CheckFQDN(tt.in); (err == nil) != tt.fqdn {
			t.Errorf("CheckFQDN(%q) = %v, want ok=%v", tt.in, err, tt.fqdn)
		}
	}
	if err := CheckFQDN("ex01"); !errors.Is(err, ErrNotQualified) {
		t.Errorf("CheckFQDN(ex01) = %v", err)
	}
}

func TestCheckPattern(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"*.contoso.com", nil},
		{"mail.contoso.com", nil},
		{"*.*.contoso.com", ErrWildcard},
		{"mail.*.com", ErrWildcard},
		{"*contoso.com", ErrWildcard},
		{"*.com", ErrNotQualified},
	}
	for _, tt := range tests {
		if err := CheckPattern(tt.in); !errors.Is(err, tt.want) {
			t.Errorf("CheckPattern(%q) = %v, want %v", tt.in, err, tt.want)
		}
	}
}

func TestMatches(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"mail.contoso.com", "MAIL.contoso.com", true},
		{"mail.contoso.com", "mail.contoso.com.", true},
		{"*.contoso.com", "mail.contoso.com", true},
		{"*.contoso.com", "contoso.com", false},
		{"*.contoso.com", ".contoso.com", false},
		{"*.contoso.com", "a.b.contoso.com", false},
		{"mail.contoso.com", "smtp.contoso.com", false},
	}
	for _, tt := range tests {
		if got := Matches(tt.pattern, tt.name); got != tt.want {
			t.Errorf("Matches(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
}

func FuzzCheckPattern(f *testing.F) {
	for _, s := range []string{"mail.contoso.com", "*.contoso.com", "", "a..b", "-a.b", "1.2.3.4", "*.*.x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := CheckPattern(s)
		if err != nil {
			return
		}
		// An accepted pattern is ASCII, and matches a name built from it.
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				t.Fatalf("CheckPattern accepted non-ASCII %q", s)
			}
		}
		name := strings.Replace(s, "*", "host", 1)
		if !Matches(s, name) || CheckFQDN(name) != nil && len(name) <= 253 {
			t.Fatalf("pattern %q does not match %q (CheckFQDN: %v)", s, name, CheckFQDN(name))
		}
	})
}
