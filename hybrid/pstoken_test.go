package hybrid

import (
	"strings"
	"unicode/utf8"
)

// A tokenizer of the PowerShell that the renderings print, written for the
// tests from PowerShell's own rules so that a test can tell a value kept
// inside a string literal from one that became code:
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

type psTokenKind uint8

const (
	psWord      psTokenKind = iota // bare text: a command name, parameter, number, variable or operator
	psPunct                        // one of ; ( ) { } , | & @ =
	psString                       // a single-quoted string: a literal
	psExpanding                    // a double-quoted string: expands $ and `
	psComment                      // a line comment
	psBad                          // an unterminated string
)

type psToken struct {
	kind  psTokenKind
	value string // the literal's value for psString, the text otherwise
}

func isSingleQuote(r rune) bool {
	return r == '\'' || r == '\u2018' || r == '\u2019' || r == '\u201a' || r == '\u201b'
}

func isDoubleQuote(r rune) bool {
	return r == '"' || r == '\u201c' || r == '\u201d' || r == '\u201e'
}

func isPSSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\v' || r == '\f' || r == '\r' || r == '\n' || r == 0xa0 || r == 0x85
}

func isPSPunct(r rune) bool { return strings.ContainsRune(";(){},|&@=", r) }

// psTokenize splits s into tokens.
func psTokenize(s string) []psToken {
	var out []psToken
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isPSSpace(r):
			i += n
		case r == '#':
			end := strings.IndexAny(s[i:], "\r\n")
			if end < 0 {
				end = len(s) - i
			}
			out = append(out, psToken{psComment, s[i : i+end]})
			i += end
		case isSingleQuote(r):
			var b strings.Builder
			j := i + n
			closed := false
			for j < len(s) {
				c, m := utf8.DecodeRuneInString(s[j:])
				if isSingleQuote(c) {
					next, k := utf8.DecodeRuneInString(s[j+m:])
					if j+m >= len(s) || !isSingleQuote(next) {
						j += m
						closed = true
						break
					}
					// Two in a row: the first escapes the second.
					b.WriteString(s[j+m : j+m+k])
					j += m + k
					continue
				}
				b.WriteString(s[j : j+m])
				j += m
			}
			if !closed {
				out = append(out, psToken{psBad, s[i:]})
				return out
			}
			out = append(out, psToken{psString, b.String()})
			i = j
		case isDoubleQuote(r):
			j := i + n
			closed := false
			for j < len(s) {
				c, m := utf8.DecodeRuneInString(s[j:])
				if c == '`' {
					_, k := utf8.DecodeRuneInString(s[j+m:])
					j += m + k
					continue
				}
				if isDoubleQuote(c) {
					next, k := utf8.DecodeRuneInString(s[j+m:])
					if j+m < len(s) && isDoubleQuote(next) {
						j += m + k
						continue
					}
					j += m
					closed = true
					break
				}
				j += m
			}
			if !closed {
				out = append(out, psToken{psBad, s[i:]})
				return out
			}
			out = append(out, psToken{psExpanding, s[i:j]})
			i = j
		case isPSPunct(r):
			out = append(out, psToken{psPunct, string(r)})
			i += n
		default:
			j := i
			for j < len(s) {
				c, m := utf8.DecodeRuneInString(s[j:])
				if isPSSpace(c) || isPSPunct(c) || isSingleQuote(c) || isDoubleQuote(c) {
					break
				}
				j += m
			}
			out = append(out, psToken{psWord, s[i:j]})
			i = j
		}
	}
	return out
}
