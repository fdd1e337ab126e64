package clixml

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/exhybrid/exhybrid/internal/clixmlgen"
)

// exchangeServers returns a CLIXML document of n copies of the real
// Get-ExchangeServer object (112,792 bytes each, most of it
// SerializationData), RefIds renumbered, built in memory: 500 make about
// 54 MiB.
func exchangeServers(tb testing.TB, n int) []byte {
	tb.Helper()
	one, err := os.ReadFile("testdata/GetExchangeServer.xml")
	if err != nil {
		tb.Fatal(err)
	}
	data, err := clixmlgen.Bytes(one, n)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

var sinkValue Value

// BenchmarkExchangeServers reads 500 Get-ExchangeServer objects (about 54
// MiB): with SerializationData skipped (what an importer does), kept, and
// a bare encoding/xml RawToken loop over the same bytes, the yardstick.
func BenchmarkExchangeServers(b *testing.B) {
	data := exchangeServers(b, 500)
	read := func(keep bool) func(b *testing.B) {
		return func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				d := NewDecoder(bytes.NewReader(data))
				d.KeepSerializationData = keep
				n := 0
				for {
					v, err := d.Next()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					sinkValue = v
					n++
				}
				if n != 500 {
					b.Fatalf("%d objects, want 500", n)
				}
			}
		}
	}
	b.Run("clixml", read(false))
	b.Run("clixml-keep-serializationdata", read(true))
	b.Run("xml-RawToken", func(b *testing.B) { clixmlgen.RawTokens(b, data) })
}
