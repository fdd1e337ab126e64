package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// exampleExport is the real export shipped with the repository.
const exampleExport = "../../examples/export"

var importCases = []runCase{
	{name: "usage-help-import", args: []string{"help", "import"}},
	{name: "import/example-json", args: []string{"import", exampleExport}},
	{name: "import/example-text", args: []string{"import", "--format", "text", exampleExport}},
	{name: "import/files", args: []string{"import", exampleExport + "/GetExchangeServer.xml", exampleExport + "/ExSetup_SOLO-E19A.xml", "--format", "text"}},
	{name: "import/stdin", args: []string{"import", "--format", "text", "-"}, stdin: "in/clixml-kinds.xml"},
	{name: "import/none", args: []string{"import"}},
	{name: "import/truncated", args: []string{"import", exampleExport, "testdata/in/clixml-truncated.xml"}},
	{name: "import/folder-with-bad-file", args: []string{"import", "testdata/in"}},
	{name: "import/missing-file", args: []string{"import", "testdata/in/no-such-file.xml"}},
	{name: "import/not-clixml", args: []string{"import", "testdata/in/errors.json"}},
}

func init() { runCases = append(runCases, importCases...) }

func TestSourceOf(t *testing.T) {
	tests := []struct {
		path string
		want inventory.Source
	}{
		{"GetSendConnector.xml", inventory.Source{Name: "GetSendConnector.xml"}},
		{"ExSetup_EX01.xml", inventory.Source{Name: "ExSetup_EX01.xml", Server: "EX01"}},
		{"exsetup_ex01.contoso.com.XML", inventory.Source{Name: "exsetup_ex01.contoso.com.XML", Server: "ex01.contoso.com"}},
		{"ExchangeOnline/GetInboundConnector.xml", inventory.Source{Name: "ExchangeOnline/GetInboundConnector.xml", Online: true}},
		{"2026-12-06/exchangeonline/x/GetOrganizationConfig.xml", inventory.Source{Name: "2026-12-06/exchangeonline/x/GetOrganizationConfig.xml", Online: true}},
		{"ExchangeOnlineNot/GetOrganizationConfig.xml", inventory.Source{Name: "ExchangeOnlineNot/GetOrganizationConfig.xml"}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, sourceOf(tt.path)); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.path, d)
		}
	}
}

// TestImportThenCheck checks that what import prints is what check reads.
func TestImportThenCheck(t *testing.T) {
	var org, stderr bytes.Buffer
	status := run([]string{"import", exampleExport}, nil, &org, &stderr, nil)
	require.Equal(t, exitOK, status, stderr.String())
	var out bytes.Buffer
	stderr.Reset()
	status = run([]string{"check", "--date", modernDay, "--format", "json", "-"}, strings.NewReader(org.String()), &out, &stderr, nil)
	require.Equal(t, exitFindings, status, "the example lacks a tenant and a type: %s", stderr.String())
	require.Empty(t, stderr.String())
	require.Contains(t, out.String(), `"code": "hybrid/type-missing"`)
}
