package hybrid

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/internal/textsafe"
)

// rejected is a value of the input with an error finding at its path.
type rejected struct {
	path  exhybrid.Path
	value string
}

// rejectedValues returns the string values of org and opts at the paths of
// the error findings in fs, in the order of fs. A value that is only
// spaces is left out: it cannot be told apart in a command.
func rejectedValues(org Organization, opts Options, fs exhybrid.Findings) []rejected {
	var out []rejected
	orgValue, optsValue := reflect.ValueOf(org), reflect.ValueOf(opts)
	fields := jsonFields{}
	for _, f := range fs {
		if f.Severity != exhybrid.SeverityError {
			continue
		}
		v, ok := stringAt(orgValue, string(f.Path), fields)
		if rest, isOption := strings.CutPrefix(string(f.Path), "options."); isOption {
			v, ok = stringAt(optsValue, rest, fields)
		}
		if ok && strings.TrimSpace(v) != "" {
			out = append(out, rejected{f.Path, v})
		}
	}
	return out
}

// stringAt returns the string at path in v, a path of JSON field names and
// list indexes such as "servers[2].name", and whether there is one.
func stringAt(v reflect.Value, path string, fields jsonFields) (string, bool) {
	v, ok := valueAt(v, path, fields)
	if !ok || v.Kind() != reflect.String {
		return "", false
	}
	return v.String(), true
}

// valueAt returns the value at path in v and whether there is one. fields
// keeps the field lookups of a run of calls.
func valueAt(v reflect.Value, path string, fields jsonFields) (reflect.Value, bool) {
	for path != "" {
		for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		if rest, ok := strings.CutPrefix(path, "["); ok {
			digits, after, ok := strings.Cut(rest, "]")
			i, err := strconv.Atoi(digits)
			if !ok || err != nil || (v.Kind() != reflect.Slice && v.Kind() != reflect.Array) || i < 0 || i >= v.Len() {
				return reflect.Value{}, false
			}
			v, path = v.Index(i), strings.TrimPrefix(after, ".")
			continue
		}
		end := strings.IndexAny(path, ".[")
		if end < 0 {
			end = len(path)
		}
		name := path[:end]
		path = strings.TrimPrefix(path[end:], ".")
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, false
		}
		i, ok := fields.index(v.Type(), name)
		if !ok {
			return reflect.Value{}, false
		}
		v = v.Field(i)
	}
	return v, true
}

// jsonName returns the JSON name of a struct field and whether the field
// is encoded.
func jsonName(f reflect.StructField) (string, bool) {
	if !f.IsExported() {
		return "", false
	}
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	switch name {
	case "-":
		return "", false
	case "":
		return f.Name, true
	}
	return name, true
}

// jsonFields maps a struct type and a JSON field name to the field's
// index: a finding's path is resolved by name, and the thousands of
// findings of a large organization name the same few fields.
type jsonFields map[reflect.Type]map[string]int

// index returns the index of the field of struct type t encoded as name.
func (c jsonFields) index(t reflect.Type, name string) (int, bool) {
	byName, ok := c[t]
	if !ok {
		byName = map[string]int{}
		for i := range t.NumField() {
			if n, ok := jsonName(t.Field(i)); ok {
				if _, dup := byName[n]; !dup {
					byName[n] = i
				}
			}
		}
		c[t] = byName
	}
	i, ok := byName[name]
	return i, ok
}

// walkStrings calls visit for every string in v, walking the fields by
// their JSON names and the lists by index; visit builds the string's path
// from at only when it needs it, so that a walk that finds nothing
// allocates little. Walking the types rather than naming the fields keeps a field
// added later from slipping past.
func walkStrings(v reflect.Value, w *pathStack, visit func(s string, at *pathStack)) {
	switch v.Kind() {
	case reflect.String:
		if s := v.String(); s != "" {
			visit(s, w)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), w, visit)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			w.push("", i)
			walkStrings(v.Index(i), w, visit)
			w.pop()
		}
	case reflect.Struct:
		for _, f := range w.fieldsOf(v.Type()) {
			w.push(f.name, 0)
			walkStrings(v.Field(f.index), w, visit)
			w.pop()
		}
	}
}

// jsonField is a struct field that JSON encodes.
type jsonField struct {
	index int
	name  string
}

// fieldsOf returns the encoded fields of struct type t that can hold a
// string, computed once per type and walk: a thousand servers are one
// type, and their builds and roles, which hold none, are not walked.
func (w *pathStack) fieldsOf(t reflect.Type) []jsonField {
	if fs, ok := w.fields[t]; ok {
		return fs
	}
	var fs []jsonField
	for i := range t.NumField() {
		if name, ok := jsonName(t.Field(i)); ok && holdsStrings(t.Field(i).Type) {
			fs = append(fs, jsonField{i, name})
		}
	}
	if w.fields == nil {
		w.fields = map[reflect.Type][]jsonField{}
	}
	w.fields[t] = fs
	return fs
}

// pathStack is the path of the value walkStrings is at.
type pathStack struct {
	root   exhybrid.Path
	segs   []pathSeg
	fields map[reflect.Type][]jsonField
}

type pathSeg struct {
	name  string // a field; "" for a list index
	index int
}

func (w *pathStack) push(name string, i int) { w.segs = append(w.segs, pathSeg{name, i}) }
func (w *pathStack) pop()                    { w.segs = w.segs[:len(w.segs)-1] }

func (w *pathStack) path() exhybrid.Path {
	p := w.root
	for _, s := range w.segs {
		if s.name == "" {
			p = p.Index(s.index)
		} else {
			p = p.Child(s.name)
		}
	}
	return p
}

// leaveOutRejected replaces each command of the plan that holds a rejected
// value by a note that names the value's path. Shell commands hold a value
// as the content of a single-quoted literal, DNS records and manual tasks
// as it is; both forms are looked for, without regard to case, as the plan
// lowers host names. A command holding several names the first in values.
//
// An organization may reject a value on each of thousands of servers, and
// its plan has steps for each: the values are indexed once, by byte length
// and fold key, so that each command is scanned once per distinct length
// rather than once per value.
func leaveOutRejected(p *DeploymentPlan, values []rejected) {
	if len(values) == 0 {
		return
	}
	x := indexRejected(values)
	var buf []byte
	for i := range p.Steps {
		cmds := p.Steps[i].Commands
		for k, c := range cmds {
			if n := x.first(c.Text, &buf); n >= 0 {
				cmds[k] = leftOut(c.Shell, values[n].path)
			}
		}
	}
}

// rejectedIndex finds rejected values in a text: for each byte length of a
// value (as given, or as it stands inside a single-quoted literal), the
// fold key of each value of that length and the first value with it.
type rejectedIndex struct {
	lengths []int
	byKey   []map[string]int // parallel to lengths
}

func indexRejected(values []rejected) rejectedIndex {
	var x rejectedIndex
	pos := map[int]int{} // length -> its place in x.lengths
	add := func(v string, n int) {
		k, ok := pos[len(v)]
		if !ok {
			k = len(x.lengths)
			pos[len(v)] = k
			x.lengths = append(x.lengths, len(v))
			x.byKey = append(x.byKey, map[string]int{})
		}
		key := string(servername.AppendKey(nil, v))
		if _, seen := x.byKey[k][key]; !seen {
			x.byKey[k][key] = n
		}
	}
	for n, r := range values {
		add(r.value, n)
		add(strings.TrimSuffix(strings.TrimPrefix(psQuote(r.value), "'"), "'"), n)
	}
	return x
}

// first returns the smallest number of a value that text holds, or -1: a
// value holds where it equals a piece of text without regard to case
// (strings.EqualFold, whose equality servername.AppendKey keys capture),
// between characters that are not letters or digits, so that a rejected
// server name "EX" is not found in "Exchange". buf is scratch space.
func (x rejectedIndex) first(text string, buf *[]byte) int {
	best := -1
	for k, l := range x.lengths {
		for i := 0; i+l <= len(text); i++ {
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[i+l:])
			if wordRune(before) || wordRune(after) {
				continue
			}
			*buf = servername.AppendKey((*buf)[:0], text[i:i+l])
			if n, ok := x.byKey[k][string(*buf)]; ok && (best < 0 || n < best) {
				best = n
			}
		}
	}
	return best
}

func wordRune(r rune) bool {
	if r < utf8.RuneSelf { // the common case, without the Unicode tables
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// leftOut is the note that takes the place of a command with a rejected
// value: a comment in the shells, plain text in DNS records and manual
// tasks, which the renderings show as comments.
func leftOut(shell Shell, path exhybrid.Path) Command {
	text := "left out: this command would hold the value of " + string(path) + ", which has an error finding; correct it and plan again"
	if shell == ShellEMS || shell == ShellEXO {
		text = comment(text)
	}
	return Command{Shell: shell, Text: text}
}

// controlCharacters reports every string of the organization and the
// options with a control character, at a path where no error is reported
// yet: the checks of names, domains and URLs reject them in their own
// terms, and this one covers the fields they do not, so that no control
// character reaches a command.
func (v *validator) controlCharacters(opts Options) {
	var found []exhybrid.Finding
	visit := func(s string, at *pathStack) {
		if textsafe.HasControl(s) {
			p := at.path()
			found = append(found, exhybrid.Finding{Path: p, Severity: exhybrid.SeverityError, Code: CodeControlCharacter,
				Message: fmt.Sprintf("%s %q contains a control character", p, s),
				Fix:     "Remove the control character (a line break, tab or other invisible character) from " + string(p)})
		}
	}
	w := &pathStack{}
	walkStrings(reflect.ValueOf(v.org), w, visit)
	w.root = "options"
	walkStrings(reflect.ValueOf(opts), w, visit)
	if len(found) == 0 {
		return
	}
	reported := map[exhybrid.Path]bool{}
	for _, f := range v.fs {
		if f.Severity == exhybrid.SeverityError {
			reported[f.Path] = true
		}
	}
	for _, f := range found {
		if !reported[f.Path] {
			v.fs = append(v.fs, f)
		}
	}
}

// holdsStrings reports whether a value of type t can hold a string.
func holdsStrings(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String, reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return holdsStrings(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if _, ok := jsonName(t.Field(i)); ok && holdsStrings(t.Field(i).Type) {
				return true
			}
		}
	}
	return false
}
