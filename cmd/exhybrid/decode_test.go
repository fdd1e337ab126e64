package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// errSyntax stands for a *json.SyntaxError in the tables.
var errSyntax = errors.New("syntax error")

func errorMatches(err, want error) bool {
	if want == errSyntax {
		var se *json.SyntaxError
		return errors.As(err, &se)
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
		{"valid", `{"name": "Contoso"}`, nil},
		{"null lists", `{"servers": null, "hybridDomains": null, "certificate": {"names": null}}`, nil},
		{"empty", ``, []wantErr{{0, 0, "", errEmpty}}},
		{"white space only", " \r\n\t ", []wantErr{{0, 0, "", errEmpty}}},
		{"syntax", `{"name": "a",}`, []wantErr{{1, 14, "", errSyntax}}},
		{"syntax line 3", "{\n  \"name\": \"a\"\n  \"tenant\": \"b\"\n}", []wantErr{{3, 3, "", errSyntax}}},
		{"truncated", `{"name": "a"`, []wantErr{{1, 13, "", errTruncated}}},
		{"trailing", `{} {}`, []wantErr{{1, 4, "", errTrailing}}},
		{"trailing after error", `{"x": 1} x`, []wantErr{{1, 2, "x", errUnknownField}, {1, 10, "", errTrailing}}},
		{"not an object", `null`, []wantErr{{1, 1, "", errType}}},
		{"string for string", `{"name": 1}`, []wantErr{{1, 10, "name", errType}}},
		{"object for struct", `{"namespaces": []}`, []wantErr{{1, 16, "namespaces", errType}}},
		{"array for list", `{"hybridDomains": "contoso.com"}`, []wantErr{{1, 19, "hybridDomains", errType}}},
		{"null in list", `{"hybridDomains": [null]}`, []wantErr{{1, 20, "hybridDomains[0]", errType}}},
		{"null for string", `{"name": null}`, []wantErr{{1, 10, "name", errType}}},
		{"bool", `{"sites": [{"name": "HQ", "internetFacing": "yes"}]}`, []wantErr{{1, 45, "sites[0].internetFacing", errType}}},
		{"build", `{"servers": [{"build": "15.0.x"}]}`, []wantErr{{1, 24, "servers[0].build", version.ErrSyntax}}},
		{"build range", `{"servers": [{}, {"build": "15.0.70000.1"}]}`, []wantErr{{1, 28, "servers[1].build", version.ErrRange}}},
		{"role", `{"servers": [{"roles": "Mailbox, Mailbox"}]}`, []wantErr{{1, 24, "servers[0].roles", roles.ErrUnknownValue}}},
		{"date", `{"certificate": {"notAfter": "2025-02-29"}}`, []wantErr{{1, 30, "certificate.notAfter", version.ErrDate}}},
		{"cloud", `{"cloud": "Mars"}`, []wantErr{{1, 11, "cloud", exhybrid.ErrUnknownValue}}},
		{"type", `{"type": "Fullest"}`, []wantErr{{1, 10, "type", hybrid.ErrUnknownValue}}},
		{"feature", `{"features": "FreeBusy, Teleport"}`, []wantErr{{1, 14, "features", hybrid.ErrUnknownValue}}},
		{"unknown field", "{\n  \"bogus\": true\n}", []wantErr{{2, 3, "bogus", errUnknownField}}},
		{"unknown nested", `{"servers": [{"name": "a", "bulid": "15.0.1497.48"}]}`, []wantErr{{1, 28, "servers[0].bulid", errUnknownField}}},
		{"unknown odd name", `{"a b": 1}`, []wantErr{{1, 2, `["a b"]`, errUnknownField}}},
		{"case differs", `{"Name": "a"}`, []wantErr{{1, 2, "Name", errUnknownField}}},
		{"duplicate", `{"name": "a", "name": "b"}`, []wantErr{{1, 15, "name", errDuplicateField}}},
		{"escaped key", `{"n\u0061me": "a"}`, nil},
		{"crlf", "{\r\n\"x\": 1}", []wantErr{{2, 1, "x", errUnknownField}}},
		{"tab is one byte", "{\t\"x\": 1}", []wantErr{{1, 3, "x", errUnknownField}}},
		{"byte columns", `{"name": "Zürich", "x": 1}`, []wantErr{{1, 21, "x", errUnknownField}}},
		{"invalid utf-8", "{\"name\": \"Z\xfcrich\"}", []wantErr{{1, 12, "", errInvalidUTF8}}},
		{"invalid utf-8 line 2", "{\n  \"name\": \"ok \xc3\"}", []wantErr{{2, 15, "", errInvalidUTF8}}},
		{"truncated utf-8 at the end", "{}\xe2\x82", []wantErr{{1, 3, "", errInvalidUTF8}}},
		{"lone high surrogate escape", `{"name": "\ud800"}`, []wantErr{{1, 11, "", errSurrogate}}},
		{"lone low surrogate escape", `{"name": "ab\uDC00"}`, []wantErr{{1, 13, "", errSurrogate}}},
		{"high surrogate before another escape", `{"name": "\ud800\u0041"}`, []wantErr{{1, 11, "", errSurrogate}}},
		{"surrogate pair escape", `{"name": "\ud83d\ude00"}`, nil},
		{"escaped backslash before u", `{"name": "\\ud800"}`, nil},
		{"surrogate escape in a key", `{"\ud800": 1}`, []wantErr{{1, 3, "", errSurrogate}}},
		{"nested too deep", strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1), []wantErr{{1, maxDepth + 1, "", errTooDeep}}},
		{"brackets in strings do not nest", `{"name": "` + strings.Repeat("[", 2*maxDepth) + `"}`, nil},
		{"CLIXML export", "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n</Objs>", []wantErr{{1, 1, "", errCLIXML}}},
		{"other XML", "\n<?xml version=\"1.0\"?><a/>", []wantErr{{2, 1, "", errXML}}},
		{"every error", `{"name": 1, "tenant": 2, "x": 3, "servers": [{"build": "a"}, {"roles": "Moon"}]}`, []wantErr{
			{1, 10, "name", errType},
			{1, 23, "tenant", errType},
			{1, 26, "x", errUnknownField},
			{1, 56, "servers[0].build", version.ErrSyntax},
			{1, 72, "servers[1].roles", roles.ErrUnknownValue},
		}},
	}
	for _, tt := range tests {
		var org hybrid.Organization
		errs := decodeStrict("in.json", []byte(tt.in), &org)
		if len(errs) != len(tt.want) {
			t.Errorf("%s: got %d errors, want %d: %v", tt.name, len(errs), len(tt.want), errs)
			continue
		}
		for i, err := range errs {
			w := tt.want[i]
			if err.Line != w.line || err.Col != w.col || string(err.Path) != w.path || !errorMatches(err, w.kind) {
				t.Errorf("%s: error %d is %d:%d %q %v; want %d:%d %q %v", tt.name, i, err.Line, err.Col, err.Path, err.Err, w.line, w.col, w.path, w.kind)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("%s: error %q spans lines", tt.name, err.Error())
			}
		}
	}
}

func TestInputErrorMessage(t *testing.T) {
	// The form the package doc shows and editors expect.
	var org hybrid.Organization
	errs := decodeStrict("org.json", []byte("{\n  \"servers\": [{}, {},\n    {\"build\": \"15.0.x\"}]}"), &org)
	if len(errs) != 1 {
		t.Fatalf("got %v", errs)
	}
	want := `org.json:3:15: servers[2].build: invalid build "15.0.x": want four numbers separated by dots, such as 15.2.1544.4`
	if got := errs[0].Error(); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// TestDecodeTooManyErrors feeds a large file whose every value has the
// wrong type: the decoder reports maxErrors of them and a last line, at
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
	var org hybrid.Organization
	errs := decodeStrict("big.json", data, &org)
	elapsed := time.Since(start)
	if len(errs) != maxErrors+1 {
		t.Fatalf("got %d errors, want %d and the too-many line", len(errs), maxErrors)
	}
	for i, err := range errs[:maxErrors] {
		// Three errors per line, from line 2.
		line, col := 2+i/3, []int{12, 24, 36}[i%3]
		if !errors.Is(err, errType) || err.Line != line || err.Col != col {
			t.Errorf("error %d: %d:%d %v; want a type error at %d:%d", i, err.Line, err.Col, err, line, col)
		}
	}
	if last := errs[maxErrors]; !errors.Is(last, errTooMany) || last.Path != "" {
		t.Errorf("last error %v, want too many errors", last)
	}
	// The syntax pass reads the whole file once; the walk stops early. A
	// walk of every value, or a line count from the start for each error,
	// takes many seconds.
	if elapsed > 5*time.Second {
		t.Errorf("decoding took %v", elapsed)
	}
}

func TestSuggest(t *testing.T) {
	fields, err := fieldsOf(reflect.TypeFor[roles.Server]())
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"Build":   "build",
		"bulid":   "build",
		"FQDN":    "fqdn",
		"rolez":   "roles",
		"version": "",
		"x":       "",
	} {
		if got := suggest(fields, in); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
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

// utf32Bytes encodes s as UTF-32, with a byte order mark when bom is set.
func utf32Bytes(s string, bigEndian, bom bool) []byte {
	var b []byte
	if bom {
		s = "\uFEFF" + s
	}
	for _, r := range s {
		if bigEndian {
			b = append(b, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
		} else {
			b = append(b, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}
	}
	return b
}

func utf16Bytes(s string, bigEndian bool) []byte {
	return utf16Units(utf16.Encode([]rune(s)), bigEndian)
}

// utf16Units encodes UTF-16 code units, surrogates alone included, with a
// byte order mark.
func utf16Units(units []uint16, bigEndian bool) []byte {
	var b []byte
	if bigEndian {
		b = append(b, 0xFE, 0xFF)
	} else {
		b = append(b, 0xFF, 0xFE)
	}
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestToUTF8(t *testing.T) {
	const s = `{"name": "Zürich 😀"}`
	units := func(s string) []uint16 { return utf16.Encode([]rune(s)) }
	// "{\n\"a\": \"x" and then a surrogate alone: line 2, column 8 of
	// the converted text.
	prefix := units("{\n\"a\": \"x")
	tests := []struct {
		name      string
		in        []byte
		want      string
		wantErr   error
		line, col int
	}{
		{"plain", []byte(s), s, nil, 0, 0},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, s...), s, nil, 0, 0},
		{"utf-16le", utf16Bytes(s, false), s, nil, 0, 0},
		{"utf-16be", utf16Bytes(s, true), s, nil, 0, 0},
		{"odd utf-16", append(utf16Bytes(s, false), 0), "", errUTF16Odd, 0, 0},
		{"lone high surrogate", utf16Units(append(prefix, 0xD83D, '"', '}'), false), "", errUTF16Surrogate, 2, 8},
		{"high surrogate at the end", utf16Units(append(prefix, 0xD83D), true), "", errUTF16Surrogate, 2, 8},
		{"lone low surrogate", utf16Units(append(prefix, 0xDE00, '"', '}'), false), "", errUTF16Surrogate, 2, 8},
		{"two high surrogates", utf16Units(append(prefix, 0xD83D, 0xD83D, 0xDE00), false), "", errUTF16Surrogate, 2, 8},
		{"a pair after text", utf16Units(append(prefix, 0xD83D, 0xDE00, '"', '}'), false), "{\n\"a\": \"x😀\"}", nil, 0, 0},
		{"empty", nil, "", nil, 0, 0},
		{"utf-16le without bom", utf16Bytes(s, false)[2:], "", errUTF16NoBOM, 0, 0},
		{"utf-16be without bom", utf16Bytes(s, true)[2:], "", errUTF16NoBOM, 0, 0},
		{"utf-16le without bom, one character", utf16Bytes("{", false)[2:], "", errUTF16NoBOM, 0, 0},
		{"utf-32le", utf32Bytes(s, false, false), "", errUTF32, 0, 0},
		{"utf-32be", utf32Bytes(s, true, false), "", errUTF32, 0, 0},
		{"utf-32le with bom", utf32Bytes(s, false, true), "", errUTF32, 0, 0},
		{"utf-32be with bom", utf32Bytes(s, true, true), "", errUTF32, 0, 0},
	}
	for _, tt := range tests {
		got, err := toUTF8(tt.in)
		switch {
		case tt.wantErr == nil && err != nil:
			t.Errorf("%s: toUTF8 error %v", tt.name, err)
		case tt.wantErr != nil && (err == nil || !errors.Is(err, tt.wantErr) || err.Line != tt.line || err.Col != tt.col):
			t.Errorf("%s: toUTF8 error %v; want %v at %d:%d", tt.name, err, tt.wantErr, tt.line, tt.col)
		case string(got) != tt.want:
			t.Errorf("%s: toUTF8 = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// FuzzToUTF8 checks that the conversion never panics, gives valid UTF-8 or
// an error, and reads back what UTF-16 encoding wrote.
func FuzzToUTF8(f *testing.F) {
	for _, s := range []string{"", "{}", `{"name": "Zürich 😀"}`, "\xff\xfe{\x00", "\xfe\xff\xd8\x3d", "\xef\xbb\xbf{}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := toUTF8(data)
		if err != nil {
			if err.Line < 0 || err.Col < 0 || (err.Line == 0) != (err.Col == 0) {
				t.Errorf("bad position %d:%d", err.Line, err.Col)
			}
			return
		}
		bom := len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
		if bom && !utf8.Valid(out) {
			t.Errorf("converted UTF-16 is not valid UTF-8: %q", out)
		}
		// FF FE 00 00 is the UTF-32 byte order mark before it is UTF-16's
		// and a NUL, which no JSON text starts with.
		if !utf8.Valid(data) || len(data) > 0 && data[0] == 0 {
			return
		}
		s := string(data)
		for _, be := range []bool{false, true} {
			back, err := toUTF8(utf16Bytes(s, be))
			if err != nil || string(back) != s {
				t.Errorf("UTF-16 round trip of %q = %q, %v", s, back, err)
			}
		}
	})
}

// TestBOMColumns checks that a UTF-8 byte order mark does not count in the
// columns: an editor does not show it.
func TestBOMColumns(t *testing.T) {
	const doc = `{"name": "a", "bogus": 1}`
	for _, in := range []string{doc, "\xEF\xBB\xBF" + doc} {
		var stdout, stderr bytes.Buffer
		status := run([]string{"check", "--date", day, "-"}, strings.NewReader(in), &stdout, &stderr, nil)
		want := stdinName + `:1:15: bogus: unknown field "bogus"` + "\n"
		if status != exitUsage || stderr.String() != want {
			t.Errorf("%q: exit %d, stderr %q; want exit 2, %q", in, status, stderr.String(), want)
		}
	}
}

// TestDecodeAgreesWithUnmarshal checks that on valid files the strict
// decoder gives what encoding/json gives.
func TestDecodeAgreesWithUnmarshal(t *testing.T) {
	for _, file := range []string{"example.json", "testdata/in/aliases.json", "testdata/in/errors.json"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var strict, lenient hybrid.Organization
		if errs := decodeStrict(file, data, &strict); errs != nil {
			t.Errorf("%s: %v", file, errs)
		}
		if err := json.Unmarshal(data, &lenient); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if diff := cmp.Diff(lenient, strict); diff != "" {
			t.Errorf("%s: strict decoding differs from json.Unmarshal (-lenient +strict):\n%s", file, diff)
		}
	}
}

// TestDecodeRoundTrip checks that what a Go program writes, json.Marshal
// of an organization with empty (nil) lists included, is read back as it
// was.
func TestDecodeRoundTrip(t *testing.T) {
	var example hybrid.Organization
	if errs := decodeStrict(exampleName, exampleJSON, &example); errs != nil {
		t.Fatal(errs)
	}
	sparse := hybrid.Organization{
		Name: "Fabrikam", Tenant: "fabrikam.onmicrosoft.com", Cloud: exhybrid.CloudWorldwide,
		Type: hybrid.ClassicMinimal, MX: transport.MXExchangeOnline,
		Servers: []roles.Server{{Name: "EX1", Build: version.MustParseBuild("15.2.1748.10"), Roles: roles.Of(roles.Mailbox)}},
	}
	for _, org := range []hybrid.Organization{example, sparse} {
		data, err := json.Marshal(org)
		if err != nil {
			t.Fatal(err)
		}
		var got hybrid.Organization
		if errs := decodeStrict("marshalled", data, &got); errs != nil {
			t.Errorf("%s: %v\n%s", org.Name, errs, data)
		}
		if diff := cmp.Diff(org, got); diff != "" {
			t.Errorf("%s: round trip (-want +got):\n%s", org.Name, diff)
		}
	}
}

// FuzzDecodeStrict checks that the decoder never panics, reports every
// problem on one line at a position inside the input, and accepts only
// what encoding/json accepts, with the same result.
func FuzzDecodeStrict(f *testing.F) {
	f.Add(exampleJSON)
	inputs, _ := filepath.Glob("testdata/in/*.json")
	for _, file := range inputs {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{``, `{}`, `null`, `[]`, `{"servers": [{"build": "15.0.x"}]}`, `{"a": 1} {`, `{"name": "a", "name": "b"}`, "{\"name\": \"\xff\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var strict hybrid.Organization
		errs := decodeStrict("fuzz", data, &strict)
		if !utf8.Valid(data) && (len(errs) != 1 || !errors.Is(errs[0], errInvalidUTF8)) {
			t.Errorf("invalid UTF-8 gave %v, want one invalid UTF-8 error", errs)
		}
		if len(errs) > maxErrors+1 {
			t.Errorf("%d errors, want at most %d and the too-many line", len(errs), maxErrors)
		}
		lines := bytes.Split(data, []byte{'\n'})
		for _, err := range errs {
			if err.Line < 0 || err.Col < 0 || (err.Line == 0) != (err.Col == 0) {
				t.Errorf("bad position %d:%d in %v", err.Line, err.Col, err)
			}
			// Within the input: an existing line, at most one column past
			// its end (the end of the input, for a truncated value).
			if err.Line > len(lines) || err.Line > 0 && err.Col > len(lines[err.Line-1])+1 {
				t.Errorf("position %d:%d is outside the input (%d lines) in %v", err.Line, err.Col, len(lines), err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q spans lines", err.Error())
			}
			if errors.Is(err, errUnsupported) {
				t.Errorf("internal error: %v", err)
			}
		}
		if len(errs) > 0 {
			return
		}
		var lenient hybrid.Organization
		if err := json.Unmarshal(data, &lenient); err != nil {
			t.Fatalf("strict decoding accepted what json.Unmarshal rejects: %v", err)
		}
		if diff := cmp.Diff(lenient, strict); diff != "" {
			t.Fatalf("strict decoding differs from json.Unmarshal (-lenient +strict):\n%s", diff)
		}
		out, err := json.Marshal(strict)
		if err != nil {
			return // an enumeration left at its invalid zero value does not marshal
		}
		var again hybrid.Organization
		if errs := decodeStrict("again", out, &again); errs != nil {
			t.Fatalf("cannot read back %s: %v", out, errs)
		}
		// An empty list of an omitempty field is written as no list and
		// read back as nil; the model gives both the same meaning.
		if diff := cmp.Diff(strict, again, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
	})
}
