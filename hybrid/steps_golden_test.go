package hybrid

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the step lists in testdata/steps")

// stepsDir holds one file per scenario, named for it, with the IDs of the
// steps its plan must have, one a line, in order: a change to the plan
// shows as a diff of these files, reviewed like any golden file.
const stepsDir = "testdata/steps"

// stepsFile is the file of a scenario's steps: its name in lower case,
// with a dash for every run of other characters than letters and digits.
func stepsFile(scenario string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(scenario) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return filepath.Join(stepsDir, b.String()+".txt")
}

// checkSteps compares the step IDs of p with the scenario's file, or
// rewrites the file with -update.
func checkSteps(t *testing.T, scenario string, p DeploymentPlan) {
	t.Helper()
	file := stepsFile(scenario)
	got := stepIDs(p)
	if *update {
		require.NoError(t, os.MkdirAll(stepsDir, 0o755))
		require.NoError(t, os.WriteFile(file, []byte(joinLines(got)), 0o644))
		return
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	var want []string
	if len(data) > 0 {
		want = strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("steps differ from %s (-want +got); run go test -update if the change is intended:\n%s", file, diff)
	}
}

func joinLines(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return strings.Join(ids, "\n") + "\n"
}

// TestStepsFilesUsed fails on step files no scenario reads, so that a
// renamed or removed scenario leaves no stale file behind, and on two
// scenarios that would share a file.
func TestStepsFilesUsed(t *testing.T) {
	used := map[string]string{}
	var names []string
	for _, sc := range scenarios {
		names = append(names, sc.name)
	}
	for _, sc := range scenarios2026 {
		names = append(names, sc.name)
	}
	for _, name := range names {
		file := stepsFile(name)
		if other, ok := used[file]; ok {
			t.Errorf("scenarios %q and %q share %s", other, name, file)
		}
		used[file] = name
	}
	if *update {
		return
	}
	files, err := filepath.Glob(filepath.Join(stepsDir, "*"))
	require.NoError(t, err)
	for _, f := range files {
		if _, ok := used[f]; !ok {
			t.Errorf("%s belongs to no scenario; delete it", f)
		}
	}
}
