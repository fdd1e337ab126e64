package hybrid

import (
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/version"
)

// TestUpdatesMissing checks hybrid/updates-missing on each server, next to
// the "latest or previous update" rule: a server on the latest cumulative
// update without its updates is warned of (issue 14), with a fix that names
// the build to install and, where the newest update went only to ESU
// customers, the last public one.
func TestUpdatesMissing(t *testing.T) {
	dec2026 := version.Date{Year: 2026, Month: 12, Day: 5}
	tests := []struct {
		name   string
		builds [2]string // EX-A, a hybrid server; EX-B, not named as one
		on     version.Date
		want   []findingtest.Key
		fix    [][]string // per finding, the builds the fix names
	}{
		{"2019 CU15 as installed, on the latest CU", [2]string{"15.2.1748.10", "15.2.1748.53"}, dec2026,
			[]findingtest.Key{findingtest.W("servers[0].build", CodeUpdatesMissing)},
			[][]string{{"15.2.1748.53", "15.2.1748.39"}}},
		{"2019 CU15 on the last public update", [2]string{"15.2.1748.53", "15.2.1748.39"}, dec2026,
			[]findingtest.Key{findingtest.W("servers[1].build", CodeUpdatesMissing)},
			[][]string{{"15.2.1748.53"}}},
		{"2019 CU14, the previous CU, as installed", [2]string{"15.2.1544.4", "15.2.1748.53"}, dec2026,
			[]findingtest.Key{findingtest.W("servers[0].build", CodeUpdatesMissing)},
			[][]string{{"15.2.1544.48", "15.2.1544.36"}}},
		{"2019 CU13, no longer serviced", [2]string{"15.2.1748.53", "15.2.1258.12"}, dec2026,
			[]findingtest.Key{findingtest.W("servers[1].build", CodeUpdatesMissing)},
			[][]string{{"15.2.1258.39", "CU15"}}},
		{"SE RTM as installed, and on May26HU", [2]string{"15.2.2562.17", "15.2.2562.41"}, dec2026,
			[]findingtest.Key{findingtest.W("servers[0].build", CodeUpdatesMissing), findingtest.W("servers[1].build", CodeUpdatesMissing)},
			[][]string{{"15.2.2562.53"}, {"15.2.2562.53"}}},
		{"up to date", [2]string{"15.2.2562.53", "15.2.1748.53"}, dec2026, nil, nil},
		{"before CU15's first update", [2]string{"15.2.1748.10", "15.2.1748.10"}, version.Date{Year: 2025, Month: 3, Day: 1}, nil, nil},
		{"a build the catalog does not know", [2]string{"15.2.2563.1", "15.2.1748.53"}, dec2026, nil, nil},
		{"no day", [2]string{"15.2.1748.10", "15.2.1748.10"}, version.Date{}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			org := modern(t, server("EX-A", tt.builds[0], mbx, true), server("EX-B", tt.builds[1], mbx, true))
			org.HybridServers = []string{"EX-A"}
			var got exhybrid.Findings
			for _, f := range Validate(org, tt.on) {
				if f.Code == CodeUpdatesMissing {
					got = append(got, f)
				}
			}
			if diff := findingtest.DiffInOrder(tt.want, got); diff != "" {
				t.Fatalf("findings mismatch (-want +got):\n%s", diff)
			}
			for i, f := range got {
				for _, b := range tt.fix[i] {
					if !strings.Contains(f.Fix, b) {
						t.Errorf("%s: fix %q does not name %s", f.Path, f.Fix, b)
					}
				}
			}
		})
	}
}
