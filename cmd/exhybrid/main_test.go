package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden and schema.json")

// fixedNow is the clock of the tests that do not pass --date.
var fixedNow = time.Date(2025, time.June, 1, 12, 0, 0, 0, time.UTC)

// runCase is one run of the command, compared with the golden file
// testdata/golden/<name>.txt (name may have a directory, "plan/text"), which
// records the arguments, the exit status,
// standard output and standard error.
type runCase struct {
	name  string
	args  []string
	stdin string // the file under testdata fed to standard input, if any
	clock bool   // the run may read the clock (no --date); it reads fixedNow
}

// The example organization is judged on a fixed day, 2025-06-01.
const day = "2025-06-01"

// modernDay is the fixed day of the modern example's runs, the day its
// README section shows.
const modernDay = "2026-12-05"

var runCases = []runCase{
	// Usage.
	{name: "usage-none", args: nil},
	{name: "usage-help", args: []string{"help"}},
	{name: "usage-h", args: []string{"-h"}},
	{name: "usage-help-flag", args: []string{"--help"}},
	{name: "usage-help-check", args: []string{"help", "check"}},
	{name: "usage-help-plan", args: []string{"help", "plan"}},
	{name: "usage-help-catalog", args: []string{"help", "catalog"}},
	{name: "usage-help-build", args: []string{"help", "build"}},
	{name: "usage-help-schema", args: []string{"help", "schema"}},
	{name: "usage-help-collect-script", args: []string{"help", "collect-script"}},
	{name: "usage-help-unknown", args: []string{"help", "frobnicate"}},
	{name: "usage-check-h", args: []string{"check", "-h"}},
	{name: "usage-unknown-command", args: []string{"frobnicate"}},
	{name: "usage-unknown-flag", args: []string{"check", "--verbose"}},
	{name: "usage-bad-format", args: []string{"check", "--format", "powershell"}},
	{name: "usage-bad-date", args: []string{"check", "--date", "2025-02-29"}},
	{name: "usage-too-many", args: []string{"check", "--date", day, "a.json", "b.json"}},
	{name: "usage-schema-arg", args: []string{"schema", "extra"}},
	{name: "usage-collect-script-arg", args: []string{"collect-script", "C:\\Temp"}},
	{name: "usage-repeated-flag", args: []string{"check", "--date", day, "example.json", "--date", "2025-07-01"}},
	{name: "usage-date-needs-value", args: []string{"check", "--date"}},
	{name: "usage-check-options", args: []string{"check", "--options", "testdata/in/options.json"}},

	// check on the embedded example, every format, flags on either side.
	{name: "check-example-text", args: []string{"check", "--date", day}},
	{name: "check-example-markdown", args: []string{"check", "--format", "markdown", "--date", day}},
	{name: "check-example-json", args: []string{"check", "-format=json", "-date=" + day}},
	{name: "check-example-clock", args: []string{"check"}, clock: true},
	{name: "check-file-flags-after", args: []string{"check", "example.json", "--date", day, "--format", "MARKDOWN"}},
	{name: "check-stdin", args: []string{"check", "--date", day, "-"}, stdin: "../example.json"},
	{name: "check-dashdash", args: []string{"check", "--date", day, "--", "example.json"}},

	// --example: the modern example, the default named, and the mistakes.
	{name: "check-modern-text", args: []string{"check", "--example", "modern", "--date", modernDay}},
	{name: "check-modern-json", args: []string{"check", "--date", modernDay, "--format", "json", "--example=modern"}},
	{name: "check-example-named", args: []string{"check", "--example", "2007", "--date", day}},
	{name: "usage-example-unknown", args: []string{"check", "--example", "se2019"}},
	{name: "usage-example-and-file", args: []string{"plan", "--example", "modern", "example.json"}},
	{name: "check-errors", args: []string{"check", "--date", day, "testdata/in/errors.json"}},
	{name: "check-errors-json", args: []string{"check", "--format", "json", "--date", day, "testdata/in/errors.json"}},
	{name: "check-aliases", args: []string{"check", "--date", day, "testdata/in/aliases.json"}},
	{name: "check-bom", args: []string{"check", "--date", day, "testdata/in/bom.json"}},

	// Inputs that cannot be decoded: exit 2 with line, column and path.
	{name: "input-bad-syntax", args: []string{"check", "--date", day, "testdata/in/bad-syntax.json"}},
	{name: "input-wrong-type", args: []string{"check", "--date", day, "testdata/in/wrong-type.json"}},
	{name: "input-bad-build", args: []string{"check", "--date", day, "testdata/in/bad-build.json"}},
	{name: "input-bad-enums", args: []string{"check", "--date", day, "testdata/in/bad-enums.json"}},
	{name: "input-unknown-field", args: []string{"check", "--date", day, "testdata/in/unknown-field.json"}},
	{name: "input-duplicate", args: []string{"check", "--date", day, "testdata/in/duplicate.json"}},
	{name: "input-trailing", args: []string{"check", "--date", day, "testdata/in/trailing.json"}},
	{name: "input-truncated", args: []string{"check", "--date", day, "testdata/in/truncated.json"}},
	{name: "input-empty", args: []string{"check", "--date", day, "testdata/in/empty.json"}},
	{name: "input-empty-stdin", args: []string{"check", "--date", day, "-"}, stdin: "in/empty.json"},
	{name: "input-not-object", args: []string{"check", "--date", day, "testdata/in/not-object.json"}},
	{name: "input-utf16", args: []string{"check", "--date", day, "testdata/in/utf16.json"}},
	{name: "input-missing-file", args: []string{"check", "--date", day, "testdata/in/no-such-file.json"}},
	{name: "input-directory", args: []string{"check", "--date", day, "testdata/in"}},
	{name: "input-invalid-utf8", args: []string{"check", "--date", day, "testdata/in/invalid-utf8.json"}},
	{name: "input-utf16-surrogate", args: []string{"check", "--date", day, "testdata/in/utf16-surrogate.json"}},
	{name: "input-too-many", args: []string{"check", "--date", day, "testdata/in/too-many.json"}},
	{name: "input-utf16-nobom", args: []string{"check", "--date", day, "testdata/in/utf16-nobom.json"}},
	{name: "input-utf32", args: []string{"check", "--date", day, "testdata/in/utf32.json"}},
	{name: "input-deep", args: []string{"check", "--date", day, "testdata/in/deep.json"}},
	{name: "input-surrogate-escape", args: []string{"check", "--date", day, "testdata/in/surrogate-escape.json"}},
	{name: "input-clixml", args: []string{"check", "--date", day, "testdata/in/clixml.xml"}},

	// Control characters of the input do not reach the terminal.
	{name: "check-control-text", args: []string{"check", "--date", day, "testdata/in/control.json"}},
	{name: "check-control-markdown", args: []string{"check", "--format", "markdown", "--date", day, "testdata/in/control.json"}},

	// catalog.
	{name: "catalog-all", args: []string{"catalog"}},
	{name: "catalog-2019", args: []string{"catalog", "2019"}},
	{name: "catalog-se-markdown", args: []string{"catalog", "SE", "--format", "markdown"}},
	{name: "catalog-2007-json", args: []string{"catalog", "--format", "json", "Exchange 2007"}},
	{name: "catalog-unknown", args: []string{"catalog", "2020"}},
	{name: "codes-all", args: []string{"codes"}},
	{name: "codes-roles-markdown", args: []string{"codes", "roles", "--format", "markdown"}},
	{name: "codes-federation-json", args: []string{"codes", "--format", "json", "Federation"}},
	{name: "codes-unknown", args: []string{"codes", "version"}},
	{name: "catalog-online", args: []string{"catalog", "EXO"}},

	// build.
	{name: "build-text", args: []string{"build", "--date", day, "15.2.1544.4", "15.02.1544.010", "Version 15.0 (Build 1497.2)", "8.3.298.3", "8.3.83.6", "15.2.2562.17", "15.20.7452.28", "9.1.1.1"}},
	{name: "build-clock", args: []string{"build", "15.1.2507.6"}, clock: true},
	{name: "build-markdown", args: []string{"build", "--format", "markdown", "--date", day, "14.3.123.4"}},
	{name: "build-json", args: []string{"build", "15.2.1544.4", "--format", "json", "--date", day}},
	{name: "build-future", args: []string{"build", "--date", "2024-01-01", "15.2.1748.10", "15.2.9999.1"}},
	{name: "build-bad", args: []string{"build", "--date", day, "15.2.x", "15.2.1544.4", "70000.0.0.0"}},
	{name: "build-none", args: []string{"build"}},
	{name: "build-stale-catalog", args: []string{"build", "--date", "2040-01-01", "15.2.1748.10", "--format", "json"}},
	{name: "build-stale-catalog-text", args: []string{"build", "--date", "2040-01-01", "8.3.298.3"}},
	// Issue 14: the latest cumulative update without its updates, on the
	// last public update, and on the newest; SE, which has no ESU.
	{name: "build-updates", args: []string{"build", "--date", "2026-12-05", "15.2.1748.10", "15.2.1748.39", "15.2.1748.53", "15.2.2562.41"}},
	{name: "build-updates-json", args: []string{"build", "--format", "json", "--date", "2026-12-05", "15.2.1748.10"}},
	{name: "build-updates-markdown", args: []string{"build", "--format", "markdown", "--date", "2026-12-05", "15.1.2507.61"}},
}

func TestRun(t *testing.T) {
	for _, tc := range append(runCases, planCases...) {
		t.Run(tc.name, func(t *testing.T) {
			got := runGolden(t, tc)
			checkGolden(t, filepath.Join("testdata", "golden", tc.name+".txt"), got)
		})
	}
}

// runGolden runs the command in-process and renders the result as a golden
// file's text.
func runGolden(t *testing.T, tc runCase) string {
	t.Helper()
	var stdin bytes.Reader
	if tc.stdin != "" {
		data, err := os.ReadFile(filepath.Join("testdata", tc.stdin))
		if err != nil {
			t.Fatal(err)
		}
		stdin.Reset(data)
	}
	reads := 0
	now := func() time.Time {
		reads++
		if !tc.clock {
			t.Errorf("the clock was read, but --date was given")
		}
		return fixedNow
	}
	var stdout, stderr bytes.Buffer
	status := run(tc.args, &stdin, &stdout, &stderr, now)
	if reads > 1 {
		t.Errorf("the clock was read %d times, want at most once", reads)
	}
	return fmt.Sprintf("# exhybrid %s\n# exit %d\n-- stdout --\n%s-- stderr --\n%s",
		quoteArgs(tc.args), status, stdout.String(), stderr.String())
}

func quoteArgs(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		if a == "" || strings.ContainsAny(a, " \"'()") {
			a = "'" + a + "'"
		}
		q[i] = a
	}
	return strings.Join(q, " ")
}

// checkGolden compares got with the golden file, or rewrites the file with
// -update.
func checkGolden(t *testing.T, file, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got); run go test -update if the change is intended:\n%s", file, diff)
	}
}

// TestGoldenFilesUsed fails on golden files no case writes, so that a
// renamed or removed case does not leave a stale file behind.
func TestGoldenFilesUsed(t *testing.T) {
	if *update {
		t.Skip("-update")
	}
	used := map[string]bool{}
	for _, tc := range append(runCases, planCases...) {
		used[tc.name+".txt"] = true
	}
	root := filepath.Join("testdata", "golden")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		switch {
		case !d.IsDir() && !used[rel]:
			t.Errorf("testdata/golden/%s belongs to no test case", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestParseArgs(t *testing.T) {
	c := &command{name: "t", args: "[file]", formats: []string{formatText, formatJSON}, date: true, id: true, options: true, current: true, maxArgs: 2}
	tests := []struct {
		args        []string
		wantPos     []string
		wantFormat  string
		wantID      string
		wantErr     string   // the usage error, "" for none
		wantCurrent []string // the --current values
		wantExit    bool     // --detailed-exitcode
	}{
		{nil, nil, formatText, "", "", nil, false},
		{[]string{"a"}, []string{"a"}, formatText, "", "", nil, false},
		{[]string{"--format", "json", "a"}, []string{"a"}, formatJSON, "", "", nil, false},
		{[]string{"a", "--format", "json"}, []string{"a"}, formatJSON, "", "", nil, false},
		{[]string{"a", "-id=" + testID, "b", "--format=JSON"}, []string{"a", "b"}, formatJSON, testID, "", nil, false},
		{[]string{"-", "--id", testID}, []string{"-"}, formatText, testID, "", nil, false},
		{[]string{"--", "--format", "json"}, []string{"--format", "json"}, formatText, "", "", nil, false},
		{[]string{"a", "--", "-id"}, []string{"a", "-id"}, formatText, "", "", nil, false},
		{[]string{"--options", "o.json", "a"}, []string{"a"}, formatText, "", "", nil, false},

		{[]string{"--verbose"}, nil, "", "", "unknown flag --verbose", nil, false},
		{[]string{"a", "-verbose"}, nil, "", "", "unknown flag --verbose", nil, false},
		{[]string{"--date"}, nil, "", "", "--date needs a value", nil, false},
		{[]string{"--date", "2025-02-29"}, nil, "", "", `--date: invalid date "2025-02-29": want a calendar day as YYYY-MM-DD, such as 2025-06-30`, nil, false},
		{[]string{"--format", "yaml"}, nil, "", "", `--format: unknown format "yaml", want text, json`, nil, false},
		{[]string{"a", "b", "c"}, nil, "", "", "too many arguments: c", nil, false},
		{[]string{"--id", "x"}, nil, "", "", `--id: invalid GUID "x": want 32 hexadecimal digits in the form 5f3a0c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b`, nil, false},
		{[]string{"--id", testID[:35] + "g"}, nil, "", "", `--id: invalid GUID "` + testID[:35] + `g": want 32 hexadecimal digits in the form 5f3a0c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b`, nil, false},
		{[]string{"--id", "--", "a"}, nil, "", "", `--id: missing value: "--" ends the flags and is not a value`, nil, false},
		{[]string{"--id=--"}, nil, "", "", `--id: missing value: "--" ends the flags and is not a value`, nil, false},
		{[]string{"--options", "--"}, nil, "", "", `--options: missing value: "--" ends the flags and is not a value`, nil, false},
		{[]string{"--options="}, nil, "", "", `--options: missing file name`, nil, false},
		{[]string{"--format", "json", "a", "--format", "json"}, nil, "", "", `--format: given twice ("json", then "json"); give it once`, nil, false},
		{[]string{"--date", day, "--date", "2025-01-01"}, nil, "", "", `--date: given twice ("2025-06-01", then "2025-01-01"); give it once`, nil, false},
		{[]string{"--id", "bad", "--date", "bad"}, nil, "", "", `--id: invalid GUID "bad": want 32 hexadecimal digits in the form 5f3a0c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b`, nil, false},

		// --current may be given more than once; --detailed-exitcode takes no value.
		{[]string{"--current", "x", "a", "--current=y", "--detailed-exitcode"}, []string{"a"}, formatText, "", "", []string{"x", "y"}, true},
		{[]string{"--detailed-exitcode=false"}, nil, formatText, "", "", nil, false},
		{[]string{"--current", "--"}, nil, "", "", `--current: missing value: "--" ends the flags and is not a value`, nil, false},
		{[]string{"--current="}, nil, "", "", `--current: missing file or folder name`, nil, false},
		{[]string{"--detailed-exitcode", "--detailed-exitcode"}, nil, "", "", `--detailed-exitcode: given twice; give it once`, nil, false},
		{[]string{"--detailed-exitcode=--"}, nil, "", "", `--detailed-exitcode: takes no value, or true or false; got "--"`, nil, false},
	}
	for _, tt := range tests {
		var o options
		var stdout, stderr bytes.Buffer
		e := &env{stdout: &stdout, stderr: &stderr}
		pos, status, ok := e.parseArgs(c, &o, tt.args)
		if tt.wantErr != "" {
			want := "exhybrid t: " + tt.wantErr + "\n"
			if ok || status != exitUsage || !strings.HasPrefix(stderr.String(), want) {
				t.Errorf("parseArgs(%q): ok %v, status %d, stderr %q; want status 2 and %q", tt.args, ok, status, stderr.String(), want)
			}
			continue
		}
		if !ok {
			t.Errorf("parseArgs(%q) failed: %s", tt.args, stderr.String())
			continue
		}
		if diff := cmp.Diff(tt.wantPos, pos); diff != "" {
			t.Errorf("parseArgs(%q) positional (-want +got):\n%s", tt.args, diff)
		}
		if o.format != tt.wantFormat || o.id != tt.wantID || o.detailedExit != tt.wantExit {
			t.Errorf("parseArgs(%q): format %q, id %q, detailed exit %v; want %q, %q, %v", tt.args, o.format, o.id, o.detailedExit, tt.wantFormat, tt.wantID, tt.wantExit)
		}
		if diff := cmp.Diff(tt.wantCurrent, o.current); diff != "" {
			t.Errorf("parseArgs(%q) --current (-want +got):\n%s", tt.args, diff)
		}
	}
}

// failWriter fails every write after the first ok bytes.
type failWriter struct{ ok int }

var errDiskFull = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) <= w.ok {
		w.ok -= len(p)
		return len(p), nil
	}
	n := w.ok
	w.ok = 0
	return n, errDiskFull
}

// TestWriteErrors checks that a failed write to standard output or error
// is exit status 2, whatever the command would have returned, and that a
// failed standard output is reported on standard error.
func TestWriteErrors(t *testing.T) {
	commands := [][]string{
		{"check", "--date", day},
		{"check", "--date", day, "--format", "json", "testdata/in/errors.json"},
		{"plan", "--date", day, "--id", testID},
		{"plan", "--date", day, "--format", "powershell", "testdata/in/errors.json"},
		{"catalog"},
		{"build", "--date", day, "15.2.1544.4"},
		{"schema"},
		{"collect-script"},
		{"help"},
		{"help", "plan"},
		{"--help"},
	}
	for _, args := range commands {
		for _, ok := range []int{0, 100} {
			var stderr bytes.Buffer
			status := run(args, nil, &failWriter{ok: ok}, &stderr, nil)
			want := "exhybrid: cannot write the output: disk full\n"
			if status != exitUsage || !strings.HasSuffix(stderr.String(), want) {
				t.Errorf("%q with stdout failing after %d bytes: exit %d, stderr %q; want 2 and %q", args, ok, status, stderr.String(), want)
			}
		}
	}
	// Standard error failing: the example notice, a usage error, a decode
	// error.
	for _, args := range [][]string{
		{"check", "--date", day},
		{"check", "--bogus"},
		{"check", "--date", day, "testdata/in/bad-build.json"},
		{},
	} {
		var stdout bytes.Buffer
		if status := run(args, nil, &stdout, &failWriter{}, nil); status != exitUsage {
			t.Errorf("%q with stderr failing: exit %d, want 2", args, status)
		}
	}
}

// TestExamplesAreTestdata keeps each embedded example identical to the
// hybrid package's copy: example.json to the seed organization, which its
// scenario tests check in detail, and example-modern.json to the modern
// organization, which its tests keep on the newest SE build.
func TestExamplesAreTestdata(t *testing.T) {
	for _, tc := range []struct {
		embedded, file string
		data           []byte
	}{
		{"example.json", "seed-2007.json", exampleJSON},
		{"example-modern.json", "modern-se.json", exampleModernJSON},
	} {
		want, err := os.ReadFile("../../hybrid/testdata/" + tc.file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(want, tc.data) {
			t.Errorf("%s differs from hybrid/testdata/%s; keep them identical", tc.embedded, tc.file)
		}
	}
}
