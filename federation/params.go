package federation

import (
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/guid"
	"github.com/exhybrid/exhybrid/internal/httpurl"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// Params describe a hybrid deployment as the Hybrid Configuration Wizard
// sees it, for [Configure]: the servers, the tenant and
// its cloud, the hybrid domains, the on-premises URLs and the options where
// Microsoft's pages and the wizard's logs differ. It is a plain value with
// JSON tags.
type Params struct {
	// ID is the GUID the wizard puts in the names of the on-premises objects
	// it creates ("On-premises to O365 - <ID>"). Reuse the one of an
	// existing deployment so that the names stay the same. Empty derives a
	// stable one from the tenant's coexistence domain, the version 5 UUID of
	// RFC 9562 (https://www.rfc-editor.org/rfc/rfc9562#section-5.5), as the
	// transport package does for its connector names, and notes it with
	// [CodeIDDerived]: the library has no randomness.
	ID string `json:"id"`
	// CloudID is the GUID in the names of the Exchange Online objects ("O365
	// to On-premises - <CloudID>"). Transcriptions of wizard logs show a
	// different GUID there; empty means ID is used for both.
	CloudID string `json:"cloudId,omitempty"`
	// Servers are the on-premises Exchange servers. Edge Transport servers
	// may be included; sharing rules leave them out.
	Servers []roles.Server `json:"servers"`
	// Tenant is the initial domain, contoso.onmicrosoft.com.
	Tenant exhybrid.Tenant `json:"tenant"`
	// Cloud is the tenant's cloud instance. Required; the zero value is
	// reported with [CodeCloudInvalid], and omitted from JSON so that such
	// params can still be logged.
	Cloud exhybrid.Cloud `json:"cloud,omitzero"`
	// Domains are the hybrid domains (the HybridConfiguration's Domains);
	// the first is the primary shared domain of the federated organization
	// identifier.
	Domains []string `json:"domains"`
	// AutodiscoverURL is the on-premises Autodiscover service URL published
	// to the Internet, such as
	// https://autodiscover.contoso.com/autodiscover/autodiscover.svc (a
	// trailing /WSSecurity is accepted). It must use https and end in
	// /autodiscover/autodiscover.svc
	// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help, step 7).
	AutodiscoverURL string `json:"autodiscoverUrl"`
	// EWSURL is the external EWS URL of an Exchange 2013 SP1 or later
	// server, https://mail.contoso.com/EWS/Exchange.asmx. Needed only for
	// OAuth in an organization with servers older than 2013 SP1, as the
	// availability address space's proxy URL.
	EWSURL string `json:"ewsUrl,omitempty"`
	// OWAURL is the on-premises Outlook on the web URL,
	// https://mail.contoso.com/owa: the Exchange Online relationship's
	// TargetOwaURL. Empty leaves that unset.
	OWAURL string `json:"owaUrl,omitempty"`
	// OWAForm selects the on-premises relationship's TargetOwaURL; see
	// [OWAForm]. Required: the zero value is reported with
	// [CodeParamMissing]. [OWAFormOutlookOffice] is the recommended form.
	OWAForm OWAForm `json:"owaForm,omitzero"`
	// CustomOWAURL is the URL for [OWAFormCustom], such as
	// http://cloudowa.contoso.com/owa.
	CustomOWAURL string `json:"customOwaUrl,omitempty"`
	// ManualOAuth asks for OAuth where the wizard does not configure it (an
	// organization with Exchange 2007 or 2010, or Exchange 2013 before CU5):
	// Microsoft's 2013-era page recommends configuring it by hand after the
	// wizard in mixed organizations
	// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help).
	// From [DedicatedHybridAppRequired] on, that path is blocked for EWS
	// where no server runs Exchange 2016 or later, and Configure keeps the
	// wizard's DAuth with a warning ([CodeOAuthByHandObsolete]).
	ManualOAuth bool `json:"manualOAuth,omitempty"`
	// TrustOnlyWithExchange2010 models a third-party observation of the
	// wizard (transcriptions of its logs): it created the federation trust
	// only when Exchange 2010 servers existed. Set, an OAuth [Choice] comes
	// without a federation trust unless an Exchange 2010 server remains.
	// [Configure] gives OAuth next to Exchange 2010 only with ManualOAuth
	// (the wizard keeps DAuth there), so in practice the option drops the
	// trust from every OAuth choice (the wizard's, where every server runs
	// Exchange 2013 CU5 or later, and OAuth by hand next to Exchange 2007 or
	// 2013 before CU5) except OAuth by hand next to Exchange 2010. DAuth
	// always comes with a trust. Microsoft's pages list the federation
	// trust in every full hybrid
	// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options),
	// which is what false (the default) follows.
	TrustOnlyWithExchange2010 bool `json:"trustOnlyWithExchange2010,omitempty"`
	// Date is the day the choice is for. From [DedicatedHybridAppRequired]
	// on, OAuth by hand in a mixed organization whose newest servers run
	// Exchange 2013 is a dead end, and [Configure] no longer recommends
	// it. The zero Date keeps the advice of Microsoft's 2013-era pages.
	Date version.Date `json:"date,omitzero"`
	// Checked says the caller has validated the inputs on their own (the
	// tenant, cloud and ID, the servers and domains being there) and
	// reports their problems in its own terms, as the hybrid package does:
	// [Configure] then leaves out the findings of those Input rules.
	Checked bool `json:"-"`
}

// DedicatedHybridAppRequired is the day from which Exchange Online blocks
// EWS requests that on-premises Exchange authenticates with the shared
// first-party service principal ("Office 365 Exchange Online",
// 00000002-0000-0ff1-ce00-000000000000): free/busy, MailTips and profile
// photos from on premises to Exchange Online work only through the
// dedicated Exchange hybrid application in the tenant's Entra ID, which
// needs the April 2025 hotfix update of Exchange 2016 CU23 or 2019
// CU14/CU15, or Exchange SE; Exchange 2013 and older cannot run it
// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app;
// Exchange Team blog post 4440682, "Dedicated Hybrid App: temporary
// enforcements, new HCW and possible hybrid functionality disruptions",
// August 2025, on https://techcommunity.microsoft.com/blog/exchange).
var DedicatedHybridAppRequired = version.Date{Year: 2025, Month: 10, Day: 31}

// resolved holds what the params derive, once checked.
type resolved struct {
	coexistence  string    // contoso.mail.onmicrosoft.com
	primary      string    // the primary shared domain, lower case
	autodiscover string    // the Autodiscover service URL without /WSSecurity
	id           string    // ID, or the one derived from the coexistence domain
	cloudID      string    // CloudID or id
	endpoints    Endpoints // of the cloud
}

// autodiscoverSuffix is the path of the Autodiscover service; "/WSSecurity"
// may follow it (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship).
const (
	autodiscoverSuffix = "/autodiscover/autodiscover.svc"
	wsSecurity         = "/WSSecurity"
)

// checkParams checks the fields every generator needs and returns what they
// derive. Paths are relative to Params.
func checkParams(fs *exhybrid.Findings, p Params) resolved {
	var r resolved
	if err := p.Tenant.Check(); err != nil {
		fs.Add(rules, "tenant", CodeTenantInvalid, "Give the tenant's initial domain, such as contoso.onmicrosoft.com",
			"tenant %q: %v", p.Tenant, err)
	} else {
		r.coexistence = p.Tenant.CoexistenceDomain()
	}
	switch {
	case p.ID != "":
		r.id = p.ID
		if !guid.Valid(p.ID) {
			fs.Add(rules, "id", CodeIDInvalid, "Give a GUID such as 177cd94d-be11-44e9-b09f-db69389f3a35", "identifier %q is not a GUID", p.ID)
		}
	case r.coexistence != "":
		// No derivation from an invalid tenant: that is reported above.
		r.id = guid.FromName(r.coexistence)
		fs.Add(rules, "id", CodeIDDerived, "Set id to keep the names of an existing deployment's objects",
			"no identifier given; derived %s from %q", r.id, r.coexistence)
	}
	r.cloudID = r.id
	if p.CloudID != "" {
		r.cloudID = p.CloudID
		if !guid.Valid(p.CloudID) {
			fs.Add(rules, "cloudId", CodeIDInvalid, "Give a GUID, or leave cloudId empty to reuse id", "cloud identifier %q is not a GUID", p.CloudID)
		}
	}
	if !p.Cloud.IsValid() {
		fs.Add(rules, "cloud", CodeCloudInvalid, "Set the tenant's cloud instance", "cloud instance %v is not valid", p.Cloud)
	} else {
		r.endpoints = EndpointsOf(p.Cloud)
	}
	checkDomainList(fs, "domains", p.Domains)
	if len(p.Domains) > 0 && dnsname.CheckFQDN(p.Domains[0]) == nil {
		r.primary = strings.ToLower(strings.TrimSuffix(p.Domains[0], "."))
	}
	switch {
	case p.AutodiscoverURL == "":
		fs.Add(rules, "autodiscoverUrl", CodeParamMissing, "Give the published Autodiscover URL, such as https://autodiscover.contoso.com/autodiscover/autodiscover.svc",
			"no on-premises Autodiscover URL")
	default:
		if base, ok := autodiscoverBase(fs, "autodiscoverUrl", p.AutodiscoverURL); ok {
			r.autodiscover = base
		}
	}
	return r
}

// checkDomainList reports an empty list and every invalid domain.
func checkDomainList(fs *exhybrid.Findings, path exhybrid.Path, domains []string) {
	if len(domains) == 0 {
		fs.Add(rules, path, CodeDomainsMissing, "List the hybrid domains, the primary shared domain first", "no hybrid domain")
	}
	for i, d := range domains {
		if err := dnsname.CheckFQDN(d); err != nil {
			fs.Add(rules, path.Index(i), CodeDomainInvalid, "Give a fully qualified domain name such as contoso.com", "domain %q: %v", d, err)
		}
	}
}

// autodiscoverBase checks an on-premises Autodiscover URL and returns it
// without a trailing /WSSecurity.
func autodiscoverBase(fs *exhybrid.Findings, path exhybrid.Path, s string) (string, bool) {
	if err := httpurl.Check(s, true); err != nil {
		fs.Add(rules, path, CodeURLInvalid, "Give an https URL such as https://autodiscover.contoso.com/autodiscover/autodiscover.svc",
			"Autodiscover URL %q: %v", s, err)
		return "", false
	}
	base := s
	if n := len(base) - len(wsSecurity); n > 0 && strings.EqualFold(base[n:], wsSecurity) {
		base = base[:n]
	}
	if !strings.EqualFold(httpurl.Path(base), autodiscoverSuffix) {
		fs.Add(rules, path, CodeURLInvalid, "End the URL in /autodiscover/autodiscover.svc",
			"Autodiscover URL %q does not end in %s", s, autodiscoverSuffix)
		return "", false
	}
	return base, true
}

// checkOptionalURL reports a non-empty URL that fails [httpurl.Check], at
// base.field (base itself when field is empty); the path is built only on
// failure.
func checkOptionalURL(fs *exhybrid.Findings, base exhybrid.Path, field, s string, httpsOnly bool) bool {
	if s == "" {
		return true
	}
	if err := httpurl.Check(s, httpsOnly); err != nil {
		fix := "Give an absolute URL with a host name"
		if httpsOnly {
			fix = "Give an absolute https URL with a host name"
		}
		path := base
		if field != "" {
			path = base.Child(field)
		}
		fs.Add(rules, path, CodeURLInvalid, fix, "URL %q: %v", s, err)
		return false
	}
	return true
}
