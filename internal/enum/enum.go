// Package enum implements, once, the enumerations of the module and the
// sets of them: their names, String, Parse, MarshalText and UnmarshalText.
//
// An enumeration is declared as an alias of [Value] instantiated with an
// unexported, empty tag type whose Enum method returns the [Table]:
//
//	type kindTag struct{}
//
//	func (kindTag) Enum() *enum.Table { return kindTable }
//
//	type Kind = enum.Value[kindTag]
//
// Its constants are then ordinary typed constants (const KindA Kind = 1),
// distinct from every other enumeration's, and it has the methods of
// [Value], written here once. A set of Kind is [Set][kindTag].
//
// What varies between enumerations is data (names, aliases, whether the
// zero value is "unset" or invalid); the behaviour is the same everywhere:
//
//   - Parse ignores case and surrounding spaces, accepts the names and the
//     aliases, and never accepts the zero value's name;
//   - an unknown name is an [*Error] that wraps the package's sentinel and
//     lists the accepted names;
//   - a value out of range prints as "Type(n)".
//
// A type that needs methods of its own (version.Product, which says
// whether a product is installed on premises) is a defined uint8 type
// whose methods call its [Table] directly.
package enum

import (
	"strconv"
	"strings"
)

// Table describes one enumeration. Declare it as a package-level variable
// next to the type's constants; it is never modified after.
type Table struct {
	// Pkg is the package name that starts error messages ("transport").
	Pkg string
	// Type is the type's name in messages and in the String of a value
	// out of range ("TLSAuthLevel").
	Type string
	// Names holds the name of each value, indexed by value. Names[0] is the
	// zero value's: "" when the zero value stands for an unset parameter
	// (a legitimate field value that marshals as ""), anything else
	// (conventionally "Unknown") when it is invalid.
	Names []string
	// Aliases maps other accepted spellings, in lower case, to the names
	// they stand for: "gcc high": "GCCHigh".
	Aliases map[string]string
	// Sep separates the names in the String of a [Set]: "," as
	// TlsDomainCapabilities writes them, ", " as Get-HybridConfiguration
	// shows its features. Set parsing splits on commas whatever Sep is.
	Sep string
	// Err is the package's sentinel, wrapped by every [*Error].
	Err error
}

// ZeroIsUnset reports whether the zero value is an unset parameter rather
// than an invalid value.
func (t *Table) ZeroIsUnset() bool { return t.Names[0] == "" }

// Name returns the name of v, or "Type(v)" for a value out of range.
func (t *Table) Name(v uint8) string {
	if int(v) < len(t.Names) {
		return t.Names[v]
	}
	return t.Type + "(" + strconv.Itoa(int(v)) + ")"
}

// Valid reports whether v is a declared value other than zero.
func (t *Table) Valid(v uint8) bool { return v > 0 && int(v) < len(t.Names) }

// Parse returns the value named s, ignoring case and surrounding spaces:
// one of Names (but never Names[0]) or of Aliases. The error keeps s as
// given.
func (t *Table) Parse(s string) (uint8, error) {
	name := strings.TrimSpace(s)
	if alias, ok := t.Aliases[strings.ToLower(name)]; ok {
		name = alias
	}
	if v, ok := t.index(name); ok {
		return v, nil
	}
	return 0, t.errorf(s)
}

// index returns the valid value named name, ignoring case.
func (t *Table) index(name string) (uint8, bool) {
	for v := 1; v < len(t.Names); v++ {
		if strings.EqualFold(name, t.Names[v]) {
			return uint8(v), true
		}
	}
	return 0, false
}

// MarshalText renders v: its name, or "" for an unset zero value. An
// invalid zero value or a value out of range is an error.
func (t *Table) MarshalText(v uint8) ([]byte, error) {
	if v == 0 && t.ZeroIsUnset() {
		return []byte{}, nil
	}
	if !t.Valid(v) {
		return nil, t.errorf(t.Name(v))
	}
	return []byte(t.Names[v]), nil
}

// UnmarshalText parses text as Parse does, where "" is the unset zero
// value if the table has one.
func (t *Table) UnmarshalText(text []byte) (uint8, error) {
	if len(text) == 0 && t.ZeroIsUnset() {
		return 0, nil
	}
	return t.Parse(string(text))
}

// want lists the accepted names for a message: "A, B or C".
func (t *Table) want() string {
	names := t.Names[1:]
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

func (t *Table) errorf(input string) *Error {
	return &Error{Pkg: t.Pkg, Type: t.Type, Input: input, Want: t.want(), Err: t.Err}
}

// Error reports a text that an enumeration or a set of it does not accept:
// an unknown name, or a name repeated in a set. It is the one error type of
// every enumeration in the module; each package wraps its own sentinel in
// it.
type Error struct {
	Pkg      string // the package, such as "transport"
	Type     string // the enumeration, such as "TLSAuthLevel"
	Input    string // the text given, or the String of the value marshalled
	List     string // for a set: the whole list Input was part of
	Repeated bool   // Input is known but named twice in List
	Want     string // the accepted names, "A, B or C"
	Err      error  // the package's sentinel
}

// Error returns a message such as
// `transport: unknown TLSAuthLevel "Strict", want EncryptionOnly, CertificateValidation or DomainValidation`
// or `roles: Role "Mailbox" named twice in "Mailbox, MB"`.
func (e *Error) Error() string { return e.Pkg + ": " + e.Describe(e.Type) }

// Describe returns the message of Error without the package, naming the
// type what: a program that shows the error to people, rather than to Go
// programmers, passes a word of its own such as "hybrid feature".
func (e *Error) Describe(what string) string {
	var b strings.Builder
	if !e.Repeated {
		b.WriteString("unknown ")
	}
	b.WriteString(what)
	b.WriteByte(' ')
	b.WriteString(strconv.Quote(e.Input))
	if e.Repeated {
		b.WriteString(" named twice")
	}
	if e.List != "" {
		b.WriteString(" in ")
		b.WriteString(strconv.Quote(e.List))
	}
	if !e.Repeated && e.Want != "" {
		b.WriteString(", want ")
		b.WriteString(e.Want)
	}
	return b.String()
}

// Unwrap returns the package's sentinel.
func (e *Error) Unwrap() error { return e.Err }
