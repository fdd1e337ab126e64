package version

import (
	"bytes"
	"errors"
	"testing"
)

func FuzzParseBuild(f *testing.F) {
	for _, s := range []string{
		// short forms
		"15.2.1544.4", "8.3.83.6", "14.3.513.0", "15.2.2562.17",
		// long forms, including the page's irregular two-digit revision
		"15.02.1544.004", "8.03.0297.002", "8.01.0336.01",
		// invalid syntax
		"", "15.2.1544", "15.2.1544.4.1", "v15.2.1544.4", "+15.2.1544.4", " 15.2.1544.4",
		"15..1544.4", "15.2.1544.", "15.2.000001.4",
		// overflow
		"65536.0.0.0", "15.2.99999.4",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBuild(s)
		ref, refErr := slowParseBuild(s)
		if (err == nil) != (refErr == nil) || b != ref {
			t.Fatalf("ParseBuild(%q) = %v, %v; reference = %v, %v", s, b, err, ref, refErr)
		}
		if err != nil {
			if !errors.Is(err, refErr) {
				t.Fatalf("ParseBuild(%q) error %v, reference %v", s, err, refErr)
			}
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParseBuild(%q) error %v wraps neither ErrSyntax nor ErrRange", s, err)
			}
			return
		}
		str := b.String()
		if b2, err := ParseBuild(str); err != nil || b2 != b {
			t.Fatalf("ParseBuild(String()) = %v, %v, want %v", b2, err, b)
		}
		if b2, err := ParseBuild(b.Long()); err != nil || b2 != b {
			t.Fatalf("ParseBuild(Long()) = %v, %v, want %v", b2, err, b)
		}
		text, err := b.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(text, b.AppendTo(nil)) || string(text) != str {
			t.Fatalf("MarshalText = %q, AppendTo = %q, String = %q", text, b.AppendTo(nil), str)
		}
		var b3 Build
		if err := b3.UnmarshalText(text); err != nil || b3 != b {
			t.Fatalf("UnmarshalText(%q) = %v, %v, want %v", text, b3, err, b)
		}
	})
}

func FuzzParseAdminDisplayVersion(f *testing.F) {
	for _, s := range []string{
		"Version 15.2 (Build 1544.4)", "Version 8.3 (Build 83.6)", "15.0 (Build 847.32)",
		"", "Version 15.2", "Version 15.2 (Build 1544.4", "Version 15.2 (Build 99999.4)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseAdminDisplayVersion(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParseAdminDisplayVersion(%q) error %v wraps neither ErrSyntax nor ErrRange", s, err)
			}
			return
		}
		// Round trip through the canonical rendering Exchange uses.
		canon := "Version " + itoa(b.Major) + "." + itoa(b.Minor) + " (Build " + itoa(b.Build) + "." + itoa(b.Revision) + ")"
		if b2, err := ParseAdminDisplayVersion(canon); err != nil || b2 != b {
			t.Fatalf("ParseAdminDisplayVersion(%q) = %v, %v, want %v", canon, b2, err, b)
		}
	})
}

func itoa(v uint16) string { return string(appendPadded(nil, v, 1)) }
