package hybrid

import (
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/version"
)

func (v *validator) domains() {
	org := v.org
	seen := make(map[string]bool, len(org.AcceptedDomains))
	for i, d := range org.AcceptedDomains {
		path := exhybrid.Path("acceptedDomains").Index(i)
		if err := checkAcceptedDomain(d.Domain); err != nil {
			v.add(path.Child("domain"), CodeDomainInvalid, "Use an SMTP domain such as contoso.com",
				"accepted domain %q is not a domain name: %v", d.Domain, err)
		}
		if !d.Type.IsValid() {
			v.add(path.Child("type"), CodeDomainInvalid, "Set the type to Authoritative, InternalRelay or ExternalRelay",
				"accepted domain %q has no type", d.Domain)
		}
		if seen[domainKey(d.Domain)] {
			v.add(path.Child("domain"), CodeDomainInvalid, "List each accepted domain once",
				"accepted domain %q is listed twice", d.Domain)
		}
		seen[domainKey(d.Domain)] = true
	}
	if len(org.HybridDomains) == 0 {
		v.add("hybridDomains", CodeNoHybridDomain, "List the SMTP domains shared with Exchange Online, such as contoso.com",
			"the organization has no hybrid domains")
	}
	hybrid := make(map[string]bool, len(org.HybridDomains))
	for i, d := range org.HybridDomains {
		path := exhybrid.Path("hybridDomains").Index(i)
		if err := dnsname.CheckFQDN(d); err != nil {
			v.add(path, CodeDomainInvalid, "Use an SMTP domain such as contoso.com", "hybrid domain %q is not a domain name: %v", d, err)
			continue
		}
		if hybrid[domainKey(d)] {
			v.add(path, CodeDomainInvalid, "List each hybrid domain once", "hybrid domain %q is listed twice", d)
			continue
		}
		hybrid[domainKey(d)] = true
		if !seen[domainKey(d)] {
			v.add(path, CodeDomainNotAccepted, "Add "+d+" as an accepted domain (and verify it in the tenant)",
				"hybrid domain %q is not an accepted domain", d)
		}
	}
	if coex := org.Tenant.CoexistenceDomain(); coex != "" && !seen[domainKey(coex)] {
		v.add("acceptedDomains", CodeCoexistenceDomainMissing, "",
			"the coexistence domain %s is not yet an accepted domain; the Hybrid Configuration Wizard adds it", coex)
	}
}

// checkAcceptedDomain checks the domain of an accepted domain: a domain
// name, or a wildcard that accepts every subdomain of one ("*.contoso.com")
// or, for a relay domain, every domain ("*"), as New-AcceptedDomain allows
// (https://learn.microsoft.com/powershell/module/exchange/new-accepteddomain,
// DomainName).
func checkAcceptedDomain(domain string) error {
	switch {
	case domain == "*":
		return nil
	case strings.HasPrefix(domain, "*."):
		// Any domain's subdomains, a top-level one's included: Exchange
		// accepted the "*.com" of CSS-Exchange's E19 export.
		return dnsname.Check(domain[2:])
	}
	return dnsname.CheckFQDN(domain)
}

// accepted reports whether domain is an accepted domain of the organization.
func (a *analysis) accepted(domain string) bool {
	for _, d := range a.org.AcceptedDomains {
		if dnsname.Equal(d.Domain, domain) {
			return true
		}
	}
	return false
}

func (v *validator) features() {
	org := v.org
	switch {
	case org.Type.IsValid():
		if extra := org.Features.Minus(AllowedFeatures(org.Type)); !extra.IsEmpty() {
			v.add("features", CodeFeatureNotAvailable, "Remove "+extra.String()+" or choose a full hybrid",
				"a %v hybrid cannot provide %v", org.Type, extra)
		}
	case !v.recordedFull:
		return
	}
	if isFull(org.Type) && org.Features.IsEmpty() {
		v.add("features", CodeNoFeatures, "Enable the hybrid features (the wizard enables all but centralized transport)",
			"a %v hybrid with no feature enabled", org.Type)
	}
	if org.Features.Has(FeaturePhotos) && v.hybridVersion == version.Exchange2010 {
		v.add("features", CodeFeatureNeeds2013, "Remove Photos, or use Exchange 2013 or later hybrid servers",
			"Photos needs Exchange 2013 or later; the hybrid servers run Exchange 2010")
	}
	// The sources disagree on MailTips through the Hybrid Agent: the
	// agent's page says MailTips do not traverse it and need published EWS
	// and Autodiscover
	// (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent),
	// while the options table gives cross-premises MailTips for Modern Full
	// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options).
	// The feature stays allowed, with a warning.
	if capsOf(org.Type).HybridAgent && org.Features.Has(FeatureMailTips) {
		v.add("features", CodeMailTipsThroughAgent, "Publish EWS and Autodiscover to Exchange Online if cross-premises MailTips must work, or remove MailTips",
			"a %v hybrid carries MailTips through the Hybrid Agent, which the agent's page says MailTips do not traverse", org.Type)
	}
	if org.Features.Has(FeatureCentralizedTransport) && !org.Features.Has(FeatureSecureMail) {
		v.add("features", CodeCentralizedNeedsSecureMail, "Enable SecureMail, or turn off CentralizedTransport",
			"centralized mail transport routes Exchange Online's mail over the secure hybrid connectors, which SecureMail sets up")
	}
}

// domainKey is the form under which domains compare equal, as
// dnsname.Equal compares them: ASCII case folded, without a trailing dot.
// Looking domains up by it keeps the checks linear in the number of
// domains.
func domainKey(d string) string { return strings.ToLower(strings.TrimSuffix(d, ".")) }
