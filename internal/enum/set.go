package enum

import (
	"iter"
	"strings"
)

// Bits is the underlying type of a set: one bit per value of the
// enumeration, bit v for value v.
type Bits interface {
	~uint8 | ~uint16 | ~uint32 | ~uint64
}

// Set describes sets of the enumeration Elem held in S. Like [Table] it
// is data; each set type keeps its own one-line methods.
type Set[S Bits, T ~uint8] struct {
	// Elem is the enumeration of the members.
	Elem *Table[T]
	// Sep separates the names in String: "," as TlsDomainCapabilities
	// writes them, ", " as Get-HybridConfiguration shows its features.
	// Parse splits on commas whatever Sep is and trims each name.
	Sep string
}

// Of returns the set of the valid values among vs.
func (st *Set[S, T]) Of(vs ...T) S {
	var s S
	for _, v := range vs {
		s = st.With(s, v)
	}
	return s
}

// Has reports whether the valid value v is in s.
func (st *Set[S, T]) Has(s S, v T) bool { return st.Elem.Valid(v) && s&(1<<v) != 0 }

// With returns s with v added; an invalid v leaves s as it is.
func (st *Set[S, T]) With(s S, v T) S {
	if !st.Elem.Valid(v) {
		return s
	}
	return s | 1<<v
}

// Without returns s with v removed.
func (st *Set[S, T]) Without(s S, v T) S {
	if !st.Elem.Valid(v) {
		return s
	}
	return s &^ (1 << v)
}

// Len returns the number of valid values in s.
func (st *Set[S, T]) Len(s S) int {
	n := 0
	for range st.All(s) {
		n++
	}
	return n
}

// All iterates over the valid values in s, in ascending order. Bits that
// stand for no value are skipped.
func (st *Set[S, T]) All(s S) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := 1; v < len(st.Elem.Names); v++ {
			if s&(1<<v) != 0 && !yield(T(v)) {
				return
			}
		}
	}
}

// String lists the names of the values in s separated by Sep; the empty
// set is "".
func (st *Set[S, T]) String(s S) string {
	var b strings.Builder
	for v := range st.All(s) {
		if b.Len() > 0 {
			b.WriteString(st.Sep)
		}
		b.WriteString(st.Elem.Names[v])
	}
	return b.String()
}

// Parse parses a comma-separated list of names as [Table.Parse] accepts
// them; blank text is the empty set. An unknown name, an empty element
// and a value named twice (in any spelling) are errors naming the element
// and the list.
func (st *Set[S, T]) Parse(text string) (S, error) {
	var s S
	if strings.TrimSpace(text) == "" {
		return s, nil
	}
	list := "" // named in errors only when there is more than one name
	if strings.Contains(text, ",") {
		list = text
	}
	for name := range strings.SplitSeq(text, ",") {
		v, err := st.Elem.Parse(name)
		if err != nil {
			e := err.(*Error)
			e.Input, e.List = strings.TrimSpace(name), list
			return 0, e
		}
		if s&(1<<v) != 0 {
			e := st.Elem.errorf(strings.TrimSpace(name))
			e.List, e.Repeated = text, true
			return 0, e
		}
		s |= 1 << v
	}
	return s, nil
}

// MarshalText renders s with String. Bits that stand for no value are not
// written: they cannot be read back.
func (st *Set[S, T]) MarshalText(s S) ([]byte, error) { return []byte(st.String(s)), nil }

// UnmarshalText parses text into *p with Parse, leaving *p alone on error.
func (st *Set[S, T]) UnmarshalText(p *S, text []byte) error {
	s, err := st.Parse(string(text))
	if err == nil {
		*p = s
	}
	return err
}
