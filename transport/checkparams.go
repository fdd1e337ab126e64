package transport

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
)

// facts are what the checks of Params establish, for the connector checks
// and the builder to use.
type facts struct {
	coexistence string       // the tenant's coexistence domain, or ""
	eopDomain   string       // Exchange Online Protection's TLS domain, or ""
	level       TLSAuthLevel // the TLS authentication level asked for
	org2007     bool         // the organization has Exchange 2007 servers
	certOK      bool         // the certificate is named and valid
	edge        bool         // hybrid mail goes through Edge Transport servers
}

// checkParams checks p and reports under base ("" from HybridConnectors,
// "params" from ValidateConnectors).
func checkParams(fs *exhybrid.Findings, base exhybrid.Path, p Params) facts {
	f := facts{level: p.Options.tlsAuthLevel(), org2007: has2007(p.Servers), edge: len(p.EdgeServers) > 0}

	if err := p.Tenant.Check(); err != nil {
		add(fs, at(base, "tenant"), exhybrid.SeverityError, CodeTenantInvalid, "Give the tenant's initial domain, such as contoso.onmicrosoft.com",
			"tenant %q: %v", string(p.Tenant), err)
	} else {
		f.coexistence = p.Tenant.CoexistenceDomain()
	}

	f.eopDomain = checkOptions(fs, base, p.Options)
	f.certOK = checkCertificate(fs, base, p.Certificate)

	if len(p.Domains) == 0 {
		add(fs, at(base, "domains"), exhybrid.SeverityError, CodeDomainsMissing, "Name the hybrid domains, such as contoso.com",
			"no hybrid domain is given")
	}
	for i, d := range p.Domains {
		if err := dnsname.CheckFQDN(d); err != nil {
			add(fs, atIndex(base, "domains", i), exhybrid.SeverityError, CodeNameInvalid, "Give an SMTP domain such as contoso.com",
				"hybrid domain %q: %v", d, err)
		}
	}

	switch err := dnsname.CheckFQDN(p.OnPremisesSmartHost); {
	case p.OnPremisesSmartHost == "":
		add(fs, at(base, "onPremisesSmartHost"), exhybrid.SeverityError, CodeSmartHostMissing, "Give the FQDN Exchange Online delivers to, such as mail.contoso.com",
			"OnPremisesSmartHost is not given")
	case err != nil:
		add(fs, at(base, "onPremisesSmartHost"), exhybrid.SeverityError, CodeNameInvalid, "Give a fully qualified host name, such as mail.contoso.com",
			"OnPremisesSmartHost %q: %v", p.OnPremisesSmartHost, err)
	case f.certOK && !p.Certificate.covers(p.OnPremisesSmartHost):
		add(fs, at(base, "onPremisesSmartHost"), exhybrid.SeverityError, CodeSmartHostNotOnCertificate, "Use a certificate whose subject or alternative names include "+p.OnPremisesSmartHost,
			"OnPremisesSmartHost %s is not among the names of certificate %s", p.OnPremisesSmartHost, p.Certificate.Name.Subject)
	}

	checkServerLists(fs, base, p, f.org2007)
	return f
}

// checkOptions checks the enumerations and the TLS domain under
// base.options, and returns the
// Exchange Online Protection TLS domain to use ("" when unknown).
func checkOptions(fs *exhybrid.Findings, base exhybrid.Path, o Options) string {
	if o.Cloud != exhybrid.CloudUnknown && !o.Cloud.IsValid() {
		add(fs, at(base, "options.cloud"), exhybrid.SeverityError, CodeOptionInvalid, "Choose Worldwide, GCCHigh, DoD or 21Vianet", "cloud %s is not a known cloud instance", o.Cloud)
	}
	switch l := o.TLSAuthLevel; {
	case l != TLSAuthNone && !l.IsValid():
		add(fs, at(base, "options.tlsAuthLevel"), exhybrid.SeverityError, CodeOptionInvalid, "Choose CertificateValidation or DomainValidation", "TLS authentication level %s is not a known level", l)
	case l == EncryptionOnly:
		add(fs, at(base, "options.tlsAuthLevel"), exhybrid.SeverityError, CodeTLSAuthLevel, "Choose CertificateValidation or DomainValidation",
			"EncryptionOnly does not check certificates; hybrid mail flow authenticates both organizations by certificate")
	}
	if o.SendRouting != SendRoutingUnknown && !o.SendRouting.IsValid() {
		add(fs, at(base, "options.sendRouting"), exhybrid.SeverityError, CodeOptionInvalid, "Choose SmartHost or DNS", "send routing %s is not known", o.SendRouting)
	}
	if o.Names != NamesUnknown && !o.Names.IsValid() {
		add(fs, at(base, "options.names"), exhybrid.SeverityError, CodeOptionInvalid, "Choose Documented or HCWLog", "name style %s is not known", o.Names)
	}
	if o.TLSDomain != "" {
		if err := dnsname.CheckFQDN(o.TLSDomain); err != nil {
			add(fs, at(base, "options.tlsDomain"), exhybrid.SeverityError, CodeNameInvalid, "Give a domain such as mail.protection.outlook.com", "TLS domain %q: %v", o.TLSDomain, err)
			return ""
		}
		return o.TLSDomain
	}
	d, ok := EOPTLSDomain(o.Cloud)
	if !ok && o.Cloud.IsValid() {
		add(fs, at(base, "options.tlsDomain"), exhybrid.SeverityError, CodeTLSDomainUnknown, "Set Options.TLSDomain to the TLS domain of Exchange Online Protection in your cloud",
			"no sourced Exchange Online Protection TLS domain is known for cloud %s", o.Cloud)
	}
	return d
}

// checkCertificate checks the hybrid certificate under base.certificate and
// reports whether it can be used.
func checkCertificate(fs *exhybrid.Findings, base exhybrid.Path, c Certificate) bool {
	ok := true
	switch err := c.Name.Check(); {
	case c.Name.IsZero():
		add(fs, at(base, "certificate.name"), exhybrid.SeverityError, CodeCertificateMissing, "Name the hybrid certificate as \"<I>issuer<S>subject\"",
			"no hybrid mail-flow certificate is named")
		ok = false
	case err != nil:
		add(fs, at(base, "certificate.name"), exhybrid.SeverityError, CodeCertificateInvalid, "Write the name as \"<I>issuer<S>subject\" from Get-ExchangeCertificate",
			"certificate name: %v", err)
		ok = false
	}
	for i, n := range c.DNSNames {
		if err := dnsname.CheckPattern(n); err != nil {
			add(fs, atIndex(base, "certificate.dnsNames", i), exhybrid.SeverityError, CodeNameInvalid, "Give a host name such as mail.contoso.com, or *.contoso.com",
				"certificate name %q: %v", n, err)
		}
	}
	if ok {
		if _, has := c.host(); !has {
			add(fs, at(base, "certificate.name"), exhybrid.SeverityError, CodeCertificateInvalid, "Use a certificate with a common name or DNS names",
				"certificate %s has no subject common name and no DNS name", c.Name.Subject)
			ok = false
		}
	}
	return ok
}

// checkServerLists checks the sending, receiving and Edge Transport server
// lists: the HybridConfiguration rule that Edge servers exclude the others,
// at least one server each way, and each server's eligibility.
func checkServerLists(fs *exhybrid.Findings, base exhybrid.Path, p Params, org2007 bool) {
	if len(p.EdgeServers) > 0 {
		for _, field := range [...]struct {
			name string
			list []string
		}{{"sendingServers", p.SendingServers}, {"receivingServers", p.ReceivingServers}} {
			if len(field.list) > 0 {
				add(fs, at(base, field.name), exhybrid.SeverityError, CodeEdgeWithInternal, "Leave sending and receiving servers empty when Edge Transport servers carry hybrid mail",
					"%d %s named together with Edge Transport servers", len(field.list), field.name)
			}
		}
		for i, name := range p.EdgeServers {
			checkEndpointName(fs, atIndex(base, "edgeServers", i), p.Servers, name, useEdge, org2007)
		}
		return
	}
	if len(p.SendingServers) == 0 {
		add(fs, at(base, "sendingServers"), exhybrid.SeverityError, CodeServersMissing, "Name at least one server that sends to Exchange Online, or Edge Transport servers",
			"no sending server and no Edge Transport server")
	}
	if len(p.ReceivingServers) == 0 {
		add(fs, at(base, "receivingServers"), exhybrid.SeverityError, CodeServersMissing, "Name at least one server that receives from Exchange Online, or Edge Transport servers",
			"no receiving server and no Edge Transport server")
	}
	for i, name := range p.SendingServers {
		checkEndpointName(fs, atIndex(base, "sendingServers", i), p.Servers, name, useSend, org2007)
	}
	for i, name := range p.ReceivingServers {
		checkEndpointName(fs, atIndex(base, "receivingServers", i), p.Servers, name, useReceive, org2007)
	}
}

// host returns the name the connectors use for the certificate: the
// subject's common name, else the first DNS name.
func (c Certificate) host() (string, bool) {
	if cn, ok := c.Name.CommonName(); ok {
		return cn, true
	}
	if len(c.DNSNames) > 0 && c.DNSNames[0] != "" {
		return c.DNSNames[0], true
	}
	return "", false
}

// covers reports whether the certificate is valid for name: name equals
// the subject's common name or a DNS name, either side may be a
// "*.domain" wildcard matching the other.
func (c Certificate) covers(name string) bool {
	if cn, ok := c.Name.CommonName(); ok && namesMatch(cn, name) {
		return true
	}
	for _, n := range c.DNSNames {
		if namesMatch(n, name) {
			return true
		}
	}
	return false
}

// namesMatch reports whether two names, each possibly a "*.domain"
// wildcard, match: equal, or one a wildcard that matches the other.
func namesMatch(a, b string) bool {
	return dnsname.Matches(a, b) || dnsname.Matches(b, a)
}
