package clixml

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// scanner is the XML layer: a hand-written reader for the part of XML 1.0
// that CLIXML uses (elements, attributes, character data, the five named
// entities and character references, CDATA, comments, processing
// instructions), over a buffer that it refills from the source. It keeps
// no token after the caller has consumed it, so memory does not grow with
// the input. A hand-written scanner rather than encoding/xml because the
// reader must skip SerializationData blobs (most of an Exchange export's
// bytes) at memory speed and report positions in a stream it does not keep.
type scanner struct {
	src      io.Reader
	buf      []byte
	pos, end int   // buf[pos:end] is unread
	base     int64 // input offset of buf[0]
	rerr     error // the source's first error; io.EOF at the end
	empty    int   // reads in a row that returned nothing
	enc      encoding

	// Lines are counted lazily: line is the line of offset lineOff, which
	// starts at lineStart. posAt moves lineOff forward, never back.
	line      int
	lineOff   int64
	lineStart int64

	// pend is the offset of the element being read, whose position an
	// error may need after its bytes have left the buffer: fill resolves
	// it before discarding them.
	pend    int64
	pendPos Pos
	pendOK  bool
}

const bufSize = 64 << 10

func (s *scanner) init(r io.Reader) {
	s.src = r
	s.buf = make([]byte, bufSize)
	s.line = 1
}

// offset returns the input offset of the next unread byte.
func (s *scanner) offset() int64 { return s.base + int64(s.pos) }

// posAt returns the position of input offset off, which must not be before
// an offset already passed to posAt. It resolves the pending position first
// when off is past it, so that the lines are counted in order.
func (s *scanner) posAt(off int64) Pos {
	if !s.pendOK && s.pend <= off {
		s.advance(s.pend)
		s.pendPos, s.pendOK = s.column(s.pend), true
	}
	s.advance(off)
	return s.column(off)
}

// advance counts the lines up to offset off.
func (s *scanner) advance(off int64) {
	if off <= s.lineOff {
		return
	}
	lo, hi := int(s.lineOff-s.base), int(off-s.base)
	if lo < 0 || hi > s.end {
		return // not in the buffer: cannot happen, as fill counts before discarding
	}
	seg := s.buf[lo:hi]
	if n := bytes.Count(seg, []byte{'\n'}); n > 0 {
		s.line += n
		s.lineStart = s.base + int64(lo+bytes.LastIndexByte(seg, '\n')+1)
	}
	s.lineOff = off
}

func (s *scanner) column(off int64) Pos {
	col := off - s.lineStart + 1
	if col < 1 {
		col = 1
	}
	return Pos{Line: s.line, Column: int(col)}
}

// here returns the position of the next unread byte.
func (s *scanner) here() Pos { return s.posAt(s.offset()) }

// setPending records the offset of the element being read.
func (s *scanner) setPending(off int64) { s.pend, s.pendOK = off, false }

// pending returns the position recorded by setPending.
func (s *scanner) pending() Pos {
	if !s.pendOK {
		s.posAt(s.pend)
	}
	return s.pendPos
}

// fill reads more input after the unread bytes, discarding the read ones.
// It returns false when no more input comes; s.rerr says why.
func (s *scanner) fill() bool {
	if s.rerr != nil {
		return false
	}
	s.posAt(s.offset())
	n := copy(s.buf, s.buf[s.pos:s.end])
	s.base += int64(s.pos)
	s.pos, s.end = 0, n
	if s.end == len(s.buf) {
		s.buf = append(s.buf, make([]byte, len(s.buf))...)
	}
	for {
		m, err := s.src.Read(s.buf[s.end:])
		s.end += m
		if err != nil {
			s.rerr = err
			return m > 0
		}
		if m > 0 {
			s.empty = 0
			return true
		}
		if s.empty++; s.empty >= 100 {
			s.rerr = io.ErrNoProgress
			return false
		}
	}
}

// ensure makes n bytes readable, or returns false at the end of input.
func (s *scanner) ensure(n int) bool {
	for s.end-s.pos < n {
		if !s.fill() {
			return false
		}
	}
	return true
}

// at reports whether the unread input starts with lit.
func (s *scanner) at(lit string) bool {
	return s.ensure(len(lit)) && string(s.buf[s.pos:s.pos+len(lit)]) == lit
}

// errAt returns an [*Error] of kind at pos.
func errAt(pos Pos, kind error, format string, args ...any) *Error {
	return &Error{Pos: pos, Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// endErr returns the error for input that ended where more was needed:
// a read error, an encoding error of the UTF-16 transcoder, or truncation.
func (s *scanner) endErr(what string) error {
	switch {
	case s.rerr == nil || s.rerr == io.EOF:
		return errAt(s.here(), ErrTruncated, "the input ends %s", what)
	case errors.Is(s.rerr, errLoneUnit):
		return errAt(s.here(), ErrEncoding, "lone UTF-16 surrogate in %s input", s.enc)
	case errors.Is(s.rerr, errOddByte):
		return errAt(s.here(), ErrEncoding, "%s input ends with half a character", s.enc)
	}
	return fmt.Errorf("clixml: reading input at %v: %w", s.here(), s.rerr)
}

// Character classes of text bytes.
const (
	cPlain   = iota
	cLT      // '<'
	cAmp     // '&'
	cCR      // '\r', normalized to '\n'
	cBad     // a control character XML forbids
	cNonASCI // the first byte of a multi-byte UTF-8 sequence, or a bad byte
)

var textClass = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		t[c] = cBad
	}
	t['\t'], t['\n'] = cPlain, cPlain
	t['\r'] = cCR
	t['<'], t['&'] = cLT, cAmp
	for c := 0x80; c < 0x100; c++ {
		t[c] = cNonASCI
	}
	return t
}()

// validRune reports whether the UTF-8 sequence at b[0] is a character XML
// allows, and its length. It needs utf8.UTFMax bytes or the end of input.
func validRune(b []byte) (int, bool) {
	r, n := utf8.DecodeRune(b)
	if r == utf8.RuneError && n <= 1 {
		return 1, false
	}
	return n, r != 0xFFFE && r != 0xFFFF
}

// appendRune appends the UTF-8 character at the scanner's position to
// dst and moves past it; one that is not valid UTF-8 is badChar's error.
func (s *scanner) appendRune(dst []byte) ([]byte, error) {
	s.ensure(utf8.UTFMax)
	n, ok := validRune(s.buf[s.pos:s.end])
	if !ok {
		return dst, s.badChar()
	}
	dst = append(dst, s.buf[s.pos:s.pos+n]...)
	s.pos += n
	return dst, nil
}

// badChar returns the error for the byte at s.pos, which is not allowed.
func (s *scanner) badChar() error {
	c := s.buf[s.pos]
	if c < 0x80 {
		if c == 0 && s.enc <= encUTF8BOM {
			return errAt(s.here(), ErrEncoding,
				"NUL byte in %s input: is the file UTF-16 without a byte order mark?", s.enc)
		}
		return errAt(s.here(), ErrEncoding,
			"control character U+%04X, which XML does not allow (PowerShell writes it as _x%04X_)", c, c)
	}
	return errAt(s.here(), ErrEncoding,
		"bytes that are not UTF-8 or a character XML does not allow, in %s input", s.enc)
}

// text appends the character data at s.pos to dst, up to the next '<'
// (left unread), with entities resolved and line ends normalized. max
// bounds len(dst).
func (s *scanner) text(dst []byte, max int) ([]byte, error) {
	for {
		i := s.pos
		for i < s.end && textClass[s.buf[i]] == cPlain {
			i++
		}
		dst = append(dst, s.buf[s.pos:i]...)
		s.pos = i
		if len(dst) > max {
			return dst, errAt(s.pending(), ErrLimit, "a value longer than %d bytes (Limits.MaxValueBytes)", max)
		}
		if i == s.end {
			if !s.fill() {
				return dst, s.endErr("inside character data")
			}
			continue
		}
		switch textClass[s.buf[i]] {
		case cLT:
			return dst, nil
		case cAmp:
			var err error
			if dst, err = s.entity(dst); err != nil {
				return dst, err
			}
		case cCR:
			dst = append(dst, '\n')
			s.pos++
			if s.ensure(1) && s.buf[s.pos] == '\n' {
				s.pos++
			}
		case cBad:
			return dst, s.badChar()
		default:
			var err error
			if dst, err = s.appendRune(dst); err != nil {
				return dst, err
			}
		}
	}
}

// entity appends the character of the entity or character reference at
// s.pos ('&').
func (s *scanner) entity(dst []byte) ([]byte, error) {
	start := s.here()
	s.pos++ // '&'
	var name [12]byte
	n := 0
	for {
		if !s.ensure(1) {
			return dst, s.endErr("inside an entity reference")
		}
		c := s.buf[s.pos]
		s.pos++
		if c == ';' {
			break
		}
		if n == len(name) || c == '<' || c == '&' || c <= ' ' {
			return dst, errAt(start, ErrSyntax, "an '&' that starts no entity reference; write &amp;")
		}
		name[n] = c
		n++
	}
	switch ref := string(name[:n]); ref {
	case "lt":
		return append(dst, '<'), nil
	case "gt":
		return append(dst, '>'), nil
	case "amp":
		return append(dst, '&'), nil
	case "quot":
		return append(dst, '"'), nil
	case "apos":
		return append(dst, '\''), nil
	default:
		if len(ref) > 1 && ref[0] == '#' {
			v := -1
			if ref[1] == 'x' {
				if len(ref) <= 8 {
					v = hexVal([]byte(ref[2:]))
				}
			} else if len(ref) <= 8 {
				v = 0
				for _, c := range []byte(ref[1:]) {
					if c < '0' || c > '9' {
						v = -1
						break
					}
					v = v*10 + int(c-'0')
				}
			}
			if len(ref) > 2 || ref[1] != 'x' {
				r := rune(v)
				if v >= 0 && (r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xD7FF) ||
					(r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= utf8.MaxRune)) {
					return utf8.AppendRune(dst, r), nil
				}
			}
			return dst, errAt(start, ErrSyntax, "character reference &%s; names no character XML allows", ref)
		}
		return dst, errAt(start, ErrSyntax, "unknown entity &%s; (XML has &lt; &gt; &amp; &quot; &apos;)", ref)
	}
}

// skipUntil discards input up to and including lit.
func (s *scanner) skipUntil(lit string, what string) error {
	for {
		if i := bytes.Index(s.buf[s.pos:s.end], []byte(lit)); i >= 0 {
			s.pos += i + len(lit)
			return nil
		}
		if keep := len(lit) - 1; s.end-s.pos > keep {
			s.pos = s.end - keep
		}
		if !s.fill() {
			return s.endErr("inside " + what)
		}
	}
}

// cdata appends the content of a CDATA section at s.pos ("<![CDATA[").
func (s *scanner) cdata(dst []byte, max int) ([]byte, error) {
	s.pos += len("<![CDATA[")
	for {
		if !s.ensure(3) {
			return dst, s.endErr("inside a CDATA section")
		}
		c := s.buf[s.pos]
		switch textClass[c] {
		case cBad:
			return dst, s.badChar()
		case cCR:
			dst = append(dst, '\n')
			s.pos++
			if s.buf[s.pos] == '\n' {
				s.pos++
			}
			continue
		case cNonASCI:
			var err error
			if dst, err = s.appendRune(dst); err != nil {
				return dst, err
			}
			continue
		}
		if c == ']' && s.buf[s.pos+1] == ']' && s.buf[s.pos+2] == '>' {
			s.pos += 3
			return dst, nil
		}
		dst = append(dst, c)
		s.pos++
		if len(dst) > max {
			return dst, errAt(s.pending(), ErrLimit, "a value longer than %d bytes (Limits.MaxValueBytes)", max)
		}
	}
}

// skipMisc skips white space, comments and processing instructions, and
// stops at the next '<' of an element or end tag, or at other text.
func (s *scanner) skipMisc() error {
	for {
		for s.pos < s.end && isSpace(s.buf[s.pos]) {
			s.pos++
		}
		if s.pos == s.end {
			if !s.fill() {
				return nil
			}
			continue
		}
		if s.buf[s.pos] != '<' {
			return nil
		}
		switch {
		case s.at("<!--"):
			s.pos += 4
			if err := s.skipUntil("-->", "a comment"); err != nil {
				return err
			}
		case s.at("<?"):
			s.pos += 2
			if err := s.skipUntil("?>", "a processing instruction"); err != nil {
				return err
			}
		default:
			return nil
		}
	}
}

func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '-' || c == '.' || c >= 0x80
}

// name appends the XML name at s.pos to dst.
func (s *scanner) name(dst []byte) ([]byte, error) {
	start := len(dst)
	for {
		i := s.pos
		for i < s.end && isNameByte(s.buf[i]) {
			i++
		}
		dst = append(dst, s.buf[s.pos:i]...)
		s.pos = i
		if len(dst)-start > 256 {
			return dst, errAt(s.here(), ErrLimit, "a name longer than 256 bytes")
		}
		if i < s.end {
			break
		}
		if !s.fill() {
			return dst, s.endErr("inside a name")
		}
	}
	if len(dst) == start || (dst[start] >= '0' && dst[start] <= '9') || dst[start] == '-' || dst[start] == '.' {
		return dst, errAt(s.here(), ErrSyntax, "expected a name")
	}
	if !utf8.Valid(dst[start:]) {
		return dst, errAt(s.here(), ErrEncoding, "a name that is not UTF-8")
	}
	return dst, nil
}

// skipSpace skips white space inside a tag.
func (s *scanner) skipSpace() {
	for s.ensure(1) && isSpace(s.buf[s.pos]) {
		s.pos++
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// attrValue appends the quoted attribute value at s.pos to dst, with
// entities resolved and white space normalized as XML 1.0 §3.3.3 says.
func (s *scanner) attrValue(dst []byte, max int) ([]byte, error) {
	if !s.ensure(1) {
		return dst, s.endErr("inside a tag")
	}
	q := s.buf[s.pos]
	if q != '"' && q != '\'' {
		return dst, errAt(s.here(), ErrSyntax, "an attribute value must be quoted")
	}
	s.pos++
	for {
		if !s.ensure(1) {
			return dst, s.endErr("inside an attribute value")
		}
		c := s.buf[s.pos]
		switch {
		case c == q:
			s.pos++
			return dst, nil
		case c == '<':
			return dst, errAt(s.here(), ErrSyntax, "'<' in an attribute value; write &lt;")
		case c == '&':
			var err error
			if dst, err = s.entity(dst); err != nil {
				return dst, err
			}
		case c == '\r':
			dst = append(dst, ' ')
			s.pos++
			if s.ensure(1) && s.buf[s.pos] == '\n' {
				s.pos++
			}
		case c == '\n' || c == '\t':
			dst = append(dst, ' ')
			s.pos++
		case c < 0x20:
			return dst, s.badChar()
		case c >= 0x80:
			var err error
			if dst, err = s.appendRune(dst); err != nil {
				return dst, err
			}
		default:
			dst = append(dst, c)
			s.pos++
		}
		if len(dst) > max {
			return dst, errAt(s.here(), ErrLimit, "an attribute value longer than %d bytes (Limits.MaxValueBytes)", max)
		}
	}
}
