package version

import (
	"errors"
	"testing"
)

func TestProductOf(t *testing.T) {
	tests := []struct {
		b    Build
		want Product
	}{
		{Build{8, 0, 685, 25}, Exchange2007},
		{Build{8, 3, 517, 0}, Exchange2007},
		{Build{8, 4, 0, 0}, ProductUnknown},
		{Build{14, 0, 639, 21}, Exchange2010},
		{Build{14, 3, 513, 0}, Exchange2010},
		{Build{14, 4, 0, 0}, ProductUnknown},
		{Build{15, 0, 516, 32}, Exchange2013},
		{Build{15, 1, 2507, 6}, Exchange2016},
		{Build{15, 2, 221, 12}, Exchange2019},
		{Build{15, 2, 1748, 53}, Exchange2019},
		{Build{15, 2, 2561, 65535}, Exchange2019},
		{Build{15, 2, 2562, 0}, ExchangeSE},
		{Build{15, 2, 2562, 17}, ExchangeSE},
		{Build{15, 3, 0, 0}, ProductUnknown},
		{Build{15, 20, 7452, 28}, ExchangeOnline},
		{Build{16, 0, 0, 0}, ProductUnknown},
		{Build{6, 5, 7638, 1}, ProductUnknown}, // Exchange 2003 is not modelled
		{Build{}, ProductUnknown},
	}
	for _, tt := range tests {
		if got := ProductOf(tt.b); got != tt.want {
			t.Errorf("ProductOf(%v) = %v, want %v", tt.b, got, tt.want)
		}
	}
}

func TestParseProductAliases(t *testing.T) {
	tests := []struct {
		in   string
		want Product
	}{
		{"exchange server 2019", Exchange2019},
		{"2019", Exchange2019},
		{"Exchange 2016", Exchange2016},
		{"Exchange2013", Exchange2013},
		{"SE", ExchangeSE},
		{"Exchange Server Subscription Edition", ExchangeSE},
		{"EXO", ExchangeOnline},
	}
	for _, tt := range tests {
		if got, err := ParseProduct(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseProduct(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "Unknown", "Exchange 2003", "2020"} {
		if _, err := ParseProduct(bad); !errors.Is(err, ErrUnknownValue) {
			t.Errorf("ParseProduct(%q) error = %v, want ErrUnknownValue", bad, err)
		}
	}
}

func TestOnPremises(t *testing.T) {
	for _, p := range Products() {
		if !p.OnPremises() {
			t.Errorf("%v.OnPremises() = false", p)
		}
	}
	for _, p := range []Product{ProductUnknown, ExchangeOnline} {
		if p.OnPremises() {
			t.Errorf("%v.OnPremises() = true", p)
		}
	}
}
