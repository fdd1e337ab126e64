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
