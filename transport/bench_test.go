package transport_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
)

// benchSizes are the organization sizes of the Large benchmarks.
var benchSizes = []int{100, 1000, 10000}

// largeServers returns n Exchange 2019 Mailbox servers in 50 sites.
func largeServers(n int) []roles.Server {
	servers := make([]roles.Server, n)
	for i := range servers {
		servers[i] = roles.Server{
			Name:  fmt.Sprintf("EX%05d", i),
			FQDN:  fmt.Sprintf("ex%05d.corp.contoso.com", i),
			Site:  fmt.Sprintf("SITE%02d", i%50),
			Build: build2019CU14,
			Roles: roles.Of(roles.RoleMailbox),
		}
	}
	return servers
}

// largeParams is params2019 with n servers, a tenth of them sending and
// receiving servers: the sending servers named by name, the receiving
// servers by FQDN, so that both ways of naming a server are looked up.
func largeParams(n int) transport.Params {
	p := params2019()
	p.Servers = largeServers(n)
	p.SendingServers, p.ReceivingServers = nil, nil
	for i := 0; i < n; i += 10 {
		p.SendingServers = append(p.SendingServers, p.Servers[i].Name)
		p.ReceivingServers = append(p.ReceivingServers, p.Servers[i].FQDN)
	}
	return p
}

// largeTopology is the topology of largeParams(n), with the mailbox on a
// server that is neither sending nor receiving.
func largeTopology(n int) transport.Topology {
	p := largeParams(n)
	return transport.Topology{
		Servers:          p.Servers,
		MX:               transport.MXExchangeOnline,
		SendingServers:   p.SendingServers,
		ReceivingServers: p.ReceivingServers,
		MailboxServer:    p.Servers[1].Name,
	}
}

// BenchmarkHybridConnectorsLarge shows how HybridConnectors grows with the
// number of servers: compare ns/op across the sizes, which should grow
// linearly.
func BenchmarkHybridConnectorsLarge(b *testing.B) {
	benchEachSize(b, func(n int) func(*testing.B) {
		p := largeParams(n)
		return func(*testing.B) { sinkSet, sinkFindings = transport.HybridConnectors(p) }
	})
}

// BenchmarkValidateConnectorsLarge is BenchmarkHybridConnectorsLarge for
// ValidateConnectors of the Set HybridConnectors builds.
func BenchmarkValidateConnectorsLarge(b *testing.B) {
	benchEachSize(b, func(n int) func(*testing.B) {
		p := largeParams(n)
		set, fs := transport.HybridConnectors(p)
		if len(fs) > 0 {
			b.Fatalf("%d servers: HybridConnectors findings:\n%s", n, fs)
		}
		return func(*testing.B) { sinkFindings = transport.ValidateConnectors(set, p) }
	})
}

// BenchmarkRouteLarge is BenchmarkHybridConnectorsLarge for Route, from an
// on-premises mailbox to a cloud mailbox: through all the sending servers.
func BenchmarkRouteLarge(b *testing.B) {
	benchEachSize(b, func(n int) func(*testing.B) {
		t := largeTopology(n)
		return func(b *testing.B) {
			var err error
			sinkHops, err = transport.Route(t, transport.EndpointOnPremisesMailbox, transport.EndpointCloudMailbox)
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}

// benchEachSize runs a sub-benchmark for each of benchSizes, named for the
// size, with allocations reported: setup builds the organization of that
// size and returns the operation measured, which the loop calls.
func benchEachSize(b *testing.B, setup func(n int) func(*testing.B)) {
	for _, n := range benchSizes {
		op := setup(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				op(b)
			}
		})
	}
}

var (
	sinkSet  transport.Set
	sinkHops []transport.Hop
)

func TestLargeOrganization(t *testing.T) {
	for _, n := range []int{100, 1000} {
		p := largeParams(n)
		set, fs := transport.HybridConnectors(p)
		if len(fs) > 0 {
			t.Fatalf("%d servers: HybridConnectors findings:\n%s", n, fs)
		}
		if got, want := len(set.Send.SourceTransportServers), n/10; got != want {
			t.Errorf("%d servers: %d source servers, want %d", n, got, want)
		}
		if got, want := len(set.Receive), n/10; got != want {
			t.Errorf("%d servers: %d Receive connectors, want %d", n, got, want)
		}
		if fs := transport.ValidateConnectors(set, p); len(fs) > 0 {
			t.Errorf("%d servers: ValidateConnectors findings:\n%s", n, fs)
		}
		hops, err := transport.Route(largeTopology(n), transport.EndpointOnPremisesMailbox, transport.EndpointCloudMailbox)
		if err != nil {
			t.Fatalf("%d servers: Route: %v", n, err)
		}
		if got, want := len(hops[1].Servers), n/10; got != want {
			t.Errorf("%d servers: sending hop has %d servers, want %d", n, got, want)
		}
	}
}

// TestHybridConnectorsScaling fails when HybridConnectors grows faster
// than linearly: ten times the servers and endpoints must cost well under
// fifty times the time. Linear work costs about ten times; one lookup
// scanning all servers per endpoint (O(m·n)) a hundred times, which the
// margin tells apart from noise. Allocation counts cannot tell: a scan
// allocates nothing. Each size takes its fastest of several runs, which
// discards pauses from the scheduler and the garbage collector.
func TestHybridConnectorsScaling(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test; skipped with -short")
	}
	const maxRatio = 50
	small, large := largeParams(1000), largeParams(10000)
	// fastest returns the fastest of runs, stopping early when even the
	// fastest so far exceeds limit: a regression is not run five times.
	fastest := func(p transport.Params, runs int, limit time.Duration) time.Duration {
		best := time.Duration(1<<63 - 1)
		for range runs {
			start := time.Now()
			_, fs := transport.HybridConnectors(p)
			best = min(best, time.Since(start))
			if len(fs) > 0 {
				t.Fatalf("%d servers: findings:\n%s", len(p.Servers), fs)
			}
			if best > limit {
				break
			}
		}
		return best
	}
	fastest(small, 3, time.Hour) // warm up
	s := fastest(small, 30, time.Hour)
	l := fastest(large, 5, 2*maxRatio*s)
	ratio := float64(l) / float64(s)
	t.Logf("HybridConnectors: %v for 1,000 servers, %v for 10,000: %.1fx", s, l, ratio)
	if ratio > maxRatio {
		t.Errorf("HybridConnectors on 10,000 servers took %.0fx the time of 1,000 servers (%v, %v), want about 10x: it is no longer linear", ratio, l, s)
	}
}

// repeatsParams is params2019 with a third server and server lists that
// repeat servers by name, FQDN (with a trailing dot), in other case, and
// repeat unknown names. With pad, it has enough servers and list entries
// to be indexed rather than scanned (padding servers listed after the
// others), which must not change any finding.
func repeatsParams(pad bool) transport.Params {
	p := params2019()
	p.Servers = append(p.Servers, roles.Server{Name: "EX03", FQDN: "ex03.corp.contoso.com", Site: "HQ", Build: build2019CU14, Roles: roles.Of(roles.RoleMailbox)})
	p.SendingServers = []string{"EX01", "ex01.corp.contoso.com.", "Unknown1", "UNKNOWN1", "EX02", "eX02"}
	p.ReceivingServers = []string{"ex02.CORP.contoso.com", "EX02", "Ghost", "ghost", "EX01", "EX03"}
	if pad {
		for i := range 100 {
			s := roles.Server{Name: fmt.Sprintf("PAD%03d", i), FQDN: fmt.Sprintf("pad%03d.corp.contoso.com", i), Site: "HQ", Build: build2019CU14, Roles: roles.Of(roles.RoleMailbox)}
			p.Servers = append(p.Servers, s)
			if i < 20 {
				p.SendingServers = append(p.SendingServers, s.Name)
				p.ReceivingServers = append(p.ReceivingServers, s.FQDN)
			}
		}
	}
	return p
}

// TestIndexedFindingsMatchScanned checks that resolving names through an
// index (many servers, long lists) and by scanning (few) give the same
// findings and connectors.
func TestIndexedFindingsMatchScanned(t *testing.T) {
	wantBuild := []findingtest.Key{
		findingtest.W("sendingServers[1]", transport.CodeServerDuplicate),
		findingtest.E("sendingServers[2]", transport.CodeServerUnknown),
		findingtest.W("sendingServers[3]", transport.CodeServerDuplicate),
		findingtest.W("sendingServers[5]", transport.CodeServerDuplicate),
		findingtest.W("receivingServers[1]", transport.CodeServerDuplicate),
		findingtest.E("receivingServers[2]", transport.CodeServerUnknown),
		findingtest.W("receivingServers[3]", transport.CodeServerDuplicate),
	}
	// ValidateConnectors reports HybridConnectors' findings on the Params
	// under "params". The Set loses EX03's connector and gains one on
	// "GHOST", which is unknown but covers the receiving server "Ghost"
	// (same name).
	wantValidate := append(findingtest.Under("params", wantBuild),
		findingtest.E("receive", transport.CodeReceiveMissing),
		findingtest.E("receive[0].server", transport.CodeServerUnknown),
		findingtest.W("send.sourceTransportServers[1]", transport.CodeServerDuplicate),
		findingtest.E("send.sourceTransportServers[2]", transport.CodeServerUnknown),
		findingtest.E("send.sourceTransportServers[3]", transport.CodeServerUnknown), // Unknown1
	)
	for _, pad := range []bool{false, true} {
		t.Run(fmt.Sprintf("pad=%t", pad), func(t *testing.T) {
			p := repeatsParams(pad)
			set, fs := transport.HybridConnectors(p)
			if diff := findingtest.Diff(wantBuild, fs); diff != "" {
				t.Errorf("HybridConnectors findings (-want +got):\n%s", diff)
			}
			var sources, receivers []string
			for _, name := range set.Send.SourceTransportServers {
				if !strings.HasPrefix(name, "PAD") {
					sources = append(sources, name)
				}
			}
			for _, rc := range set.Receive {
				if !strings.HasPrefix(rc.Server, "PAD") {
					receivers = append(receivers, rc.Server)
				}
			}
			if diff := cmp.Diff([]string{"EX01", "Unknown1", "EX02"}, sources); diff != "" {
				t.Errorf("SourceTransportServers (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]string{"EX02", "EX01", "EX03"}, receivers); diff != "" {
				t.Errorf("Receive servers (-want +got):\n%s", diff)
			}

			set.Receive = slices.DeleteFunc(set.Receive, func(rc transport.ReceiveConnector) bool { return rc.Server == "EX03" })
			ghost := set.Receive[0]
			ghost.Server = "GHOST"
			set.Receive = slices.Insert(set.Receive, 0, ghost)
			set.Send.SourceTransportServers = append([]string{"EX01", "EX01.corp.contoso.com", "Nowhere"}, set.Send.SourceTransportServers[1:]...)
			if diff := findingtest.Diff(wantValidate, transport.ValidateConnectors(set, p)); diff != "" {
				t.Errorf("ValidateConnectors findings (-want +got):\n%s", diff)
			}
		})
	}
}
