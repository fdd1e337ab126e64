package findingtest

import (
	"testing"

	"github.com/exhybrid/exhybrid"
)

func TestDiff(t *testing.T) {
	got := exhybrid.Findings{
		{Path: "servers[10]", Code: "roles/x", Severity: exhybrid.SeverityError, Message: "one"},
		{Path: "servers[2]", Code: "roles/y", Severity: exhybrid.SeverityWarning, Message: "two"},
	}
	tests := []struct {
		name string
		want []Key
		same bool
	}{
		{"any order", []Key{W("servers[2]", "roles/y"), E("servers[10]", "roles/x")}, true},
		{"other severity", []Key{E("servers[2]", "roles/y"), E("servers[10]", "roles/x")}, false},
		{"missing one", []Key{W("servers[2]", "roles/y")}, false},
		{"counted twice", []Key{W("servers[2]", "roles/y"), W("servers[2]", "roles/y"), E("servers[10]", "roles/x")}, false},
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

func TestDiffInOrder(t *testing.T) {
	got := exhybrid.Findings{
		{Path: "servers[10]", Code: "roles/x", Severity: exhybrid.SeverityError, Message: "one"},
		{Path: "servers[2]", Code: "roles/y", Severity: exhybrid.SeverityInfo, Message: "two"},
	}
	tests := []struct {
		name string
		want []Key
		same bool
	}{
		{"same order", []Key{E("servers[10]", "roles/x"), I("servers[2]", "roles/y")}, true},
		{"other order", []Key{I("servers[2]", "roles/y"), E("servers[10]", "roles/x")}, false},
		{"other severity", []Key{E("servers[10]", "roles/x"), W("servers[2]", "roles/y")}, false},
		{"missing one", []Key{E("servers[10]", "roles/x")}, false},
	}
	for _, tt := range tests {
		if diff := DiffInOrder(tt.want, got); (diff == "") != tt.same {
			t.Errorf("%s: DiffInOrder = %q, want same %v", tt.name, diff, tt.same)
		}
	}
	if diff := DiffInOrder(nil, exhybrid.Findings{}); diff != "" {
		t.Errorf("nil want and empty got differ: %s", diff)
	}
}
