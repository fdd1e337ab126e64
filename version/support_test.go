package version

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
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
		build  string
		on     string
		want   names
		cur    Currency
		prevOK bool // want PreviousSupported
	}{
		// 2019 in mid-2024: CU14 is the latest, CU13 the previous.
		{"15.2.1544.4", "2024-06-01", names{"CU14", "CU14", "CU13"}, CurrencyLatest, true},
		{"15.2.1544.13", "2024-06-01", names{"CU14", "CU14", "CU13"}, CurrencyLatest, true},
		{"15.2.1258.12", "2024-06-01", names{"CU13", "CU14", "CU13"}, CurrencyPrevious, true},
		{"15.2.1118.7", "2024-06-01", names{"CU12", "CU14", "CU13"}, CurrencyOutdated, true},
		// The day after CU14 shipped, CU13 is N-1: CU14 has no update yet.
		{"15.2.1258.28", "2024-02-14", names{"CU13", "CU14", "CU13"}, CurrencyPrevious, true},
		// Once CU15 is out, a CU14 server with security updates is N-1.
		{"15.2.1544.13", "2025-03-01", names{"CU14", "CU15", "CU14"}, CurrencyPrevious, true},
		// CU14 got every update CU15 got, up to Sep26SUv2 (both October 2,
		// 2026), so it is still N-1 in November 2026, as HealthChecker says.
		{"15.2.1544.48", "2026-11-27", names{"CU14", "CU15", "CU14"}, CurrencyPrevious, true},
		// A build released after the day is at least the latest.
		{"15.2.1544.4", "2024-01-01", names{"CU14", "CU13", "CU12"}, CurrencyLatest, true},
		// 2016 CU22's last update was Nov22SU (November 8, 2022); CU23 got
		// Jan23SU on January 10, 2023, and from then on CU22 is Outdated, as
		// HealthChecker marks every build below CU23.
		{"15.1.2375.37", "2023-01-09", names{"CU22", "CU23", "CU22"}, CurrencyPrevious, true},
		{"15.1.2375.37", "2023-01-10", names{"CU22", "CU23", "CU22"}, CurrencyOutdated, false},
		{"15.1.2375.7", "2026-11-27", names{"CU22", "CU23", "CU22"}, CurrencyOutdated, false},
		{"15.1.2308.8", "2026-11-27", names{"CU21", "CU23", "CU22"}, CurrencyOutdated, false},
		// An update of the latest level dated after the day does not count.
		{"15.1.2375.37", "2022-12-31", names{"CU22", "CU23", "CU22"}, CurrencyPrevious, true},
		// Both CUs got May22SU the same day: still N-1.
		{"15.1.2375.28", "2022-05-10", names{"CU22", "CU23", "CU22"}, CurrencyPrevious, true},
		// 2013 CU22's last page row is Mar21SU; CU23 got Apr21SU.
		{"15.0.1473.3", "2026-11-27", names{"CU22", "CU23", "CU22"}, CurrencyOutdated, false},
		{"15.0.1473.6", "2021-03-10", names{"CU22", "CU23", "CU22"}, CurrencyPrevious, true},
		// 2013 SP1 is the CU4 level.
		{"15.0.847.32", "2014-04-01", names{"SP1", "SP1", "CU3"}, CurrencyLatest, true},
		{"15.0.775.38", "2014-04-01", names{"CU3", "SP1", "CU3"}, CurrencyPrevious, true},
		// 2007 SP3 RU10 was current in 2013 and outdated once RU13 shipped.
		{"8.3.298.3", "2013-06-01", names{"SP3 Update Rollup 10", "SP3 Update Rollup 10", "SP3 Update Rollup 9"}, CurrencyLatest, true},
		{"8.3.298.3", "2014-03-01", names{"SP3 Update Rollup 10", "SP3 Update Rollup 13", "SP3 Update Rollup 12"}, CurrencyOutdated, true},
		// A rollup re-released as v2 is one level with its v1.
		{"14.3.224.1", "2015-01-01", names{"SP3 Update Rollup 8 v1", "SP3 Update Rollup 8 v2", "SP3 Update Rollup 7"}, CurrencyLatest, true},
		// An older service pack's newest rollup is behind the new service pack.
		{"14.2.390.3", "2014-01-01", names{"SP2 Update Rollup 8", "SP3 Update Rollup 4", "SP3 Update Rollup 3"}, CurrencyOutdated, true},
		// Exchange 2010 has no security or hotfix update rows, so the
		// previous rollup stays N-1; the product's end of support is
		// OutOfSupport's answer.
		{"14.3.509.0", "2026-11-27", names{"SP3 Update Rollup 31", "SP3 Update Rollup 32", "SP3 Update Rollup 31"}, CurrencyPrevious, true},
		// SE RTM with an HU is on RTM, the only SE level so far.
		{"15.2.2562.41", "2026-11-27", names{"RTM", "RTM", ""}, CurrencyLatest, false},
	}
	for _, tt := range tests {
		b := MustParseBuild(tt.build)
		on, err := ParseDate(tt.on)
		require.NoError(t, err)
		p := ProductOf(b)
		want := UpdateStatus{Product: p, Currency: tt.cur, PreviousSupported: tt.prevOK,
			Level:  release(t, p, tt.want.level),
			Latest: release(t, p, tt.want.latest)}
		if tt.want.previous != "" {
			want.Previous = release(t, p, tt.want.previous)
		}
		got := StatusOf(b, on)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("StatusOf(%v, %v) mismatch (-want +got):\n%s", b, on, diff)
		}
	}
}

func TestStatusOfDoesNotAllocate(t *testing.T) {
	var sink UpdateStatus
	for _, tt := range []struct {
		b  Build
		on Date
	}{
		{Build{15, 1, 2375, 7}, Date{2026, time.November, 27}}, // previous level, no longer serviced
		{Build{15, 2, 1544, 48}, Date{2026, time.November, 27}},
		{Build{14, 3, 509, 0}, Date{2026, time.November, 27}},
		{Build{15, 20, 7452, 28}, Date{2026, time.November, 27}},
	} {
		if n := testing.AllocsPerRun(100, func() { sink = StatusOf(tt.b, tt.on) }); n != 0 {
			t.Errorf("StatusOf(%v, %v) allocates %v times, want 0", tt.b, tt.on, n)
		}
	}
	_ = sink
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
}

func TestCurrencyAliases(t *testing.T) {
	for in, want := range map[string]Currency{"N-1": CurrencyPrevious, "n-1": CurrencyPrevious} {
		if got, err := ParseCurrency(in); err != nil || got != want {
			t.Errorf("ParseCurrency(%q) = %v, %v, want %v", in, got, err, want)
		}
	}
}

// TestEnumTables checks the data of the package's enumerations;
// internal/enum tests the behaviour they share.
func TestEnumTables(t *testing.T) {
	for _, check := range []func() error{productEnum.Check, kindEnum.Check, currencyEnum.Check} {
		if err := check(); err != nil {
			t.Error(err)
		}
	}
}

func TestUpdateStatusJSON(t *testing.T) {
	on := Date{2026, time.November, 27}
	statuses := []UpdateStatus{
		StatusOf(Build{15, 1, 2375, 7}, on),   // Outdated CU22
		StatusOf(Build{15, 2, 1544, 48}, on),  // Previous CU14
		StatusOf(Build{15, 2, 2562, 41}, on),  // SE: no Previous
		StatusOf(Build{15, 0, 100, 0}, on),    // no level
		StatusOf(Build{15, 20, 7452, 28}, on), // Exchange Online
		StatusOf(Build{}, on),                 // nothing known
		{},
	}
	for _, st := range statuses {
		data, err := json.Marshal(st)
		if err != nil {
			t.Errorf("json.Marshal(%+v): %v", st, err)
			continue
		}
		var back UpdateStatus
		if err := json.Unmarshal(data, &back); err != nil {
			t.Errorf("json.Unmarshal(%s): %v", data, err)
			continue
		}
		if diff := cmp.Diff(st, back); diff != "" {
			t.Errorf("JSON round trip of %s mismatch (-want +got):\n%s", data, diff)
		}
	}

	// The field names are camelCase and a missing Previous is left out.
	data, err := json.Marshal(StatusOf(Build{15, 2, 2562, 41}, on))
	require.NoError(t, err)
	const want = `{"product":"Exchange Server SE",` +
		`"level":{"product":"Exchange Server SE","name":"RTM","build":"15.2.2562.17","date":"2025-07-01"},` +
		`"latest":{"product":"Exchange Server SE","name":"RTM","build":"15.2.2562.17","date":"2025-07-01"},` +
		`"currency":"Latest"}`
	if string(data) != want {
		t.Errorf("json.Marshal(SE status) =\n%s\nwant\n%s", data, want)
	}
	data, err = json.Marshal(StatusOf(Build{15, 1, 2375, 7}, on))
	require.NoError(t, err)
	const want2016 = `{"product":"Exchange Server 2016",` +
		`"level":{"product":"Exchange Server 2016","name":"CU22","build":"15.1.2375.7","date":"2021-09-28"},` +
		`"latest":{"product":"Exchange Server 2016","name":"CU23","build":"15.1.2507.6","date":"2022-04-20"},` +
		`"previous":{"product":"Exchange Server 2016","name":"CU22","build":"15.1.2375.7","date":"2021-09-28"},` +
		`"currency":"Outdated"}`
	if string(data) != want2016 {
		t.Errorf("json.Marshal(2016 CU22 status) =\n%s\nwant\n%s", data, want2016)
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
