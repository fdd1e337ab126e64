package hybrid

import (
	"strings"
	"unicode/utf8"
)

// The one quoting function of the PowerShell rendering. Every value that
// comes from the organization or the options reaches a command only through
// psQuote, directly or through the cmdline builder of commands.go.
//
// PowerShell's tokenizer treats five characters as single quotes and four
// as double quotes (IsSingleQuote and IsDoubleQuote in
// https://github.com/PowerShell/PowerShell/blob/master/src/System.Management.Automation/engine/parser/CharTraits.cs):
// a value with U+2019 in a literal built by doubling only the ASCII
// apostrophe ends the literal there, and what follows runs as code. In a
// single-quoted string, two single-quote characters in a row stand for the
// second one and nothing else is special (Tokenizer.ScanStringLiteral in
// .../engine/parser/tokenizer.cs; about_Quoting_Rules,
// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules).
// So doubling every character of the single-quote class, as
// CodeGeneration.EscapeSingleQuotedStringContent does
// (.../engine/parser/CodeGeneration.cs), keeps any value inside its
// literal. Values are never put in double-quoted strings, where $ and `
// are code.

// isPSSingleQuote reports whether r is one of PowerShell's single-quote
// characters: ' and U+2018, U+2019, U+201A, U+201B (CharTraits.cs,
// IsSingleQuote).
func isPSSingleQuote(r rune) bool {
	switch r {
	case '\'', '\u2018', '\u2019', '\u201a', '\u201b':
		return true
	}
	return false
}

// psQuote returns s as a PowerShell single-quoted string literal: s between
// apostrophes, with every single-quote-class character doubled. PowerShell
// reads the literal back as s, whatever s holds; control characters are
// kept (validation rejects them in every value that reaches a script, and
// a command with a rejected value is left out of the plan). Bytes that are
// not UTF-8 are copied as they are.
func psQuote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+n])
		if isPSSingleQuote(r) {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	b.WriteByte('\'')
	return b.String()
}

// psArray returns a PowerShell array expression of quoted elements,
// @('a','b'); @() for none.
func psArray(list []string) string {
	var b strings.Builder
	b.WriteString("@(")
	for i, s := range list {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(psQuote(s))
	}
	b.WriteByte(')')
	return b.String()
}

// psHashtable returns a PowerShell hashtable expression, @{'k'='v'; ...},
// with keys and values quoted, in the order given.
func psHashtable(pairs ...[2]string) string {
	var b strings.Builder
	b.WriteString("@{")
	for i, kv := range pairs {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(psQuote(kv[0]) + "=" + psQuote(kv[1]))
	}
	b.WriteByte('}')
	return b.String()
}
