// Package fold tests and cuts prefixes and suffixes without regard to
// case, as strings.EqualFold compares: what Exchange does with the names
// of cmdlets, files and properties ("autod:contoso.com", "ExSetup_EX01.xml",
// "https://" in any case). It is the one copy of these four small
// functions for the module.
package fold

import "strings"

// HasPrefix is strings.HasPrefix without regard to case.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// HasSuffix is strings.HasSuffix without regard to case.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// CutPrefix is strings.CutPrefix without regard to case: s without
// prefix and true, or s and false.
func CutPrefix(s, prefix string) (after string, found bool) {
	if HasPrefix(s, prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// CutSuffix is strings.CutSuffix without regard to case: s without
// suffix and true, or s and false.
func CutSuffix(s, suffix string) (before string, found bool) {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}
