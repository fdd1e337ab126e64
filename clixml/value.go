package clixml

import (
	"encoding/base64"
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid/internal/enum"
)

// Kind is the type of a [Value]: one per element of [MS-PSRP] §2.2.5.1
// (primitive types) and §2.2.5.2 (complex objects). The comment of each
// names the element and the .NET type. A C is the number of a UTF-16 code
// unit, <C>97</C> for "a" (§2.2.5.1.2,
// https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-psrp/ff6f9767-a0a5-4cca-b091-4f15afc6e6d8).
//
// Its String is the element name ("I32", "Obj"), "Invalid" for the zero
// Kind and "Kind(n)" out of range. There is no ParseKind: the decoder
// reads the elements.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Kind = enum.Value[kindTag]

// The kinds. The zero Kind, Invalid, is the kind of the zero Value, which no
// element decodes to.
const (
	Invalid        Kind = iota
	Nil                 // <Nil/>, a null
	String              // <S>, System.String
	Char                // <C>, System.Char: a UTF-16 code unit, written as its number
	Bool                // <B>, System.Boolean
	DateTime            // <DT>, System.DateTime, xs:dateTime
	Duration            // <TS>, System.TimeSpan, xs:duration
	UnsignedByte        // <By>, System.Byte
	SignedByte          // <SB>, System.SByte
	UInt16              // <U16>, System.UInt16
	Int16               // <I16>, System.Int16
	UInt32              // <U32>, System.UInt32
	Int32               // <I32>, System.Int32
	UInt64              // <U64>, System.UInt64
	Int64               // <I64>, System.Int64
	Float               // <Sg>, System.Single
	Double              // <Db>, System.Double
	Decimal             // <D>, System.Decimal
	Bytes               // <BA>, System.Byte[], base64
	GUID                // <G>, System.Guid
	URI                 // <URI>, System.Uri
	Version             // <Version>, System.Version
	XMLDocument         // <XD>, System.Xml.XmlDocument, as its text
	ScriptBlock         // <SBK>, System.Management.Automation.ScriptBlock, as its text
	SecureString        // <SS>, System.Security.SecureString, encrypted and base64: kept as written
	ProgressRecord      // <PR>, System.Management.Automation.ProgressRecord; Value.Object holds its fields
	Obj                 // <Obj> or a <Ref> to one; Value.Object holds it
	MemberSet           // <MS N="…"> inside an MS: a named member set; Value.Object.MS holds its members
)

var kindTable = &enum.Table{Pkg: "clixml", Type: "Kind", Err: errUnknownValue, Names: []string{
	Invalid: "Invalid", Nil: "Nil", String: "S", Char: "C", Bool: "B", DateTime: "DT", Duration: "TS",
	UnsignedByte: "By", SignedByte: "SB", UInt16: "U16", Int16: "I16", UInt32: "U32", Int32: "I32",
	UInt64: "U64", Int64: "I64", Float: "Sg", Double: "Db", Decimal: "D", Bytes: "BA", GUID: "G",
	URI: "URI", Version: "Version", XMLDocument: "XD", ScriptBlock: "SBK", SecureString: "SS",
	ProgressRecord: "PR", Obj: "Obj", MemberSet: "MS",
}}

// errUnknownValue is wrapped by the error of UnmarshalText for a name that
// is no [Kind] or [Container] element; the reader itself reports unknown
// elements with [ErrStructure].
var errUnknownValue = errors.New("clixml: unknown value")

// Value is one deserialized value: a primitive, a null or an object. It is
// a small value type; the zero Value has kind Invalid. Values that come
// from a <Ref> share the *Object of the element the Ref names, so a
// Value tree is a directed acyclic graph: read it, do not modify it.
type Value struct {
	kind Kind
	text string  // strings decoded; DT, TS, D, BA, G, Version, SS as written
	bits uint64  // integers (signed ones two's complement), bools, chars, float bits
	obj  *Object // Object, ProgressRecord, MemberSet
}

// Kind returns the kind of v.
func (v Value) Kind() Kind { return v.kind }

// IsNil reports whether v is a <Nil/>.
func (v Value) IsNil() bool { return v.kind == Nil }

// Text returns the text of v: the decoded string of S, URI, XD and SBK; the
// element's text exactly as written for DT, TS, D, BA, G, Version and SS;
// the decimal form of a number (the shortest that reads back the same for
// Sg and Db, and "NaN", "INF", "-INF" as XML writes them); "true" or
// "false"; the character of a C. It returns "" for Nil and objects; use
// [Object.ToString] for an object's string form.
func (v Value) Text() string {
	switch v.kind {
	case Bool:
		return strconv.FormatBool(v.bits != 0)
	case Char:
		return string(rune(v.bits))
	case UnsignedByte, UInt16, UInt32, UInt64:
		return strconv.FormatUint(v.bits, 10)
	case SignedByte, Int16, Int32, Int64:
		return strconv.FormatInt(int64(v.bits), 10)
	case Float:
		return formatFloat(float64(math.Float32frombits(uint32(v.bits))), 32)
	case Double:
		return formatFloat(math.Float64frombits(v.bits), 64)
	}
	return v.text
}

// formatFloat formats f as xs:float or xs:double: INF, -INF, NaN, or the
// shortest decimal that reads back the same.
func formatFloat(f float64, bits int) string {
	switch {
	case math.IsInf(f, 1):
		return "INF"
	case math.IsInf(f, -1):
		return "-INF"
	case math.IsNaN(f):
		return "NaN"
	}
	return strconv.FormatFloat(f, 'G', -1, bits)
}

// Bool returns the value of a B; for any other kind it returns false and
// ok false.
func (v Value) Bool() (b, ok bool) { return v.kind == Bool && v.bits != 0, v.kind == Bool }

// Int returns the value of an SB, I16, I32 or I64; ok is false for any
// other kind.
func (v Value) Int() (n int64, ok bool) {
	switch v.kind {
	case SignedByte, Int16, Int32, Int64:
		return int64(v.bits), true
	}
	return 0, false
}

// Uint returns the value of a By, U16, U32, U64 or C (the UTF-16 code
// unit); ok is false for any other kind.
func (v Value) Uint() (n uint64, ok bool) {
	switch v.kind {
	case UnsignedByte, UInt16, UInt32, UInt64, Char:
		return v.bits, true
	}
	return 0, false
}

// Float returns the value of an Sg or a Db; ok is false for any other
// kind.
func (v Value) Float() (f float64, ok bool) {
	switch v.kind {
	case Float:
		return float64(math.Float32frombits(uint32(v.bits))), true
	case Double:
		return math.Float64frombits(v.bits), true
	}
	return 0, false
}

// Bytes decodes a BA. The reader has checked the base64 already, so the
// error is only for a kind other than Bytes.
func (v Value) Bytes() ([]byte, error) {
	if v.kind != Bytes {
		return nil, &Error{Kind: ErrValue, Msg: "Bytes of a " + v.kind.String()}
	}
	return base64.StdEncoding.DecodeString(stripSpace(v.text))
}

// Object returns the object of an Obj or a Ref, the fields of a PR, or the
// members of a nested MS; nil for any other kind.
func (v Value) Object() *Object { return v.obj }

// ObjectValue returns the Value of o, as a <Obj> element.
func ObjectValue(o *Object) Value { return Value{kind: Obj, obj: o} }

// NilValue returns the Value of <Nil/>.
func NilValue() Value { return Value{kind: Nil} }

// Parse returns the value of the primitive element of kind k whose text
// (after XML's own unescaping) is text: Parse(clixml.Int32, "25") is
// <I32>25</I32> and Parse(clixml.String, "a_x000A_b") is the string
// "a\nb". It checks text exactly as the reader does. k must be a kind from
// String to SecureString.
func Parse(k Kind, text string) (Value, error) {
	v, err := parsePrimitive(k, []byte(text))
	if err != nil {
		return Value{}, &Error{Kind: ErrValue, Msg: err.Error()}
	}
	return v, nil
}

// Object is an <Obj>: a PowerShell object as serialized, with what the
// file says and nothing inferred.
//
// An enum is an Object whose TypeNames include System.Enum, whose ToString is
// the name ("Mailbox, ClientAccess" for flags) and whose Value is the
// number (an I32 for most enums). A list (LST, IE, QUE, STK) has Container
// set and its items in Items; a dictionary (DCT) has its entries in
// Entries.
type Object struct {
	Pos   Pos    // where the <Obj> starts
	RefID string // the RefId attribute, "" when there is none

	// TypeNames are the .NET type names, most derived first, from <TN> or
	// the <TNRef> of an earlier one; objects that share a TN share the
	// slice. Deserialized objects carry a "Deserialized." prefix: see
	// [Object.HasType].
	TypeNames []string

	ToString    string // the <ToString> text, decoded
	HasToString bool   // the object has a <ToString>, maybe empty

	// Value is what the object wraps, when it is an enum or a primitive
	// with members (the unnamed primitive child), or a nested <Obj>; the
	// zero Value when there is none.
	Value Value

	Container Container // the list or dictionary element, or NoContainer
	Items     []Value   // the items of an LST, IE, QUE or STK, in order
	Entries   []Entry   // the entries of a DCT, in order

	Props []Property // <Props>: the adapted .NET properties, in file order
	MS    []Property // <MS>: the extended members, in file order

	open   bool // being read: a Ref to it is a cycle
	size   int  // values in the object with Refs expanded, for Limits.MaxValues
	height int  // element levels below the <Obj>, Refs expanded, for Limits.MaxDepth
	gen    int  // the top-level value that defined it, for Limits.MaxRetained
}

// Container says which collection element an [Object] holds. Its String
// is the element name ("LST"), "" for NoContainer and "Container(n)" out of
// range; encoding/json writes an Object's Container as that name.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Container = enum.Value[containerTag]

// The collection elements of [MS-PSRP] §2.2.5.2.6.
const (
	NoContainer Container = iota
	List                  // <LST>, a list (System.Collections.IList, an array)
	Enumerable            // <IE>, any other IEnumerable
	Queue                 // <QUE>, System.Collections.Queue
	Stack                 // <STK>, System.Collections.Stack
	Dictionary            // <DCT>, System.Collections.IDictionary
)

var containerTable = &enum.Table{Pkg: "clixml", Type: "Container", Err: errUnknownValue,
	Names: []string{"", "LST", "IE", "QUE", "STK", "DCT"}}

// Property is one named value of <Props> or <MS>. Name is decoded from
// its _xHHHH_ escapes.
type Property struct {
	Name  string // the N attribute, unescaped: "TlsCertificateName"
	Value Value  // the element; a <Nil> is a Value whose IsNil is true
}

// Entry is one <En> of a <DCT>.
type Entry struct {
	Key, Value Value // the <En>'s values named Key and Value; a Key is never <Nil>
}

// HasType reports whether name is one of o's type names, with or without
// the "Deserialized." prefix that PowerShell adds to an object it could
// not rehydrate: HasType("System.Enum") is true for an enum read back from
// an export of deserialized objects too.
// Source: ConvertFrom-CliXml, "the original type name prefixed with
// Deserialized" (https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertfrom-clixml).
func (o *Object) HasType(name string) bool {
	for _, t := range o.TypeNames {
		if t == name || strings.TrimPrefix(t, "Deserialized.") == name {
			return true
		}
	}
	return false
}

// IsEnum reports whether o is an enum value: a type name System.Enum and
// a number.
func (o *Object) IsEnum() bool {
	_, isInt := o.Value.Int()
	_, isUint := o.Value.Uint()
	return (isInt || isUint) && o.HasType("System.Enum")
}

// Prop returns the value of the property name, from Props or else MS, as
// PowerShell's JSON view and [Value.AppendJSON] resolve a name in both.
// Names are compared exactly.
func (o *Object) Prop(name string) (Value, bool) {
	for _, p := range o.Props {
		if p.Name == name {
			return p.Value, true
		}
	}
	for _, p := range o.MS {
		if p.Name == name {
			return p.Value, true
		}
	}
	return Value{}, false
}

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	kindTag      struct{}
	containerTag struct{}
)

func (kindTag) Enum() *enum.Table      { return kindTable }
func (containerTag) Enum() *enum.Table { return containerTable }
