package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
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
		{"GetExchangeCertificate_EX02.xml", inventory.Source{Name: "GetExchangeCertificate_EX02.xml", Server: "EX02"}},
		{"GetExchangeCertificate.xml", inventory.Source{Name: "GetExchangeCertificate.xml"}},
		{"ExchangeOnline/GetInboundConnector.xml", inventory.Source{Name: "ExchangeOnline/GetInboundConnector.xml", Online: true}},
		{"2026-12-06/exchangeonline/x/GetOrganizationConfig.xml", inventory.Source{Name: "2026-12-06/exchangeonline/x/GetOrganizationConfig.xml", Online: true}},
		{"ExchangeOnlineNot/GetOrganizationConfig.xml", inventory.Source{Name: "ExchangeOnlineNot/GetOrganizationConfig.xml"}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, sourceOf(tt.path, tt.path)); d != "" {
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

// TestImportOnlineFolder checks that Exchange Online's exports are read as
// such whether the parent folder, the ExchangeOnline folder itself or a
// file in it is given: the tenant comes from Exchange Online's
// OrganizationConfig only.
func TestImportOnlineFolder(t *testing.T) {
	data, err := os.ReadFile("../../inventory/testdata/exo/Synthetic_EXO_GetOrganizationConfig.xml")
	require.NoError(t, err)
	root := t.TempDir()
	online := filepath.Join(root, "ExchangeOnline")
	require.NoError(t, os.Mkdir(online, 0o755))
	file := filepath.Join(online, "GetOrganizationConfig.xml")
	require.NoError(t, os.WriteFile(file, data, 0o644))
	for _, arg := range []string{root, online, file} {
		var out, stderr bytes.Buffer
		status := run([]string{"import", arg}, nil, &out, &stderr, nil)
		require.Equal(t, exitOK, status, stderr.String())
		var org hybrid.Organization
		require.NoError(t, json.Unmarshal(out.Bytes(), &org), arg)
		require.Equal(t, exhybrid.Tenant("contoso.onmicrosoft.com"), org.Tenant, arg)
		require.Empty(t, org.Name, "%s: the tenant's OrganizationConfig is not the organization's", arg)
	}
}

// TestInventoryCountsEveryKind keeps the import summary complete: an
// inventory with one object in every list of objects, on premises and
// online, gives one "Observed" line per list. A kind added to the
// inventory without a line in inventoryCounts fails here.
func TestInventoryCountsEveryKind(t *testing.T) {
	var inv inventory.Inventory
	lists := fillLists(reflect.ValueOf(&inv).Elem()) + fillLists(reflect.ValueOf(&inv.Online).Elem())
	if got := len(inventoryCounts(&inv)); got != lists {
		t.Errorf("inventoryCounts gives %d lines for %d lists of objects: add the new kinds to it", got, lists)
	}
}

// fillLists puts one zero object in each slice field of the struct v
// that holds objects (not the Unknown counts nor the Exported cmdlets)
// and returns how many it filled.
func fillLists(v reflect.Value) int {
	n := 0
	for i := range v.NumField() {
		f, name := v.Field(i), v.Type().Field(i).Name
		if f.Kind() != reflect.Slice || name == "Unknown" || name == "Exported" {
			continue
		}
		f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		n++
	}
	return n
}
