package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

// errSyntax stands for a *json.SyntaxError in the tables, errOwn for the
// error of a type's own UnmarshalJSON, which encoding/json words as it
// likes.
var (
	errSyntax = errors.New("syntax error")
	errOwn    = errors.New("UnmarshalJSON's error")
)

func errorMatches(err, want error) bool {
	switch want {
	case errSyntax:
		var se *json.SyntaxError
		return errors.As(err, &se)
	case errOwn:
		return err != nil
	}
	return errors.Is(err, want)
}

type wantErr struct {
	line, col int
	path      string
	kind      error // matched with errors.Is, or errSyntax
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []wantErr
	}{
		{"valid", `{"name": "Contoso", "servers": [{"name": "EX1", "build": "15.2"}], "sites": [{"internetFacing": true}]}`, nil},
		{"null lists", `{"servers": null, "hybridDomains": null, "certificate": {"names": null}}`, nil},
		{"untagged field", `{"Notes": "x"}`, nil},
		{"empty", ``, []wantErr{{0, 0, "", ErrEmpty}}},
		{"white space only", " \r\n\t ", []wantErr{{0, 0, "", ErrEmpty}}},
		{"syntax", `{"name": "a",}`, []wantErr{{1, 14, "", errSyntax}}},
		{"syntax line 3", "{\n  \"name\": \"a\"\n  \"tenant\": \"b\"\n}", []wantErr{{3, 3, "", errSyntax}}},
		{"truncated", `{"name": "a"`, []wantErr{{1, 13, "", ErrTruncated}}},
		{"trailing", `{} {}`, []wantErr{{1, 4, "", ErrTrailing}}},
		{"trailing after error", `{"x": 1} x`, []wantErr{{1, 2, "x", ErrUnknownField}, {1, 10, "", ErrTrailing}}},
		{"not an object", `null`, []wantErr{{1, 1, "", ErrType}}},
		{"string for string", `{"name": 1}`, []wantErr{{1, 10, "name", ErrType}}},
		{"object for struct", `{"namespaces": []}`, []wantErr{{1, 16, "namespaces", ErrType}}},
		{"array for list", `{"hybridDomains": "contoso.com"}`, []wantErr{{1, 19, "hybridDomains", ErrType}}},
		{"null in list", `{"hybridDomains": [null]}`, []wantErr{{1, 20, "hybridDomains[0]", ErrType}}},
		{"null for string", `{"name": null}`, []wantErr{{1, 10, "name", ErrType}}},
		{"number for text", `{"servers": [{"build": 15.2}]}`, []wantErr{{1, 24, "servers[0].build", ErrType}}},
		{"bool", `{"sites": [{"name": "HQ", "internetFacing": "yes"}]}`, []wantErr{{1, 45, "sites[0].internetFacing", ErrType}}},
		{"text", `{"servers": [{"build": "15.0.x"}]}`, []wantErr{{1, 24, "servers[0].build", errDotted}}},
		{"text of the second", `{"servers": [{}, {"build": "15.0.70000.1"}]}`, []wantErr{{1, 28, "servers[1].build", errDotted}}},
		{"unknown field", "{\n  \"bogus\": true\n}", []wantErr{{2, 3, "bogus", ErrUnknownField}}},
		{"unknown nested", `{"servers": [{"name": "a", "bulid": "15.0.1497.48"}]}`, []wantErr{{1, 28, "servers[0].bulid", ErrUnknownField}}},
		{"unknown odd name", `{"a b": 1}`, []wantErr{{1, 2, `["a b"]`, ErrUnknownField}}},
		{"case differs", `{"Name": "a"}`, []wantErr{{1, 2, "Name", ErrUnknownField}}},
		{"duplicate", `{"name": "a", "name": "b"}`, []wantErr{{1, 15, "name", ErrDuplicateField}}},
		{"escaped key", `{"n\u0061me": "a"}`, nil},
		{"crlf", "{\r\n\"x\": 1}", []wantErr{{2, 1, "x", ErrUnknownField}}},
		{"tab is one byte", "{\t\"x\": 1}", []wantErr{{1, 3, "x", ErrUnknownField}}},
		{"byte columns", `{"name": "Zürich", "x": 1}`, []wantErr{{1, 21, "x", ErrUnknownField}}},
		{"invalid utf-8", "{\"name\": \"Z\xfcrich\"}", []wantErr{{1, 12, "", ErrInvalidUTF8}}},
		{"invalid utf-8 line 2", "{\n  \"name\": \"ok \xc3\"}", []wantErr{{2, 15, "", ErrInvalidUTF8}}},
		{"truncated utf-8 at the end", "{}\xe2\x82", []wantErr{{1, 3, "", ErrInvalidUTF8}}},
		{"lone high surrogate escape", `{"name": "\ud800"}`, []wantErr{{1, 11, "", ErrSurrogate}}},
		{"lone low surrogate escape", `{"name": "ab\uDC00"}`, []wantErr{{1, 13, "", ErrSurrogate}}},
		{"high surrogate before another escape", `{"name": "\ud800\u0041"}`, []wantErr{{1, 11, "", ErrSurrogate}}},
		{"surrogate pair escape", `{"name": "\ud83d\ude00"}`, nil},
		{"escaped backslash before u", `{"name": "\\ud800"}`, nil},
		{"surrogate escape in a key", `{"\ud800": 1}`, []wantErr{{1, 3, "", ErrSurrogate}}},
		{"nested too deep", strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1), []wantErr{{1, MaxDepth + 1, "", ErrTooDeep}}},
		{"own JSON", `{"observed": {"count": 3}}`, nil},
		{"own JSON null", `{"observed": null}`, nil},
		{"own JSON refuses", "{\n  \"observed\": {\"count\": 3, \"x\": 1}, \"y\": 2}", []wantErr{{2, 15, "observed", errOwn}, {2, 37, "y", ErrUnknownField}}},
		{"brackets in strings do not nest", `{"name": "` + strings.Repeat("[", 2*MaxDepth) + `"}`, nil},
		{"XML", "<Objs Version=\"1.1.0.1\">\n</Objs>", []wantErr{{1, 1, "", ErrXML}}},
		{"XML after a blank line", "\n<?xml version=\"1.0\"?><a/>", []wantErr{{2, 1, "", ErrXML}}},
		{"every error", `{"name": 1, "tenant": 2, "x": 3, "servers": [{"build": "a"}, {"roles": true}]}`, []wantErr{
			{1, 10, "name", ErrType},
			{1, 23, "tenant", ErrType},
			{1, 26, "x", ErrUnknownField},
			{1, 56, "servers[0].build", errDotted},
			{1, 72, "servers[1].roles", ErrType},
		}},
	}
	for _, tt := range tests {
		var doc testDoc
		errs := Decode([]byte(tt.in), &doc)
		if len(errs) != len(tt.want) {
			t.Errorf("%s: got %d errors, want %d: %v", tt.name, len(errs), len(tt.want), errs)
			continue
		}
		for i, err := range errs {
			w := tt.want[i]
			if err.Line != w.line || err.Col != w.col || err.Path != w.path || !errorMatches(err, w.kind) {
				t.Errorf("%s: error %d is %d:%d %q %v; want %d:%d %q %v", tt.name, i, err.Line, err.Col, err.Path, err.Err, w.line, w.col, w.path, w.kind)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("%s: error %q spans lines", tt.name, err.Error())
			}
		}
	}
}

// TestErrorOffset checks that Offset is the byte the line and column name.
func TestErrorOffset(t *testing.T) {
	in := []byte("{\n  \"servers\": [{}, {},\n    {\"build\": \"15.0.x\"}]}")
	var doc testDoc
	errs := Decode(in, &doc)
	require.Len(t, errs, 1)
	require.Equal(t, 3, errs[0].Line)
	require.Equal(t, 15, errs[0].Col)
	require.Equal(t, `"15.0.x"`, string(in[errs[0].Offset:errs[0].Offset+8]))
}

// TestValueError checks that a value UnmarshalText rejects comes with its
// text, for the caller to word the error.
func TestValueError(t *testing.T) {
	var doc testDoc
	errs := Decode([]byte(`{"servers": [{"build": "15.\u0078"}]}`), &doc)
	require.Len(t, errs, 1)
	var ve *ValueError
	require.ErrorAs(t, errs[0], &ve)
	require.Equal(t, "15.x", ve.Text)
	require.ErrorIs(t, ve, errDotted)
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		name string
		err  Error
		want string
	}{
		{"all parts", Error{Name: "in.json", Line: 3, Col: 15, Path: "servers[2].build", Err: errors.New("bad")}, "in.json:3:15: servers[2].build: bad"},
		{"no name", Error{Line: 3, Col: 15, Path: "name", Err: errors.New("bad")}, "3:15: name: bad"},
		{"no position", Error{Name: "in.json", Err: ErrEmpty}, "in.json: empty input, want a JSON object"},
		{"nothing but the error", Error{Err: ErrEmpty}, "empty input, want a JSON object"},
		{"lines joined", Error{Name: "a", Line: 1, Col: 2, Err: errors.Join(errors.New("one"), errors.New("two"))}, "a:1:2: one; two"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, tt.err.Error(), tt.name)
	}
}

// TestErrorWording checks the messages Decode writes itself, which say
// what to do.
func TestErrorWording(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"bulid": "1.2"}`, `1:2: bulid: unknown field "bulid"; did you mean "build"?`},
		{`{"name": "a", "name": "b"}`, `1:15: name: duplicate field "name"`},
		{`{"name": ["a"]}`, `1:10: name: want a string, got an array`},
		{`{"build": "1.x"}`, "1:11: build: invalid dotted \"1.x\"; want two numbers separated by a dot"},
		{"{\"name\": \"\xe9\"}", `1:11: invalid UTF-8: byte 0xE9 is not part of a UTF-8 character; save the file as UTF-8`},
		{`{"name": "\udc00"}`, `1:11: \udc00 is half of a UTF-16 surrogate pair without the other half and encodes no character; write the character itself`},
	}
	for _, tt := range tests {
		var s testServer
		errs := Decode([]byte(tt.in), &s)
		require.Len(t, errs, 1, tt.in)
		require.Equal(t, tt.want, errs[0].Error(), tt.in)
	}
}

// TestDecodeUnsupported checks that a Go type Decode does not fill is
// reported as the program's error, at the value, and not half decoded.
func TestDecodeUnsupported(t *testing.T) {
	type withInt struct {
		N int `json:"n"`
	}
	type Inner struct {
		Mail string `json:"mail"`
	}
	type withEmbedded struct {
		Inner
	}
	type withStringOption struct {
		B bool `json:"b,string"`
	}
	tests := []struct {
		name   string
		target any
		in     string
	}{
		{"int", &withInt{}, `{"n": 1}`},
		{"embedded", &withEmbedded{}, `{"mail": "x"}`},
		{"string option", &withStringOption{}, `{"b": "true"}`},
	}
	for _, tt := range tests {
		errs := Decode([]byte(tt.in), tt.target)
		require.Len(t, errs, 1, tt.name)
		require.ErrorIs(t, errs[0], ErrUnsupported, tt.name)
	}
}

// TestDecodeTooManyErrors feeds a large file whose every value has the
// wrong type: the decoder reports MaxErrors of them and a last line, at
// the right places, and does not walk (or count lines through) the rest.
func TestDecodeTooManyErrors(t *testing.T) {
	const n = 200_000
	var b strings.Builder
	b.WriteString("{\"servers\": [\n")
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(`  {"name": 1, "build": 2, "roles": 3}`)
	}
	b.WriteString("\n]}\n")
	data := []byte(b.String()) // about 8 MiB
	start := time.Now()
	var doc testDoc
	errs := Decode(data, &doc)
	elapsed := time.Since(start)
	require.Len(t, errs, MaxErrors+1, "want MaxErrors and the too-many line")
	for i, err := range errs[:MaxErrors] {
		// Three errors per line, from line 2.
		line, col := 2+i/3, []int{12, 24, 36}[i%3]
		if !errors.Is(err, ErrType) || err.Line != line || err.Col != col {
			t.Errorf("error %d: %d:%d %v; want a type error at %d:%d", i, err.Line, err.Col, err, line, col)
		}
	}
	last := errs[MaxErrors]
	require.ErrorIs(t, last, ErrTooMany)
	require.Empty(t, last.Path)
	// The syntax pass reads the whole file once; the walk stops early. A
	// walk of every value, or a line count from the start for each error,
	// takes many seconds.
	require.Less(t, elapsed, 5*time.Second, "decoding took too long")
}

func TestSuggest(t *testing.T) {
	fields, err := Fields(reflect.TypeFor[testServer]())
	require.NoError(t, err)
	for in, want := range map[string]string{
		"Build":                     "build",
		"bulid":                     "build",
		"FQDN":                      "fqdn",
		"rolez":                     "roles",
		"version":                   "",
		"x":                         "",
		strings.Repeat("build", 20): "",
	} {
		if got := suggest(fields, in); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFields(t *testing.T) {
	type tagged struct {
		A        string `json:"a,omitempty"`
		B        bool   // the Go name
		Skipped  string `json:"-"`
		internal string
		C        []string `json:",omitzero"`
	}
	fields, err := Fields(reflect.TypeFor[tagged]())
	require.NoError(t, err)
	want := []Field{
		{Name: "a", Index: 0, Type: reflect.TypeFor[string]()},
		{Name: "B", Index: 1, Type: reflect.TypeFor[bool]()},
		{Name: "C", Index: 4, Type: reflect.TypeFor[[]string]()},
	}
	if diff := cmp.Diff(want, fields, cmp.Comparer(func(a, b reflect.Type) bool { return a == b })); diff != "" {
		t.Errorf("Fields (-want +got):\n%s", diff)
	}
}

func TestKindOf(t *testing.T) {
	for typ, want := range map[reflect.Type]Kind{
		reflect.TypeFor[dotted]():         KindText,
		reflect.TypeFor[string]():         KindString,
		reflect.TypeFor[bool]():           KindBool,
		reflect.TypeFor[testDoc]():        KindStruct,
		reflect.TypeFor[[]testServer]():   KindSlice,
		reflect.TypeFor[int]():            KindUnsupported,
		reflect.TypeFor[map[string]any](): KindUnsupported,
		reflect.TypeFor[*testDoc]():       KindUnsupported,
		reflect.TypeFor[*testObserved]():  KindJSON,
		reflect.TypeFor[testObserved]():   KindJSON,
	} {
		require.Equal(t, want, KindOf(typ), typ.String())
	}
}

func TestPositioner(t *testing.T) {
	data := []byte("ab\ncd\r\n\nef")
	tests := []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {3, 2, 1}, {5, 2, 3}, {7, 3, 1}, {8, 4, 1}, {10, 4, 3}, {100, 4, 3},
		{4, 2, 2}, // out of order: still right
		{9, 4, 2},
	}
	p := newPositioner(data)
	for _, tt := range tests {
		if line, col := p.at(tt.off); line != tt.line || col != tt.col {
			t.Errorf("at(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
	// Every offset in order, against a count from the start.
	p = newPositioner(data)
	for off := 0; off <= len(data); off++ {
		line := 1 + bytes.Count(data[:off], []byte{'\n'})
		col := off - bytes.LastIndexByte(data[:off], '\n')
		if gotLine, gotCol := p.at(off); gotLine != line || gotCol != col {
			t.Errorf("at(%d) = %d:%d, want %d:%d", off, gotLine, gotCol, line, col)
		}
	}
}

// fullDoc is a document with every field set, the fuzz test's first seed.
const fullDoc = `{
  "name": "Contoso", "tenant": "contoso.onmicrosoft.com",
  "servers": [{"name": "EX1", "build": "15.2", "fqdn": "ex1.contoso.com", "roles": "Mailbox"}, {"name": "EX2", "build": "15.1"}],
  "hybridDomains": ["contoso.com", "Zürich.example"],
  "certificate": {"names": ["mail.contoso.com"], "thumbprint": "ab12"},
  "namespaces": {"mail": "mail.contoso.com"},
  "sites": [{"name": "HQ", "internetFacing": true}, {"name": "Branch", "internetFacing": false}],
  "Notes": "\u00e9\ud83d\ude00"
}`

// FuzzDecode checks that the decoder never panics, reports every problem on
// one line at a position inside the input, and accepts only what
// encoding/json accepts, with the same result, which it reads back after
// json.Marshal.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{fullDoc, ``, `{}`, `null`, `[]`, `{"servers": [{"build": "15.x"}]}`, `{"a": 1} {`, `{"name": "a", "name": "b"}`, "{\"name\": \"\xff\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var strict testDoc
		errs := Decode(data, &strict)
		checkErrors(t, data, errs)
		if len(errs) > 0 {
			return
		}
		var lenient testDoc
		if err := json.Unmarshal(data, &lenient); err != nil {
			t.Fatalf("strict decoding accepted what json.Unmarshal rejects: %v", err)
		}
		if diff := cmp.Diff(lenient, strict); diff != "" {
			t.Fatalf("strict decoding differs from json.Unmarshal (-lenient +strict):\n%s", diff)
		}
		out, err := json.Marshal(strict)
		require.NoError(t, err)
		var again testDoc
		if errs := Decode(out, &again); errs != nil {
			t.Fatalf("cannot read back %s: %v", out, errs)
		}
		// An empty list of an omitempty field is written as no list and
		// read back as nil.
		if diff := cmp.Diff(strict, again, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
	})
}

// checkErrors checks the errors of decoding data, whatever they are.
func checkErrors(t *testing.T, data []byte, errs []*Error) {
	t.Helper()
	if !utf8.Valid(data) && (len(errs) != 1 || !errors.Is(errs[0], ErrInvalidUTF8)) {
		t.Errorf("invalid UTF-8 gave %v, want one invalid UTF-8 error", errs)
	}
	if len(errs) > MaxErrors+1 {
		t.Errorf("%d errors, want at most %d and the too-many line", len(errs), MaxErrors)
	}
	lines := bytes.Split(data, []byte{'\n'})
	for _, err := range errs {
		if err.Line < 0 || err.Col < 0 || (err.Line == 0) != (err.Col == 0) || err.Offset < 0 || err.Offset > len(data) {
			t.Errorf("bad position %d:%d (offset %d) in %v", err.Line, err.Col, err.Offset, err)
		}
		// Within the input: an existing line, at most one column past
		// its end (the end of the input, for a truncated value).
		if err.Line > len(lines) || err.Line > 0 && err.Col > len(lines[err.Line-1])+1 {
			t.Errorf("position %d:%d is outside the input (%d lines) in %v", err.Line, err.Col, len(lines), err)
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("error %q spans lines", err.Error())
		}
		if errors.Is(err, ErrUnsupported) {
			t.Errorf("internal error: %v", err)
		}
	}
}
