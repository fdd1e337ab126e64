package transport

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
)

// facts are what the checks of Params establish, for the connector checks
// and the builder to use.
type facts struct {
	coexistence  string       // the tenant's coexistence domain, or ""
	eopDomain    string       // Exchange Online Protection's TLS domain, or ""
	eopConfirmed bool         // eopDomain is sourced for the cloud, or given in Options.TLSDomain
	level        TLSAuthLevel // the TLS authentication level asked for
	org2007      bool         // the organization has Exchange 2007 servers
	certOK       bool         // the certificate is named and valid, and has a host name
	// namesUnknown says the certificate's DNS names are not known: an
	// audit whose hybrid certificate was not exported knows only the
	// subject, which is not all the names a connector may rightly use.
	namesUnknown bool
	host         string // the certificate's host name for the connectors, or ""
	edge         bool   // hybrid mail goes through Edge Transport servers
	// centralizedUnknown says whether centralized mail transport is on is
	// not known (an audit without the HybridConfiguration's features).
	centralizedUnknown bool
}

// namesKnown reports whether the hybrid certificate's names are known, so
// that a name can be checked against them.
func (f facts) namesKnown() bool { return f.certOK && !f.namesUnknown }

// checkParams checks p and reports under base ("" from HybridConnectors,
// "params" from ValidateConnectors).
func checkParams(fs *exhybrid.Findings, base exhybrid.Path, p Params, x *serverIndex) facts {
	f := facts{level: p.Options.tlsAuthLevel(), org2007: has2007(p.Servers), edge: len(p.EdgeServers) > 0}

	if err := p.Tenant.Check(); err != nil {
		add(fs, at(base, "tenant"), CodeTenantInvalid, "Give the tenant's initial domain, such as contoso.onmicrosoft.com",
			"tenant %q: %v", string(p.Tenant), err)
	} else {
		f.coexistence = p.Tenant.CoexistenceDomain()
	}

	f.eopDomain, f.eopConfirmed = checkOptions(fs, base, p.Options)
	f.host, f.certOK = checkCertificate(fs, base, p.Certificate)

	if len(p.Domains) == 0 {
		add(fs, at(base, "domains"), CodeDomainsMissing, "Name the hybrid domains, such as contoso.com",
			"no hybrid domain is given")
	}
	for i, d := range p.Domains {
		if err := dnsname.CheckFQDN(d); err != nil {
			add(fs, atIndex(base, "domains", i), CodeNameInvalid, "Give an SMTP domain such as contoso.com",
				"hybrid domain %q: %v", d, err)
		}
	}

	switch err := dnsname.CheckFQDN(p.OnPremisesSmartHost); {
	case p.OnPremisesSmartHost == "":
		add(fs, at(base, "onPremisesSmartHost"), CodeSmartHostMissing, "Give the FQDN Exchange Online delivers to, such as mail.contoso.com",
			"OnPremisesSmartHost is not given")
	case err != nil:
		add(fs, at(base, "onPremisesSmartHost"), CodeNameInvalid, "Give a fully qualified host name, such as mail.contoso.com",
			"OnPremisesSmartHost %q: %v", p.OnPremisesSmartHost, err)
	case f.certOK && !p.Certificate.covers(p.OnPremisesSmartHost):
		add(fs, at(base, "onPremisesSmartHost"), CodeSmartHostNotOnCertificate, "Use a certificate whose subject or alternative names include "+p.OnPremisesSmartHost,
			"OnPremisesSmartHost %s is not among the names of certificate %s", p.OnPremisesSmartHost, p.Certificate.Name.Subject)
	}

	checkServerLists(fs, object{base: base}, p, x, f.org2007)
	return f
}

// checkOptions checks the options under base.options, and returns the
// Exchange Online Protection TLS domain to use ("" when unknown) and
// whether it is confirmed.
func checkOptions(fs *exhybrid.Findings, base exhybrid.Path, o Options) (string, bool) {
	if !o.Cloud.IsValid() {
		add(fs, at(base, "options.cloud"), CodeCloudInvalid, "Set the tenant's cloud: Worldwide, GCCHigh, DoD or 21Vianet",
			"cloud instance %s is not set or not known; the Exchange Online Protection TLS domain depends on it", o.Cloud)
	}
	switch l := o.TLSAuthLevel; {
	case l != TLSAuthNone && !l.IsValid():
		add(fs, at(base, "options.tlsAuthLevel"), CodeOptionInvalid, "Choose CertificateValidation or DomainValidation", "TLS authentication level %s is not a known level", l)
	case l == TLSAuthEncryptionOnly:
		add(fs, at(base, "options.tlsAuthLevel"), CodeOptionInvalid, "Choose CertificateValidation or DomainValidation",
			"EncryptionOnly does not check certificates; hybrid mail flow authenticates both organizations by certificate")
	}
	if o.SendRouting != SendRoutingUnknown && !o.SendRouting.IsValid() {
		add(fs, at(base, "options.sendRouting"), CodeOptionInvalid, "Choose DNS or SmartHost", "send routing %s is not known", o.SendRouting)
	}
	switch h := o.EOPSmartHost; {
	case o.sendRouting() == SendRoutingSmartHost && h == "":
		add(fs, at(base, "options.eopSmartHost"), CodeEOPSmartHostMissing, "Set Options.EOPSmartHost to the host to send to, or use DNS routing",
			"smart-host routing asked for without a smart host")
	case h == "":
	case o.sendRouting() != SendRoutingSmartHost:
		add(fs, at(base, "options.eopSmartHost"), CodeOptionInvalid, "Set Options.SendRouting to SmartHost, or clear Options.EOPSmartHost",
			"EOP smart host %q is given but the Send connector routes by DNS", h)
	default:
		if err := dnsname.CheckFQDN(h); err != nil {
			add(fs, at(base, "options.eopSmartHost"), CodeOptionInvalid, "Give the fully qualified host name to send to",
				"EOP smart host %q: %v", h, err)
		}
	}
	if o.Names != NamesUnknown && !o.Names.IsValid() {
		add(fs, at(base, "options.names"), CodeOptionInvalid, "Choose Documented or HCWLog", "name style %s is not known", o.Names)
	}
	if o.TLSDomain != "" {
		if err := dnsname.CheckFQDN(o.TLSDomain); err != nil {
			add(fs, at(base, "options.tlsDomain"), CodeOptionInvalid, "Give a domain such as mail.protection.outlook.com", "TLS domain %q: %v", o.TLSDomain, err)
			return "", false
		}
		return o.TLSDomain, true
	}
	if !o.Cloud.IsValid() {
		return "", false // reported above
	}
	d, confirmed := eopTLSDomain(o.Cloud)
	switch {
	case d == "":
		add(fs, at(base, "options.tlsDomain"), CodeTLSDomainUnknown, "Set Options.TLSDomain to the TLS domain of Exchange Online Protection in your cloud",
			"no sourced Exchange Online Protection TLS domain is known for cloud %s", o.Cloud)
	case !confirmed:
		add(fs, at(base, "options.tlsDomain"), CodeTLSDomainUnconfirmed, "Check the TLS domain against your tenant's connectors, then set Options.TLSDomain to it",
			"the Exchange Online Protection TLS domain %s of cloud %s is taken from its MX host names; no Microsoft page confirms it for hybrid connectors", d, o.Cloud)
	}
	return d, confirmed
}

// checkCertificate checks the hybrid certificate under base.certificate,
// and returns the host name the connectors use for it ([TLSCertificate.host])
// and whether the certificate can be used.
func checkCertificate(fs *exhybrid.Findings, base exhybrid.Path, c TLSCertificate) (string, bool) {
	ok := true
	switch err := c.Name.Check(); {
	case c.Name.IsZero():
		add(fs, at(base, "certificate.name"), CodeCertificateMissing, "Name the hybrid certificate as \"<I>issuer<S>subject\"",
			"no hybrid mail-flow certificate is named")
		ok = false
	case err != nil:
		add(fs, at(base, "certificate.name"), CodeCertificateInvalid, "Write the name as \"<I>issuer<S>subject\" from Get-ExchangeCertificate",
			"certificate name: %v", err)
		ok = false
	}
	for i, n := range c.DNSNames {
		if err := dnsname.CheckPattern(n); err != nil {
			add(fs, atIndex(base, "certificate.dnsNames", i), CodeNameInvalid, "Give a host name such as mail.contoso.com, or *.contoso.com",
				"certificate name %q: %v", n, err)
		}
	}
	host, has := c.host()
	if ok && !has {
		add(fs, at(base, "certificate.name"), CodeCertificateInvalid, "Use a certificate whose subject common name or a DNS name is a host name, such as mail.contoso.com",
			"certificate %s has neither a subject common name nor a DNS name that is a host name", c.Name.Subject)
		ok = false
	}
	return host, ok
}

// checkServerLists checks the sending, receiving and Edge Transport server
// lists: the HybridConfiguration rule that Edge servers exclude the others,
// at least one server each way, each server's eligibility, and servers
// listed twice.
func checkServerLists(fs *exhybrid.Findings, o object, p Params, x *serverIndex, org2007 bool) {
	if len(p.EdgeServers) > 0 {
		for _, field := range [...]struct {
			name string
			list []string
		}{{"sendingServers", p.SendingServers}, {"receivingServers", p.ReceivingServers}} {
			if len(field.list) > 0 {
				add(fs, o.at(field.name), CodeEdgeWithInternal, "Leave sending and receiving servers empty when Edge Transport servers carry hybrid mail",
					"%d %s named together with Edge Transport servers", len(field.list), field.name)
			}
		}
		checkEndpointList(fs, o, "edgeServers", p.EdgeServers, x, useEdge, org2007)
		return
	}
	if len(p.SendingServers) == 0 {
		add(fs, o.at("sendingServers"), CodeServersMissing, "Name at least one server that sends to Exchange Online, or Edge Transport servers",
			"no sending server and no Edge Transport server")
	}
	if len(p.ReceivingServers) == 0 {
		add(fs, o.at("receivingServers"), CodeServersMissing, "Name at least one server that receives from Exchange Online, or Edge Transport servers",
			"no receiving server and no Edge Transport server")
	}
	checkEndpointList(fs, o, "sendingServers", p.SendingServers, x, useSend, org2007)
	checkEndpointList(fs, o, "receivingServers", p.ReceivingServers, x, useReceive, org2007)
}

// host returns the name the connectors use for the certificate: the
// subject's common name if it is a host name (or a "*.domain" wildcard),
// else the first DNS name that is one. A common name such as "Contoso
// Mail" is not a host name and is skipped.
func (c TLSCertificate) host() (string, bool) {
	if cn, ok := c.Name.CommonName(); ok && dnsname.CheckPattern(cn) == nil {
		return cn, true
	}
	for _, n := range c.DNSNames {
		if dnsname.CheckPattern(n) == nil {
			return n, true
		}
	}
	return "", false
}

// covers reports whether the certificate is valid for name: name equals
// the subject's common name or a DNS name, either side may be a
// "*.domain" wildcard matching the other.
func (c TLSCertificate) covers(name string) bool {
	if cn, ok := c.Name.CommonName(); ok && dnsname.CheckPattern(cn) == nil && namesMatch(cn, name) {
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
