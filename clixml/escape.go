package clixml

import (
	"errors"
	"unicode/utf16"
	"unicode/utf8"
)

// PowerShell escapes what XML cannot carry in text as _xHHHH_, one escape
// per UTF-16 code unit: control characters (U+0000–U+001F, U+007F–U+009F),
// surrogates (so a character outside the BMP is two escapes) and an
// underscore followed by x or X, which is written _x005F_. The reader
// decodes with .NET's XmlConvert.DecodeName, which also takes eight hex
// digits (_xHHHHHHHH_) and either case of x and of the digits.
//
// Sources: InternalSerializer.EncodeString and InternalDeserializer.DecodeString
// in PowerShell's engine/serialization.cs
// (https://github.com/PowerShell/PowerShell/blob/master/src/System.Management.Automation/engine/serialization.cs),
// and [MS-PSRP] §2.2.5.3.2 "Encoding Strings", whose example escapes with
// lower-case digits (Order_x005f_x0020_)
// (https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-psrp/301404a9-232f-439c-8644-1a213675bfac).

var (
	errLoneSurrogate = errors.New("a _xHHHH_ escape names a lone UTF-16 surrogate")
	errEscapeRange   = errors.New("a _xHHHHHHHH_ escape names no Unicode character")
)

// hasEscape reports whether b may hold an escape: the fast path of every
// string in a real file is "no".
func hasEscape(b []byte) bool {
	for i := 0; i+1 < len(b); i++ {
		if b[i] == '_' && (b[i+1] == 'x' || b[i+1] == 'X') {
			return true
		}
	}
	return false
}

// hexVal returns the value of n hex digits, or -1.
func hexVal(b []byte) int {
	v := 0
	for _, c := range b {
		switch {
		case '0' <= c && c <= '9':
			v = v<<4 | int(c-'0')
		case 'a' <= c && c <= 'f':
			v = v<<4 | int(c-'a'+10)
		case 'A' <= c && c <= 'F':
			v = v<<4 | int(c-'A'+10)
		default:
			return -1
		}
	}
	return v
}

// escapeAt returns the code unit or point of an escape at b[0] and its
// length, or n == 0 when b does not start with one.
func escapeAt(b []byte) (v, n int) {
	if len(b) < 7 || b[0] != '_' || (b[1] != 'x' && b[1] != 'X') {
		return 0, 0
	}
	if b[6] == '_' {
		if v = hexVal(b[2:6]); v >= 0 {
			return v, 7
		}
	}
	if len(b) >= 11 && b[10] == '_' {
		if v = hexVal(b[2:10]); v >= 0 {
			return v, 11
		}
	}
	return 0, 0
}

// appendDecoded appends src to dst with the _xHHHH_ escapes decoded. A
// high surrogate escape followed by a low one is one character; any other
// surrogate is an error.
func appendDecoded(dst, src []byte) ([]byte, error) {
	for i := 0; i < len(src); {
		v, n := escapeAt(src[i:])
		if n == 0 {
			dst = append(dst, src[i])
			i++
			continue
		}
		i += n
		switch {
		case n == 11 && (v > utf8.MaxRune || utf16.IsSurrogate(rune(v))):
			return dst, errEscapeRange
		case 0xD800 <= v && v < 0xDC00:
			lo, m := escapeAt(src[i:])
			if m != 7 || lo < 0xDC00 || lo > 0xDFFF {
				return dst, errLoneSurrogate
			}
			i += m
			v = int(utf16.DecodeRune(rune(v), rune(lo)))
		case 0xDC00 <= v && v <= 0xDFFF:
			return dst, errLoneSurrogate
		}
		dst = utf8.AppendRune(dst, rune(v))
	}
	return dst, nil
}

// needsEscape reports whether the writer escapes r, as PowerShell does, plus
// U+FFFE and U+FFFF, which XML forbids and PowerShell would write raw.
func needsEscape(r rune) bool {
	return r <= 0x1F || (0x7F <= r && r <= 0x9F) || r == 0xFFFE || r == 0xFFFF || r > 0xFFFF
}

const hexDigits = "0123456789ABCDEF"

func appendEscape(dst []byte, u uint16) []byte {
	return append(dst, '_', 'x', hexDigits[u>>12], hexDigits[u>>8&15], hexDigits[u>>4&15], hexDigits[u&15], '_')
}

// xmlEntities are the references the encoder writes for the ASCII
// characters that XML text and attribute values cannot hold as themselves
// ("" for the others). The line breaks and tab are kept from attribute
// normalization; appendEncoded never reaches them, having written them as
// _xHHHH_ escapes.
var xmlEntities = [utf8.RuneSelf]string{
	'&': "&amp;", '<': "&lt;", '>': "&gt;", '"': "&quot;",
	'\r': "&#xD;", '\t': "&#x9;", '\n': "&#xA;",
}

// appendEncoded appends s to dst escaped for the text of an element or an
// attribute: the _xHHHH_ escapes first, then XML's own (&amp; &lt; &gt;
// &quot;). s must be valid UTF-8.
func appendEncoded(dst []byte, s string) []byte {
	for i, r := range s {
		switch {
		case r == '_' && i+1 < len(s) && (s[i+1] == 'x' || s[i+1] == 'X'):
			dst = appendEscape(dst, '_')
		case needsEscape(r):
			if r > 0xFFFF {
				hi, lo := utf16.EncodeRune(r)
				dst = appendEscape(appendEscape(dst, uint16(hi)), uint16(lo))
			} else {
				dst = appendEscape(dst, uint16(r))
			}
		case r < utf8.RuneSelf && xmlEntities[r] != "":
			dst = append(dst, xmlEntities[r]...)
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// appendXMLText appends s with only XML's escapes, for text whose kind has no
// _xHHHH_ escapes (base64, numbers, dates).
func appendXMLText(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && xmlEntities[c] != "" {
			dst = append(dst, xmlEntities[c]...)
		} else {
			dst = append(dst, c)
		}
	}
	return dst
}
