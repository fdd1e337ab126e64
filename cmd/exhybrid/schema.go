package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/exhybrid/exhybrid/hybrid"
)

var schemaCommand = &command{
	name:    "schema",
	summary: "print the JSON Schema of the organization file",
	help: `Schema prints the JSON Schema (draft 2020-12) of the organization file,
generated from the Go types of the library, for editors that complete and
check JSON against a schema. It describes what check and plan accept: the
fields of each object and no others, the type of each value, the canonical
names of the enumerations and the syntax of builds and dates. Fields that are
always written when a Go program encodes an organization are required.

The enumerations (cloud, type, mx, accepted domain type) are listed by their
canonical names; check and plan also accept the other spellings the library
parses, case-insensitively ("full", "EOP"), which the schema does not list.`,
	maxArgs: 0,
	run: func(e *env, _ *options, _ []string) int {
		s, err := organizationSchema()
		if err != nil {
			e.errorf("schema: %v", err)
			return exitUsage
		}
		var b bytes.Buffer
		if err := writeJSON(&b, s); err != nil {
			e.errorf("schema: %v", err)
			return exitUsage
		}
		e.stdout.Write(b.Bytes())
		return exitOK
	},
}

// schemaDraft is the JSON Schema dialect of the output
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
	Required             []string           `json:"required,omitempty"`
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
	"A list may be null, which is how Go writes an empty list."

type schemaGen struct {
	defs  map[string]*schema
	names map[string]reflect.Type // $defs name -> the type it was made for
}

// defName returns the $defs name of t, its Go name, and an error if two
// types share it.
func (g *schemaGen) defName(t reflect.Type) (string, error) {
	name := t.Name()
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
	switch kindOf(t) {
	case kindText:
		return g.ref(t, textSchema)
	case kindString:
		return &schema{Type: "string"}, nil
	case kindBool:
		return &schema{Type: "boolean"}, nil
	case kindSlice:
		items, err := g.typeSchema(t.Elem())
		if err != nil {
			return nil, err
		}
		return &schema{Type: []string{"array", "null"}, Items: items}, nil
	case kindStruct:
		return g.ref(t, g.structSchema)
	}
	return nil, fmt.Errorf("%w %v", errUnsupported, t)
}

// structSchema returns the object schema of struct type t.
func (g *schemaGen) structSchema(t reflect.Type) (*schema, error) {
	fields, err := fieldsOf(t)
	if err != nil {
		return nil, err
	}
	no := false
	s := &schema{Type: "object", Description: typeDescriptions[t.Name()], AdditionalProperties: &no}
	for _, f := range fields {
		fs, err := g.typeSchema(f.typ)
		if err != nil {
			return nil, fmt.Errorf("%v.%s: %w", t, f.goName, err)
		}
		fs.Description = fieldDescriptions[t.Name()+"."+f.name]
		s.Properties = append(s.Properties, property{f.name, fs})
		if !f.omitEmpty {
			s.Required = append(s.Required, f.name)
		}
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

// enumNames returns the names of the valid values of an enumeration whose
// values run from 1 while IsValid holds, as every enumeration of the
// library does (its zero value is the invalid Unknown).
func enumNames[T interface {
	~uint8
	IsValid() bool
	String() string
}]() []string {
	var names []string
	for v := T(1); v.IsValid(); v++ {
		names = append(names, v.String())
	}
	return names
}
