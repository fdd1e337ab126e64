package hybrid

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// The lifetimes, in days left, below which Microsoft's HealthChecker
// colours a certificate yellow and red
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Security/Invoke-AnalyzerSecurityExchangeCertificates.ps1).
const (
	certificateWarnDays  = 60
	certificateErrorDays = 30
)

// certificates audits the lifetime of every exported certificate on the
// day but the Auth Certificates (federation.AuditOAuth judges those): past
// its last day, or within 60 days of it. The message names the
// connectors and the HybridConfiguration that name the certificate, which
// stop working with it, and a renewal installed beside it: a certificate
// of the same issuer and subject valid 60 days or more.
func (a *auditor) certificates() {
	if !a.on.IsValid() {
		return // Validate reports the missing day
	}
	users := a.certificateUsers()
	auth := a.authCertificates()
	newest := a.newestByName()
	_, a.judgedCertificates = newest[certKey(a.org.Certificate.Issuer, a.org.Certificate.Subject)]
	for _, c := range a.inv.Certificates {
		// A certificate without NotAfter (the inventory reports the
		// missing field) has no lifetime to judge.
		last := version.LastValidDay(c.NotAfter)
		if auth[c.Thumbprint] || !last.IsValid() || azureVMCertificate(c.Subject) {
			continue
		}
		left := a.on.DaysUntil(last)
		if left >= certificateWarnDays {
			continue
		}
		key := certKey(c.Issuer, c.Subject)
		path := c.Path().Prop("NotAfter")
		used := users[key]
		fix := "Renew the certificate and enable the new one for the services of the old one"
		if auth != nil && strings.EqualFold(c.Subject, authCertificateSubject) {
			// An Auth Certificate that Get-AuthConfig no longer names
			// (current, next or previous) signs nothing: a left-over of an
			// earlier rotation, to remove rather than renew.
			fix = "Remove the certificate (Remove-ExchangeCertificate): Get-AuthConfig names it neither as the current, the next nor the previous Auth Certificate"
		}
		if used != "" {
			fix += "; set the TlsCertificateName of " + used + " to the new one if its issuer or subject changes"
		}
		renewal := ""
		if n := newest[key]; n.Thumbprint != c.Thumbprint && a.on.DaysUntil(version.LastValidDay(n.NotAfter)) >= certificateWarnDays {
			// Whether Exchange then presents the renewal for a name that
			// both carry is not stated by a Microsoft page for Exchange
			// 2013 and later: the finding keeps its severity.
			renewal = fmt.Sprintf("; %s, of the same issuer and subject, is valid until %v", n.Thumbprint, version.LastValidDay(n.NotAfter))
			fix = "Enable the renewal " + n.Thumbprint + " for the services of this certificate, then remove this one"
		}
		switch {
		case left < 0:
			a.add(path, CodeCertificateExpired, fix, "certificate %s expired: its last valid day was %v%s%s", c.Subject, last, usedBy(used), renewal)
		case left < certificateErrorDays:
			a.fs.Addf(path, exhybrid.SeverityError, CodeCertificateExpiring, fix,
				"certificate %s expires on %v, in %s%s%s", c.Subject, last, daysText(left), usedBy(used), renewal)
		default:
			a.fs.Addf(path, exhybrid.SeverityWarning, CodeCertificateExpiring, fix,
				"certificate %s expires on %v, in %s%s%s", c.Subject, last, daysText(left), usedBy(used), renewal)
		}
	}
}

// authCertificateSubject is the subject Exchange setup and the Auth
// Certificate's renewal give the certificate
// (https://learn.microsoft.com/exchange/plan-and-deploy/integration-with-sharepoint-and-skype/maintain-oauth-certificate).
const authCertificateSubject = "CN=Microsoft Exchange Server Auth Certificate"

// azureP2PAccess matches the subject of the one-day certificates Entra ID
// gives an Azure-hosted machine.
var azureP2PAccess = regexp.MustCompile(`^CN=MS-Organization-P2P-Access \[[12][0-9]{3}\]$`)

// azureVMCertificate reports the certificates an Azure virtual machine's
// platform makes and renews by itself, which HealthChecker leaves out of
// its certificate check: "DC=Windows Azure CRP Certificate Generator",
// which "can be deleted. The Azure VM Agent re-creates certificates if
// needed", and "CN=MS-Organization-P2P-Access [YYYY]", of a one-day lifetime
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/DataCollection/ExchangeInformation/Get-ExchangeServerCertificates.ps1).
// An expired one is no fault of Exchange's.
func azureVMCertificate(subject string) bool {
	return strings.EqualFold(subject, "DC=Windows Azure CRP Certificate Generator") || azureP2PAccess.MatchString(subject)
}

// newestByName returns, by issuer and subject without regard to case, the
// exported certificate of that name valid the longest.
func (a *auditor) newestByName() map[string]inventory.Certificate {
	out := make(map[string]inventory.Certificate, len(a.inv.Certificates))
	for _, c := range a.inv.Certificates {
		k := certKey(c.Issuer, c.Subject)
		if n, ok := out[k]; !ok || c.NotAfter.After(n.NotAfter) {
			out[k] = c
		}
	}
	return out
}

// certificateUsers returns, by issuer and subject without regard to case,
// what names each certificate: "the Send connector Mail to O365 and the
// HybridConfiguration". Only certificates near their end are looked up.
func (a *auditor) certificateUsers() map[string]string {
	users := map[string][]string{}
	for i, c := range a.inv.SendConnectors {
		if a.toCloud[i] && !c.TLSCertificateName.IsZero() {
			k := certKey(c.TLSCertificateName.Issuer, c.TLSCertificateName.Subject)
			users[k] = append(users[k], "the Send connector "+c.Name)
		}
	}
	for _, c := range a.inv.ReceiveConnectors {
		if c.FromExchangeOnline() && !c.TLSCertificateName.IsZero() {
			k := certKey(c.TLSCertificateName.Issuer, c.TLSCertificateName.Subject)
			users[k] = append(users[k], `the Receive connector `+c.Server+`\`+c.Name)
		}
	}
	if a.hc != nil && !a.hc.TLSCertificateName.IsZero() {
		k := certKey(a.hc.TLSCertificateName.Issuer, a.hc.TLSCertificateName.Subject)
		users[k] = append(users[k], "the HybridConfiguration")
	}
	out := make(map[string]string, len(users))
	for k, list := range users {
		out[k] = joinAnd(list)
	}
	return out
}

// certKey is the key of a certificate's name, as transport keys the names
// a TlsCertificateName is matched with (transport.CertificateName.Key).
func certKey(issuer, subject string) string {
	return transport.CertificateName{Issuer: issuer, Subject: subject}.Key()
}

// usedBy says what names the certificate, for a message: "; used by the
// Send connector Mail to O365", or "".
func usedBy(used string) string {
	if used == "" {
		return ""
	}
	return "; used by " + used
}

// joinAnd joins "a", "b" and "c" as "a, b and c".
func joinAnd(list []string) string {
	if len(list) <= 1 {
		return strings.Join(list, "")
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

// daysText says "1 day" or "17 days"; 0 days is "0 days" (today).
func daysText(n int) string {
	if n == 1 {
		return "1 day"
	}
	return strconv.Itoa(n) + " days"
}
