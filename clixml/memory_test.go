package clixml

import (
	"io"
	"os"
	"runtime"
	"testing"

	"github.com/exhybrid/exhybrid/internal/clixmlgen"
)

// TestFlatMemory reads 1 GB of Get-ExchangeServer objects generated on the
// fly and checks that the heap stays flat: what it holds after 1 GB is
// within 16 MiB of what it held after the first 54 MiB (the benchmark's
// 500 objects), and under 256 MiB.
func TestFlatMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 1 GB")
	}
	one, err := os.ReadFile("testdata/GetExchangeServer.xml")
	if err != nil {
		t.Fatal(err)
	}
	n := (1 << 30) / len(one)
	r, err := clixmlgen.Repeat(one, n)
	if err != nil {
		t.Fatal(err)
	}
	d := NewDecoder(r)
	var at500, peak uint64
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse
	}
	for i := 0; ; i++ {
		_, err := d.Next()
		if err == io.EOF {
			if i != n {
				t.Fatalf("%d objects, want %d", i, n)
			}
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if i == 500 {
			at500 = heap()
		}
		if i > 500 && i%1000 == 0 {
			peak = max(peak, heap())
		}
	}
	peak = max(peak, heap())
	t.Logf("%d objects, %d MiB read; heap in use after 54 MiB: %.1f MiB, peak after: %.1f MiB",
		n, int64(n)*int64(len(one))>>20, float64(at500)/(1<<20), float64(peak)/(1<<20))
	if peak > at500+16<<20 || peak > 256<<20 {
		t.Errorf("heap grew from %d to %d bytes", at500, peak)
	}
}
