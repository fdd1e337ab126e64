package findingtest

import (
	"testing"

	"github.com/exhybrid/exhybrid"
)

func TestDiff(t *testing.T) {
	got := exhybrid.Findings{
		{Path: "servers[10]", Code: "roles/x", Severity: E, Message: "one"},
		{Path: "servers[2]", Code: "roles/y", Severity: W, Message: "two"},
	}
	tests := []struct {
		name string
		want []Key
		same bool
	}{
		{"any order", []Key{{"servers[2]", "roles/y", W}, {"servers[10]", "roles/x", E}}, true},
		{"other severity", []Key{{"servers[2]", "roles/y", E}, {"servers[10]", "roles/x", E}}, false},
		{"missing one", []Key{{"servers[2]", "roles/y", W}}, false},
		{"counted twice", []Key{{"servers[2]", "roles/y", W}, {"servers[2]", "roles/y", W}, {"servers[10]", "roles/x", E}}, false},
	}
	for _, tt := range tests {
		if diff := Diff(tt.want, got); (diff == "") != tt.same {
			t.Errorf("%s: Diff = %q, want same %v", tt.name, diff, tt.same)
		}
	}
	if diff := Diff(nil, exhybrid.Findings{}); diff != "" {
		t.Errorf("nil want and empty got differ: %s", diff)
	}
	if keys := Keys(got); keys[0].Path != "servers[2]" || got[0].Path != "servers[10]" {
		t.Errorf("Keys must sort a copy: keys %v, got %v", keys, got)
	}
}
