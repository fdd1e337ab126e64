package hybrid

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/fold"
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// FromInventory builds the organization that a set of exports describes:
// what the Hybrid Configuration Wizard last recorded as the hybrid's
// intent, with the servers, domains and certificate as they exist. The
// returned organization's Observed is inv itself, so that [Audit] and the
// plan's comparison read the objects the model does not hold.
//
// It takes only what the exports say:
//   - the name from Get-OrganizationConfig;
//   - the servers from Get-ExchangeServer, each at ExSetup's build when it
//     was exported and at AdminDisplayVersion's otherwise, their sites,
//     and Edge Transport servers in the perimeter network;
//   - the accepted domains, and the tenant: Exchange Online's
//     OrganizationConfig names it when Exchange Online was exported, else
//     its coexistence domain does ("contoso.mail.onmicrosoft.com" is the
//     tenant "contoso.onmicrosoft.com"), found among the accepted domains
//     or else the send connectors' address spaces;
//   - from Get-HybridConfiguration: the hybrid domains, the features, the
//     hybrid and Edge servers, the SMTP namespace (OnPremisesSmartHost),
//     21Vianet's cloud (ServiceInstance 1), and the certificate its
//     TlsCertificateName names, found among the exported certificates by
//     issuer and subject without regard to case; without it, the hybrid
//     domains of Exchange Online's OnPremisesOrganization;
//   - the dedicated hybrid app, configured when its setting override is
//     enabled and an AzureAD authorization server holds its ID.
//
// What the exports cannot tell is left absent, each with a
// hybrid/not-observed finding on the organization's JSON path that says
// what to fill in: the hybrid type (classic and modern hybrids record the
// same objects), the MX choice (a DNS fact), the cloud for ServiceInstance
// 0 (worldwide and the U.S. government clouds share it) unless a Send
// connector delivers to the worldwide cloud's Exchange Online Protection
// hosts (then Worldwide, and the note says so), the web namespaces, which
// sites face the Internet, Edge Subscriptions. A value
// the exports hold but this package cannot read, such as an unknown
// feature name, is an inventory/field-invalid finding on the export's path.
//
// A nil inv is read as an empty inventory.
func FromInventory(inv *inventory.Inventory) (Organization, exhybrid.Findings) {
	if inv == nil {
		inv = &inventory.Inventory{}
	}
	b := importer{inv: inv, org: Organization{Observed: inv}}
	b.name()
	b.servers()
	b.domains()
	b.tenant()
	switch {
	case len(inv.HybridConfigurations) > 0:
		b.hybridConfiguration(inv.HybridConfigurations[0])
	case len(inv.Online.OnPremisesOrganizations) == 1:
		b.org.HybridDomains = slices.Clone(inv.Online.OnPremisesOrganizations[0].HybridDomains)
		b.notObserved("features", "Export Get-HybridConfiguration on premises",
			"no HybridConfiguration was exported: the hybrid domains are Exchange Online's OnPremisesOrganization's; the features and servers are not known")
	default:
		b.notObserved("hybridDomains", "Export Get-HybridConfiguration, or list the hybrid domains and features",
			"no HybridConfiguration was exported: the hybrid domains, features and servers are not known")
	}
	b.namespaces()
	b.hybridApp()
	b.unobservable()
	b.fs.Sort()
	return b.org, b.fs
}

// importer builds an Organization from an Inventory.
type importer struct {
	inv *inventory.Inventory
	org Organization
	fs  exhybrid.Findings
}

func (b *importer) notObserved(path exhybrid.Path, fix, format string, args ...any) {
	b.fs.Add(rules, path, CodeNotObserved, fix, format, args...)
}

// adminDisplayBuild reports whether s's build is only AdminDisplayVersion's:
// no ExSetup version was joined to it. AdminDisplayVersion names the
// cumulative update; a security or hotfix update leaves it as it was, so
// HealthChecker reads ExSetup.exe's file version for the exact build
// (https://github.com/microsoft/CSS-Exchange/blob/main/Shared/Get-ExSetupFileVersionInfo.ps1).
func adminDisplayBuild(s inventory.Server) bool {
	return s.ExSetup == (version.Build{}) && s.AdminDisplayVersion.IsValid()
}

func (b *importer) name() {
	if len(b.inv.OrganizationConfigs) == 0 {
		b.notObserved("name", "Export Get-OrganizationConfig, or set name", "no OrganizationConfig was exported: the organization's name is not known")
		return
	}
	b.org.Name = b.inv.OrganizationConfigs[0].Name
}

// servers copies the servers and lists their sites. An Edge Transport
// server is in the perimeter network, where Microsoft deploys it
// (https://learn.microsoft.com/exchange/architecture/edge-transport-servers/edge-transport-servers).
func (b *importer) servers() {
	var sites []string
	for i, s := range b.inv.Servers {
		b.org.Servers = append(b.org.Servers, roles.Server{
			Name: s.Name, FQDN: s.FQDN, Site: s.Site, Build: s.Build(), Roles: s.Roles, Perimeter: s.Edge,
		})
		if adminDisplayBuild(s) {
			b.notObserved(serverPath(i).Child("build"), "Export ExSetup.exe's version on "+s.Name+" (ExSetup_"+s.Name+".xml, as the collection script does)",
				"%s's build is AdminDisplayVersion's, %v, which names its cumulative update but not the security or hotfix updates installed on it", s.Name, s.AdminDisplayVersion)
		}
		if s.Site != "" && !slices.ContainsFunc(sites, func(x string) bool { return strings.EqualFold(x, s.Site) }) {
			sites = append(sites, s.Site)
		}
	}
	slices.Sort(sites)
	for _, s := range sites {
		b.org.Sites = append(b.org.Sites, Site{Name: s})
	}
	if len(sites) > 0 {
		b.notObserved("sites", "Mark the site whose servers are published to the Internet",
			"the exports do not say which site faces the Internet")
	}
	// No server read because Get-ExchangeServer was not exported is a gap
	// of the exports; an export of it with no server is a fact, which
	// Validate judges.
	if len(b.inv.Servers) == 0 && !b.inv.Has(inventory.Cmdlet{Name: "Get-ExchangeServer"}) {
		b.notObserved("servers", "Export Get-ExchangeServer, or list the on-premises Exchange servers",
			"Get-ExchangeServer was not exported: the servers are not known")
	}
}

// domains copies the accepted domains, their types parsed; a type that
// does not parse was already reported by the inventory.
func (b *importer) domains() {
	for _, a := range b.inv.AcceptedDomains {
		t, _ := ParseDomainType(a.Type)
		b.org.AcceptedDomains = append(b.org.AcceptedDomains, AcceptedDomain{Domain: a.DomainName, Type: t})
	}
}

// coexistenceSuffix ends the tenant's coexistence domain, which the wizard
// adds as an accepted domain and routes to Exchange Online
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard).
const coexistenceSuffix = ".mail.onmicrosoft.com"

// tenant finds the tenant: the Name of Exchange Online's
// OrganizationConfig, which is the tenant's initial domain, when Exchange
// Online was exported; else from its coexistence domain, among the
// accepted domains or else the address spaces of the send connectors. Two
// different ones are not a choice this function makes.
func (b *importer) tenant() {
	for _, c := range b.inv.Online.OrganizationConfigs {
		if t := exhybrid.Tenant(strings.ToLower(c.Name)); t.Check() == nil {
			b.org.Tenant = t
			return
		}
	}
	var found []string
	note := func(domain string) {
		label, ok := fold.CutSuffix(domain, coexistenceSuffix)
		if ok && label != "" && !strings.ContainsAny(label, ".*") &&
			!slices.ContainsFunc(found, func(f string) bool { return strings.EqualFold(f, label) }) {
			found = append(found, strings.ToLower(label))
		}
	}
	for _, a := range b.inv.AcceptedDomains {
		note(a.DomainName)
	}
	if len(found) == 0 {
		for _, c := range b.inv.SendConnectors {
			for _, a := range c.AddressSpaces {
				if strings.EqualFold(a.Type, "SMTP") {
					note(a.Address)
				}
			}
		}
	}
	switch len(found) {
	case 0:
		b.notObserved("tenant", "Set tenant to the initial domain, such as contoso.onmicrosoft.com",
			"no coexistence domain (*%s) is among the accepted domains or send connectors: the tenant is not known", coexistenceSuffix)
	case 1:
		b.org.Tenant = exhybrid.Tenant(found[0] + ".onmicrosoft.com")
	default:
		slices.Sort(found)
		b.notObserved("tenant", "Set tenant to the initial domain of the tenant this hybrid is with",
			"the exports name the coexistence domains of %d tenants (%s); the tenant is not chosen", len(found), strings.Join(found, ", "))
	}
}

// hybridConfiguration takes the wizard's recorded intent.
func (b *importer) hybridConfiguration(h inventory.HybridConfiguration) {
	for _, d := range h.Domains {
		b.org.HybridDomains = append(b.org.HybridDomains, d.Domain)
	}
	for i, name := range h.Features {
		f, err := ParseFeature(name)
		if err != nil {
			b.fs.Add(inventory.Rules(), h.From.Path(fmt.Sprintf("Features[%d]", i)), inventory.CodeFieldInvalid, "", "%v", err)
			continue
		}
		b.org.Features = b.org.Features.With(f)
	}
	b.org.HybridServers = recordedServers(h)
	b.org.EdgeServers = slices.Clone(h.EdgeTransportServers)
	b.org.Namespaces.SMTP = h.OnPremisesSmartHost
	if h.ServiceInstance == 1 {
		b.org.Cloud = exhybrid.Cloud21Vianet
	}
	b.certificate(h)
}

// cloudFromSmartHosts tells the cloud that ServiceInstance 0 leaves open
// (worldwide or a U.S. government cloud) from where the Send connectors
// deliver: a smart host under the worldwide cloud's Exchange Online
// Protection domain (transport.EOPTLSDomain, which GCC shares) is a tenant
// of that cloud. GCC High and DoD share one domain, so theirs names no
// single cloud. It returns the connector that says so and the domain, or ""
// for both.
func (b *importer) cloudFromSmartHosts() (connector, domain string) {
	domain, _ = transport.EOPTLSDomain(exhybrid.CloudWorldwide)
	for _, c := range b.inv.SendConnectors {
		for _, h := range c.SmartHosts {
			if fold.HasSuffix(strings.TrimSuffix(h, "."), "."+domain) {
				return c.Name, domain
			}
		}
	}
	return "", ""
}

// recordedServers returns the hybrid servers h records, each once (names
// compared as servername.Equal does): its Sending and Receiving transport
// servers and, for Exchange 2010, its Client Access servers.
func recordedServers(h inventory.HybridConfiguration) []string {
	var out []string
	for _, list := range [][]string{h.SendingTransportServers, h.ReceivingTransportServers, h.ClientAccessServers} {
		for _, s := range list {
			if !slices.ContainsFunc(out, func(x string) bool { return servername.Equal(x, s) }) {
				out = append(out, s)
			}
		}
	}
	return out
}

// recordsFeature reports whether h's Features name f, in any spelling
// ParseFeature accepts.
func recordsFeature(h inventory.HybridConfiguration, f Feature) bool {
	return slices.ContainsFunc(h.Features, func(name string) bool {
		g, err := ParseFeature(name)
		return err == nil && g == f
	})
}

// certificate takes the certificate HybridConfiguration names, the newest
// when several were exported under one name (a renewal installed beside
// the old one).
func (b *importer) certificate(h inventory.HybridConfiguration) {
	if h.TLSCertificateName == (transport.CertificateName{}) {
		return
	}
	var best *inventory.Certificate
	for i := range b.inv.Certificates {
		c := &b.inv.Certificates[i]
		if strings.EqualFold(c.Subject, h.TLSCertificateName.Subject) && strings.EqualFold(c.Issuer, h.TLSCertificateName.Issuer) &&
			(best == nil || c.NotAfter.After(best.NotAfter)) {
			best = c
		}
	}
	if best == nil {
		b.org.Certificate = Certificate{Subject: h.TLSCertificateName.Subject, Issuer: h.TLSCertificateName.Issuer}
		b.notObserved("certificate", "Export Get-ExchangeCertificate from the hybrid servers",
			"HybridConfiguration names the certificate %s, which is not among the exported certificates: its names and expiry are not known", h.TLSCertificateName)
		return
	}
	b.org.Certificate = Certificate{
		Subject:    best.Subject,
		Issuer:     best.Issuer,
		Names:      slices.Clone(best.DNSNames),
		SelfSigned: best.Subject == best.Issuer,
		NotAfter:   version.LastValidDay(best.NotAfter),
	}
}

// namespaces takes the EWS and Outlook on the web namespaces from the
// ExternalUrl of the virtual directories, the host Exchange Online and
// clients reach (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites).
// Directories that name different hosts are not a choice made here.
func (b *importer) namespaces() {
	var ews, owa []string
	for _, d := range b.inv.WebServicesVirtualDirectories {
		ews = appendHost(ews, d.ExternalURL)
	}
	for _, d := range b.inv.OwaVirtualDirectories {
		owa = appendHost(owa, d.ExternalURL)
	}
	b.org.Namespaces.EWS = b.oneHost("namespaces.ews", "EWS", ews, len(b.inv.WebServicesVirtualDirectories))
	b.org.Namespaces.OWA = b.oneHost("namespaces.owa", "Outlook on the web", owa, len(b.inv.OwaVirtualDirectories))
}

// appendHost adds the host of the URL u to hosts, once without regard to
// case; a URL without a host adds nothing (the inventory reported it).
func appendHost(hosts []string, u string) []string {
	parsed, err := url.Parse(u)
	if u == "" || err != nil || parsed.Hostname() == "" {
		return hosts
	}
	h := strings.ToLower(parsed.Hostname())
	if slices.Contains(hosts, h) {
		return hosts
	}
	return append(hosts, h)
}

// oneHost returns the one host of hosts, or "" with a finding when there
// are none or several; dirs counts the directories read.
func (b *importer) oneHost(path exhybrid.Path, service string, hosts []string, dirs int) string {
	switch {
	case len(hosts) == 1:
		return hosts[0]
	case dirs == 0:
		b.notObserved(path, "Export the "+service+" virtual directories, or set the namespace",
			"no %s virtual directory was exported: the namespace is not known", service)
	case len(hosts) == 0:
		b.notObserved(path, "Set the "+service+" virtual directories' ExternalUrl, or the namespace",
			"no %s virtual directory has an ExternalUrl: the namespace is not known", service)
	default:
		slices.Sort(hosts)
		b.notObserved(path, "Set the namespace the hybrid publishes",
			"the %s virtual directories name %d hosts (%s): the namespace is not chosen", service, len(hosts), strings.Join(hosts, ", "))
	}
	return ""
}

// hybridApp records the dedicated hybrid app as configured when, as
// HealthChecker reads it, the ExchangeOnpremAsThirdPartyAppId setting
// override is enabled and an enabled AzureAD authorization server holds
// the app's ID, a GUID
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1).
// The ID is kept even without the override. With neither export, nothing
// is known; an export read empty (an org that never configured an override
// exports an empty GetSettingOverride.xml) is known to hold none.
func (b *importer) hybridApp() {
	exported := func(list int, cmdlet string) bool {
		return list > 0 || b.inv.Has(inventory.Cmdlet{Name: cmdlet})
	}
	if !exported(len(b.inv.SettingOverrides), "Get-SettingOverride") && !exported(len(b.inv.AuthServers), "Get-AuthServer") {
		b.notObserved("hybridApp", "Export Get-SettingOverride and Get-AuthServer",
			"neither setting overrides nor authorization servers were exported: whether the dedicated hybrid app is configured is not known")
		return
	}
	for _, s := range b.inv.AuthServers {
		if s.HoldsHybridApp() {
			b.org.HybridApp.AppID = strings.ToLower(s.ApplicationIdentifier)
			break
		}
	}
	for _, o := range b.inv.SettingOverrides {
		if on, _ := o.Enabled(); on && o.Is(federation.HybridAppOverride.Component, federation.HybridAppOverride.Section) {
			b.org.HybridApp.Configured = b.org.HybridApp.AppID != ""
		}
	}
}

// unobservable names what no on-premises export holds.
func (b *importer) unobservable() {
	switch {
	case b.org.Cloud.IsValid():
	case len(b.inv.HybridConfigurations) == 0:
		b.notObserved("cloud", "Set cloud to Worldwide, GCCHigh or DoD",
			"no HybridConfiguration was exported: the cloud is not known")
	default:
		if name, domain := b.cloudFromSmartHosts(); name != "" {
			b.org.Cloud = exhybrid.CloudWorldwide
			b.notObserved("cloud", "Set cloud if the tenant is in another cloud",
				"ServiceInstance 0 is shared by the worldwide and U.S. government clouds; the Send connector %s delivers to Exchange Online Protection's worldwide hosts (*.%s), so the cloud is taken as Worldwide", name, domain)
			break
		}
		b.notObserved("cloud", "Set cloud to Worldwide, GCCHigh or DoD",
			"ServiceInstance 0 is shared by the worldwide and U.S. government clouds: the cloud is not known")
	}
	b.notObserved("type", "Set type to ClassicFull or ModernFull (or a minimal type)",
		"classic and modern hybrids record the same objects on premises: the hybrid type is not known")
	b.notObserved("mx", "Set mx to where the hybrid domains' MX records point",
		"the MX records are in DNS, not in the exports: the MX choice is not known")
	b.notObserved("namespaces.autodiscover", "Set the Autodiscover namespace clients and Exchange Online use",
		"the public Autodiscover host is a DNS record, not in the exports")
	if len(b.org.EdgeServers) > 0 || slices.ContainsFunc(b.org.Servers, func(s roles.Server) bool { return s.Perimeter }) {
		b.notObserved("servers", "Set edgeSync on the Edge Transport servers that are subscribed",
			"Edge Subscriptions are not in the exports")
	}
}
