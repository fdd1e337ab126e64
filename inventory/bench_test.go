package inventory_test

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/exhybrid/exhybrid/internal/clixmlgen"
	"github.com/exhybrid/exhybrid/inventory"
)

// serverNames are the spellings of the E19 server's name in its export
// (Name, Fqdn, DistinguishedName, PSComputerName), renumbered in each copy
// so that every generated server is a distinct one.
var serverNames = []string{"SOLO-E19A", "Solo-E19A", "solo-e19a"}

// exchangeServers returns the reader of a Get-ExchangeServer export of n
// distinct servers, each a copy of the real E19 object (112,792 bytes,
// most of it SerializationData) with its own name and RefIds: 500 make
// about 54 MiB, issue 16's yardstick.
func exchangeServers(tb testing.TB, n int) *clixmlgen.Reader {
	tb.Helper()
	one, err := os.ReadFile("testdata/E19/GetExchangeServer.xml")
	if err != nil {
		tb.Fatal(err)
	}
	r, err := clixmlgen.Repeat(one, n, serverNames...)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

var sinkInventory inventory.Inventory

// BenchmarkImport imports 500 Get-ExchangeServer objects (about 54 MiB)
// and, in the same run, scans the same bytes with a bare encoding/xml
// RawToken loop: issue 16 asks the import to take at most 1.5 times the
// scan, and aims at no more than the scan.
func BenchmarkImport(b *testing.B) {
	data, err := io.ReadAll(exchangeServers(b, 500))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("inventory", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var inv inventory.Inventory
			fs, err := inv.Read(inventory.Source{Name: "GetExchangeServer.xml"}, bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if len(inv.Servers) != 500 || len(fs) != 0 {
				b.Fatalf("%d servers, want 500; findings: %v", len(inv.Servers), fs)
			}
			sinkInventory = inv
		}
	})
	b.Run("xml-RawToken", func(b *testing.B) { clixmlgen.RawTokens(b, data) })
}
