package roles

import (
	"testing"

	"github.com/exhybrid/exhybrid"
)

var sinkFindings exhybrid.Findings

// BenchmarkValidateServers shows the cost is linear in the number of servers
// and that valid servers allocate nothing: compare ns/op and allocs/op of
// the sizes.
func BenchmarkValidateServers(b *testing.B) {
	for _, n := range []struct {
		name string
		n    int
	}{{"100", 100}, {"1000", 1000}, {"10000", 10000}} {
		servers := manyServers(n.n)
		b.Run(n.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkFindings = ValidateServers(servers)
			}
		})
	}
}

func BenchmarkValidateServer(b *testing.B) {
	s := good("EX13", "15.0.1497.2", RoleMailbox, RoleClientAccess)
	b.ReportAllocs()
	for b.Loop() {
		sinkFindings = ValidateServer(s)
	}
}

func BenchmarkCheckCoexistence(b *testing.B) {
	servers := manyServers(10000)
	b.ReportAllocs()
	for b.Loop() {
		sinkFindings = CheckCoexistence(servers)
	}
}
