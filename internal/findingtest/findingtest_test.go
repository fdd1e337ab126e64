package findingtest

import (
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/google/go-cmp/cmp"
)

func TestDiff(t *testing.T) {
	got := exhybrid.Findings{
		{Path: "servers[10]", Code: "roles/x", Severity: exhybrid.SeverityError, Message: "one"},
		{Path: "servers[2]", Code: "roles/y", Severity: exhybrid.SeverityWarning, Message: "two"},
	}
	tests := []struct {
		name    string
		want    []Key
		same    bool // for Diff
		inOrder bool // for DiffInOrder
	}{
		{"same order", []Key{E("servers[10]", "roles/x"), W("servers[2]", "roles/y")}, true, true},
		{"other order", []Key{W("servers[2]", "roles/y"), E("servers[10]", "roles/x")}, true, false},
		{"other severity", []Key{E("servers[2]", "roles/y"), I("servers[10]", "roles/x")}, false, false},
		{"missing one", []Key{W("servers[2]", "roles/y")}, false, false},
		{"counted twice", []Key{W("servers[2]", "roles/y"), W("servers[2]", "roles/y"), E("servers[10]", "roles/x")}, false, false},
	}
	for _, tt := range tests {
		if diff := Diff(tt.want, got); (diff == "") != tt.same {
			t.Errorf("%s: Diff = %q, want same %v", tt.name, diff, tt.same)
		}
		if diff := DiffInOrder(tt.want, got); (diff == "") != tt.inOrder {
			t.Errorf("%s: DiffInOrder = %q, want same %v", tt.name, diff, tt.inOrder)
		}
	}
	if diff := Diff(nil, exhybrid.Findings{}); diff != "" {
		t.Errorf("nil want and empty got differ: %s", diff)
	}
	if diff := DiffInOrder(nil, exhybrid.Findings{}); diff != "" {
		t.Errorf("nil want and empty got differ in order: %s", diff)
	}
	if keys := Keys(got); keys[0].Path != "servers[2]" || got[0].Path != "servers[10]" {
		t.Errorf("Keys must sort a copy: keys %v, got %v", keys, got)
	}
}

func TestUnder(t *testing.T) {
	keys := []Key{E("servers[1]", "x/a"), W("[2].name", "x/b"), I("", "x/c")}
	want := []Key{E("params.servers[1]", "x/a"), W("params[2].name", "x/b"), I("params", "x/c")}
	if diff := cmp.Diff(want, Under("params", keys)); diff != "" {
		t.Errorf("Under (-want +got):\n%s", diff)
	}
}

func TestCodes(t *testing.T) {
	seen := Codes{}
	seen.Add(E("a", "x/a"), W("b", "x/b"))
	seen.Add()
	seen.Add(I("c", "x/a"))
	if diff := cmp.Diff(Codes{"x/a": true, "x/b": true}, seen); diff != "" {
		t.Errorf("Codes (-want +got):\n%s", diff)
	}
}
