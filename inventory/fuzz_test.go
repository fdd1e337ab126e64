package inventory_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
)

// FuzzRead reads any bytes: no panic, and every finding is well-formed: a
// code of the package's table with its severity, a path that starts with
// the file's name, a message.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.xml")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var inv inventory.Inventory
		fs, err := inv.Read(inventory.Source{Name: "f.xml", Server: "EX1"}, bytes.NewReader(data))
		if err != nil {
			if len(fs) != 0 {
				t.Errorf("findings with an error: %v", fs)
			}
			if !strings.HasPrefix(err.Error(), "f.xml:") {
				t.Errorf("error %q does not start with the file's name", err)
			}
			return
		}
		for _, x := range fs {
			r, ok := inventory.Rules().Rule(x.Code)
			if !ok || r.Severity != x.Severity {
				t.Errorf("finding %+v: code not in the table or wrong severity", x)
			}
			if !strings.HasPrefix(string(x.Path), "f.xml") || x.Message == "" {
				t.Errorf("finding %+v: path or message", x)
			}
		}
	})
}
