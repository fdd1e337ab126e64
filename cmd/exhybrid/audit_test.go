package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
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
	for _, gap := range []exhybrid.Path{"type", "tenant", "namespaces.owa"} {
		require.True(t, slices.ContainsFunc(fromFile, func(f exhybrid.Finding) bool { return f.Path == gap && f.Code == "hybrid/not-observed" }),
			"the gap %s noted", gap)
	}
	require.Equal(t, withoutNotes(audit("", exampleExport)), withoutNotes(fromFile))
	require.True(t, fromFile.Has("transport/tls-not-required"), "the rules on the observed objects ran")
	for _, input := range []exhybrid.Code{"hybrid/type-missing", "hybrid/tenant-invalid", "hybrid/cloud-missing", "hybrid/namespace-missing"} {
		require.False(t, fromFile.Has(input), "%s is an input gap, noted, not an error", input)
	}
}

// TestAuditExportsEndToEnd audits the shipped export, and edited copies
// of it, as a user does: the files read, FromInventory, Audit, with the
// hybrid type unknown, the cloud taken from the Send connector. The fields the exports cannot tell
// are notes, never errors, and an export of a cmdlet that returned
// nothing is read as "none", not as "not exported".
func TestAuditExportsEndToEnd(t *testing.T) {
	const emptyExport = `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"></Objs>`
	type key struct {
		path exhybrid.Path
		code exhybrid.Code
		sev  exhybrid.Severity
	}
	tests := []struct {
		name  string
		files map[string]string // replaced or added in a copy of the export; "" for none
		on    string
		want  []key // among the findings
		not   []key // not among them
	}{
		{name: "the shipped export", on: exampleExportDay,
			want: []key{
				{"type", "hybrid/not-observed", exhybrid.SeverityInfo},
				{"cloud", "hybrid/not-observed", exhybrid.SeverityInfo},
				{"GetSettingOverride.xml", "federation/hybrid-app-override-missing", exhybrid.SeverityError},
			},
			not: []key{
				{"type", "hybrid/type-missing", exhybrid.SeverityError},
				{"cloud", "hybrid/cloud-missing", exhybrid.SeverityError},
				{"tenant", "hybrid/tenant-invalid", exhybrid.SeverityError},
				{"namespaces.owa", "hybrid/namespace-missing", exhybrid.SeverityError},
			}},
		{name: "no setting override at all: an empty GetSettingOverride.xml", on: exampleExportDay,
			files: map[string]string{"GetSettingOverride.xml": emptyExport},
			want:  []key{{"GetSettingOverride.xml", "federation/hybrid-app-override-missing", exhybrid.SeverityError}},
			not:   []key{{"hybridApp", "hybrid/not-observed", exhybrid.SeverityInfo}}},
		{name: "the day the dedicated app became required", on: "2025-10-31",
			files: map[string]string{"GetSettingOverride.xml": emptyExport},
			want:  []key{{"GetSettingOverride.xml", "federation/hybrid-app-override-missing", exhybrid.SeverityError}}},
		{name: "the day before", on: "2025-10-30",
			files: map[string]string{"GetSettingOverride.xml": emptyExport},
			not:   []key{{"GetSettingOverride.xml", "federation/hybrid-app-override-missing", exhybrid.SeverityError}}},
		{name: "no setting override exported: not judged", on: exampleExportDay,
			files: map[string]string{"GetSettingOverride.xml": ""},
			not:   []key{{"GetSettingOverride.xml", "federation/hybrid-app-override-missing", exhybrid.SeverityError}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			entries, err := os.ReadDir(exampleExport)
			require.NoError(t, err)
			for _, e := range entries {
				if !strings.HasSuffix(e.Name(), ".xml") {
					continue
				}
				data, err := os.ReadFile(filepath.Join(exampleExport, e.Name()))
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), data, 0o600))
			}
			for name, data := range tt.files {
				if data == "" {
					require.NoError(t, os.Remove(filepath.Join(dir, name)))
					continue
				}
				require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600))
			}
			var out, errOut bytes.Buffer
			run([]string{"audit", "--format", "json", "--date", tt.on, dir}, nil, &out, &errOut, nil)
			var report checkJSON
			require.NoError(t, json.Unmarshal(out.Bytes(), &report), errOut.String())
			has := func(k key) bool {
				return slices.ContainsFunc(report.Findings, func(f exhybrid.Finding) bool {
					return f.Path == k.path && f.Code == k.code && f.Severity == k.sev
				})
			}
			for _, k := range tt.want {
				require.True(t, has(k), "want %v", k)
			}
			for _, k := range tt.not {
				require.False(t, has(k), "do not want %v", k)
			}
		})
	}
}
