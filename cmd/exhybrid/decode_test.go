package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/internal/strictjson"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// The decoder itself is tested in internal/strictjson; these tests check
// what the command adds: the organization's types, and the wording of
// their errors and of XML and deep nesting for exhybrid's users.

// TestDecodeLibraryErrors checks that a value the library rejects is
// reported at its place, with the library's error underneath the wording.
func TestDecodeLibraryErrors(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		line, col int
		path      string
		kind      error
	}{
		{"build", `{"servers": [{"build": "15.0.x"}]}`, 1, 24, "servers[0].build", version.ErrSyntax},
		{"build range", `{"servers": [{}, {"build": "15.0.70000.1"}]}`, 1, 28, "servers[1].build", version.ErrRange},
		{"role", `{"servers": [{"roles": "Mailbox, Mailbox"}]}`, 1, 24, "servers[0].roles", roles.ErrUnknownValue},
		{"date", `{"certificate": {"notAfter": "2025-02-29"}}`, 1, 30, "certificate.notAfter", version.ErrDate},
		{"cloud", `{"cloud": "Mars"}`, 1, 11, "cloud", exhybrid.ErrUnknownValue},
		{"type", `{"type": "Fullest"}`, 1, 10, "type", hybrid.ErrUnknownValue},
		{"feature", `{"features": "FreeBusy, Teleport"}`, 1, 14, "features", hybrid.ErrUnknownValue},
		{"CLIXML export", "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n</Objs>", 1, 1, "", errCLIXML},
		{"CLIXML by its namespace", "<?xml version=\"1.0\"?>\n<Objs2 xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"/>", 1, 1, "", errCLIXML},
		{"other XML", "\n<?xml version=\"1.0\"?><a/>", 2, 1, "", errXML},
		{"nested too deep", strings.Repeat("[", strictjson.MaxDepth+1), 1, strictjson.MaxDepth + 1, "", errTooDeep},
	}
	for _, tt := range tests {
		var org hybrid.Organization
		errs := decodeStrict("in.json", []byte(tt.in), &org)
		require.Len(t, errs, 1, tt.name)
		err := errs[0]
		require.Equal(t, "in.json", err.Name, tt.name)
		require.Equal(t, [2]int{tt.line, tt.col}, [2]int{err.Line, err.Col}, tt.name)
		require.Equal(t, tt.path, err.Path, tt.name)
		require.ErrorIs(t, err, tt.kind, tt.name)
	}
}

// TestXMLWording checks the two XML messages, which no golden file holds
// both of: each says what exhybrid reads.
func TestXMLWording(t *testing.T) {
	require.Equal(t, "this looks like XML, not JSON; exhybrid reads JSON organization files", errXML.Error())
	require.ErrorIs(t, errXML, strictjson.ErrXML)
	require.ErrorIs(t, errCLIXML, strictjson.ErrXML)
	require.Contains(t, errCLIXML.Error(), "exhybrid import")
	require.Equal(t, "the JSON value is nested deeper than 64 levels; an organization file nests a few", errTooDeep.Error())
}

func TestInputErrorMessage(t *testing.T) {
	// The form the package doc shows and editors expect.
	var org hybrid.Organization
	errs := decodeStrict("org.json", []byte("{\n  \"servers\": [{}, {},\n    {\"build\": \"15.0.x\"}]}"), &org)
	require.Len(t, errs, 1)
	require.Equal(t, `org.json:3:15: servers[2].build: invalid build "15.0.x": want four numbers separated by dots, such as 15.2.1544.4`, errs[0].Error())
}

// TestBOMColumns checks that a UTF-8 byte order mark does not count in the
// columns: an editor does not show it.
func TestBOMColumns(t *testing.T) {
	const doc = `{"name": "a", "bogus": 1}`
	for _, in := range []string{doc, "\xEF\xBB\xBF" + doc} {
		var stdout, stderr bytes.Buffer
		status := run([]string{"check", "--date", day, "-"}, strings.NewReader(in), &stdout, &stderr, nil)
		require.Equal(t, exitUsage, status, in)
		require.Equal(t, stdinName+`:1:15: bogus: unknown field "bogus"`+"\n", stderr.String(), in)
	}
}

// TestDecodeAgreesWithUnmarshal checks that on valid files the strict
// decoder gives what encoding/json gives.
func TestDecodeAgreesWithUnmarshal(t *testing.T) {
	for _, file := range []string{"example.json", "testdata/in/aliases.json", "testdata/in/errors.json"} {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var strict, lenient hybrid.Organization
		require.Empty(t, decodeStrict(file, data, &strict), file)
		require.NoError(t, json.Unmarshal(data, &lenient), file)
		if diff := cmp.Diff(lenient, strict); diff != "" {
			t.Errorf("%s: strict decoding differs from json.Unmarshal (-lenient +strict):\n%s", file, diff)
		}
	}
}

// TestDecodeRoundTrip checks that what a Go program writes, json.Marshal
// of an organization with empty (nil) lists included, is read back as it
// was.
func TestDecodeRoundTrip(t *testing.T) {
	var example hybrid.Organization
	require.Empty(t, decodeStrict(exampleName, exampleJSON, &example))
	sparse := hybrid.Organization{
		Name: "Fabrikam", Tenant: "fabrikam.onmicrosoft.com", Cloud: exhybrid.CloudWorldwide,
		Type: hybrid.TypeClassicMinimal, MX: transport.MXExchangeOnline,
		Servers: []roles.Server{{Name: "EX1", Build: version.MustParseBuild("15.2.1748.10"), Roles: roles.Of(roles.RoleMailbox)}},
	}
	for _, org := range []hybrid.Organization{example, sparse} {
		data, err := json.Marshal(org)
		require.NoError(t, err)
		var got hybrid.Organization
		require.Empty(t, decodeStrict("marshalled", data, &got), "%s", data)
		if diff := cmp.Diff(org, got); diff != "" {
			t.Errorf("%s: round trip (-want +got):\n%s", org.Name, diff)
		}
	}
}
