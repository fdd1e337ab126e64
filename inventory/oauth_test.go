package inventory_test

import (
	"strings"
	"testing"
	"time"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestAuthConfigs(t *testing.T) {
	const exo = federation.ExchangeOnlineAppID
	tests := []fileCase[federation.AuthConfig]{
		{"E19", []file{{"E19/GetAuthConfig.xml", ""}},
			[]federation.AuthConfig{{CurrentCertificateThumbprint: "C3EDCF181EF4F9B53D01768ECA99564014BCA6E7", ServiceName: exo}}, nil},
		{"E16", []file{{"E16/GetAuthConfig.xml", ""}},
			[]federation.AuthConfig{{CurrentCertificateThumbprint: "92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3", ServiceName: exo}}, nil},
		{"E15", []file{{"E15/GetAuthConfig.xml", ""}},
			[]federation.AuthConfig{{CurrentCertificateThumbprint: "AF776F9F2771D7097BFC9B1C6EC338F58593C387", ServiceName: exo}}, nil},
		{"unit", []file{{"unit/GetAuthConfig.xml", ""}},
			[]federation.AuthConfig{{CurrentCertificateThumbprint: "2D10A746D6BB8D795F1679AEBD89D5D2AE583CB7", ServiceName: exo}}, nil},
		{"a next certificate staged", []file{{"monitor/GetAuthConfig.xml", ""}},
			[]federation.AuthConfig{{CurrentCertificateThumbprint: "E1BDF9AE58C93C75E76C9DD882138FB8FF0FA786",
				NextCertificateThumbprint: "BC6BF924D6EF046E64F8D1987DC1D7D2F4C0042A", NextCertificateEffectiveDate: time.Date(2023, 2, 3, 14, 16, 2, 0, time.UTC),
				ServiceName: exo}}, nil},
		{"no next certificate", []file{{"monitor/GetAuthConfigNoNextCert.xml", ""}},
			[]federation.AuthConfig{{CurrentCertificateThumbprint: "B22BD738BED13136D29B7F410CE2993C5313F8FA", ServiceName: exo}}, nil},
		// One organization has one Auth Configuration: two labs' exports
		// conflict, and the first read is kept.
		{"two organizations conflict", []file{{"E19/GetAuthConfig.xml", ""}, {"E16/GetAuthConfig.xml", ""}},
			[]federation.AuthConfig{{CurrentCertificateThumbprint: "C3EDCF181EF4F9B53D01768ECA99564014BCA6E7", ServiceName: exo}},
			[]findingtest.Key{findingtest.W("E16/GetAuthConfig.xml: object 1", inventory.CodeConflict)}},
		{"the same export twice", []file{{"E19/GetAuthConfig.xml", ""}, {"E19/GetAuthConfig.xml", ""}},
			[]federation.AuthConfig{{CurrentCertificateThumbprint: "C3EDCF181EF4F9B53D01768ECA99564014BCA6E7", ServiceName: exo}}, nil},
	}
	testFiles(t, tests, func(t *testing.T, inv *inventory.Inventory) []federation.AuthConfig {
		var got []federation.AuthConfig
		for _, c := range inv.AuthConfigs {
			if c.Name != "Auth Configuration" {
				t.Errorf("Name = %q", c.Name)
			}
			got = append(got, c.AuthConfig)
		}
		return got
	}, cmpopts.EquateApproxTime(0))
}

func TestPartnerApplications(t *testing.T) {
	// FORMAT.md §2.9: all five use the auth server, with no metadata URL or
	// realm. The list is sorted by name.
	app := func(name, id string, enabled bool, account string, sid bool) inventory.PartnerApplication {
		return inventory.PartnerApplication{PartnerApplication: federation.PartnerApplication{Name: name, ApplicationIdentifier: id,
			Enabled: enabled, UseAuthServer: true, LinkedAccount: account, AcceptSecurityIdentifierInformation: sid}}
	}
	want := []inventory.PartnerApplication{
		app("CloudVoicemail", "db7de2b5-2149-435e-8043-e080dd50afae", false, "contoso.lab/Users/TeamsIntegration-ApplicationAccount", false),
		app("Exchange Online", federation.ExchangeOnlineAppID, true, "contoso.lab/Users/Exchange Online-ApplicationAccount", false),
		app("Microsoft Graph", "00000003-0000-0000-c000-000000000000", true, "", true),
		app("SfBLegacy", "00000004-0000-0ff1-ce00-000000000000", true, "", false),
		app("TeamsScheduler", "7557eb47-c689-4224-abcf-aef9bd7573df", false, "contoso.lab/Users/TeamsIntegration-ApplicationAccount", false),
	}
	testFiles(t, []fileCase[inventory.PartnerApplication]{{"E19", []file{{"E19/GetPartnerApplication.xml", ""}}, want, nil}},
		func(_ *testing.T, inv *inventory.Inventory) []inventory.PartnerApplication {
			return inv.PartnerApplications
		})
}

func TestSettingOverrides(t *testing.T) {
	override := func(name, component, section, enabled, reason string) inventory.SettingOverride {
		return inventory.SettingOverride{SettingOverride: federation.SettingOverride{Name: name, ComponentName: component, SectionName: section,
			Parameters: []federation.OverrideParameter{{Name: "Enabled", Value: enabled}}, Reason: reason}}
	}
	want := []inventory.SettingOverride{
		override("DisablingAMSIScan", "Cafe", "HttpRequestFiltering", "True", "Testing"),
		override("EnableExchangeHybrid3PAppFeature", "Global", "ExchangeOnpremAsThirdPartyAppId", "true",
			"Created by _ConfigureExchangeHybridApplication.ps1 on 04/09/2025 10:47:33"),
		override("EnableSigningVerification", "Data", "EnableSerializationDataSigning", "true", "Enabling Signing Verification"),
	}
	files := []file{{"E19/GetSettingOverride.xml", ""}, {"E19/GetSettingOverride1.xml", ""}, {"E19/GetSettingOverride2.xml", ""}}
	testFiles(t, []fileCase[inventory.SettingOverride]{{"E19", files, want, nil}},
		func(t *testing.T, inv *inventory.Inventory) []inventory.SettingOverride {
			for _, o := range inv.SettingOverrides {
				if o.Name != "EnableExchangeHybrid3PAppFeature" {
					continue
				}
				if on, known := o.Enabled(); !on || !known || !o.Is(federation.HybridAppOverride.Component, federation.HybridAppOverride.Section) {
					t.Errorf("%s: Enabled() = %v, %v; want the dedicated hybrid app's override, enabled", o.Name, on, known)
				}
			}
			return inv.SettingOverrides
		})
}

func TestAuthServers(t *testing.T) {
	const tenant = "2c6d8a36-7f3b-4c1e-9d55-0a1b2c3d4e5f"
	want := []inventory.AuthServer{{AuthServer: federation.AuthServer{
		Name: "ACS - 0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e", Type: federation.AuthServerMicrosoftACS,
		AuthMetadataURL:  "https://accounts.accesscontrol.windows.net/contoso.onmicrosoft.com/metadata/json/1",
		IssuerIdentifier: "00000001-0000-0000-c000-000000000000", Realm: tenant,
		TokenIssuingEndpoint: "https://accounts.accesscontrol.windows.net/" + tenant + "/tokens/OAuth/2",
	}}, {AuthServer: federation.AuthServer{
		Name: "EvoSts - 0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e", Type: federation.AuthServerAzureAD, Enabled: true,
		AuthMetadataURL:       "https://login.windows.net/contoso.onmicrosoft.com/federationmetadata/2007-06/federationmetadata.xml",
		ApplicationIdentifier: "8f2d4a1c-5b6e-4f70-9a81-b2c3d4e5f607",
		IssuerIdentifier:      "00000001-0000-0000-c000-000000000000", Realm: tenant,
		TokenIssuingEndpoint: "https://login.windows.net/" + tenant + "/oauth2/token",
		DomainName:           []string{"contoso.mail.onmicrosoft.com", "contoso.com"},
	}}}
	testFiles(t, []fileCase[inventory.AuthServer]{{"synthetic", []file{{"synthetic/Synthetic_GetAuthServer.xml", ""}}, want, nil}},
		func(_ *testing.T, inv *inventory.Inventory) []inventory.AuthServer { return inv.AuthServers })
}

func TestIntraOrganizationConnectors(t *testing.T) {
	want := []inventory.IntraOrganizationConnector{{IntraOrganizationConnector: federation.IntraOrganizationConnector{
		Name: "HybridIOC - 0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e", Enabled: true,
		TargetAddressDomains: []string{"contoso.mail.onmicrosoft.com"},
		DiscoveryEndpoint:    "https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc",
	}}}
	testFiles(t, []fileCase[inventory.IntraOrganizationConnector]{
		{"synthetic", []file{{"synthetic/Synthetic_GetIntraOrganizationConnector.xml", ""}}, want, nil},
	}, func(_ *testing.T, inv *inventory.Inventory) []inventory.IntraOrganizationConnector {
		return inv.IntraOrganizationConnectors
	})
}

const (
	tnAuthConfig = "Microsoft.Exchange.Data.Directory.SystemConfiguration.AuthConfig"
	tnAuthServer = "Microsoft.Exchange.Data.Directory.SystemConfiguration.AuthServer"
	tnPartnerApp = "Microsoft.Exchange.Data.Directory.SystemConfiguration.PartnerApplication"
	tnOverride   = "Microsoft.Exchange.Data.Directory.SystemConfiguration.ConfigurationSettings.SettingOverride"
	tnIOC        = "Microsoft.Exchange.Data.Directory.SystemConfiguration.IntraOrganizationConnector"
)

// Bad OAuth objects: each a finding on the property, the object kept when
// it has its name.
func TestBadOAuthObjects(t *testing.T) {
	testKept(t, inventory.Source{}, []keptCase{
		{"auth config without a name", objs(obj(tnAuthConfig, s("CurrentCertificateThumbprint", "AB"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"effective date not a date", objs(obj(tnAuthConfig, s("Name", "Auth Configuration"), s("NextCertificateEffectiveDate", "soon"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: NextCertificateEffectiveDate", inventory.CodeFieldInvalid)}},
		{"effective date DateTime.MinValue is unset", objs(obj(tnAuthConfig, s("Name", "Auth Configuration"),
			`<DT N="NextCertificateEffectiveDate">0001-01-01T00:00:00</DT>`)), 1, nil},
		{"unknown auth server type", objs(obj(tnAuthServer, s("Name", "a"), enum("Type", "Kerberos"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Type", inventory.CodeFieldInvalid)}},
		{"auth server enabled not a bool", objs(obj(tnAuthServer, s("Name", "a"), s("Enabled", "yes"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Enabled", inventory.CodeFieldInvalid)}},
		{"partner application without an identifier", objs(obj(tnPartnerApp, s("Name", "a"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: ApplicationIdentifier", inventory.CodeFieldMissing)}},
		{"override parameter not Name=Value", objs(obj(tnOverride, s("Name", "o"), s("ComponentName", "Global"), s("SectionName", "X"),
			list("Parameters", "Enabled=true", "Enabled", "=true"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Parameters[1]", inventory.CodeFieldInvalid),
				findingtest.E("x.xml: object 1: Parameters[2]", inventory.CodeFieldInvalid)}},
		{"override without a section", objs(obj(tnOverride, s("Name", "o"), s("ComponentName", "Global"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: SectionName", inventory.CodeFieldMissing)}},
		{"connector domains not a list", objs(obj(tnIOC, s("Name", "c"), s("TargetAddressDomains", "contoso.com"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: TargetAddressDomains", inventory.CodeFieldInvalid)}},
		{"deserialized", objs(strings.Replace(obj(tnIOC, s("Name", "c")), "<T>Microsoft", "<T>Deserialized.Microsoft", 1)), 1, nil},
	}, func(inv *inventory.Inventory) int {
		return len(inv.AuthConfigs) + len(inv.AuthServers) + len(inv.PartnerApplications) + len(inv.SettingOverrides) + len(inv.IntraOrganizationConnectors)
	})
}

// The Auth Certificate audit on MonitorExchangeAuthCertificate's real
// export, whose next certificate was staged for 2023-02-03, on several
// days: staged, in use, then both within their renewal windows.
func TestAuditAuthConfigExport(t *testing.T) {
	inv, keys := read(t, file{"monitor/GetAuthConfig.xml", ""}, file{"monitor/GetExchangeCertificate.xml", ""})
	if len(keys) != 0 {
		t.Fatalf("findings: %v", keys)
	}
	c := inv.AuthConfigs[0]
	e := federation.ExportedOAuth{AuthConfig: &federation.Observed[federation.AuthConfig]{Value: c.AuthConfig, Path: c.From.Path}}
	for _, cert := range inv.Certificates {
		e.Certificates = append(e.Certificates, federation.CertificateLifetime{Thumbprint: cert.Thumbprint, NotAfter: version.DateOf(cert.NotAfter)})
	}
	cur := exhybrid.Path("monitor/GetAuthConfig.xml: object 1: CurrentCertificateThumbprint")
	next := exhybrid.Path("monitor/GetAuthConfig.xml: object 1: NextCertificateThumbprint")
	tests := []struct {
		on   version.Date
		want []findingtest.Key
	}{
		{version.Date{Year: 2023, Month: 1, Day: 15}, []findingtest.Key{findingtest.I(next, federation.CodeAuthCertificateNextStaged)}},
		{version.Date{Year: 2026, Month: 12, Day: 6}, nil},
		{version.Date{Year: 2027, Month: 12, Day: 1}, []findingtest.Key{
			findingtest.W(next, federation.CodeAuthCertificateNextInvalid), findingtest.E(cur, federation.CodeAuthCertificateExpiring)}},
		{version.Date{Year: 2028, Month: 2, Day: 1}, []findingtest.Key{
			findingtest.W(next, federation.CodeAuthCertificateNextInvalid), findingtest.E(cur, federation.CodeAuthCertificateExpired)}},
	}
	for _, tt := range tests {
		if d := findingtest.Diff(tt.want, federation.AuditOAuth(e, tt.on)); d != "" {
			t.Errorf("%v: findings (-want +got):\n%s", tt.on, d)
		}
	}
}
