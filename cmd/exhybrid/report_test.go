package main

import (
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/google/go-cmp/cmp"
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
	want := "| error | `servers[0].build` | a \\| b c &lt;d> *e* [f](g) | `hybrid/x` | Do `this` |"
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
		"a`b":       "a`b",
		"a\x1b[2Jb": "`a [2Jb`",
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
	// Control characters in a message, a fix or a path do not reach the
	// terminal.
	b.Reset()
	writeFindingsText(&b, exhybrid.Findings{{Path: "a\x1b]0;x\a", Severity: exhybrid.SeverityError, Code: "c", Message: "m\x1b[2J\nrm -rf", Fix: "f\r"}})
	want = "error   a ]0;x : m [2J rm -rf [c]\n        fix: f \n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// TestBySeverity checks the order of text and markdown: errors, warnings,
// infos, each by path, whatever the order given.
func TestBySeverity(t *testing.T) {
	fs := exhybrid.Findings{
		{Path: "b", Severity: exhybrid.SeverityInfo, Code: "i1"},
		{Path: "a", Severity: exhybrid.SeverityInfo, Code: "i0"},
		{Path: "c", Severity: exhybrid.SeverityError, Code: "e1"},
		{Path: "b", Severity: exhybrid.SeverityWarning, Code: "w0"},
		{Path: "", Severity: exhybrid.SeverityError, Code: "e0"},
	}
	var got []string
	for _, f := range bySeverity(fs) {
		got = append(got, string(f.Code))
	}
	if diff := cmp.Diff([]string{"e0", "e1", "w0", "i0", "i1"}, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	if fs[0].Code != "i1" {
		t.Error("bySeverity changed its argument")
	}
}
