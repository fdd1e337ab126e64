package strictjson

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// Kind is how [Decode] reads a Go type. A program that describes its input
// (a JSON Schema, say) can use [KindOf] and [Fields] to describe exactly
// what Decode accepts.
type Kind uint8

// The kinds of Go type.
const (
	KindUnsupported Kind = iota // anything else: Decode reports ErrUnsupported
	KindText                    // implements encoding.TextUnmarshaler (on its pointer): a JSON string
	KindString                  // a string kind without UnmarshalText: a JSON string
	KindBool                    // a JSON boolean
	KindStruct                  // a JSON object of the struct's fields (see Fields)
	KindSlice                   // a JSON array, or null for the nil slice
	// KindJSON implements json.Unmarshaler (itself or on its pointer): the
	// type reads its own JSON and is as strict as it makes itself. Decode
	// gives it the whole value and reports its error at the value's start.
	KindJSON
)

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
)

// KindOf returns how Decode reads a value of type t.
func KindOf(t reflect.Type) Kind {
	if t.Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(jsonUnmarshaler) {
		return KindJSON
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return KindText
	}
	switch t.Kind() {
	case reflect.String:
		return KindString
	case reflect.Bool:
		return KindBool
	case reflect.Struct:
		return KindStruct
	case reflect.Slice:
		return KindSlice
	}
	return KindUnsupported
}

// Field is a struct field as encoding/json sees it.
type Field struct {
	Name  string // the JSON name
	Index int    // the Go field index
	Type  reflect.Type
}

// Fields returns the JSON fields of struct type t, in declaration order,
// with encoding/json's naming: the tag's name, or else the Go name; fields
// tagged "-" and unexported fields are left out. Embedded fields and the
// ",string" option are refused with [ErrUnsupported] rather than half
// supported. omitempty and omitzero change nothing when reading: no field
// is required.
func Fields(t reflect.Type) ([]Field, error) {
	var fields []Field
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		if sf.Anonymous {
			return nil, fmt.Errorf("%w: embedded field %v.%s", ErrUnsupported, t, sf.Name)
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		for opt := range strings.SplitSeq(opts, ",") {
			switch opt {
			case "", "omitempty", "omitzero":
			default:
				return nil, fmt.Errorf("%w: option %q on %v.%s", ErrUnsupported, opt, t, sf.Name)
			}
		}
		fields = append(fields, Field{Name: name, Index: i, Type: sf.Type})
	}
	return fields, nil
}
