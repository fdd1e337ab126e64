package clixml

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"testing"
)

// exchangeServers returns a CLIXML document of n copies of the real
// Get-ExchangeServer object (112,792 bytes each, most of it
// SerializationData), built in memory: 500 make about 54 MiB.
func exchangeServers(tb testing.TB, n int) []byte {
	tb.Helper()
	data, err := os.ReadFile("testdata/GetExchangeServer.xml")
	if err != nil {
		tb.Fatal(err)
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	start := bytes.IndexByte(data, '>') + 1
	end := bytes.LastIndex(data, []byte("</Objs>"))
	var b bytes.Buffer
	b.Grow(n*(end-start) + 200)
	b.Write(data[:start])
	for range n {
		b.Write(data[start:end])
	}
	b.Write(data[end:])
	return b.Bytes()
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
	b.Run("xml-RawToken", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			d := xml.NewDecoder(bytes.NewReader(data))
			for {
				_, err := d.RawToken()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
