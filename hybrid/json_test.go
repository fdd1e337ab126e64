package hybrid

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/exhybrid/exhybrid/internal/jsontest"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

// TestOrganizationJSONRoundTrip checks that an organization survives JSON
// both ways without loss, and that the seed file is in the canonical form
// the types write (so that hand edits keep to one spelling).
func TestOrganizationJSONRoundTrip(t *testing.T) {
	for _, sc := range scenarios {
		org := sc.org(t)
		data, err := json.Marshal(org)
		require.NoError(t, err, "%s", sc.name)
		var back Organization
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&back), "%s", sc.name)
		if diff := cmp.Diff(org, back); diff != "" {
			t.Errorf("%s: round trip (-in +out):\n%s", sc.name, diff)
		}
	}
	raw, err := os.ReadFile("testdata/seed-2007.json")
	require.NoError(t, err)
	var fromFile, fromTypes any
	require.NoError(t, json.Unmarshal(raw, &fromFile))
	data, _ := json.Marshal(seed(t))
	require.NoError(t, json.Unmarshal(data, &fromTypes))
	if diff := cmp.Diff(fromFile, fromTypes); diff != "" {
		t.Errorf("the seed file is not in canonical form (-file +types):\n%s", diff)
	}
}

// TestPlanJSONRoundTrip checks that a plan survives JSON both ways.
func TestPlanJSONRoundTrip(t *testing.T) {
	p, _ := Plan(seed(t), Options{Date: day, ID: testID})
	jsontest.RoundTrip(t, "plan", p)
}

// TestInvalidPlanJSON checks that the plan of an organization without a
// type marshals, omitting the type, and round-trips.
func TestInvalidPlanJSON(t *testing.T) {
	for _, org := range []Organization{{}, fuzzOrganization([]byte{0, 0, 0, 0})} {
		p, _ := Plan(org, Options{})
		data := jsontest.RoundTrip(t, fmt.Sprintf("plan of %+v", org), p, cmpopts.EquateEmpty())
		if bytes.Contains(data, []byte(`"type"`)) {
			t.Errorf("zero type not omitted: %s", data)
		}
	}
}
