package main

import (
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
)

var testFindings = exhybrid.Findings{
	{Path: "servers[0].build", Severity: exhybrid.SeverityError, Code: "hybrid/x", Message: "a | b\nc <d> *e* [f](g)", Fix: "Do `this`"},
	{Path: "tenant", Severity: exhybrid.SeverityWarning, Code: "hybrid/y", Message: "m"},
	{Path: "", Severity: exhybrid.SeverityInfo, Code: "hybrid/z", Message: "n"},
}

func TestSummary(t *testing.T) {
	for _, tt := range []struct {
		fs   exhybrid.Findings
		want string
	}{
		{nil, "0 errors, 0 warnings, 0 infos"},
		{testFindings, "1 error, 1 warning, 1 info"},
		{append(testFindings, testFindings...), "2 errors, 2 warnings, 2 infos"},
	} {
		if got := summary(tt.fs); got != tt.want {
			t.Errorf("summary = %q, want %q", got, tt.want)
		}
	}
}

func TestFindingsMarkdown(t *testing.T) {
	var b strings.Builder
	writeFindingsMarkdown(&b, testFindings)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 2+len(testFindings) {
		t.Fatalf("got %d lines, want a header, a rule and one row per finding:\n%s", len(lines), b.String())
	}
	want := "| error | `servers[0].build` | a \\| b c \\<d> \\*e\\* \\[f](g) | `hybrid/x` | Do \\`this\\` |"
	if lines[2] != want {
		t.Errorf("row\n%s\nwant\n%s", lines[2], want)
	}
	for _, l := range lines {
		// Every row has six unescaped bars: the cells cannot leak.
		if n := strings.Count(l, "|") - strings.Count(l, `\|`); n != 6 {
			t.Errorf("row %q has %d cell separators, want 6", l, n)
		}
	}
	b.Reset()
	writeFindingsMarkdown(&b, nil)
	if b.String() != "No findings.\n" {
		t.Errorf("no findings: %q", b.String())
	}
}

func TestMDCode(t *testing.T) {
	for in, want := range map[string]string{
		"":          "",
		"a.b[0]":    "`a.b[0]`",
		"a|b":       "`a\\|b`",
		"a`b":       "a\\`b",
		`["x y"].z`: "`[\"x y\"].z`",
	} {
		if got := mdCode(in); got != want {
			t.Errorf("mdCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFindingsText(t *testing.T) {
	var b strings.Builder
	writeFindingsText(&b, testFindings[1:])
	want := "warning tenant: m [hybrid/y]\ninfo    n [hybrid/z]\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
