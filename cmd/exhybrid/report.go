package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/exhybrid/exhybrid"
)

// summary counts findings by severity: "2 errors, 1 warning, 0 infos".
func summary(fs exhybrid.Findings) string {
	return plural(len(fs.Errors()), "error") + ", " + plural(len(fs.Warnings()), "warning") + ", " + plural(len(fs.Infos()), "info")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// writeFindingsText prints one finding per line, "severity path: message
// [code]", with the fix on an indented line below. The severity column is
// padded so that paths line up.
func writeFindingsText(w io.Writer, fs exhybrid.Findings) {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%-8s%s\n", f.Severity, f.Error())
		if f.Fix != "" {
			fmt.Fprintf(&b, "%-8sfix: %s\n", "", f.Fix)
		}
	}
	io.WriteString(w, b.String())
}

// writeFindingsMarkdown prints the findings as a GitHub-flavoured Markdown
// table, or a sentence when there are none.
func writeFindingsMarkdown(w io.Writer, fs exhybrid.Findings) {
	var b strings.Builder
	if len(fs) == 0 {
		b.WriteString("No findings.\n")
		io.WriteString(w, b.String())
		return
	}
	b.WriteString("| Severity | Path | Message | Code | Fix |\n")
	b.WriteString("|---|---|---|---|---|\n")
	for _, f := range fs {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n",
			f.Severity, mdCode(string(f.Path)), mdCell(f.Message), mdCode(string(f.Code)), mdCell(f.Fix))
	}
	io.WriteString(w, b.String())
}

// mdCell escapes text for a table cell: a "|" would end the cell and a line
// break the row; "\", "*", "_", "`", "<" and "[" would start markup.
func mdCell(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '|', '\\', '*', '_', '`', '<', '[':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdCode renders s as a code span in a table cell, or "" for empty s. A
// code span cannot escape "|" in GitHub's tables except as "\|", and cannot
// hold a backtick without a longer fence, so text with one is a plain cell.
func mdCode(s string) string {
	switch {
	case s == "":
		return ""
	case strings.ContainsAny(s, "`\n\r"):
		return mdCell(s)
	}
	return "`" + strings.ReplaceAll(s, "|", `\|`) + "`"
}

// findingsJSON is findings for encoding/json: never null, so that a
// script can iterate over it without a check.
func findingsJSON(fs exhybrid.Findings) exhybrid.Findings {
	if fs == nil {
		return exhybrid.Findings{}
	}
	return fs
}

// writeJSON writes v as indented JSON with a final newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
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
