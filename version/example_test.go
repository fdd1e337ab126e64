package version_test

import (
	"fmt"
	"slices"

	"github.com/exhybrid/exhybrid/version"
)

func ExampleParseBuild() {
	for _, s := range []string{"15.2.1544.4", "15.02.1544.004", "8.03.0298.003", "15.2.1544"} {
		b, err := version.ParseBuild(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-15s %-14s %s\n", s, b, version.ProductOf(b))
	}
	// Output:
	// 15.2.1544.4     15.2.1544.4    Exchange Server 2019
	// 15.02.1544.004  15.2.1544.4    Exchange Server 2019
	// 8.03.0298.003   8.3.298.3      Exchange Server 2007
	// version.ParseBuild("15.2.1544"): invalid syntax
}

func ExampleParseAdminDisplayVersion() {
	// Get-ExchangeServer shows the cumulative update level only.
	b, err := version.ParseAdminDisplayVersion("Version 15.2 (Build 1544.4)")
	if err != nil {
		panic(err)
	}
	r, _ := version.Lookup(b)
	fmt.Println(b, r)
	// Output: 15.2.1544.4 Exchange Server 2019 CU14
}

func ExampleBuild_Compare() {
	builds := []version.Build{
		version.MustParseBuild("15.2.2562.17"),
		version.MustParseBuild("15.2.1544.13"),
		version.MustParseBuild("8.3.298.3"),
		version.MustParseBuild("15.2.1544.4"),
	}
	slices.SortFunc(builds, version.Build.Compare)
	fmt.Println(builds)
	fmt.Println(builds[0].AtLeast(version.Exchange2007SP3RU10))
	// Output:
	// [8.3.298.3 15.2.1544.4 15.2.1544.13 15.2.2562.17]
	// true
}

func ExampleNearest() {
	// A 2019 CU14 server with a hotfix that the page does not list.
	r, ok := version.Nearest(version.MustParseBuild("15.2.1544.10"))
	fmt.Println(r, r.Build, r.Date, ok)
	// Output: Exchange Server 2019 CU14 Mar24SU 15.2.1544.9 2024-03-12 true
}

func ExampleStatusOf() {
	cu14 := version.MustParseBuild("15.2.1544.13")
	for _, day := range []string{"2024-06-01", "2025-03-01"} {
		on, _ := version.ParseDate(day)
		st := version.StatusOf(cu14, on)
		fmt.Printf("%s: on %s, latest %s: %s\n", day, st.Level.Name, st.Latest.Name, st.Currency)
	}
	// Output:
	// 2024-06-01: on CU14, latest CU14: Latest
	// 2025-03-01: on CU14, latest CU15: Previous
}

func ExampleStatusOf_servicing() {
	// The previous cumulative update counts only while Microsoft still
	// services it: 2019 CU14 got the same updates as CU15 to the end, 2016
	// CU22 stopped getting them when CU23 did not.
	on, _ := version.ParseDate("2026-11-27")
	for _, s := range []string{"15.2.1544.48", "15.1.2375.37"} {
		st := version.StatusOf(version.MustParseBuild(s), on)
		fmt.Printf("%s %s: %s (latest %s)\n", st.Product, st.Level.Name, st.Currency, st.Latest.Name)
	}
	// Output:
	// Exchange Server 2019 CU14: Previous (latest CU15)
	// Exchange Server 2016 CU22: Outdated (latest CU23)
}

func ExamplePatchStatusOf() {
	// Exchange 2019 CU15 as installed is on the latest cumulative update
	// (StatusOf says Latest) and behind every update released for it since;
	// those after October 14, 2025 went only to paying ESU customers.
	on, _ := version.ParseDate("2026-12-05")
	for _, s := range []string{"15.2.1748.10", "15.2.1748.39", "15.2.2562.41"} {
		ps := version.PatchStatusOf(version.MustParseBuild(s), on)
		fmt.Printf("%s: %v, %d behind (%d public), newest %s (ESU only: %v), newest public %s\n",
			s, version.StatusOf(version.MustParseBuild(s), on).Currency, ps.Behind, ps.BehindPublic,
			ps.Latest.Name, ps.LatestESUOnly, ps.LatestPublic.Name)
	}
	// Output:
	// 15.2.1748.10: Latest, 12 behind (5 public), newest CU15 Sep26SUv2 (ESU only: true), newest public CU15 Oct25SU
	// 15.2.1748.39: Latest, 7 behind (0 public), newest CU15 Sep26SUv2 (ESU only: true), newest public CU15 Oct25SU
	// 15.2.2562.41: Latest, 5 behind (5 public), newest RTM Sep26SUv2 (ESU only: false), newest public RTM Sep26SUv2
}

func ExampleOutOfSupport() {
	on, _ := version.ParseDate("2026-11-27")
	for _, p := range version.Products() {
		end, ok := version.EndOfSupport(p)
		fmt.Printf("%-21s end %-10s out of support: %v (%v)\n", p, end, version.OutOfSupport(p, on), ok)
	}
	// Output:
	// Exchange Server 2007  end 2017-04-11 out of support: true (true)
	// Exchange Server 2010  end 2020-10-13 out of support: true (true)
	// Exchange Server 2013  end 2023-04-11 out of support: true (true)
	// Exchange Server 2016  end 2025-10-14 out of support: true (true)
	// Exchange Server 2019  end 2025-10-14 out of support: true (true)
	// Exchange Server SE    end            out of support: false (false)
}
