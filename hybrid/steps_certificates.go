package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
)

// certificates adds the steps for the third-party certificate: a new one
// when there is none or it cannot serve (self-signed, expired, missing
// names, malformed), and its installation, enabled for IIS and SMTP, on
// every hybrid server and hybrid Edge server that lacks it
// (https://learn.microsoft.com/exchange/certificate-requirements).
func (p *planner) certificates() {
	c := p.org.Certificate
	if !p.org.Type.IsValid() {
		return
	}
	names := p.certificateNames()
	reason := exhybrid.Code("")
	switch {
	case c.IsZero():
		reason = CodeCertificateMissing
	case c.SelfSigned:
		reason = CodeCertificateSelfSigned
	case p.on.IsValid() && c.NotAfter.IsValid() && p.on.After(c.NotAfter):
		reason = CodeCertificateExpired
	case commonName(c.Subject) == "" || commonName(c.Issuer) == "":
		reason = CodeCertificateInvalid
	case slices.ContainsFunc(names, func(n string) bool { return !c.Covers(n) }):
		reason = CodeCertificateNameMissing
	}
	renew := reason != ""
	if renew && len(names) > 0 {
		subject := "CN=" + names[0]
		p.add(Step{
			ID: "certificate/request", Phase: PhaseCertificates, Action: Create, Where: OnPremises,
			Target:  "certificate " + subject,
			Summary: "Obtain a certificate from a trusted third-party certification authority for " + strings.Join(names, ", "),
			Changes: []Change{{"Subject", subject}, {"Subject alternative names", strings.Join(names, ", ")}},
			Reason:  reason,
			Commands: []Command{
				{EMS, "$request = " + cmd("New-ExchangeCertificate").arg("-GenerateRequest").
					str("SubjectName", subject).param("DomainName", strings.Join(names, ",")).boolean("PrivateKeyExportable", true).String()},
				{EMS, "Set-Content -Path 'C:\\hybrid-certificate.req' -Value $request"},
				{Setup, "Submit C:\\hybrid-certificate.req to the certification authority; complete the request with Import-ExchangeCertificate"},
			},
		}, "upgrade/", "install/")
	}
	done := map[string]bool{}
	for _, name := range append(p.hybridServerNames(), p.names(p.edges)...) {
		if done[name] || !renew && p.hasCertificate(name) {
			continue
		}
		done[name] = true
		p.add(Step{
			ID: "certificate/install/" + name, Phase: PhaseCertificates, Action: Update, Where: Server, Target: name,
			Summary: "Install the hybrid certificate on " + name + " and enable it for IIS and SMTP",
			Changes: []Change{{"Services", "IIS, SMTP"}},
			Reason:  CodeCertificateNotInstalled,
			Commands: []Command{
				{EMS, cmd("Import-ExchangeCertificate").str("Server", name).param("FileData", "([System.IO.File]::ReadAllBytes('C:\\hybrid-certificate.pfx'))").param("Password", "(Read-Host -AsSecureString 'PFX password')").String()},
				{EMS, cmd("Enable-ExchangeCertificate").str("Server", name).param("Thumbprint", "<thumbprint>").param("Services", "IIS,SMTP").String()},
			},
		}, "certificate/request", "install/"+name, "upgrade/"+name)
	}
}

// certificateNames lists the DNS names the hybrid certificate must carry:
// the SMTP host first (it becomes the subject), then every namespace, then
// the names the current certificate already has, each once.
func (p *planner) certificateNames() []string {
	var names []string
	addName := func(n string) {
		if n == "" || dnsname.CheckPattern(n) != nil || slices.ContainsFunc(names, func(m string) bool { return dnsname.Equal(m, n) }) {
			return
		}
		names = append(names, strings.ToLower(n))
	}
	addName(p.org.Namespaces.SMTP)
	for _, ns := range p.namespaceList() {
		addName(ns.host)
	}
	for _, n := range p.org.Certificate.Names {
		addName(n)
	}
	return names
}
