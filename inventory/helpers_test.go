package inventory_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/roles"
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
