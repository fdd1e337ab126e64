package hybrid

import (
	"fmt"
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

// BenchmarkValidate shows how Validate grows with the number of servers:
// compare ns/op across the sizes.
func BenchmarkValidate(b *testing.B) {
	for _, n := range benchSizes {
		org := largeOrganization(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkFindings = Validate(org, day)
			}
		})
	}
}

// BenchmarkPlan is BenchmarkValidate for Plan.
func BenchmarkPlan(b *testing.B) {
	for _, n := range benchSizes {
		org := largeOrganization(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkPlan, sinkFindings = Plan(org, Options{Date: day, ID: testID})
			}
		})
	}
}

// BenchmarkPlanInstall is BenchmarkPlan for an organization with a single
// hybrid server, whose plan installs a second one and so analyzes the
// organization twice (as it is, and with the planned server).
func BenchmarkPlanInstall(b *testing.B) {
	for _, n := range benchSizes {
		org := largeOrganization(b, n)
		org.HybridServers = org.HybridServers[:1]
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkPlan, sinkFindings = Plan(org, Options{Date: day, ID: testID})
			}
		})
	}
}
