// Package textsafe makes text that comes from an organization file safe to
// show: in a terminal, a Markdown table or a PowerShell comment. Names and
// values in findings and plans are the user's input, and a control
// character in them must not clear a terminal, break a table or end a
// comment and become a command.
package textsafe

import "strings"

// NoControl replaces control characters, DEL, the Unicode line separators
// (NEL, U+2028, U+2029) and the bidirectional embedding, override and
// isolate controls (U+202A-U+202E, U+2066-U+2069), which can make text read
// differently from what it is, with spaces.
func NoControl(s string) string {
	if !HasControl(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return ' '
		}
		return r
	}, s)
}

// HasControl reports whether s has a character NoControl would replace: no
// name or value the library accepts has one.
func HasControl(s string) bool { return strings.ContainsFunc(s, isControl) }

func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029 ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// Comment makes s safe inside a PowerShell line comment: no control
// characters, and no "#>" that could close a block comment.
func Comment(s string) string {
	return strings.ReplaceAll(NoControl(s), "#>", "# >")
}

// MarkdownCell makes s safe inside a Markdown table cell: no control
// characters, "|" escaped so that it does not end the cell, and "<"
// written "&lt;" so that a renderer does not take "<I>issuer<S>subject"
// (an SMTP certificate name) for HTML tags and drop them
// (https://spec.commonmark.org/0.31.2/#raw-html).
func MarkdownCell(s string) string {
	return markdownCell.Replace(NoControl(s))
}

var markdownCell = strings.NewReplacer("|", `\|`, "<", "&lt;")

// MarkdownCodeCell makes s safe inside a code span of a Markdown table
// cell: no control characters and "|" escaped, which a GitHub table needs
// even there. "<" stays, since a code span shows its text as written
// (https://spec.commonmark.org/0.31.2/#code-spans).
func MarkdownCodeCell(s string) string {
	return strings.ReplaceAll(NoControl(s), "|", `\|`)
}
