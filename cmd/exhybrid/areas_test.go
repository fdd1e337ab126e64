package main

import (
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
)

// TestEveryHybridCodeHasAnArea keeps hybridAreas complete: a new hybrid
// code must be placed under a heading of audit's output, not under
// "Other".
func TestEveryHybridCodeHasAnArea(t *testing.T) {
	for _, r := range hybrid.Rules().Rules() {
		if _, ok := hybridAreas[r.Code]; !ok {
			t.Errorf("%s has no area in hybridAreas", r.Code)
		}
	}
	for _, tt := range []struct {
		code exhybrid.Code
		want area
	}{
		{"transport/tls-not-required", areaMailFlow},
		{"roles/edge-combined", areaServers},
		{"inventory/field-invalid", areaExports},
		{hybrid.CodeOpenRelay, areaDomains},
		{"someone/else", areaOther},
	} {
		if got := areaOf(tt.code); got != tt.want {
			t.Errorf("areaOf(%s) = %v, want %v", tt.code, got, tt.want)
		}
	}
}
