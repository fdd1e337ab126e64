package hybrid

import (
	"fmt"
	"slices"
	"testing"

	"github.com/exhybrid/exhybrid"
)

var (
	sinkFindings exhybrid.Findings
	sinkPlan     DeploymentPlan
)

// largeOrganization is an Exchange 2016/2019 organization with n servers:
// a tenth are 2019 hybrid servers named in hybridServers and holding the
// certificate, the rest 2016 Mailbox servers in 50 sites.
func largeOrganization(tb testing.TB, n int) Organization {
	org := modern(tb)
	org.Sites = nil
	for i := range n {
		s := server(fmt.Sprintf("EX%05d", i), "15.1.2507.75", mbx, false)
		s.Site = fmt.Sprintf("SITE%02d", i%50)
		if i%10 == 0 {
			s.Build, s.InternetFacing = mustBuild("15.2.1748.53"), true
			org.HybridServers = append(org.HybridServers, s.Name)
			org.Certificate.Servers = append(org.Certificate.Servers, s.Name)
		}
		org.Servers = append(org.Servers, s)
	}
	return org
}

var benchSizes = []int{100, 1000, 10000}

// benchBySize runs op as one sub-benchmark for each of benchSizes, on the
// organization of that size that build makes, allocations reported.
func benchBySize(b *testing.B, build func(testing.TB, int) Organization, op func(Organization)) {
	for _, n := range benchSizes {
		org := build(b, n)
		benchLoop(b, fmt.Sprint(n), func() { op(org) })
	}
}

// benchLoop runs op as the sub-benchmark name, allocations reported.
func benchLoop(b *testing.B, name string, op func()) {
	b.Run(name, func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			op()
		}
	})
}

// BenchmarkValidate shows how Validate grows with the number of servers:
// compare ns/op across the sizes.
func BenchmarkValidate(b *testing.B) {
	benchBySize(b, largeOrganization, func(org Organization) { sinkFindings = Validate(org, day) })
}

// BenchmarkPlan is BenchmarkValidate for Plan.
func BenchmarkPlan(b *testing.B) {
	benchBySize(b, largeOrganization, benchPlan)
}

// BenchmarkPlanInstall is BenchmarkPlan for an organization with a single
// hybrid server, whose plan installs a second one and so analyzes the
// organization twice (as it is, and with the planned server).
func BenchmarkPlanInstall(b *testing.B) {
	single := func(tb testing.TB, n int) Organization {
		org := largeOrganization(tb, n)
		org.HybridServers = org.HybridServers[:1]
		return org
	}
	benchBySize(b, single, benchPlan)
}

// benchPlan is the operation of the Plan benchmarks.
func benchPlan(org Organization) {
	sinkPlan, sinkFindings = Plan(org, Options{Date: day, ID: testID})
}

// BenchmarkValidateErrors shows Validate and Plan on organizations whose
// every hybrid server has an error: the findings, and every step that
// translates them, must grow linearly.
func BenchmarkValidateErrors(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		if testing.Short() && n > 1000 {
			continue
		}
		org := erroneousOrganization(b, n)
		benchLoop(b, fmt.Sprint("Validate/", n), func() { sinkFindings = Validate(org, day) })
		benchLoop(b, fmt.Sprint("Plan/", n), func() { benchPlan(org) })
	}
}

// erroneousOrganization is an organization of n hybrid servers with one
// error each: a build of no on-premises product, which the roles package
// reports on the server and the transport package on each hybrid
// endpoint, so every finding path is translated as the scaling
// case needs.
func erroneousOrganization(tb testing.TB, n int) Organization {
	org := modern(tb)
	org.Sites = nil
	for i := range n {
		s := server(fmt.Sprintf("EX%06d", i), "15.20.1.1", mbx, true)
		org.HybridServers = append(org.HybridServers, s.Name)
		org.Certificate.Servers = append(org.Certificate.Servers, s.Name)
		org.Servers = append(org.Servers, s)
	}
	return org
}

// BenchmarkCompare measures the comparison of a plan with a current
// state alone (planner.compare), for largeOrganization's plan against the
// state it wants: the servers and their builds, the Receive connector and
// virtual directories of every hybrid server, the connectors,
// relationships and HybridConfiguration. It must
// grow linearly with the number of objects: compare ns/op across the
// sizes.
func BenchmarkCompare(b *testing.B) {
	for _, n := range benchSizes {
		org := largeOrganization(b, n)
		opts := Options{Date: day, ID: testID}
		inv := desiredInventory(b, org, opts)
		p, _ := runPlanner(org, opts, nil)
		steps := p.steps
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p.steps = slices.Clone(steps)
				p.compare(inv)
			}
			b.ReportMetric(float64(len(steps)), "steps")
			b.ReportMetric(float64(len(inv.Servers)+len(inv.ReceiveConnectors)+len(inv.OwaVirtualDirectories)+len(inv.WebServicesVirtualDirectories)), "objects")
		})
	}
}
