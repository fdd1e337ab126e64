package enum

import (
	"fmt"
	"strings"
	"unsafe"
)

// Check reports a table whose data is inconsistent: fewer than one valid
// name, a blank or repeated name (ignoring case), or an alias that is not
// lower case, is blank, names no valid value or shadows a name. Each
// package's tests call it for each of its tables, so a mistake in a new
// name fails a test instead of making a value unreachable.
func (t *Table[T]) Check() error {
	if t.Pkg == "" || t.Type == "" || t.Err == nil || len(t.Names) < 2 || len(t.Names) > 256 {
		return fmt.Errorf("enum %s.%s: want Pkg, Type, Err and 1 to 255 valid names", t.Pkg, t.Type)
	}
	seen := make(map[string]int, len(t.Names)+len(t.Aliases))
	for v, name := range t.Names {
		key := strings.ToLower(name)
		if v > 0 && strings.TrimSpace(name) == "" {
			return fmt.Errorf("enum %s.%s: value %d has no name", t.Pkg, t.Type, v)
		}
		if w, dup := seen[key]; dup {
			return fmt.Errorf("enum %s.%s: values %d and %d are both named %q", t.Pkg, t.Type, w, v, name)
		}
		seen[key] = v
	}
	for alias, v := range t.Aliases {
		switch w, dup := seen[alias]; {
		case alias != strings.ToLower(strings.TrimSpace(alias)) || alias == "":
			return fmt.Errorf("enum %s.%s: alias %q is not trimmed lower case", t.Pkg, t.Type, alias)
		case !t.Valid(v):
			return fmt.Errorf("enum %s.%s: alias %q names invalid value %d", t.Pkg, t.Type, alias, v)
		case dup && w != int(v):
			return fmt.Errorf("enum %s.%s: alias %q of %d is the name of %d", t.Pkg, t.Type, alias, v, w)
		}
	}
	return nil
}

// Check reports a set whose element table fails [Table.Check] or has more
// values than S has bits.
func (st *Set[S, T]) Check() error {
	if err := st.Elem.Check(); err != nil {
		return err
	}
	var s S
	if bits := int(unsafe.Sizeof(s)) * 8; len(st.Elem.Names) > bits {
		return fmt.Errorf("enum %s.%s: %d values do not fit a set of %d bits", st.Elem.Pkg, st.Elem.Type, len(st.Elem.Names), bits)
	}
	return nil
}
