// Package pstoken tokenizes the PowerShell that exhybrid's renderings
// print, for tests: it tells a value kept inside a string literal from one
// that became code. Only tests import it; it is no PowerShell parser.
package pstoken

import (
	"strings"
	"unicode/utf8"
)

// Tokenize follows PowerShell's own rules, so that a test can tell a value
// kept inside a string literal from one that became code:
//   - the quote classes of CharTraits.cs (IsSingleQuote, IsDoubleQuote),
//     https://github.com/PowerShell/PowerShell/blob/master/src/System.Management.Automation/engine/parser/CharTraits.cs;
//   - a single-quoted string ends at a single-quote-class character that
//     another one does not follow; two in a row stand for the second one
//     (Tokenizer.ScanStringLiteral,
//     https://github.com/PowerShell/PowerShell/blob/master/src/System.Management.Automation/engine/parser/tokenizer.cs);
//   - a double-quoted string expands $ and takes ` as its escape
//     character (about_Quoting_Rules,
//     https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules);
//   - "#" at the start of a token begins a comment up to the end of the
//     line; CR and LF end lines.
//
// It knows nothing of PowerShell's grammar beyond that: anything else is a
// word or a punctuation character, which is what a test needs, as a value
// found in a word or a double-quoted string escaped its literal.

// Kind is the kind of a token.
type Kind uint8

// The kinds of token.

const (
	Word      Kind = iota // bare text: a command name, parameter, number, variable or operator
	Punct                 // one of ; ( ) { } , | & @ =
	String                // a single-quoted string: a literal
	Expanding             // a double-quoted string: expands $ and `
	Comment               // a line comment
	Bad                   // an unterminated string
)

// Token is one token of the text.
type Token struct {
	Kind  Kind
	Value string // the literal's value for String, the text otherwise
}

// IsSingleQuote reports whether r is one of PowerShell's single quotes:
// ' U+2018 U+2019 U+201A U+201B (CharTraits.IsSingleQuote).
func IsSingleQuote(r rune) bool {
	return r == '\'' || r == '\u2018' || r == '\u2019' || r == '\u201a' || r == '\u201b'
}

// IsDoubleQuote reports whether r is one of PowerShell's double quotes:
// " U+201C U+201D U+201E (CharTraits.IsDoubleQuote).
func IsDoubleQuote(r rune) bool {
	return r == '"' || r == '\u201c' || r == '\u201d' || r == '\u201e'
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\v' || r == '\f' || r == '\r' || r == '\n' || r == 0xa0 || r == 0x85
}

func isPunct(r rune) bool { return strings.ContainsRune(";(){},|&@=", r) }

// Tokenize splits s into tokens.
func Tokenize(s string) []Token {
	var out []Token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		var t Token
		switch {
		case isSpace(r):
			i += n
			continue
		case r == '#':
			t, i = comment(s, i)
		case IsSingleQuote(r):
			t, i = singleQuoted(s, i, n)
		case IsDoubleQuote(r):
			t, i = doubleQuoted(s, i, n)
		case isPunct(r):
			t, i = Token{Punct, string(r)}, i+n
		default:
			t, i = word(s, i)
		}
		out = append(out, t)
		if t.Kind == Bad {
			return out
		}
	}
	return out
}

// comment returns the comment that starts at s[i] ('#') and the index of
// the line end that follows it.
func comment(s string, i int) (Token, int) {
	end := strings.IndexAny(s[i:], "\r\n")
	if end < 0 {
		end = len(s) - i
	}
	return Token{Comment, s[i : i+end]}, i + end
}

// singleQuoted returns the literal whose n-byte opening quote is at s[i],
// and the index after its closing quote; a literal left open is a Bad token
// of the rest of s.
func singleQuoted(s string, i, n int) (Token, int) {
	var b strings.Builder
	for j := i + n; j < len(s); {
		c, m := utf8.DecodeRuneInString(s[j:])
		if IsSingleQuote(c) {
			next, k := utf8.DecodeRuneInString(s[j+m:])
			if j+m >= len(s) || !IsSingleQuote(next) {
				return Token{String, b.String()}, j + m
			}
			// Two in a row: the first escapes the second.
			b.WriteString(s[j+m : j+m+k])
			j += m + k
			continue
		}
		b.WriteString(s[j : j+m])
		j += m
	}
	return Token{Bad, s[i:]}, len(s)
}

// doubleQuoted returns the expanding string whose n-byte opening quote is
// at s[i], and the index after its closing quote; a string left open is a
// Bad token of the rest of s.
func doubleQuoted(s string, i, n int) (Token, int) {
	for j := i + n; j < len(s); {
		c, m := utf8.DecodeRuneInString(s[j:])
		if c == '`' {
			_, k := utf8.DecodeRuneInString(s[j+m:])
			j += m + k
			continue
		}
		if IsDoubleQuote(c) {
			next, k := utf8.DecodeRuneInString(s[j+m:])
			if j+m < len(s) && IsDoubleQuote(next) {
				j += m + k
				continue
			}
			return Token{Expanding, s[i : j+m]}, j + m
		}
		j += m
	}
	return Token{Bad, s[i:]}, len(s)
}

// word returns the word that starts at s[i] and the index after it: it
// runs up to white space, punctuation or a quote.
func word(s string, i int) (Token, int) {
	j := i
	for j < len(s) {
		c, m := utf8.DecodeRuneInString(s[j:])
		if isSpace(c) || isPunct(c) || IsSingleQuote(c) || IsDoubleQuote(c) {
			break
		}
		j += m
	}
	return Token{Word, s[i:j]}, j
}
