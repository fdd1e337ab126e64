package hybrid

import (
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/guid"
	"github.com/exhybrid/exhybrid/transport"
)

// wizard is what the Hybrid Configuration Wizard would configure for the
// organization, built with the transport and federation packages, with
// their findings already placed into the organization's paths.
type wizard struct {
	id        string
	idDerived bool

	mailFlow   bool // secure mail connectors are set up
	sharing    bool // federation and organization relationships are set up
	transport  transport.Params
	connectors transport.Set
	federation federation.Params
	choice     federation.Choice
	pair       federation.Pair
	// agentHost is the Hybrid Agent's host name of a modern hybrid
	// (Options.AgentURL, or agentPlaceholder); empty for the classic types.
	agentHost string

	findings exhybrid.Findings
}

// agentEWS is the EWS URL behind the Hybrid Agent, the TargetSharingEpr
// the wizard sets on Exchange Online's relationship and intra-organization
// connector (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent).
func (w *wizard) agentEWS() string {
	if w.agentHost == "" {
		return ""
	}
	return "https://" + w.agentHost + "/EWS/Exchange.asmx"
}

// duplicateCodes are codes of the transport and federation packages whose
// rule this package checks itself on the organization, with a path and
// fix that speak of the organization; their findings are dropped so that
// each problem is reported once.
var duplicateCodes = map[exhybrid.Code]bool{
	transport.CodeTenantInvalid:      true,
	transport.CodeCertificateMissing: true,
	transport.CodeDomainsMissing:     true,
	transport.CodeSmartHostMissing:   true,
	transport.CodeServersMissing:     true,
	transport.CodeServerUnknown:      true,
	transport.CodeEdgeVersion:        true,
	transport.CodeEdgeNotSubscribed:  true,
	transport.CodeIDInvalid:          true,
	transport.CodeIDDerived:          true,
	transport.CodeCloudInvalid:       true,
	federation.CodeTenantInvalid:     true,
	federation.CodeCloudInvalid:      true,
	federation.CodeDomainsMissing:    true,
	federation.CodeServersMissing:    true,
	federation.CodeIDInvalid:         true,
}

// buildWizard runs the transport and federation packages on the
// organization as the hybrid type and features call for.
func (a *analysis) buildWizard(opts Options) *wizard {
	org := a.org
	w := &wizard{id: opts.ID}
	if w.id == "" {
		if coex := org.Tenant.CoexistenceDomain(); coex != "" {
			w.id, w.idDerived = guid.FromName(coex), true
		}
	}
	caps := org.Type.Capabilities()
	w.mailFlow = caps.Connectors && org.Features.Has(SecureMail)
	w.sharing = caps.OrgRelationship
	if caps.HybridAgent {
		w.agentHost = agentPlaceholder
		if opts.AgentURL != "" && validAgentHost(opts.AgentURL) {
			w.agentHost = strings.ToLower(opts.AgentURL)
		}
	}

	if w.mailFlow {
		tp, paths := a.transportParams(w.id, opts.Transport)
		w.transport = tp
		set, fs := transport.HybridConnectors(tp)
		w.connectors = set
		w.keep(fs, paths, "connectors")
	}
	if w.sharing {
		fp, paths := a.federationParams(w.id, opts)
		w.federation = fp
		w.choice = federation.ChooseAuth(fp)
		w.keep(w.choice.Findings, paths, "sharing")
		pair, fs := federation.Relationships(fp)
		w.pair = pair
		w.keep(fs, paths, "sharing")
		// The wizard points Exchange Online's free/busy requests at the
		// agent; on-premises requests for cloud users still go out
		// directly (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent).
		if u := w.agentEWS(); u != "" {
			w.pair.Cloud.TargetSharingEPR = u
		}
	}
	return w
}

// keep adds the findings of another package, translated into the
// organization's paths, dropping the ones this package reports itself.
func (w *wizard) keep(fs exhybrid.Findings, m pathMap, fallback exhybrid.Path) {
	for _, f := range fs {
		if duplicateCodes[f.Code] {
			continue
		}
		f.Path = m.translate(f.Path, fallback)
		w.findings = append(w.findings, f)
	}
}

// transportParams describes the organization to the transport package,
// with the map from its paths to the organization's.
func (a *analysis) transportParams(id string, o transport.Options) (transport.Params, pathMap) {
	org := a.org
	m := pathMap{}
	m.set("tenant", "tenant")
	m.set("certificate.dnsNames", "certificate.names")
	m.set("certificate", "certificate")
	m.set("servers", "servers")
	m.set("domains", "hybridDomains")
	m.set("onPremisesSmartHost", "namespaces.smtp")
	m.set("options.centralized", "features")
	m.set("options.cloud", "cloud")
	m.set("options.id", "options.id")
	m.set("options", "options.transport")

	o.Centralized = org.Features.Has(CentralizedTransport)
	o.Cloud = org.Cloud
	o.ID = id
	p := transport.Params{
		Tenant: org.Tenant,
		Certificate: transport.Certificate{
			Name:     transport.CertificateName{Issuer: org.Certificate.Issuer, Subject: org.Certificate.Subject},
			DNSNames: org.Certificate.Names,
		},
		Servers:             org.Servers,
		Domains:             org.HybridDomains,
		OnPremisesSmartHost: org.Namespaces.SMTP,
		Options:             o,
	}
	if a.usesEdge() {
		for k, i := range a.edges {
			p.EdgeServers = append(p.EdgeServers, org.Servers[i].Name)
			m.set(exhybrid.Path("edgeServers").Index(k).String(), a.edgePath(i))
		}
		return p, m
	}
	send, receive := a.transportServers()
	for k, i := range send {
		p.SendingServers = append(p.SendingServers, org.Servers[i].Name)
		m.set(exhybrid.Path("sendingServers").Index(k).String(), a.hybridServerPath(i))
	}
	for k, i := range receive {
		p.ReceivingServers = append(p.ReceivingServers, org.Servers[i].Name)
		m.set(exhybrid.Path("receivingServers").Index(k).String(), a.hybridServerPath(i))
	}
	return p, m
}

// federationParams describes the organization to the federation package,
// with the map from its paths to the organization's.
func (a *analysis) federationParams(id string, opts Options) (federation.Params, pathMap) {
	org := a.org
	m := pathMap{}
	for _, e := range [...]struct {
		from string
		to   exhybrid.Path
	}{
		{"id", "options.id"}, {"cloudId", "options.id"}, {"servers", "servers"}, {"tenant", "tenant"}, {"cloud", "cloud"},
		{"domains", "hybridDomains"}, {"autodiscoverUrl", "namespaces.autodiscover"}, {"ewsUrl", "namespaces.ews"},
		{"owaUrl", "namespaces.owa"}, {"owaForm", "options.owaForm"}, {"customOwaUrl", "options.customOwaUrl"},
		{"manualOAuth", "options.manualOAuth"}, {"trustOnlyWithExchange2010", "options.trustOnlyWithExchange2010"},
	} {
		m.set(e.from, e.to)
	}
	form := opts.OWAForm
	if form == federation.OWAFormUnknown {
		form = federation.OWAFormOutlookOffice
	}
	p := federation.Params{
		ID:                        id,
		Servers:                   org.Servers,
		Tenant:                    org.Tenant,
		Cloud:                     org.Cloud,
		Domains:                   org.HybridDomains,
		OWAForm:                   form,
		CustomOWAURL:              opts.CustomOWAURL,
		ManualOAuth:               opts.ManualOAuth,
		TrustOnlyWithExchange2010: opts.TrustOnlyWithExchange2010,
		Date:                      opts.Date,
	}
	ns := org.Namespaces
	if ns.Autodiscover != "" {
		p.AutodiscoverURL = "https://" + ns.Autodiscover + "/autodiscover/autodiscover.svc"
	}
	if ns.EWS != "" {
		p.EWSURL = "https://" + ns.EWS + "/EWS/Exchange.asmx"
	}
	if ns.OWA != "" && org.Features.Has(OwaRedirection) {
		p.OWAURL = "https://" + ns.OWA + "/owa"
	}
	return p, m
}

// pathMap translates the paths of another package's findings into paths of
// the organization. Each entry maps a path prefix in the other package's
// terms ("sendingServers[0]") to the organization path it stands for
// ("hybridServers[1]").
type pathMap struct {
	from []string
	to   []exhybrid.Path
}

func (m *pathMap) set(from string, to exhybrid.Path) {
	m.from = append(m.from, from)
	m.to = append(m.to, to)
}

// translate replaces the longest matching prefix of p; a path with no
// match is placed under fallback.
func (m pathMap) translate(p exhybrid.Path, fallback exhybrid.Path) exhybrid.Path {
	s := string(p)
	best := -1
	for k, from := range m.from {
		if (s == from || strings.HasPrefix(s, from+".") || strings.HasPrefix(s, from+"[")) && (best < 0 || len(from) > len(m.from[best])) {
			best = k
		}
	}
	if best < 0 {
		return fallback.Join(p)
	}
	return m.to[best].Join(exhybrid.Path(strings.TrimPrefix(s[len(m.from[best]):], ".")))
}
