// Package servername is the module's one way to say that two names refer
// to the same Exchange server: a server is named by its computer name or
// its FQDN, in any case, and an FQDN with or without its trailing dot.
// [Equal] compares two names; an [Index] resolves many names against many
// servers in linear time.
package servername

import (
	"unicode"
	"unicode/utf8"

	"github.com/exhybrid/exhybrid/internal/dnsname"
)

// An organization may have thousands of servers and name a thousand of
// them as sending or receiving servers, so each entry point that resolves
// names (transport's HybridConnectors, ValidateConnectors and Route,
// hybrid's analysis) indexes the servers once and resolves every name
// through the index: scanning the servers for each name made them
// quadratic, and cubic where repeated names were looked for.
//
// Small inputs are scanned instead: a few servers or list entries are
// found faster by comparing them than by hashing, and a scan allocates
// nothing, which keeps the check of a valid configuration almost free.
// And building the index of the servers costs about as much as scanning
// them thirty times (fold keys, two maps), so an Index scans for its
// first maxScans lookups and is built only when more come: a call that
// resolves a few names, such as a Route through a few servers, costs what
// it did before the index, and one that resolves many at most twice what
// the better of the two ways would have cost.
const (
	// minIndexed is the number of servers from which an Index may hash
	// them.
	minIndexed = 32
	// maxScans is the number of lookups an Index of minIndexed
	// servers or more answers by scanning before it builds its maps.
	maxScans = 32
	// minListIndexed is the length from which a listIndex hashes a list.
	minListIndexed = 16
)

// Index resolves names to the organization's servers, given by their
// number and an accessor. The zero Index has no servers.
type Index struct {
	n     int
	at    func(i int) (name, fqdn string)
	scans int // the lookups answered by scanning
	// byName maps the fold key of each server's name, and byFQDN that of
	// each FQDN without its trailing dot, to the first server that has
	// it; both are nil until built.
	byName, byFQDN map[string]int
}

// NewIndex returns the index of n servers whose name and FQDN at(i)
// returns; at must keep answering the same for as long as the index is
// used. It returns a value, which callers keep on their stack; the maps
// are built by the lookups that need them.
func NewIndex(n int, at func(i int) (name, fqdn string)) Index {
	return Index{n: n, at: at}
}

// Len returns the number of servers.
func (x *Index) Len() int { return x.n }

// build builds the maps.
func (x *Index) build() {
	// The keys are substrings of one string, so that indexing n servers
	// costs a few allocations rather than 2n. Key k (the name of server
	// k/2 when k is even, else its FQDN) is keys[ends[k]:ends[k+1]].
	size := 0
	for i := range x.n {
		name, fqdn := x.at(i)
		size += len(name) + len(fqdn)
	}
	buf := make([]byte, 0, size)
	ends := make([]int, 1, 2*x.n+1)
	hasFQDN := make([]bool, x.n)
	fqdns := 0
	for i := range x.n {
		name, fqdn := x.at(i)
		if fqdn != "" {
			hasFQDN[i] = true
			fqdns++
		}
		start := len(buf)
		buf = AppendKey(buf, name)
		buf = buf[:start+len(trimDot(buf[start:]))]
		ends = append(ends, len(buf))
		start = len(buf)
		buf = AppendKey(buf, fqdn)
		buf = buf[:start+len(trimDot(buf[start:]))]
		ends = append(ends, len(buf))
	}
	keys := string(buf)
	x.byName = make(map[string]int, x.n)
	x.byFQDN = make(map[string]int, fqdns)
	for i := range x.n {
		name, fqdn := keys[ends[2*i]:ends[2*i+1]], keys[ends[2*i+1]:ends[2*i+2]]
		if _, ok := x.byName[name]; !ok {
			x.byName[name] = i
		}
		if _, ok := x.byFQDN[fqdn]; !ok && hasFQDN[i] {
			x.byFQDN[fqdn] = i
		}
	}
}

// trimDot returns key without its trailing dot, which dnsname.Equal
// ignores when it compares host names.
func trimDot(key []byte) []byte {
	if n := len(key); n > 0 && key[n-1] == '.' {
		return key[:n-1]
	}
	return key
}

// Find returns the number of the first server whose name or FQDN is
// name as [Equal] compares them; -1 when there is none.
func (x *Index) Find(name string) int {
	if x.byName == nil {
		if x.n < minIndexed || x.scans < maxScans {
			x.scans++
			return x.scan(name)
		}
		x.build()
	}
	var buf [64]byte // most names fit: the lookup allocates nothing
	key := AppendKey(buf[:0], name)
	i, ok := x.byName[string(trimDot(key))]
	if !ok {
		i = -1
	}
	if j, ok := x.byFQDN[string(trimDot(key))]; ok && (i < 0 || j < i) {
		i = j
	}
	return i
}

// scan is Find without the index.
func (x *Index) scan(name string) int {
	for i := range x.n {
		if sname, fqdn := x.at(i); Equal(sname, name) || (fqdn != "" && Equal(fqdn, name)) {
			return i
		}
	}
	return -1
}

// Equal reports whether two names of servers are the same name: equal
// ignoring case (as strings.EqualFold compares them) and a trailing dot.
// A computer name has no dot, so the dot matters only to FQDNs, where
// "ex01.contoso.com." is the absolute form of "ex01.contoso.com".
func Equal(a, b string) bool { return dnsname.Equal(a, b) }

// AppendKey appends to dst a key of s such that the keys of two
// strings are equal exactly when strings.EqualFold reports them equal:
// each rune is replaced by the smallest rune of its case-folding orbit
// (unicode.SimpleFold), lower-cased when that is an ASCII letter, which is
// what strings.ToLower does for ASCII. strings.ToLower itself would
// differ from EqualFold: "ſ" (U+017F) and "K" (U+212A, the Kelvin sign)
// fold to "s" and "k" but have no lower case. Invalid UTF-8 bytes become
// U+FFFD, as EqualFold decodes them.
func AppendKey(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		dst = utf8.AppendRune(dst, foldRune(r))
	}
	return dst
}

// foldRune returns the representative of r's case-folding orbit for
// AppendKey.
func foldRune(r rune) rune {
	rep := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		rep = min(rep, f)
	}
	if 'A' <= rep && rep <= 'Z' {
		rep += 'a' - 'A'
	}
	return rep
}

// ListIndex finds the entries of a list of server names that name the
// same server: the entries that repeat an earlier one, and the entry that
// names a given server. Names that name no server are compared with
// [Equal]. (A name equal to one that names a server names that server too,
// so the two kinds never match each other.)
type ListIndex struct {
	x    *Index
	list []string
	// first maps each server the list names to the position of its
	// first entry, and firstUnknown the fold key of each name that names
	// no server to its first position; both are nil for lists shorter
	// than minListIndexed, which are scanned.
	first        map[int]int
	firstUnknown map[string]int
}

// List indexes list, which it does not copy.
func (x *Index) List(list []string) ListIndex {
	l := ListIndex{x: x, list: list}
	if len(list) < minListIndexed {
		return l
	}
	l.first = make(map[int]int, len(list))
	for k, name := range list {
		if j := x.Find(name); j >= 0 {
			if _, ok := l.first[j]; !ok {
				l.first[j] = k
			}
			continue
		}
		if l.firstUnknown == nil {
			l.firstUnknown = make(map[string]int)
		}
		key := string(trimDot(AppendKey(nil, name)))
		if _, ok := l.firstUnknown[key]; !ok {
			l.firstUnknown[key] = k
		}
	}
	return l
}

// Position returns the position of the first entry that names the server
// name names, or, when name names no server, the first entry equal to name
// ignoring case; -1 when there is none.
func (l *ListIndex) Position(name string) int {
	j := l.x.Find(name)
	if l.first == nil {
		for k, other := range l.list {
			if j >= 0 && l.x.Find(other) == j || j < 0 && Equal(other, name) {
				return k
			}
		}
		return -1
	}
	if j >= 0 {
		if k, ok := l.first[j]; ok {
			return k
		}
		return -1
	}
	var buf [64]byte
	if k, ok := l.firstUnknown[string(trimDot(AppendKey(buf[:0], name)))]; ok {
		return k
	}
	return -1
}

// DuplicateOf returns the position of an earlier entry that names the same
// server as entry i, or -1.
func (l *ListIndex) DuplicateOf(i int) int {
	if k := l.Position(l.list[i]); k < i {
		return k
	}
	return -1
}
