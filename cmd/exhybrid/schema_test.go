package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/hybrid"
)

// TestSchemaGolden keeps testdata/schema.json, the file users point their
// editors at, equal to what "exhybrid schema" prints.
func TestSchemaGolden(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if status := run([]string{"schema"}, nil, &stdout, &stderr, nil); status != exitOK {
		t.Fatalf("exit %d: %s", status, stderr.String())
	}
	checkGolden(t, "testdata/schema.json", stdout.String())
}

// loadSchema returns the schema as generic JSON, as a validator reads it.
func loadSchema(t *testing.T) map[string]any {
	t.Helper()
	s, err := organizationSchema()
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var root map[string]any
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatal(err)
	}
	return root
}

// TestSchemaCoversTypes walks the Go types from hybrid.Organization down
// and checks that every JSON field of every struct is a property of the
// struct's schema, that the schema has no property the struct lacks, and
// that exactly the fields without omitempty are required.
func TestSchemaCoversTypes(t *testing.T) {
	root := loadSchema(t)
	defs, _ := root["$defs"].(map[string]any)
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type, map[string]any)
	walk = func(st reflect.Type, obj map[string]any) {
		if seen[st] {
			return
		}
		seen[st] = true
		if obj == nil {
			t.Errorf("%v: no schema", st)
			return
		}
		fields, err := fieldsOf(st)
		if err != nil {
			t.Fatal(err)
		}
		props, _ := obj["properties"].(map[string]any)
		var names, required []string
		for _, f := range fields {
			names = append(names, f.name)
			if !f.omitEmpty {
				required = append(required, f.name)
			}
			if _, ok := props[f.name]; !ok {
				t.Errorf("%v.%s: field %q is not in the schema", st, f.goName, f.name)
			}
			ft := f.typ
			for ft.Kind() == reflect.Slice && kindOf(ft) == kindSlice {
				ft = ft.Elem()
			}
			if kindOf(ft) == kindStruct {
				def, _ := defs[ft.Name()].(map[string]any)
				walk(ft, def)
			}
		}
		for p := range props {
			if !slices.Contains(names, p) {
				t.Errorf("%v: the schema has property %q, which the struct lacks", st, p)
			}
		}
		var gotRequired []string
		if r, ok := obj["required"].([]any); ok {
			for _, v := range r {
				gotRequired = append(gotRequired, v.(string))
			}
		}
		if !slices.Equal(gotRequired, required) {
			t.Errorf("%v: required %v, want %v", st, gotRequired, required)
		}
		if obj["additionalProperties"] != false {
			t.Errorf("%v: additionalProperties is %v, want false", st, obj["additionalProperties"])
		}
	}
	walk(reflect.TypeFor[hybrid.Organization](), root)
	if len(seen) < 6 {
		t.Errorf("walked %d struct types, want the organization and its five parts", len(seen))
	}
}

// TestSchemaDescriptions checks that every field and every definition is
// described, and that the description tables hold no stale entries.
func TestSchemaDescriptions(t *testing.T) {
	root := loadSchema(t)
	if root["description"] == nil {
		t.Error("the root has no description")
	}
	used := map[string]bool{}
	var check func(where string, s map[string]any)
	check = func(where string, s map[string]any) {
		if props, ok := s["properties"].(map[string]any); ok {
			for name, p := range props {
				ps := p.(map[string]any)
				if d, _ := ps["description"].(string); d == "" {
					t.Errorf("%s.%s has no description", where, name)
				}
			}
		}
	}
	check("Organization", root)
	for name, def := range root["$defs"].(map[string]any) {
		d := def.(map[string]any)
		if desc, _ := d["description"].(string); desc == "" {
			t.Errorf("$defs/%s has no description", name)
		}
		check(name, d)
	}
	// Every table entry must name a field that exists.
	types := map[string]reflect.Type{}
	var collect func(reflect.Type)
	collect = func(st reflect.Type) {
		if _, ok := types[st.Name()]; ok {
			return
		}
		types[st.Name()] = st
		fields, _ := fieldsOf(st)
		for _, f := range fields {
			used[st.Name()+"."+f.name] = true
			ft := f.typ
			if kindOf(ft) == kindSlice {
				ft = ft.Elem()
			}
			if kindOf(ft) == kindStruct {
				collect(ft)
			}
		}
	}
	collect(reflect.TypeFor[hybrid.Organization]())
	for key := range fieldDescriptions {
		if !used[key] {
			t.Errorf("fieldDescriptions[%q] names no field", key)
		}
	}
	for name := range typeDescriptions {
		if _, ok := types[name]; !ok || name == "Organization" {
			t.Errorf("typeDescriptions[%q] names no part of the organization", name)
		}
	}
}

// TestExampleValidates checks the embedded example, and the other valid
// inputs written in canonical names, against the schema.
func TestExampleValidates(t *testing.T) {
	root := loadSchema(t)
	for _, file := range []string{"example.json", "testdata/in/errors.json"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		if errs := validateSchema(root, root, doc, ""); errs != nil {
			t.Errorf("%s does not validate:\n%s", file, strings.Join(errs, "\n"))
		}
	}
}

// TestSchemaAgreesWithDecoder runs documents through both the schema and
// the strict decoder. Each document is the example with some top-level
// fields replaced, so that a row is about its own fields. The two agree
// except where a row says otherwise: the decoder reads the aliases of the
// enumerations, which the schema does not list, and leaves missing fields
// zero for Validate to report.
func TestSchemaAgreesWithDecoder(t *testing.T) {
	root := loadSchema(t)
	const server = `"name": "EX1", "build": "15.0.1497.48", "roles": "Mailbox"`
	tests := []struct {
		patch              string
		schemaOK, decodeOK bool
	}{
		{`{}`, true, true},
		{`{"name": 1}`, false, false},
		{`{"bogus": 1}`, false, false},
		{`{"servers": [{` + server + `, "bogus": 1}]}`, false, false},
		{`{"servers": [{` + server + `, "build": "15.0.x"}]}`, false, false},
		{`{"servers": [{` + server + `, "build": "15.0.1497"}]}`, false, false},
		{`{"servers": [{` + server + `, "build": "15.00.1497.048"}]}`, true, true},
		{`{"servers": [{` + server + `, "build": ""}]}`, true, true},
		{`{"servers": [{"name": "EX1", "roles": "Mailbox"}]}`, false, true}, // build is required by the schema only
		{`{"servers": null}`, true, true},
		{`{"hybridDomains": [null]}`, false, false},
		{`{"cloud": "Mars"}`, false, false},
		{`{"cloud": "Worldwide"}`, true, true},
		{`{"cloud": "commercial"}`, false, true}, // an alias
		{`{"type": "full"}`, false, true},        // an alias
		{`{"type": 5}`, false, false},
		{`{"mx": "ExchangeOnline"}`, true, true},
		{`{"certificate": {"notAfter": "2025-12-31"}}`, true, true},
		{`{"certificate": {"notAfter": "2025-1-31"}}`, false, false},
		{`{"certificate": {"notAfter": ""}}`, true, true},
		{`{"certificate": {"notAfter": "2027-06-30", "selfSigned": "no"}}`, false, false},
		{`{"sites": [{"name": "HQ", "internetFacing": "yes"}]}`, false, false},
		{`{"sites": [{"internetFacing": true}]}`, false, true}, // name is required by the schema only
		{`{"acceptedDomains": [{"domain": "contoso.com", "type": "InternalRelay"}]}`, true, true},
	}
	for _, tt := range tests {
		var base, patch map[string]any
		if err := json.Unmarshal(exampleJSON, &base); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(tt.patch), &patch); err != nil {
			t.Fatalf("%s: %v", tt.patch, err)
		}
		for k, v := range patch {
			base[k] = v
		}
		doc, err := json.Marshal(base)
		if err != nil {
			t.Fatal(err)
		}
		schemaErrs := validateSchema(root, root, any(base), "")
		var org hybrid.Organization
		decodeErrs := decodeStrict("t", doc, &org)
		if (schemaErrs == nil) != tt.schemaOK || (decodeErrs == nil) != tt.decodeOK {
			t.Errorf("%s: schema %q, decoder %v; want schema ok %v, decoder ok %v", tt.patch, schemaErrs, decodeErrs, tt.schemaOK, tt.decodeOK)
		}
	}
}

// TestValidator checks the test's own validator on a small schema, so that
// a passing TestExampleValidates means something.
func TestValidator(t *testing.T) {
	var root map[string]any
	err := json.Unmarshal([]byte(`{
		"type": "object", "additionalProperties": false, "required": ["a"],
		"properties": {
			"a": {"$ref": "#/$defs/E"},
			"b": {"type": ["array", "null"], "items": {"type": "string", "pattern": "^x+$"}},
			"c": {"type": "boolean"}
		},
		"$defs": {"E": {"type": "string", "enum": ["one", "two"]}}
	}`), &root)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		doc  string
		want []string
	}{
		{`{"a": "one"}`, nil},
		{`{"a": "one", "b": null, "c": true}`, nil},
		{`{"a": "one", "b": ["x", "xx"]}`, nil},
		{`{}`, []string{`: missing required property "a"`}},
		{`{"a": "three"}`, []string{`a: "three" is not one of [one two]`}},
		{`{"a": 1}`, []string{`a: got number, want string`}},
		{`{"a": "one", "d": 1}`, []string{`d: property not allowed`}},
		{`{"a": "one", "b": ["y"]}`, []string{`b[0]: "y" does not match ^x+$`}},
		{`{"a": "one", "b": "x"}`, []string{`b: got string, want [array null]`}},
		{`{"a": "one", "c": null}`, []string{`c: got null, want boolean`}},
		{`[]`, []string{`: got array, want object`}},
	}
	for _, tt := range tests {
		var v any
		if err := json.Unmarshal([]byte(tt.doc), &v); err != nil {
			t.Fatal(err)
		}
		got := validateSchema(root, root, v, "")
		if !slices.Equal(got, tt.want) {
			t.Errorf("validate %s = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

// validateSchema validates v against s, a schema in the subset the
// generator emits, and returns the problems as "path: message". It refuses
// (as a problem) any keyword it does not implement, so the generator cannot
// start emitting one that the tests silently ignore.
func validateSchema(root, s map[string]any, v any, path string) []string {
	var errs []string
	fail := func(format string, args ...any) {
		errs = append(errs, path+": "+fmt.Sprintf(format, args...))
	}
	for k := range s {
		switch k {
		case "$schema", "$ref", "$defs", "title", "description", "type", "enum", "pattern", "items", "properties", "required", "additionalProperties":
		default:
			fail("unsupported keyword %q", k)
		}
	}
	if ref, ok := s["$ref"].(string); ok {
		name, ok := strings.CutPrefix(ref, "#/$defs/")
		defs, _ := root["$defs"].(map[string]any)
		def, found := defs[name].(map[string]any)
		if !ok || !found {
			fail("unresolved $ref %q", ref)
			return errs
		}
		errs = append(errs, validateSchema(root, def, v, path)...)
	}
	if t, ok := s["type"]; ok {
		var want []string
		switch t := t.(type) {
		case string:
			want = []string{t}
		case []any:
			for _, x := range t {
				want = append(want, x.(string))
			}
		}
		got := jsonTypeOf(v)
		if !slices.Contains(want, got) {
			if len(want) == 1 {
				fail("got %s, want %s", got, want[0])
			} else {
				fail("got %s, want %v", got, want)
			}
			return errs
		}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, v) {
		var names []string
		for _, e := range enum {
			names = append(names, fmt.Sprint(e))
		}
		fail("%q is not one of %v", v, names)
	}
	if pattern, ok := s["pattern"].(string); ok {
		if str, isStr := v.(string); isStr && !regexp.MustCompile(pattern).MatchString(str) {
			fail("%q does not match %s", str, pattern)
		}
	}
	if items, ok := s["items"].(map[string]any); ok {
		if list, isList := v.([]any); isList {
			for i, x := range list {
				errs = append(errs, validateSchema(root, items, x, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	}
	if obj, isObj := v.(map[string]any); isObj {
		props, _ := s["properties"].(map[string]any)
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, present := obj[r.(string)]; !present {
					fail("missing required property %q", r)
				}
			}
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			child := k
			if path != "" {
				child = path + "." + k
			}
			ps, known := props[k].(map[string]any)
			switch {
			case known:
				errs = append(errs, validateSchema(root, ps, obj[k], child)...)
			case s["additionalProperties"] == false:
				errs = append(errs, child+": property not allowed")
			}
		}
	}
	return errs
}

func jsonTypeOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}
