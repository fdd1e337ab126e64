package inventory_test

import (
	"io"
	"runtime"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
)

// heapSampler passes a generated export through, and every 8 MiB collects
// the garbage and records the peak of the heap in use: what the import
// holds, not what it has yet to free. It records too the memory the Go
// runtime has taken from the system, which bounds what is resident.
type heapSampler struct {
	r          io.Reader
	read, next int64
	peak, sys  uint64
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
	s.sys = max(s.sys, m.Sys)
}

// TestFlatMemory imports 500 Get-ExchangeServer objects (about 54 MiB,
// the benchmark's export) and four times as many, generated as they are
// read, and checks issue 16's bar: the memory taken from the system stays
// under 256 MiB and the heap in use does not grow with the file. What the
// inventory keeps of a server, with its share of the sorted list, is
// about a kilobyte, so 1,500 more servers add about 2 MiB and 4 MiB is
// the bound; the decoder's buffers and the 112 KB of an object being read
// must not grow.
func TestFlatMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 270 MiB")
	}
	var sys uint64
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
		sys = max(sys, s.sys)
		return s.peak, s.read
	}
	small, smallRead := peak(500)
	large, largeRead := peak(2000)
	t.Logf("peak heap in use: %.1f MiB for %d MiB, %.1f MiB for %d MiB; memory from the system: %.1f MiB",
		float64(small)/(1<<20), smallRead>>20, float64(large)/(1<<20), largeRead>>20, float64(sys)/(1<<20))
	if sys > 256<<20 {
		t.Errorf("%d bytes taken from the system, over 256 MiB", sys)
	}
	if large > small+4<<20 {
		t.Errorf("peak heap grew from %d to %d bytes with the file", small, large)
	}
}
