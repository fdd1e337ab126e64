package transport

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// AuditParams is what [AuditConnectors] knows of an organization besides
// its existing connectors. Every field may be left zero when the exports
// do not tell it; the rules that need it are then skipped, never guessed.
type AuditParams struct {
	// Tenant is the tenant's initial domain, whose coexistence domain
	// (contoso.mail.onmicrosoft.com) a Send connector to Exchange Online
	// must cover.
	Tenant exhybrid.Tenant
	// Cloud decides Exchange Online Protection's TLS domain
	// ([EOPTLSDomain]) that a DomainValidation Send connector and the
	// Receive connectors name.
	Cloud exhybrid.Cloud
	// Servers are the organization's servers, by which the Receive
	// connectors' servers and the Send connectors' source servers are
	// resolved: settings that Exchange 2010 lacks are not asked of it.
	Servers []roles.Server
	// Certificates are the issuer and subject of every certificate
	// exported from the organization's servers (Get-ExchangeCertificate),
	// or nil when none was: a certificate name that matches none of them
	// is reported only when some were exported.
	Certificates []CertificateName
	// ServerCertificates are, by server name without regard to case, the
	// issuer and subject of the certificates exported from that server
	// (the collection script's GetExchangeCertificate_SERVER.xml), for the
	// servers the exports say this of. A Receive connector's
	// TlsCertificateName must name one of its server's certificates, and
	// a Send connector's one of each of its source servers': Exchange
	// presents a certificate installed on the server that runs the
	// connector, and HealthChecker checks that "the certificate which is
	// configured in TlsCertificateName exists on the server"
	// (https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/CloudConnectorCheck.md).
	// A server not in the map is judged against Certificates alone.
	ServerCertificates map[string][]CertificateName
	// HybridCertificate is the HybridConfiguration object's
	// TlsCertificateName, which every connector to or from Exchange
	// Online must name. Zero when not exported.
	HybridCertificate CertificateName
	// SendingServers, ReceivingServers and EdgeServers are the
	// HybridConfiguration's SendingTransportServers,
	// ReceivingTransportServers and EdgeTransportServers. When one is
	// given, the lists are checked as [ValidateConnectors] checks
	// Params': each server exists and can carry hybrid mail that way, and
	// Edge Transport servers exclude the others.
	SendingServers, ReceivingServers, EdgeServers []string
	// Checked says the caller has validated the organization's servers
	// (their builds, Edge Subscriptions, which ones exist), as
	// hybrid.Audit does with hybrid.Validate: the findings of Input rules
	// on the server lists are then left out, as with Params.Checked.
	Checked bool
	// HybridConfigurationPath is the HybridConfiguration object's path,
	// under which the findings on it name its properties as
	// Get-HybridConfiguration does ("TlsCertificateName").
	HybridConfigurationPath exhybrid.Path
	// HybridCertificateDNSNames are the DNS names of the exported
	// certificate HybridCertificate names, which the Exchange Online
	// connectors' TlsSenderCertificateName and TlsDomain must be among.
	// Nil when the certificate was not exported: those names are then not
	// judged, since the subject alone is not all the names it may hold.
	HybridCertificateDNSNames []string
	// HybridDomains, OnPremisesSmartHost and Centralized are the
	// HybridConfiguration's Domains, OnPremisesSmartHost and whether its
	// Features include CentralizedTransport, which the Exchange Online
	// Outbound connector must follow; nil Centralized when not known
	// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration).
	HybridDomains       []string
	OnPremisesSmartHost string // the FQDN Exchange Online delivers to; "" when not set or not known
	Centralized         *bool  // true with CentralizedTransport; nil when the features are not known
	// HybridInbound and HybridOutbound name the Exchange Online
	// connectors of the hybrid, as its OnPremisesOrganization does. When
	// "" every connector of type OnPremises is taken for the hybrid's.
	HybridInbound, HybridOutbound string
	// SendPath, ReceivePath, InboundPath and OutboundPath return the path
	// of the i-th connector of each list of [Existing], under which the
	// findings on it name the connector's properties as the cmdlet does
	// ("TlsAuthLevel"). They are called only for connectors that carry
	// hybrid mail. Nil gives "send[i]", "receive[i]", "inbound[i]" and
	// "outbound[i]".
	SendPath, ReceivePath, InboundPath, OutboundPath func(i int) exhybrid.Path
	// SendDisabled, InboundDisabled and OutboundDisabled report whether the
	// i-th connector of each list of [Existing] is disabled (its Enabled
	// property false), which the connector types of this package do not
	// record. Nil takes every connector for enabled, Exchange's default.
	SendDisabled, InboundDisabled, OutboundDisabled func(i int) bool
	// ReceiveDisabled reports whether Existing.Receive[i] is disabled: it
	// accepts no mail, so it does not count as the receiving server's
	// connector from Exchange Online. Nil means every one is enabled.
	ReceiveDisabled func(i int) bool
}

// disabled reports whether f says the i-th connector is disabled.
func disabled(f func(int) bool, i int) bool { return f != nil && f(i) }

// Existing is an organization's existing connectors, as Get-SendConnector
// and Get-ReceiveConnector on premises and Get-InboundConnector and
// Get-OutboundConnector in Exchange Online show them.
type Existing struct {
	Send     []SendConnector     // Get-SendConnector, on premises
	Receive  []ReceiveConnector  // Get-ReceiveConnector, of every server exported
	Inbound  []InboundConnector  // Get-InboundConnector, in Exchange Online
	Outbound []OutboundConnector // Get-OutboundConnector, in Exchange Online
}

// exoSmartHost matches a smart host of Exchange Online Protection: the MX
// host of a domain in the worldwide cloud, 21Vianet or the US government
// clouds, as Microsoft's HealthChecker recognises a Send connector to
// Exchange Online
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerFrequentConfigurationIssues.ps1).
var exoSmartHost = regexp.MustCompile(`(?i)^[^.]+\.mail\.protection\.(outlook\.com|partner\.outlook\.cn|office365\.us)$`)

// exoRoutingDomain matches a tenant's coexistence domain, the hybrid
// routing domain of cloud mailboxes
// (https://learn.microsoft.com/exchange/transport-routing), in the same
// clouds: the address space of the Send connector the Hybrid Configuration
// Wizard creates, which routes by DNS. HealthChecker means to recognise it
// too (Invoke-AnalyzerFrequentConfigurationIssues.ps1), but its test
// `SmartHosts -eq 0` filters the list for the element 0 instead of testing
// its size, so a DNS-routed connector is never recognised there.
var exoRoutingDomain = regexp.MustCompile(`(?i)^[^.]+\.mail\.(onmicrosoft\.com|partner\.onmschina\.cn|onmicrosoft\.us)$`)

// ToExchangeOnline reports whether c sends to Exchange Online: one of its
// smart hosts is an Exchange Online Protection host
// (contoso-com.mail.protection.outlook.com), or it has no smart host and
// an SMTP address space is a tenant's coexistence domain
// (contoso.mail.onmicrosoft.com), which it reaches by DNS.
func (c SendConnector) ToExchangeOnline() bool {
	for _, h := range c.SmartHosts {
		if exoSmartHost.MatchString(h) {
			return true
		}
	}
	if len(c.SmartHosts) > 0 {
		return false
	}
	for _, a := range c.AddressSpaces {
		if a.IsSMTP() && exoRoutingDomain.MatchString(a.Address) {
			return true
		}
	}
	return false
}

// FromExchangeOnline reports whether c accepts mail from Exchange Online
// as hybrid mail: it has TlsDomainCapabilities, whatever capability they
// name, which is how Microsoft's HealthChecker tells a "cloud enabled"
// Receive connector
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Get-ExchangeConnectorCustomObject.ps1).
// Unlike HealthChecker, which tests such connectors only when their
// TransportRole is FrontendTransport
// (https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/CloudConnectorCheck.md),
// it ignores the role: Exchange 2010 has no Front End Transport service,
// and its Receive connectors, which receive a 2010 hybrid's mail, are
// HubTransport ones; a HubTransport connector of a later version that has
// the capability is judged too, since its settings are then wrong or
// unused, either of which an administrator must know.
func (c ReceiveConnector) FromExchangeOnline() bool { return len(c.TLSDomainCapabilities) > 0 }

// AuditConnectors checks the existing connectors of an organization and
// returns every finding. It checks the Send connectors to Exchange Online
// ([SendConnector.ToExchangeOnline]), the Receive connectors that accept
// mail from it ([ReceiveConnector.FromExchangeOnline]) and the Exchange
// Online connectors of the hybrid (p.HybridInbound and p.HybridOutbound,
// or those of type OnPremises); the others carry no hybrid mail and are
// left alone.
//
// The settings are checked by the same rules as [ValidateConnectors]
// (TLS required, TlsAuthLevel CertificateValidation or DomainValidation,
// TlsDomain with DomainValidation, TlsCertificateName present and equal
// to p.HybridCertificate, a valid Fqdn, CloudServicesMailEnabled, the
// hybrid capability for Exchange Online Protection's TLS domain; on the
// Exchange Online side the connector type, TLS, the certificate name
// and TLS domain against the hybrid certificate's names, the smart host
// and recipient domains against the HybridConfiguration). The
// audit adds what only an export can tell: a TlsCertificateName that
// names none of p.Certificates, compared by issuer and subject without
// regard to case as Exchange and HealthChecker compare them
// ([CodeCertificateNotFound], for p.HybridCertificate too), and Send
// connectors to Exchange Online none of which covers the coexistence
// domain ([CodeAddressSpaceMissing], on the first of them), and a
// receiving (or Edge) server of the HybridConfiguration none of whose
// exported Receive connectors accepts mail from Exchange Online
// ([CodeReceiveMissing], once per server, on its entry of the list). With the
// HybridConfiguration's server lists it checks them as ValidateConnectors
// checks Params'.
//
// Unlike ValidateConnectors, it accepts either TLS level: the wizard sets
// DomainValidation, Microsoft's page on connectors through Microsoft 365
// CertificateValidation, and HealthChecker accepts both. A TlsCertificateName
// that Exchange would not parse never reaches it: the import reports it.
//
// The time is linear in the connectors, servers and certificates.
func AuditConnectors(c Existing, p AuditParams) exhybrid.Findings {
	var fs exhybrid.Findings
	a := newAuditor(p)
	hc := object{base: p.HybridConfigurationPath, exported: true}
	a.certificateFound(&fs, hc.at("tlsCertificateName"), p.HybridCertificate, "the HybridConfiguration", nil)
	if len(p.SendingServers)+len(p.ReceivingServers)+len(p.EdgeServers) > 0 {
		lists := Params{SendingServers: p.SendingServers, ReceivingServers: p.ReceivingServers, EdgeServers: p.EdgeServers}
		var ls exhybrid.Findings
		checkServerLists(&ls, hc, lists, &a.x, has2007(p.Servers))
		if p.Checked {
			ls = rules.WithoutInputs(ls)
		}
		fs = append(fs, ls...)
	}
	a.sendConnectors(&fs, c.Send)
	a.receiveConnectors(&fs, c.Receive, hc)
	a.onlineConnectors(&fs, c)
	return fs
}

// sendConnectors audits the Send connectors to Exchange Online, and that
// an enabled one covers the coexistence domain.
func (a *auditor) sendConnectors(fs *exhybrid.Findings, send []SendConnector) {
	p := a.p
	first, covered := -1, false
	for i := range send {
		c := &send[i]
		if !c.ToExchangeOnline() {
			continue
		}
		if first < 0 {
			first = i
		}
		o := objectOf(p.SendPath, "send", i)
		if disabled(p.SendDisabled, i) {
			addDisabled(fs, o, "Send", "Set-SendConnector", c.Name)
		} else {
			covered = covered || coversCoexistence(c, a.f)
		}
		a.send(fs, o, c)
	}
	if first >= 0 && a.f.coexistence != "" && !covered {
		o := objectOf(p.SendPath, "send", first)
		add(fs, o.at("addressSpaces"), CodeAddressSpaceMissing, "Add the address space SMTP:"+a.f.coexistence+";1 to a Send connector to Exchange Online",
			"no Send connector to Exchange Online covers the coexistence domain %s, to which cloud mailboxes are routed", a.f.coexistence)
	}
}

// receiveConnectors audits the Receive connectors that accept mail from
// Exchange Online, and that each receiving server has one.
//
// The receiving servers (the Edge Transport servers when there are some)
// must each have a Receive connector that accepts mail from Exchange
// Online, as ValidateConnectors asks of a plan. Every Exchange server has
// default Receive connectors
// (https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors),
// so a server none of whose connectors was exported was not exported, and
// is left alone rather than reported: the collection script exports them
// server by server, and an Edge server's live in its own AD LDS, which
// the organization's Get-ReceiveConnector does not read.
func (a *auditor) receiveConnectors(fs *exhybrid.Findings, receive []ReceiveConnector, hc object) {
	p := a.p
	want, field := p.ReceivingServers, "receivingServers"
	if len(p.EdgeServers) > 0 {
		want, field = p.EdgeServers, "edgeServers"
	}
	exported, accepting := newCoverage(&a.x, want), newCoverage(&a.x, want)
	for i := range receive {
		c := &receive[i]
		exported.add(c.Server)
		if !c.FromExchangeOnline() {
			continue
		}
		o := objectOf(p.ReceivePath, "receive", i)
		if disabled(p.ReceiveDisabled, i) {
			addDisabled(fs, o, "Receive", "Set-ReceiveConnector", c.Server+`\`+c.Name)
		} else {
			accepting.add(c.Server)
		}
		a.receive(fs, o, c)
	}
	accepting.missing(func(k int) {
		if exported.has(k) {
			add(fs, hc.atIndex(field, k), CodeReceiveMissing, "Run the Hybrid Configuration Wizard again, or add "+a.f.eopDomain+":AcceptCloudServicesMail to the TlsDomainCapabilities of "+want[k]+"'s Default Frontend connector",
				"none of the Receive connectors exported from %s accepts mail from Exchange Online (TlsDomainCapabilities), and the HybridConfiguration names it to receive it", want[k])
		}
	})
}

// onlineConnectors audits Exchange Online's hybrid Inbound and Outbound
// connectors.
func (a *auditor) onlineConnectors(fs *exhybrid.Findings, c Existing) {
	p := a.p
	for i, in := range c.Inbound {
		if hybridConnector(in.Name, in.ConnectorType, p.HybridInbound) {
			o := objectOf(p.InboundPath, "inbound", i)
			if disabled(p.InboundDisabled, i) {
				addDisabled(fs, o, "Inbound", "Set-InboundConnector", in.Name)
			}
			checkInbound(fs, o, in, a.params(), a.f)
		}
	}
	for i, out := range c.Outbound {
		if hybridConnector(out.Name, out.ConnectorType, p.HybridOutbound) {
			o := objectOf(p.OutboundPath, "outbound", i)
			if disabled(p.OutboundDisabled, i) {
				addDisabled(fs, o, "Outbound", "Set-OutboundConnector", out.Name)
			}
			checkOutbound(fs, o, out, a.params(), a.f)
		}
	}
}

// addDisabled warns of the disabled connector of the hybrid. Its settings
// are still checked: enabling it again puts them to use.
func addDisabled(fs *exhybrid.Findings, o object, kind, cmdlet, name string) {
	add(fs, o.at("enabled"), CodeConnectorDisabled, "Run "+cmdlet+" -Identity \""+name+"\" -Enabled $true, or remove the connector if another one carries the hybrid's mail",
		"the %s connector %q of the hybrid is disabled and carries no mail", kind, name)
}

// hybridConnector reports whether the Exchange Online connector name of
// type t is the hybrid's: the one the OnPremisesOrganization names, or
// when it names none, one of type OnPremises, which only connectors to an
// organization's own servers have
// (https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector).
func hybridConnector(name string, t ConnectorType, named string) bool {
	if named != "" {
		return strings.EqualFold(name, named)
	}
	return t == ConnectorOnPremises
}

// objectOf is the i-th object of a list: exported, at path(i), or when
// path is nil at list[i] of the caller's input.
func objectOf(path func(int) exhybrid.Path, list exhybrid.Path, i int) object {
	if path == nil {
		return object{base: list.Index(i)}
	}
	return object{base: path(i), exported: true}
}

// auditor holds what the audit's rules share: the facts the connector
// rules read, the servers by name and the exported certificates by name.
type auditor struct {
	p     AuditParams
	f     facts
	x     serverIndex
	certs map[string]bool // by CertificateName.Key; nil when no certificate was exported
	// serverCerts are ServerCertificates by lower-case server name, each
	// by CertificateName.Key.
	serverCerts map[string]map[string]bool
}

func newAuditor(p AuditParams) *auditor {
	a := &auditor{p: p, x: newServerIndex(p.Servers)}
	a.f.level = TLSAuthCertificateValidation
	if p.Tenant.Check() == nil {
		a.f.coexistence = p.Tenant.CoexistenceDomain()
	}
	a.f.eopDomain, a.f.eopConfirmed = eopTLSDomain(p.Cloud)
	cert := TLSCertificate{Name: p.HybridCertificate, DNSNames: p.HybridCertificateDNSNames}
	if !p.HybridCertificate.IsZero() && p.HybridCertificate.Check() == nil {
		a.f.host, a.f.certOK = cert.host()
		// Without the exported certificate only its subject is known: the
		// names on the Exchange Online connectors are compared with its
		// DNS names only when these are known.
		a.f.namesUnknown = len(p.HybridCertificateDNSNames) == 0
	}
	a.f.centralizedUnknown = p.Centralized == nil
	if len(p.ServerCertificates) > 0 {
		a.serverCerts = make(map[string]map[string]bool, len(p.ServerCertificates))
		for server, names := range p.ServerCertificates {
			keys := a.serverCerts[strings.ToLower(server)]
			if keys == nil {
				keys = make(map[string]bool, len(names))
				a.serverCerts[strings.ToLower(server)] = keys
			}
			for _, n := range names {
				keys[n.Key()] = true
			}
		}
	}
	if p.Certificates != nil {
		a.certs = make(map[string]bool, len(p.Certificates))
		for _, c := range p.Certificates {
			a.certs[c.Key()] = true
		}
		if !p.HybridCertificate.IsZero() && !a.certs[p.HybridCertificate.Key()] {
			// The HybridConfiguration's certificate is not on the servers
			// ([CodeCertificateNotFound] on it): a connector naming another
			// one is not told to name a certificate that does not exist.
			a.f.certOK = false
		}
	}
	return a
}

// params is the Params the shared connector rules read: what the
// HybridConfiguration says, when it was exported.
func (a *auditor) params() Params {
	p := Params{
		Certificate:         TLSCertificate{Name: a.p.HybridCertificate, DNSNames: a.p.HybridCertificateDNSNames},
		Domains:             a.p.HybridDomains,
		OnPremisesSmartHost: a.p.OnPremisesSmartHost,
	}
	if a.p.Centralized != nil {
		p.Options.Centralized = *a.p.Centralized
	}
	return p
}

func (a *auditor) send(fs *exhybrid.Findings, o object, c *SendConnector) {
	legacy := all2010(c.SourceTransportServers, &a.x)
	checkSendSettings(fs, o, *c, a.params(), a.f, legacy)
	if !legacy {
		a.certificateFound(fs, o.at("tlsCertificateName"), c.TLSCertificateName, "the Send connector", c.SourceTransportServers)
	}
}

func (a *auditor) receive(fs *exhybrid.Findings, o object, c *ReceiveConnector) {
	s := roles.Server{Name: c.Server}
	if j := a.x.Find(c.Server); j >= 0 {
		s = a.x.servers[j]
	}
	checkCapabilities(fs, o.at("tlsDomainCapabilities"), c, s, a.f)
	if s.Product() == version.Exchange2010 {
		return // no TlsCertificateName on Exchange 2010
	}
	checkCertName(fs, o.at("tlsCertificateName"), c.TLSCertificateName, a.params(), a.f)
	a.certificateFound(fs, o.at("tlsCertificateName"), c.TLSCertificateName, "the Receive connector", []string{c.Server})
}

// certificateFound reports a certificate name that names none of the
// exported certificates. HealthChecker calls it TlsCertificateNotFound
// (Get-ExchangeConnectorCustomObject.ps1): Exchange then has no
// certificate to present and falls back to another one, which Exchange
// Online does not accept as the hybrid one.
// With the certificates of the connector's servers known, a name that is
// not on one of them is reported the same way, naming those servers.
func (a *auditor) certificateFound(fs *exhybrid.Findings, l loc, name CertificateName, who string, servers []string) {
	if name.IsZero() {
		return
	}
	// A connector of servers none of which was exported (the server's
	// Get-ExchangeServer is missing) could not have had its certificates
	// exported either: whether they hold the one named is not known, and
	// the audit says so rather than pass over it.
	if len(servers) > 0 && !slices.ContainsFunc(servers, a.exported) {
		if a.certs != nil && a.certs[name.Key()] {
			return // an exported certificate has the name: nothing to say
		}
		add(fs, l, CodeCertificateNotChecked, "Export Get-ExchangeServer and Get-ExchangeCertificate from "+strings.Join(servers, ", "),
			"%s names the certificate with subject %q issued by %q; whether its servers (%s) hold it is not known: none of them was exported",
			who, name.Subject, name.Issuer, strings.Join(servers, ", "))
		return
	}
	if a.certs != nil && !a.certs[name.Key()] {
		add(fs, l, CodeCertificateNotFound, "Install the certificate on the servers, or name one of theirs as \"<I>issuer<S>subject\"",
			"%s names the certificate with subject %q issued by %q, which none of the %s exported has", who, name.Subject, name.Issuer, certificates(len(a.p.Certificates)))
		return
	}
	var without []string
	for _, s := range servers {
		if keys, known := a.serverCerts[strings.ToLower(s)]; known && !keys[name.Key()] {
			without = append(without, s)
		}
	}
	if len(without) > 0 {
		add(fs, l, CodeCertificateNotFound, "Install the certificate on "+strings.Join(without, ", ")+", or name one it holds",
			"%s names the certificate with subject %q issued by %q, which the certificates exported from %s do not include: Exchange presents a certificate installed on the server that runs the connector",
			who, name.Subject, name.Issuer, strings.Join(without, ", "))
	}
}

// exported reports whether server was exported: among the organization's
// servers, or holding certificates exported from it.
func (a *auditor) exported(server string) bool {
	_, certs := a.serverCerts[strings.ToLower(server)]
	return certs || a.x.Find(server) >= 0
}

// certificates says "1 certificate" or "12 certificates".
func certificates(n int) string {
	if n == 1 {
		return "1 certificate"
	}
	return strconv.Itoa(n) + " certificates"
}
