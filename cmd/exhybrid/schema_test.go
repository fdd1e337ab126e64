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
	"github.com/exhybrid/exhybrid/internal/strictjson"
)

// The generator of schema.json. It runs in the tests only: the command
// embeds the file it writes, and the tests below keep the two equal.

// schemaDraft is the JSON Schema dialect of schema.json
// (https://json-schema.org/draft/2020-12/json-schema-core).
const schemaDraft = "https://json-schema.org/draft/2020-12/schema"

// schema is the subset of a JSON Schema that the generator emits and the
// tests validate with.
type schema struct {
	Schema               string             `json:"$schema,omitempty"`
	Ref                  string             `json:"$ref,omitempty"`
	Title                string             `json:"title,omitempty"`
	Description          string             `json:"description,omitempty"`
	Type                 any                `json:"type,omitempty"` // a string or a list of strings
	Enum                 []string           `json:"enum,omitempty"`
	Pattern              string             `json:"pattern,omitempty"`
	Items                *schema            `json:"items,omitempty"`
	Properties           properties         `json:"properties,omitempty"`
	AdditionalProperties *bool              `json:"additionalProperties,omitempty"`
	Defs                 map[string]*schema `json:"$defs,omitempty"`
}

// properties keeps the fields in the order the Go struct declares them,
// which is the order people read and write them in.
type properties []property

type property struct {
	name   string
	schema *schema
}

func (ps properties) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(p.name)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(p.schema)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// organizationSchema returns the schema of [hybrid.Organization]: the
// organization at the root, every other struct and every string type with
// a syntax of its own in $defs.
func organizationSchema() (*schema, error) {
	g := &schemaGen{defs: map[string]*schema{}, names: map[string]reflect.Type{}}
	root, err := g.structSchema(reflect.TypeFor[hybrid.Organization]())
	if err != nil {
		return nil, err
	}
	root.Schema = schemaDraft
	root.Title = "exhybrid organization"
	root.Description = rootDescription
	root.Defs = g.defs
	return root, nil
}

const rootDescription = "An on-premises Exchange organization and the hybrid deployment with Exchange Online it wants: " +
	"the JSON form of hybrid.Organization (github.com/exhybrid/exhybrid), read by \"exhybrid check\" and \"exhybrid plan\". " +
	"A list may be null, which is how Go writes an empty list. " +
	"No field is required: the reader leaves a missing field empty, and \"exhybrid check\" reports the values the organization needs as findings."

type schemaGen struct {
	defs  map[string]*schema
	names map[string]reflect.Type // $defs name -> the type it was made for
}

// defName returns the $defs name of t, its Go name, and an error if two
// types share it.
func (g *schemaGen) defName(t reflect.Type) (string, error) {
	name := t.Name()
	if ts, ok := textTypes[t]; ok {
		name = ts.name
	}
	if other, ok := g.names[name]; ok && other != t {
		return "", fmt.Errorf("%v and %v would share the schema name %q", other, t, name)
	}
	g.names[name] = t
	return name, nil
}

// ref returns a reference to the $defs entry of t, making the entry with
// mk on first use.
func (g *schemaGen) ref(t reflect.Type, mk func(reflect.Type) (*schema, error)) (*schema, error) {
	name, err := g.defName(t)
	if err != nil {
		return nil, err
	}
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = nil // a placeholder against cycles
		def, err := mk(t)
		if err != nil {
			return nil, err
		}
		g.defs[name] = def
	}
	return &schema{Ref: "#/$defs/" + name}, nil
}

// typeSchema returns a fresh schema for a value of type t.
func (g *schemaGen) typeSchema(t reflect.Type) (*schema, error) {
	switch strictjson.KindOf(t) {
	case strictjson.KindText:
		return g.ref(t, textSchema)
	case strictjson.KindString:
		return &schema{Type: "string"}, nil
	case strictjson.KindBool:
		return &schema{Type: "boolean"}, nil
	case strictjson.KindSlice:
		items, err := g.typeSchema(t.Elem())
		if err != nil {
			return nil, err
		}
		return &schema{Type: []string{"array", "null"}, Items: items}, nil
	case strictjson.KindStruct:
		return g.ref(t, g.structSchema)
	case strictjson.KindJSON:
		// The type reads its own JSON: an object this schema does not
		// detail, described where the field is.
		return &schema{Type: []string{"object", "null"}}, nil
	}
	return nil, fmt.Errorf("%w %v", strictjson.ErrUnsupported, t)
}

// structSchema returns the object schema of struct type t.
func (g *schemaGen) structSchema(t reflect.Type) (*schema, error) {
	fields, err := strictjson.Fields(t)
	if err != nil {
		return nil, err
	}
	no := false
	s := &schema{Type: "object", Description: typeDescriptions[t.Name()], AdditionalProperties: &no}
	for _, f := range fields {
		fs, err := g.typeSchema(f.Type)
		if err != nil {
			return nil, fmt.Errorf("%v.%s: %w", t, t.Field(f.Index).Name, err)
		}
		fs.Description = fieldDescriptions[t.Name()+"."+f.Name]
		s.Properties = append(s.Properties, property{f.Name, fs})
	}
	return s, nil
}

// textSchema returns the string schema of a type that implements
// encoding.TextUnmarshaler, from [textTypes].
func textSchema(t reflect.Type) (*schema, error) {
	ts, ok := textTypes[t]
	if !ok {
		return nil, fmt.Errorf("%v parses text but has no entry in textTypes", t)
	}
	s := &schema{Type: "string", Description: ts.description, Pattern: ts.pattern}
	if ts.enum != nil {
		s.Enum = ts.enum()
	}
	if ts.list != nil {
		s.Description += " Names: " + strings.Join(ts.list(), ", ") + "."
	}
	return s, nil
}

// TestSchemaFile keeps schema.json, which the command embeds, equal to what
// the generator makes of the Go types; -update rewrites it.
func TestSchemaFile(t *testing.T) {
	s, err := organizationSchema()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := writeJSON(&b, s); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "schema.json", b.String())
}

// TestSchemaCommand checks that "exhybrid schema" prints the embedded file
// as it is.
func TestSchemaCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if status := run([]string{"schema"}, nil, &stdout, &stderr, nil); status != exitOK {
		t.Fatalf("exit %d: %s", status, stderr.String())
	}
	if !bytes.Equal(stdout.Bytes(), schemaJSON) {
		t.Error("exhybrid schema does not print schema.json")
	}
}

// loadSchema returns the embedded schema as generic JSON, as a validator
// reads it.
func loadSchema(t *testing.T) map[string]any {
	t.Helper()
	var root map[string]any
	if err := json.Unmarshal(schemaJSON, &root); err != nil {
		t.Fatal(err)
	}
	return root
}

// TestSchemaCoversTypes walks the Go types from hybrid.Organization down
// and checks that every JSON field of every struct is a property of the
// struct's schema and that the schema has no property the struct lacks.
// No field is required (validateSchema refuses the keyword): the decoder
// requires none.
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
		fields, err := strictjson.Fields(st)
		if err != nil {
			t.Fatal(err)
		}
		props, _ := obj["properties"].(map[string]any)
		var names []string
		for _, f := range fields {
			names = append(names, f.Name)
			if _, ok := props[f.Name]; !ok {
				t.Errorf("%v.%s: field %q is not in the schema", st, st.Field(f.Index).Name, f.Name)
			}
			ft := f.Type
			for ft.Kind() == reflect.Slice && strictjson.KindOf(ft) == strictjson.KindSlice {
				ft = ft.Elem()
			}
			if strictjson.KindOf(ft) == strictjson.KindStruct {
				def, _ := defs[ft.Name()].(map[string]any)
				walk(ft, def)
			}
		}
		for p := range props {
			if !slices.Contains(names, p) {
				t.Errorf("%v: the schema has property %q, which the struct lacks", st, p)
			}
		}
		if _, ok := obj["required"]; ok {
			t.Errorf("%v: the schema requires fields; the decoder requires none", st)
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
		fields, _ := strictjson.Fields(st)
		for _, f := range fields {
			used[st.Name()+"."+f.Name] = true
			ft := f.Type
			if strictjson.KindOf(ft) == strictjson.KindSlice {
				ft = ft.Elem()
			}
			if strictjson.KindOf(ft) == strictjson.KindStruct {
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
	for _, file := range []string{"example.json", "example-modern.json", "testdata/in/errors.json"} {
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
// enumerations, which the schema does not list. Both leave missing fields
// for Validate to report.
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
		{`{"servers": [{"name": "EX1", "roles": "Mailbox"}]}`, true, true}, // no build: Validate reports it
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
		{`{"sites": [{"internetFacing": true}]}`, true, true}, // no name: Validate reports it
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
		"type": "object", "additionalProperties": false,
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
		{`{}`, nil},
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
	// A keyword the validator does not implement, "required" included, is
	// a problem rather than ignored.
	got := validateSchema(root, map[string]any{"required": []any{"a"}}, map[string]any{}, "")
	if want := []string{`: unsupported keyword "required"`}; !slices.Equal(got, want) {
		t.Errorf("validate with required = %q, want %q", got, want)
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
		case "$schema", "$ref", "$defs", "title", "description", "type", "enum", "pattern", "items", "properties", "additionalProperties":
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
