package main

import (
	"encoding"
	"fmt"
	"reflect"
	"strings"
)

// kind is how the decoder and the schema generator treat a Go type. Both
// use [kindOf] and [fieldsOf], so the schema describes exactly what the
// decoder accepts.
type kind uint8

const (
	kindUnsupported kind = iota // anything the organization does not use
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
	name      string // the JSON name
	index     int    // the Go field index
	omitEmpty bool
	typ       reflect.Type
	goName    string
}

// fieldsOf returns the JSON fields of struct type t, in declaration order,
// with encoding/json's naming: the tag's name, or else the Go name; fields
// tagged "-" and unexported fields are left out. Embedded fields and the
// ",string" option are not used by the organization types and are refused
// rather than half supported.
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
		f := field{name: name, index: i, typ: sf.Type, goName: sf.Name}
		for opt := range strings.SplitSeq(opts, ",") {
			switch opt {
			case "":
			case "omitempty", "omitzero":
				// Either way the field may be left out of a file: it is
				// not required.
				f.omitEmpty = true
			default:
				return nil, fmt.Errorf("%w: option %q on %v.%s", errUnsupported, opt, t, sf.Name)
			}
		}
		fields = append(fields, f)
	}
	return fields, nil
}
