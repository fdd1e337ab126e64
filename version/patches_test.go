package version

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestPatchStatusOf(t *testing.T) {
	dec2026 := Date{2026, time.December, 5}
	type want struct {
		level, latest, latestPublic string // release names; "" for a zero Release
		latestESUOnly               bool
		behind, behindPublic        int
	}
	tests := []struct {
		name string
		b    Build
		on   Date
		want want
	}{
		// Issue 14: CU15 as installed is the latest cumulative update, and
		// twelve updates behind: five public (Apr25HU to Oct25SU) and seven
		// ESU-only (Dec25SU to Sep26SUv2).
		{"2019 CU15 bare, December 2026", Build{15, 2, 1748, 10}, dec2026,
			want{"CU15", "CU15 Sep26SUv2", "CU15 Oct25SU", true, 12, 5}},
		{"2019 CU15 on the last public update", Build{15, 2, 1748, 39}, dec2026,
			want{"CU15", "CU15 Sep26SUv2", "CU15 Oct25SU", true, 7, 0}},
		{"2019 CU15 on the newest update", Build{15, 2, 1748, 53}, dec2026,
			want{"CU15", "CU15 Sep26SUv2", "CU15 Oct25SU", true, 0, 0}},
		{"2019 CU15 bare, before end of support", Build{15, 2, 1748, 10}, Date{2025, time.October, 14},
			want{"CU15", "CU15 Oct25SU", "CU15 Oct25SU", false, 5, 5}},
		{"2019 CU15 on the day it shipped", Build{15, 2, 1748, 10}, Date{2025, time.February, 10},
			want{"CU15", "CU15", "CU15", false, 0, 0}},
		{"2019 CU15 before it shipped", Build{15, 2, 1748, 10}, Date{2025, time.February, 9},
			want{"CU15", "", "", false, 0, 0}},
		{"a hotfix build between two catalog rows", Build{15, 2, 1544, 10}, Date{2024, time.December, 1},
			want{"CU14", "CU14 Nov24SUv2", "CU14 Nov24SUv2", false, 3, 3}}, // Apr24HU, Nov24SU, Nov24SUv2
		{"a build newer than the catalog", Build{15, 2, 1748, 99}, dec2026,
			want{"CU15", "CU15 Sep26SUv2", "CU15 Oct25SU", true, 0, 0}},
		{"2016 CU23 Feb26SU", Build{15, 1, 2507, 66}, dec2026,
			want{"CU23", "CU23 Sep26SUv2", "CU23 Oct25SU", true, 5, 0}},
		// A previous cumulative update no longer serviced: behind only its
		// own updates, of which it has the newest.
		{"2016 CU22 on its last update", Build{15, 1, 2375, 37}, dec2026,
			want{"CU22", "CU22 Nov22SU", "CU22 Nov22SU", false, 0, 0}},
		{"SE RTM bare", Build{15, 2, 2562, 17}, dec2026,
			want{"RTM", "RTM Sep26SUv2", "RTM Sep26SUv2", false, 11, 11}},
		{"SE RTM May26HU", Build{15, 2, 2562, 41}, dec2026,
			want{"RTM", "RTM Sep26SUv2", "RTM Sep26SUv2", false, 5, 5}},
		{"2013 CU23 bare", Build{15, 0, 1497, 2}, dec2026,
			want{"CU23", "CU23 Mar23SU", "CU23 Mar23SU", false, 15, 15}}, // the page lists SUs from March 2021 on
		{"2013 SP1, a service pack that is also CU4", Build{15, 0, 847, 32}, dec2026,
			want{"SP1", "SP1 Mar21SU", "SP1 Mar21SU", false, 1, 1}},
		// 2007 and 2010: each rollup is a level; only re-releases count.
		{"2007 SP3 RU8, re-released twice", Build{8, 3, 279, 3}, dec2026,
			want{"SP3 Update Rollup 8", "SP3 Update Rollup 8-v3", "SP3 Update Rollup 8-v3", false, 2, 2}},
		{"2010 SP3 RU31", Build{14, 3, 509, 0}, dec2026,
			want{"SP3 Update Rollup 31", "SP3 Update Rollup 31", "SP3 Update Rollup 31", false, 0, 0}},
		// Nothing to judge.
		{"the 2019 preview, a level of its own", Build{15, 2, 196, 0}, dec2026, want{}},
		{"the 2016 preview, on RTM's level", Build{15, 1, 225, 16}, dec2026,
			want{"RTM", "RTM", "RTM", false, 1, 1}},
		{"a level the catalog does not know", Build{15, 2, 1749, 1}, dec2026, want{}},
		{"Exchange Online", Build{15, 20, 7452, 28}, dec2026, want{}},
		{"no day", Build{15, 2, 1748, 10}, Date{}, want{}},
		{"zero build", Build{}, dec2026, want{}},
	}
	name := func(r Release) string { return r.Name }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := PatchStatusOf(tt.b, tt.on)
			gotNames := want{name(got.Level), name(got.Latest), name(got.LatestPublic), got.LatestESUOnly, got.Behind, got.BehindPublic}
			if diff := cmp.Diff(tt.want, gotNames, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("PatchStatusOf(%v, %v) mismatch (-want +got):\n%s", tt.b, tt.on, diff)
			}
			if got.Latest.Build.IsValid() && got.LatestESUOnly != got.Latest.ESUOnly() {
				t.Errorf("LatestESUOnly = %v, but %v.ESUOnly() = %v", got.LatestESUOnly, got.Latest, got.Latest.ESUOnly())
			}
		})
	}
}

// TestPatchStatusOfEveryRelease walks the catalog: a build on a release is
// behind exactly the later rows of its level released by the day, and a
// build on the newest row of its level is behind nothing.
func TestPatchStatusOfEveryRelease(t *testing.T) {
	on := Date{2026, time.December, 5}
	for r := range Releases() {
		if r.Kind() == KindPreview {
			continue
		}
		want := 0
		for o := range ReleasesOf(r.Product) {
			if o.Build.Level() == r.Build.Level() && o.Build.Compare(r.Build) > 0 && !o.Date.After(on) {
				want++
			}
		}
		got := PatchStatusOf(r.Build, on)
		if got.Behind != want || !got.Level.Build.IsValid() || got.Behind < got.BehindPublic {
			t.Errorf("PatchStatusOf(%v %v) = behind %d (public %d), level %q; want behind %d",
				r, r.Build, got.Behind, got.BehindPublic, got.Level.Name, want)
		}
	}
}

func TestReleaseESUOnly(t *testing.T) {
	tests := []struct {
		p    Product
		name string
		want bool
	}{
		{Exchange2019, "CU15 Oct25SU", false}, // the last public update, on the last day of support
		{Exchange2019, "CU15 Dec25SU", true},
		{Exchange2019, "CU14 Feb26SU", true},
		{Exchange2019, "CU15 Sep26SUv2", true},
		{Exchange2016, "CU23 Oct25SU", false},
		{Exchange2016, "CU23 Dec25SU", true},
		{Exchange2016, "CU23 Jun26SU", true},
		{Exchange2019, "CU15", false},
		{ExchangeSE, "RTM Dec25SU", false}, // SE is supported: its updates are public
		{ExchangeSE, "RTM Sep26SUv2", false},
		{Exchange2013, "CU23 Mar23SU", false},
	}
	for _, tt := range tests {
		r := release(t, tt.p, tt.name)
		if got := r.ESUOnly(); got != tt.want {
			t.Errorf("%v.ESUOnly() = %v, want %v", r, got, tt.want)
		}
	}
	// Every 2016 and 2019 update after the end of support is ESU-only, and
	// nothing else is.
	for r := range Releases() {
		end, hasEnd := EndOfSupport(r.Product)
		k := r.Kind()
		want := (r.Product == Exchange2016 || r.Product == Exchange2019) && hasEnd && r.Date.After(end) &&
			(k == KindSecurityUpdate || k == KindHotfixUpdate)
		if got := r.ESUOnly(); got != want {
			t.Errorf("%v (%v).ESUOnly() = %v, want %v", r, r.Date, got, want)
		}
	}
	if (Release{}).ESUOnly() {
		t.Error("the zero Release is ESU-only")
	}
}

func TestPatchStatusJSON(t *testing.T) {
	ps := PatchStatusOf(Build{15, 2, 1748, 39}, Date{2026, time.December, 5})
	got, err := json.Marshal(ps)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"level":{"product":"Exchange Server 2019","name":"CU15","build":"15.2.1748.10","date":"2025-02-10"},` +
		`"latest":{"product":"Exchange Server 2019","name":"CU15 Sep26SUv2","build":"15.2.1748.53","date":"2026-10-02"},` +
		`"latestESUOnly":true,` +
		`"latestPublic":{"product":"Exchange Server 2019","name":"CU15 Oct25SU","build":"15.2.1748.39","date":"2025-10-14"},` +
		`"behind":7,"behindPublic":0}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}
	var back PatchStatus
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ps, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	// An unknown build marshals with no release at all.
	got, err = json.Marshal(PatchStatusOf(Build{15, 2, 1749, 1}, Date{2026, time.December, 5}))
	if err != nil || string(got) != `{"behind":0,"behindPublic":0}` {
		t.Errorf("unknown level marshals as %s, %v", got, err)
	}
}

func TestPatchStatusOfDoesNotAllocate(t *testing.T) {
	var sink PatchStatus
	on := Date{2026, time.December, 5}
	for _, b := range []Build{{15, 2, 1748, 10}, {15, 1, 2507, 6}, {14, 3, 509, 0}, {15, 20, 7452, 28}} {
		if n := testing.AllocsPerRun(100, func() { sink = PatchStatusOf(b, on) }); n != 0 {
			t.Errorf("PatchStatusOf(%v, %v) allocates %v times, want 0", b, on, n)
		}
	}
	_ = sink
}
