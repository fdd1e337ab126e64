package inventory_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
	"github.com/google/go-cmp/cmp"
)

// TestCertificateServers checks that a certificate exported from several
// servers' files is one entry on each of them, and that an export not
// naming its server adds none.
func TestCertificateServers(t *testing.T) {
	tests := []struct {
		name    string
		servers []string // the Source.Server of each read of the same file
		want    []string
	}{
		{"no server named", []string{""}, nil},
		{"one server", []string{"EX01"}, []string{"EX01"}},
		{"two servers, the same one twice in another case, one file without", []string{"ex02", "EX01", "", "EX02"}, []string{"EX01", "ex02"}},
	}
	data, err := os.ReadFile(filepath.Join("testdata", "E19/GetExchangeCertificate.xml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inv inventory.Inventory
			for _, s := range tt.servers {
				if _, err := inv.Read(inventory.Source{Name: "GetExchangeCertificate_" + s + ".xml", Server: s}, bytesReader(data)); err != nil {
					t.Fatal(err)
				}
			}
			for _, c := range inv.Certificates {
				if d := cmp.Diff(tt.want, c.Servers); d != "" {
					t.Errorf("%s: servers (-want +got):\n%s", c.Thumbprint, d)
				}
			}
		})
	}
}
