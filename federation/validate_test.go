package federation_test

import (
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

var allFeatures = federation.Features{FreeBusy: true, MoveMailbox: true, MailTips: true, MessageTracking: true, OnlineArchive: true, Photos: true}

// validConfig is what the wizard creates for p, with the proofs published:
// Validate finds nothing in it.
func validConfig(p federation.Params) federation.Config {
	conf, _ := federation.Configure(p)
	c, pair := conf.Auth, conf.Relationships
	if c.Trust != nil {
		for _, d := range c.Trust.FederatedDomains {
			c.Trust.Proofs = append(c.Trust.Proofs, federation.DomainProof{Domain: d, Value: testProof, Published: true})
		}
	}
	return federation.Config{Tenant: p.Tenant, Cloud: p.Cloud, Domains: p.Domains, Servers: p.Servers,
		Features: allFeatures, Trust: c.Trust, Relationships: &pair, OAuth: c.OAuth}
}

func config2016() federation.Config { return validConfig(params(org2016())) }

// configMixed is the 2007 organization with OAuth configured by hand.
func configMixed() federation.Config {
	p := params(org2013and2007())
	p.ManualOAuth = true
	return validConfig(p)
}

// dauthOnly drops OAuth from c.
func dauthOnly(c *federation.Config) { c.OAuth = nil }

func TestValidateValid(t *testing.T) {
	for name, c := range map[string]federation.Config{
		"2016 OAuth":      config2016(),
		"2016 DAuth":      func() federation.Config { c := config2016(); dauthOnly(&c); return c }(),
		"2007+2013 OAuth": configMixed(),
		// The OAuth values of GCC High are not in the sources: DAuth only.
		"GCC High DAuth": func() federation.Config {
			p := params(org2016())
			p.Cloud, p.OWAForm = exhybrid.CloudGCCHigh, federation.OWAFormNone
			c := validConfig(p)
			dauthOnly(&c)
			return c
		}(),
	} {
		fs := federation.Validate(c)
		want := []findingtest.Key(nil)
		if name == "2007+2013 OAuth" {
			want = []findingtest.Key{findingtest.I("servers[1]", federation.CodeQueryInterval2007)}
		}
		if diff := findingtest.Diff(want, fs); diff != "" {
			t.Errorf("%s: findings mismatch (-want +got):\n%s", name, diff)
		}
	}
}

// validateRule is a row of validateRules: a configuration, changed, and
// the findings Validate must give, matched on path, code and severity.
type validateRule struct {
	name   string
	base   func() federation.Config
	modify func(*federation.Config)
	want   []findingtest.Key
}

// onp and cld are the two organization relationships of c, short for the
// rows of validateRules.
func onp(c *federation.Config) *federation.OrganizationRelationship {
	return &c.Relationships.OnPremises
}

func cld(c *federation.Config) *federation.OrganizationRelationship { return &c.Relationships.Cloud }

// validateRules has, per rule, a row that breaks it (and the valid
// configurations of TestValidateValid as the rows that pass).
var validateRules = []validateRule{
	// The deployment.
	{"tenant", config2016, func(c *federation.Config) { c.Tenant = "contoso" },
		[]findingtest.Key{findingtest.E("tenant", federation.CodeTenantInvalid)}},
	{"cloud", config2016, func(c *federation.Config) { c.Cloud = 0 },
		[]findingtest.Key{findingtest.E("cloud", federation.CodeCloudInvalid)}},
	{"no hybrid domain", config2016, func(c *federation.Config) { c.Domains = nil },
		[]findingtest.Key{findingtest.E("domains", federation.CodeDomainsMissing)}},
	{"hybrid domain invalid", config2016, func(c *federation.Config) { c.Domains = append(c.Domains, "-bad.contoso.com") },
		[]findingtest.Key{findingtest.E("domains[2]", federation.CodeDomainInvalid)}},
	{"no servers", config2016, func(c *federation.Config) { c.Servers = nil },
		[]findingtest.Key{findingtest.W("servers", federation.CodeServersMissing)}},

	// The trust.
	{"trust missing", config2016, func(c *federation.Config) { c.Trust = nil },
		[]findingtest.Key{findingtest.W("trust", federation.CodeTrustMissing)}},
	{"trust missing with DAuth", config2016, func(c *federation.Config) { dauthOnly(c); c.Trust = nil },
		[]findingtest.Key{findingtest.E("trust", federation.CodeTrustMissing)}},
	{"trust name", config2016, func(c *federation.Config) { c.Trust.Name = "" },
		[]findingtest.Key{findingtest.E("trust.name", federation.CodeTrustNameMissing)}},
	{"trust disabled", config2016, func(c *federation.Config) { c.Trust.Enabled = false },
		[]findingtest.Key{findingtest.E("trust.enabled", federation.CodeTrustDisabled)}},
	{"account namespace missing", config2016, func(c *federation.Config) { c.Trust.AccountNamespace = "" },
		[]findingtest.Key{findingtest.E("trust.accountNamespace", federation.CodeTrustApplicationURI)}},
	{"account namespace invalid", config2016, func(c *federation.Config) { c.Trust.AccountNamespace = "contoso" },
		[]findingtest.Key{findingtest.E("trust.accountNamespace", federation.CodeTrustApplicationURI)}},
	{"application URI", config2016, func(c *federation.Config) { c.Trust.ApplicationURI = "FYDIBOHF25SPDLT.fabrikam.com" },
		[]findingtest.Key{findingtest.E("trust.applicationUri", federation.CodeTrustApplicationURI)}},
	// Get-FederatedOrganizationIdentifier shows AccountNamespace with
	// the prefix.
	{"account namespace as the shell shows it", config2016, func(c *federation.Config) { c.Trust.AccountNamespace = "FYDIBOHF25SPDLT.contoso.com" }, nil},
	{"account namespace with the prefix in lower case and a dot", config2016, func(c *federation.Config) {
		c.Trust.AccountNamespace = "fydibohf25spdlt.Contoso.com."
	}, nil},
	{"account namespace only the prefix", config2016, func(c *federation.Config) { c.Trust.AccountNamespace = "FYDIBOHF25SPDLT." },
		[]findingtest.Key{findingtest.E("trust.accountNamespace", federation.CodeTrustApplicationURI)}},
	{"account namespace with the prefix, another domain", config2016, func(c *federation.Config) {
		c.Trust.AccountNamespace = "FYDIBOHF25SPDLT.fabrikam.com"
	}, []findingtest.Key{
		findingtest.E("relationships.cloud.targetApplicationUri", federation.CodeTargetApplicationURI),
		findingtest.E("trust.applicationUri", federation.CodeTrustApplicationURI),
	}},
	{"federated domain too long", config2016, func(c *federation.Config) {
		d := "a-very-long-subsidiary-name.contoso.com"
		c.Trust.FederatedDomains = append(c.Trust.FederatedDomains, d)
		c.Trust.Proofs = append(c.Trust.Proofs, federation.DomainProof{Domain: d, Value: testProof, Published: true})
	}, []findingtest.Key{findingtest.E("trust.federatedDomains[2]", federation.CodeFederatedDomainTooLong)}},
	{"federated domain invalid", config2016, func(c *federation.Config) { c.Trust.FederatedDomains[1] = "sales" },
		[]findingtest.Key{
			findingtest.E("domains[1]", federation.CodeHybridDomainNotFederated),
			findingtest.E("relationships.cloud.domainNames[1]", federation.CodeRelationshipDomainNotFederated),
			findingtest.E("trust.federatedDomains[1]", federation.CodeDomainInvalid),
		}},
	{"proof not published", config2016, func(c *federation.Config) { c.Trust.Proofs[1].Published = false },
		[]findingtest.Key{findingtest.E("trust.federatedDomains[1]", federation.CodeFederatedDomainWithoutProof)}},
	{"proof missing", config2016, func(c *federation.Config) { c.Trust.Proofs = c.Trust.Proofs[:1] },
		[]findingtest.Key{findingtest.E("trust.federatedDomains[1]", federation.CodeFederatedDomainWithoutProof)}},
	{"proof invalid", config2016, func(c *federation.Config) { c.Trust.Proofs[0].Value = testProof[1:] },
		[]findingtest.Key{
			findingtest.E("trust.federatedDomains[0]", federation.CodeFederatedDomainWithoutProof),
			findingtest.E("trust.proofs[0].value", federation.CodeProofInvalid),
		}},
	{"proof domain invalid", config2016, func(c *federation.Config) {
		c.Trust.Proofs = append(c.Trust.Proofs, federation.DomainProof{Domain: "contoso", Value: testProof})
	}, []findingtest.Key{findingtest.E("trust.proofs[2].domain", federation.CodeDomainInvalid)}},
	{"hybrid domain not federated", config2016, func(c *federation.Config) {
		c.Trust.FederatedDomains = c.Trust.FederatedDomains[:1]
	}, []findingtest.Key{
		findingtest.E("domains[1]", federation.CodeHybridDomainNotFederated),
		findingtest.E("relationships.cloud.domainNames[1]", federation.CodeRelationshipDomainNotFederated),
	}},
	{"metadata URL", config2016, func(c *federation.Config) {
		c.Trust.MetadataURL = "https://nexus.passport.com/federationmetadata/2006-12/FederationMetaData.xml"
	}, []findingtest.Key{findingtest.E("trust.metadataUrl", federation.CodeMetadataURL)}},
	{"metadata URL syntax", config2016, func(c *federation.Config) { c.Trust.MetadataURL = "nexus.microsoftonline-p.com" },
		[]findingtest.Key{findingtest.E("trust.metadataUrl", federation.CodeURLInvalid)}},
	{"metadata URL case", config2016, func(c *federation.Config) {
		c.Trust.MetadataURL = "https://nexus.microsoftonline-p.com/federationmetadata/2006-12/federationmetadata.xml"
	}, nil},
	{"certificate expired", config2016, func(c *federation.Config) { c.Trust.Certificate.Expired = true },
		[]findingtest.Key{findingtest.E("trust.certificate.expired", federation.CodeCertificateExpired)}},
	{"certificate revoked", config2016, func(c *federation.Config) { c.Trust.Certificate.Revoked = true },
		[]findingtest.Key{findingtest.E("trust.certificate.revoked", federation.CodeCertificateExpired)}},
	{"CA certificate meeting the requirements", config2016, func(c *federation.Config) {
		c.Trust.Certificate = &federation.TrustCertificate{SubjectKeyIdentifier: true, CryptoAPI: true, RSASignature: true, ExportablePrivateKey: true, ClientAuthentication: true}
	}, nil},
	{"CA certificate with a CNG key and no client authentication", config2016, func(c *federation.Config) {
		c.Trust.Certificate = &federation.TrustCertificate{SubjectKeyIdentifier: true, RSASignature: true, ExportablePrivateKey: true}
	}, []findingtest.Key{
		findingtest.E("trust.certificate.clientAuthentication", federation.CodeCertificateRequirement),
		findingtest.E("trust.certificate.cryptoApi", federation.CodeCertificateRequirement),
	}},

	// The relationships.
	{"relationships missing", config2016, func(c *federation.Config) { c.Relationships = nil },
		[]findingtest.Key{findingtest.E("relationships", federation.CodeRelationshipsMissing)}},
	{"no relationships, no features", config2016, func(c *federation.Config) { c.Relationships, c.Features = nil, federation.Features{} }, nil},
	{"relationship name missing", config2016, func(c *federation.Config) { onp(c).Name = "" },
		[]findingtest.Key{findingtest.E("relationships.onPremises.name", federation.CodeRelationshipName)}},
	{"relationship name too long", config2016, func(c *federation.Config) { cld(c).Name += " (copy of the original)" },
		[]findingtest.Key{findingtest.E("relationships.cloud.name", federation.CodeRelationshipName)}},
	{"relationship disabled", config2016, func(c *federation.Config) { dauthOnly(c); onp(c).Enabled = false },
		[]findingtest.Key{findingtest.E("relationships.onPremises.enabled", federation.CodeRelationshipDisabled)}},
	{"relationship disabled with OAuth", config2016, func(c *federation.Config) { cld(c).Enabled = false },
		[]findingtest.Key{findingtest.W("relationships.cloud.enabled", federation.CodeRelationshipDisabled)}},
	{"relationship without domains", config2016, func(c *federation.Config) { onp(c).DomainNames = nil },
		[]findingtest.Key{
			findingtest.E("relationships.onPremises.domainNames", federation.CodeCoexistenceDomainMissing),
			findingtest.E("relationships.onPremises.domainNames", federation.CodeDomainsMissing),
		}},
	{"relationship domain invalid", config2016, func(c *federation.Config) { onp(c).DomainNames = append(onp(c).DomainNames, "*.contoso.com") },
		[]findingtest.Key{findingtest.E("relationships.onPremises.domainNames[1]", federation.CodeDomainInvalid)}},
	{"coexistence domain missing", config2016, func(c *federation.Config) { onp(c).DomainNames = []string{"contoso.onmicrosoft.com"} },
		[]findingtest.Key{findingtest.E("relationships.onPremises.domainNames", federation.CodeCoexistenceDomainMissing)}},
	{"cloud relationship domain not federated", config2016, func(c *federation.Config) {
		cld(c).DomainNames = append(cld(c).DomainNames, "fabrikam.com")
	}, []findingtest.Key{findingtest.E("relationships.cloud.domainNames[2]", federation.CodeRelationshipDomainNotFederated)}},
	{"cloud relationship misses a hybrid domain", config2016, func(c *federation.Config) { cld(c).DomainNames = cld(c).DomainNames[:1] },
		[]findingtest.Key{findingtest.E("relationships.cloud.domainNames", federation.CodeRelationshipDomainNotFederated)}},
	{"free/busy level while disabled", config2016, func(c *federation.Config) {
		dauthOnly(c)
		c.Features.FreeBusy = false
		onp(c).FreeBusyAccessEnabled = false
	},
		[]findingtest.Key{findingtest.W("relationships.onPremises.freeBusyAccessLevel", federation.CodeAccessLevelIgnored)}},
	{"free/busy level None while disabled", config2016, func(c *federation.Config) {
		c.Features.FreeBusy = false
		onp(c).FreeBusyAccessEnabled, onp(c).FreeBusyAccessLevel = false, federation.FreeBusyNone
	}, nil},
	{"free/busy enabled with None", config2016, func(c *federation.Config) { cld(c).FreeBusyAccessLevel = federation.FreeBusyNone },
		[]findingtest.Key{findingtest.W("relationships.cloud.freeBusyAccessLevel", federation.CodeAccessLevelNone)}},
	{"free/busy enabled without level", config2016, func(c *federation.Config) { cld(c).FreeBusyAccessLevel = federation.FreeBusyUnknown },
		[]findingtest.Key{findingtest.W("relationships.cloud.freeBusyAccessLevel", federation.CodeAccessLevelNone)}},
	{"MailTips level while disabled", config2016, func(c *federation.Config) { c.Features.MailTips = false; cld(c).MailTipsAccessEnabled = false },
		[]findingtest.Key{findingtest.W("relationships.cloud.mailTipsAccessLevel", federation.CodeAccessLevelIgnored)}},
	{"MailTips enabled with None", config2016, func(c *federation.Config) { onp(c).MailTipsAccessLevel = federation.MailTipsNone },
		[]findingtest.Key{findingtest.W("relationships.onPremises.mailTipsAccessLevel", federation.CodeAccessLevelNone)}},
	{"free/busy levels differ", config2016, func(c *federation.Config) { cld(c).FreeBusyAccessLevel = federation.FreeBusyAvailabilityOnly },
		[]findingtest.Key{findingtest.W("relationships.onPremises.freeBusyAccessLevel", federation.CodeAccessLevelMismatch)}},
	{"MailTips levels differ", config2016, func(c *federation.Config) { onp(c).MailTipsAccessLevel = federation.MailTipsLimited },
		[]findingtest.Key{findingtest.W("relationships.onPremises.mailTipsAccessLevel", federation.CodeAccessLevelMismatch)}},
	{"delivery reports on premises only", config2016, func(c *federation.Config) { cld(c).DeliveryReportEnabled = false },
		[]findingtest.Key{findingtest.E("relationships.cloud.deliveryReportEnabled", federation.CodeDeliveryReportOneSide)}},
	{"delivery reports in the cloud only", config2016, func(c *federation.Config) { onp(c).DeliveryReportEnabled = false },
		[]findingtest.Key{findingtest.E("relationships.onPremises.deliveryReportEnabled", federation.CodeDeliveryReportOneSide)}},
	{"on-premises target application URI", config2016, func(c *federation.Config) { onp(c).TargetApplicationURI = "outlook.office365.com" },
		[]findingtest.Key{findingtest.E("relationships.onPremises.targetApplicationUri", federation.CodeTargetApplicationURI)}},
	{"on-premises target application URI case", config2016, func(c *federation.Config) { onp(c).TargetApplicationURI = "Outlook.com" }, nil},
	{"on-premises target application URI for GCC High", config2016, func(c *federation.Config) {
		c.Cloud = exhybrid.CloudGCCHigh
		c.Trust.MetadataURL = "https://nexus.microsoftonline-p.com/federationmetadata/2006-12/federationmetadata.xml"
		onp(c).TargetAutodiscoverEPR = "https://autodiscover-s.office365.us/autodiscover/autodiscover.svc/WSSecurity"
		c.OAuth = nil
	}, []findingtest.Key{findingtest.E("relationships.onPremises.targetApplicationUri", federation.CodeTargetApplicationURI)}},
	{"target application URI not a name", config2016, func(c *federation.Config) { onp(c).TargetApplicationURI = "outlook com" },
		[]findingtest.Key{
			findingtest.E("relationships.onPremises.targetApplicationUri", federation.CodeTargetApplicationURI),
			findingtest.E("relationships.onPremises.targetApplicationUri", federation.CodeURLInvalid),
		}},
	{"cloud target application URI", config2016, func(c *federation.Config) { cld(c).TargetApplicationURI = "mail.contoso.com" },
		[]findingtest.Key{findingtest.E("relationships.cloud.targetApplicationUri", federation.CodeTargetApplicationURI)}},
	{"cloud target application URI without a trust", config2016, func(c *federation.Config) {
		c.Trust = nil
		cld(c).TargetApplicationURI = "mail.contoso.com"
	}, []findingtest.Key{
		findingtest.E("relationships.cloud.targetApplicationUri", federation.CodeTargetApplicationURI),
		findingtest.W("trust", federation.CodeTrustMissing),
	}},
	{"autodiscover EPR of the wrong cloud", config2016, func(c *federation.Config) {
		onp(c).TargetAutodiscoverEPR = "https://autodiscover-s.office365.us/autodiscover/autodiscover.svc/WSSecurity"
	}, []findingtest.Key{findingtest.E("relationships.onPremises.targetAutodiscoverEpr", federation.CodeTargetAutodiscoverEPR)}},
	{"autodiscover EPR over http", config2016, func(c *federation.Config) {
		onp(c).TargetAutodiscoverEPR = "http://autodiscover-s.outlook.com/autodiscover/autodiscover.svc/WSSecurity"
	}, []findingtest.Key{
		findingtest.E("relationships.onPremises.targetAutodiscoverEpr", federation.CodeTargetAutodiscoverEPR),
		findingtest.E("relationships.onPremises.targetAutodiscoverEpr", federation.CodeURLInvalid),
	}},
	{"sharing EPR to Exchange Online", config2016, func(c *federation.Config) {
		onp(c).TargetAutodiscoverEPR, onp(c).TargetSharingEPR = "", "https://outlook.office365.com/EWS/Exchange.asmx"
	}, nil},
	{"sharing EPR elsewhere", config2016, func(c *federation.Config) { onp(c).TargetSharingEPR = "https://mail.contoso.com/EWS/Exchange.asmx" },
		[]findingtest.Key{findingtest.W("relationships.onPremises.targetSharingEpr", federation.CodeTargetSharingEPR)}},
	{"cloud relationship without endpoints", config2016, func(c *federation.Config) { cld(c).TargetAutodiscoverEPR = "" },
		[]findingtest.Key{findingtest.E("relationships.cloud.targetAutodiscoverEpr", federation.CodeTargetAutodiscoverEPR)}},
	{"on-premises relationship without endpoints, unknown cloud values", config2016, func(c *federation.Config) {
		c.Cloud, c.OAuth, c.Trust.MetadataURL = exhybrid.CloudDoD, nil, ""
		onp(c).TargetAutodiscoverEPR, onp(c).TargetApplicationURI = "", ""
	}, []findingtest.Key{findingtest.E("relationships.onPremises.targetAutodiscoverEpr", federation.CodeTargetAutodiscoverEPR)}},
	{"OWA URL http with /owa", config2016, func(c *federation.Config) { onp(c).TargetOWAURL = "http://cloudowa.contoso.com/owa" }, nil},
	{"OWA URL without /owa", config2016, func(c *federation.Config) { onp(c).TargetOWAURL = "http://cloudowa.contoso.com/mail" },
		[]findingtest.Key{findingtest.W("relationships.onPremises.targetOwaUrl", federation.CodeOWAURLForm)}},
	{"OWA URL over https on the organization's host", config2016, func(c *federation.Config) { onp(c).TargetOWAURL = "https://cloudowa.contoso.com/owa" },
		[]findingtest.Key{findingtest.W("relationships.onPremises.targetOwaUrl", federation.CodeOWAURLForm)}},
	{"OWA URL standard value of FreeBusyChecker", config2016, func(c *federation.Config) {
		onp(c).TargetOWAURL = "http://outlook.com/owa/contoso.mail.onmicrosoft.com"
	}, nil},
	{"OWA URL empty", config2016, func(c *federation.Config) { onp(c).TargetOWAURL = "" }, nil},
	{"Exchange Online relationship's OWA URL is the on-premises one", config2016, func(c *federation.Config) {
		cld(c).TargetOWAURL = "https://mail.contoso.com/"
	}, nil},
	{"OWA URL invalid", config2016, func(c *federation.Config) { cld(c).TargetOWAURL = "mail.contoso.com/owa" },
		[]findingtest.Key{findingtest.E("relationships.cloud.targetOwaUrl", federation.CodeURLInvalid)}},
	{"organization contact", config2016, func(c *federation.Config) { onp(c).OrganizationContact = "admin@contoso.com" }, nil},
	{"organization contact invalid", config2016, func(c *federation.Config) { onp(c).OrganizationContact = "admin" },
		[]findingtest.Key{findingtest.E("relationships.onPremises.organizationContact", federation.CodeContactInvalid)}},

	// Photos and features.
	// Exchange 2007 servers next to 2013 leave photos on (configMixed
	// passes); PhotosEnabled is then required as anywhere else.
	{"Photos feature with 2007 servers, PhotosEnabled off", configMixed, func(c *federation.Config) {
		onp(c).PhotosEnabled, cld(c).PhotosEnabled = false, false
	}, []findingtest.Key{
		findingtest.E("relationships.cloud.photosEnabled", federation.CodeFeatureNotEnabled),
		findingtest.E("relationships.onPremises.photosEnabled", federation.CodeFeatureNotEnabled),
		findingtest.I("servers[1]", federation.CodeQueryInterval2007),
	}},
	{"photos without Exchange 2013", config2016, func(c *federation.Config) {
		dauthOnly(c)
		c.Servers = []roles.Server{server("EX2010-01", b2010SP3, roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport)}
	}, []findingtest.Key{
		findingtest.E("features.photos", federation.CodePhotosPre2013),
		findingtest.E("relationships.cloud.photosEnabled", federation.CodePhotosPre2013),
		findingtest.E("relationships.onPremises.photosEnabled", federation.CodePhotosPre2013),
	}},
	{"MoveMailbox without MailboxMoveEnabled", config2016, func(c *federation.Config) { onp(c).MailboxMoveEnabled = false },
		[]findingtest.Key{findingtest.E("relationships.onPremises.mailboxMoveEnabled", federation.CodeFeatureNotEnabled)}},
	{"MoveMailbox off", config2016, func(c *federation.Config) { c.Features.MoveMailbox = false; onp(c).MailboxMoveEnabled = false }, nil},
	{"FreeBusy without free/busy access", config2016, func(c *federation.Config) {
		dauthOnly(c)
		onp(c).FreeBusyAccessEnabled, onp(c).FreeBusyAccessLevel = false, federation.FreeBusyNone
	}, []findingtest.Key{findingtest.E("relationships.onPremises.freeBusyAccessEnabled", federation.CodeFeatureNotEnabled)}},
	{"FreeBusy without free/busy access, OAuth", config2016, func(c *federation.Config) {
		onp(c).FreeBusyAccessEnabled, onp(c).FreeBusyAccessLevel = false, federation.FreeBusyNone
	}, []findingtest.Key{findingtest.W("relationships.onPremises.freeBusyAccessEnabled", federation.CodeFeatureNotEnabled)}},
	{"MailTips without MailTips access", config2016, func(c *federation.Config) {
		cld(c).MailTipsAccessEnabled, cld(c).MailTipsAccessLevel = false, federation.MailTipsNone
	}, []findingtest.Key{findingtest.E("relationships.cloud.mailTipsAccessEnabled", federation.CodeFeatureNotEnabled)}},
	{"MessageTracking without delivery reports", config2016, func(c *federation.Config) {
		onp(c).DeliveryReportEnabled, cld(c).DeliveryReportEnabled = false, false
	}, []findingtest.Key{
		findingtest.E("relationships.cloud.deliveryReportEnabled", federation.CodeFeatureNotEnabled),
		findingtest.E("relationships.onPremises.deliveryReportEnabled", federation.CodeFeatureNotEnabled),
	}},
	{"OnlineArchive without archive access", config2016, func(c *federation.Config) { onp(c).ArchiveAccessEnabled = false },
		[]findingtest.Key{findingtest.E("relationships.onPremises.archiveAccessEnabled", federation.CodeFeatureNotEnabled)}},
	{"Photos without PhotosEnabled", config2016, func(c *federation.Config) { cld(c).PhotosEnabled = false },
		[]findingtest.Key{findingtest.E("relationships.cloud.photosEnabled", federation.CodeFeatureNotEnabled)}},

	// OAuth.
	{"OAuth without Exchange 2013", config2016, func(c *federation.Config) {
		c.Features.Photos = false
		onp(c).PhotosEnabled, cld(c).PhotosEnabled = false, false
		c.Servers = []roles.Server{
			server("EX2010-01", b2010SP3, roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport),
			server("EX2016-01", b2016CU23, roles.RoleEdgeTransport),
		}
	}, []findingtest.Key{findingtest.E("oauth", federation.CodeOAuthUnsupportedVersion)}},
	{"mixed OAuth without a 2013 SP1 front end", configMixed, func(c *federation.Config) {
		c.Servers[2].Build = version.MustParseBuild(b2013CU3)
	}, []findingtest.Key{
		findingtest.E("servers", federation.CodeOAuthNo2013SP1Server),
		findingtest.I("servers[1]", federation.CodeQueryInterval2007),
		findingtest.W("servers[2]", federation.CodeOAuthFrontEndTooOld),
	}},
	{"mixed OAuth with an old Internet-facing front end", configMixed, func(c *federation.Config) { c.Servers[1].InternetFacing = true },
		[]findingtest.Key{
			findingtest.I("servers[1]", federation.CodeQueryInterval2007),
			findingtest.W("servers[1]", federation.CodeOAuthFrontEndTooOld),
		}},
	{"mixed OAuth without availability address space", configMixed, func(c *federation.Config) { c.OAuth.AvailabilityAddressSpace = nil },
		[]findingtest.Key{
			findingtest.E("oauth.availabilityAddressSpace", federation.CodeOAuthAvailabilityAddressSpace),
			findingtest.I("servers[1]", federation.CodeQueryInterval2007),
		}},
	{"availability address space wrong", configMixed, func(c *federation.Config) {
		c.OAuth.AvailabilityAddressSpace = &federation.AvailabilityAddressSpace{ForestName: "contoso.com", AccessMethod: "OrgWideFB", ProxyURL: "http://mail.contoso.com/EWS/Exchange.asmx"}
	}, []findingtest.Key{
		findingtest.E("oauth.availabilityAddressSpace.accessMethod", federation.CodeOAuthAvailabilityAddressSpace),
		findingtest.E("oauth.availabilityAddressSpace.forestName", federation.CodeOAuthAvailabilityAddressSpace),
		findingtest.E("oauth.availabilityAddressSpace.proxyUrl", federation.CodeURLInvalid),
		findingtest.E("oauth.availabilityAddressSpace.useServiceAccount", federation.CodeOAuthAvailabilityAddressSpace),
		findingtest.I("servers[1]", federation.CodeQueryInterval2007),
	}},
	{"availability address space without proxy URL", configMixed, func(c *federation.Config) { c.OAuth.AvailabilityAddressSpace.ProxyURL = "" },
		[]findingtest.Key{
			findingtest.E("oauth.availabilityAddressSpace.proxyUrl", federation.CodeOAuthAvailabilityAddressSpace),
			findingtest.I("servers[1]", federation.CodeQueryInterval2007),
		}},
	{"no authorization server", config2016, func(c *federation.Config) { c.OAuth.AuthServers = nil },
		[]findingtest.Key{findingtest.E("oauth.authServers", federation.CodeOAuthAuthServerMissing)}},
	{"authorization servers disabled", config2016, func(c *federation.Config) {
		c.OAuth.AuthServers[0].Enabled, c.OAuth.AuthServers[1].Enabled = false, false
	}, []findingtest.Key{findingtest.E("oauth.authServers", federation.CodeOAuthAuthServerMissing)}},
	{"only the Entra ID authorization server", config2016, func(c *federation.Config) { c.OAuth.AuthServers = c.OAuth.AuthServers[1:] }, nil},
	{"ACS server with the tenant GUID, as the wizard writes it", config2016, func(c *federation.Config) {
		c.OAuth.AuthServers[0].AuthMetadataURL = "https://accounts.accesscontrol.windows.net/e5923069-9fac-4809-b7c9-a0893265a0e0/metadata/json/1"
	}, nil},
	{"authorization server metadata of another cloud", config2016, func(c *federation.Config) {
		c.OAuth.AuthServers[1].AuthMetadataURL = "https://login.microsoftonline.us/contoso.onmicrosoft.com/federationmetadata/2007-06/federationmetadata.xml"
	}, []findingtest.Key{findingtest.W("oauth.authServers[1].authMetadataUrl", federation.CodeOAuthAuthServerMetadata)}},
	{"authorization server metadata syntax", config2016, func(c *federation.Config) { c.OAuth.AuthServers[1].AuthMetadataURL = "login.windows.net" },
		[]findingtest.Key{findingtest.E("oauth.authServers[1].authMetadataUrl", federation.CodeURLInvalid)}},
	{"partner application missing", config2016, func(c *federation.Config) { c.OAuth.PartnerApplication = nil },
		[]findingtest.Key{findingtest.E("oauth.partnerApplication", federation.CodeOAuthPartnerApplication)}},
	{"partner application disabled", config2016, func(c *federation.Config) { c.OAuth.PartnerApplication.Enabled = false },
		[]findingtest.Key{findingtest.E("oauth.partnerApplication.enabled", federation.CodeOAuthPartnerApplication)}},
	{"partner application of another service", config2016, func(c *federation.Config) {
		c.OAuth.PartnerApplication.ApplicationIdentifier = "00000004-0000-0ff1-ce00-000000000000"
	}, []findingtest.Key{findingtest.E("oauth.partnerApplication.applicationIdentifier", federation.CodeOAuthPartnerApplication)}},
	{"on-premises connector missing", config2016, func(c *federation.Config) { c.OAuth.Connectors.OnPremises = nil },
		[]findingtest.Key{findingtest.E("oauth.connectors.onPremises", federation.CodeOAuthConnectorMissing)}},
	{"cloud connector missing", config2016, func(c *federation.Config) { c.OAuth.Connectors.Cloud = nil },
		[]findingtest.Key{findingtest.E("oauth.connectors.cloud", federation.CodeOAuthConnectorMissing)}},
	{"connector disabled", config2016, func(c *federation.Config) { c.OAuth.Connectors.OnPremises.Enabled = false },
		[]findingtest.Key{findingtest.W("oauth.connectors.onPremises.enabled", federation.CodeOAuthConnectorDisabled)}},
	{"on-premises connector without the coexistence domain", config2016, func(c *federation.Config) {
		c.OAuth.Connectors.OnPremises.TargetAddressDomains = []string{"contoso.com"}
	}, []findingtest.Key{findingtest.E("oauth.connectors.onPremises.targetAddressDomains", federation.CodeOAuthConnectorDomains)}},
	{"cloud connector without a hybrid domain", config2016, func(c *federation.Config) {
		c.OAuth.Connectors.Cloud.TargetAddressDomains = []string{"contoso.com", "-"}
	}, []findingtest.Key{
		findingtest.E("oauth.connectors.cloud.targetAddressDomains", federation.CodeOAuthConnectorDomains),
		findingtest.E("oauth.connectors.cloud.targetAddressDomains[1]", federation.CodeDomainInvalid),
	}},
	{"on-premises connector with the manual endpoint", config2016, func(c *federation.Config) {
		c.OAuth.Connectors.OnPremises.DiscoveryEndpoint = "https://outlook.office365.com/autodiscover/autodiscover.svc"
	}, nil},
	{"on-premises connector discovering on premises", config2016, func(c *federation.Config) {
		c.OAuth.Connectors.OnPremises.DiscoveryEndpoint = "https://autodiscover.contoso.com/autodiscover/autodiscover.svc"
	}, []findingtest.Key{findingtest.E("oauth.connectors.onPremises.discoveryEndpoint", federation.CodeOAuthDiscoveryEndpoint)}},
	{"cloud connector without endpoint", config2016, func(c *federation.Config) { c.OAuth.Connectors.Cloud.DiscoveryEndpoint = "" },
		[]findingtest.Key{findingtest.E("oauth.connectors.cloud.discoveryEndpoint", federation.CodeOAuthDiscoveryEndpoint)}},
	{"cloud connector endpoint over http", config2016, func(c *federation.Config) {
		c.OAuth.Connectors.Cloud.DiscoveryEndpoint = "http://autodiscover.contoso.com/autodiscover/autodiscover.svc"
	}, []findingtest.Key{findingtest.E("oauth.connectors.cloud.discoveryEndpoint", federation.CodeURLInvalid)}},

	// Free/busy of Exchange 2007 and 2010 mailboxes.
	{"2007 mailboxes before SP2", configMixed, func(c *federation.Config) { c.Servers[0].Build = version.MustParseBuild(b2007SP1) },
		[]findingtest.Key{
			findingtest.W("servers[0].build", federation.CodeLegacyFreeBusyBelowSP2),
			findingtest.I("servers[1]", federation.CodeQueryInterval2007),
		}},
	{"2007 mailboxes without a 2013 client access server", configMixed, func(c *federation.Config) {
		dauthOnly(c)
		c.Servers[2].Roles = roles.Of(roles.RoleMailbox)
	}, []findingtest.Key{
		findingtest.E("servers", federation.CodeLegacyFreeBusyNeeds2013),
		findingtest.I("servers[1]", federation.CodeQueryInterval2007),
	}},
	{"2010 next to a 2013 server without Client Access", config2016, func(c *federation.Config) {
		dauthOnly(c)
		c.Servers = []roles.Server{
			server("EX2010-01", b2010SP3, roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport),
			server("EX2013-MBX", b2013CU23, roles.RoleMailbox),
		}
	}, []findingtest.Key{findingtest.E("servers", federation.CodeLegacyFreeBusyNeeds2013)}},
	{"2010 before SP2 next to 2013", config2016, func(c *federation.Config) {
		dauthOnly(c)
		c.Servers = []roles.Server{
			server("EX2010-01", b2010SP1, roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport),
			internetFacing(server("EX2013-01", b2013CU23, roles.RoleMailbox, roles.RoleClientAccess)),
		}
	}, []findingtest.Key{findingtest.W("servers[0].build", federation.CodeLegacyFreeBusyBelowSP2)}},
	// An organization of Exchange 2010 alone (2010-based hybrid): the
	// sharing page's 2010 rules are for organizations with 2013 too.
	{"2010 alone, before SP2", config2016, func(c *federation.Config) {
		dauthOnly(c)
		c.Features.Photos = false
		onp(c).PhotosEnabled, cld(c).PhotosEnabled = false, false
		c.Servers = []roles.Server{server("EX2010-01", b2010SP1, roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport)}
	}, nil},
}

// TestValidateRules runs validateRules.
func TestValidateRules(t *testing.T) {
	for _, tt := range validateRules {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.base()
			tt.modify(&c)
			if diff := findingtest.Diff(tt.want, federation.Validate(c)); diff != "" {
				t.Errorf("findings mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValidateAllocs measures the cost of validating a valid configuration.
func TestValidateAllocs(t *testing.T) {
	c := config2016()
	n := testing.AllocsPerRun(100, func() { _ = federation.Validate(c) })
	t.Logf("Validate(valid 2016 config): %.0f allocs", n)
	if n > 2 {
		t.Errorf("Validate of a valid config allocates %.0f times, want at most 2", n)
	}
}
