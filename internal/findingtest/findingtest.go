// Package findingtest is the one way the module's tests match findings:
// by path, code and severity, never by message (the k8s field.ErrorMatcher
// idea). It is imported only by tests.
package findingtest

import (
	"github.com/exhybrid/exhybrid"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Severities, short, for the long tables of expected findings.
const (
	E = exhybrid.SeverityError
	W = exhybrid.SeverityWarning
	I = exhybrid.SeverityInfo
)

// Key is what a test matches of a finding.
type Key struct {
	Path     exhybrid.Path
	Code     exhybrid.Code
	Severity exhybrid.Severity
}

// Keys returns the keys of fs in the order of [exhybrid.Findings.Sort],
// without changing fs.
func Keys(fs exhybrid.Findings) []Key {
	sorted := append(exhybrid.Findings(nil), fs...)
	sorted.Sort()
	out := make([]Key, 0, len(sorted))
	for _, f := range sorted {
		out = append(out, Key{f.Path, f.Code, f.Severity})
	}
	return out
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
