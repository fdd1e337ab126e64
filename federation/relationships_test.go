package federation_test

import (
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/internal/guid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/google/go-cmp/cmp"
)

// wantPair2016 is the wizard's pair for an Exchange 2016 organization.
var wantPair2016 = federation.Pair{
	OnPremises: federation.OrganizationRelationship{
		Name:                  "On-premises to O365 - 177cd94d-be11-44e9-b09f-db69389f3a35",
		DomainNames:           []string{"contoso.mail.onmicrosoft.com"},
		Enabled:               true,
		FreeBusyAccessEnabled: true,
		FreeBusyAccessLevel:   federation.FreeBusyLimitedDetails,
		MailboxMoveEnabled:    true,
		DeliveryReportEnabled: true,
		MailTipsAccessEnabled: true,
		MailTipsAccessLevel:   federation.MailTipsAll,
		PhotosEnabled:         true,
		ArchiveAccessEnabled:  true,
		TargetApplicationURI:  "outlook.com",
		TargetAutodiscoverEPR: "https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc/WSSecurity",
		TargetOWAURL:          "https://outlook.com/owa/contoso.com",
	},
	Cloud: federation.OrganizationRelationship{
		Name:                  "O365 to On-premises - a3e87a2d-b84e-43cb-bf18-59aac4c4f1e5",
		DomainNames:           []string{"contoso.com", "sales.contoso.com"},
		Enabled:               true,
		FreeBusyAccessEnabled: true,
		FreeBusyAccessLevel:   federation.FreeBusyLimitedDetails,
		DeliveryReportEnabled: true,
		MailTipsAccessEnabled: true,
		MailTipsAccessLevel:   federation.MailTipsAll,
		PhotosEnabled:         true,
		TargetApplicationURI:  "FYDIBOHF25SPDLT.contoso.com",
		TargetAutodiscoverEPR: "https://autodiscover.contoso.com/autodiscover/autodiscover.svc/WSSecurity",
		TargetOWAURL:          "https://mail.contoso.com/owa",
	},
}

func TestRelationshipsGolden(t *testing.T) {
	// An Exchange 2010 organization (2010-based hybrid): the same pair
	// without photos, a setting of the 2013 and later cmdlets. With an
	// Exchange 2013 hybrid server next to Exchange 2007 the wizard runs on
	// 2013, whose cmdlets have it.
	want2010 := wantPair2016
	want2010.OnPremises.PhotosEnabled = false
	want2010.Cloud.PhotosEnabled = false

	tests := []struct {
		name    string
		servers []roles.Server
		want    federation.Pair
	}{
		{"2016", org2016(), wantPair2016},
		{"2013 and 2007", org2013and2007(), wantPair2016},
		{"2010", []roles.Server{server("EX2010-01", b2010SP3, roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport)}, want2010},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, fs := relationships(params(tt.servers))
			if err := fs.Err(); err != nil {
				t.Errorf("findings: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Relationships mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRelationshipsOptions(t *testing.T) {
	p := params(org2016())
	p.CloudID = ""
	p.AutodiscoverURL = "https://Autodiscover.contoso.com/Autodiscover/Autodiscover.svc/wssecurity"
	tests := []struct {
		form   federation.OWAForm
		custom string
		want   string
	}{
		{federation.OWAFormOutlookCom, "", "https://outlook.com/owa/contoso.com"},
		{federation.OWAFormOutlookComHTTP, "", "http://outlook.com/owa/contoso.mail.onmicrosoft.com"},
		{federation.OWAFormOutlookOffice, "", "https://outlook.office.com/mail"},
		{federation.OWAFormCustom, "http://cloudowa.contoso.com/owa", "http://cloudowa.contoso.com/owa"},
		{federation.OWAFormNone, "", ""},
	}
	for _, tt := range tests {
		p.OWAForm, p.CustomOWAURL = tt.form, tt.custom
		got, fs := relationships(p)
		if len(fs) != 0 {
			t.Errorf("%v: findings %v", tt.form, fs)
		}
		if got.OnPremises.TargetOWAURL != tt.want {
			t.Errorf("%v: TargetOWAURL = %q, want %q", tt.form, got.OnPremises.TargetOWAURL, tt.want)
		}
		// An empty CloudID reuses ID; /WSSecurity is not doubled.
		if got.Cloud.Name != federation.CloudRelationshipPrefix+testID ||
			got.Cloud.TargetAutodiscoverEPR != "https://Autodiscover.contoso.com/Autodiscover/Autodiscover.svc/WSSecurity" {
			t.Errorf("%v: cloud relationship %q, %q", tt.form, got.Cloud.Name, got.Cloud.TargetAutodiscoverEPR)
		}
	}
}

// TestRelationshipsParams has one row per rule on the params: the findings
// and, for an error, a zero Pair.
func TestRelationshipsParams(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*federation.Params)
		want   []findingtest.Key
	}{
		{"valid", func(*federation.Params) {}, nil},
		{"id missing: derived", func(p *federation.Params) { p.ID = "" },
			[]findingtest.Key{findingtest.I("id", federation.CodeIDDerived)}},
		{"id missing, tenant invalid: not derived", func(p *federation.Params) { p.ID, p.Tenant = "", "contoso" },
			[]findingtest.Key{findingtest.E("tenant", federation.CodeTenantInvalid)}},
		{"id not a GUID", func(p *federation.Params) { p.ID = "hybrid" },
			[]findingtest.Key{findingtest.E("id", federation.CodeIDInvalid)}},
		{"cloud id not a GUID", func(p *federation.Params) { p.CloudID = "{" + testID + "}" },
			[]findingtest.Key{findingtest.E("cloudId", federation.CodeIDInvalid)}},
		{"tenant", func(p *federation.Params) { p.Tenant = "contoso.com" },
			[]findingtest.Key{findingtest.E("tenant", federation.CodeTenantInvalid)}},
		{"cloud", func(p *federation.Params) { p.Cloud = exhybrid.CloudUnknown },
			[]findingtest.Key{findingtest.E("cloud", federation.CodeCloudInvalid)}},
		{"no domains", func(p *federation.Params) { p.Domains = nil },
			[]findingtest.Key{findingtest.E("domains", federation.CodeDomainsMissing)}},
		{"bad domain", func(p *federation.Params) { p.Domains = []string{"contoso.com", "sales"} },
			[]findingtest.Key{findingtest.E("domains[1]", federation.CodeDomainInvalid)}},
		{"autodiscover missing", func(p *federation.Params) { p.AutodiscoverURL = "" },
			[]findingtest.Key{findingtest.E("autodiscoverUrl", federation.CodeParamMissing)}},
		{"autodiscover http", func(p *federation.Params) {
			p.AutodiscoverURL = "http://autodiscover.contoso.com/autodiscover/autodiscover.svc"
		}, []findingtest.Key{findingtest.E("autodiscoverUrl", federation.CodeURLInvalid)}},
		{"autodiscover path", func(p *federation.Params) { p.AutodiscoverURL = "https://autodiscover.contoso.com/" },
			[]findingtest.Key{findingtest.E("autodiscoverUrl", federation.CodeURLInvalid)}},
		{"owa url", func(p *federation.Params) { p.OWAURL = "mail.contoso.com/owa" },
			[]findingtest.Key{findingtest.E("owaUrl", federation.CodeURLInvalid)}},
		{"owa form missing", func(p *federation.Params) { p.OWAForm = federation.OWAFormUnknown },
			[]findingtest.Key{findingtest.E("owaForm", federation.CodeParamMissing)}},
		{"custom owa missing", func(p *federation.Params) { p.OWAForm = federation.OWAFormCustom },
			[]findingtest.Key{findingtest.E("customOwaUrl", federation.CodeParamMissing)}},
		{"custom owa without /owa", func(p *federation.Params) {
			p.OWAForm, p.CustomOWAURL = federation.OWAFormCustom, "http://cloudowa.contoso.com/"
		}, []findingtest.Key{findingtest.W("customOwaUrl", federation.CodeOWAURLForm)}},
		{"custom owa over https", func(p *federation.Params) {
			p.OWAForm, p.CustomOWAURL = federation.OWAFormCustom, "https://cloudowa.contoso.com/owa"
		}, []findingtest.Key{findingtest.W("customOwaUrl", federation.CodeOWAURLForm)}},
		{"custom owa on a cloud host over https", func(p *federation.Params) {
			p.OWAForm, p.CustomOWAURL = federation.OWAFormCustom, "https://outlook.office.com/mail"
		}, nil},
		{"no servers", func(p *federation.Params) { p.Servers = nil },
			[]findingtest.Key{findingtest.E("servers", federation.CodeServersMissing)}},
		// Configure's findings include the OAuth objects': the cloud's
		// OAuth endpoints are unknown too.
		{"GCC High", func(p *federation.Params) { p.Cloud = exhybrid.CloudGCCHigh }, []findingtest.Key{
			findingtest.W("cloud", federation.CodeCloudValueUnknown),
			findingtest.W("owaForm", federation.CodeCloudValueUnknown),
		}},
		{"DoD", func(p *federation.Params) { p.Cloud, p.OWAForm = exhybrid.CloudDoD, federation.OWAFormNone }, []findingtest.Key{
			findingtest.W("cloud", federation.CodeCloudValueUnknown),
			findingtest.W("cloud", federation.CodeCloudValueUnknown),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := params(org2016())
			tt.modify(&p)
			pair, fs := relationships(p)
			if diff := findingtest.Diff(tt.want, fs); diff != "" {
				t.Errorf("findings mismatch (-want +got):\n%s", diff)
			}
			if fs.HasErrors() && !cmp.Equal(pair, federation.Pair{}) {
				t.Errorf("a Pair came with errors: %+v", pair)
			}
			if !fs.HasErrors() && pair.OnPremises.Name == "" {
				t.Error("no Pair without errors")
			}
		})
	}
}

// TestRelationshipsDerivedID checks that an empty ID gives names with the
// GUID derived from the coexistence domain, the same on every call, and
// that an empty CloudID reuses it.
func TestRelationshipsDerivedID(t *testing.T) {
	p := params(org2016())
	p.ID, p.CloudID = "", ""
	want := guid.FromName("contoso.mail.onmicrosoft.com")
	for range 2 {
		pair, fs := relationships(p)
		if diff := findingtest.Diff([]findingtest.Key{findingtest.I("id", federation.CodeIDDerived)}, fs); diff != "" {
			t.Errorf("findings mismatch (-want +got):\n%s", diff)
		}
		if pair.OnPremises.Name != federation.OnPremisesRelationshipPrefix+want || pair.Cloud.Name != federation.CloudRelationshipPrefix+want {
			t.Errorf("names %q, %q; want the GUID %s", pair.OnPremises.Name, pair.Cloud.Name, want)
		}
	}
	c, _ := chooseAuth(p)
	if c.OAuth == nil || c.OAuth.AuthServers[0].Name != "ACS - "+want {
		t.Errorf("ChooseAuth did not use the derived GUID: %+v", c.OAuth)
	}
}

func TestRelationshipsGCCHigh(t *testing.T) {
	p := params(org2016())
	p.Cloud = exhybrid.CloudGCCHigh
	p.OWAForm = federation.OWAFormNone
	got, fs := relationships(p)
	// The OAuth endpoints of GCC High are unknown; the relationships' are known.
	if diff := findingtest.Diff([]findingtest.Key{findingtest.W("cloud", federation.CodeCloudValueUnknown)}, fs); diff != "" {
		t.Errorf("findings mismatch (-want +got):\n%s", diff)
	}
	// The cross-cloud table of "Create an organization relationship in
	// Exchange Online".
	if got.OnPremises.TargetApplicationURI != "office365.us" ||
		got.OnPremises.TargetAutodiscoverEPR != "https://autodiscover-s.office365.us/autodiscover/autodiscover.svc/WSSecurity" {
		t.Errorf("GCC High targets %q, %q", got.OnPremises.TargetApplicationURI, got.OnPremises.TargetAutodiscoverEPR)
	}
}
