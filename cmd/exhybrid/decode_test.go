package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
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
		{"role", `{"servers": [{"roles": "Mailbox, Mailbox"}]}`, []wantErr{{1, 24, "servers[0].roles", roles.ErrUnknownRole}}},
		{"date", `{"certificate": {"notAfter": "2025-02-29"}}`, []wantErr{{1, 30, "certificate.notAfter", version.ErrDate}}},
		{"cloud", `{"cloud": "Mars"}`, []wantErr{{1, 11, "cloud", exhybrid.ErrCloud}}},
		{"type", `{"type": "Fullest"}`, []wantErr{{1, 10, "type", hybrid.ErrUnknownType}}},
		{"feature", `{"features": "FreeBusy, Teleport"}`, []wantErr{{1, 14, "features", hybrid.ErrUnknownFeature}}},
		{"unknown field", "{\n  \"bogus\": true\n}", []wantErr{{2, 3, "bogus", errUnknownField}}},
		{"unknown nested", `{"servers": [{"name": "a", "bulid": "15.0.1497.48"}]}`, []wantErr{{1, 28, "servers[0].bulid", errUnknownField}}},
		{"unknown odd name", `{"a b": 1}`, []wantErr{{1, 2, `["a b"]`, errUnknownField}}},
		{"case differs", `{"Name": "a"}`, []wantErr{{1, 2, "Name", errUnknownField}}},
		{"duplicate", `{"name": "a", "name": "b"}`, []wantErr{{1, 15, "name", errDuplicateField}}},
		{"escaped key", `{"n\u0061me": "a"}`, nil},
		{"crlf", "{\r\n\"x\": 1}", []wantErr{{2, 1, "x", errUnknownField}}},
		{"tab is one byte", "{\t\"x\": 1}", []wantErr{{1, 3, "x", errUnknownField}}},
		{"byte columns", `{"name": "Zürich", "x": 1}`, []wantErr{{1, 21, "x", errUnknownField}}},
		{"every error", `{"name": 1, "tenant": 2, "x": 3, "servers": [{"build": "a"}, {"roles": "Moon"}]}`, []wantErr{
			{1, 10, "name", errType},
			{1, 23, "tenant", errType},
			{1, 26, "x", errUnknownField},
			{1, 56, "servers[0].build", version.ErrSyntax},
			{1, 72, "servers[1].roles", roles.ErrUnknownRole},
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
	// The form the brief and editors expect.
	var org hybrid.Organization
	errs := decodeStrict("example.json", []byte("{\n  \"servers\": [{}, {},\n    {\"build\": \"15.0.x\"}]}"), &org)
	if len(errs) != 1 {
		t.Fatalf("got %v", errs)
	}
	want := `example.json:3:15: servers[2].build: version.ParseBuild("15.0.x"): invalid syntax`
	if got := errs[0].Error(); got != want {
		t.Errorf("got %s\nwant %s", got, want)
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

func TestPosition(t *testing.T) {
	data := []byte("ab\ncd\r\nef")
	for _, tt := range []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {7, 3, 1}, {9, 3, 3}, {100, 3, 3},
	} {
		if line, col := position(data, tt.off); line != tt.line || col != tt.col {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
}

func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	if bigEndian {
		b = append(b, 0xFE, 0xFF)
	} else {
		b = append(b, 0xFF, 0xFE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
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
	tests := []struct {
		name    string
		in      []byte
		want    string
		wantErr bool
	}{
		{"plain", []byte(s), s, false},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, s...), s, false},
		{"utf-16le", utf16Bytes(s, false), s, false},
		{"utf-16be", utf16Bytes(s, true), s, false},
		{"odd utf-16", append(utf16Bytes(s, false), 0), "", true},
		{"empty", nil, "", false},
	}
	for _, tt := range tests {
		got, err := toUTF8(tt.in)
		if (err != nil) != tt.wantErr || string(got) != tt.want {
			t.Errorf("%s: toUTF8 = %q, %v; want %q, error %v", tt.name, got, err, tt.want, tt.wantErr)
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
		Type: hybrid.ClassicMinimal, MX: hybrid.MXExchangeOnline,
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
		for _, err := range errs {
			if err.Line < 0 || err.Col < 0 || (err.Line == 0) != (err.Col == 0) {
				t.Errorf("bad position %d:%d in %v", err.Line, err.Col, err)
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
		if diff := cmp.Diff(strict, again); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
	})
}
