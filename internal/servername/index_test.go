package servername

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// foldCases are strings whose case folding differs from strings.ToLower,
// or that are not valid UTF-8.
var foldCases = [][2]string{
	{"EX01", "ex01"},
	{"ex01", "ex01."},
	{"ſ", "S"},       // long s
	{"ſ", "s"},       // long s
	{"K", "k"},       // Kelvin sign
	{"K", "K"},       // Kelvin sign
	{"σ", "ς"},       // final sigma
	{"Σ", "ς"},       // final sigma
	{"ß", "ẞ"},       // capital sharp s
	{"ß", "ss"},      // not a simple fold
	{"ǅ", "ǆ"},       // title case
	{"İ", "i"},       // no simple fold
	{"\xff", "\xfe"}, // invalid bytes decode to U+FFFD
	{"\xff", "\uFFFD"},
	{"", ""},
	{"", "."},
}

func foldKey(s string) string { return string(AppendKey(nil, s)) }

func TestFoldKey(t *testing.T) {
	for _, c := range foldCases {
		a, b := c[0], c[1]
		if got, want := foldKey(a) == foldKey(b), strings.EqualFold(a, b); got != want {
			t.Errorf("fold keys of %q and %q equal: %t; strings.EqualFold: %t", a, b, got, want)
		}
	}
}

func FuzzFoldKey(f *testing.F) {
	for _, c := range foldCases {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := foldKey(a) == foldKey(b), strings.EqualFold(a, b); got != want {
			t.Errorf("fold keys of %q and %q equal: %t; strings.EqualFold: %t", a, b, got, want)
		}
	})
}

// trickyServers have names and FQDNs that collide with each other in case
// or in a trailing dot; each entry is "name fqdn".
var trickyServers = []string{
	"EX01 ex01.corp.contoso.com",
	"ex01 ex01b.corp.contoso.com",      // same name ignoring case: EX01 wins
	"EX04. ex04.corp.contoso.com",      // a name with a dot is the same name
	"EX02 ex01.corp.contoso.com.",      // same FQDN but for the dot: EX01 wins
	"ex03.corp.contoso.com ",           // named as another's FQDN
	"EX03 ex03.corp.contoso.com",       // its FQDN is the name above
	"ſERVER server.corp.contoso.com",   // long s
	"EDGE ",                            // no FQDN
	" nameless.corp.contoso.com",       // no name
	"DOTTED dotted.corp.contoso.com..", // two dots: one is ignored
}

// trickyQueries name the trickyServers in many ways, and none.
var trickyQueries = []string{
	"EX01", "ex01", "Ex01", "ex01.corp.contoso.com", "EX01.CORP.CONTOSO.COM.", "ex01b.corp.contoso.com",
	"EX02", "ex03.corp.contoso.com", "ex03.corp.contoso.com.", "EX03", "SERVER", "server", "ſerver",
	"server.corp.contoso.com", "EDGE", "edge.", "", ".", "nameless.corp.contoso.com.", "DOTTED",
	"dotted.corp.contoso.com", "dotted.corp.contoso.com.", "dotted.corp.contoso.com..", "unknown",
	"UNKNOWN", "ex04", "\xff", strings.Repeat("long", 40),
}

// server is what the index sees of a server.
type server struct{ Name, FQDN string }

func parseServers(entries []string) []server {
	servers := make([]server, len(entries))
	for i, e := range entries {
		name, fqdn, _ := strings.Cut(e, " ")
		servers[i] = server{Name: name, FQDN: fqdn}
	}
	return servers
}

func indexOf(servers []server) Index {
	return NewIndex(len(servers), func(i int) (string, string) { return servers[i].Name, servers[i].FQDN })
}

// padded returns servers followed by enough unrelated servers to be
// indexed rather than scanned.
func padded(servers []server) []server {
	out := append([]server(nil), servers...)
	for i := len(out); i < 2*minIndexed; i++ {
		out = append(out, server{Name: fmt.Sprintf("PAD%03d", i), FQDN: fmt.Sprintf("pad%03d.corp.contoso.com", i)})
	}
	return out
}

// findByScan is the definition Find must follow: the first server whose
// name or FQDN equals name ignoring case and a trailing dot.
func findByScan(servers []server, name string) int {
	for i := range servers {
		s := &servers[i]
		if Equal(s.Name, name) || (s.FQDN != "" && Equal(s.FQDN, name)) {
			return i
		}
	}
	return -1
}

// TestServerIndexFind compares Find with its definition, with few servers
// (scanned) and many: scanned for the first lookups, then indexed.
func TestServerIndexFind(t *testing.T) {
	servers := parseServers(trickyServers)
	for _, list := range [][]server{servers, padded(servers)} {
		x := indexOf(list)
		for round := range 3 {
			for _, q := range trickyQueries {
				if got, want := x.Find(q), findByScan(list, q); got != want {
					t.Errorf("%d servers, round %d: Find(%q) = %d, want %d", len(list), round, q, got, want)
				}
			}
		}
		if indexed := x.byName != nil; indexed != (len(list) >= minIndexed) {
			t.Errorf("%d servers after %d lookups: indexed %t", len(list), 3*len(trickyQueries), indexed)
		}
	}
}

func FuzzServerIndexFind(f *testing.F) {
	for _, q := range trickyQueries {
		f.Add("EX01", "ex01.corp.contoso.com", "ex01", "ex01.corp.contoso.com.", q)
	}
	f.Fuzz(func(t *testing.T, name0, fqdn0, name1, fqdn1, query string) {
		servers := padded([]server{{Name: name0, FQDN: fqdn0}, {Name: name1, FQDN: fqdn1}})
		x := indexOf(servers)
		x.build()
		if got, want := x.Find(query), findByScan(servers, query); got != want {
			t.Errorf("Find(%q) = %d, want %d", query, got, want)
		}
	})
}

// duplicateByScan is the definition ListIndex.DuplicateOf must follow: the
// first earlier entry that names the same server as list[i], or, when
// list[i] names no server, that is Equal to it.
func duplicateByScan(servers []server, list []string, i int) int {
	j := findByScan(servers, list[i])
	for k := range i {
		if j >= 0 && findByScan(servers, list[k]) == j || j < 0 && Equal(list[k], list[i]) {
			return k
		}
	}
	return -1
}

// TestListIndex compares ListIndex with its definition on random lists of
// tricky names, short (scanned) and long (hashed), with few (scanned) and
// many (indexed) servers.
func TestListIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, servers := range [][]server{parseServers(trickyServers), padded(parseServers(trickyServers))} {
		x := indexOf(servers)
		for range 200 {
			list := make([]string, r.IntN(3*minListIndexed))
			for i := range list {
				list[i] = trickyQueries[r.IntN(len(trickyQueries))]
			}
			l := x.List(list)
			if hashed := l.first != nil; hashed != (len(list) >= minListIndexed) {
				t.Fatalf("%d entries: hashed %t", len(list), hashed)
			}
			for i := range list {
				if got, want := l.DuplicateOf(i), duplicateByScan(servers, list, i); got != want {
					t.Fatalf("%d servers, list %q: duplicateOf(%d) = %d, want %d", len(servers), list, i, got, want)
				}
			}
			// position of a name not in the list is the first entry
			// naming the same server, as duplicateOf of the name added
			// at the end.
			for _, q := range trickyQueries {
				want := duplicateByScan(servers, append(list[:len(list):len(list)], q), len(list))
				if got := l.Position(q); got != want {
					t.Fatalf("%d servers, list %q: position(%q) = %d, want %d", len(servers), list, q, got, want)
				}
			}
		}
	}
}

// TestServerIndexAllocs checks that looking names up allocates nothing,
// indexed or not, so that valid input stays almost free.
func TestServerIndexAllocs(t *testing.T) {
	for _, servers := range [][]server{parseServers(trickyServers), padded(parseServers(trickyServers))} {
		x := indexOf(servers)
		if len(servers) >= minIndexed {
			x.build()
		}
		list := trickyQueries[:minListIndexed]
		l := x.List(list)
		allocs := testing.AllocsPerRun(10, func() {
			for i, q := range list {
				x.Find(q)
				l.DuplicateOf(i)
			}
		})
		if allocs != 0 {
			t.Errorf("%d servers: %v allocations per lookup round, want 0", len(servers), allocs)
		}
	}
}
