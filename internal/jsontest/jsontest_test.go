package jsontest

import (
	"testing"
)

type pair struct {
	A string `json:"a"`
	B int    `json:"b"`
}

// lossy drops B on the way out, so its round trip cannot be equal.
type lossy struct {
	A string `json:"a"`
	B int    `json:"-"`
}

// recorder is a testing.TB that records failures instead of reporting
// them.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }

func TestRoundTrip(t *testing.T) {
	data := RoundTrip(t, "pair", pair{"x", 1})
	if string(data) != `{"a":"x","b":1}` {
		t.Errorf("RoundTrip returned %s", data)
	}
	r := &recorder{TB: t}
	RoundTrip(r, "lossy", lossy{"x", 1})
	if !r.failed {
		t.Error("a lossy round trip passed")
	}
}
