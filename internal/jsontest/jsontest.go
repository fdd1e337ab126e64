// Package jsontest is the one JSON round trip of the module's tests:
// marshal a value, read it back into a new one and compare the two. It is
// imported only by tests.
package jsontest

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// RoundTrip marshals v, unmarshals the JSON into a new T and fails t
// unless the two are equal under opts. what names v in the failure
// messages. It returns the JSON, for tests that look at it too.
func RoundTrip[T any](t testing.TB, what string, v T, opts ...cmp.Option) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s does not marshal: %v", what, err)
	}
	var back T
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("%s does not unmarshal: %v\n%s", what, err, data)
	}
	if diff := cmp.Diff(v, back, opts...); diff != "" {
		t.Errorf("%s: JSON round trip (-in +out):\n%s", what, diff)
	}
	return data
}
