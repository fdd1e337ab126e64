package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/textsafe"
)

// summary counts findings by severity: "2 errors, 1 warning, 0 infos".
func summary(fs exhybrid.Findings) string {
	return plural(len(fs.Errors()), "error") + ", " + plural(len(fs.Warnings()), "warning") + ", " + plural(len(fs.Infos()), "info")
}

// plural writes n and word, in the plural unless n is 1: "2 errors",
// "3 email address policies" (a y after a consonant becomes ies).
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if stem, ok := strings.CutSuffix(word, "y"); ok && stem != "" && !strings.ContainsRune("aeiou", rune(stem[len(stem)-1])) {
		return fmt.Sprintf("%d %sies", n, stem)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// bySeverity returns the findings errors first, then warnings, then infos,
// each group in path order: what must be fixed comes first on the screen.
func bySeverity(fs exhybrid.Findings) exhybrid.Findings {
	sorted := slices.Clone(fs)
	sorted.Sort()
	return slices.Concat(sorted.Errors(), sorted.Warnings(), sorted.Infos())
}

// writeFindingsText prints one finding per line, "severity path: message
// [code]", with the fix on an indented line below, errors first. The
// severity column is padded so that paths line up.
func writeFindingsText(w io.Writer, fs exhybrid.Findings) {
	var b strings.Builder
	for _, f := range bySeverity(fs) {
		fmt.Fprintf(&b, "%-8s%s\n", f.Severity, textsafe.NoControl(f.Error()))
		if f.Fix != "" {
			fmt.Fprintf(&b, "%-8sfix: %s\n", "", textsafe.NoControl(f.Fix))
		}
	}
	io.WriteString(w, b.String())
}

// writeFindingsMarkdown prints the findings as a GitHub-flavoured Markdown
// table, errors first, or a sentence when there are none.
func writeFindingsMarkdown(w io.Writer, fs exhybrid.Findings) {
	if len(fs) == 0 {
		io.WriteString(w, "No findings.\n")
		return
	}
	var b strings.Builder
	b.WriteString("| Severity | Path | Message | Code | Fix |\n")
	b.WriteString("|---|---|---|---|---|\n")
	for _, f := range bySeverity(fs) {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n",
			f.Severity, mdCode(string(f.Path)), textsafe.MarkdownCell(f.Message), mdCode(string(f.Code)), textsafe.MarkdownCell(f.Fix))
	}
	io.WriteString(w, b.String())
}

// mdCode renders s as a code span in a table cell, or "" for empty s. A
// code span in a GitHub table still needs "|" escaped, which
// textsafe.MarkdownCodeCell does, and cannot hold a backtick without a
// longer fence, so text with one is a plain cell.
func mdCode(s string) string {
	switch {
	case s == "":
		return ""
	case strings.Contains(s, "`"):
		return textsafe.MarkdownCell(s)
	}
	return "`" + textsafe.MarkdownCodeCell(s) + "`"
}

// countsJSON is the number of findings of each severity in json output, so
// that a script need not count them.
type countsJSON struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

func countsOf(fs exhybrid.Findings) countsJSON {
	return countsJSON{Errors: len(fs.Errors()), Warnings: len(fs.Warnings()), Infos: len(fs.Infos())}
}

// findingsJSON is findings for encoding/json, in the library's order
// (by path): never null, so that a script can iterate over it without a
// check.
func findingsJSON(fs exhybrid.Findings) exhybrid.Findings {
	if fs == nil {
		return exhybrid.Findings{}
	}
	return fs
}

// output is what a command prints in each of its formats: text and
// markdown write the two forms, json returns the value the JSON form
// encodes.
type output struct {
	text, markdown func(w io.Writer)
	json           func() any
}

// print writes out in the given format to standard output, whole or not
// at all, and returns status, or exitUsage when the JSON cannot be
// encoded.
func (e *env) print(format string, out output, status int) int {
	var b strings.Builder
	switch format {
	case formatText:
		out.text(&b)
	case formatMarkdown:
		out.markdown(&b)
	case formatJSON:
		if err := writeJSON(&b, out.json()); err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
	}
	io.WriteString(e.stdout, b.String())
	return status
}

// writeJSON writes v as indented JSON with a final newline. "<", ">" and
// "&" stay as they are ("<built-in example>", "<thumbprint>"): the output
// is for scripts and people, not for embedding in HTML.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// statusOf returns the exit status for findings: 1 with an error finding,
// else 0.
func statusOf(fs exhybrid.Findings) int {
	if fs.HasErrors() {
		return exitFindings
	}
	return exitOK
}
