package hybrid

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// exports is where the real exports of Microsoft's HealthChecker tests
// are: package inventory keeps them, with CSS-Exchange's licence and a
// README saying where each comes from, and this package's tests read the
// same files rather than copies.
const exports = "../inventory/testdata"

// readExports reads the files, named by their path under exports, into
// one inventory; each object's path starts with that name. The files
// under exo/ are Exchange Online's.
func readExports(t testing.TB, files ...string) *inventory.Inventory {
	t.Helper()
	inv := &inventory.Inventory{}
	for _, name := range files {
		f, err := os.Open(filepath.Join(exports, name))
		if err != nil {
			t.Fatal(err)
		}
		_, err = inv.Read(inventory.Source{Name: name, Online: strings.HasPrefix(name, "exo/")}, f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	return inv
}

// auditTest is one case of a rule of the audit: exports, edited or not, an
// organization that gives the tenant and cloud, a day, and the findings of
// the rule run alone.
type auditTest struct {
	name     string
	files    []string
	empty    []string // files read as empty exports, as Export-Clixml writes an empty pipeline
	edit     func(inv *inventory.Inventory)
	features FeatureSet // the organization's, none by default
	on       version.Date
	rule     func(a *auditor)
	want     []findingtest.Key
}

func (tc auditTest) run(t *testing.T) exhybrid.Findings {
	inv := readExports(t, tc.files...)
	for _, name := range tc.empty {
		if _, err := inv.Read(inventory.Source{Name: name}, strings.NewReader(emptyExport)); err != nil {
			t.Fatal(err)
		}
	}
	if tc.edit != nil {
		tc.edit(inv)
	}
	// The servers are the organization's, as FromInventory reads them; the
	// rest is the test's.
	imported, _ := FromInventory(inv)
	org := Organization{Tenant: "contoso.onmicrosoft.com", Cloud: exhybrid.CloudWorldwide, Features: tc.features,
		Servers: imported.Servers, Observed: inv}
	on := tc.on
	if on == (version.Date{}) {
		on = day
	}
	a := newAuditor(org, on)
	tc.rule(a)
	return a.fs
}

var (
	domainsRule      = (*auditor).domains
	connectorsRule   = (*auditor).connectors
	certificatesRule = (*auditor).certificates
	oauthRule        = (*auditor).oauth
	ewsRule          = (*auditor).ews
	mrsProxyRule     = (*auditor).mrsProxy
	sharingRule      = (*auditor).sharing
)

// e19EWS is the E19 export's EWS virtual directory, whose MRS proxy is off.
const e19EWS exhybrid.Path = `E19/GetWebServicesVirtualDirectory.xml: SOLO-E19A\EWS (Default Web Site)`

// sharingFiles are the synthetic exports of the federation trust,
// organization identifier and organization relationships.
var sharingFiles = []string{"Synthetic_GetFederatedOrganizationIdentifier.xml", "Synthetic_GetFederationTrust.xml", "Synthetic_GetOrganizationRelationship.xml"}

const (
	syntheticTrust      exhybrid.Path = "Synthetic_GetFederationTrust.xml: Microsoft Federation Gateway"
	syntheticIdentifier exhybrid.Path = "Synthetic_GetFederatedOrganizationIdentifier.xml: object 1"
	syntheticOnPremises exhybrid.Path = "Synthetic_GetOrganizationRelationship.xml: On-premises to O365 - 7c1e5a4e-2b9d-4f0e-9a51-3d6c2e8f0b17"
)

// ewsDayTests are the EWS rule's cases on the days around its window,
// for free/busy with ewsFiles' allow list lacking the dedicated app: the
// rule reports it from 2025-10-31, when free/busy came to need the app,
// to 2027-03-31, the last day of EWS in Exchange Online.
func ewsDayTests() []auditTest {
	days := []struct {
		name     string
		on       version.Date
		reported bool
	}{
		{"free/busy on 2026-12-06: the tenant's EWS allow list lacks the dedicated app", date(2026, 12, 6), true},
		{"before Exchange Online starts disabling EWS, the allow list already shuts the app out", date(2026, 9, 30), true},
		{"before free/busy needed the dedicated app", date(2025, 10, 30), false},
		{"the day free/busy came to need the dedicated app", date(2025, 10, 31), true},
		{"the last day of EWS in Exchange Online", date(2027, 3, 31), true},
		{"the day EWS ends in Exchange Online: Validate's ews-retirement says what then", date(2027, 4, 1), false},
	}
	var tests []auditTest
	for _, d := range days {
		tc := auditTest{name: d.name, files: ewsFiles, features: Features(FeatureFreeBusy), on: d.on, rule: ewsRule}
		if d.reported {
			tc.want = []findingtest.Key{findingtest.E(exoConfig+": EwsAllowedAppIDs", CodeEWSAppNotAllowed)}
		}
		tests = append(tests, tc)
	}
	return tests
}

// ewsFiles are the tenant's OrganizationConfig, whose EWS allow list lacks
// the dedicated app, and the authorization servers, the EvoSts one with
// the app's ID.
var ewsFiles = []string{"exo/Synthetic_EXO_GetOrganizationConfig.xml", "synthetic/Synthetic_GetAuthServer.xml"}

const exoConfig exhybrid.Path = "exo/Synthetic_EXO_GetOrganizationConfig.xml: contoso.onmicrosoft.com"

// exoFiles are the synthetic exports of Exchange Online's side that
// package inventory keeps.
var exoFiles = []string{
	"exo/Synthetic_EXO_GetInboundConnector.xml", "exo/Synthetic_EXO_GetOutboundConnector.xml", "exo/Synthetic_EXO_GetOnPremisesOrganization.xml",
}

// Paths of the objects the tests find problems in.
const (
	badDomains     exhybrid.Path = "E19/GetAcceptedDomain_Bad.xml"
	e19Domains     exhybrid.Path = "E19/GetAcceptedDomain.xml"
	e19Hybrid      exhybrid.Path = "E19/GetHybridConfiguration.xml: Hybrid Configuration"
	e19Send        exhybrid.Path = "E19/GetSendConnector.xml: Mail to O365"
	unitFrontend   exhybrid.Path = `unit/GetReceiveConnector.xml: WIN-CTD3L0RGEN4\Default Frontend WIN-CTD3L0RGEN4`
	unitCerts      exhybrid.Path = "unit/GetExchangeCertificate.xml"
	unitAuthCert   exhybrid.Path = unitCerts + ": 2D10A746D6BB8D795F1679AEBD89D5D2AE583CB7: NotAfter"
	unitServerCert exhybrid.Path = unitCerts + ": 611C687DFC4343A5A03E0005A1EC6E9B6AFF586D: NotAfter"
	unitLocalhost  exhybrid.Path = unitCerts + ": E267D459A0FB53D0EF225C11FAC062D522648C09: NotAfter"
	exoInbound     exhybrid.Path = "exo/Synthetic_EXO_GetInboundConnector.xml: Inbound from 3f2c9a1e-6b7d-4e55-9c1a-2d8e4f6a7b90"
	exoOutbound    exhybrid.Path = "exo/Synthetic_EXO_GetOutboundConnector.xml: Outbound to 3f2c9a1e-6b7d-4e55-9c1a-2d8e4f6a7b90"
)

// emptyExport is what Export-Clixml writes for an empty pipeline.
const emptyExport = `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"></Objs>`

func date(y int, m time.Month, d int) version.Date { return version.Date{Year: y, Month: m, Day: d} }

var auditTests = append(ewsDayTests(), []auditTest{
	{
		name:  "E19 _Bad: the ExternalRelay * is an open relay, *.com is not",
		files: []string{"E19/GetAcceptedDomain_Bad.xml"},
		rule:  domainsRule,
		want:  []findingtest.Key{findingtest.E(badDomains+": Bad Accepted Domain: DomainName", CodeOpenRelay)},
	},
	{
		name:  "an InternalRelay * is an open relay too",
		files: []string{"E19/GetAcceptedDomain_Bad.xml"},
		edit:  func(inv *inventory.Inventory) { inv.AcceptedDomains[0].Type = "InternalRelay" },
		rule:  domainsRule,
		want:  []findingtest.Key{findingtest.E(badDomains+": Bad Accepted Domain: DomainName", CodeOpenRelay)},
	},
	{
		name:  "E19: the MRS proxy is off on a server the HybridConfiguration names, with mailbox moves recorded",
		files: []string{"E19/GetHybridConfiguration.xml", "E19/GetWebServicesVirtualDirectory.xml"},
		edit: func(inv *inventory.Inventory) {
			inv.HybridConfigurations[0].SendingTransportServers = []string{"solo-e19a"}
		},
		rule: mrsProxyRule,
		want: []findingtest.Key{findingtest.W(e19EWS+": MRSProxyEnabled", CodeMRSProxyDisabled)},
	},
	{
		name:  "E19: the MRS proxy off on a server the HybridConfiguration does not name (it names ex-02)",
		files: []string{"E19/GetHybridConfiguration.xml", "E19/GetWebServicesVirtualDirectory.xml"},
		rule:  mrsProxyRule,
	},
	{
		name:  "E19: the MRS proxy off without mailbox moves recorded",
		files: []string{"E19/GetHybridConfiguration.xml", "E19/GetWebServicesVirtualDirectory.xml"},
		edit: func(inv *inventory.Inventory) {
			h := &inv.HybridConfigurations[0]
			h.SendingTransportServers, h.Features = []string{"SOLO-E19A"}, []string{"FreeBusy"}
		},
		rule: mrsProxyRule,
	},
	{
		name:  "an Authoritative * is not a relay",
		files: []string{"E19/GetAcceptedDomain_Bad.xml"},
		edit:  func(inv *inventory.Inventory) { inv.AcceptedDomains[0].Type = "Authoritative" },
		rule:  domainsRule,
	},
	{
		name:  "E19: no hybrid in place, so no coexistence domain is asked for",
		files: []string{"E19/GetAcceptedDomain.xml", "E19/GetSendConnector.xml"},
		edit:  func(inv *inventory.Inventory) { inv.SendConnectors[0].SmartHosts = []string{"relay.solo.com"} },
		rule:  domainsRule,
	},
	{
		name:  "E19 with its HybridConfiguration: the coexistence domain is not accepted; *.com does not count",
		files: []string{"E19/GetAcceptedDomain.xml", "E19/GetHybridConfiguration.xml"},
		rule:  domainsRule,
		want:  []findingtest.Key{findingtest.E(e19Domains, CodeCoexistenceDomainNotAccepted)},
	},
	{
		name:  "E19 with a Send connector to Exchange Online: a hybrid in place",
		files: []string{"E19/GetAcceptedDomain.xml", "E19/GetSendConnector.xml"},
		rule:  domainsRule,
		want:  []findingtest.Key{findingtest.E(e19Domains, CodeCoexistenceDomainNotAccepted)},
	},
	{
		name:  "E19 with the coexistence domain accepted, in another case",
		files: []string{"E19/GetAcceptedDomain.xml", "E19/GetHybridConfiguration.xml"},
		edit: func(inv *inventory.Inventory) {
			inv.AcceptedDomains = append(inv.AcceptedDomains,
				inventory.AcceptedDomain{Name: "coexistence", DomainName: "Contoso.Mail.OnMicrosoft.com", Type: "Authoritative"})
		},
		rule: domainsRule,
	},
	{
		name:  "E19: Mail to O365 without TLS and with a certificate nobody has; the hybrid certificate not on the servers, so no mismatch with it",
		files: []string{"E19/GetSendConnector.xml", "E19/GetExchangeCertificate.xml", "E19/GetHybridConfiguration.xml"},
		edit: func(inv *inventory.Inventory) {
			inv.Servers = append(inv.Servers, inventory.Server{Name: "WIN-CTD3L0RGEN4", Roles: roles.Of(roles.RoleMailbox)})
		},
		rule: connectorsRule,
		want: []findingtest.Key{
			findingtest.E(e19Send+": RequireTLS", "transport/tls-not-required"),
			findingtest.E(e19Send+": TlsCertificateName", "transport/certificate-not-found"),
			findingtest.E(e19Hybrid+": TlsCertificateName", "transport/certificate-not-found"),
		},
	},
	{
		// Its source server WIN-CTD3L0RGEN4 was not exported: neither were
		// its certificates, so the one it names is not judged, which the
		// audit notes.
		name:  "E19: Mail to O365 from a server not exported",
		files: []string{"E19/GetSendConnector.xml", "E19/GetExchangeCertificate.xml", "E19/GetHybridConfiguration.xml"},
		rule:  connectorsRule,
		want: []findingtest.Key{
			findingtest.E(e19Send+": RequireTLS", "transport/tls-not-required"),
			findingtest.I(e19Send+": TlsCertificateName", "transport/certificate-not-checked"),
			findingtest.E(e19Hybrid+": TlsCertificateName", "transport/certificate-not-found"),
		},
	},
	{
		name:  "E19: Mail to O365 disabled: warned of, and it no longer covers the coexistence domain",
		files: []string{"E19/GetSendConnector.xml"},
		edit:  func(inv *inventory.Inventory) { inv.SendConnectors[0].Enabled = false },
		rule:  connectorsRule,
		want: []findingtest.Key{
			findingtest.W(e19Send+": Enabled", "transport/connector-disabled"),
			findingtest.E(e19Send+": AddressSpaces", "transport/address-space-missing"),
			findingtest.E(e19Send+": RequireTLS", "transport/tls-not-required"),
			findingtest.I(e19Send+": TlsCertificateName", "transport/certificate-not-checked"),
		},
	},
	{
		name:  "Exchange Online's hybrid Outbound connector disabled",
		files: append(slices.Clone(exoFiles), "E19/GetHybridConfiguration.xml"),
		edit:  func(inv *inventory.Inventory) { inv.Online.OutboundConnectors[0].Enabled = false },
		rule:  connectorsRule,
		want:  []findingtest.Key{findingtest.W(exoOutbound+": Enabled", "transport/connector-disabled")},
	},
	{
		name:  "E19's HybridConfiguration names ex-02, which the exports do not hold: Validate's to report",
		files: []string{"E19/GetHybridConfiguration.xml", "E19/GetExchangeServer.xml"},
		rule:  connectorsRule,
	},
	{
		name:  "E19's HybridConfiguration names ex-02, an Edge Transport server, as sending and receiving server",
		files: []string{"E19/GetHybridConfiguration.xml", "E19/GetExchangeServer.xml"},
		edit: func(inv *inventory.Inventory) {
			inv.Servers[0].Name, inv.Servers[0].Roles = "ex-02", roles.Of(roles.RoleEdgeTransport)
		},
		rule: connectorsRule,
		want: []findingtest.Key{
			findingtest.E(e19Hybrid+": SendingTransportServers[0]", "transport/endpoint-role"),
			findingtest.E(e19Hybrid+": ReceivingTransportServers[0]", "transport/endpoint-role"),
		},
	},
	{
		name:  "unit: Default Frontend accepts cloud mail for fabrikam.com only; its certificate was exported",
		files: []string{"unit/GetReceiveConnector.xml", "unit/GetExchangeCertificate.xml"},
		rule:  connectorsRule,
		want:  []findingtest.Key{findingtest.E(unitFrontend+": TlsDomainCapabilities", "transport/receive-capability-missing")},
	},
	{
		name:  "unit: Default Frontend's certificate exported from another server only",
		files: []string{"unit/GetReceiveConnector.xml", "unit/GetExchangeCertificate.xml"},
		edit: func(inv *inventory.Inventory) {
			for i := range inv.Certificates {
				inv.Certificates[i].Servers = []string{"WIN-OTHER"}
			}
			inv.Certificates = append(inv.Certificates, inventory.Certificate{Thumbprint: strings.Repeat("E", 40), Subject: "CN=x", Issuer: "CN=x",
				Servers: []string{"win-ctd3l0rgen4"}, From: inventory.Origin{File: "GetExchangeCertificate_WIN-CTD3L0RGEN4.xml", Object: 1}})
		},
		rule: connectorsRule,
		want: []findingtest.Key{
			findingtest.E(unitFrontend+": TlsDomainCapabilities", "transport/receive-capability-missing"),
			findingtest.E(unitFrontend+": TlsCertificateName", "transport/certificate-not-found"),
		},
	},
	{
		name:  "unit: Default Frontend with an empty TlsCertificateName",
		files: []string{"unit/GetReceiveConnectorEmptyTlsCertificateName.xml"},
		rule:  connectorsRule,
		want: []findingtest.Key{
			findingtest.E(`unit/GetReceiveConnectorEmptyTlsCertificateName.xml: WIN-CTD3L0RGEN4\Default Frontend WIN-CTD3L0RGEN4: TlsCertificateName`, "transport/certificate-name-missing"),
			findingtest.E(`unit/GetReceiveConnectorEmptyTlsCertificateName.xml: WIN-CTD3L0RGEN4\Default Frontend WIN-CTD3L0RGEN4: TlsDomainCapabilities`, "transport/receive-capability-missing"),
		},
	},
	{
		name:  "Exchange Online's connectors against E19's HybridConfiguration: the hybrid's are right, the partner's are left alone",
		files: append(slices.Clone(exoFiles), "E19/GetHybridConfiguration.xml"),
		rule:  connectorsRule,
	},
	{
		name:  "centralized transport in the HybridConfiguration, not on the Outbound connector; another name on the Inbound connector, the certificate's names not known",
		files: append(slices.Clone(exoFiles), "E19/GetHybridConfiguration.xml"),
		edit: func(inv *inventory.Inventory) {
			h := &inv.HybridConfigurations[0]
			h.Features = append(h.Features, "CentralizedTransport")
			inv.Online.InboundConnectors[1].TLSSenderCertificateName = "smtp.contoso.com"
		},
		rule: connectorsRule,
		want: []findingtest.Key{
			findingtest.E(exoOutbound+": RouteAllMessagesViaOnPremises", "transport/centralized-mismatch"),
		},
	},
	{
		name:  "the hybrid certificate exported: a name on the Exchange Online connectors that is not among its DNS names",
		files: append(slices.Clone(exoFiles), "E19/GetHybridConfiguration.xml"),
		edit: func(inv *inventory.Inventory) {
			h := inv.HybridConfigurations[0].TLSCertificateName
			inv.Certificates = []inventory.Certificate{{Thumbprint: strings.Repeat("A", 40), Issuer: h.Issuer, Subject: h.Subject,
				DNSNames: []string{"mail.contoso.com", "smtp.contoso.com"}, NotAfter: time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC)}}
			inv.Online.InboundConnectors[1].TLSSenderCertificateName = "smtp.contoso.com"
			inv.Online.OutboundConnectors[0].TLSDomain = "old.contoso.com"
		},
		rule: connectorsRule,
		want: []findingtest.Key{findingtest.E(exoOutbound+": TlsDomain", "transport/outbound-tls-domain")},
	},
	{
		name:     "E19's OAuth objects: the Auth Certificate expired, Skype for Business without Teams, the app's override",
		files:    []string{"E19/GetAuthConfig.xml", "E19/GetExchangeCertificate.xml", "E19/GetPartnerApplication.xml", "E19/GetSettingOverride2.xml"},
		features: AllFeatures,
		rule:     oauthRule,
		want: []findingtest.Key{
			findingtest.E("E19/GetAuthConfig.xml: Auth Configuration: CurrentCertificateThumbprint", federation.CodeAuthCertificateExpired),
			findingtest.W("E19/GetPartnerApplication.xml: SfBLegacy", federation.CodeSfBLegacyPartnerApplication),
		},
	},
	{
		name:     "free/busy without the app's override after 2025-10-31; a disabled ACS server beside the enabled EvoSts one is no finding",
		files:    []string{"E19/GetPartnerApplication.xml", "E19/GetSettingOverride.xml", "synthetic/Synthetic_GetAuthServer.xml"},
		features: Features(FeatureFreeBusy),
		rule:     oauthRule,
		want: []findingtest.Key{
			findingtest.E("E19/GetSettingOverride.xml", federation.CodeHybridAppOverrideMissing),
			findingtest.W("E19/GetPartnerApplication.xml: SfBLegacy", federation.CodeSfBLegacyPartnerApplication),
		},
	},
	{
		name:     "free/busy, an empty GetSettingOverride.xml: exported, and no override enables the app",
		files:    []string{"synthetic/Synthetic_GetAuthServer.xml"},
		empty:    []string{"GetSettingOverride.xml"},
		features: Features(FeatureFreeBusy),
		rule:     oauthRule,
		want: []findingtest.Key{
			findingtest.E("GetSettingOverride.xml", federation.CodeHybridAppOverrideMissing),
		},
	},
	{
		name:  "no Exchange Online partner application: on the partner applications' file, not the overrides'",
		files: []string{"E19/GetPartnerApplication.xml", "E19/GetSettingOverride.xml", "synthetic/Synthetic_GetAuthServer.xml"},
		edit: func(inv *inventory.Inventory) {
			inv.PartnerApplications = slices.DeleteFunc(inv.PartnerApplications, func(p inventory.PartnerApplication) bool {
				return strings.EqualFold(p.ApplicationIdentifier, federation.ExchangeOnlineAppID)
			})
		},
		rule: oauthRule,
		want: []findingtest.Key{
			findingtest.E("E19/GetPartnerApplication.xml", federation.CodeOAuthPartnerApplication),
			findingtest.W("E19/GetPartnerApplication.xml: SfBLegacy", federation.CodeSfBLegacyPartnerApplication),
		},
	},
	{
		name:  "no enabled authorization server, none exported but an empty file: on that file",
		files: []string{"E19/GetPartnerApplication.xml", "E19/GetSettingOverride.xml"},
		empty: []string{"GetAuthServer.xml"},
		rule:  oauthRule,
		want: []findingtest.Key{
			findingtest.E("GetAuthServer.xml", federation.CodeOAuthAuthServerMissing),
			findingtest.W("E19/GetPartnerApplication.xml: SfBLegacy", federation.CodeSfBLegacyPartnerApplication),
		},
	},
	{
		name:     "the app's override missing on 2025-10-31, the day it became required",
		files:    []string{"E19/GetSettingOverride.xml"},
		features: Features(FeatureFreeBusy), on: date(2025, 10, 31), rule: oauthRule,
		want: []findingtest.Key{findingtest.E("E19/GetSettingOverride.xml", federation.CodeHybridAppOverrideMissing)},
	},
	{
		name:     "the app's override missing on 2025-10-30: not yet required",
		files:    []string{"E19/GetSettingOverride.xml"},
		features: Features(FeatureFreeBusy), on: date(2025, 10, 30), rule: oauthRule,
	},
	{
		name:     "free/busy, no GetSettingOverride.xml: the override's absence is not judged",
		files:    []string{"synthetic/Synthetic_GetAuthServer.xml"},
		features: Features(FeatureFreeBusy),
		rule:     oauthRule,
		want:     []findingtest.Key{},
	},
	{
		name:  "the app's override with an empty GetIntraOrganizationConnector.xml: no enabled connector",
		files: []string{"E19/GetSettingOverride2.xml", "synthetic/Synthetic_GetAuthServer.xml"},
		empty: []string{"GetIntraOrganizationConnector.xml"},
		rule:  oauthRule,
		want: []findingtest.Key{
			findingtest.W("E19/GetSettingOverride2.xml: EnableExchangeHybrid3PAppFeature", federation.CodeHybridAppOAuthIncomplete),
		},
	},
	{
		name:  "the Auth Certificate's lifetime is the OAuth audit's, not the certificates'",
		files: []string{"unit/GetExchangeCertificate.xml", "unit/GetAuthConfig.xml"},
		on:    date(2026, 7, 20),
		rule:  certificatesRule,
		want: []findingtest.Key{
			findingtest.E(unitServerCert, CodeCertificateExpiring),
			findingtest.E(unitLocalhost, CodeCertificateExpiring),
		},
	},
	{
		name: "no rich coexistence", files: ewsFiles, features: Features(FeatureMoveMailbox, FeatureSecureMail), on: date(2026, 12, 6), rule: ewsRule,
	},
	{
		name: "the app's ID on the allow list, in upper case", files: ewsFiles,
		edit: func(inv *inventory.Inventory) {
			c := &inv.Online.OrganizationConfigs[0]
			c.EwsAllowedAppIDs = append(c.EwsAllowedAppIDs, "8F2D4A1C-5B6E-4F70-9A81-B2C3D4E5F607")
		},
		features: Features(FeatureMailTips), on: date(2026, 12, 6), rule: ewsRule,
	},
	{
		name: "EWS disabled for the tenant", files: ewsFiles,
		edit: func(inv *inventory.Inventory) {
			disabled := false
			inv.Online.OrganizationConfigs[0].EwsEnabled = &disabled
		},
		features: Features(FeaturePhotos), on: date(2026, 12, 6), rule: ewsRule,
		want: []findingtest.Key{findingtest.E(exoConfig+": EwsEnabled", CodeEWSAppNotAllowed)},
	},
	{
		name: "the Graph flow's override without the app's: EWS still judged", files: ewsFiles,
		edit:     func(inv *inventory.Inventory) { addOverrides(inv, federation.GraphFlowOverride) },
		features: Features(FeatureFreeBusy), on: date(2026, 12, 6), rule: ewsRule,
		want: []findingtest.Key{findingtest.E(exoConfig+": EwsAllowedAppIDs", CodeEWSAppNotAllowed)},
	},
	{
		name: "both overrides, a server below the Graph flow's build: EWS still judged", files: append(slices.Clone(ewsFiles), "E19/GetExchangeServer.xml"),
		edit: func(inv *inventory.Inventory) {
			addOverrides(inv, federation.HybridAppOverride, federation.GraphFlowOverride)
		},
		features: Features(FeatureFreeBusy), on: date(2026, 12, 6), rule: ewsRule,
		want: []findingtest.Key{findingtest.E(exoConfig+": EwsAllowedAppIDs", CodeEWSAppNotAllowed)},
	},
	{
		name: "both overrides, no server exported: EWS still judged", files: ewsFiles,
		edit: func(inv *inventory.Inventory) {
			addOverrides(inv, federation.HybridAppOverride, federation.GraphFlowOverride)
		},
		features: Features(FeatureFreeBusy), on: date(2026, 12, 6), rule: ewsRule,
		want: []findingtest.Key{findingtest.E(exoConfig+": EwsAllowedAppIDs", CodeEWSAppNotAllowed)},
	},
	{
		name: "both overrides, every server at the Graph flow's build: Graph replaces EWS", files: append(slices.Clone(ewsFiles), "E19/GetExchangeServer.xml"),
		edit: func(inv *inventory.Inventory) {
			addOverrides(inv, federation.HybridAppOverride, federation.GraphFlowOverride)
			inv.Servers[0].AdminDisplayVersion = federation.GraphFlowMinBuild
			inv.Servers[0].ExSetup = federation.GraphFlowMinBuild
		},
		features: Features(FeatureFreeBusy), on: date(2026, 12, 6), rule: ewsRule,
	},
	{
		name: "the allow list not exported (no -RetrieveEwsOperationAccessPolicy)", files: ewsFiles,
		edit:     func(inv *inventory.Inventory) { inv.Online.OrganizationConfigs[0].EwsOperationAccessPolicy = false },
		features: Features(FeatureFreeBusy), on: date(2026, 12, 6), rule: ewsRule,
	},
	{
		name: "the synthetic trust, identifier and relationships: right, and no proof asked of an export", files: sharingFiles,
		features: AllFeatures, rule: sharingRule,
	},
	{
		name: "a relationship without the trust's export: no trust asked for", files: sharingFiles[2:],
		features: AllFeatures, rule: sharingRule,
	},
	{
		name: "the identifier without the federation trust's export: no finding on the trust's own properties", files: []string{sharingFiles[0], sharingFiles[2]},
		features: AllFeatures, rule: sharingRule,
	},
	{
		name: "the identifier disabled with a long domain, the trust's ApplicationUri wrong, free/busy off", files: sharingFiles,
		edit: func(inv *inventory.Inventory) {
			id := &inv.FederatedOrganizationIdentifiers[0]
			id.Enabled, id.Domains = false, append(id.Domains, "a-very-long-subdomain-name-of.contoso.com")
			inv.FederationTrusts[0].ApplicationURI = "wrong.contoso.com"
			for i := range inv.OrganizationRelationships {
				inv.OrganizationRelationships[i].FreeBusyAccessEnabled = false
			}
		},
		features: AllFeatures, rule: sharingRule,
		want: []findingtest.Key{
			findingtest.E(syntheticTrust+": ApplicationUri", federation.CodeTrustApplicationURI),
			findingtest.E(syntheticIdentifier+": Enabled", federation.CodeTrustDisabled),
			findingtest.E(syntheticIdentifier+": Domains[2]", federation.CodeFederatedDomainTooLong),
			findingtest.W(syntheticOnPremises+": FreeBusyAccessLevel", federation.CodeAccessLevelIgnored),
			findingtest.E(syntheticOnPremises+": FreeBusyAccessEnabled", federation.CodeFeatureNotEnabled),
		},
	},
	{
		name:  "unit certificates on 2026-05-01: all 60 days or more from their end",
		files: []string{"unit/GetExchangeCertificate.xml"},
		on:    date(2026, 5, 1),
		rule:  certificatesRule,
	},
	{
		name:  "unit certificates on 2026-06-01: the Auth certificate's 40 days",
		files: []string{"unit/GetExchangeCertificate.xml"},
		on:    date(2026, 6, 1),
		rule:  certificatesRule,
		want:  []findingtest.Key{findingtest.W(unitAuthCert, CodeCertificateExpiring)},
	},
	{
		name:  "unit certificates on 2026-07-20: the Auth certificate expired, two within 30 days",
		files: []string{"unit/GetExchangeCertificate.xml"},
		on:    date(2026, 7, 20),
		rule:  certificatesRule,
		want: []findingtest.Key{
			findingtest.E(unitAuthCert, CodeCertificateExpired),
			findingtest.E(unitServerCert, CodeCertificateExpiring),
			findingtest.E(unitLocalhost, CodeCertificateExpiring),
		},
	},
	{
		name:  "a renewal beside the server's certificate leaves its end a finding",
		files: []string{"unit/GetExchangeCertificate.xml"},
		edit: func(inv *inventory.Inventory) {
			i := slices.IndexFunc(inv.Certificates, func(c inventory.Certificate) bool { return c.Subject == "CN=WIN-CTD3L0RGEN4" })
			renewal := inv.Certificates[i]
			renewal.Thumbprint, renewal.NotAfter = strings.Repeat("F", 40), renewal.NotAfter.AddDate(2, 0, 0)
			inv.Certificates = append(inv.Certificates, renewal)
		},
		on:   date(2026, 7, 20),
		rule: certificatesRule,
		want: []findingtest.Key{
			findingtest.E(unitAuthCert, CodeCertificateExpired),
			findingtest.E(unitServerCert, CodeCertificateExpiring),
			findingtest.E(unitLocalhost, CodeCertificateExpiring),
		},
	},
	{
		name: "a NotAfter at midnight UTC: the day before is the last valid day", edit: oneCertificate(time.Date(2026, 7, 20, 0, 0, 0, 0, time.UTC)),
		on: date(2026, 7, 19), rule: certificatesRule, want: []findingtest.Key{findingtest.E(oneCertPath, CodeCertificateExpiring)},
	},
	{
		name: "a NotAfter at midnight UTC: expired on that day", edit: oneCertificate(time.Date(2026, 7, 20, 0, 0, 0, 0, time.UTC)),
		on: date(2026, 7, 20), rule: certificatesRule, want: []findingtest.Key{findingtest.E(oneCertPath, CodeCertificateExpired)},
	},
	{
		name: "a NotAfter in another zone is read in UTC: 01:00 at +02 is the day before", edit: oneCertificate(time.Date(2026, 7, 20, 1, 0, 0, 0, time.FixedZone("+02", 7200))),
		on: date(2026, 7, 20), rule: certificatesRule, want: []findingtest.Key{findingtest.E(oneCertPath, CodeCertificateExpired)},
	},
	{
		name: "its last valid day: expiring in 0 days, not expired", edit: oneCertificate(time.Date(2026, 7, 20, 12, 0, 0, 0, time.UTC)),
		on: date(2026, 7, 20), rule: certificatesRule, want: []findingtest.Key{findingtest.E(oneCertPath, CodeCertificateExpiring)},
	},
	{
		name: "60 days left: not reported", edit: oneCertificate(time.Date(2026, 9, 18, 12, 0, 0, 0, time.UTC)),
		on: date(2026, 7, 20), rule: certificatesRule,
	},
	{
		name: "59 days left: a warning", edit: oneCertificate(time.Date(2026, 9, 17, 12, 0, 0, 0, time.UTC)),
		on: date(2026, 7, 20), rule: certificatesRule, want: []findingtest.Key{findingtest.W(oneCertPath, CodeCertificateExpiring)},
	},
	{
		name: "30 days left: a warning", edit: oneCertificate(time.Date(2026, 8, 19, 12, 0, 0, 0, time.UTC)),
		on: date(2026, 7, 20), rule: certificatesRule, want: []findingtest.Key{findingtest.W(oneCertPath, CodeCertificateExpiring)},
	},
	{
		name: "29 days left: an error", edit: oneCertificate(time.Date(2026, 8, 18, 12, 0, 0, 0, time.UTC)),
		on: date(2026, 7, 20), rule: certificatesRule, want: []findingtest.Key{findingtest.E(oneCertPath, CodeCertificateExpiring)},
	},
	{
		name: "no NotAfter: no lifetime, not expired on 0001-01-01", edit: oneCertificate(time.Time{}),
		on: date(2026, 7, 20), rule: certificatesRule,
	},
	{
		name:  "an invalid day leaves lifetimes unjudged",
		files: []string{"unit/GetExchangeCertificate.xml"},
		on:    date(2026, 2, 30),
		rule:  certificatesRule,
	},
}...)

func TestAuditRules(t *testing.T) {
	for _, tc := range auditTests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := findingtest.Diff(tc.want, tc.run(t)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAuditDated audits the same exports on several days: the certificate
// that the Receive connector presents is fine, then needs its successor,
// then urgently, then has expired.
func TestAuditDated(t *testing.T) {
	inv := readExports(t, "unit/GetReceiveConnector.xml", "unit/GetExchangeCertificate.xml")
	org := Organization{Tenant: "contoso.onmicrosoft.com", Cloud: exhybrid.CloudWorldwide, Observed: inv}
	tests := []struct {
		on   version.Date
		want []findingtest.Key
	}{
		{date(2026, 5, 1), nil},
		{date(2026, 6, 20), []findingtest.Key{findingtest.W(unitServerCert, CodeCertificateExpiring)}},
		{date(2026, 7, 20), []findingtest.Key{findingtest.E(unitServerCert, CodeCertificateExpiring)}},
		{date(2026, 8, 7), []findingtest.Key{findingtest.E(unitServerCert, CodeCertificateExpired)}},
	}
	for _, tt := range tests {
		var got exhybrid.Findings
		for _, f := range Audit(org, tt.on) {
			if f.Path == unitServerCert {
				got = append(got, f)
			}
		}
		if diff := findingtest.Diff(tt.want, got); diff != "" {
			t.Errorf("on %v (-want +got):\n%s", tt.on, diff)
		}
		for _, f := range got {
			if want := `used by the Receive connector WIN-CTD3L0RGEN4\Default Frontend WIN-CTD3L0RGEN4`; !strings.Contains(f.Message, want) {
				t.Errorf("on %v: message %q does not name the connector that presents the certificate", tt.on, f.Message)
			}
		}
	}
}

// TestAuditRunsValidate checks that Audit is Validate when nothing was
// exported, and Validate's findings with the audit's otherwise, each
// problem once: the note that the wizard adds the coexistence domain
// replaced by the error of an existing hybrid, the note that the app is
// not recorded by the exported override's verdict, an expired certificate
// reported on the export when it was exported.
func TestAuditRunsValidate(t *testing.T) {
	org := modernSE(t)
	if diff := findingtest.DiffInOrder(findingtest.List(Validate(org, day)), Audit(org, day)); diff != "" {
		t.Errorf("Audit without exports differs from Validate (-validate +audit):\n%s", diff)
	}
	org.AcceptedDomains = slices.DeleteFunc(org.AcceptedDomains, func(d AcceptedDomain) bool {
		return d.Domain == org.Tenant.CoexistenceDomain()
	})
	if !Validate(org, day).Has(CodeCoexistenceDomainMissing) {
		t.Fatal("the base organization should lack the coexistence domain")
	}
	org.Certificate.NotAfter = date(2026, 1, 31)
	if !Validate(org, day).Has(CodeCertificateExpired) {
		t.Fatal("the base organization's certificate should have expired")
	}
	if !Validate(org, day).Has(CodeHybridAppMissing) {
		t.Fatal("the base organization should not record the dedicated app")
	}
	org.Observed = readExports(t, "E19/GetAcceptedDomain.xml", "E19/GetHybridConfiguration.xml", "E19/GetExchangeCertificate.xml",
		"E19/GetSettingOverride2.xml")
	fs := Audit(org, day)
	if fs.Has(CodeHybridAppMissing) || fs.Has(federation.CodeHybridAppOverrideMissing) {
		t.Errorf("the exported override enables the dedicated app; want no finding that it is missing:\n%s", fs)
	}
	if fs.Has(CodeCoexistenceDomainMissing) || !fs.Has(CodeCoexistenceDomainNotAccepted) {
		t.Errorf("want the audit's coexistence finding instead of Validate's:\n%s", fs)
	}
	// The organization's certificate was not exported: Validate judges it.
	if !slices.ContainsFunc(fs, func(f exhybrid.Finding) bool {
		return f.Code == CodeCertificateExpired && f.Path == "certificate.notAfter"
	}) {
		t.Errorf("want Validate's finding on a certificate not exported:\n%s", fs)
	}
	// The organization's certificate is E19's, exported: the audit judges
	// it there, once.
	org.Certificate.Subject, org.Certificate.Issuer = "CN=Solo-E19A", "CN=Solo-E19A"
	fs = Audit(org, day)
	for _, f := range fs {
		if f.Code == CodeCertificateExpired && !strings.HasPrefix(string(f.Path), "E19/GetExchangeCertificate.xml: ") {
			t.Errorf("an expired certificate reported on the organization as well as on the exports: %v", f)
		}
	}
	if !fs.Has(CodeCertificateExpired) {
		t.Errorf("want the exported certificates that expired in 2024:\n%s", fs)
	}
	sorted := slices.Clone(fs)
	sorted.Sort()
	if !slices.Equal(sorted, fs) {
		t.Error("findings are not sorted")
	}
}

// addOverrides adds an enabled setting override of each section.
func addOverrides(inv *inventory.Inventory, sections ...federation.OverrideSection) {
	for _, s := range sections {
		inv.SettingOverrides = append(inv.SettingOverrides, inventory.SettingOverride{SettingOverride: federation.SettingOverride{
			Name: s.Section, ComponentName: s.Component, SectionName: s.Section,
			Parameters: []federation.OverrideParameter{{Name: "Enabled", Value: "true"}},
		}})
	}
}

// oneCertPath is the path of the certificate oneCertificate leaves.
const oneCertPath exhybrid.Path = "GetExchangeCertificate.xml: " + "ABCDEF0123456789ABCDEF0123456789ABCDEF01: NotAfter"

// oneCertificate leaves one certificate in the inventory, whose validity
// ends at notAfter.
func oneCertificate(notAfter time.Time) func(*inventory.Inventory) {
	return func(inv *inventory.Inventory) {
		inv.Certificates = []inventory.Certificate{{Thumbprint: "ABCDEF0123456789ABCDEF0123456789ABCDEF01", Subject: "CN=mail.contoso.com",
			Issuer: "CN=CA", NotAfter: notAfter, From: inventory.Origin{File: "GetExchangeCertificate.xml", Object: 1}}}
	}
}

// TestAuditInputGaps checks that Validate's errors on the fields the
// exports do not tell become FromInventory's notes, once, and that a
// field filled in, or an organization without exports, keeps them.
func TestAuditInputGaps(t *testing.T) {
	// The cloud is not among them: the export's Send connector delivers to
	// the worldwide cloud's hosts (FromInventory's cloudFromSmartHosts).
	gaps := []exhybrid.Path{"namespaces.owa", "tenant", "type"}
	inputs := []exhybrid.Code{CodeTenantInvalid, CodeCloudMissing, CodeTypeMissing, CodeMXMissing, CodeNamespaceMissing, CodeNameInvalid}
	tests := []struct {
		name      string
		edit      func(*Organization)
		notes     []exhybrid.Path   // the hybrid/not-observed notes the audit gives
		inputErrs []findingtest.Key // Validate's input findings kept
	}{
		{"the organization FromInventory built", func(*Organization) {}, gaps, nil},
		{"the tenant filled in wrongly: Validate judges it", func(o *Organization) { o.Tenant = "contoso.com" },
			[]exhybrid.Path{"namespaces.owa", "type"}, []findingtest.Key{findingtest.E("tenant", CodeTenantInvalid)}},
		{"no exports: Validate's errors", func(o *Organization) { o.Observed = nil }, nil,
			[]findingtest.Key{findingtest.E("namespaces.owa", CodeNamespaceMissing),
				findingtest.E("tenant", CodeTenantInvalid), findingtest.E("type", CodeTypeMissing)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			org, _ := FromInventory(readExport(t, exampleExport))
			tt.edit(&org)
			fs := Audit(org, day)
			var notes []exhybrid.Path
			var inputErrs exhybrid.Findings
			for _, f := range fs {
				switch {
				case f.Code == CodeNotObserved:
					notes = append(notes, f.Path)
				case slices.Contains(inputs, f.Code):
					inputErrs = append(inputErrs, f)
				}
			}
			if d := cmp.Diff(tt.notes, notes, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("notes (-want +got):\n%s", d)
			}
			if d := findingtest.Diff(tt.inputErrs, inputErrs); d != "" {
				t.Errorf("input findings (-want +got):\n%s", d)
			}
		})
	}
}

// TestAuditUnexportedLists checks that an audit of exports without
// Get-ExchangeServer or Get-HybridConfiguration notes the servers and the
// hybrid domains as not observed instead of reporting an organization
// without them, while an export of Get-ExchangeServer that holds no
// server is a fact, which Validate's error judges.
func TestAuditUnexportedLists(t *testing.T) {
	without := func(inv *inventory.Inventory, cmdlets ...string) {
		inv.Exported = slices.DeleteFunc(inv.Exported, func(c inventory.Cmdlet) bool { return slices.Contains(cmdlets, c.Name) })
	}
	tests := []struct {
		name     string
		edit     func(*inventory.Inventory)
		notes    []exhybrid.Path // notes at servers and hybridDomains
		errCodes []exhybrid.Code // Validate's errors on them
	}{
		{"neither exported", func(inv *inventory.Inventory) {
			inv.Servers, inv.HybridConfigurations = nil, nil
			without(inv, "Get-ExchangeServer", "Get-HybridConfiguration")
		}, []exhybrid.Path{"hybridDomains", "servers"}, nil},
		{"Get-ExchangeServer exported with no server", func(inv *inventory.Inventory) {
			inv.Servers = nil
		}, nil, []exhybrid.Code{CodeNoServers}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv := readExport(t, exampleExport)
			tt.edit(inv)
			org, _ := FromInventory(inv)
			var notes []exhybrid.Path
			var errCodes []exhybrid.Code
			for _, f := range Audit(org, day) {
				switch {
				case f.Code == CodeNotObserved && (f.Path == "servers" || f.Path == "hybridDomains"):
					notes = append(notes, f.Path)
				case f.Code == CodeNoServers || f.Code == CodeNoHybridDomain:
					errCodes = append(errCodes, f.Code)
				}
			}
			slices.Sort(notes)
			if d := cmp.Diff(tt.notes, notes, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("notes (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.errCodes, errCodes, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("errors (-want +got):\n%s", d)
			}
		})
	}
}

// TestAuditBuildWithoutExSetup checks that a server whose build is only
// AdminDisplayVersion's (no ExSetup version exported), which does not show
// security updates, gets FromInventory's note at its build instead of a
// count of missing updates; a build filled in by hand is judged again.
func TestAuditBuildWithoutExSetup(t *testing.T) {
	tests := []struct {
		name      string
		exSetup   bool   // the ExSetup version stays joined to the server
		handBuild string // a build filled in by hand, or ""
		note      bool   // the note at servers[0].build
		missing   bool   // hybrid/updates-missing there
	}{
		{"ExSetup exported", true, "", false, true},
		{"no ExSetup", false, "", true, false},
		{"no ExSetup, the build filled in by hand", false, "15.2.986.9", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv := readExport(t, exampleExport)
			if !tt.exSetup {
				inv.Servers[0].ExSetup = version.Build{}
			}
			org, _ := FromInventory(inv)
			if tt.handBuild != "" {
				org.Servers[0].Build = version.MustParseBuild(tt.handBuild)
			}
			var note, missing bool
			for _, f := range Audit(org, day) {
				if f.Path != "servers[0].build" {
					continue
				}
				note = note || f.Code == CodeNotObserved
				missing = missing || f.Code == CodeUpdatesMissing
			}
			if note != tt.note || missing != tt.missing {
				t.Errorf("note %v, updates-missing %v; want %v, %v", note, missing, tt.note, tt.missing)
			}
		})
	}
}
