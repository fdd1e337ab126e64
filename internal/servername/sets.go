package servername

import "slices"

// Key returns the key of a name under [Equal]: two names have the same
// key exactly when Equal reports them equal. It serves to compare lists
// of names as sets, and to index them.
func Key(name string) string { return string(trimDot(AppendKey(nil, name))) }

// SameSet reports whether two lists hold the same names, each compared
// with [Equal], as Exchange compares its multi-valued lists of servers and
// domains: order and repeats do not count. Equal is dnsname.Equal, so the
// lists may hold domains as well as server names. It takes the time of
// sorting the keys of both lists.
func SameSet(a, b []string) bool {
	return slices.Equal(setKeys(a), setKeys(b))
}

// setKeys returns the sorted, distinct keys of list.
func setKeys(list []string) []string {
	keys := make([]string, len(list))
	for i, s := range list {
		keys[i] = Key(s)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}
