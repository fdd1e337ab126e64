package hybrid

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// renderingsFile holds, for every scenario, the SHA-256 of its plan's four
// renderings (JSON, text, Markdown, PowerShell), one "digest name" a line.
// It was written before Options.Current existed: a plan without a current
// state must stay byte for byte what it was, and this file is the proof,
// for every scenario at once, without keeping four copies of every plan.
const renderingsFile = "testdata/renderings.txt"

// scenarioPlan is a scenario's organization and options, as its test
// plans them.
type scenarioPlan struct {
	name string
	org  Organization
	opts Options
}

// scenarioPlans returns every scenario of both lists.
func scenarioPlans(t testing.TB) []scenarioPlan {
	t.Helper()
	var out []scenarioPlan
	for _, sc := range scenarios {
		out = append(out, scenarioPlan{sc.name, sc.org(t), Options{Date: day, ID: testID}})
	}
	for _, sc := range scenarios2026 {
		opts := Options{Date: sc.on, ID: testID}
		if sc.opts != nil {
			sc.opts(&opts)
		}
		out = append(out, scenarioPlan{sc.name, sc.org(t), opts})
	}
	return out
}

// renderingDigest is the SHA-256 of the plan's JSON form and its three
// renderings, separated so that text moved from one to the next changes it.
func renderingDigest(t *testing.T, p DeploymentPlan) string {
	t.Helper()
	data, err := json.Marshal(p)
	require.NoError(t, err)
	h := sha256.New()
	for _, part := range []string{string(data), p.Text(), p.Markdown(), p.PowerShell()} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestRenderingsUnchanged checks every scenario's renderings against the
// digests of renderingsFile; -update rewrites it, which a change that
// means to alter today's plans (not one that adds a current state) may do.
func TestRenderingsUnchanged(t *testing.T) {
	var got []string
	for _, sc := range scenarioPlans(t) {
		p, _ := Plan(sc.org, sc.opts)
		got = append(got, renderingDigest(t, p)+" "+sc.name)
	}
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(renderingsFile), 0o755))
		require.NoError(t, os.WriteFile(renderingsFile, []byte(strings.Join(got, "\n")+"\n"), 0o644))
	}
	want := readLines(t, renderingsFile)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("renderings differ from %s (-want +got):\n%s", renderingsFile, diff)
	}
}
