package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
)

// certificates adds the steps for the third-party certificate: a new one
// when there is none or it cannot serve (self-signed, expired, missing
// names, malformed), and its installation on every hybrid server and
// hybrid Edge server that lacks it
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
			ID: "certificate/request", Phase: PhaseCertificates, Action: ActionCreate, Where: LocationOnPremises,
			Target:  "certificate " + subject,
			Summary: "Obtain a certificate from a trusted third-party certification authority for " + strings.Join(names, ", "),
			Changes: []Change{{"Subject", subject}, {"Subject alternative names", strings.Join(names, ", ")}},
			Reason:  reason,
			Commands: []Command{
				{ShellEMS, assign("request", cmd("New-ExchangeCertificate").toggle("GenerateRequest").
					str("SubjectName", subject).list("DomainName", names).boolean("PrivateKeyExportable", true))},
				{ShellEMS, cmd("Set-Content").str("Path", `C:\hybrid-certificate.req`).param("Value", "$request").String()},
				{ShellManual, "Submit C:\\hybrid-certificate.req to the certification authority; complete the request with Import-ExchangeCertificate"},
			},
		}, "upgrade/", "install/")
	}
	// Each hybrid server and hybrid Edge server once: a server named in
	// both lists gets one step.
	done := map[int]bool{}
	for _, idx := range [][]int{p.hybrid, p.edges} {
		for _, i := range idx {
			if !done[i] && (renew || !p.hasCertificate(i)) {
				done[i] = true
				p.installCertificate(i)
			}
		}
	}
}

// installCertificate adds the step that installs the certificate on
// server i: Import-ExchangeCertificate returns the certificate, whose
// Thumbprint the next command enables
// (https://learn.microsoft.com/powershell/module/exchange/import-exchangecertificate).
// On an internal server it is
// enabled for IIS and SMTP; an Edge Transport server runs no Client Access
// services and so no IIS, and is managed on the server itself, outside
// the organization's Active Directory
// (https://learn.microsoft.com/exchange/architecture/architecture,
// https://learn.microsoft.com/exchange/certificate-requirements).
func (p *planner) installCertificate(i int) {
	s := p.org.Servers[i]
	id := "certificate/install/" + s.Name
	pfx := "([System.IO.File]::ReadAllBytes(" + ps(`C:\hybrid-certificate.pfx`) + "))"
	password := "(Read-Host -AsSecureString 'PFX password')"
	step := Step{
		ID: id, Phase: PhaseCertificates, Action: ActionUpdate, Where: LocationServer, Target: s.Name,
		Reason: CodeCertificateNotInstalled,
	}
	if s.IsEdge() {
		step.Summary = "Install the hybrid certificate on Edge Transport server " + s.Name + " and enable it for SMTP"
		step.Changes = []Change{{"Services", "SMTP"}}
		step.Commands = []Command{
			{ShellEMS, comment("On "+s.Name+":") + "\n" + assign("certificate", cmd("Import-ExchangeCertificate").param("FileData", pfx).param("Password", password))},
			{ShellEMS, onServer(s.Name, cmd("Enable-ExchangeCertificate").param("Thumbprint", "$certificate.Thumbprint").param("Services", "SMTP"))},
		}
	} else {
		step.Summary = "Install the hybrid certificate on " + s.Name + " and enable it for IIS and SMTP"
		step.Changes = []Change{{"Services", "IIS, SMTP"}}
		step.Commands = []Command{
			{ShellEMS, assign("certificate", cmd("Import-ExchangeCertificate").str("Server", s.Name).param("FileData", pfx).param("Password", password))},
			{ShellEMS, cmd("Enable-ExchangeCertificate").str("Server", s.Name).param("Thumbprint", "$certificate.Thumbprint").param("Services", "IIS,SMTP").String()},
		}
	}
	p.add(step, optional("certificate/request"), optional("install/"+s.Name), optional("upgrade/"+s.Name))
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
