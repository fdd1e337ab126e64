package exhybrid_test

import (
	stdcmp "cmp"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

const (
	codeA exhybrid.Code = "test/rule-a"
	codeB exhybrid.Code = "test/rule-b"
)

func TestPath(t *testing.T) {
	tests := []struct {
		got  exhybrid.Path
		want string
	}{
		{exhybrid.Path("servers").Index(3).Child("build"), "servers[3].build"},
		{exhybrid.Path("").Child("tenant"), "tenant"},
		{exhybrid.Path("").Index(0), "[0]"},
		{exhybrid.Path("sites").Key("HQ"), `sites["HQ"]`},
		{exhybrid.Path("organization").Join("servers[3].build"), "organization.servers[3].build"},
		{exhybrid.Path("servers").Join("[3].build"), "servers[3].build"},
		{exhybrid.Path("").Join("build"), "build"},
		{exhybrid.Path("x").Join(""), "x"},
		{exhybrid.Path("GetSendConnector.xml").Prop("Mail to O365").Prop("TlsAuthLevel"), "GetSendConnector.xml: Mail to O365: TlsAuthLevel"},
		{exhybrid.Path("").Prop("Fqdn"), "Fqdn"},
	}
	for _, tt := range tests {
		if string(tt.got) != tt.want {
			t.Errorf("path = %q, want %q", tt.got, tt.want)
		}
	}
}

func TestFindingsErr(t *testing.T) {
	fs := exhybrid.Findings{
		{Path: "a", Severity: exhybrid.SeverityWarning, Code: codeB, Message: "warn"},
		{Path: "b", Severity: exhybrid.SeverityError, Code: codeA, Message: "bad"},
		{Path: "c", Severity: exhybrid.SeverityInfo, Code: codeB, Message: "note"},
	}
	err := fs.Err()
	if !errors.Is(err, codeA) {
		t.Errorf("errors.Is(err, codeA) = false")
	}
	if errors.Is(err, codeB) {
		t.Errorf("errors.Is(err, codeB) = true; warnings must not be part of Err")
	}
	var f exhybrid.Finding
	if !errors.As(err, &f) || f.Path != "b" || f.Code != codeA {
		t.Errorf("errors.As = %+v", f)
	}
	if got := f.Error(); got != "b: bad [test/rule-a]" {
		t.Errorf("Error() = %q", got)
	}
	if !fs.HasErrors() || !fs.Has(codeB) || fs.Has("test/none") {
		t.Error("HasErrors/Has wrong")
	}
	if n := len(fs.Errors()) + 10*len(fs.Warnings()) + 100*len(fs.Infos()); n != 111 {
		t.Errorf("Errors/Warnings/Infos counts = %d, want 111", n)
	}
	if (exhybrid.Findings{fs[0], fs[2]}).Err() != nil {
		t.Error("Err() of warnings and infos is not nil")
	}
	if exhybrid.Findings(nil).Err() != nil {
		t.Error("Err() of nil is not nil")
	}
}

func TestFindingsUnderAndSort(t *testing.T) {
	fs := exhybrid.Findings{
		{Path: "build", Severity: exhybrid.SeverityWarning, Code: codeB, Message: "m2"},
		{Path: "[1].roles", Severity: exhybrid.SeverityError, Code: codeA, Message: "m1"},
		{Path: "build", Severity: exhybrid.SeverityError, Code: codeB, Message: "m3"},
	}
	got := fs.Under("servers")
	got.Sort()
	want := exhybrid.Findings{
		{Path: "servers.build", Severity: exhybrid.SeverityError, Code: codeB, Message: "m3"},
		{Path: "servers.build", Severity: exhybrid.SeverityWarning, Code: codeB, Message: "m2"},
		{Path: "servers[1].roles", Severity: exhybrid.SeverityError, Code: codeA, Message: "m1"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Under+Sort mismatch (-want +got):\n%s", diff)
	}
	if fs[0].Path != "build" {
		t.Error("Under modified its receiver")
	}
	if exhybrid.Findings(nil).Under("x") != nil {
		t.Error("Under(nil) is not nil")
	}
	if s := got[:1].String(); s != "error servers.build: m3 [test/rule-b]\n" {
		t.Errorf("String() = %q", s)
	}
}

func TestSeverityText(t *testing.T) {
	for _, s := range []exhybrid.Severity{exhybrid.SeverityError, exhybrid.SeverityWarning, exhybrid.SeverityInfo} {
		text, err := s.MarshalText()
		require.NoError(t, err)
		var back exhybrid.Severity
		if err := back.UnmarshalText(text); err != nil || back != s {
			t.Errorf("round trip %v: %v, %v", s, back, err)
		}
	}
	if _, err := exhybrid.SeverityUnknown.MarshalText(); !errors.Is(err, exhybrid.ErrUnknownValue) {
		t.Errorf("zero severity marshalled: %v", err)
	}
	if _, err := exhybrid.ParseSeverity("fatal"); !errors.Is(err, exhybrid.ErrUnknownValue) {
		t.Errorf("ParseSeverity(fatal) = %v", err)
	}
	data, err := json.Marshal(exhybrid.Finding{Path: "x", Severity: exhybrid.SeverityInfo, Code: codeA, Message: "m"})
	if err != nil || string(data) != `{"path":"x","severity":"info","code":"test/rule-a","message":"m"}` {
		t.Errorf("json = %s, %v", data, err)
	}
}

func TestCodePackage(t *testing.T) {
	if got := codeA.Package(); got != "test" {
		t.Errorf("Package() = %q", got)
	}
}

func TestCloud(t *testing.T) {
	for c := exhybrid.CloudWorldwide; c <= exhybrid.Cloud21Vianet; c++ {
		text, err := c.MarshalText()
		require.NoError(t, err)
		var back exhybrid.Cloud
		if err := back.UnmarshalText(text); err != nil || back != c {
			t.Errorf("round trip %v: %v, %v", c, back, err)
		}
	}
	for in, want := range map[string]exhybrid.Cloud{"GCC": exhybrid.CloudWorldwide, "gcc high": exhybrid.CloudGCCHigh, "China": exhybrid.Cloud21Vianet} {
		if got, err := exhybrid.ParseCloud(in); err != nil || got != want {
			t.Errorf("ParseCloud(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := exhybrid.ParseCloud("mars"); !errors.Is(err, exhybrid.ErrUnknownValue) {
		t.Errorf("ParseCloud(mars) = %v", err)
	}
	if _, err := exhybrid.CloudUnknown.MarshalText(); !errors.Is(err, exhybrid.ErrUnknownValue) {
		t.Error("zero cloud marshalled")
	}
}

func TestTenant(t *testing.T) {
	tests := []struct {
		in, name, coex string
	}{
		{"contoso.onmicrosoft.com", "contoso", "contoso.mail.onmicrosoft.com"},
		{"Contoso.OnMicrosoft.com", "contoso", "contoso.mail.onmicrosoft.com"},
		{"contoso", "", ""},
		{"onmicrosoft.com", "", ""},
		{".onmicrosoft.com", "", ""},
		{"a.b.onmicrosoft.com", "", ""},
		{"con_toso.onmicrosoft.com", "", ""},
		{"contoso.mail.onmicrosoft.com", "", ""},
	}
	for _, tt := range tests {
		tn := exhybrid.Tenant(tt.in)
		if tn.Name() != tt.name || tn.CoexistenceDomain() != tt.coex {
			t.Errorf("Tenant(%q) name %q coex %q, want %q %q", tt.in, tn.Name(), tn.CoexistenceDomain(), tt.name, tt.coex)
		}
		if (tn.Check() == nil) != (tt.name != "") {
			t.Errorf("Tenant(%q).Check() = %v", tt.in, tn.Check())
		}
		if tn.Check() != nil && !errors.Is(tn.Check(), exhybrid.ErrTenant) {
			t.Errorf("Check error does not wrap ErrTenant")
		}
	}
}

func TestPathCompare(t *testing.T) {
	ascending := []exhybrid.Path{
		"",
		"acceptedDomains",
		"hybridServers",
		"servers",
		"servers[2]",
		"servers[2].build",
		"servers[2].roles",
		"servers[10]",
		"servers[10].build",
		"servers[100]",
		"tenant",
	}
	for i, a := range ascending {
		for j, b := range ascending {
			if got, want := a.Compare(b), stdcmp.Compare(i, j); got != want {
				t.Errorf("%q.Compare(%q) = %d, want %d", a, b, got, want)
			}
		}
	}
	fs := exhybrid.Findings{
		{Path: "servers[10].build", Severity: exhybrid.SeverityError, Code: codeA},
		{Path: "servers[2].build", Severity: exhybrid.SeverityError, Code: codeA},
	}
	fs.Sort()
	if fs[0].Path != "servers[2].build" {
		t.Errorf("Sort put %q first; indices must sort as numbers", fs[0].Path)
	}
}

func TestTenantNonASCII(t *testing.T) {
	// The Kelvin sign lower-cases to an ASCII k in Unicode; it must not
	// become another tenant.
	for _, in := range []exhybrid.Tenant{"\u212Aontoso.onmicrosoft.com", "contösö.onmicrosoft.com"} {
		if err := in.Check(); !errors.Is(err, exhybrid.ErrTenant) {
			t.Errorf("Tenant(%q).Check() = %v, want ErrTenant", in, err)
		}
		if in.Name() != "" || in.CoexistenceDomain() != "" || in.Domain() != "" {
			t.Errorf("Tenant(%q) gives %q, %q, %q", in, in.Name(), in.CoexistenceDomain(), in.Domain())
		}
	}
	for _, err := range []error{exhybrid.Tenant("x").Check(), exhybrid.Tenant("-x.onmicrosoft.com").Check()} {
		if !errors.Is(err, exhybrid.ErrTenant) || strings.Contains(err.Error(), "\n") {
			t.Errorf("error %q is not a one-line error wrapping ErrTenant", err)
		}
	}
	if _, err := exhybrid.ParseCloud("Mars"); strings.Contains(err.Error(), "\n") {
		t.Errorf("ParseCloud error %q spans lines", err)
	}
	var ve *exhybrid.ValueError
	if _, err := exhybrid.ParseCloud("Mars"); !errors.As(err, &ve) || ve.Input != "Mars" {
		t.Errorf("ParseCloud error %#v is not a *ValueError with the input", err)
	}
}

func TestAddf(t *testing.T) {
	var fs exhybrid.Findings
	fs.Addf("servers[1].build", exhybrid.SeverityWarning, codeA, "Update it", "%s runs %d", "EX1", 2007)
	want := exhybrid.Findings{{Path: "servers[1].build", Severity: exhybrid.SeverityWarning, Code: codeA, Message: "EX1 runs 2007", Fix: "Update it"}}
	if diff := cmp.Diff(want, fs); diff != "" {
		t.Errorf("Addf (-want +got):\n%s", diff)
	}
}

func TestEnumTables(t *testing.T) {
	for _, err := range []error{exhybrid.SeverityTableCheck(), exhybrid.CloudTableCheck()} {
		if err != nil {
			t.Error(err)
		}
	}
}
