package hybrid

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the scenarios' golden files in testdata/steps and testdata/findings")

// A scenario's golden files, one in each of these folders, named for it
// (see goldenFile), are what its plan must give, reviewed like any golden
// file: a change to Plan shows as a diff of them.
//
// stepsDir holds the IDs of the plan's steps, one a line, in order.
// findingsDir holds its findings, one a line, in Plan's order, each as
// path, code and severity separated by a space ("servers[0].build
// hybrid/product-out-of-support warning"), the path "-" for the
// organization itself; never the message, which may be reworded freely.
const (
	stepsDir    = "testdata/steps"
	findingsDir = "testdata/findings"
)

// rootPath stands in a findings file for the empty path, which would
// otherwise leave the line starting with a space.
const rootPath = "-"

// goldenFile is the file of a scenario in dir: its name in lower case,
// with a dash for every run of other characters than letters and digits.
func goldenFile(dir, scenario string) string {
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
	return filepath.Join(dir, b.String()+".txt")
}

// golden returns the lines of file, after rewriting it with got when the
// test runs with -update, so that what was written is read back the way
// the test reads it.
func golden(t *testing.T, file string, got []string) []string {
	t.Helper()
	if *update {
		var text string
		if len(got) > 0 {
			text = strings.Join(got, "\n") + "\n"
		}
		require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
		require.NoError(t, os.WriteFile(file, []byte(text), 0o644))
	}
	return readLines(t, file)
}

// readLines returns the lines of file, none for an empty file.
func readLines(t *testing.T, file string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if len(data) == 0 {
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

// checkSteps compares the step IDs of p with the scenario's steps file, or
// rewrites the file with -update.
func checkSteps(t *testing.T, scenario string, p DeploymentPlan) {
	t.Helper()
	file := goldenFile(stepsDir, scenario)
	got := stepIDs(p)
	if diff := cmp.Diff(golden(t, file, got), got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("steps differ from %s (-want +got); run go test -update if the change is intended:\n%s", file, diff)
	}
}

// checkFindings compares fs, in order, with the scenario's findings file,
// or rewrites the file with -update.
func checkFindings(t *testing.T, scenario string, fs exhybrid.Findings) {
	t.Helper()
	file := goldenFile(findingsDir, scenario)
	want := parseFindings(t, file, golden(t, file, formatFindings(findingtest.List(fs))))
	if diff := findingtest.DiffInOrder(want, fs); diff != "" {
		t.Errorf("findings differ from %s (-want +got); run go test -update if the change is intended:\n%s\n%s", file, diff, fs)
	}
}

// wantFindings returns the findings the scenario expects, from its file,
// which it only reads, even with -update.
func wantFindings(t *testing.T, scenario string) []findingtest.Key {
	t.Helper()
	file := goldenFile(findingsDir, scenario)
	return parseFindings(t, file, readLines(t, file))
}

// formatFindings returns the lines of a findings file.
func formatFindings(keys []findingtest.Key) []string {
	lines := make([]string, len(keys))
	for i, k := range keys {
		path := string(k.Path)
		if path == "" {
			path = rootPath
		}
		lines[i] = fmt.Sprintf("%s %s %s", path, k.Code, k.Severity)
	}
	return lines
}

// parseFindings reads the lines of a findings file, failing the test on a
// line that is not path, code and severity. The code and severity are the
// last two fields, so that a path with a quoted key holding a space stays
// whole.
func parseFindings(t *testing.T, file string, lines []string) []findingtest.Key {
	t.Helper()
	keys := make([]findingtest.Key, 0, len(lines))
	for i, line := range lines {
		rest, sev, ok1 := cutLast(line)
		path, code, ok2 := cutLast(rest)
		if !ok1 || !ok2 || path == "" || code == "" {
			t.Fatalf("%s:%d: %q is not path, code and severity separated by spaces", file, i+1, line)
		}
		severity, err := exhybrid.ParseSeverity(sev)
		if err != nil {
			t.Fatalf("%s:%d: %v", file, i+1, err)
		}
		if path == rootPath {
			path = ""
		}
		keys = append(keys, findingtest.Key{Path: exhybrid.Path(path), Code: exhybrid.Code(code), Severity: severity})
	}
	return keys
}

// cutLast cuts s around its last space.
func cutLast(s string) (before, after string, found bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

// TestGoldenFilesUsed fails on golden files no scenario reads, so that a
// renamed or removed scenario leaves no stale file behind, and on two
// scenarios that would share a file.
func TestGoldenFilesUsed(t *testing.T) {
	var names []string
	for _, sc := range scenarios {
		names = append(names, sc.name)
	}
	for _, sc := range scenarios2026 {
		names = append(names, sc.name)
	}
	for _, dir := range []string{stepsDir, findingsDir} {
		used := map[string]string{}
		for _, name := range names {
			file := goldenFile(dir, name)
			if other, ok := used[file]; ok {
				t.Errorf("scenarios %q and %q share %s", other, name, file)
			}
			used[file] = name
		}
		if *update {
			continue
		}
		files, err := filepath.Glob(filepath.Join(dir, "*"))
		require.NoError(t, err)
		for _, f := range files {
			if _, ok := used[f]; !ok {
				t.Errorf("%s belongs to no scenario; delete it", f)
			}
		}
	}
}
