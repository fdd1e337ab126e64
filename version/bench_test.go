package version

import (
	"net/netip"
	"testing"
)

// Package-level sinks keep the compiler from removing benchmarked calls.
var (
	sinkBuild   Build
	sinkErr     error
	sinkInt     int
	sinkBool    bool
	sinkRelease Release
	sinkBytes   []byte
	sinkAddr    netip.Addr
	sinkString  string
)

var benchInputs = []struct{ name, in string }{
	{"short", "15.2.1544.4"},
	{"long", "15.02.1544.004"},
	{"invalid", "15.2.x.4"},
}

func BenchmarkParseBuild(b *testing.B) {
	for _, in := range benchInputs {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBuild, sinkErr = ParseBuild(in.in)
			}
		})
	}
	// The anchor STYLE.md names: ParseBuild should be no slower.
	b.Run("netip.ParseAddr", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkAddr, sinkErr = netip.ParseAddr("192.168.1.10")
		}
	})
}

func BenchmarkParseBuildBytes(b *testing.B) {
	in := []byte("15.2.1544.4")
	b.ReportAllocs()
	for b.Loop() {
		sinkBuild, sinkErr = ParseBuild(string(in))
	}
}

func BenchmarkCompare(b *testing.B) {
	x, y := Build{15, 2, 1544, 4}, Build{15, 2, 1544, 9}
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = x.Compare(y)
	}
}

func BenchmarkAtLeast(b *testing.B) {
	x := Build{8, 3, 517, 0}
	b.ReportAllocs()
	for b.Loop() {
		sinkBool = x.AtLeast(Exchange2007SP3RU10)
	}
}

func BenchmarkAppendTo(b *testing.B) {
	x := Build{15, 2, 1544, 4}
	buf := make([]byte, 0, 32)
	b.ReportAllocs()
	for b.Loop() {
		sinkBytes = x.AppendTo(buf[:0])
	}
}

func BenchmarkString(b *testing.B) {
	x := Build{15, 2, 1544, 4}
	b.ReportAllocs()
	for b.Loop() {
		sinkString = x.String()
	}
}

func BenchmarkLookup(b *testing.B) {
	x := Build{15, 2, 1544, 9}
	b.ReportAllocs()
	for b.Loop() {
		sinkRelease, sinkBool = Lookup(x)
	}
}

func BenchmarkNearest(b *testing.B) {
	x := Build{15, 2, 1544, 10}
	b.ReportAllocs()
	for b.Loop() {
		sinkRelease, sinkBool = Nearest(x)
	}
}

var (
	sinkStatus      UpdateStatus
	sinkPatchStatus PatchStatus
)

func BenchmarkStatusOf(b *testing.B) {
	x, on := Build{15, 2, 1748, 10}, Date{2026, 12, 5}
	b.ReportAllocs()
	for b.Loop() {
		sinkStatus = StatusOf(x, on)
	}
}

// BenchmarkPatchStatusOf measures the second answer next to StatusOf's: it
// searches the level and walks only its rows, so it should cost less.
func BenchmarkPatchStatusOf(b *testing.B) {
	for _, in := range []struct {
		name string
		b    Build
	}{
		{"2019-CU15", Build{15, 2, 1748, 10}},
		{"2013-CU23", Build{15, 0, 1497, 2}},
		{"unknown-level", Build{15, 2, 1749, 1}},
	} {
		b.Run(in.name, func(b *testing.B) {
			on := Date{2026, 12, 5}
			b.ReportAllocs()
			for b.Loop() {
				sinkPatchStatus = PatchStatusOf(in.b, on)
			}
		})
	}
}
