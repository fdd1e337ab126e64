package version

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestEndOfSupport(t *testing.T) {
	tests := []struct {
		p    Product
		want string // "" when there is no end date
	}{
		{Exchange2007, "2017-04-11"},
		{Exchange2010, "2020-10-13"},
		{Exchange2013, "2023-04-11"},
		{Exchange2016, "2025-10-14"},
		{Exchange2019, "2025-10-14"},
		{ExchangeSE, ""},
		{ExchangeOnline, ""},
		{ProductUnknown, ""},
	}
	for _, tt := range tests {
		d, ok := EndOfSupport(tt.p)
		if ok != (tt.want != "") || d.String() != tt.want {
			t.Errorf("EndOfSupport(%v) = %v, %v, want %q", tt.p, d, ok, tt.want)
		}
	}
}

func TestOutOfSupport(t *testing.T) {
	tests := []struct {
		p    Product
		on   Date
		want bool
	}{
		{Exchange2016, Date{2025, time.October, 14}, false}, // the last day is still supported
		{Exchange2016, Date{2025, time.October, 15}, true},
		{Exchange2019, Date{2026, time.November, 27}, true},
		{Exchange2013, Date{2023, time.April, 12}, true},
		{Exchange2010, Date{2020, time.January, 15}, false}, // the end was moved to October 2020
		{Exchange2007, Date{2017, time.April, 12}, true},
		{ExchangeSE, Date{2035, time.December, 31}, false},
		{Exchange2016, Date{}, false},
	}
	for _, tt := range tests {
		if got := OutOfSupport(tt.p, tt.on); got != tt.want {
			t.Errorf("OutOfSupport(%v, %v) = %v, want %v", tt.p, tt.on, got, tt.want)
		}
	}
}

// release finds a catalog row by product and name, for readable tables.
func release(t *testing.T, p Product, name string) Release {
	t.Helper()
	for r := range ReleasesOf(p) {
		if r.Name == name {
			return r
		}
	}
	t.Fatalf("no release %v %q in the catalog", p, name)
	return Release{}
}

func TestStatusOf(t *testing.T) {
	type names struct{ level, latest, previous string }
	tests := []struct {
		build string
		on    string
		want  names
		cur   Currency
	}{
		// 2019 in mid-2024: CU14 is the latest, CU13 the previous.
		{"15.2.1544.4", "2024-06-01", names{"CU14", "CU14", "CU13"}, CurrencyLatest},
		{"15.2.1544.13", "2024-06-01", names{"CU14", "CU14", "CU13"}, CurrencyLatest},
		{"15.2.1258.12", "2024-06-01", names{"CU13", "CU14", "CU13"}, CurrencyPrevious},
		{"15.2.1118.7", "2024-06-01", names{"CU12", "CU14", "CU13"}, CurrencyOutdated},
		// Once CU15 is out, a CU14 server with security updates is N-1.
		{"15.2.1544.13", "2025-03-01", names{"CU14", "CU15", "CU14"}, CurrencyPrevious},
		// A build released after the day is at least the latest.
		{"15.2.1544.4", "2024-01-01", names{"CU14", "CU13", "CU12"}, CurrencyLatest},
		// 2013 SP1 is the CU4 level.
		{"15.0.847.32", "2014-04-01", names{"SP1", "SP1", "CU3"}, CurrencyLatest},
		{"15.0.775.38", "2014-04-01", names{"CU3", "SP1", "CU3"}, CurrencyPrevious},
		// 2007 SP3 RU10 was current in 2013 and outdated once RU13 shipped.
		{"8.3.298.3", "2013-06-01", names{"SP3 Update Rollup 10", "SP3 Update Rollup 10", "SP3 Update Rollup 9"}, CurrencyLatest},
		{"8.3.298.3", "2014-03-01", names{"SP3 Update Rollup 10", "SP3 Update Rollup 13", "SP3 Update Rollup 12"}, CurrencyOutdated},
		// A rollup re-released as v2 is one level with its v1.
		{"14.3.224.1", "2015-01-01", names{"SP3 Update Rollup 8 v1", "SP3 Update Rollup 8 v2", "SP3 Update Rollup 7"}, CurrencyLatest},
		// An older service pack's newest rollup is behind the new service pack.
		{"14.2.390.3", "2014-01-01", names{"SP2 Update Rollup 8", "SP3 Update Rollup 4", "SP3 Update Rollup 3"}, CurrencyOutdated},
		// SE RTM with an HU is on RTM, the only SE level so far.
		{"15.2.2562.41", "2026-11-27", names{"RTM", "RTM", ""}, CurrencyLatest},
	}
	for _, tt := range tests {
		b := MustParseBuild(tt.build)
		on, err := ParseDate(tt.on)
		if err != nil {
			t.Fatal(err)
		}
		p := ProductOf(b)
		want := UpdateStatus{Product: p, Currency: tt.cur,
			Level:  release(t, p, tt.want.level),
			Latest: release(t, p, tt.want.latest)}
		if tt.want.previous != "" {
			want.Previous = release(t, p, tt.want.previous)
		}
		if diff := cmp.Diff(want, StatusOf(b, on)); diff != "" {
			t.Errorf("StatusOf(%v, %v) mismatch (-want +got):\n%s", b, on, diff)
		}
		if got := StatusOf(b, on).Currency.Supported(); got != tt.cur.Supported() {
			t.Errorf("Supported() = %v", got)
		}
	}
}

func TestStatusOfUnknown(t *testing.T) {
	tests := []struct {
		b  Build
		on Date
	}{
		{Build{15, 20, 7452, 28}, Date{2026, 1, 1}}, // Exchange Online
		{Build{15, 2, 1544, 4}, Date{}},             // no day
		{Build{15, 2, 1544, 4}, Date{2018, 1, 1}},   // before 2019 shipped
		{Build{15, 0, 100, 0}, Date{2020, 1, 1}},    // below 2013 RTM
		{Build{}, Date{2020, 1, 1}},                 // no build
	}
	for _, tt := range tests {
		if got := StatusOf(tt.b, tt.on).Currency; got != CurrencyUnknown {
			t.Errorf("StatusOf(%v, %v).Currency = %v, want Unknown", tt.b, tt.on, got)
		}
	}
	for c := CurrencyUnknown; c < currencyCount; c++ {
		if c.String() != currencyNames[c] {
			t.Errorf("Currency(%d).String() = %q", c, c.String())
		}
	}
}

func TestLatestUpdate(t *testing.T) {
	tests := []struct {
		p    Product
		on   string
		want string // "" if none
	}{
		{Exchange2013, "2026-11-27", "CU23"},
		{Exchange2013, "2014-04-01", "SP1"},
		{Exchange2007, "2026-11-27", "SP3 Update Rollup 23"},
		{Exchange2010, "2026-11-27", "SP3 Update Rollup 32"},
		{Exchange2019, "2024-06-01", "CU14"},
		{Exchange2019, "2018-01-01", ""},
		{ExchangeSE, "2026-11-27", "RTM"},
		{ExchangeOnline, "2026-11-27", ""},
	}
	for _, tt := range tests {
		on, _ := ParseDate(tt.on)
		r, ok := LatestUpdate(tt.p, on)
		if ok != (tt.want != "") || r.Name != tt.want {
			t.Errorf("LatestUpdate(%v, %v) = %v, %v, want %q", tt.p, on, r, ok, tt.want)
		}
	}
}
