// Package findingtest is the one way the module's tests match findings:
// by path, code and severity, never by message (the k8s field.ErrorMatcher
// idea). It is imported only by tests.
package findingtest

import (
	"github.com/exhybrid/exhybrid"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// E, W and I make the key of an error, a warning and an information, short
// for the long tables of expected findings. Tables outside this package
// cannot use unkeyed Key literals (go vet's composites check).
func E(path exhybrid.Path, code exhybrid.Code) Key { return Key{path, code, exhybrid.SeverityError} }

// W makes the key of a warning; see [E].
func W(path exhybrid.Path, code exhybrid.Code) Key { return Key{path, code, exhybrid.SeverityWarning} }

// I makes the key of an information; see [E].
func I(path exhybrid.Path, code exhybrid.Code) Key { return Key{path, code, exhybrid.SeverityInfo} }

// Key is what a test matches of a finding.
type Key struct {
	Path     exhybrid.Path
	Code     exhybrid.Code
	Severity exhybrid.Severity
}

// Under returns keys with each path inside prefix ([exhybrid.Path.Join]):
// what a caller that reports another function's findings under a field of
// its own expects of them.
func Under(prefix exhybrid.Path, keys []Key) []Key {
	out := make([]Key, len(keys))
	for i, k := range keys {
		out[i] = Key{prefix.Join(k.Path), k.Code, k.Severity}
	}
	return out
}

// Codes is a set of finding codes, for the tests that check that every
// code of a package is expected by some test.
type Codes map[exhybrid.Code]bool

// Add adds the code of each key.
func (c Codes) Add(keys ...Key) {
	for _, k := range keys {
		c[k.Code] = true
	}
}

// Keys returns the keys of fs in the order of [exhybrid.Findings.Sort],
// without changing fs.
func Keys(fs exhybrid.Findings) []Key {
	sorted := append(exhybrid.Findings(nil), fs...)
	sorted.Sort()
	return List(sorted)
}

// List returns the keys of fs in fs's order, for tests that check the
// order of findings too.
func List(fs exhybrid.Findings) []Key {
	out := make([]Key, 0, len(fs))
	for _, f := range fs {
		out = append(out, Key{f.Path, f.Code, f.Severity})
	}
	return out
}

// DiffInOrder compares want with the keys of got in got's order and
// returns "" when they are the same list. A nil want equals an empty got.
func DiffInOrder(want []Key, got exhybrid.Findings) string {
	return cmp.Diff(want, List(got), cmpopts.EquateEmpty())
}

// Diff compares want with the keys of got, in any order, and returns ""
// when they hold the same keys as often each. A nil want equals an empty
// got.
func Diff(want []Key, got exhybrid.Findings) string {
	return cmp.Diff(want, Keys(got), sortKeys, cmpopts.EquateEmpty())
}

var sortKeys = cmpopts.SortSlices(func(a, b Key) bool {
	if c := a.Path.Compare(b.Path); c != 0 {
		return c < 0
	}
	if a.Code != b.Code {
		return a.Code < b.Code
	}
	return a.Severity < b.Severity
})
