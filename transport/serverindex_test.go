package transport

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/roles"
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

func foldKey(s string) string { return string(appendFoldKey(nil, s)) }

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

func parseServers(entries []string) []roles.Server {
	servers := make([]roles.Server, len(entries))
	for i, e := range entries {
		name, fqdn, _ := strings.Cut(e, " ")
		servers[i] = roles.Server{Name: name, FQDN: fqdn}
	}
	return servers
}

// padded returns servers followed by enough unrelated servers to be
// indexed rather than scanned.
func padded(servers []roles.Server) []roles.Server {
	out := append([]roles.Server(nil), servers...)
	for i := len(out); i < 2*minIndexed; i++ {
		out = append(out, roles.Server{Name: fmt.Sprintf("PAD%03d", i), FQDN: fmt.Sprintf("pad%03d.corp.contoso.com", i)})
	}
	return out
}

// findByScan is the definition find must follow: the first server whose
// name equals name ignoring case, or whose FQDN is name as a host name.
func findByScan(servers []roles.Server, name string) int {
	for i := range servers {
		s := &servers[i]
		if strings.EqualFold(s.Name, name) || (s.FQDN != "" && dnsname.Equal(s.FQDN, name)) {
			return i
		}
	}
	return -1
}

// TestServerIndexFind compares find with its definition, with few servers
// (scanned) and many: scanned for the first lookups, then indexed.
func TestServerIndexFind(t *testing.T) {
	servers := parseServers(trickyServers)
	for _, list := range [][]roles.Server{servers, padded(servers)} {
		x := newServerIndex(list)
		for round := range 3 {
			for _, q := range trickyQueries {
				if got, want := x.find(q), findByScan(list, q); got != want {
					t.Errorf("%d servers, round %d: find(%q) = %d, want %d", len(list), round, q, got, want)
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
		servers := padded([]roles.Server{{Name: name0, FQDN: fqdn0}, {Name: name1, FQDN: fqdn1}})
		x := newServerIndex(servers)
		x.build()
		if got, want := x.find(query), findByScan(servers, query); got != want {
			t.Errorf("find(%q) = %d, want %d", query, got, want)
		}
	})
}

// duplicateByScan is the definition listIndex.duplicateOf must follow: the
// first earlier entry that names the same server as list[i], or, when
// list[i] names no server, that equals it ignoring case.
func duplicateByScan(servers []roles.Server, list []string, i int) int {
	j := findByScan(servers, list[i])
	for k := range i {
		if j >= 0 && findByScan(servers, list[k]) == j || j < 0 && strings.EqualFold(list[k], list[i]) {
			return k
		}
	}
	return -1
}

// TestListIndex compares listIndex with its definition on random lists of
// tricky names, short (scanned) and long (hashed), with few (scanned) and
// many (indexed) servers.
func TestListIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, servers := range [][]roles.Server{parseServers(trickyServers), padded(parseServers(trickyServers))} {
		x := newServerIndex(servers)
		for range 200 {
			list := make([]string, r.IntN(3*minListIndexed))
			for i := range list {
				list[i] = trickyQueries[r.IntN(len(trickyQueries))]
			}
			l := x.newListIndex(list)
			if hashed := l.first != nil; hashed != (len(list) >= minListIndexed) {
				t.Fatalf("%d entries: hashed %t", len(list), hashed)
			}
			for i := range list {
				if got, want := l.duplicateOf(i), duplicateByScan(servers, list, i); got != want {
					t.Fatalf("%d servers, list %q: duplicateOf(%d) = %d, want %d", len(servers), list, i, got, want)
				}
			}
			// position of a name not in the list is the first entry
			// naming the same server, as duplicateOf of the name added
			// at the end.
			for _, q := range trickyQueries {
				want := duplicateByScan(servers, append(list[:len(list):len(list)], q), len(list))
				if got := l.position(q); got != want {
					t.Fatalf("%d servers, list %q: position(%q) = %d, want %d", len(servers), list, q, got, want)
				}
			}
		}
	}
}

// TestServerIndexAllocs checks that looking names up allocates nothing,
// indexed or not, so that valid input stays almost free.
func TestServerIndexAllocs(t *testing.T) {
	for _, servers := range [][]roles.Server{parseServers(trickyServers), padded(parseServers(trickyServers))} {
		x := newServerIndex(servers)
		if len(servers) >= minIndexed {
			x.build()
		}
		list := trickyQueries[:minListIndexed]
		l := x.newListIndex(list)
		allocs := testing.AllocsPerRun(10, func() {
			for i, q := range list {
				x.find(q)
				l.duplicateOf(i)
			}
		})
		if allocs != 0 {
			t.Errorf("%d servers: %v allocations per lookup round, want 0", len(servers), allocs)
		}
	}
}
