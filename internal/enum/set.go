package enum

import (
	"iter"
	"math/bits"
	"strings"
)

// Set is a set of values of the enumeration tagged K, bit v for value v.
// Each set type of the module is an alias of one instantiation, so its
// methods are these. The zero Set is empty. An enumeration with a set has
// at most 31 valid values; its package's tests call [Table.CheckSet].
type Set[K Kind] uint32

// SetOf returns the set of the valid values among vs.
func SetOf[K Kind](vs ...Value[K]) Set[K] {
	var s Set[K]
	for _, v := range vs {
		s = s.With(v)
	}
	return s
}

// Has reports whether the valid value v is in s.
func (s Set[K]) Has(v Value[K]) bool { return v.IsValid() && s&(1<<v) != 0 }

// With returns s with v added; an invalid v leaves s as it is.
func (s Set[K]) With(v Value[K]) Set[K] {
	if !v.IsValid() {
		return s
	}
	return s | 1<<v
}

// Without returns s with v removed.
func (s Set[K]) Without(v Value[K]) Set[K] {
	if !v.IsValid() {
		return s
	}
	return s &^ (1 << v)
}

// Union returns the values in s or t.
func (s Set[K]) Union(t Set[K]) Set[K] { return s | t }

// Intersect returns the values in both s and t.
func (s Set[K]) Intersect(t Set[K]) Set[K] { return s & t }

// Minus returns the values in s and not in t.
func (s Set[K]) Minus(t Set[K]) Set[K] { return s &^ t }

// valid returns s without the bits that stand for no value.
func (s Set[K]) valid() Set[K] {
	n := len(table[K]().Names)
	return s & (1<<n - 1) &^ 1
}

// Len returns the number of valid values in s.
func (s Set[K]) Len() int { return bits.OnesCount32(uint32(s.valid())) }

// IsEmpty reports whether s holds no valid value.
func (s Set[K]) IsEmpty() bool { return s.valid() == 0 }

// All iterates over the valid values in s, in ascending order. Bits that
// stand for no value are skipped.
func (s Set[K]) All() iter.Seq[Value[K]] {
	return func(yield func(Value[K]) bool) {
		for v := 1; v < len(table[K]().Names); v++ {
			if s&(1<<v) != 0 && !yield(Value[K](v)) {
				return
			}
		}
	}
}

// String lists the names of the values in s in ascending order, separated
// by the table's Sep; the empty set is "".
func (s Set[K]) String() string {
	t := table[K]()
	var b strings.Builder
	for v := range s.All() {
		if b.Len() > 0 {
			b.WriteString(t.Sep)
		}
		b.WriteString(t.Names[v])
	}
	return b.String()
}

// ParseSet parses a comma-separated list of names as [Parse] accepts
// them; blank text is the empty set. An unknown name, an empty element
// and a value named twice (in any spelling) are errors naming the element
// and the list.
func ParseSet[K Kind](text string) (Set[K], error) {
	t := table[K]()
	var s Set[K]
	if strings.TrimSpace(text) == "" {
		return s, nil
	}
	list := "" // named in errors only when there is more than one name
	if strings.Contains(text, ",") {
		list = text
	}
	for name := range strings.SplitSeq(text, ",") {
		v, err := t.Parse(name)
		if err != nil {
			e := err.(*Error)
			e.Input, e.List = strings.TrimSpace(name), list
			return 0, e
		}
		if s&(1<<v) != 0 {
			e := t.errorf(strings.TrimSpace(name))
			e.List, e.Repeated = text, true
			return 0, e
		}
		s |= 1 << v
	}
	return s, nil
}

// MarshalText implements encoding.TextMarshaler with String. Bits that
// stand for no value are not written: they cannot be read back.
func (s Set[K]) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseSet],
// leaving *s alone on error.
func (s *Set[K]) UnmarshalText(text []byte) error {
	v, err := ParseSet[K](string(text))
	if err == nil {
		*s = v
	}
	return err
}
