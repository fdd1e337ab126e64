package strictjson

import (
	"unicode/utf16"
	"unicode/utf8"
)

// ToUTF8 strips a UTF-8 byte order mark and converts UTF-16 text that
// starts with a byte order mark, which is what Windows PowerShell 5.1 writes
// with ">" and Out-File, to UTF-8. Other input is returned as it is: JSON
// exchanged between programs is UTF-8 (RFC 8259, section 8.1), which
// [Decode] checks. UTF-16 that is not valid (an odd number of bytes, a
// surrogate without its pair) is an error, positioned in the converted text
// where it can be; so are UTF-32 and UTF-16 without a byte order mark,
// which say to save the file as UTF-8 rather than leave Decode to stop at
// the first zero byte. The error has no Name: the caller fills it in.
func ToUTF8(data []byte) ([]byte, *Error) {
	var bigEndian bool
	switch {
	case len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF:
		return data[3:], nil
	case len(data) >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0:
		return nil, &Error{Err: ErrUTF32} // the little-endian UTF-32 byte order mark
	case len(data) >= 2 && (data[0] == 0 || data[1] == 0):
		if err := unicodeWithoutUTF8(data); err != nil {
			return nil, &Error{Err: err}
		}
		return data, nil
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		bigEndian = true
	default:
		return data, nil
	}
	return fromUTF16(data[2:], bigEndian)
}

// fromUTF16 converts UTF-16 text without its byte order mark to UTF-8.
func fromUTF16(data []byte, bigEndian bool) ([]byte, *Error) {
	if len(data)%2 != 0 {
		return nil, &Error{Err: ErrUTF16Odd}
	}
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(data[2*i])<<8 | uint16(data[2*i+1])
		}
		return uint16(data[2*i+1])<<8 | uint16(data[2*i])
	}
	n := len(data) / 2
	out := make([]byte, 0, n)
	for i := 0; i < n; i++ {
		u := unit(i)
		if !utf16.IsSurrogate(rune(u)) {
			out = utf8.AppendRune(out, rune(u))
			continue
		}
		if u < 0xDC00 && i+1 < n { // a high surrogate, which a low one must follow
			if r := utf16.DecodeRune(rune(u), rune(unit(i+1))); r != utf8.RuneError {
				out = utf8.AppendRune(out, r)
				i++
				continue
			}
		}
		line, col := newPositioner(out).at(len(out))
		return nil, &Error{Offset: len(out), Line: line, Col: col, Err: &surrogateError{u}}
	}
	return out, nil
}

// unicodeWithoutUTF8 recognizes UTF-32 (with or without a byte order mark)
// and UTF-16 without one by the zero bytes around the first character,
// which in JSON is ASCII, as RFC 4627 section 3 described
// (https://www.rfc-editor.org/rfc/rfc4627#section-3). UTF-8 JSON has no
// zero byte at all, so nothing valid is mistaken.
func unicodeWithoutUTF8(data []byte) error {
	if len(data) < 4 {
		if len(data) >= 2 && (data[0] == 0) != (data[1] == 0) {
			return ErrUTF16NoBOM
		}
		return nil
	}
	z := [4]bool{data[0] == 0, data[1] == 0, data[2] == 0, data[3] == 0}
	switch z {
	case [4]bool{true, true, true, false}, [4]bool{false, true, true, true}, // 00 00 00 xx, xx 00 00 00
		[4]bool{true, true, false, false}: // 00 00 FE FF, the big-endian byte order mark
		return ErrUTF32
	case [4]bool{true, false, true, false}, [4]bool{false, true, false, true}: // 00 xx 00 xx, xx 00 xx 00
		return ErrUTF16NoBOM
	}
	return nil
}
