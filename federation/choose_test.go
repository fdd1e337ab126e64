package federation_test

import (
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
)

// dec2026 is the day of the current-rules cases.
var dec2026 = version.Date{Year: 2026, Month: 12, Day: 5}

var (
	// dauthCaps: a trust and relationships next to an Exchange 2013 or later
	// server, which makes PhotosEnabled available.
	dauthCaps = []federation.SharingFeature{federation.SharingFreeBusy, federation.SharingMailTips,
		federation.SharingMessageTracking, federation.SharingOnlineArchive, federation.SharingMultiMailboxSearch,
		federation.SharingPhotos}
	// dauthPre2013Caps: the same without a 2013 or later server.
	dauthPre2013Caps = []federation.SharingFeature{federation.SharingFreeBusy, federation.SharingMailTips,
		federation.SharingMessageTracking, federation.SharingOnlineArchive, federation.SharingMultiMailboxSearch}
	allCaps = []federation.SharingFeature{federation.SharingFreeBusy, federation.SharingMailTips,
		federation.SharingMessageTracking, federation.SharingOnlineArchive, federation.SharingMultiMailboxSearch,
		federation.SharingEDiscovery, federation.SharingPhotos, federation.SharingMRM}
	// oauthOnlyCaps: OAuth without a trust loses message tracking only.
	oauthOnlyCaps = []federation.SharingFeature{federation.SharingFreeBusy, federation.SharingMailTips,
		federation.SharingOnlineArchive, federation.SharingMultiMailboxSearch, federation.SharingEDiscovery,
		federation.SharingPhotos, federation.SharingMRM}
)

// chooseAuthCase is a row of chooseAuthCases: the servers and options of
// an organization, and the choice and findings Configure must give.
type chooseAuthCase struct {
	name         string
	servers      []roles.Server
	manual       bool
	trustOnly    bool
	date         version.Date
	method       federation.Method
	reason       federation.Reason
	byWizard     bool
	trust        bool
	oauth        bool
	addressSpace bool
	enables      []federation.SharingFeature
	findings     []findingtest.Key
}

// ex2010 and ex2013 are servers that several rows share.
var (
	ex2010 = server("EX2010-01", b2010SP3, roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport)
	ex2013 = internetFacing(server("EX2013-01", b2013CU23, roles.RoleMailbox, roles.RoleClientAccess))
)

// chooseAuthCases are organizations of each mix of versions and options,
// with the authentication Configure chooses for each.
var chooseAuthCases = []chooseAuthCase{
	{
		name: "2007+2013", servers: org2013and2007(),
		method: federation.MethodDAuth, reason: federation.ReasonLegacyServers, byWizard: true, trust: true,
		enables: dauthCaps,
		findings: []findingtest.Key{
			findingtest.I("manualOAuth", federation.CodeOAuthRecommended),
			findingtest.I("servers[1]", federation.CodeQueryInterval2007),
		},
	},
	// From 2025-10-31 OAuth by hand registers with a service principal
	// that is blocked for EWS, and 2013 cannot run the dedicated hybrid
	// app: no recommendation, and DAuth stays
	// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app).
	{
		name: "2007+2013 on 2026-12-05", servers: org2013and2007(), date: dec2026,
		method: federation.MethodDAuth, reason: federation.ReasonLegacyServers, byWizard: true, trust: true,
		enables: dauthCaps,
		findings: []findingtest.Key{
			findingtest.I("manualOAuth", federation.CodeOAuthByHandObsolete),
			findingtest.I("servers[1]", federation.CodeQueryInterval2007),
		},
	},
	{
		name: "2007+2013, OAuth by hand, on 2026-12-05", servers: org2013and2007(), manual: true, date: dec2026,
		method: federation.MethodDAuth, reason: federation.ReasonLegacyServers, byWizard: true, trust: true,
		enables: dauthCaps,
		findings: []findingtest.Key{
			findingtest.W("manualOAuth", federation.CodeOAuthByHandBlocked),
			findingtest.I("servers[1]", federation.CodeQueryInterval2007),
		},
	},
	{
		name: "2007+2013 the day before", servers: org2013and2007(), date: version.Date{Year: 2025, Month: 10, Day: 30},
		method: federation.MethodDAuth, reason: federation.ReasonLegacyServers, byWizard: true, trust: true,
		enables: dauthCaps,
		findings: []findingtest.Key{
			findingtest.I("manualOAuth", federation.CodeOAuthRecommended),
			findingtest.I("servers[1]", federation.CodeQueryInterval2007),
		},
	},
	{
		// A 2016 server can run the dedicated app: OAuth by hand stays
		// possible next to Exchange 2010.
		name: "2010+2016, OAuth by hand, on 2026-12-05", servers: []roles.Server{ex2010, internetFacing(server("EX2016-01", b2016CU23, roles.RoleMailbox))},
		manual: true, date: dec2026,
		method: federation.MethodOAuth, reason: federation.ReasonManualOAuth, trust: true, oauth: true, addressSpace: true,
		enables: allCaps,
	},
	{
		name: "2007+2013, OAuth by hand", servers: org2013and2007(), manual: true,
		method: federation.MethodOAuth, reason: federation.ReasonManualOAuth, trust: true, oauth: true, addressSpace: true,
		enables:  allCaps,
		findings: []findingtest.Key{findingtest.I("servers[1]", federation.CodeQueryInterval2007)},
	},
	{
		name: "2007+2013, OAuth by hand without a 2013 server with both roles", manual: true,
		servers: []roles.Server{
			server("EX2007-MBX", b2007SP3RU10, roles.RoleMailbox),
			internetFacing(server("EX2013-CAS", b2013CU23, roles.RoleClientAccess)),
			server("EX2013-MBX", b2013CU23, roles.RoleMailbox),
		},
		method: federation.MethodDAuth, reason: federation.ReasonLegacyServers, byWizard: true, trust: true,
		enables:  dauthCaps,
		findings: []findingtest.Key{findingtest.E("servers", federation.CodeOAuthNo2013SP1Server)},
	},
	{
		name: "2010+2013", servers: []roles.Server{ex2010, ex2013},
		method: federation.MethodDAuth, reason: federation.ReasonLegacyServers, byWizard: true, trust: true,
		enables:  dauthCaps,
		findings: []findingtest.Key{findingtest.I("manualOAuth", federation.CodeOAuthRecommended)},
	},
	{
		name: "2010+2013, OAuth by hand, 2010 still Internet-facing", manual: true,
		servers: []roles.Server{internetFacing(ex2010), ex2013},
		method:  federation.MethodOAuth, reason: federation.ReasonManualOAuth, trust: true, oauth: true, addressSpace: true,
		enables:  allCaps,
		findings: []findingtest.Key{findingtest.W("servers[0]", federation.CodeOAuthFrontEndTooOld)},
	},
	{
		name: "2010+2013, OAuth by hand, trust only with 2010", manual: true, trustOnly: true,
		servers: []roles.Server{ex2010, ex2013},
		method:  federation.MethodOAuth, reason: federation.ReasonManualOAuth, trust: true, oauth: true, addressSpace: true,
		enables: allCaps,
	},
	{
		name: "2007+2013, OAuth by hand, trust only with 2010", manual: true, trustOnly: true, servers: org2013and2007(),
		method: federation.MethodOAuth, reason: federation.ReasonManualOAuth, oauth: true, addressSpace: true,
		enables:  oauthOnlyCaps,
		findings: []findingtest.Key{findingtest.I("servers[1]", federation.CodeQueryInterval2007)},
	},
	{
		name: "2013 only, CU5 and later", servers: []roles.Server{
			internetFacing(server("EX2013-01", b2013CU5, roles.RoleMailbox, roles.RoleClientAccess)),
			server("EX2013-02", b2013CU23, roles.RoleMailbox)},
		method: federation.MethodOAuth, reason: federation.ReasonWizardOAuth, byWizard: true, trust: true, oauth: true,
		enables: allCaps,
	},
	{
		name: "2013 CU4 (SP1)", servers: []roles.Server{server("EX2013-01", b2013SP1, roles.RoleMailbox, roles.RoleClientAccess)},
		method: federation.MethodDAuth, reason: federation.ReasonExchange2013BeforeCU5, byWizard: true, trust: true,
		enables:  dauthCaps,
		findings: []findingtest.Key{findingtest.I("manualOAuth", federation.CodeOAuthRecommended)},
	},
	{
		name: "2013 CU4 (SP1), OAuth by hand", manual: true,
		servers: []roles.Server{server("EX2013-01", b2013SP1, roles.RoleMailbox, roles.RoleClientAccess)},
		method:  federation.MethodOAuth, reason: federation.ReasonManualOAuth, trust: true, oauth: true,
		enables: allCaps,
	},
	{
		name: "2013 CU3, OAuth by hand", manual: true,
		servers: []roles.Server{server("EX2013-01", b2013CU3, roles.RoleMailbox, roles.RoleClientAccess)},
		method:  federation.MethodOAuth, reason: federation.ReasonManualOAuth, trust: true, oauth: true, addressSpace: true,
		enables: allCaps,
	},
	{
		name: "2016 and 2019", servers: []roles.Server{
			internetFacing(server("EX2016-01", b2016CU23, roles.RoleMailbox)),
			internetFacing(server("EX2019-01", b2019CU14, roles.RoleMailbox)),
			server("EDGE01", b2019CU14, roles.RoleEdgeTransport)},
		method: federation.MethodOAuth, reason: federation.ReasonWizardOAuth, byWizard: true, trust: true, oauth: true,
		enables: allCaps,
	},
	{
		name: "2016, trust only with 2010", servers: org2016(), trustOnly: true,
		method: federation.MethodOAuth, reason: federation.ReasonWizardOAuth, byWizard: true, oauth: true,
		enables: oauthOnlyCaps,
	},
	{
		name: "SE", servers: []roles.Server{internetFacing(server("EXSE-01", bSERTM, roles.RoleMailbox))},
		method: federation.MethodOAuth, reason: federation.ReasonWizardOAuth, byWizard: true, trust: true, oauth: true,
		enables: allCaps,
	},
	{
		// An Exchange 2010-based hybrid: the 2010 coexistence rules of
		// the sharing page apply next to 2013 servers only.
		name: "2010 only", servers: []roles.Server{ex2010},
		method: federation.MethodDAuth, reason: federation.ReasonNoExchange2013, byWizard: true, trust: true,
		enables: dauthPre2013Caps,
	},
	{
		name: "2010 SP1 only", servers: []roles.Server{server("EX2010-01", b2010SP1, roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport)},
		method: federation.MethodDAuth, reason: federation.ReasonNoExchange2013, byWizard: true, trust: true,
		enables: dauthPre2013Caps,
	},
	{
		name: "2010 only, OAuth asked for", servers: []roles.Server{ex2010}, manual: true,
		method: federation.MethodDAuth, reason: federation.ReasonNoExchange2013, byWizard: true, trust: true,
		enables:  dauthPre2013Caps,
		findings: []findingtest.Key{findingtest.E("manualOAuth", federation.CodeOAuthUnsupportedVersion)},
	},
	{
		name:    "2010 and a 2013 server without Client Access",
		servers: []roles.Server{ex2010, server("EX2013-MBX", b2013CU23, roles.RoleMailbox)},
		method:  federation.MethodDAuth, reason: federation.ReasonLegacyServers, byWizard: true, trust: true,
		enables: dauthCaps,
		findings: []findingtest.Key{
			findingtest.I("manualOAuth", federation.CodeOAuthRecommended),
			findingtest.E("servers", federation.CodeLegacyFreeBusyNeeds2013),
		},
	},
	{
		// Exchange 2007 has no organization relationships of its own.
		name: "2007 only", servers: []roles.Server{
			server("EX2007-MBX", b2007SP3RU10, roles.RoleMailbox),
			server("EX2007-CAS", b2007SP3RU10, roles.RoleClientAccess, roles.RoleHubTransport),
		},
		method: federation.MethodDAuth, reason: federation.ReasonNoExchange2013, byWizard: true, trust: true,
		enables: dauthPre2013Caps,
		findings: []findingtest.Key{
			findingtest.E("servers", federation.CodeLegacyFreeBusyNeeds2013),
			findingtest.I("servers[1]", federation.CodeQueryInterval2007),
		},
	},
	{
		name: "2007 SP1 mailboxes", servers: []roles.Server{server("EX2007-MBX", b2007SP1, roles.RoleMailbox), ex2013},
		method: federation.MethodDAuth, reason: federation.ReasonLegacyServers, byWizard: true, trust: true,
		enables: dauthCaps,
		findings: []findingtest.Key{
			findingtest.I("manualOAuth", federation.CodeOAuthRecommended),
			findingtest.W("servers[0].build", federation.CodeLegacyFreeBusyBelowSP2),
		},
	},
	{
		name: "2010 SP1 servers", servers: []roles.Server{server("EX2010-01", b2010SP1, roles.RoleMailbox, roles.RoleClientAccess), ex2013},
		method: federation.MethodDAuth, reason: federation.ReasonLegacyServers, byWizard: true, trust: true,
		enables: dauthCaps,
		findings: []findingtest.Key{
			findingtest.I("manualOAuth", federation.CodeOAuthRecommended),
			findingtest.W("servers[0].build", federation.CodeLegacyFreeBusyBelowSP2),
		},
	},
	{
		name: "no servers", servers: nil,
		findings: []findingtest.Key{findingtest.E("servers", federation.CodeServersMissing)},
	},
	{
		name: "only Edge", servers: []roles.Server{server("EDGE01", b2016CU23, roles.RoleEdgeTransport)},
		findings: []findingtest.Key{findingtest.E("servers", federation.CodeServersMissing)},
	},
}

func TestChooseAuth(t *testing.T) {
	for _, tt := range chooseAuthCases {
		t.Run(tt.name, func(t *testing.T) {
			p := params(tt.servers)
			p.ManualOAuth, p.TrustOnlyWithExchange2010, p.Date = tt.manual, tt.trustOnly, tt.date
			c, cfs := chooseAuth(p)
			if c.Method != tt.method || c.Reason != tt.reason || c.ByWizard != tt.byWizard {
				t.Errorf("method %v, reason %v, byWizard %v; want %v, %v, %v", c.Method, c.Reason, c.ByWizard, tt.method, tt.reason, tt.byWizard)
			}
			if (c.Trust != nil) != tt.trust || (c.OAuth != nil) != tt.oauth {
				t.Errorf("trust %v, oauth %v; want %v, %v", c.Trust != nil, c.OAuth != nil, tt.trust, tt.oauth)
			}
			if c.OAuth != nil && (c.OAuth.AvailabilityAddressSpace != nil) != tt.addressSpace {
				t.Errorf("availability address space %v, want %v", c.OAuth.AvailabilityAddressSpace != nil, tt.addressSpace)
			}
			if diff := cmp.Diff(tt.enables, c.Enables); diff != "" {
				t.Errorf("enables mismatch (-want +got):\n%s", diff)
			}
			if diff := findingtest.Diff(tt.findings, cfs); diff != "" {
				t.Errorf("findings mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestChooseAuthObjects compares the objects of both ways to OAuth with
// literal values.
func TestChooseAuthObjects(t *testing.T) {
	authServers := []federation.AuthServer{
		{Name: "ACS - " + testID, Type: federation.AuthServerMicrosoftACS,
			AuthMetadataURL: "https://accounts.accesscontrol.windows.net/contoso.onmicrosoft.com/metadata/json/1", Enabled: true},
		{Name: "EvoSts - " + testID, Type: federation.AuthServerAzureAD,
			AuthMetadataURL: "https://login.windows.net/contoso.onmicrosoft.com/FederationMetadata/2007-06/FederationMetadata.xml", Enabled: true},
	}
	partner := &federation.PartnerApplication{Name: "Exchange Online", ApplicationIdentifier: "00000002-0000-0ff1-ce00-000000000000", Enabled: true}
	cloudIOC := &federation.IntraOrganizationConnector{Name: "ExchangeHybridOnlineToOnPremises",
		TargetAddressDomains: []string{"contoso.com", "sales.contoso.com"},
		DiscoveryEndpoint:    "https://autodiscover.contoso.com/autodiscover/autodiscover.svc", Enabled: true}
	// The on-premises connector of both ways differs only in where it
	// discovers Exchange Online.
	onPremisesIOC := func(discovery string) *federation.IntraOrganizationConnector {
		return &federation.IntraOrganizationConnector{Name: "ExchangeHybridOnPremisesToOnline",
			TargetAddressDomains: []string{"contoso.mail.onmicrosoft.com"}, DiscoveryEndpoint: discovery, Enabled: true}
	}
	wantWizard := &federation.OAuth{
		AuthServers:        authServers,
		PartnerApplication: partner,
		Connectors: federation.Connectors{
			OnPremises: onPremisesIOC("https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc"),
			Cloud:      cloudIOC,
		},
	}
	wantManual := &federation.OAuth{
		AuthServers: []federation.AuthServer{{Name: "evoSTS", Type: federation.AuthServerAzureAD,
			AuthMetadataURL: "https://login.windows.net/contoso.onmicrosoft.com/FederationMetadata/2007-06/FederationMetadata.xml", Enabled: true}},
		PartnerApplication: partner,
		Connectors: federation.Connectors{
			OnPremises: onPremisesIOC("https://outlook.office365.com/autodiscover/autodiscover.svc"),
			Cloud:      cloudIOC,
		},
		AvailabilityAddressSpace: &federation.AvailabilityAddressSpace{ForestName: "contoso.mail.onmicrosoft.com",
			AccessMethod: "InternalProxy", ProxyURL: "https://mail.contoso.com/EWS/Exchange.asmx", UseServiceAccount: true},
	}
	wantTrust := &federation.Trust{
		Name:             "Microsoft Federation Gateway",
		ApplicationURI:   "FYDIBOHF25SPDLT.contoso.com",
		AccountNamespace: "contoso.com",
		Enabled:          true,
		FederatedDomains: []string{"contoso.com", "sales.contoso.com"},
		MetadataURL:      "https://nexus.microsoftonline-p.com/FederationMetadata/2006-12/FederationMetadata.xml",
		Certificate:      &federation.TrustCertificate{SelfSigned: true},
	}

	c, _ := chooseAuth(params(org2016()))
	if diff := cmp.Diff(wantWizard, c.OAuth); diff != "" {
		t.Errorf("wizard OAuth mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantTrust, c.Trust); diff != "" {
		t.Errorf("trust mismatch (-want +got):\n%s", diff)
	}
	p := params(org2013and2007())
	p.ManualOAuth = true
	c, _ = chooseAuth(p)
	if diff := cmp.Diff(wantManual, c.OAuth); diff != "" {
		t.Errorf("manual OAuth mismatch (-want +got):\n%s", diff)
	}
}

func TestChooseAuthParams(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*federation.Params)
		want   []findingtest.Key
	}{
		{"EWS URL missing for the address space", func(p *federation.Params) { p.EWSURL = "" },
			[]findingtest.Key{findingtest.E("ewsUrl", federation.CodeParamMissing)}},
		{"EWS URL over http", func(p *federation.Params) { p.EWSURL = "http://mail.contoso.com/EWS/Exchange.asmx" },
			[]findingtest.Key{findingtest.E("ewsUrl", federation.CodeURLInvalid)}},
		{"federated domain too long", func(p *federation.Params) {
			p.Domains = []string{"contoso.com", "a-very-long-subsidiary-name.contoso.com"}
		}, []findingtest.Key{findingtest.E("domains[1]", federation.CodeFederatedDomainTooLong)}},
		// Configure's findings include the relationships': the cloud's OWA
		// host, and for 21Vianet its relationship targets, are unknown too.
		{"GCC High", func(p *federation.Params) { p.Cloud = exhybrid.CloudGCCHigh }, []findingtest.Key{
			findingtest.W("cloud", federation.CodeCloudValueUnknown),
			findingtest.W("owaForm", federation.CodeCloudValueUnknown),
		}},
		{"21Vianet", func(p *federation.Params) { p.Cloud = exhybrid.Cloud21Vianet }, []findingtest.Key{
			findingtest.W("cloud", federation.CodeCloudValueUnknown),
			findingtest.W("cloud", federation.CodeCloudValueUnknown),
			findingtest.W("cloud", federation.CodeCloudValueUnknown),
			findingtest.W("owaForm", federation.CodeCloudValueUnknown),
		}},
		{"bad tenant", func(p *federation.Params) { p.Tenant = "" },
			[]findingtest.Key{findingtest.E("tenant", federation.CodeTenantInvalid)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := params(org2013and2007())
			p.ManualOAuth = true
			tt.modify(&p)
			_, cfs := chooseAuth(p)
			want := append([]findingtest.Key{findingtest.I("servers[1]", federation.CodeQueryInterval2007)}, tt.want...)
			if diff := findingtest.Diff(want, cfs); diff != "" {
				t.Errorf("findings mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCapabilities(t *testing.T) {
	rows := federation.SharingFeatures()
	for i, r := range rows {
		if r.Capability != federation.SharingFeature(i+1) || r.Source == "" {
			t.Errorf("row %d: %+v", i, r)
		}
	}
	rows[0].DAuth = false
	if !federation.SharingFeatures()[0].DAuth {
		t.Error("Capabilities returned the table itself, not a copy")
	}
	// The columns themselves are data with a source on each row; what a
	// method enables is read from them. This checks the table's data, the
	// columns as chooseAuth reads them; the Configure cases check that
	// chooseAuth does read them so (their enables lists).
	var dauth, oauth []federation.SharingFeature
	for _, r := range federation.SharingFeatures() {
		if r.DAuth && !r.NeedsOAuth {
			dauth = append(dauth, r.Capability)
		}
		if r.OAuth {
			oauth = append(oauth, r.Capability)
		}
	}
	if diff := cmp.Diff(dauthCaps, dauth); diff != "" {
		t.Errorf("DAuth enables (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(oauthOnlyCaps, oauth); diff != "" {
		t.Errorf("OAuth enables (-want +got):\n%s", diff)
	}
}
