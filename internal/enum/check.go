package enum

import (
	"fmt"
	"strings"
)

// Check reports a table whose data is inconsistent: fewer than one valid
// name, a blank or repeated name (ignoring case), or an alias that is not
// lower case, is blank, names no valid value or shadows a name. Each
// package's tests call it for each of its tables, so a mistake in a new
// name fails a test instead of making a value unreachable.
func (t *Table) Check() error {
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
	for alias, name := range t.Aliases {
		v, ok := t.index(name)
		switch w, dup := seen[alias]; {
		case alias != strings.ToLower(strings.TrimSpace(alias)) || alias == "":
			return fmt.Errorf("enum %s.%s: alias %q is not trimmed lower case", t.Pkg, t.Type, alias)
		case !ok || name != t.Names[v]:
			return fmt.Errorf("enum %s.%s: alias %q stands for %q, which is not a valid name as written", t.Pkg, t.Type, alias, name)
		case dup && w != int(v):
			return fmt.Errorf("enum %s.%s: alias %q of %s is the name of %d", t.Pkg, t.Type, alias, name, w)
		}
	}
	return nil
}

// CheckSet reports a table that fails Check, or that cannot serve a [Set]:
// more values than a Set has bits, or no Sep.
func (t *Table) CheckSet() error {
	if err := t.Check(); err != nil {
		return err
	}
	if len(t.Names) > 32 {
		return fmt.Errorf("enum %s.%s: %d values do not fit a set of 32 bits", t.Pkg, t.Type, len(t.Names))
	}
	if t.Sep == "" {
		return fmt.Errorf("enum %s.%s: a set needs Sep", t.Pkg, t.Type)
	}
	return nil
}
