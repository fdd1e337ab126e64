package guid

import (
	"regexp"
	"strings"
	"testing"
)

func TestFromName(t *testing.T) {
	// Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") is
	// 886313e1-3b8a-5372-9b90-0c9aee199e5d, a widely reproduced value.
	if got := FromName("python.org"); got != "886313e1-3b8a-5372-9b90-0c9aee199e5d" {
		t.Errorf("FromName(python.org) = %s", got)
	}
	if FromName("Contoso.Mail.OnMicrosoft.com") != FromName("contoso.mail.onmicrosoft.com") {
		t.Error("FromName depends on case")
	}
	if !Valid(FromName("x")) {
		t.Error("FromName result not Valid")
	}
}

func TestValid(t *testing.T) {
	for s, want := range map[string]bool{
		"6ba7b810-9dad-11d1-80b4-00c04fd430c8":   true,
		"6BA7B810-9DAD-11D1-80B4-00C04FD430C8":   true,
		"6ba7b8109dad11d180b400c04fd430c8":       false,
		"6ba7b810-9dad-11d1-80b4-00c04fd430cg":   false,
		"{6ba7b810-9dad-11d1-80b4-00c04fd430c8}": false,
		"":                                       false,
	} {
		if Valid(s) != want {
			t.Errorf("Valid(%q) = %v", s, !want)
		}
	}
}

var guidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

func FuzzValid(f *testing.F) {
	const id = "177cd94d-be11-44e9-b09f-db69389f3a35"
	for _, s := range []string{id, "", "{" + id + "}", strings.ToUpper(id), id[:35] + "g"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Valid(s), guidRE.MatchString(s); got != want {
			t.Fatalf("Valid(%q) = %v; the reference pattern says %v", s, got, want)
		}
	})
}
