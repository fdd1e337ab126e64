package main

import (
	"encoding"
	"fmt"
	"reflect"
	"strings"
)

// kind is how the decoder treats a Go type. The schema test uses [kindOf]
// and [fieldsOf] too, so that the schema describes exactly what the decoder
// accepts.
type kind uint8

const (
	kindUnsupported kind = iota // anything the organization and the options do not use
	kindText                    // implements encoding.TextUnmarshaler: a JSON string
	kindString                  // a string kind without UnmarshalText: a JSON string
	kindBool                    // a JSON boolean
	kindStruct                  // a JSON object of the struct's fields
	kindSlice                   // a JSON array, or null for the nil slice
)

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func kindOf(t reflect.Type) kind {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return kindText
	}
	switch t.Kind() {
	case reflect.String:
		return kindString
	case reflect.Bool:
		return kindBool
	case reflect.Struct:
		return kindStruct
	case reflect.Slice:
		return kindSlice
	}
	return kindUnsupported
}

// field is a struct field as encoding/json sees it.
type field struct {
	name  string // the JSON name
	index int    // the Go field index
	typ   reflect.Type
}

// fieldsOf returns the JSON fields of struct type t, in declaration order,
// with encoding/json's naming: the tag's name, or else the Go name; fields
// tagged "-" and unexported fields are left out. Embedded fields and the
// ",string" option are not used by the organization types and are refused
// rather than half supported. omitempty and omitzero change nothing when
// reading: no field is required.
func fieldsOf(t reflect.Type) ([]field, error) {
	var fields []field
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
			return nil, fmt.Errorf("%w: embedded field %v.%s", errUnsupported, t, sf.Name)
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		for opt := range strings.SplitSeq(opts, ",") {
			switch opt {
			case "", "omitempty", "omitzero":
			default:
				return nil, fmt.Errorf("%w: option %q on %v.%s", errUnsupported, opt, t, sf.Name)
			}
		}
		fields = append(fields, field{name: name, index: i, typ: sf.Type})
	}
	return fields, nil
}
