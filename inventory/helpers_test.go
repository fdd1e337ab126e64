package inventory_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func mustOpen(t *testing.T, path string) io.Reader {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", path))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(data)
}

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

func cloneInventory(inv inventory.Inventory) inventory.Inventory {
	inv.Servers = slices.Clone(inv.Servers)
	inv.FileVersions = slices.Clone(inv.FileVersions)
	inv.AcceptedDomains = slices.Clone(inv.AcceptedDomains)
	inv.Certificates = slices.Clone(inv.Certificates)
	inv.Unknown = slices.Clone(inv.Unknown)
	return inv
}

func mustRoles(s string) roles.RoleSet {
	rs, err := roles.ParseRoleSet(s)
	if err != nil {
		panic(err)
	}
	return rs
}

// replace returns an edit of a test file that replaces old with new once;
// the caller checks that the edit changed something.
func replace(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}

// readSources reads the exports under testdata that the sources name into
// one inventory, failing the test on an error, and returns it with the
// findings of all files.
func readSources(t *testing.T, srcs ...inventory.Source) (*inventory.Inventory, []findingtest.Key) {
	t.Helper()
	var inv inventory.Inventory
	var keys []findingtest.Key
	for _, src := range srcs {
		fs, err := inv.Read(src, mustOpen(t, src.Name))
		if err != nil {
			t.Fatalf("%s: %v", src.Name, err)
		}
		keys = append(keys, findingtest.List(fs)...)
	}
	return &inv, keys
}

// readText reads in, a small export a test writes, as the file "x.xml"
// taken as src says (its Name is set), failing the test on an error.
func readText(t *testing.T, src inventory.Source, in string) (*inventory.Inventory, exhybrid.Findings) {
	t.Helper()
	src.Name = "x.xml"
	var inv inventory.Inventory
	fs, err := inv.Read(src, strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	return &inv, fs
}

// keptCase is a small export and what reading it gives: its findings, in
// any order, and how many objects of the kinds a test counts are kept.
type keptCase struct {
	name string
	in   string
	kept int
	want []findingtest.Key
}

// testKept reads each case's export as "x.xml", taken as src says, and
// checks its findings and the objects kept, which count counts.
func testKept(t *testing.T, src inventory.Source, tests []keptCase, count func(*inventory.Inventory) int) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, fs := readText(t, src, tt.in)
			if d := findingtest.Diff(tt.want, fs); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
			if got := count(inv); got != tt.kept {
				t.Errorf("%d kept, want %d", got, tt.kept)
			}
		})
	}
}

// valueCase is a small export and what reading it gives: the values of
// one kind, origins aside, and its findings, in any order.
type valueCase[T any] struct {
	name string
	in   string
	want []T
	keys []findingtest.Key
}

// testValues reads each case's export as "x.xml" and checks the values
// that list returns, an empty list equal to none, and the findings.
func testValues[T any](t *testing.T, tests []valueCase[T], list func(*inventory.Inventory) []T) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, fs := readText(t, inventory.Source{}, tt.in)
			if d := cmp.Diff(tt.want, list(inv), ignoreOrigin, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			if d := findingtest.Diff(tt.keys, fs); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}

// fileCase is a set of exports under testdata read together and what
// they give: the values of one kind, origins aside, and the findings of
// all files in the order read (none when nil).
type fileCase[T any] struct {
	name     string
	files    []file
	want     []T
	findings []findingtest.Key
}

// testFiles reads each case's files and checks the values that got
// returns, with opts, and the findings. got may check more of the
// inventory with its t.
func testFiles[T any](t *testing.T, tests []fileCase[T], got func(*testing.T, *inventory.Inventory) []T, opts ...cmp.Option) {
	t.Helper()
	opts = append(opts, ignoreOrigin)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, keys := read(t, tt.files...)
			if d := cmp.Diff(tt.want, got(t, inv), opts...); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.findings, keys, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}
