package federation_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/version"
)

// at returns the path function of object n of file, in the form of
// inventory.Origin.Path.
func at(file string, n int) func(string) exhybrid.Path {
	return func(prop string) exhybrid.Path {
		p := fmt.Sprintf("%s: object %d", file, n)
		if prop != "" {
			p += ": " + prop
		}
		return exhybrid.Path(p)
	}
}

func date(s string) version.Date {
	d, err := version.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// The objects of the real exports (FORMAT.md §2.4, §2.5, §2.9, §2.10):
// E19's auth configuration and its certificates, MonitorExchangeAuthCertificate's
// configuration with a staged certificate and its certificates, E19's
// partner applications and setting overrides.
const (
	e19Current     = "C3EDCF181EF4F9B53D01768ECA99564014BCA6E7"
	monitorCurrent = "E1BDF9AE58C93C75E76C9DD882138FB8FF0FA786"
	monitorNext    = "BC6BF924D6EF046E64F8D1987DC1D7D2F4C0042A"
)

var (
	e19AuthConfig = federation.AuthConfig{CurrentCertificateThumbprint: e19Current, ServiceName: federation.ExchangeOnlineAppID}
	e19Certs      = []federation.CertificateLifetime{
		{Thumbprint: e19Current, NotAfter: date("2024-11-06")},
		{Thumbprint: "6C7DE09FB39A40144F57EFEBC3DF0148E3A9AB28", NotAfter: date("2024-12-03")},
		{Thumbprint: "38247AD2B76244411748274C508D13446311830B", NotAfter: date("2029-11-30")},
	}
	monitorAuthConfig = federation.AuthConfig{CurrentCertificateThumbprint: monitorCurrent, NextCertificateThumbprint: monitorNext,
		NextCertificateEffectiveDate: time.Date(2023, 2, 3, 14, 16, 2, 0, time.UTC), ServiceName: federation.ExchangeOnlineAppID}
	monitorCerts = []federation.CertificateLifetime{
		{Thumbprint: monitorCurrent, NotAfter: date("2027-12-30")},
		{Thumbprint: monitorNext, NotAfter: date("2028-01-04")},
	}
)

var (
	// shortNextConfig stages a next certificate that ends 15 days after
	// the current one, taking effect on the current one's last day.
	shortNextConfig = federation.AuthConfig{CurrentCertificateThumbprint: monitorCurrent, NextCertificateThumbprint: monitorNext,
		NextCertificateEffectiveDate: time.Date(2027, 12, 30, 0, 0, 0, 0, time.UTC), ServiceName: federation.ExchangeOnlineAppID}
	shortNext = []federation.CertificateLifetime{
		{Thumbprint: monitorCurrent, NotAfter: date("2027-12-30")},
		{Thumbprint: monitorNext, NotAfter: date("2028-01-14")},
	}
	// undatedConfig stages a long-lived next certificate without an
	// effective date.
	undatedConfig = federation.AuthConfig{CurrentCertificateThumbprint: monitorCurrent, NextCertificateThumbprint: monitorNext,
		ServiceName: federation.ExchangeOnlineAppID}
	undated = []federation.CertificateLifetime{
		{Thumbprint: monitorCurrent, NotAfter: date("2027-12-30")},
		{Thumbprint: monitorNext, NotAfter: date("2029-12-30")},
	}
)

const authFile = "GetAuthConfig.xml"

func authExport(c federation.AuthConfig, certs []federation.CertificateLifetime) federation.ExportedOAuth {
	return federation.ExportedOAuth{AuthConfig: &federation.Observed[federation.AuthConfig]{Value: c, Path: at(authFile, 1)}, Certificates: certs}
}

// The same AuthConfig on several days: fine, successor needed, expired.
func TestAuthCertificateDates(t *testing.T) {
	cur := exhybrid.Path(authFile + ": object 1: CurrentCertificateThumbprint")
	next := exhybrid.Path(authFile + ": object 1: NextCertificateThumbprint")
	tests := []struct {
		on    string
		certs []federation.CertificateLifetime
		cfg   federation.AuthConfig
		want  []findingtest.Key
	}{
		{"2024-01-01", e19Certs, e19AuthConfig, nil},
		{"2024-09-06", e19Certs, e19AuthConfig, nil}, // 61 days left
		{"2024-09-07", e19Certs, e19AuthConfig, []findingtest.Key{findingtest.W(cur, federation.CodeAuthCertificateExpiring)}}, // 60 days: yellow
		{"2024-10-07", e19Certs, e19AuthConfig, []findingtest.Key{findingtest.W(cur, federation.CodeAuthCertificateExpiring)}}, // 30 days: yellow
		{"2024-10-08", e19Certs, e19AuthConfig, []findingtest.Key{findingtest.E(cur, federation.CodeAuthCertificateExpiring)}}, // 29 days: red
		{"2024-11-06", e19Certs, e19AuthConfig, []findingtest.Key{findingtest.E(cur, federation.CodeAuthCertificateExpiring)}}, // its last day
		{"2024-11-07", e19Certs, e19AuthConfig, []findingtest.Key{findingtest.E(cur, federation.CodeAuthCertificateExpired)}},
		{"2026-12-06", e19Certs, e19AuthConfig, []findingtest.Key{findingtest.E(cur, federation.CodeAuthCertificateExpired)}},
		// The staged certificate before its effective date, then in use.
		{"2023-01-15", monitorCerts, monitorAuthConfig, []findingtest.Key{findingtest.I(next, federation.CodeAuthCertificateNextStaged)}},
		{"2026-12-06", monitorCerts, monitorAuthConfig, nil},
		// In use, but itself within 120 days of its end: MonitorExchangeAuthCertificate
		// would stage another, and the one it replaced is within 60 days.
		{"2027-12-01", monitorCerts, monitorAuthConfig, []findingtest.Key{
			findingtest.W(next, federation.CodeAuthCertificateNextInvalid), findingtest.E(cur, federation.CodeAuthCertificateExpiring)}},
		// A next certificate valid for 120 days or fewer is judged only when
		// the current one is within 60 days of its end (Scenario 2 of
		// Get-ExchangeAuthCertificateStatus.ps1).
		{"2027-09-01", shortNext, shortNextConfig, []findingtest.Key{findingtest.I(next, federation.CodeAuthCertificateNextStaged)}}, // 120 days left
		{"2027-10-31", shortNext, shortNextConfig, []findingtest.Key{ // 60 days left
			findingtest.W(next, federation.CodeAuthCertificateNextInvalid), findingtest.W(cur, federation.CodeAuthCertificateExpiring)}},
		// A next certificate without an effective date does not take over:
		// the current one's end is still reported.
		{"2027-12-01", undated, undatedConfig, []findingtest.Key{
			findingtest.E(cur, federation.CodeAuthCertificateExpiring), findingtest.I(next, federation.CodeAuthCertificateNextStaged)}},
		// The current certificate's end not exported: not judged.
		{"2026-12-06", []federation.CertificateLifetime{{Thumbprint: e19Current}}, e19AuthConfig, nil},
		// No certificates exported, or no day: the lifetime is not checked.
		{"2026-12-06", nil, e19AuthConfig, nil},
		{"", e19Certs, e19AuthConfig, nil},
	}
	for _, tt := range tests {
		t.Run(tt.on+" "+tt.cfg.CurrentCertificateThumbprint[:4], func(t *testing.T) {
			var on version.Date
			if tt.on != "" {
				on = date(tt.on)
			}
			fs := federation.AuditOAuth(authExport(tt.cfg, tt.certs), on)
			if d := findingtest.Diff(tt.want, fs); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}

// Edited copies of the real configurations for the other branches.
func TestAuthCertificate(t *testing.T) {
	p := func(prop string) exhybrid.Path { return exhybrid.Path(authFile + ": object 1: " + prop) }
	on := date("2023-01-15")
	tests := []struct {
		name  string
		edit  func(*federation.AuthConfig)
		certs []federation.CertificateLifetime
		want  []findingtest.Key
	}{
		{"no current certificate", func(c *federation.AuthConfig) { c.CurrentCertificateThumbprint = "" }, monitorCerts,
			[]findingtest.Key{findingtest.E(p("CurrentCertificateThumbprint"), federation.CodeAuthCertificateMissing)}},
		{"current not exported", func(c *federation.AuthConfig) {}, monitorCerts[1:],
			[]findingtest.Key{findingtest.W(p("CurrentCertificateThumbprint"), federation.CodeAuthCertificateNotFound)}},
		{"next not exported", func(c *federation.AuthConfig) {}, monitorCerts[:1],
			[]findingtest.Key{findingtest.W(p("NextCertificateThumbprint"), federation.CodeAuthCertificateNextInvalid)}},
		{"thumbprints in lower case", func(c *federation.AuthConfig) {
			c.CurrentCertificateThumbprint = "e1bdf9ae58c93c75e76c9dd882138fb8ff0fa786"
		}, monitorCerts, []findingtest.Key{findingtest.I(p("NextCertificateThumbprint"), federation.CodeAuthCertificateNextStaged)}},
		{"effective after the current one's end", func(c *federation.AuthConfig) {
			c.NextCertificateEffectiveDate = time.Date(2027, 12, 31, 0, 0, 0, 0, time.UTC)
		}, monitorCerts, []findingtest.Key{findingtest.W(p("NextCertificateEffectiveDate"), federation.CodeAuthCertificateNextInvalid)}},
		{"next without an effective date", func(c *federation.AuthConfig) { c.NextCertificateEffectiveDate = time.Time{} }, monitorCerts,
			[]findingtest.Key{findingtest.I(p("NextCertificateThumbprint"), federation.CodeAuthCertificateNextStaged)}},
		{"next expired", func(c *federation.AuthConfig) {}, []federation.CertificateLifetime{monitorCerts[0], {Thumbprint: monitorNext, NotAfter: date("2022-12-31")}},
			[]findingtest.Key{findingtest.W(p("NextCertificateThumbprint"), federation.CodeAuthCertificateNextInvalid)}},
		// An expiring current one with a staged successor that lasts is fine.
		{"successor staged in time", func(c *federation.AuthConfig) {}, []federation.CertificateLifetime{{Thumbprint: monitorCurrent, NotAfter: date("2023-02-10")}, monitorCerts[1]},
			[]findingtest.Key{findingtest.I(p("NextCertificateThumbprint"), federation.CodeAuthCertificateNextStaged)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := monitorAuthConfig
			tt.edit(&c)
			fs := federation.AuditOAuth(authExport(c, tt.certs), on)
			if d := findingtest.Diff(tt.want, fs); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}

const (
	appsFile      = "GetPartnerApplication.xml"
	overridesFile = "GetSettingOverride.xml"
	serversFile   = "Synthetic_GetAuthServer.xml"
	connectorFile = "Synthetic_GetIntraOrganizationConnector.xml"
	appID         = "8f2d4a1c-5b6e-4f70-9a81-b2c3d4e5f607"
)

// e19Apps are E19's partner applications, in the file's order.
func e19Apps() []federation.Observed[federation.PartnerApplication] {
	apps := []federation.PartnerApplication{
		{Name: "Exchange Online", ApplicationIdentifier: federation.ExchangeOnlineAppID, Enabled: true, UseAuthServer: true},
		{Name: "Microsoft Graph", ApplicationIdentifier: "00000003-0000-0000-c000-000000000000", Enabled: true, UseAuthServer: true},
		{Name: "TeamsScheduler", ApplicationIdentifier: federation.TeamsSchedulerAppID, UseAuthServer: true},
		{Name: "CloudVoicemail", ApplicationIdentifier: federation.CloudVoicemailAppID, UseAuthServer: true},
		{Name: "SfBLegacy", ApplicationIdentifier: federation.SkypeForBusinessLegacyAppID, Enabled: true, UseAuthServer: true},
	}
	var out []federation.Observed[federation.PartnerApplication]
	for i, a := range apps {
		out = append(out, federation.Observed[federation.PartnerApplication]{Value: a, Path: at(appsFile, i+1)})
	}
	return out
}

func override(name, component, section string, params ...string) federation.SettingOverride {
	o := federation.SettingOverride{Name: name, ComponentName: component, SectionName: section}
	for _, p := range params {
		param, err := federation.ParseOverrideParameter(p)
		if err != nil {
			panic(err)
		}
		o.Parameters = append(o.Parameters, param)
	}
	return o
}

var (
	amsiOverride    = override("DisablingAMSIScan", "Cafe", "HttpRequestFiltering", "Enabled=True")
	signingOverride = override("EnableSigningVerification", "Data", "EnableSerializationDataSigning", "Enabled=true")
	appOverride     = override("EnableExchangeHybrid3PAppFeature", "Global", "ExchangeOnpremAsThirdPartyAppId", "Enabled=true")
	graphOverride   = override("EnableRouteThroughMSGraphFeature", "SettingOverride", "RouteThroughMSGraph", "Enabled=true")
)

func overrides(list ...federation.SettingOverride) []federation.Observed[federation.SettingOverride] {
	out := []federation.Observed[federation.SettingOverride]{}
	for i, o := range list {
		out = append(out, federation.Observed[federation.SettingOverride]{Value: o, Path: at(overridesFile, i+1)})
	}
	return out
}

// oauthExport is E19's partner applications and overrides with the
// synthetic authorization servers and connector: the dedicated app fully
// configured.
func oauthExport() federation.ExportedOAuth {
	return federation.ExportedOAuth{
		AuthServers: []federation.Observed[federation.AuthServer]{
			{Value: federation.AuthServer{Name: "EvoSts - 0c1d", Type: federation.AuthServerAzureAD, Enabled: true, ApplicationIdentifier: appID}, Path: at(serversFile, 1)},
			{Value: federation.AuthServer{Name: "ACS - 0c1d", Type: federation.AuthServerMicrosoftACS}, Path: at(serversFile, 2)},
		},
		PartnerApplications: e19Apps(),
		SettingOverrides:    overrides(amsiOverride, signingOverride, appOverride),
		IntraOrganizationConnectors: []federation.Observed[federation.IntraOrganizationConnector]{
			{Value: federation.IntraOrganizationConnector{Name: "HybridIOC - 0c1d", Enabled: true}, Path: at(connectorFile, 1)},
		},
		RichCoexistence: true,
		Path:            "export",
	}
}

func TestAuditOAuthObjects(t *testing.T) {
	sfb := findingtest.W(appsFile+": object 5", federation.CodeSfBLegacyPartnerApplication)
	appOv := exhybrid.Path(overridesFile + ": object 3")
	after, before := date("2026-12-06"), date("2025-10-30")
	tests := []struct {
		name string
		edit func(*federation.ExportedOAuth)
		on   version.Date
		want []findingtest.Key
	}{
		{"the real objects, the app configured", func(*federation.ExportedOAuth) {}, after, []findingtest.Key{sfb}},
		{"Teams Scheduler enabled", func(e *federation.ExportedOAuth) { e.PartnerApplications[2].Value.Enabled = true }, after,
			nil},
		{"the app's override without its ID on the auth server", func(e *federation.ExportedOAuth) {
			e.AuthServers[0].Value.ApplicationIdentifier = ""
		}, after, []findingtest.Key{sfb, findingtest.E(appOv, federation.CodeHybridAppAuthServer)}},
		// HealthChecker's unanchored pattern would take this for a GUID.
		{"an ID that only holds a GUID", func(e *federation.ExportedOAuth) {
			e.AuthServers[0].Value.ApplicationIdentifier = "app-" + appID
		}, after, []findingtest.Key{sfb, findingtest.E(appOv, federation.CodeHybridAppAuthServer)}},
		{"the app's auth server disabled", func(e *federation.ExportedOAuth) { e.AuthServers[0].Value.Enabled = false }, after,
			[]findingtest.Key{sfb, findingtest.W(serversFile+": object 1: Enabled", federation.CodeAuthServerDisabled),
				findingtest.E(appOv, federation.CodeHybridAppAuthServer), findingtest.E("export", federation.CodeOAuthAuthServerMissing)}},
		{"no override after 2025-10-31", func(e *federation.ExportedOAuth) { e.SettingOverrides = overrides(amsiOverride, signingOverride) }, after,
			[]findingtest.Key{sfb, findingtest.E("export", federation.CodeHybridAppOverrideMissing)}},
		{"no override after 2025-10-31, on the overrides' file; the other kinds' files are theirs", func(e *federation.ExportedOAuth) {
			e.SettingOverrides = overrides(amsiOverride)
			e.SettingOverridesPath, e.AuthServersPath, e.PartnerApplicationsPath = overridesFile, serversFile, appsFile
		}, after, []findingtest.Key{sfb, findingtest.E(overridesFile, federation.CodeHybridAppOverrideMissing)}},
		{"no override before 2025-10-31", func(e *federation.ExportedOAuth) { e.SettingOverrides = overrides(amsiOverride) }, before,
			[]findingtest.Key{sfb}},
		{"no override, no rich coexistence", func(e *federation.ExportedOAuth) {
			e.SettingOverrides = overrides(amsiOverride)
			e.RichCoexistence = false
		}, after, []findingtest.Key{sfb}},
		{"overrides not exported", func(e *federation.ExportedOAuth) { e.SettingOverrides = nil }, after, []findingtest.Key{sfb}},
		{"the override disabled", func(e *federation.ExportedOAuth) {
			e.SettingOverrides = overrides(override(appOverride.Name, "global", "exchangeonpremasthirdpartyappid", "Enabled = False"))
		}, after, []findingtest.Key{sfb, findingtest.E("export", federation.CodeHybridAppOverrideMissing)}},
		{"the override unreadable", func(e *federation.ExportedOAuth) {
			e.SettingOverrides = overrides(override(appOverride.Name, "Global", "ExchangeOnpremAsThirdPartyAppId", "Enabled=yes"))
		}, after, []findingtest.Key{sfb, findingtest.W(overridesFile+": object 1: Parameters", federation.CodeSettingOverrideUnreadable),
			findingtest.E("export", federation.CodeHybridAppOverrideMissing)}},
		{"two overrides of the app", func(e *federation.ExportedOAuth) {
			e.SettingOverrides = overrides(appOverride, override("Other", "Global", "ExchangeOnpremAsThirdPartyAppId", "Enabled=false"))
		}, after, []findingtest.Key{sfb, findingtest.W(overridesFile+": object 2", federation.CodeSettingOverrideDuplicate)}},
		{"no enabled connector", func(e *federation.ExportedOAuth) { e.IntraOrganizationConnectors[0].Value.Enabled = false }, after,
			[]findingtest.Key{sfb, findingtest.W(appOv, federation.CodeHybridAppOAuthIncomplete)}},
		{"connectors not exported", func(e *federation.ExportedOAuth) { e.IntraOrganizationConnectors = nil }, after,
			[]findingtest.Key{sfb}},
		{"Exchange Online disabled", func(e *federation.ExportedOAuth) { e.PartnerApplications[0].Value.Enabled = false }, after,
			[]findingtest.Key{sfb, findingtest.E(appsFile+": object 1: Enabled", federation.CodeOAuthPartnerApplication),
				findingtest.W(appOv, federation.CodeHybridAppOAuthIncomplete)}},
		{"Exchange Online with a realm is not the one", func(e *federation.ExportedOAuth) { e.PartnerApplications[0].Value.Realm = "contoso.com" }, after,
			[]findingtest.Key{sfb, findingtest.E("export", federation.CodeOAuthPartnerApplication),
				findingtest.W(appOv, federation.CodeHybridAppOAuthIncomplete)}},
		{"the legacy ACS server enabled, EvoSts disabled: the disabled one reported", func(e *federation.ExportedOAuth) {
			e.AuthServers[0].Value.Enabled, e.AuthServers[1].Value.Enabled = false, true
		}, after, []findingtest.Key{sfb, findingtest.W(serversFile+": object 1: Enabled", federation.CodeAuthServerDisabled),
			findingtest.E(appOv, federation.CodeHybridAppAuthServer)}},
		{"no authorization server exported", func(e *federation.ExportedOAuth) { e.AuthServers = nil }, after, []findingtest.Key{sfb}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := oauthExport()
			tt.edit(&e)
			fs := federation.AuditOAuth(e, tt.on)
			if d := findingtest.Diff(tt.want, fs); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}

func TestAuditGraphFlow(t *testing.T) {
	servers := []federation.ServerBuild{
		{Name: "SE1", Build: version.MustParseBuild("15.2.2562.41")},
		{Name: "SE2", Build: version.MustParseBuild("15.2.2562.37")},
		{Name: "E19", Build: version.MustParseBuild("15.2.1748.24")},
		{Name: "EDGE", Build: version.MustParseBuild("15.2.1748.24"), Edge: true},
		{Name: "NOBUILD"},
	}
	graphAt := func(prop string) exhybrid.Path { return at(overridesFile, 4)(prop) }
	tests := []struct {
		name string
		edit func(*federation.ExportedOAuth)
		want []findingtest.Key
	}{
		{"every server", func(*federation.ExportedOAuth) {}, []findingtest.Key{
			findingtest.W(graphAt(""), federation.CodeGraphFlowBuild), findingtest.W(graphAt(""), federation.CodeGraphFlowBuild)}},
		{"on SE1 only", func(e *federation.ExportedOAuth) { e.SettingOverrides[3].Value.Server = []string{"se1"} }, nil},
		{"on E19 only", func(e *federation.ExportedOAuth) { e.SettingOverrides[3].Value.Server = []string{"E19"} },
			[]findingtest.Key{findingtest.W(graphAt("Server"), federation.CodeGraphFlowBuild)}},
		{"disabled", func(e *federation.ExportedOAuth) {
			e.SettingOverrides[3].Value.Parameters = []federation.OverrideParameter{{Name: "Enabled", Value: "false"}}
		}, nil},
		{"without the app's override", func(e *federation.ExportedOAuth) {
			e.SettingOverrides = slices.Delete(e.SettingOverrides, 2, 3)
			e.SettingOverrides[2].Path = graphAt
			e.SettingOverrides[2].Value.Server = []string{"SE1"}
		}, []findingtest.Key{findingtest.W(graphAt(""), federation.CodeGraphFlowWithoutHybridApp), findingtest.E("export", federation.CodeHybridAppOverrideMissing)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := oauthExport()
			e.PartnerApplications = e.PartnerApplications[:1]
			e.AuthServers = e.AuthServers[:1]
			e.SettingOverrides = overrides(amsiOverride, signingOverride, appOverride, graphOverride)
			e.Servers = servers
			tt.edit(&e)
			fs := federation.AuditOAuth(e, date("2026-12-06"))
			if d := findingtest.Diff(tt.want, fs); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}

// Every finding of the audit carries a code of the package's table with
// its severity.
func TestAuditSeverities(t *testing.T) {
	e := oauthExport()
	e.AuthConfig = &federation.Observed[federation.AuthConfig]{Value: e19AuthConfig}
	e.Certificates = e19Certs
	e.SettingOverrides = overrides(graphOverride, override("x", "Global", "ExchangeOnpremAsThirdPartyAppId"))
	e.Servers = []federation.ServerBuild{{Name: "E19", Build: version.MustParseBuild("15.2.1748.24")}}
	fs := federation.AuditOAuth(e, date("2026-12-06"))
	if len(fs) < 5 {
		t.Fatalf("only %d findings: %v", len(fs), fs)
	}
	for _, f := range fs {
		r, ok := federation.Rules().Rule(f.Code)
		if !ok || r.Severity != f.Severity || f.Message == "" {
			t.Errorf("finding %+v: not in the table, wrong severity or no message", f)
		}
	}
	// Without a Path function the path is the property's name.
	if !slices.ContainsFunc(fs, func(f exhybrid.Finding) bool { return f.Path == "CurrentCertificateThumbprint" }) {
		t.Errorf("no finding on CurrentCertificateThumbprint: %v", fs)
	}
}

func TestParseOverrideParameter(t *testing.T) {
	tests := []struct {
		in   string
		want federation.OverrideParameter
		ok   bool
	}{
		{"Enabled=true", federation.OverrideParameter{Name: "Enabled", Value: "true"}, true},
		{" Enabled = False ", federation.OverrideParameter{Name: "Enabled", Value: "False"}, true},
		{"Url=https://x/?a=b", federation.OverrideParameter{Name: "Url", Value: "https://x/?a=b"}, true},
		{"Empty=", federation.OverrideParameter{Name: "Empty"}, true},
		{"Enabled", federation.OverrideParameter{}, false},
		{"=true", federation.OverrideParameter{}, false},
	}
	for _, tt := range tests {
		got, err := federation.ParseOverrideParameter(tt.in)
		if (err == nil) != tt.ok || got != tt.want || (err != nil && !errors.Is(err, federation.ErrOverrideParameter)) {
			t.Errorf("ParseOverrideParameter(%q) = %+v, %v", tt.in, got, err)
		}
		if tt.ok {
			if back, err := federation.ParseOverrideParameter(got.String()); err != nil || back != got {
				t.Errorf("round trip of %q: %+v, %v", tt.in, back, err)
			}
		}
	}
}

func FuzzParseOverrideParameter(f *testing.F) {
	for _, s := range []string{"Enabled=true", " Enabled = False ", "=x", "x", "a=b=c", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := federation.ParseOverrideParameter(s)
		if err != nil {
			if !errors.Is(err, federation.ErrOverrideParameter) {
				t.Fatalf("ParseOverrideParameter(%q): %v does not wrap ErrOverrideParameter", s, err)
			}
			return
		}
		back, err := federation.ParseOverrideParameter(p.String())
		if err != nil || back != p {
			t.Fatalf("ParseOverrideParameter(%q) = %+v; its String %q reads back as %+v, %v", s, p, p.String(), back, err)
		}
	})
}
