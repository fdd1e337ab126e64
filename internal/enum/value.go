package enum

// Kind is implemented by the tag type of an enumeration: an unexported,
// empty struct type whose Enum method returns the enumeration's table.
// The tag only selects the table; its value is never used.
type Kind interface{ Enum() *Table }

// Value is a value of the enumeration tagged K. Each enumeration of the
// module is an alias of one instantiation, so its methods are these:
// String, IsValid, MarshalText and UnmarshalText, the same for all.
type Value[K Kind] uint8

func table[K Kind]() *Table {
	var k K
	return k.Enum()
}

// String returns v's name, "" for an unset zero value, or "Type(n)" for a
// value out of range.
func (v Value[K]) String() string { return table[K]().Name(uint8(v)) }

// IsValid reports whether v is a declared value other than zero.
func (v Value[K]) IsValid() bool { return table[K]().Valid(uint8(v)) }

// MarshalText implements encoding.TextMarshaler: the name, or "" for an
// unset zero value. An invalid zero value or a value out of range is an
// [*Error].
func (v Value[K]) MarshalText() ([]byte, error) { return table[K]().MarshalText(uint8(v)) }

// UnmarshalText implements encoding.TextUnmarshaler as [Parse] does; ""
// is the unset zero value where the enumeration has one. On error *v is
// left alone.
func (v *Value[K]) UnmarshalText(text []byte) error {
	u, err := table[K]().UnmarshalText(text)
	if err == nil {
		*v = Value[K](u)
	}
	return err
}

// Parse returns the value named s, ignoring case and surrounding spaces;
// see [Table.Parse].
func Parse[K Kind](s string) (Value[K], error) {
	u, err := table[K]().Parse(s)
	return Value[K](u), err
}

// Values returns the valid values of the enumeration in ascending order.
func Values[K Kind]() []Value[K] {
	n := len(table[K]().Names)
	vs := make([]Value[K], 0, n-1)
	for v := 1; v < n; v++ {
		vs = append(vs, Value[K](v))
	}
	return vs
}
