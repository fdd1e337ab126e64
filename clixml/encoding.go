package clixml

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// The encodings the reader accepts: UTF-8 with or without a byte order
// mark, and UTF-16 with one. Windows PowerShell 5.1's Export-Clixml writes
// UTF-16LE ("Unicode") by default, PowerShell 6 and later UTF-8 without a
// mark (about_Character_Encoding,
// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_character_encoding).

// encoding names the encoding of the input, for messages.
type encoding uint8

const (
	encUTF8 encoding = iota
	encUTF8BOM
	encUTF16LE
	encUTF16BE
)

func (e encoding) String() string {
	switch e {
	case encUTF8BOM:
		return "UTF-8 (with a byte order mark)"
	case encUTF16LE:
		return "UTF-16LE"
	case encUTF16BE:
		return "UTF-16BE"
	}
	return "UTF-8"
}

// errOddByte and errLoneUnit are the transcoder's errors; the scanner turns
// them into an [Error] with the position where the good text ends.
var (
	errOddByte  = errors.New("UTF-16 input ends in the middle of a character")
	errLoneUnit = errors.New("UTF-16 input has a lone surrogate")
)

// utf16Reader converts UTF-16 to UTF-8 as it reads. It stops with
// errLoneUnit at a surrogate that is not half of a pair, after returning
// every character before it.
type utf16Reader struct {
	r     io.Reader
	be    bool
	in    []byte // raw bytes: in[i:n] not yet converted
	i, n  int
	err   error
	empty int // reads in a row that returned nothing
}

func newUTF16Reader(r io.Reader, be bool, prefix []byte) *utf16Reader {
	u := &utf16Reader{r: r, be: be, in: make([]byte, len(prefix)+32<<10)}
	u.n = copy(u.in, prefix)
	return u
}

func (u *utf16Reader) unit(b []byte) rune {
	if u.be {
		return rune(b[0])<<8 | rune(b[1])
	}
	return rune(b[1])<<8 | rune(b[0])
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	w := 0
	for {
		for u.n-u.i >= 2 && len(p)-w >= utf8.UTFMax {
			c := u.unit(u.in[u.i:])
			switch {
			case c < 0x80:
				p[w] = byte(c)
				w++
				u.i += 2
				continue
			case utf16.IsSurrogate(c):
				if c >= 0xDC00 {
					return w, errLoneUnit
				}
				if u.n-u.i < 4 {
					if u.err != nil {
						return w, errLoneUnit
					}
					goto more
				}
				lo := u.unit(u.in[u.i+2:])
				if lo < 0xDC00 || lo > 0xDFFF {
					return w, errLoneUnit
				}
				c = utf16.DecodeRune(c, lo)
				u.i += 2
			}
			w += utf8.EncodeRune(p[w:], c)
			u.i += 2
		}
		if w > 0 {
			return w, nil
		}
		if len(p) < utf8.UTFMax {
			return 0, io.ErrShortBuffer
		}
	more:
		if u.err != nil {
			if u.n-u.i == 1 {
				return w, errOddByte
			}
			if w > 0 {
				return w, nil
			}
			return 0, u.err
		}
		u.n = copy(u.in, u.in[u.i:u.n])
		u.i = 0
		m, err := u.r.Read(u.in[u.n:])
		u.n += m
		if err != nil {
			u.err = err
		} else if m == 0 {
			if u.empty++; u.empty >= 100 {
				u.err = io.ErrNoProgress
			}
		}
	}
}

// sniff starts reading: it reads the byte order mark, sets the encoding,
// puts the UTF-16 transcoder under the scanner when the mark says so, and
// checks that the text looks like what the mark claims.
func (s *scanner) sniff() error {
	src := s.src
	s.init(src)
	s.fill()
	b := s.buf[s.pos:s.end]
	for len(b) < 4 && s.rerr == nil {
		s.fill()
		b = s.buf[s.pos:s.end]
	}
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		s.enc = encUTF8BOM
		s.pos += 3
		s.base = -3 // offsets, and so columns, start after the mark
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		be := b[0] == 0xFE
		s.enc = encUTF16LE
		if be {
			s.enc = encUTF16BE
		}
		rest := append([]byte(nil), b[2:]...)
		*s = scanner{enc: s.enc}
		s.init(newUTF16Reader(src, be, rest))
		if !s.ensure(1) {
			return s.endErr("after the byte order mark")
		}
		if c := s.buf[s.pos]; c != '<' && !isSpace(c) {
			return errAt(s.here(), ErrEncoding,
				"the file starts with a %s byte order mark, but its text is not %s", s.enc, s.enc)
		}
	}
	if s.enc <= encUTF8BOM {
		s.ensure(2)
		b := s.buf[s.pos:s.end]
		if len(b) >= 2 && (b[0] == 0 || b[1] == 0) {
			if s.enc == encUTF8BOM {
				return errAt(s.here(), ErrEncoding,
					"the file starts with a UTF-8 byte order mark, but its text is UTF-16")
			}
			return errAt(s.here(), ErrEncoding,
				"the file looks like UTF-16 without a byte order mark; save it as UTF-8 or as UTF-16 with one")
		}
	}
	return nil
}
