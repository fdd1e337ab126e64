package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/stretchr/testify/require"
)

// exampleExportDay is the day the README audits the shipped export on.
const exampleExportDay = "2026-12-06"

var auditCases = []runCase{
	{name: "usage-help-audit", args: []string{"help", "audit"}},
	{name: "audit/no-input", args: []string{"audit", "--date", day}},
	{name: "audit/file-and-exports", args: []string{"audit", "--date", day, "example.json", exampleExport}},
	{name: "audit/missing-export", args: []string{"audit", "--date", day, "testdata/in/no-such-file.xml"}},

	// The shipped export, read directly, in every format.
	{name: "audit/example-text", args: []string{"audit", "--date", exampleExportDay, exampleExport}},
	{name: "audit/example-markdown", args: []string{"audit", "--format", "markdown", "--date", exampleExportDay, exampleExport}},
	{name: "audit/example-json", args: []string{"audit", "--format", "json", "--date", exampleExportDay, exampleExport}},
	// The same export two years earlier: the Auth certificate within 60
	// days of its end, then expired with the server's within 30 days.
	{name: "audit/example-2024-10-01", args: []string{"audit", "--date", "2024-10-01", exampleExport}},
	{name: "audit/example-2024-11-20", args: []string{"audit", "--date", "2024-11-20", exampleExport}},

	// Organization files, as check reads them.
	{name: "audit/modern-text", args: []string{"audit", "--date", modernDay, "example-modern.json"}},
	{name: "audit/modern-markdown", args: []string{"audit", "--format", "markdown", "--date", modernDay, "example-modern.json"}},
	{name: "audit/example-2007", args: []string{"audit", "--date", day, "example.json"}},
	{name: "audit/errors-markdown", args: []string{"audit", "--format", "markdown", "--date", day, "testdata/in/errors.json"}},
}

func init() { runCases = append(runCases, auditCases...) }

// TestImportThenAudit checks that the organization file import prints,
// with the observed objects in it, audits as the exports do: the same
// findings but the import's own, which import printed on standard error.
func TestImportThenAudit(t *testing.T) {
	var org, stderr bytes.Buffer
	status := run([]string{"import", exampleExport}, nil, &org, &stderr, nil)
	require.Equal(t, exitOK, status, stderr.String())

	audit := func(stdin string, args ...string) exhybrid.Findings {
		t.Helper()
		var out, errOut bytes.Buffer
		status := run(append([]string{"audit", "--format", "json", "--date", exampleExportDay}, args...), strings.NewReader(stdin), &out, &errOut, nil)
		require.Equal(t, exitFindings, status, errOut.String())
		var report checkJSON
		require.NoError(t, json.Unmarshal(out.Bytes(), &report))
		return report.Findings
	}
	// The import's notes on what the exports do not tell are printed
	// with the audit of the exports; the audit itself notes the fields
	// left empty in the organization file in place of Validate's errors.
	withoutNotes := func(fs exhybrid.Findings) exhybrid.Findings {
		return slices.DeleteFunc(fs, func(f exhybrid.Finding) bool {
			return f.Code.Package() == "inventory" || f.Code == "hybrid/not-observed"
		})
	}
	fromFile := audit(org.String(), "-")
	for _, gap := range []exhybrid.Path{"type", "tenant", "cloud", "namespaces.owa"} {
		require.True(t, slices.ContainsFunc(fromFile, func(f exhybrid.Finding) bool { return f.Path == gap && f.Code == "hybrid/not-observed" }),
			"the gap %s noted", gap)
	}
	require.Equal(t, withoutNotes(audit("", exampleExport)), withoutNotes(fromFile))
	require.True(t, fromFile.Has("transport/tls-not-required"), "the rules on the observed objects ran")
	for _, input := range []exhybrid.Code{"hybrid/type-missing", "hybrid/tenant-invalid", "hybrid/cloud-missing", "hybrid/namespace-missing"} {
		require.False(t, fromFile.Has(input), "%s is an input gap, noted, not an error", input)
	}
}
