package main

import (
	"testing"

	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
)

// TestDescribeBuildPatches checks the second answer build gives next to the
// currency (issue 14): 2019 CU15 as installed is Latest there and still
// lacks every update of CU15.
func TestDescribeBuildPatches(t *testing.T) {
	on := version.Date{Year: 2026, Month: 12, Day: 5}
	type summary struct {
		Currency, Latest, LatestPublic string
		ESUOnly                        bool
		Behind, BehindPublic           int
	}
	tests := []struct {
		build string
		want  summary
	}{
		{"15.2.1748.10", summary{"Latest", "CU15 Sep26SUv2", "CU15 Oct25SU", true, 12, 5}},
		{"15.2.1748.39", summary{"Latest", "CU15 Sep26SUv2", "CU15 Oct25SU", true, 7, 0}},
		{"15.2.2562.17", summary{"Latest", "RTM Sep26SUv2", "RTM Sep26SUv2", false, 11, 11}},
		{"15.1.2375.37", summary{"Outdated", "CU22 Nov22SU", "CU22 Nov22SU", false, 0, 0}},
	}
	name := func(r *releaseJSON) string {
		if r == nil {
			return ""
		}
		return r.Name
	}
	for _, tt := range tests {
		b := version.MustParseBuild(tt.build)
		info := describeBuild(tt.build, b, false, on)
		if info.Status == nil || info.Patches == nil {
			t.Fatalf("describeBuild(%s) has no status or patches", tt.build)
		}
		p := info.Patches
		got := summary{info.Status.Currency, name(p.Latest), name(p.LatestPublic), p.LatestESUOnly, p.Behind, p.BehindPublic}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("describeBuild(%s) mismatch (-want +got):\n%s", tt.build, diff)
		}
	}
}
