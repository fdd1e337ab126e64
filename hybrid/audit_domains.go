package hybrid

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/inventory"
)

// domains audits the exported accepted domains: an open relay, and the
// coexistence domain of an existing hybrid. Whether the hybrid domains are
// accepted is Validate's rule, run on the organization FromInventory
// builds from the same exports.
func (a *auditor) domains() {
	accepted := a.inv.AcceptedDomains
	for _, d := range accepted {
		// HealthChecker compares DomainName.ToString() with "*" only
		// (Invoke-AnalyzerFrequentConfigurationIssues.ps1): a wildcard
		// such as "*.contoso.com" accepts one domain's subdomains.
		if d.DomainName == "*" && (d.Type == "InternalRelay" || d.Type == "ExternalRelay") {
			a.add(d.Path().Prop("DomainName"), CodeOpenRelay, "Remove the accepted domain "+d.Name+", or give it the domain it relays for, such as contoso.com",
				"accepted domain %q is \"*\" of type %s: the organization relays mail for every domain, an open relay", d.Name, d.Type)
		}
	}
	if len(accepted) == 0 {
		return
	}
	if coex := a.org.Tenant.CoexistenceDomain(); coex != "" && a.org.Tenant.Check() == nil && a.existingHybrid() {
		a.replacesCoexistence = true
		if !isAccepted(accepted, coex) {
			a.add(exhybrid.Path(accepted[0].From.In("GetAcceptedDomain.xml").File), CodeCoexistenceDomainNotAccepted,
				"Add "+coex+" as an accepted domain, as the Hybrid Configuration Wizard does when it runs again",
				"the coexistence domain %s is not among the %d accepted domains; on-premises cannot route mail to cloud mailboxes by their addresses in it", coex, len(accepted))
		}
	}
}

// isAccepted reports whether domain is one of the accepted domains. As
// in Validate, the domain itself must be accepted: the wizard adds the
// coexistence domain by name, so a wildcard such as "*.com", which
// accepts mail for every subdomain, does not stand for it.
func isAccepted(accepted []inventory.AcceptedDomain, domain string) bool {
	for _, d := range accepted {
		if dnsname.Equal(d.DomainName, domain) {
			return true
		}
	}
	return false
}
