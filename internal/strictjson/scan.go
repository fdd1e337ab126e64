package strictjson

import (
	"bytes"
	"unicode/utf8"
)

// The scans below look at the raw bytes before (or beside) the JSON
// decoder, for what it would accept silently or report with a message
// that says little.

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipSpace returns the offset of the first byte at or after off that is
// not JSON white space.
func skipSpace(data []byte, off int) int {
	for off < len(data) && isSpace(data[off]) {
		off++
	}
	return off
}

// invalidUTF8 returns the offset of the first byte of data that is not part
// of a valid UTF-8 encoding, or -1.
func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// tooDeep returns the offset of the first "[" or "{" that opens a level
// deeper than MaxDepth, outside strings, or -1.
func tooDeep(data []byte) int {
	depth, inString := 0, false
	for i := 0; i < len(data); i++ {
		switch c := data[i]; {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '[' || c == '{':
			if depth++; depth > MaxDepth {
				return i
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return -1
}

// loneSurrogate returns the offset of the first \u escape in a string of
// the well-formed JSON data that encodes half of a UTF-16 surrogate pair
// without the other half, or -1. encoding/json turns such an escape into
// U+FFFD without a word, which would change a name silently.
func loneSurrogate(data []byte) int {
	inString := false
	for i := 0; i < len(data); i++ {
		switch c := data[i]; {
		case c == '"':
			inString = !inString
		case !inString || c != '\\':
		case data[i+1] != 'u':
			i++
		default:
			r := hex4(data[i+2 : i+6])
			switch {
			case r >= 0xD800 && r < 0xDC00:
				if i+12 <= len(data) && data[i+6] == '\\' && data[i+7] == 'u' {
					if lo := hex4(data[i+8 : i+12]); lo >= 0xDC00 && lo < 0xE000 {
						i += 11
						continue
					}
				}
				return i
			case r >= 0xDC00 && r < 0xE000:
				return i
			}
			i += 5
		}
	}
	return -1
}

// hex4 decodes four hexadecimal digits, which the JSON syntax guarantees
// after \u.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}

// positioner turns byte offsets into 1-based lines and byte columns. Asked
// for offsets in ascending order, as the decoder's errors come, it scans
// each byte of the input at most once.
type positioner struct {
	data      []byte
	off       int // the offset scanned up to
	line      int // the line of off
	lineStart int // the offset where that line starts
}

func newPositioner(data []byte) *positioner {
	return &positioner{data: data, line: 1}
}

// at returns the line and column of offset off; an offset past the end is
// the end.
func (p *positioner) at(off int) (line, col int) {
	off = min(off, len(p.data))
	if off < p.off { // not in order: start again, still correct
		p.off, p.line, p.lineStart = 0, 1, 0
	}
	for {
		i := bytes.IndexByte(p.data[p.off:off], '\n')
		if i < 0 {
			break
		}
		p.line++
		p.lineStart = p.off + i + 1
		p.off = p.lineStart
	}
	p.off = off
	return p.line, off - p.lineStart + 1
}
