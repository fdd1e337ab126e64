package version

import (
	"cmp"
	"encoding/json"
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2025-10-14", Date{2025, time.October, 14}, true},
		{"2024-02-29", Date{2024, time.February, 29}, true},
		{"0001-01-01", Date{1, time.January, 1}, true},
		{"2025-02-29", Date{}, false},
		{"2025-13-01", Date{}, false},
		{"2025-00-10", Date{}, false},
		{"2025-1-01", Date{}, false},
		{"2025/10/14", Date{}, false},
		{"20251014", Date{}, false},
		{"", Date{}, false},
		{"0000-01-01", Date{}, false},
		{"+025-01-01", Date{}, false},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v, want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrDate) {
			t.Errorf("ParseDate(%q) error %v does not wrap ErrDate", tt.in, err)
		}
		if tt.ok && got.String() != tt.in {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, got.String())
		}
	}
}

func TestDateCompare(t *testing.T) {
	dates := []Date{{2007, 3, 8}, {2007, 11, 29}, {2013, 2, 11}, {2013, 2, 12}, {2025, 10, 14}}
	for i, a := range dates {
		for j, b := range dates {
			if got, want := a.Compare(b), cmp.Compare(i, j); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", a, b, got, want)
			}
			if a.Before(b) != (i < j) || a.After(b) != (i > j) {
				t.Errorf("Before/After disagree for %v, %v", a, b)
			}
		}
	}
}

func TestDateOfAndJSON(t *testing.T) {
	d := DateOf(time.Date(2026, time.November, 27, 23, 59, 0, 0, time.UTC))
	if d != (Date{2026, time.November, 27}) {
		t.Errorf("DateOf = %v", d)
	}
	data, err := json.Marshal(struct{ D, Z Date }{D: d})
	if err != nil || string(data) != `{"D":"2026-11-27","Z":""}` {
		t.Errorf("json = %s, %v", data, err)
	}
	var back struct{ D, Z Date }
	if err := json.Unmarshal(data, &back); err != nil || back.D != d || back.Z != (Date{}) {
		t.Errorf("unmarshal = %+v, %v", back, err)
	}
	if _, err := (Date{2025, 2, 30}).MarshalText(); !errors.Is(err, ErrDate) {
		t.Errorf("invalid date marshalled, err = %v", err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-10-14", "2024-02-29", "2025-02-29", "", "2025-1-1", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrDate) {
				t.Fatalf("ParseDate(%q) error %v does not wrap ErrDate", s, err)
			}
			return
		}
		if !d.IsValid() || d.String() != s {
			t.Fatalf("ParseDate(%q) = %v, which prints as %q", s, d, d.String())
		}
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			t.Fatalf("ParseDate accepted %q, time.Parse rejects it: %v", s, err)
		}
	})
}

func TestDaysUntilAndLastValidDay(t *testing.T) {
	days := []struct {
		from, to Date
		want     int
	}{
		{Date{2026, 7, 20}, Date{2026, 7, 20}, 0},
		{Date{2026, 7, 20}, Date{2026, 7, 21}, 1},
		{Date{2026, 7, 21}, Date{2026, 7, 20}, -1},
		{Date{2026, 2, 28}, Date{2026, 3, 1}, 1},
		{Date{2024, 2, 28}, Date{2024, 3, 1}, 2},
		{Date{2025, 12, 31}, Date{2027, 1, 1}, 366},
	}
	for _, tt := range days {
		if got := tt.from.DaysUntil(tt.to); got != tt.want {
			t.Errorf("%v.DaysUntil(%v) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
	plus2 := time.FixedZone("+02", 2*3600)
	ends := []struct {
		notAfter time.Time
		want     Date
	}{
		{time.Time{}, Date{}},
		{time.Date(2026, 7, 19, 23, 59, 59, 0, time.UTC), Date{2026, 7, 19}},
		{time.Date(2026, 7, 20, 0, 0, 0, 0, time.UTC), Date{2026, 7, 19}},
		{time.Date(2026, 7, 20, 0, 0, 1, 0, time.UTC), Date{2026, 7, 20}},
		// 01:00 at +02 is 23:00 UTC the day before.
		{time.Date(2026, 7, 20, 1, 0, 0, 0, plus2), Date{2026, 7, 19}},
		// 02:00 at +02 is midnight UTC: the day before that.
		{time.Date(2026, 7, 20, 2, 0, 0, 0, plus2), Date{2026, 7, 19}},
	}
	for _, tt := range ends {
		if got := LastValidDay(tt.notAfter); got != tt.want {
			t.Errorf("LastValidDay(%v) = %v, want %v", tt.notAfter, got, tt.want)
		}
	}
}
