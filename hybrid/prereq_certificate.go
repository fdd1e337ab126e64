package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
)

// commonName returns the CN attribute of a distinguished name such as
// "CN=mail.contoso.com, O=Contoso, C=US", or "" if it has none.
func commonName(dn string) string {
	for rdn := range strings.SplitSeq(dn, ",") {
		k, val, ok := strings.Cut(strings.TrimSpace(rdn), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "CN") {
			return strings.TrimSpace(val)
		}
	}
	return ""
}

// certNames returns the DNS names a certificate covers: its subject's common
// name and its subject alternative names.
func (c Certificate) certNames() []string {
	names := make([]string, 0, len(c.Names)+1)
	if cn := commonName(c.Subject); cn != "" {
		names = append(names, cn)
	}
	return append(names, c.Names...)
}

// Covers reports whether the certificate's subject common name or one of
// its subject alternative names matches host, wildcards included
// ("*.contoso.com" covers "mail.contoso.com").
func (c Certificate) Covers(host string) bool {
	for _, n := range c.certNames() {
		if dnsname.Matches(n, host) {
			return true
		}
	}
	return false
}

func (v *validator) certificate() {
	c := v.org.Certificate
	if !v.org.Type.IsValid() && !v.recordedFull {
		return
	}
	if c.IsZero() {
		v.add("certificate", CodeCertificateMissing, "Describe the third-party certificate of the hybrid servers (subject, issuer, names, expiry)",
			"the organization has no certificate for the hybrid services")
		return
	}
	v.certificateNames(c)
	if c.SelfSigned {
		v.add("certificate.selfSigned", CodeCertificateSelfSigned, "Use a certificate from a trusted third-party certification authority",
			"the hybrid certificate is self-signed; only the federation trust may use a self-signed certificate")
	}
	if v.on.IsValid() && c.NotAfter.IsValid() && v.on.After(c.NotAfter) {
		v.add("certificate.notAfter", CodeCertificateExpired, "Renew the certificate and rerun the Hybrid Configuration Wizard",
			"the certificate expired on %v", c.NotAfter)
	}
	for _, ns := range v.namespaceList() {
		if ns.host != "" && dnsname.CheckFQDN(ns.host) == nil && !c.Covers(ns.host) {
			v.add("certificate.names", CodeCertificateNameMissing, "Add "+ns.host+" to the certificate's subject alternative names",
				"the certificate does not cover the %s namespace %s", ns.service, ns.host)
		}
	}
	for _, k := range v.unknownCert {
		v.add(exhybrid.Path("certificate.servers").Index(k), CodeHybridServerUnknown, "Name one of the organization's servers",
			"certificate server %q is not one of the organization's servers", c.Servers[k])
	}
	// A server named both a hybrid server and a hybrid Edge server (which
	// hybridServers and edgeServers report) lacks the certificate once.
	for _, i := range v.hybrid {
		v.checkInstalled(i, false)
	}
	for _, i := range v.edges {
		if !slices.Contains(v.hybrid, i) {
			v.checkInstalled(i, v.org.Servers[i].IsEdge())
		}
	}
}

// certificateNames checks that the subject and issuer are distinguished
// names with a common name, and that the names are DNS names.
func (v *validator) certificateNames(c Certificate) {
	const subjectFix = "Give the subject as a distinguished name with a CN, as Get-ExchangeCertificate shows it, such as CN=mail.contoso.com"
	const issuerFix = "Give the issuing CA's distinguished name, as Get-ExchangeCertificate shows it, such as CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US"
	for _, dn := range []struct {
		path      exhybrid.Path
		what, val string
		fix       string
	}{{"certificate.subject", "subject", c.Subject, subjectFix}, {"certificate.issuer", "issuer", c.Issuer, issuerFix}} {
		switch problem := dnProblem(dn.val); {
		case problem != "":
			v.add(dn.path, CodeCertificateInvalid, dn.fix, "certificate %s %q is not a distinguished name: it %s", dn.what, dn.val, problem)
		case commonName(dn.val) == "":
			v.add(dn.path, CodeCertificateInvalid, dn.fix, "certificate %s %q has no common name", dn.what, dn.val)
		}
	}
	for i, n := range c.Names {
		if err := dnsname.CheckPattern(n); err != nil {
			v.add(exhybrid.Path("certificate.names").Index(i), CodeCertificateInvalid, "List DNS names only, with at most one leading wildcard label",
				"certificate name %q is not a DNS name: %v", n, err)
		}
	}
}

// checkInstalled reports hybrid server i without the certificate. An Edge
// Transport server enables it for SMTP only: it runs no Client Access
// services and so no IIS
// (https://learn.microsoft.com/exchange/architecture/architecture,
// https://learn.microsoft.com/exchange/certificate-requirements).
func (v *validator) checkInstalled(i int, edge bool) {
	if v.hasCertificate(i) {
		return
	}
	s := v.org.Servers[i]
	fix := "Install the certificate on " + s.Label() + " and enable it for SMTP and IIS"
	if edge {
		fix = "Install the certificate on Edge Transport server " + s.Label() + " and enable it for SMTP"
	}
	v.add("certificate.servers", CodeCertificateNotInstalled, fix,
		"the certificate is not installed on hybrid server %s", s.Label())
}
