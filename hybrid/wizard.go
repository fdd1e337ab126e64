package hybrid

import (
	"slices"
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
	caps := capsOf(org.Type)
	w.mailFlow = caps.Connectors && org.Features.Has(FeatureSecureMail)
	w.sharing = caps.OrgRelationship
	if caps.HybridAgent {
		w.agentHost = agentPlaceholder
		if opts.AgentURL != "" && validAgentHost(opts.AgentURL) {
			w.agentHost = strings.ToLower(opts.AgentURL)
		}
	}

	if w.mailFlow {
		tp := a.transportParams(w.id, opts.Transport)
		if opts.NoServerInstalls && opts.Current != nil && len(opts.Current.HybridConfigurations) > 0 && len(tp.EdgeServers) == 0 {
			// A re-run keeps the servers the wizard recorded: it
			// configures them, and changes the lists only when the
			// administrator picks others
			// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard).
			h := opts.Current.HybridConfigurations[0]
			if len(h.SendingTransportServers) > 0 {
				tp.SendingServers = slices.Clone(h.SendingTransportServers)
			}
			if len(h.ReceivingTransportServers) > 0 {
				tp.ReceivingServers = slices.Clone(h.ReceivingTransportServers)
			}
		}
		w.transport = tp
		set, fs := transport.HybridConnectors(tp)
		w.connectors = set
		w.keep(fs, a.transportPath)
	}
	if w.sharing {
		fp := a.federationParams(w.id, opts)
		w.federation = fp
		c, fs := federation.Configure(fp)
		w.choice, w.pair = c.Auth, c.Relationships
		w.keep(fs, federationPath)
		// The wizard points Exchange Online's free/busy requests at the
		// agent; on-premises requests for cloud users still go out
		// directly (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent).
		if u := w.agentEWS(); u != "" {
			w.pair.Cloud.TargetSharingEPR = u
		}
	}
	return w
}

// keep adds the findings of another package, placed at the organization's
// paths by place. The other package has left out what this one reports
// itself (its Params.Checked).
func (w *wizard) keep(fs exhybrid.Findings, place func(exhybrid.Path) exhybrid.Path) {
	for _, f := range fs {
		f.Path = place(f.Path)
		w.findings = append(w.findings, f)
	}
}

// transportParams describes the organization to the transport package,
// whose inputs this package has validated.
func (a *analysis) transportParams(id string, o transport.Options) transport.Params {
	org := a.org

	o.Centralized = org.Features.Has(FeatureCentralizedTransport)
	o.Cloud = org.Cloud
	o.ID = id
	p := transport.Params{
		Tenant: org.Tenant,
		Certificate: transport.TLSCertificate{
			Name:     transport.CertificateName{Issuer: org.Certificate.Issuer, Subject: org.Certificate.Subject},
			DNSNames: org.Certificate.Names,
		},
		Servers:             org.Servers,
		Domains:             org.HybridDomains,
		OnPremisesSmartHost: org.Namespaces.SMTP,
		Options:             o,
		Checked:             true,
	}
	if a.usesEdge() {
		for _, i := range a.edges {
			p.EdgeServers = append(p.EdgeServers, org.Servers[i].Name)
		}
		return p
	}
	a.send, a.receive = a.transportServers()
	for _, i := range a.send {
		p.SendingServers = append(p.SendingServers, org.Servers[i].Name)
	}
	for _, i := range a.receive {
		p.ReceivingServers = append(p.ReceivingServers, org.Servers[i].Name)
	}
	return p
}

// federationParams describes the organization to the federation package,
// whose inputs this package has validated.
func (a *analysis) federationParams(id string, opts Options) federation.Params {
	org := a.org
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
		Checked:                   true,
	}
	ns := org.Namespaces
	if ns.Autodiscover != "" {
		p.AutodiscoverURL = "https://" + ns.Autodiscover + "/autodiscover/autodiscover.svc"
	}
	if ns.EWS != "" {
		p.EWSURL = "https://" + ns.EWS + "/EWS/Exchange.asmx"
	}
	if ns.OWA != "" && org.Features.Has(FeatureOwaRedirection) {
		p.OWAURL = "https://" + ns.OWA + "/owa"
	}
	return p
}
