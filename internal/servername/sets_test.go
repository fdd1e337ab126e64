package servername

import "testing"

func TestSameSet(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{nil, nil, true},
		{nil, []string{}, true},
		{[]string{"EX01", "ex02"}, []string{"ex02", "ex01"}, true},
		{[]string{"contoso.com."}, []string{"CONTOSO.com"}, true},
		{[]string{"ex01", "EX01"}, []string{"ex01"}, true},
		{[]string{"ex01"}, []string{"ex01", "ex02"}, false},
		{[]string{"ex01"}, []string{"ex01.contoso.com"}, false},
		{[]string{"ſ"}, []string{"S"}, true}, // as strings.EqualFold folds them
		{[]string{"a."}, []string{"a.."}, false},
	}
	for _, tt := range tests {
		if got := SameSet(tt.a, tt.b); got != tt.want {
			t.Errorf("SameSet(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := SameSet(tt.b, tt.a); got != tt.want {
			t.Errorf("SameSet(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}
