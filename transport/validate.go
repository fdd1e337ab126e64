package transport

import (
	"net/netip"
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// ValidateConnectors checks the hybrid mail-flow configuration s against
// the deployment p it should implement, and returns every finding. Paths
// are relative to s ("send.tlsCertificateName",
// "receive[1].tlsDomainCapabilities", "outbound.smartHosts"), and to p
// under "params" ("params.receivingServers[0]"). p.Servers resolve the
// server names in both.
//
// It reports the misconfigurations that break hybrid mail flow, each with
// its code (see the package documentation): certificate names that differ
// between the two sides or from the hybrid certificate (a stale name after
// a renewal is the common case), TLS not required, a TLS level below
// p.Options.TLSAuthLevel or another TLS domain (warnings, as in Microsoft's
// HealthChecker), a receiving server whose
// connector does not accept mail from Exchange Online (capability missing,
// or wrong for its version), CloudServicesMailEnabled off, an address
// space that misses the coexistence domain, contradicting routing
// settings, RouteAllMessagesViaOnPremises that differs from
// p.Options.Centralized, a connector type other than OnPremises, and
// servers that cannot carry hybrid mail (unknown, of an unknown version,
// Exchange 2007, a 2013 Mailbox-only receiving server, Edge servers mixed
// with internal ones), and servers listed twice. Settings that Exchange
// 2010 does not have (TlsCertificateName, CloudServicesMailEnabled) are
// not required of connectors on Exchange 2010 servers. It does not check
// the servers themselves; use roles.ValidateServers for that.
//
// A valid configuration gives no finding and costs a few small
// allocations (the coexistence domain); in an organization of 32 servers
// or more, indexing the servers' names adds a few more, of memory in
// proportion to the servers and the names listed. The time grows
// linearly with those too.
//
// ValidateConnectors is a standalone validator of an existing
// configuration, the connectors as Get-SendConnector, Get-ReceiveConnector,
// Get-InboundConnector and Get-OutboundConnector show them; hybrid.Plan
// does not use it (it checks what the Hybrid Configuration Wizard would
// create, from [HybridConnectors]). The coming audit runs it on imported
// objects.
func ValidateConnectors(s Set, p Params) exhybrid.Findings {
	var fs exhybrid.Findings
	x := newServerIndex(p.Servers)
	f := checkParams(&fs, "params", p, &x)
	checkSend(&fs, s.Send, p, &x, f)
	checkReceive(&fs, s.Receive, p, &x, f)
	checkInbound(&fs, object{base: "inbound"}, s.Inbound, p, f)
	checkOutbound(&fs, object{base: "outbound"}, s.Outbound, p, f)
	return fs
}

// coversCoexistence reports whether a valid address space of c covers the
// coexistence domain, to which cloud mailboxes are routed; false when the
// domain is not known.
func coversCoexistence(c *SendConnector, f facts) bool {
	return f.coexistence != "" && slices.ContainsFunc(c.AddressSpaces, func(as AddressSpace) bool {
		return as.Check() == nil && as.Covers(f.coexistence)
	})
}

func checkSend(fs *exhybrid.Findings, c SendConnector, p Params, x *serverIndex, f facts) {
	const base = "send"
	for i, as := range c.AddressSpaces {
		if err := as.Check(); err != nil {
			add(fs, atIndex(base, "addressSpaces", i), CodeAddressSpaceInvalid, "Write the address space as SMTP:domain;cost with a cost from 1 to 100",
				"address space %q: %v", as.String(), err)
		}
	}
	if f.coexistence != "" && !coversCoexistence(&c, f) {
		add(fs, at(base, "addressSpaces"), CodeAddressSpaceMissing, "Add the address space SMTP:"+f.coexistence+";1",
			"no address space covers the coexistence domain %s, to which cloud mailboxes are routed", f.coexistence)
	}

	sources := c.SourceTransportServers
	if len(sources) == 0 {
		add(fs, at(base, "sourceTransportServers"), CodeServersMissing, "Name the sending servers, or the Edge Transport servers, as source servers",
			"the Send connector has no source server")
	}
	entries := x.List(sources)
	for i, name := range sources {
		l := atIndex(base, "sourceTransportServers", i)
		if k := entries.DuplicateOf(i); k >= 0 {
			reportDuplicate(fs, l, "sourceTransportServers", name, sources[k], k)
			continue
		}
		u := useSend
		if j := x.Find(name); j >= 0 && x.servers[j].IsEdge() {
			u = useEdge
		}
		checkEndpointName(fs, l, x, name, u, f.org2007)
	}

	checkRouting(fs, object{base: base}, "dnsRoutingEnabled", c.DNSRoutingEnabled, c.SmartHosts)
	// TlsCertificateName and CloudServicesMailEnabled exist from Exchange
	// 2013 on (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector):
	// a connector whose source servers all run Exchange 2010 has neither.
	checkSendSettings(fs, object{base: base}, c, p, f, all2010(sources, x))
}

// checkSendSettings checks the settings of a Send connector to Exchange
// Online that do not depend on the deployment's server lists: TLS, the
// certificate name, the FQDN and CloudServicesMailEnabled. A legacy
// connector, whose source servers all run Exchange 2010, has neither
// TlsCertificateName nor CloudServicesMailEnabled.
func checkSendSettings(fs *exhybrid.Findings, o object, c SendConnector, p Params, f facts, legacy bool) {
	checkSendTLS(fs, o, c, f)
	if !legacy {
		checkCertName(fs, o.at("tlsCertificateName"), c.TLSCertificateName, p, f)
	}
	if c.FQDN != "" {
		if err := dnsname.CheckFQDN(c.FQDN); err != nil {
			add(fs, o.at("fqdn"), CodeNameInvalid, "Give the host name on the hybrid certificate", "FQDN %q: %v", c.FQDN, err)
		}
	}
	if !c.CloudServicesMailEnabled && !legacy {
		add(fs, o.at("cloudServicesMailEnabled"), CodeCloudServicesMailDisabled, "Set CloudServicesMailEnabled to $true",
			"the Send connector removes the cross-premises headers, so mail to Exchange Online is not treated as internal")
	}
}

// checkSendTLS checks RequireTLS, IgnoreSTARTTLS, TlsAuthLevel and
// TlsDomain of the Send connector
// (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector).
// A weak level or another TlsDomain is a warning, as in Microsoft's
// HealthChecker
// (https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md).
func checkSendTLS(fs *exhybrid.Findings, o object, c SendConnector, f facts) {
	if !c.RequireTLS {
		// The level and TlsDomain are judged only with TLS required (the
		// switch below), so the fix gives the three settings the connector
		// needs at once, when the others are missing too.
		fix := "Set RequireTLS to $true"
		if !c.TLSAuthLevel.IsValid() || c.TLSAuthLevel < f.level {
			fix += ", TlsAuthLevel to " + f.level.String()
			if f.level == TLSAuthDomainValidation && f.eopDomain != "" && !dnsname.Equal(c.TLSDomain, f.eopDomain) {
				fix += " and TlsDomain to " + f.eopDomain
			}
		}
		add(fs, o.at("requireTLS"), CodeTLSNotRequired, fix,
			"the Send connector to Exchange Online does not require TLS")
	}
	if c.IgnoreSTARTTLS {
		add(fs, o.at("ignoreSTARTTLS"), CodeTLSNotRequired, "Set IgnoreSTARTTLS to $false",
			"the Send connector ignores STARTTLS, so it cannot use TLS")
	}
	switch l := c.TLSAuthLevel; {
	case l != TLSAuthNone && (!c.RequireTLS || c.IgnoreSTARTTLS):
		add(fs, o.at("tlsAuthLevel"), CodeTLSAuthWithoutRequireTLS, "Set RequireTLS to $true and IgnoreSTARTTLS to $false",
			"TlsAuthLevel %s is set but TLS is not required", l)
	case !c.RequireTLS:
		// Reported above; a level cannot be set.
	case !l.IsValid() || l < f.level:
		add(fs, o.at("tlsAuthLevel"), CodeTLSAuthLevel, "Set TlsAuthLevel to "+f.level.String(),
			"TlsAuthLevel is %q; the hybrid Send connector needs %s or stronger", l.String(), f.level)
	case l == TLSAuthDomainValidation && f.eopDomain != "" && !dnsname.Equal(c.TLSDomain, f.eopDomain):
		add(fs, o.at("tlsDomain"), CodeSendTLSDomain, "Set TlsDomain to "+f.eopDomain,
			"TlsDomain is %q; with DomainValidation it must be %s, the name on Exchange Online Protection's certificates", c.TLSDomain, f.eopDomain)
	}
}

// checkRouting checks that a connector routes either by DNS or to smart
// hosts, not both and not neither, and that each smart host is a host name
// or an IP address (or range).
func checkRouting(fs *exhybrid.Findings, o object, dnsField string, dns bool, smartHosts []string) {
	switch {
	case dns && len(smartHosts) > 0:
		add(fs, o.at("smartHosts"), CodeRoutingInconsistent, "Remove the smart hosts, or turn DNS routing off",
			"the connector routes by DNS and also names %d smart hosts", len(smartHosts))
	case !dns && len(smartHosts) == 0:
		add(fs, o.at(dnsField), CodeRoutingInconsistent, "Name the smart hosts, or turn DNS routing on",
			"the connector neither routes by DNS nor names a smart host")
	}
	for i, h := range smartHosts {
		if !validHost(h) {
			add(fs, o.atIndex("smartHosts", i), CodeNameInvalid, "Give a host name or an IP address",
				"smart host %q is neither a host name nor an IP address", h)
		}
	}
}

// validHost accepts a fully qualified host name, an IP address or an IP
// prefix, the forms connector smart hosts take
// (https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector).
func validHost(h string) bool {
	if dnsname.CheckFQDN(h) == nil {
		return true
	}
	if _, err := netip.ParseAddr(h); err == nil {
		return true
	}
	_, err := netip.ParsePrefix(h)
	return err == nil
}

// checkCertName checks a connector's TlsCertificateName against the hybrid
// certificate.
func checkCertName(fs *exhybrid.Findings, l loc, name CertificateName, p Params, f facts) {
	switch err := name.Check(); {
	case name.IsZero():
		add(fs, l, CodeCertificateNameMissing, "Set TlsCertificateName to the hybrid certificate's \"<I>issuer<S>subject\"",
			"no TlsCertificateName; hybrid mail needs the connector to present the hybrid certificate")
	case err != nil:
		add(fs, l, CodeCertificateInvalid, "Write the name as \"<I>issuer<S>subject\" from Get-ExchangeCertificate",
			"TlsCertificateName: %v", err)
	case f.certOK && !name.Equal(p.Certificate.Name):
		add(fs, l, CodeCertificateMismatch, "Set TlsCertificateName to "+p.Certificate.Name.String(),
			"TlsCertificateName names subject %q issued by %q, not the hybrid certificate (subject %q, issuer %q)",
			name.Subject, name.Issuer, p.Certificate.Name.Subject, p.Certificate.Name.Issuer)
	}
}

// checkReceive checks the Receive connector settings, and that each
// receiving server (or Edge server) has them.
func checkReceive(fs *exhybrid.Findings, rcs []ReceiveConnector, p Params, x *serverIndex, f facts) {
	const base = "receive"
	want := p.ReceivingServers
	if f.edge {
		want = p.EdgeServers
	}
	covered := newCoverage(x, want)
	for i := range rcs {
		rc := &rcs[i]
		covered.add(rc.Server)
		j := x.Find(rc.Server)
		if j < 0 {
			add(fs, atElem(base, i, "server"), CodeServerUnknown, "Name a server of the organization, by name or FQDN",
				"Receive connector server %q is not one of the organization's %d servers", rc.Server, len(x.servers))
			continue
		}
		s := x.servers[j]
		u := useReceive
		if s.IsEdge() {
			u = useEdge
		}
		checkEndpoint(fs, atElem(base, i, "server"), s, u, f.org2007)
		checkCapabilities(fs, atElem(base, i, "tlsDomainCapabilities"), rc, s, f)
		if s.Product() != version.Exchange2010 {
			checkCertName(fs, atElem(base, i, "tlsCertificateName"), rc.TLSCertificateName, p, f)
		}
	}
	covered.missing(func(k int) {
		add(fs, at(base, ""), CodeReceiveMissing, "Apply the hybrid Receive connector settings on "+want[k],
			"no Receive connector settings for %s, which receives mail from Exchange Online", want[k])
	})
}

// coverage records which servers of a list (the receiving or Edge
// servers) have a connector, for the check that each one has. The entry
// of a server is the first that names it (or, for a name that names no
// server, the first equal to it ignoring case). One pass over the
// connectors replaces a pass per server; the usual few servers need no
// allocation.
type coverage struct {
	wanted servername.ListIndex
	n      int      // the entries
	few    [16]bool // covered entries, for n up to 16
	more   []bool   // covered entries, for more
}

func newCoverage(x *serverIndex, want []string) coverage {
	c := coverage{wanted: x.List(want), n: len(want)}
	if c.n > len(c.few) {
		c.more = make([]bool, c.n)
	}
	return c
}

func (c *coverage) covered() []bool {
	if c.more != nil {
		return c.more
	}
	return c.few[:c.n]
}

// add records a connector on the server.
func (c *coverage) add(server string) {
	if k := c.wanted.Position(server); k >= 0 {
		c.covered()[k] = true
	}
}

// has reports whether entry k, the first of its server, has a connector.
func (c *coverage) has(k int) bool { return c.covered()[k] }

// missing calls report with the position of each entry, each server's
// first, that no connector is on.
func (c *coverage) missing(report func(k int)) {
	for k, ok := range c.covered() {
		if !ok && c.wanted.DuplicateOf(k) < 0 {
			report(k)
		}
	}
}

// checkCapabilities checks that the connector offers Exchange Online
// Protection's TLS domain the hybrid capability of the server's version:
// AcceptCloudServicesMail from Exchange 2013 on, AcceptOorgProtocol on
// Exchange 2010 (https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector).
// AcceptOorgProtocol is also accepted on 2013 and later, where some Edge
// Transport instructions set it. When the domain is unconfirmed for the
// cloud, a hybrid capability given to another domain is only a warning.
func checkCapabilities(fs *exhybrid.Findings, l loc, rc *ReceiveConnector, s roles.Server, f facts) {
	if f.eopDomain == "" {
		return // the domain is unknown; reported with the options
	}
	is2010 := s.Product() == version.Exchange2010
	hybrid := func(c Capabilities) bool {
		return c.Has(CapabilityAcceptOorgProtocol) || c.Has(CapabilityAcceptCloudServicesMail) && !is2010
	}
	var wrongVersion bool
	other := ""
	for _, e := range rc.TLSDomainCapabilities {
		switch {
		case !dnsname.Equal(e.Domain, f.eopDomain):
			if other == "" && hybrid(e.Capabilities) {
				other = e.Domain
			}
		case hybrid(e.Capabilities):
			return
		case e.Capabilities.Has(CapabilityAcceptCloudServicesMail):
			wrongVersion = true
		}
	}
	want := CapabilityAcceptCloudServicesMail
	if is2010 {
		want = CapabilityAcceptOorgProtocol
	}
	switch {
	case wrongVersion:
		add(fs, l, CodeReceiveCapabilityVersion, "Use "+f.eopDomain+":AcceptOorgProtocol on Exchange 2010",
			"%s runs Exchange 2010, which does not know AcceptCloudServicesMail", s.Label())
	case other != "" && !f.eopConfirmed:
		add(fs, l, CodeReceiveCapabilityDomain, "Check which TLS domain Exchange Online Protection presents in your cloud, and set Options.TLSDomain to it",
			"the Receive connector on %s gives %s the hybrid capability, not %s, which is unconfirmed for this cloud", s.Label(), other, f.eopDomain)
	default:
		add(fs, l, CodeReceiveCapabilityMissing, "Add "+f.eopDomain+":"+want.String()+" to TlsDomainCapabilities",
			"the Receive connector on %s does not give %s the %s capability, so mail from Exchange Online is not accepted as hybrid mail", s.Label(), f.eopDomain, want)
	}
}

func checkInbound(fs *exhybrid.Findings, o object, c InboundConnector, p Params, f facts) {
	if c.ConnectorType != ConnectorOnPremises {
		add(fs, o.at("connectorType"), CodeConnectorType, "Set ConnectorType to OnPremises",
			"ConnectorType is %q; hybrid connectors are OnPremises connectors", c.ConnectorType.String())
	}
	if !c.RequireTLS {
		add(fs, o.at("requireTLS"), CodeInboundTLSNotRequired, "Set RequireTls to $true",
			"the Inbound connector from on-premises does not require TLS")
	}
	switch err := dnsname.CheckPattern(c.TLSSenderCertificateName); {
	case c.TLSSenderCertificateName == "":
		add(fs, o.at("tlsSenderCertificateName"), CodeInboundCertificateName, "Set TlsSenderCertificateName to the hybrid certificate's name",
			"no TlsSenderCertificateName; Exchange Online cannot recognize the on-premises sender")
	case err != nil:
		add(fs, o.at("tlsSenderCertificateName"), CodeNameInvalid, "Give a domain such as mail.contoso.com or *.contoso.com",
			"TlsSenderCertificateName %q: %v", c.TLSSenderCertificateName, err)
	case f.namesKnown() && !p.Certificate.covers(c.TLSSenderCertificateName):
		add(fs, o.at("tlsSenderCertificateName"), CodeInboundCertificateName, "Set TlsSenderCertificateName to "+f.host,
			"TlsSenderCertificateName %s is not a name of the hybrid certificate %s", c.TLSSenderCertificateName, p.Certificate.Name.Subject)
	}
	if !c.CloudServicesMailEnabled {
		add(fs, o.at("cloudServicesMailEnabled"), CodeCloudServicesMailDisabled, "Set CloudServicesMailEnabled to $true",
			"the Inbound connector drops the cross-premises headers, so mail from on-premises is not treated as internal")
	}
}

func checkOutbound(fs *exhybrid.Findings, o object, c OutboundConnector, p Params, f facts) {
	if c.ConnectorType != ConnectorOnPremises {
		add(fs, o.at("connectorType"), CodeConnectorType, "Set ConnectorType to OnPremises",
			"ConnectorType is %q; hybrid connectors are OnPremises connectors", c.ConnectorType.String())
		if c.RouteAllMessagesViaOnPremises {
			add(fs, o.at("routeAllMessagesViaOnPremises"), CodeRouteAllNotOnPremises, "Set ConnectorType to OnPremises",
				"RouteAllMessagesViaOnPremises requires ConnectorType OnPremises")
		}
	}
	if !f.centralizedUnknown && c.RouteAllMessagesViaOnPremises != p.Options.Centralized {
		add(fs, o.at("routeAllMessagesViaOnPremises"), CodeCentralizedMismatch, "Make RouteAllMessagesViaOnPremises match the centralized mail transport choice",
			"RouteAllMessagesViaOnPremises is %t but centralized mail transport is %s", c.RouteAllMessagesViaOnPremises, onOff(p.Options.Centralized))
	}

	checkRouting(fs, o, "useMXRecord", c.UseMXRecord, c.SmartHosts)
	if c.UseMXRecord {
		add(fs, o.at("useMXRecord"), CodeOutboundSmartHost, "Set UseMXRecord to $false and SmartHosts to "+p.OnPremisesSmartHost,
			"the Outbound connector routes by MX instead of delivering to OnPremisesSmartHost")
	} else if len(c.SmartHosts) > 0 && p.OnPremisesSmartHost != "" && !containsName(c.SmartHosts, p.OnPremisesSmartHost) {
		add(fs, o.at("smartHosts"), CodeOutboundSmartHost, "Set SmartHosts to "+p.OnPremisesSmartHost,
			"the Outbound connector's smart hosts do not include OnPremisesSmartHost %s", p.OnPremisesSmartHost)
	}

	switch l := c.TLSSettings; {
	case !l.IsValid() || l < f.level:
		add(fs, o.at("tlsSettings"), CodeTLSAuthLevel, "Set TlsSettings to "+f.level.String(),
			"TlsSettings is %q; the hybrid Outbound connector needs %s or stronger", l.String(), f.level)
	case l == TLSAuthDomainValidation:
		switch err := dnsname.CheckPattern(c.TLSDomain); {
		case c.TLSDomain == "":
			add(fs, o.at("tlsDomain"), CodeOutboundTLSDomain, "Set TlsDomain to the hybrid certificate's name",
				"DomainValidation without a TlsDomain")
		case err != nil:
			add(fs, o.at("tlsDomain"), CodeNameInvalid, "Give a domain such as mail.contoso.com or *.contoso.com", "TlsDomain %q: %v", c.TLSDomain, err)
		case f.namesKnown() && !p.Certificate.covers(c.TLSDomain):
			add(fs, o.at("tlsDomain"), CodeOutboundTLSDomain, "Set TlsDomain to a name on the hybrid certificate",
				"TlsDomain %s is not a name of the certificate %s that the receiving servers present", c.TLSDomain, p.Certificate.Name.Subject)
		}
	}

	for i, d := range c.RecipientDomains {
		if dnsname.CheckPattern(d) != nil {
			add(fs, o.atIndex("recipientDomains", i), CodeNameInvalid, "Give a domain such as contoso.com or *.contoso.com",
				"recipient domain %q is not a domain", d)
		}
	}
	for _, d := range p.Domains {
		if !domainCovered(c.RecipientDomains, d) {
			add(fs, o.at("recipientDomains"), CodeOutboundRecipientDomains, "Add "+d+" to RecipientDomains",
				"hybrid domain %s is not among the Outbound connector's recipient domains", d)
		}
	}
	if !c.CloudServicesMailEnabled {
		add(fs, o.at("cloudServicesMailEnabled"), CodeCloudServicesMailDisabled, "Set CloudServicesMailEnabled to $true",
			"the Outbound connector removes the cross-premises headers, so mail to on-premises is not treated as internal")
	}
}

// domainCovered reports whether a recipient domain list covers d: equal, or
// a "*.parent" entry for a subdomain
// (https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector).
func domainCovered(list []string, d string) bool {
	for _, r := range list {
		if dnsname.Equal(r, d) {
			return true
		}
		if rest, ok := strings.CutPrefix(r, "*."); ok && hasDomainSuffix(d, rest) {
			return true
		}
	}
	return false
}

func containsName(list []string, name string) bool {
	for _, h := range list {
		if dnsname.Equal(h, name) {
			return true
		}
	}
	return false
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}
