package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// testID is an identifier in the wizard's GUID form, for the tests.
const testID = "5f3a0c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b"

// planCases are the plan runs; their golden files are in
// testdata/golden/plan.
var planCases = []runCase{
	{name: "plan/example-text", args: []string{"plan", "--date", day, "--id", testID}},
	{name: "plan/example-markdown", args: []string{"plan", "--format", "markdown", "--date", day, "--id", testID}},
	{name: "plan/example-json", args: []string{"plan", "--format", "json", "--date", day, "--id", testID}},
	{name: "plan/example-powershell", args: []string{"plan", "--format", "powershell", "--date", day, "--id", testID}},
	{name: "plan/example-no-id", args: []string{"plan", "--date", day}},
	{name: "plan/flags-after", args: []string{"plan", "example.json", "--id", testID, "--format", "json", "--date", day}},
	{name: "plan/errors-text", args: []string{"plan", "--date", day, "--id", testID, "testdata/in/errors.json"}},
	{name: "plan/errors-powershell", args: []string{"plan", "--format", "powershell", "--date", day, "--id", testID, "testdata/in/errors.json"}},
	{name: "plan/bad-input", args: []string{"plan", "--date", day, "testdata/in/bad-build.json"}},
	{name: "plan/bad-format", args: []string{"plan", "--format", "yaml"}},
	{name: "plan/bad-id", args: []string{"plan", "--id", "not-a-guid"}},
	{name: "plan/id-dashdash", args: []string{"plan", "--id", "--", "example.json"}},

	// The modern example (issue 14), on a fixed day of its time.
	{name: "plan/modern-text", args: []string{"plan", "--example", "modern", "--date", modernDay, "--id", testID}},
	{name: "plan/modern-powershell", args: []string{"plan", "--format", "powershell", "--example", "MODERN", "--date", modernDay, "--id", testID}},

	// --options: the file's date and id, unless the flags give them.
	{name: "plan/options", args: []string{"plan", "--format", "json", "--options", "testdata/in/options.json"}},
	{name: "plan/options-flags-win", args: []string{"plan", "--format", "json", "--options", "testdata/in/options.json", "--date", day, "--id", testID}},
	{name: "plan/options-stdin", args: []string{"plan", "--format", "powershell", "--options", "-", "--id", testID, "example.json"}, stdin: "in/options.json"},
	{name: "plan/options-bad", args: []string{"plan", "--date", day, "--options", "testdata/in/options-bad.json"}},
	{name: "plan/options-missing", args: []string{"plan", "--date", day, "--options", "testdata/in/no-such-options.json"}},
	{name: "plan/options-stdin-twice", args: []string{"plan", "--date", day, "--options", "-", "-"}},

	// --current: the shipped export as the current state. Without an
	// organization file, what a wizard run would change (hybrid.Rerun);
	// the export's own inconsistencies (its README) show as changes and
	// error findings, so --detailed-exitcode gives 1.
	{name: "plan/current-rerun-text", args: []string{"plan", "--current", exampleExport, "--date", modernDay}},
	{name: "plan/current-rerun-json", args: []string{"plan", "--format", "json", "--current", exampleExport, "--date", modernDay}},
	{name: "plan/current-rerun-powershell", args: []string{"plan", "--format", "powershell", "--current", exampleExport, "--date", modernDay, "--detailed-exitcode"}},
	// The modern example against the state its own plan wants
	// (testdata/in/current-modern.json, an organization file with only
	// "observed", the form import writes): every observed step is
	// Unchanged, the tenant's steps are not observed (4); then with a
	// Send connector without RequireTLS and a feature less recorded (3).
	{name: "plan/current-unchanged-text", args: []string{"plan", "--example", "modern", "--current", "testdata/in/current-modern.json", "--date", modernDay, "--id", testID, "--detailed-exitcode"}},
	{name: "plan/current-changed-markdown", args: []string{"plan", "--format", "markdown", "--example", "modern", "--current", "testdata/in/current-modern-changed.json", "--date", modernDay, "--id", testID, "--detailed-exitcode"}},
	{name: "plan/current-changed-powershell", args: []string{"plan", "--format", "powershell", "--example", "modern", "--current", "testdata/in/current-modern-changed.json", "--date", modernDay, "--id", testID}},
	{name: "plan/current-missing", args: []string{"plan", "--current", "testdata/in/no-such-export.xml", "--date", modernDay}},
	{name: "plan/current-json-without-observed", args: []string{"plan", "--current", "example.json", "--date", modernDay}},
	{name: "plan/current-stdin-twice", args: []string{"plan", "--current", "-", "--date", modernDay, "-"}},
	{name: "plan/detailed-exitcode-value", args: []string{"plan", "--detailed-exitcode=maybe"}},

	// The built-in example as planned in December 2026, after the dedicated
	// hybrid app (2025-10-31) and the start of EWS retirement in Exchange
	// Online (2026-10-01): the advice an administrator gets today.
	{name: "plan/example-2026-12-05-text", args: []string{"plan", "--date", current, "--id", testID}},
	{name: "plan/example-2026-12-05-powershell", args: []string{"plan", "--format", "powershell", "--date", current, "--id", testID}},
}

// current is the day of the current-advice runs.
const current = "2026-12-05"

// TestPlanJSON checks that the json output is the library's plan and
// findings, unchanged.
func TestPlanJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if status := run([]string{"plan", "--format", "json", "--date", day, "--id", testID}, nil, &stdout, &stderr, nil); status == exitUsage {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	var got planJSON
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	var org hybrid.Organization
	if errs := decodeStrict(exampleName, exampleJSON, &org); errs != nil {
		t.Fatal(errs)
	}
	on, _ := version.ParseDate(day)
	plan, fs := hybrid.Plan(org, hybrid.Options{Date: on, ID: testID})
	want := planJSON{Input: exampleName, Counts: countsOf(fs), Plan: plan, Findings: findingsJSON(fs)}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("plan json (-want +got):\n%s", diff)
	}
}
