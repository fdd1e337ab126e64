package federation

import (
	"slices"

	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/enum"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// Reason says why [Configure] chose its method. The zero value,
// [ReasonUnknown] ("Unknown"), is invalid: a [Choice] holds it only when no
// method could be chosen. [ReasonText] gives a reason as a sentence.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Reason = enum.Value[reasonTag]

// The reasons.
const (
	ReasonUnknown Reason = iota // invalid
	// ReasonNoExchange2013: no server runs Exchange 2013 or later, and the
	// OAuth objects exist only from 2013
	// (https://learn.microsoft.com/powershell/module/exchange/new-intraorganizationconnector).
	ReasonNoExchange2013
	// ReasonLegacyServers: Exchange 2007 or 2010 servers remain; the wizard
	// does not configure OAuth for mixed 2013/2010 and 2013/2007
	// organizations, which keep the federation trust
	// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help).
	ReasonLegacyServers
	// ReasonExchange2013BeforeCU5: an Exchange 2013 server runs a build
	// before CU5; the wizard configures OAuth only when every server is on
	// CU5 or later (same page).
	ReasonExchange2013BeforeCU5
	// ReasonWizardOAuth: every server runs Exchange 2013 CU5 or later, 2016,
	// 2019 or SE; the wizard configures OAuth in Classic Full and Modern
	// Full hybrid (same page;
	// https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options).
	// Exchange SE is a hybrid version of its own in Microsoft's current
	// material (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration
	// applies to it) and is configured like 2019.
	ReasonWizardOAuth
	// ReasonManualOAuth: OAuth configured by hand after the wizard, as
	// Microsoft recommends for mixed organizations (Params.ManualOAuth).
	ReasonManualOAuth
)

var reasonEnum = &enum.Table{Pkg: "federation", Type: "Reason", Names: []string{"Unknown", "NoExchange2013", "LegacyServers", "Exchange2013BeforeCU5", "WizardOAuth", "ManualOAuth"}, Err: ErrUnknownValue}

var reasonText = []string{
	"unknown",
	"no server runs Exchange 2013 or later, where the OAuth objects first exist",
	"Exchange 2007 or 2010 servers remain; the wizard keeps the federation trust for mixed organizations",
	"an Exchange 2013 server runs a build before CU5; the wizard configures OAuth only from CU5",
	"every server runs Exchange 2013 CU5 or later; the wizard configures OAuth",
	"OAuth is configured by hand after the wizard",
}

// ReasonText returns r as a sentence for people, or r's String when r is
// not a declared reason.
func ReasonText(r Reason) string {
	if !r.IsValid() {
		return r.String()
	}
	return reasonText[r]
}

// ParseReason parses a reason name without regard to case.
func ParseReason(s string) (Reason, error) { return enum.Parse[reasonTag](s) }

// Choice is the authentication method [Configure] chooses and what it
// implies.
type Choice struct {
	// Method carries free/busy and the other cross-premises features.
	Method Method `json:"method,omitzero"`
	// Reason says why.
	Reason Reason `json:"reason,omitzero"`
	// ByWizard is true when the Hybrid Configuration Wizard configures the
	// method itself; false for OAuth configured by hand.
	ByWizard bool `json:"byWizard"`
	// Trust is the federation trust the configuration includes, nil when
	// none. Its Proofs are empty: the values come from
	// Get-FederatedDomainProof, and the caller publishes them.
	Trust *Trust `json:"trust,omitempty"`
	// OAuth holds the OAuth objects to create when Method is OAuth.
	OAuth *OAuth `json:"oauth,omitempty"`
	// Enables lists what the configuration makes possible across premises,
	// in [SharingFeature] order (see [SharingFeatures]).
	Enables []SharingFeature `json:"enables,omitempty"`
}

// chooseAuth chooses between OAuth and DAuth for the servers of o, as
// [Configure] describes, and returns the objects the choice implies.
func chooseAuth(fs *exhybrid.Findings, p Params, o org, r resolved) Choice {
	var c Choice
	checkLegacyFreeBusy(fs, p.Servers, o)

	oauthByHand := false
	switch {
	case !o.modern:
		c.Method, c.Reason, c.ByWizard = MethodDAuth, ReasonNoExchange2013, true
		if p.ManualOAuth {
			fs.Add(rules, "manualOAuth", CodeOAuthUnsupportedVersion, "Install Exchange 2013 SP1 or later before configuring OAuth",
				"OAuth was asked for, but no server runs Exchange 2013 or later, where its objects first exist")
		}
	case o.legacy || o.below2013CU5:
		c, oauthByHand = mixedChoice(fs, p, o)
	default:
		c.Method, c.Reason, c.ByWizard = MethodOAuth, ReasonWizardOAuth, true
	}
	if c.Method == MethodOAuth && o.legacy {
		checkFrontEnds(fs, p.Servers)
	}

	withTrust := c.Method == MethodDAuth || !p.TrustOnlyWithExchange2010 || o.has[version.Exchange2010]
	if withTrust {
		c.Trust = wizardTrust(fs, p, r)
	}
	if c.Method == MethodOAuth {
		c.OAuth = oauthObjects(fs, p, r, o, oauthByHand)
	}

	// The table is in Capability order. A row that needs Exchange 2013
	// (photos) counts once a 2013 or later server exists: the wizard and
	// the cmdlets run there.
	for _, s := range capabilities {
		dauth := c.Trust != nil && s.DAuth && !s.NeedsOAuth
		oauth := c.Method == MethodOAuth && s.OAuth
		if (dauth || oauth) && (!s.Exchange2013 || o.modern) {
			c.Enables = append(c.Enables, s.Capability)
		}
	}
	return c
}

// mixedChoice is the choice where Exchange 2007 or 2010 servers remain, or
// a 2013 server runs a build before CU5: the wizard's DAuth, or OAuth by
// hand where p asks for it and it still helps. oauthByHand reports the
// latter.
func mixedChoice(fs *exhybrid.Findings, p Params, o org) (c Choice, oauthByHand bool) {
	c.Method, c.ByWizard = MethodDAuth, true
	c.Reason = ReasonExchange2013BeforeCU5
	if o.legacy {
		c.Reason = ReasonLegacyServers
	}
	// Since 2025-10-31 the manual path registers with a service principal
	// that Exchange Online blocks for EWS, and only Exchange 2016 CU23,
	// 2019 and SE can run the dedicated hybrid app that replaces it.
	deadEnd := p.Date.IsValid() && !p.Date.Before(DedicatedHybridAppRequired) && !o.appCapable
	switch {
	case deadEnd && !p.ManualOAuth:
		fs.Add(rules, "manualOAuth", CodeOAuthByHandObsolete, "",
			"%s; configuring OAuth by hand, which Microsoft's 2013-era page recommends, no longer helps since %v: "+
				"it registers with the shared Exchange Online service principal, which is blocked for EWS, and Exchange 2013 and older cannot run the dedicated hybrid app", ReasonText(c.Reason), DedicatedHybridAppRequired)
	case deadEnd:
		fs.Add(rules, "manualOAuth", CodeOAuthByHandBlocked, "Leave manualOAuth unset; move to Exchange 2016 CU23, 2019 CU14 or CU15 with the April 2025 hotfix update, or Exchange SE, for OAuth through the dedicated hybrid app",
			"OAuth by hand was asked for, but since %v the shared Exchange Online service principal it registers with is blocked for EWS, and no server here can run the dedicated hybrid app; the wizard's federation trust is kept", DedicatedHybridAppRequired)
	case !p.ManualOAuth:
		fs.Add(rules, "manualOAuth", CodeOAuthRecommended, "Configure OAuth by hand after running the wizard",
			"the wizard keeps the federation trust here (%s); Microsoft recommends configuring OAuth by hand", ReasonText(c.Reason))
	case o.legacy && !o.frontEnd:
		fs.Add(rules, "servers", CodeOAuthNo2013SP1Server, "Install an Exchange 2013 SP1 or later server with the Client Access and Mailbox roles",
			"OAuth in an organization with Exchange 2007 or 2010 needs an Exchange 2013 SP1 or later server with the Client Access and Mailbox roles")
	default:
		c.Method, c.Reason, c.ByWizard = MethodOAuth, ReasonManualOAuth, false
		return c, true
	}
	return c, false
}

// checkFrontEnds warns about Internet-facing Client Access servers older
// than Exchange 2013 SP1 in a mixed organization using OAuth: Microsoft
// recommends that all Internet-facing front ends run 2013 SP1 or later
// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help, step 8).
func checkFrontEnds(fs *exhybrid.Findings, servers []roles.Server) {
	for i, s := range servers {
		if !s.InternetFacing || s.IsEdge() || !s.Product().OnPremises() {
			continue
		}
		// Client Access is the front end of 2007 to 2013; 2016 and later
		// are all past 2013 SP1.
		if s.Roles.Has(roles.RoleClientAccess) && !s.Build.AtLeast(version.Exchange2013SP1) {
			fs.Add(rules, serverPath(i), CodeOAuthFrontEndTooOld, "Publish Exchange 2013 SP1 or later servers to the Internet instead of "+s.Label(),
				"Internet-facing server %s runs %v; with OAuth in a mixed organization, Internet-facing front ends should run Exchange 2013 SP1 or later", s.Label(), s.Build)
		}
	}
}

// wizardTrust returns the federation trust the wizard creates for p.
func wizardTrust(fs *exhybrid.Findings, p Params, r resolved) *Trust {
	t := &Trust{
		Name:             WizardTrustName,
		AccountNamespace: r.primary,
		Enabled:          true,
		MetadataURL:      r.endpoints.FederationMetadataURL,
		Certificate:      &TrustCertificate{SelfSigned: true},
	}
	if r.primary != "" {
		t.ApplicationURI = OrganizationID(r.primary)
	}
	for i, d := range p.Domains {
		if dnsname.CheckFQDN(d) != nil {
			continue // reported by checkParams
		}
		if len(d) > MaxFederatedDomainLength {
			fs.Add(rules, exhybrid.Path("domains").Index(i), CodeFederatedDomainTooLong,
				"Use hybrid domains of at most 32 characters", "domain %q has %d characters; federated domains are limited to %d", d, len(d), MaxFederatedDomainLength)
		}
		t.FederatedDomains = append(t.FederatedDomains, d)
	}
	if p.Cloud.IsValid() && t.MetadataURL == "" {
		fs.Add(rules, "cloud", CodeCloudValueUnknown, "Set the trust's MetadataUrl by hand",
			"the Federation Gateway metadata URL of cloud %v is not in the sources; it is left empty", p.Cloud)
	}
	return t
}

// oauthObjects returns the OAuth objects for p: the two authorization
// servers, the partner application, both connectors and, by hand with
// servers older than 2013 SP1, the availability address space.
func oauthObjects(fs *exhybrid.Findings, p Params, r resolved, o org, byHand bool) *OAuth {
	e := r.endpoints
	a := &OAuth{
		PartnerApplication: &PartnerApplication{Name: "Exchange Online", ApplicationIdentifier: ExchangeOnlineAppID, Enabled: true},
	}
	// The wizard creates an ACS and an Entra ID server named with the GUID;
	// Microsoft's manual steps create only the Entra ID one, named evoSTS.
	if u := e.ACSMetadataURL(p.Tenant); u != "" && !byHand {
		a.AuthServers = append(a.AuthServers, AuthServer{Name: "ACS - " + r.id, Type: AuthServerMicrosoftACS, AuthMetadataURL: u, Enabled: true})
	}
	if u := e.EvoSTSMetadataURL(p.Tenant); u != "" {
		name := "EvoSts - " + r.id
		if byHand {
			name = "evoSTS"
		}
		a.AuthServers = append(a.AuthServers, AuthServer{Name: name, Type: AuthServerAzureAD, AuthMetadataURL: u, Enabled: true})
	}
	discovery := e.AutodiscoverService
	if byHand {
		discovery = e.ManualAutodiscoverService
	}
	if p.Cloud.IsValid() && (discovery == "" || e.ACSMetadataPrefix == "") {
		fs.Add(rules, "cloud", CodeCloudValueUnknown, "Set the authorization servers and the on-premises connector's discovery endpoint by hand",
			"the OAuth endpoints of cloud %v are not in the sources; they are left out", p.Cloud)
	}
	a.Connectors.OnPremises = &IntraOrganizationConnector{
		Name:                 OnPremisesConnectorName,
		TargetAddressDomains: nonEmpty(r.coexistence),
		DiscoveryEndpoint:    discovery,
		Enabled:              true,
	}
	a.Connectors.Cloud = &IntraOrganizationConnector{
		Name:                 CloudConnectorName,
		TargetAddressDomains: slices.Clone(p.Domains),
		DiscoveryEndpoint:    r.autodiscover,
		Enabled:              true,
	}
	if byHand && o.below2013SP1 {
		switch {
		case p.EWSURL == "":
			fs.Add(rules, "ewsUrl", CodeParamMissing, "Give the external EWS URL of an Exchange 2013 SP1 or later server",
				"servers older than Exchange 2013 SP1 need an availability address space whose proxy URL is a 2013 SP1 EWS URL")
		case checkOptionalURL(fs, "", "ewsUrl", p.EWSURL, true):
			a.AvailabilityAddressSpace = &AvailabilityAddressSpace{ForestName: r.coexistence, AccessMethod: InternalProxy, ProxyURL: p.EWSURL, UseServiceAccount: true}
		}
	}
	return a
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	reasonTag struct{}
)

func (reasonTag) Enum() *enum.Table { return reasonEnum }
