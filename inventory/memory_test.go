package inventory_test

import (
	"io"
	"runtime"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
)

// heapSampler passes a generated export through, and every 8 MiB collects
// the garbage and records the peak of the heap in use: what the import
// holds, not what it has yet to free.
type heapSampler struct {
	r          io.Reader
	read, next int64
	peak       uint64
}

const sampleEvery = 8 << 20

func (s *heapSampler) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	s.read += int64(n)
	if s.read >= s.next {
		s.sample()
		s.next = s.read + sampleEvery
	}
	return n, err
}

func (s *heapSampler) sample() {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	s.peak = max(s.peak, m.HeapInuse)
}

// TestFlatMemory imports 500 Get-ExchangeServer objects (about 54 MiB,
// the benchmark's export) and four times as many, generated as they are
// read, and checks issue 16's bar: the heap in use stays under 256 MiB and
// does not grow with the file. What the inventory keeps of a server is a
// few hundred bytes, so 1,500 more servers may add 4 MiB at most; the
// decoder's buffers and the 112 KB of an object being read must not grow.
func TestFlatMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 270 MiB")
	}
	peak := func(n int) (uint64, int64) {
		s := &heapSampler{r: exchangeServers(t, n)}
		var inv inventory.Inventory
		if _, err := inv.Read(inventory.Source{Name: "GetExchangeServer.xml"}, s); err != nil {
			t.Fatal(err)
		}
		if len(inv.Servers) != n {
			t.Fatalf("%d servers, want %d", len(inv.Servers), n)
		}
		s.sample()
		runtime.KeepAlive(inv)
		return s.peak, s.read
	}
	small, smallRead := peak(500)
	large, largeRead := peak(2000)
	t.Logf("peak heap in use: %.1f MiB for %d MiB, %.1f MiB for %d MiB",
		float64(small)/(1<<20), smallRead>>20, float64(large)/(1<<20), largeRead>>20)
	if large > 256<<20 || small > 256<<20 {
		t.Errorf("peak heap %d bytes, over 256 MiB", max(small, large))
	}
	if large > small+4<<20 {
		t.Errorf("peak heap grew from %d to %d bytes with the file", small, large)
	}
}
