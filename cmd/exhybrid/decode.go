package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/exhybrid/exhybrid"
)

// The decoder reads an organization file (or an options file) more
// strictly than encoding/json.Unmarshal and says where each problem is. It
// works in passes over the whole input:
//
//  0. The input must be UTF-8 (RFC 8259, section 8.1); encoding/json would
//     read a byte that is not as U+FFFD and change a name without a word.
//  1. json.Decoder.Decode into a json.RawMessage checks the syntax of the
//     first JSON value. On a *json.SyntaxError, Offset counts the bytes read
//     up to and including the offending one, so the error is at Offset-1.
//     What follows the value must be white space only.
//  2. A second json.Decoder walks the (now well-formed) value token by token
//     alongside the Go type, using reflection. Before each value it takes
//     json.Decoder.InputOffset, which is the end of the previous token, and
//     skips white space and the ':' or ',' separator to find where the value
//     starts. Every error of this pass (an unknown or repeated field, a
//     value of the wrong JSON type, a value that UnmarshalText rejects) is
//     reported at that offset with the field path that led to it, and the
//     walk goes on, so the user sees the problems at once, up to
//     [maxErrors]; then a "too many errors" line ends the list.
//
// Errors come in input order, so [positioner] turns offsets into lines and
// columns in one scan of the input, whatever the number of errors.
//
// Unlike encoding/json, field names match exactly (the schema says so too;
// a name that differs only in case gets a hint), a field given twice is an
// error rather than last-one-wins, and null is accepted only for lists,
// which is what encoding/json writes for a nil slice.

// maxErrors is the number of errors reported before the decoder gives up,
// as the Go compiler does after 10: past a few dozen, the list is one
// mistake repeated, and it would scroll the first ones away.
const maxErrors = 20

// inputError is one problem of an input file, located by line, column and
// field path.
type inputError struct {
	Name string        // the input's name: a file name, "<stdin>" or "<built-in example>"
	Line int           // 1-based; 0 when the problem has no position
	Col  int           // 1-based byte column
	Path exhybrid.Path // the field path; "" for the whole document or a syntax error
	Err  error
}

// Error renders the problem on one line as "name:line:col: path: message",
// the form editors and the Go tools use.
func (e *inputError) Error() string {
	var b strings.Builder
	b.WriteString(e.Name)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col))
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(string(e.Path) + ": ")
	}
	// Some parse errors are an errors.Join of several lines; one problem
	// stays on one line.
	b.WriteString(strings.ReplaceAll(e.Err.Error(), "\n", "; "))
	return b.String()
}

func (e *inputError) Unwrap() error { return e.Err }

// The kinds of input error, for errors.Is. A value that its type's
// UnmarshalText rejects keeps that error (a *version.ParseError, a
// *hybrid.ParseError, ...) under a [plainError], and a syntax error is the
// *json.SyntaxError.
var (
	errEmpty          = errors.New("empty input, want a JSON object")
	errTruncated      = errors.New("unexpected end of input: the JSON value is not complete")
	errTrailing       = errors.New("data after the JSON value")
	errUnknownField   = errors.New("unknown field")
	errDuplicateField = errors.New("duplicate field")
	errTooMany        = fmt.Errorf("too many errors; stopped after %d", maxErrors)
	errInvalidUTF8    = errors.New("invalid UTF-8")
	errUnsupported    = errors.New("internal error: unsupported Go type")
	errTooDeep        = fmt.Errorf("the JSON value is nested deeper than %d levels; an organization file nests a few", maxDepth)
	errSurrogate      = errors.New("lone surrogate escape")
	errCLIXML         = errors.New("this looks like an XML export (CLIXML, as Export-Clixml writes it), not JSON; exhybrid reads JSON organization files, and the coming exhybrid import command is to read such exports")
	errXML            = errors.New("this looks like XML, not JSON; exhybrid reads JSON organization files")
)

// surrogateEscapeError reports a \u escape of half a UTF-16 surrogate pair
// without the other half.
type surrogateEscapeError struct{ escape string }

func (e *surrogateEscapeError) Error() string {
	return e.escape + " is half of a UTF-16 surrogate pair without the other half and encodes no character; write the character itself"
}

func (e *surrogateEscapeError) Unwrap() error { return errSurrogate }

// maxDepth bounds the nesting of arrays and objects. An organization
// nests four levels (organization, certificate, names); the bound is far
// above that and far below encoding/json's own 10000, whose error reads
// "invalid character '[' exceeded max depth".
const maxDepth = 64

// utf8Error reports the first byte of the input that is not part of a UTF-8
// character: usually a file saved in a Windows code page, where "é" is the
// single byte 0xE9.
type utf8Error struct{ b byte }

func (e *utf8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8: byte 0x%02X is not part of a UTF-8 character; save the file as UTF-8", e.b)
}

func (e *utf8Error) Unwrap() error { return errInvalidUTF8 }

// errType is matched by every *typeError.
var errType = errors.New("wrong JSON type")

// typeError reports a value of the wrong JSON type.
type typeError struct{ want, got string }

func (e *typeError) Error() string { return "want " + e.want + ", got " + e.got }

func (e *typeError) Is(target error) bool { return target == errType }

// fieldError reports an unknown or a repeated field.
type fieldError struct {
	kind error // errUnknownField or errDuplicateField
	name string
	hint string // a known field the name may be a typing mistake for
}

func (e *fieldError) Error() string {
	s := e.kind.Error() + " " + strconv.Quote(e.name)
	if e.hint != "" {
		s += "; did you mean " + strconv.Quote(e.hint) + "?"
	}
	return s
}

func (e *fieldError) Unwrap() error { return e.kind }

// decodeStrict decodes the JSON object in data into target, a pointer to a
// struct, and returns the problems found, in input order: all of them, or
// the first [maxErrors] and a last one wrapping errTooMany. name is the
// input's name for the messages.
func decodeStrict(name string, data []byte, target any) []*inputError {
	d := &decoder{name: name, data: data, pos: newPositioner(data), fields: map[reflect.Type]fieldsResult{}}
	if i := invalidUTF8(data); i >= 0 {
		d.add(i, "", &utf8Error{data[i]})
		return d.errs
	}
	start := skipSpace(data, 0)
	if start == len(data) {
		return []*inputError{{Name: name, Err: errEmpty}}
	}
	if data[start] == '<' {
		err := errXML
		if bytes.HasPrefix(data[start:], []byte("<Objs")) || bytes.Contains(data[start:min(len(data), start+512)], []byte("schemas.microsoft.com/powershell/2004/04")) {
			err = errCLIXML
		}
		d.add(start, "", err)
		return d.errs
	}
	if off := tooDeep(data); off >= 0 {
		d.add(off, "", errTooDeep)
		return d.errs
	}

	// Pass 1: syntax.
	dec := json.NewDecoder(bytes.NewReader(data))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se):
			d.add(max(int(se.Offset)-1, 0), "", se)
		case errors.Is(err, io.ErrUnexpectedEOF):
			d.add(len(data), "", errTruncated)
		default:
			d.add(start, "", err)
		}
		return d.errs
	}
	end := int(dec.InputOffset())
	if off := loneSurrogate(data[:end]); off >= 0 {
		d.add(off, "", &surrogateEscapeError{string(data[off : off+6])})
		return d.errs
	}

	// Pass 2: fields and types.
	d.dec = json.NewDecoder(bytes.NewReader(data[:end]))
	d.value(reflect.ValueOf(target).Elem(), "")
	if rest := skipSpace(data, end); rest < len(data) {
		d.add(rest, "", errTrailing)
	}
	return d.errs
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

type decoder struct {
	name   string
	data   []byte
	pos    *positioner
	dec    *json.Decoder
	errs   []*inputError
	full   bool // maxErrors were reported; the walk stops
	fields map[reflect.Type]fieldsResult
}

type fieldsResult struct {
	fields []field
	err    error
}

// fieldsOf returns the fields of struct type t, computed once per type: a
// list of a thousand servers needs the fields of roles.Server once.
func (d *decoder) fieldsOf(t reflect.Type) ([]field, error) {
	r, ok := d.fields[t]
	if !ok {
		r.fields, r.err = fieldsOf(t)
		d.fields[t] = r
	}
	return r.fields, r.err
}

// add records err at byte offset off of the input. After maxErrors it
// records one errTooMany and then nothing.
func (d *decoder) add(off int, path exhybrid.Path, err error) {
	if d.full {
		return
	}
	if len(d.errs) == maxErrors {
		d.full = true
		path, err = "", errTooMany
	}
	line, col := d.pos.at(off)
	d.errs = append(d.errs, &inputError{Name: d.name, Line: line, Col: col, Path: path, Err: err})
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

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipSpace returns the offset of the first byte at or after off that is
// not JSON white space.
func skipSpace(data []byte, off int) int {
	for off < len(data) && isSpace(data[off]) {
		off++
	}
	return off
}

// next returns the offset where the decoder's next value (or key) starts:
// after the previous token, white space, one separator and white space.
func (d *decoder) next() int {
	off := skipSpace(d.data, int(d.dec.InputOffset()))
	if off < len(d.data) && (d.data[off] == ':' || d.data[off] == ',') {
		off = skipSpace(d.data, off+1)
	}
	return off
}

// jsonKind names the JSON type of the value starting with c.
func jsonKind(c byte) string {
	switch c {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// token returns the next token; the input is well-formed, so an error here
// is the decoder's own and ends the walk.
func (d *decoder) token(off int, path exhybrid.Path) (json.Token, bool) {
	tok, err := d.dec.Token()
	if err != nil {
		d.add(off, path, err)
		return nil, false
	}
	return tok, true
}

// skip consumes the next value whole.
func (d *decoder) skip(off int, path exhybrid.Path) bool {
	var raw json.RawMessage
	if err := d.dec.Decode(&raw); err != nil {
		d.add(off, path, err)
		return false
	}
	return true
}

// mismatch reports a value of the wrong JSON type and skips it.
func (d *decoder) mismatch(off int, path exhybrid.Path, want string) bool {
	d.add(off, path, &typeError{want: want, got: jsonKind(d.data[off])})
	return d.skip(off, path)
}

// value decodes the next value into v. It returns false when the walk
// cannot or need not go on.
func (d *decoder) value(v reflect.Value, path exhybrid.Path) bool {
	if d.full {
		return false
	}
	off := d.next()
	if off >= len(d.data) {
		d.add(off, path, errTruncated)
		return false
	}
	c := d.data[off]
	switch k := kindOf(v.Type()); k {
	case kindText, kindString:
		if c != '"' {
			return d.mismatch(off, path, "a string")
		}
		tok, ok := d.token(off, path)
		if !ok {
			return false
		}
		s, _ := tok.(string)
		if k == kindString {
			v.SetString(s)
			return true
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			d.add(off, path, plain(s, err))
		}
		return true

	case kindBool:
		if c != 't' && c != 'f' {
			return d.mismatch(off, path, "true or false")
		}
		tok, ok := d.token(off, path)
		if !ok {
			return false
		}
		b, _ := tok.(bool)
		v.SetBool(b)
		return true

	case kindSlice:
		if c == 'n' {
			_, ok := d.token(off, path)
			v.SetZero()
			return ok
		}
		if c != '[' {
			return d.mismatch(off, path, "an array")
		}
		if _, ok := d.token(off, path); !ok {
			return false
		}
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		for i := 0; d.dec.More(); i++ {
			elem := reflect.New(v.Type().Elem()).Elem()
			if !d.value(elem, path.Index(i)) {
				return false
			}
			v.Set(reflect.Append(v, elem))
		}
		_, ok := d.token(off, path)
		return ok

	case kindStruct:
		if c != '{' {
			return d.mismatch(off, path, "an object")
		}
		fields, err := d.fieldsOf(v.Type())
		if err != nil {
			d.add(off, path, err)
			return false
		}
		if _, ok := d.token(off, path); !ok {
			return false
		}
		seen := make([]bool, len(fields))
		for d.dec.More() {
			if d.full {
				return false
			}
			keyOff := d.next()
			tok, ok := d.token(keyOff, path)
			if !ok {
				return false
			}
			key, _ := tok.(string)
			i := fieldIndex(fields, key)
			switch {
			case i < 0:
				d.add(keyOff, childPath(path, key), &fieldError{kind: errUnknownField, name: key, hint: suggest(fields, key)})
				ok = d.skip(keyOff, path)
			case seen[i]:
				d.add(keyOff, childPath(path, key), &fieldError{kind: errDuplicateField, name: key})
				ok = d.skip(keyOff, path)
			default:
				seen[i] = true
				ok = d.value(v.Field(fields[i].index), childPath(path, key))
			}
			if !ok {
				return false
			}
		}
		_, ok := d.token(off, path)
		return ok
	}
	d.add(off, path, fmt.Errorf("%w %v", errUnsupported, v.Type()))
	return false
}

// childPath extends path by a field name, quoting names that would not
// read as one field: `servers[0]["odd name"]`.
func childPath(path exhybrid.Path, name string) exhybrid.Path {
	if isIdentifier(name) {
		return path.Child(name)
	}
	return path.Key(name)
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return true
}

func fieldIndex(fields []field, name string) int {
	for i, f := range fields {
		if f.name == name {
			return i
		}
	}
	return -1
}

// suggest returns the field an unknown name is most likely a typing mistake
// for: one that differs only in case, or else the nearest within two edits;
// "" when none is that close.
func suggest(fields []field, name string) string {
	for _, f := range fields {
		if strings.EqualFold(f.name, name) {
			return f.name
		}
	}
	// A name much longer than every field is no typing mistake, and the
	// edit distance would cost its length times theirs.
	if len(name) > 64 {
		return ""
	}
	best, bestDist := "", 3
	for _, f := range fields {
		if dist := editDistance(strings.ToLower(f.name), strings.ToLower(name)); dist < bestDist {
			best, bestDist = f.name, dist
		}
	}
	return best
}

// editDistance returns the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// tooDeep returns the offset of the first "[" or "{" that opens a level
// deeper than maxDepth, outside strings, or -1.
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
			if depth++; depth > maxDepth {
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
