package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
)

// Decode decodes the JSON object in data, which must be UTF-8 (see
// [ToUTF8]), into target, a non-nil pointer to a struct, and returns the
// problems found, in input order: all of them, or the first [MaxErrors] and
// a last one wrapping [ErrTooMany]. It returns nil when there is none; the
// fields of target that had a problem are left as they were. The errors
// have no Name: the caller fills it in.
func Decode(data []byte, target any) []*Error {
	d := &decoder{data: data, pos: newPositioner(data), fields: map[reflect.Type]fieldsResult{}}
	if !d.precheck() {
		return d.errs
	}
	end, ok := d.checkSyntax()
	if !ok {
		return d.errs
	}
	d.dec = json.NewDecoder(bytes.NewReader(data[:end]))
	d.value(reflect.ValueOf(target).Elem(), "")
	if rest := skipSpace(data, end); rest < len(data) {
		d.add(rest, "", ErrTrailing)
	}
	return d.errs
}

type decoder struct {
	data   []byte
	pos    *positioner
	dec    *json.Decoder
	errs   []*Error
	full   bool // MaxErrors were reported; the walk stops
	fields map[reflect.Type]fieldsResult
}

// precheck reports (and returns false on) what would make the JSON
// decoder's own error say little: input that is not UTF-8, empty input,
// XML, and nesting past MaxDepth.
func (d *decoder) precheck() bool {
	if i := invalidUTF8(d.data); i >= 0 {
		d.add(i, "", &utf8Error{d.data[i]})
		return false
	}
	start := skipSpace(d.data, 0)
	switch {
	case start == len(d.data):
		d.errs = []*Error{{Err: ErrEmpty}} // no position: there is nothing to point at
	case d.data[start] == '<':
		d.add(start, "", ErrXML)
	default:
		if off := tooDeep(d.data); off >= 0 {
			d.add(off, "", ErrTooDeep)
		}
	}
	return d.errs == nil
}

// checkSyntax checks the syntax of the first JSON value and that it holds
// no lone surrogate escape, and returns the offset where it ends.
func (d *decoder) checkSyntax() (end int, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(d.data))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se):
			d.add(max(int(se.Offset)-1, 0), "", se)
		case errors.Is(err, io.ErrUnexpectedEOF):
			d.add(len(d.data), "", ErrTruncated)
		default:
			d.add(skipSpace(d.data, 0), "", err)
		}
		return 0, false
	}
	end = int(dec.InputOffset())
	if off := loneSurrogate(d.data[:end]); off >= 0 {
		d.add(off, "", &surrogateEscapeError{string(d.data[off : off+6])})
		return 0, false
	}
	return end, true
}

type fieldsResult struct {
	fields []Field
	err    error
}

// fieldsOf returns the fields of struct type t, computed once per type: a
// list of a thousand servers needs the fields of a server once.
func (d *decoder) fieldsOf(t reflect.Type) ([]Field, error) {
	r, ok := d.fields[t]
	if !ok {
		r.fields, r.err = Fields(t)
		d.fields[t] = r
	}
	return r.fields, r.err
}

// add records err at byte offset off of the input. After MaxErrors it
// records one ErrTooMany and then nothing.
func (d *decoder) add(off int, path string, err error) {
	if d.full {
		return
	}
	if len(d.errs) == MaxErrors {
		d.full = true
		path, err = "", ErrTooMany
	}
	line, col := d.pos.at(off)
	d.errs = append(d.errs, &Error{Offset: min(off, len(d.data)), Line: line, Col: col, Path: path, Err: err})
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

// token returns the next token; the input is well-formed, so an error here
// is the decoder's own and ends the walk.
func (d *decoder) token(off int, path string) (json.Token, bool) {
	tok, err := d.dec.Token()
	if err != nil {
		d.add(off, path, err)
		return nil, false
	}
	return tok, true
}

// skip consumes the next value whole.
func (d *decoder) skip(off int, path string) bool {
	var raw json.RawMessage
	if err := d.dec.Decode(&raw); err != nil {
		d.add(off, path, err)
		return false
	}
	return true
}

// mismatch reports a value of the wrong JSON type and skips it.
func (d *decoder) mismatch(off int, path string, want string) bool {
	d.add(off, path, &typeError{want: want, got: jsonKind(d.data[off])})
	return d.skip(off, path)
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

// value decodes the next value into v. It returns false when the walk
// cannot or need not go on; the decode functions below do the same.
func (d *decoder) value(v reflect.Value, path string) bool {
	if d.full {
		return false
	}
	off := d.next()
	if off >= len(d.data) {
		d.add(off, path, ErrTruncated)
		return false
	}
	switch KindOf(v.Type()) {
	case KindText:
		return d.decodeText(v, off, path)
	case KindString:
		return d.decodeString(v, off, path)
	case KindBool:
		return d.decodeBool(v, off, path)
	case KindSlice:
		return d.decodeSlice(v, off, path)
	case KindStruct:
		return d.decodeStruct(v, off, path)
	case KindJSON:
		return d.decodeJSON(v, off, path)
	}
	d.add(off, path, fmt.Errorf("%w %v", ErrUnsupported, v.Type()))
	return false
}

// stringAt reads the JSON string at off. got is false when there is none
// there: a value of another type, reported and skipped, or an error that
// ends the walk; goOn says whether the walk goes on.
func (d *decoder) stringAt(off int, path string) (s string, got, goOn bool) {
	if d.data[off] != '"' {
		return "", false, d.mismatch(off, path, "a string")
	}
	tok, ok := d.token(off, path)
	s, _ = tok.(string)
	return s, ok, ok
}

// decodeText decodes a JSON string with v's UnmarshalText; an error of
// UnmarshalText is reported and the walk goes on.
func (d *decoder) decodeText(v reflect.Value, off int, path string) bool {
	s, got, goOn := d.stringAt(off, path)
	if !got {
		return goOn
	}
	if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
		d.add(off, path, &ValueError{Text: s, Err: err})
	}
	return true
}

// decodeString decodes a JSON string into a string kind.
func (d *decoder) decodeString(v reflect.Value, off int, path string) bool {
	s, got, goOn := d.stringAt(off, path)
	if got {
		v.SetString(s)
	}
	return goOn
}

// decodeBool decodes true or false.
func (d *decoder) decodeBool(v reflect.Value, off int, path string) bool {
	if c := d.data[off]; c != 't' && c != 'f' {
		return d.mismatch(off, path, "true or false")
	}
	tok, ok := d.token(off, path)
	if !ok {
		return false
	}
	b, _ := tok.(bool)
	v.SetBool(b)
	return true
}

// decodeSlice decodes a JSON array, or null as the nil slice.
func (d *decoder) decodeSlice(v reflect.Value, off int, path string) bool {
	switch d.data[off] {
	case 'n':
		_, ok := d.token(off, path)
		v.SetZero()
		return ok
	case '[':
	default:
		return d.mismatch(off, path, "an array")
	}
	if _, ok := d.token(off, path); !ok {
		return false
	}
	v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	for i := 0; d.dec.More(); i++ {
		elem := reflect.New(v.Type().Elem()).Elem()
		if !d.value(elem, indexPath(path, i)) {
			return false
		}
		v.Set(reflect.Append(v, elem))
	}
	_, ok := d.token(off, path)
	return ok
}

// decodeJSON gives the whole value to v's own UnmarshalJSON, through
// encoding/json, which allocates a nil pointer and leaves it nil for null.
// Its error is reported at the value's start, and the walk goes on.
func (d *decoder) decodeJSON(v reflect.Value, off int, path string) bool {
	var raw json.RawMessage
	if err := d.dec.Decode(&raw); err != nil {
		d.add(off, path, err)
		return false
	}
	if err := json.Unmarshal(raw, v.Addr().Interface()); err != nil {
		d.add(off, path, err)
	}
	return true
}

// decodeStruct decodes a JSON object into the fields of struct v.
func (d *decoder) decodeStruct(v reflect.Value, off int, path string) bool {
	if d.data[off] != '{' {
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
		if d.full || !d.member(v, fields, seen, path) {
			return false
		}
	}
	_, ok := d.token(off, path)
	return ok
}

// member decodes one member of an object into its field of v, or reports
// it as unknown or repeated and skips its value. seen marks the fields
// already given.
func (d *decoder) member(v reflect.Value, fields []Field, seen []bool, path string) bool {
	keyOff := d.next()
	tok, ok := d.token(keyOff, path)
	if !ok {
		return false
	}
	key, _ := tok.(string)
	i := fieldIndex(fields, key)
	switch {
	case i < 0:
		d.add(keyOff, childPath(path, key), &fieldError{kind: ErrUnknownField, name: key, hint: suggest(fields, key)})
		return d.skip(keyOff, path)
	case seen[i]:
		d.add(keyOff, childPath(path, key), &fieldError{kind: ErrDuplicateField, name: key})
		return d.skip(keyOff, path)
	}
	seen[i] = true
	return d.value(v.Field(fields[i].Index), childPath(path, key))
}

func fieldIndex(fields []Field, name string) int {
	for i, f := range fields {
		if f.Name == name {
			return i
		}
	}
	return -1
}
