package federation

import (
	"fmt"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/fold"
	"github.com/exhybrid/exhybrid/internal/httpurl"
	"github.com/exhybrid/exhybrid/internal/smtpaddr"
	"github.com/exhybrid/exhybrid/roles"
)

// Features are the hybrid features that depend on the sharing
// configuration: the HybridConfiguration's Features
// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration)
// that [Validate] holds the relationships to.
type Features struct {
	FreeBusy        bool `json:"freeBusy,omitempty"`        // FreeBusy: both relationships need FreeBusyAccessEnabled
	MoveMailbox     bool `json:"moveMailbox,omitempty"`     // MoveMailbox: the on-premises one needs MailboxMoveEnabled
	MailTips        bool `json:"mailTips,omitempty"`        // MailTips: both need MailTipsAccessEnabled
	MessageTracking bool `json:"messageTracking,omitempty"` // MessageTracking: one at least needs DeliveryReportEnabled
	OnlineArchive   bool `json:"onlineArchive,omitempty"`   // OnlineArchive: the on-premises one needs ArchiveAccessEnabled
	Photos          bool `json:"photos,omitempty"`          // Photos: both need PhotosEnabled, and a 2013 or later server
}

func (f Features) any() bool {
	return f.FreeBusy || f.MoveMailbox || f.MailTips || f.MessageTracking || f.OnlineArchive || f.Photos
}

// Config is the sharing configuration of a hybrid deployment as it is (or
// is planned): the tenant and its cloud, the hybrid domains, the
// on-premises servers, the enabled hybrid features, and the federation
// trust, organization relationships and OAuth objects, each nil when
// absent. It is a plain value with JSON tags; [Validate] checks it.
type Config struct {
	Tenant        exhybrid.Tenant `json:"tenant"`                  // the tenant's initial domain, contoso.onmicrosoft.com
	Cloud         exhybrid.Cloud  `json:"cloud,omitzero"`          // the tenant's Microsoft 365 instance; zero is reported
	Domains       []string        `json:"domains"`                 // the hybrid domains, which the trust must federate
	Servers       []roles.Server  `json:"servers,omitempty"`       // the on-premises servers; empty skips the version rules, with a warning
	Features      Features        `json:"features"`                // the hybrid features that are on
	Trust         *Trust          `json:"trust,omitempty"`         // the federation trust and organization identifier; nil when none
	Relationships *Pair           `json:"relationships,omitempty"` // both organization relationships; nil when none
	OAuth         *OAuth          `json:"oauth,omitempty"`         // the OAuth objects; nil when OAuth is not configured
}

// Validate checks c and returns every finding, with paths relative to c:
// "trust.federatedDomains[2]", "relationships.onPremises.freeBusyAccessLevel",
// "oauth.connectors.cloud.discoveryEndpoint", "servers[1].build". Callers
// place them in a larger input with [exhybrid.Findings.Under].
//
// It checks the values that break free/busy, MailTips, message tracking,
// archives and moves: the trust (organization identifier, federated domains
// of at most 32 characters with published proofs, metadata URL of the
// cloud, certificate requirements); each relationship (name, domains,
// Enabled, access levels against their Enabled flags, URL syntax, the
// targets the cloud requires); the pair (the same levels on both sides,
// delivery reports on both or neither); the features against the
// relationship settings; PhotosEnabled against the server versions; OAuth
// (Exchange 2013 or later, the front ends and availability address space of
// mixed organizations, an enabled AzureAD or ACS authorization server, the
// enabled Exchange Online partner application, both connectors with the
// right domains and discovery endpoints); and the rules for Exchange 2007
// and 2010 mailboxes. Each rule's code documents its source.
//
// Validate never resolves a name or fetches a URL. A valid Config gives no
// findings and costs two small allocations (the coexistence domain and the
// findings slice header).
//
// Validate is a standalone validator of an existing configuration, the
// objects as Get-FederationTrust, Get-OrganizationRelationship,
// Get-IntraOrganizationConnector, Get-AuthServer and Get-PartnerApplication
// show them; hybrid.Plan does not use it (it checks what the Hybrid
// Configuration Wizard would create, through [Configure]). The coming audit
// runs it on imported objects.
func Validate(c Config) exhybrid.Findings {
	var fs exhybrid.Findings
	v := validation{c: c, fs: &fs, oauth: c.OAuth != nil}
	if err := c.Tenant.Check(); err != nil {
		fs.Add(rules, "tenant", CodeTenantInvalid, "Give the tenant's initial domain, such as contoso.onmicrosoft.com",
			"tenant %q: %v", c.Tenant, err)
	} else {
		v.coexistence = c.Tenant.CoexistenceDomain()
	}
	if !c.Cloud.IsValid() {
		fs.Add(rules, "cloud", CodeCloudInvalid, "Set the tenant's cloud instance", "cloud instance %v is not valid", c.Cloud)
	} else {
		v.e = EndpointsOf(c.Cloud)
	}
	checkDomainList(&fs, "domains", c.Domains)
	v.o = survey(c.Servers)
	sharing := c.Trust != nil || c.Relationships != nil || c.OAuth != nil
	if v.o.servers == 0 && sharing {
		fs.Addf("servers", exhybrid.SeverityWarning, CodeServersMissing, "List the on-premises Exchange servers",
			"no on-premises server given: the version rules of OAuth, photos and legacy free/busy were not checked")
	}
	if v.o.servers > 0 && sharing {
		checkLegacyFreeBusy(&fs, c.Servers, v.o)
	}
	v.trust()
	v.relationships()
	v.oauthObjects()
	return fs
}

// validation carries what the checks share.
type validation struct {
	c           Config
	fs          *exhybrid.Findings
	e           Endpoints // of the cloud; zero when the cloud is invalid
	o           org
	coexistence string // "" when the tenant is invalid
	oauth       bool
}

// severity is the severity of a rule that DAuth needs: an error, lowered to
// a warning when OAuth is configured and carries the features instead.
func (v *validation) severity() exhybrid.Severity {
	if v.oauth {
		return exhybrid.SeverityWarning
	}
	return exhybrid.SeverityError
}

func (v *validation) trust() {
	fs, t := v.fs, v.c.Trust
	if t == nil {
		if v.c.Relationships != nil {
			fs.Addf("trust", v.severity(), CodeTrustMissing, "Create a federation trust with the Microsoft Federation Gateway (the wizard does)",
				"organization relationships are configured without a federation trust")
		}
		return
	}
	const base = exhybrid.Path("trust")
	if t.Name == "" {
		fs.Add(rules, base.Child("name"), CodeTrustNameMissing, "Name the trust, such as "+WizardTrustName, "the federation trust has no name")
	}
	// AccountNamespace may carry the FYDIBOHF25SPDLT. prefix, as
	// Get-FederatedOrganizationIdentifier shows it.
	switch ns := t.SharedDomain(); {
	case ns == "":
		fs.Add(rules, base.Child("accountNamespace"), CodeTrustApplicationURI, "Set the primary shared domain with Set-FederatedOrganizationIdentifier -AccountNamespace",
			"the trust has no account namespace (primary shared domain)")
	case dnsname.CheckFQDN(ns) != nil:
		fs.Add(rules, base.Child("accountNamespace"), CodeTrustApplicationURI, "Give the primary shared domain, such as contoso.com",
			"account namespace %q is not a domain name", t.AccountNamespace)
	case t.ApplicationURI != "" && !isOrganizationID(t.ApplicationURI, ns):
		fs.Add(rules, base.Child("applicationUri"), CodeTrustApplicationURI, "Re-create the trust for primary shared domain "+ns,
			"the trust's ApplicationUri is %q, not the organization identifier %q", t.ApplicationURI, t.OrganizationID())
	}
	if !t.Enabled {
		fs.Add(rules, base.Child("enabled"), CodeTrustDisabled, "Run Set-FederatedOrganizationIdentifier -Enabled $true",
			"the federated organization identifier is disabled, which turns off all federated sharing")
	}
	v.trustDomains(base, t)
	for i, d := range v.c.Domains {
		if dnsname.CheckFQDN(d) == nil && !containsFold(t.FederatedDomains, d) {
			fs.Add(rules, exhybrid.Path("domains").Index(i), CodeHybridDomainNotFederated, "Run Add-FederatedDomain -DomainName "+d,
				"hybrid domain %q is not a federated domain of the trust", d)
		}
	}
	if t.MetadataURL != "" && checkOptionalURL(fs, base, "metadataUrl", t.MetadataURL, true) &&
		v.e.FederationMetadataURL != "" && !strings.EqualFold(t.MetadataURL, v.e.FederationMetadataURL) {
		fs.Add(rules, base.Child("metadataUrl"), CodeMetadataURL, "Run Set-FederationTrust -MetadataUrl "+v.e.FederationMetadataURL,
			"the trust's metadata URL is %q; cloud %v uses %q", t.MetadataURL, v.c.Cloud, v.e.FederationMetadataURL)
	}
	if cert := t.Certificate; cert != nil {
		v.certificate("trust.certificate", *cert)
	}
}

// trustDomains checks the trust's federated domains and their proofs.
func (v *validation) trustDomains(base exhybrid.Path, t *Trust) {
	fs := v.fs
	for i, d := range t.FederatedDomains {
		if err := dnsname.CheckFQDN(d); err != nil {
			fs.Add(rules, base.Child("federatedDomains").Index(i), CodeDomainInvalid, "Give a fully qualified domain name", "federated domain %q: %v", d, err)
			continue
		}
		if len(d) > MaxFederatedDomainLength {
			fs.Add(rules, base.Child("federatedDomains").Index(i), CodeFederatedDomainTooLong, "Federate only domains of at most 32 characters",
				"federated domain %q has %d characters; the limit is %d", d, len(d), MaxFederatedDomainLength)
		}
		if p, ok := t.Proof(d); !ok || !p.Published || checkProof(p.Value) != nil {
			fs.Add(rules, base.Child("federatedDomains").Index(i), CodeFederatedDomainWithoutProof,
				"Publish a TXT record at "+d+" holding the value of Get-FederatedDomainProof -DomainName "+d,
				"federated domain %q has no published proof of ownership", d)
		}
	}
	for i, p := range t.Proofs {
		if err := dnsname.CheckFQDN(p.Domain); err != nil {
			fs.Add(rules, base.Child("proofs").Index(i).Child("domain"), CodeDomainInvalid, "Give the federated domain", "proof domain %q: %v", p.Domain, err)
		}
		if err := checkProof(p.Value); err != nil {
			fs.Add(rules, base.Child("proofs").Index(i).Child("value"), CodeProofInvalid, "Copy the whole Proof value of Get-FederatedDomainProof",
				"proof for %q: %v", p.Domain, err)
		}
	}
}

func (v *validation) certificate(base exhybrid.Path, c TrustCertificate) {
	if c.Expired || c.Revoked {
		field, what := "expired", "expired"
		if !c.Expired {
			field, what = "revoked", "revoked"
		}
		v.fs.Add(rules, base.Child(field), CodeCertificateExpired, "Replace the federation certificate; if it has expired, remove and re-create the trust",
			"the federation certificate is %s", what)
	}
	if c.SelfSigned {
		return
	}
	reqs := []struct {
		ok    bool
		field string
		what  string
	}{
		{c.SubjectKeyIdentifier, "subjectKeyIdentifier", "a subject key identifier"},
		{c.CryptoAPI, "cryptoApi", "a CryptoAPI provider (CNG providers are not supported)"},
		{c.RSASignature, "rsaSignature", "an RSA signature"},
		{c.ExportablePrivateKey, "exportablePrivateKey", "an exportable private key"},
		{c.ClientAuthentication, "clientAuthentication", "the Client Authentication key usage (1.3.6.1.5.5.7.3.2)"},
	}
	for _, r := range reqs {
		if !r.ok {
			v.fs.Add(rules, base.Child(r.field), CodeCertificateRequirement, "Use a self-signed federation certificate, as the wizard creates",
				"the federation certificate from a certification authority lacks %s", r.what)
		}
	}
}

func (v *validation) relationships() {
	fs, pair := v.fs, v.c.Relationships
	if pair == nil {
		if v.c.Features.any() {
			fs.Add(rules, "relationships", CodeRelationshipsMissing, "Run the Hybrid Configuration Wizard, which creates both relationships",
				"hybrid sharing features are on but no organization relationships are configured")
		}
		return
	}
	const on, cl = exhybrid.Path("relationships.onPremises"), exhybrid.Path("relationships.cloud")
	v.relationship(on, pair.OnPremises)
	v.relationship(cl, pair.Cloud)
	v.onPremisesTargets(on, pair.OnPremises)
	v.cloudTargets(cl, pair.Cloud)

	a, b := pair.OnPremises, pair.Cloud
	if a.FreeBusyAccessEnabled && b.FreeBusyAccessEnabled && freeBusyGrants(a.FreeBusyAccessLevel) && freeBusyGrants(b.FreeBusyAccessLevel) &&
		a.FreeBusyAccessLevel != b.FreeBusyAccessLevel {
		fs.Add(rules, on.Child("freeBusyAccessLevel"), CodeAccessLevelMismatch, "Set the same level on both relationships; hybrid uses LimitedDetails",
			"free/busy access level is %v on premises and %v in Exchange Online", a.FreeBusyAccessLevel, b.FreeBusyAccessLevel)
	}
	if a.MailTipsAccessEnabled && b.MailTipsAccessEnabled && mailTipsGrants(a.MailTipsAccessLevel) && mailTipsGrants(b.MailTipsAccessLevel) &&
		a.MailTipsAccessLevel != b.MailTipsAccessLevel {
		fs.Add(rules, on.Child("mailTipsAccessLevel"), CodeAccessLevelMismatch, "Set the same level on both relationships; hybrid uses All",
			"MailTips access level is %v on premises and %v in Exchange Online", a.MailTipsAccessLevel, b.MailTipsAccessLevel)
	}
	if a.DeliveryReportEnabled != b.DeliveryReportEnabled {
		path := on
		if a.DeliveryReportEnabled {
			path = cl
		}
		fs.Add(rules, path.Child("deliveryReportEnabled"), CodeDeliveryReportOneSide, "Set DeliveryReportEnabled to $true on both relationships",
			"DeliveryReportEnabled is true on one relationship only; cross-premises message tracking fails in both directions")
	}
	v.photos(on, a)
	v.photos(cl, b)
	v.features(on, cl, a, b)
}

// sharingAccess is one sharing feature's pair of settings on a
// relationship, as checkAccess judges it.
type sharingAccess struct {
	field   string // the level's JSON name: "freeBusyAccessLevel"
	feature string // the feature in messages: "free/busy"
	param   string // in the parameters' names: "FreeBusy" of FreeBusyAccessEnabled
	useful  string // the level a fix sets
	enabled bool   // the feature's AccessEnabled
	grants  bool   // the level returns anything (freeBusyGrants, mailTipsGrants)
	level   fmt.Stringer
}

// accessOf returns r's free/busy and MailTips settings.
func accessOf(r OrganizationRelationship) []sharingAccess {
	return []sharingAccess{
		{field: "freeBusyAccessLevel", feature: "free/busy", param: "FreeBusy", useful: "LimitedDetails",
			enabled: r.FreeBusyAccessEnabled, grants: freeBusyGrants(r.FreeBusyAccessLevel), level: r.FreeBusyAccessLevel},
		{field: "mailTipsAccessLevel", feature: "MailTips", param: "MailTips", useful: "All",
			enabled: r.MailTipsAccessEnabled, grants: mailTipsGrants(r.MailTipsAccessLevel), level: r.MailTipsAccessLevel},
	}
}

// checkAccess reports an access level that grants nothing while its
// feature is enabled, or one that grants something while it is not.
func checkAccess(fs *exhybrid.Findings, base exhybrid.Path, a sharingAccess) {
	switch {
	case a.enabled && !a.grants:
		fs.Add(rules, base.Child(a.field), CodeAccessLevelNone, "Set "+a.param+"AccessLevel to "+a.useful,
			"%s access is enabled with level %v, which returns nothing", a.feature, a.level)
	case !a.enabled && a.grants:
		fs.Add(rules, base.Child(a.field), CodeAccessLevelIgnored, "Set "+a.param+"AccessEnabled to $true, or the level to None",
			"%s access level %v has no effect while %sAccessEnabled is false", a.feature, a.level, a.param)
	}
}

// relationship checks what both relationships share.
func (v *validation) relationship(base exhybrid.Path, r OrganizationRelationship) {
	fs := v.fs
	switch {
	case r.Name == "":
		fs.Add(rules, base.Child("name"), CodeRelationshipName, "Name the relationship", "the organization relationship has no name")
	case len(r.Name) > MaxRelationshipName:
		fs.Add(rules, base.Child("name"), CodeRelationshipName, "Use a name of at most 64 characters",
			"relationship name %q has %d characters; the limit is %d", r.Name, len(r.Name), MaxRelationshipName)
	}
	if len(r.DomainNames) == 0 {
		fs.Add(rules, base.Child("domainNames"), CodeDomainsMissing, "List the other organization's domains", "the relationship %q lists no domain", r.Name)
	}
	for i, d := range r.DomainNames {
		if err := dnsname.CheckFQDN(d); err != nil {
			fs.Add(rules, base.Child("domainNames").Index(i), CodeDomainInvalid, "Give a fully qualified domain name", "domain %q: %v", d, err)
		}
	}
	if !r.Enabled {
		fs.Addf(base.Child("enabled"), v.severity(), CodeRelationshipDisabled, "Run Set-OrganizationRelationship -Enabled $true",
			"the relationship %q is disabled, which stops all sharing over it", r.Name)
	}
	for _, a := range accessOf(r) {
		checkAccess(fs, base, a)
	}
	checkOptionalURL(fs, base, "targetAutodiscoverEpr", r.TargetAutodiscoverEPR, true)
	checkOptionalURL(fs, base, "targetSharingEpr", r.TargetSharingEPR, true)
	checkOptionalURL(fs, base, "targetOwaUrl", r.TargetOWAURL, false)
	if u := r.TargetApplicationURI; u != "" && dnsname.CheckFQDN(u) != nil && httpurl.Check(u, false) != nil {
		fs.Add(rules, base.Child("targetApplicationUri"), CodeURLInvalid, "Give a host name such as outlook.com",
			"TargetApplicationUri %q is neither a host name nor an absolute URL", u)
	}
	if r.OrganizationContact != "" && smtpaddr.Check(r.OrganizationContact) != nil {
		fs.Add(rules, base.Child("organizationContact"), CodeContactInvalid, "Give an address such as admin@contoso.com",
			"organization contact %q is not an SMTP address", r.OrganizationContact)
	}
}

// onPremisesTargets checks that the on-premises relationship points at the
// tenant's cloud.
func (v *validation) onPremisesTargets(base exhybrid.Path, r OrganizationRelationship) {
	fs, e := v.fs, v.e
	if r.TargetOWAURL != "" && httpurl.Check(r.TargetOWAURL, false) == nil {
		checkOWAURLForm(fs, base, "targetOwaUrl", r.TargetOWAURL)
	}
	if v.coexistence != "" && !containsFold(r.DomainNames, v.coexistence) {
		fs.Add(rules, base.Child("domainNames"), CodeCoexistenceDomainMissing, "Add "+v.coexistence+" to the relationship's DomainNames",
			"the on-premises relationship does not share with the coexistence domain %s", v.coexistence)
	}
	if want := e.TargetApplicationURI; want != "" && !strings.EqualFold(r.TargetApplicationURI, want) {
		fs.Add(rules, base.Child("targetApplicationUri"), CodeTargetApplicationURI, "Set TargetApplicationUri to "+want,
			"TargetApplicationUri is %q; Exchange Online in cloud %v is %q", r.TargetApplicationURI, v.c.Cloud, want)
	}
	switch want := e.TargetAutodiscoverEPR; {
	case r.TargetSharingEPR != "":
		// TargetSharingEpr replaces Autodiscover.
		if e.TargetSharingEPR != "" && !strings.EqualFold(r.TargetSharingEPR, e.TargetSharingEPR) {
			fs.Add(rules, base.Child("targetSharingEpr"), CodeTargetSharingEPR, "Clear TargetSharingEpr, or set it to "+e.TargetSharingEPR,
				"TargetSharingEpr is %q; the standard value is empty, or %q", r.TargetSharingEPR, e.TargetSharingEPR)
		}
	case want != "" && !strings.EqualFold(r.TargetAutodiscoverEPR, want):
		fs.Add(rules, base.Child("targetAutodiscoverEpr"), CodeTargetAutodiscoverEPR, "Set TargetAutodiscoverEpr to "+want,
			"TargetAutodiscoverEpr is %q; Exchange Online in cloud %v is %q", r.TargetAutodiscoverEPR, v.c.Cloud, want)
	case r.TargetAutodiscoverEPR == "":
		fs.Add(rules, base.Child("targetAutodiscoverEpr"), CodeTargetAutodiscoverEPR, "Set TargetAutodiscoverEpr to Exchange Online's WS-Security Autodiscover URL",
			"the on-premises relationship has neither TargetAutodiscoverEpr nor TargetSharingEpr")
	}
}

// cloudTargets checks that the Exchange Online relationship points at the
// on-premises organization.
func (v *validation) cloudTargets(base exhybrid.Path, r OrganizationRelationship) {
	fs, t := v.fs, v.c.Trust
	if t != nil {
		for i, d := range r.DomainNames {
			if dnsname.CheckFQDN(d) == nil && !containsFold(t.FederatedDomains, d) {
				fs.Add(rules, base.Child("domainNames").Index(i), CodeRelationshipDomainNotFederated, "Run Add-FederatedDomain -DomainName "+d+" on premises",
					"domain %q of the Exchange Online relationship is not federated on premises", d)
			}
		}
	}
	for _, d := range v.c.Domains {
		if dnsname.CheckFQDN(d) == nil && !containsFold(r.DomainNames, d) {
			fs.Add(rules, base.Child("domainNames"), CodeRelationshipDomainNotFederated, "Add "+d+" to the relationship's DomainNames",
				"the Exchange Online relationship does not list hybrid domain %q", d)
		}
	}
	ns := ""
	if t != nil && dnsname.CheckFQDN(t.SharedDomain()) == nil {
		ns = t.SharedDomain()
	}
	switch u := r.TargetApplicationURI; {
	case ns != "" && !isOrganizationID(u, ns):
		want := OrganizationID(ns)
		fs.Add(rules, base.Child("targetApplicationUri"), CodeTargetApplicationURI, "Set TargetApplicationUri to "+want,
			"TargetApplicationUri is %q, not the on-premises organization identifier %q", u, want)
	case ns == "" && (!fold.HasPrefix(u, OrgIDPrefix) || dnsname.CheckFQDN(u[len(OrgIDPrefix):]) != nil):
		fs.Add(rules, base.Child("targetApplicationUri"), CodeTargetApplicationURI, "Set TargetApplicationUri to FYDIBOHF25SPDLT.<primary shared domain>",
			"TargetApplicationUri %q is not an organization identifier FYDIBOHF25SPDLT.<domain>", u)
	}
	if r.TargetAutodiscoverEPR == "" && r.TargetSharingEPR == "" {
		fs.Add(rules, base.Child("targetAutodiscoverEpr"), CodeTargetAutodiscoverEPR, "Set TargetAutodiscoverEpr to the on-premises Autodiscover URL ending in /autodiscover/autodiscover.svc/WSSecurity",
			"the Exchange Online relationship has neither TargetAutodiscoverEpr nor TargetSharingEpr")
	}
}

// photos checks PhotosEnabled against the server versions.
func (v *validation) photos(base exhybrid.Path, r OrganizationRelationship) {
	if !r.PhotosEnabled || v.o.servers == 0 {
		return
	}
	// PhotosEnabled is a parameter of the Exchange 2013 and later cmdlet
	// (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship),
	// which a 2013 or later server runs whatever older servers remain.
	if !v.o.modern {
		v.fs.Add(rules, base.Child("photosEnabled"), CodePhotosPre2013, "Clear PhotosEnabled; photo sharing needs Exchange 2013 or later",
			"PhotosEnabled is set, but no server runs Exchange 2013 or later, where the setting exists")
	}
}

// features checks the relationship settings the enabled features rely on.
func (v *validation) features(on, cl exhybrid.Path, a, b OrganizationRelationship) {
	fs, f := v.fs, v.c.Features
	need := func(path exhybrid.Path, ok bool, feature, field string, sev exhybrid.Severity) {
		if !ok {
			fs.Addf(path.Child(field), sev, CodeFeatureNotEnabled, "Set "+field+" to $true, or turn the "+feature+" feature off",
				"the %s feature is on but %s is false", feature, field)
		}
	}
	if f.MoveMailbox {
		need(on, a.MailboxMoveEnabled, "MoveMailbox", "mailboxMoveEnabled", exhybrid.SeverityError)
	}
	if f.FreeBusy {
		need(on, a.FreeBusyAccessEnabled, "FreeBusy", "freeBusyAccessEnabled", v.severity())
		need(cl, b.FreeBusyAccessEnabled, "FreeBusy", "freeBusyAccessEnabled", v.severity())
	}
	if f.MailTips {
		need(on, a.MailTipsAccessEnabled, "MailTips", "mailTipsAccessEnabled", exhybrid.SeverityError)
		need(cl, b.MailTipsAccessEnabled, "MailTips", "mailTipsAccessEnabled", exhybrid.SeverityError)
	}
	if f.MessageTracking && !a.DeliveryReportEnabled && !b.DeliveryReportEnabled {
		need(on, false, "MessageTracking", "deliveryReportEnabled", exhybrid.SeverityError)
		need(cl, false, "MessageTracking", "deliveryReportEnabled", exhybrid.SeverityError)
	}
	if f.OnlineArchive {
		need(on, a.ArchiveAccessEnabled, "OnlineArchive", "archiveAccessEnabled", exhybrid.SeverityError)
	}
	switch {
	case !f.Photos:
	case v.o.servers > 0 && !v.o.modern:
		fs.Add(rules, "features.photos", CodePhotosPre2013, "Turn the Photos feature off; it needs Exchange 2013 or later",
			"the Photos feature is on, but no server runs Exchange 2013 or later")
	default:
		need(on, a.PhotosEnabled, "Photos", "photosEnabled", exhybrid.SeverityError)
		need(cl, b.PhotosEnabled, "Photos", "photosEnabled", exhybrid.SeverityError)
	}
}

func (v *validation) oauthObjects() {
	fs, a := v.fs, v.c.OAuth
	if a == nil {
		return
	}
	const base = exhybrid.Path("oauth")
	if v.o.servers > 0 && !v.o.modern {
		fs.Add(rules, base, CodeOAuthUnsupportedVersion, "Install Exchange 2013 SP1 or later before configuring OAuth",
			"OAuth is configured, but no server runs Exchange 2013 or later, where its objects exist")
	}
	if v.o.legacy && v.o.modern {
		if !v.o.frontEnd {
			fs.Add(rules, "servers", CodeOAuthNo2013SP1Server, "Install an Exchange 2013 SP1 or later server with the Client Access and Mailbox roles",
				"OAuth in an organization with Exchange 2007 or 2010 needs an Exchange 2013 SP1 or later server with the Client Access and Mailbox roles")
		}
		checkFrontEnds(fs, v.c.Servers)
	}
	if v.o.modern && v.o.below2013SP1 {
		v.addressSpace("oauth.availabilityAddressSpace", a.AvailabilityAddressSpace)
	}
	v.authServers("oauth.authServers", a.AuthServers)
	const pa = exhybrid.Path("oauth.partnerApplication")
	switch app := a.PartnerApplication; {
	case app == nil:
		fs.Add(rules, pa, CodeOAuthPartnerApplication, "Enable the partner application "+ExchangeOnlineAppID+" with Set-PartnerApplication -Enabled $true",
			"OAuth is configured without the Exchange Online partner application")
	case !strings.EqualFold(app.ApplicationIdentifier, ExchangeOnlineAppID):
		fs.Add(rules, pa.Child("applicationIdentifier"), CodeOAuthPartnerApplication, "Use the partner application "+ExchangeOnlineAppID,
			"the partner application's identifier is %q, not Exchange Online's %s", app.ApplicationIdentifier, ExchangeOnlineAppID)
	case !app.Enabled:
		fs.Add(rules, pa.Child("enabled"), CodeOAuthPartnerApplication, "Run Set-PartnerApplication -Enabled $true on the Exchange Online partner application",
			"the Exchange Online partner application is disabled")
	}
	v.connector("oauth.connectors.onPremises", a.Connectors.OnPremises, true)
	v.connector("oauth.connectors.cloud", a.Connectors.Cloud, false)
}

func (v *validation) addressSpace(path exhybrid.Path, s *AvailabilityAddressSpace) {
	fs := v.fs
	if s == nil {
		fs.Add(rules, path, CodeOAuthAvailabilityAddressSpace,
			"Run Add-AvailabilityAddressSpace -AccessMethod InternalProxy -ProxyUrl <2013 SP1 EWS URL> -ForestName "+v.coexistence+" -UseServiceAccount $true",
			"servers older than Exchange 2013 SP1 need an availability address space for Exchange Online")
		return
	}
	if !strings.EqualFold(s.AccessMethod, InternalProxy) {
		fs.Add(rules, path.Child("accessMethod"), CodeOAuthAvailabilityAddressSpace, "Use -AccessMethod InternalProxy",
			"the availability address space uses %q, not InternalProxy", s.AccessMethod)
	}
	if v.coexistence != "" && !strings.EqualFold(s.ForestName, v.coexistence) {
		fs.Add(rules, path.Child("forestName"), CodeOAuthAvailabilityAddressSpace, "Use -ForestName "+v.coexistence,
			"the availability address space's forest is %q, not the coexistence domain %s", s.ForestName, v.coexistence)
	}
	if !s.UseServiceAccount {
		fs.Add(rules, path.Child("useServiceAccount"), CodeOAuthAvailabilityAddressSpace, "Use -UseServiceAccount $true",
			"the availability address space does not use the service account")
	}
	if s.ProxyURL == "" {
		fs.Add(rules, path.Child("proxyUrl"), CodeOAuthAvailabilityAddressSpace, "Give the external EWS URL of an Exchange 2013 SP1 or later server",
			"the availability address space has no proxy URL")
	} else {
		checkOptionalURL(fs, path, "proxyUrl", s.ProxyURL, true)
	}
}

func (v *validation) authServers(base exhybrid.Path, list []AuthServer) {
	fs, e := v.fs, v.e
	usable := false
	for i, s := range list {
		if httpurl.Check(s.AuthMetadataURL, true) != nil {
			if s.AuthMetadataURL != "" {
				checkOptionalURL(fs, base.Index(i), "authMetadataUrl", s.AuthMetadataURL, true)
			}
			continue
		}
		var prefix, suffix string
		switch s.Type {
		case AuthServerMicrosoftACS:
			prefix, suffix = e.ACSMetadataPrefix, e.ACSMetadataSuffix
		case AuthServerAzureAD:
			prefix, suffix = e.EvoSTSMetadataPrefix, e.EvoSTSMetadataSuffix
		default:
			continue
		}
		if s.Enabled && s.AuthMetadataURL != "" {
			usable = true
		}
		if prefix != "" && (!fold.HasPrefix(s.AuthMetadataURL, prefix) || !fold.HasSuffix(s.AuthMetadataURL, suffix)) {
			fs.Add(rules, base.Index(i).Child("authMetadataUrl"), CodeOAuthAuthServerMetadata, "Use "+prefix+"<tenant>"+suffix,
				"the %v authorization server's metadata URL %q does not have the form %s<tenant>%s", s.Type, s.AuthMetadataURL, prefix, suffix)
		}
	}
	if !usable {
		fs.Add(rules, base, CodeOAuthAuthServerMissing, "Run the Hybrid Configuration Wizard, or New-AuthServer for Microsoft Entra ID",
			"OAuth is configured without an enabled authorization server of type AzureAD or MicrosoftACS")
	}
}

func (v *validation) connector(path exhybrid.Path, c *IntraOrganizationConnector, onPremises bool) {
	fs, e := v.fs, v.e
	if c == nil {
		side := "Exchange Online"
		if onPremises {
			side = "on-premises"
		}
		fs.Add(rules, path, CodeOAuthConnectorMissing, "Create the "+side+" intra-organization connector (New-IntraOrganizationConnector)",
			"OAuth is configured without the %s intra-organization connector", side)
		return
	}
	if !c.Enabled {
		fs.Add(rules, path.Child("enabled"), CodeOAuthConnectorDisabled, "Run Set-IntraOrganizationConnector -Enabled $true",
			"the intra-organization connector %q is disabled; the organization relationship is used instead", c.Name)
	}
	for i, d := range c.TargetAddressDomains {
		if err := dnsname.CheckFQDN(d); err != nil {
			fs.Add(rules, path.Child("targetAddressDomains").Index(i), CodeDomainInvalid, "Give a fully qualified domain name", "domain %q: %v", d, err)
		}
	}
	if onPremises {
		if v.coexistence != "" && !containsFold(c.TargetAddressDomains, v.coexistence) {
			fs.Add(rules, path.Child("targetAddressDomains"), CodeOAuthConnectorDomains, "Add "+v.coexistence+" to TargetAddressDomains",
				"the on-premises connector does not target the coexistence domain %s", v.coexistence)
		}
	} else {
		for _, d := range v.c.Domains {
			if dnsname.CheckFQDN(d) == nil && !containsFold(c.TargetAddressDomains, d) {
				fs.Add(rules, path.Child("targetAddressDomains"), CodeOAuthConnectorDomains, "Add "+d+" to TargetAddressDomains",
					"the Exchange Online connector does not target hybrid domain %q", d)
			}
		}
	}
	switch {
	case c.DiscoveryEndpoint == "":
		fs.Add(rules, path.Child("discoveryEndpoint"), CodeOAuthDiscoveryEndpoint, "Set the other organization's Autodiscover service URL", "the connector %q has no discovery endpoint", c.Name)
	case !checkOptionalURL(fs, path, "discoveryEndpoint", c.DiscoveryEndpoint, true):
		// reported as an invalid URL
	case onPremises && e.AutodiscoverService != "" &&
		!strings.EqualFold(c.DiscoveryEndpoint, e.AutodiscoverService) && !strings.EqualFold(c.DiscoveryEndpoint, e.ManualAutodiscoverService):
		fs.Add(rules, path.Child("discoveryEndpoint"), CodeOAuthDiscoveryEndpoint, "Set DiscoveryEndpoint to "+e.AutodiscoverService,
			"the on-premises connector discovers through %q, not Exchange Online's Autodiscover service %s", c.DiscoveryEndpoint, e.AutodiscoverService)
	}
}
