package hybrid

import (
	"fmt"
	"slices"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// Audit checks an existing hybrid organization as of the day on and returns
// every finding, sorted by path: what is wrong with it today, and what to
// do about it. Like [Validate] it is pure, and the day, not the clock,
// decides what is current, supported or expired, so the same exports
// audited on several days give dated answers.
//
// It runs [Validate] on the organization, so every rule on the model is
// applied once, with its JSON path ("servers[0].build"). Then, when
// org.Observed holds the organization's exports, it runs the rules on what
// exists, whose findings name the file and the object
// ("GetSendConnector.xml: Mail to O365: TlsAuthLevel"):
//   - the Send connectors to Exchange Online and the Receive connectors
//     that accept mail from it, with transport.AuditConnectors: their
//     settings, and the certificate they and the HybridConfiguration
//     object name among the exported certificates;
//   - the accepted domains: an open relay ("*" of a relay type), the
//     coexistence domain of an existing hybrid;
//   - every exported certificate's lifetime on the day, naming the
//     connectors that present it;
//   - the OAuth configuration, with federation.AuditOAuth: the Auth
//     Certificate's lifecycle, the authorization servers and partner
//     applications, the dedicated hybrid app's and the Graph flow's
//     setting overrides;
//   - with Exchange Online's exports, from 2025-10-31 to 2027-04-01, the
//     tenant's EWS access policy against the dedicated app's ID;
//   - the federation trust, organization identifier and organization
//     relationships, with federation.Validate.
//
// Each problem is reported once. In an existing hybrid the missing
// coexistence domain is an error ([CodeCoexistenceDomainNotAccepted]),
// which replaces Validate's note that the wizard will add it
// ([CodeCoexistenceDomainMissing]); the exported certificates' lifetimes
// are reported on them, naming what uses each, and when the
// organization's certificate is among them, in place of Validate's
// [CodeCertificateExpired] on it; the audit judges them all but the
// certificates Get-AuthConfig names, which the OAuth audit judges as Auth
// Certificates; and when the setting overrides were exported, the OAuth
// audit's verdict on the dedicated hybrid app replaces Validate's note
// that the organization does not record it ([CodeHybridAppMissing]),
// which FromInventory does not fill in. The rules
// Validate applies to what [FromInventory] takes from the exports (the
// hybrid domains accepted, the hybrid servers and their builds, the
// features, the certificate's names) keep their JSON paths.
//
// The fields the exports do not tell (tenant, cloud, type, mx, the
// namespaces, name) and org leaves empty are input gaps, not faults of the
// hybrid: Audit re-derives them from org.Observed as FromInventory does,
// and gives FromInventory's hybrid/not-observed note on each in place of
// Validate's error (see inputGaps), so that an audit of raw exports does
// not fail for what no export holds. A field filled in keeps Validate's
// judgement.
//
// A nil org.Observed audits the organization alone: the findings are
// Validate's. The time is linear in the objects of the exports.
func Audit(org Organization, on version.Date) exhybrid.Findings {
	fs := Validate(org, on)
	if org.Observed == nil {
		return fs
	}
	a := newAuditor(org, on)
	a.domains()
	a.connectors()
	a.certificates()
	a.oauth()
	a.ews()
	a.mrsProxy()
	a.sharing()
	fs, filled := withoutInputGaps(fs, inputGaps(org))
	fs = slices.DeleteFunc(fs, func(f exhybrid.Finding) bool {
		return a.replacesCoexistence && f.Code == CodeCoexistenceDomainMissing ||
			a.judgedCertificates && f.Code == CodeCertificateExpired ||
			a.judgedHybridApp && f.Code == CodeHybridAppMissing
	})
	fs = append(fs, filled...)
	fs = append(fs, a.fs...)
	fs.Sort()
	return fs
}

// auditor holds what the audit's rules on the exports share.
type auditor struct {
	org Organization
	inv *inventory.Inventory
	on  version.Date
	fs  exhybrid.Findings
	// hc is the exported HybridConfiguration, or nil.
	hc *inventory.HybridConfiguration
	// toCloud[i] says inv.SendConnectors[i] sends to Exchange Online.
	toCloud []bool
	// replacesCoexistence says the audit checked the coexistence domain
	// of an existing hybrid itself.
	replacesCoexistence bool
	// judgedCertificates says the audit judged the lifetime of the
	// organization's certificate, which was exported.
	judgedCertificates bool
	// judgedHybridApp says the OAuth audit had the setting overrides that
	// tell whether the dedicated hybrid app is configured.
	judgedHybridApp bool
}

func newAuditor(org Organization, on version.Date) *auditor {
	a := &auditor{org: org, inv: org.Observed, on: on}
	if len(a.inv.HybridConfigurations) > 0 {
		a.hc = &a.inv.HybridConfigurations[0]
	}
	a.toCloud = make([]bool, len(a.inv.SendConnectors))
	for i := range a.inv.SendConnectors {
		a.toCloud[i] = a.inv.SendConnectors[i].ToExchangeOnline()
	}
	return a
}

func (a *auditor) add(path exhybrid.Path, code exhybrid.Code, fix, format string, args ...any) {
	a.fs.Add(rules, path, code, fix, format, args...)
}

// existingHybrid reports whether the exports show a hybrid in place: a
// HybridConfiguration object, which only the wizard creates, or a Send
// connector to Exchange Online.
func (a *auditor) existingHybrid() bool {
	return a.hc != nil || slices.Contains(a.toCloud, true)
}

// connectors runs transport's audit of the existing connectors.
func (a *auditor) connectors() {
	inv := a.inv
	p := transport.AuditParams{
		Cloud:       a.org.Cloud,
		Servers:     a.org.Servers,
		SendPath:    func(i int) exhybrid.Path { return inv.SendConnectors[i].Path() },
		ReceivePath: func(i int) exhybrid.Path { return inv.ReceiveConnectors[i].Path() },
	}
	if a.org.Tenant.Check() == nil {
		p.Tenant = a.org.Tenant
	}
	if len(inv.Certificates) > 0 {
		p.Certificates = make([]transport.CertificateName, len(inv.Certificates))
		for i, c := range inv.Certificates {
			p.Certificates[i] = transport.CertificateName{Issuer: c.Issuer, Subject: c.Subject}
			// The servers the exports say hold it (GetExchangeCertificate_SERVER.xml).
			for _, s := range c.Servers {
				if p.ServerCertificates == nil {
					p.ServerCertificates = map[string][]transport.CertificateName{}
				}
				p.ServerCertificates[s] = append(p.ServerCertificates[s], p.Certificates[i])
			}
		}
	}
	if a.hc != nil {
		a.hybridConfiguration(&p)
	}
	if on := inv.Online.OnPremisesOrganizations; len(on) == 1 {
		p.HybridInbound, p.HybridOutbound = on[0].InboundConnector, on[0].OutboundConnector
	}
	var c transport.Existing
	c.Send = make([]transport.SendConnector, len(inv.SendConnectors))
	for i := range inv.SendConnectors {
		c.Send[i] = inv.SendConnectors[i].SendConnector
	}
	c.Receive = make([]transport.ReceiveConnector, len(inv.ReceiveConnectors))
	for i := range inv.ReceiveConnectors {
		c.Receive[i] = inv.ReceiveConnectors[i].ReceiveConnector
	}
	c.Inbound = make([]transport.InboundConnector, len(inv.Online.InboundConnectors))
	for i := range inv.Online.InboundConnectors {
		c.Inbound[i] = inv.Online.InboundConnectors[i].InboundConnector
	}
	c.Outbound = make([]transport.OutboundConnector, len(inv.Online.OutboundConnectors))
	for i := range inv.Online.OutboundConnectors {
		c.Outbound[i] = inv.Online.OutboundConnectors[i].OutboundConnector
	}
	p.InboundPath = func(i int) exhybrid.Path { return inv.Online.InboundConnectors[i].Path() }
	p.OutboundPath = func(i int) exhybrid.Path { return inv.Online.OutboundConnectors[i].Path() }
	p.SendDisabled = func(i int) bool { return !inv.SendConnectors[i].Enabled }
	p.ReceiveDisabled = func(i int) bool { return !inv.ReceiveConnectors[i].Enabled }
	p.InboundDisabled = func(i int) bool { return !inv.Online.InboundConnectors[i].Enabled }
	p.OutboundDisabled = func(i int) bool { return !inv.Online.OutboundConnectors[i].Enabled }
	a.fs = append(a.fs, transport.AuditConnectors(c, p)...)
}

// hybridConfiguration gives the connectors' audit what the exported
// HybridConfiguration records: the certificate, with the DNS names of the
// newest exported certificate of that name, the transport servers, the
// hybrid domains, the smart host and whether centralized mail transport is
// on.
func (a *auditor) hybridConfiguration(p *transport.AuditParams) {
	h := a.hc
	p.HybridCertificate = h.TLSCertificateName
	p.HybridConfigurationPath = h.Path()
	p.SendingServers, p.ReceivingServers, p.EdgeServers = h.SendingTransportServers, h.ReceivingTransportServers, h.EdgeTransportServers
	// Validate checks the servers themselves on the organization
	// FromInventory builds, and the names these lists give that match no
	// server (hybrid/hybrid-server-unknown).
	p.Checked = true
	if newest, ok := a.newestByName()[h.TLSCertificateName.Key()]; ok {
		p.HybridCertificateDNSNames = newest.DNSNames
	}
	for _, d := range h.Domains {
		p.HybridDomains = append(p.HybridDomains, d.Domain)
	}
	p.OnPremisesSmartHost = h.OnPremisesSmartHost
	centralized := recordsFeature(*h, FeatureCentralizedTransport)
	p.Centralized = &centralized
}

// inputCodes are Validate's findings on a field of the organization that
// is missing or empty: what the exports may not tell.
var inputCodes = map[exhybrid.Code]bool{
	CodeTenantInvalid: true, CodeCloudMissing: true, CodeTypeMissing: true, CodeMXMissing: true,
	CodeNamespaceMissing: true, CodeNameInvalid: true,
	// No server or hybrid domain at all is one when Get-ExchangeServer or
	// Get-HybridConfiguration was not exported (FromInventory's notes).
	CodeNoServers: true, CodeNoHybridDomain: true,
	// Missing security updates are not known from AdminDisplayVersion,
	// which does not show them (FromInventory's note on the build).
	CodeUpdatesMissing: true,
	// The federation package's missing parameter on such a field (the
	// Autodiscover namespace of the organization relationship) is the
	// same gap.
	federation.CodeParamMissing: true,
}

// withoutInputGaps removes from fs the errors of inputCodes on the fields
// gaps holds, and returns the gaps' notes for the paths it removed an
// error from, one per path.
func withoutInputGaps(fs exhybrid.Findings, gaps map[exhybrid.Path]exhybrid.Finding) (kept exhybrid.Findings, notes []exhybrid.Finding) {
	noted := map[exhybrid.Path]bool{}
	kept = slices.DeleteFunc(fs, func(f exhybrid.Finding) bool {
		gap, ok := gaps[f.Path]
		if !ok || !inputCodes[f.Code] {
			return false
		}
		if !noted[f.Path] {
			notes = append(notes, gap)
			noted[f.Path] = true
		}
		return true
	})
	return kept, notes
}

// inputGaps re-derives, with FromInventory on org.Observed, the fields the
// exports do not tell, and returns FromInventory's hybrid/not-observed
// finding on each one org still leaves empty. Validate's error on such a
// field is an input gap, not a fault of the hybrid: the audit reports the
// note in its place, so that an audit of raw exports does not fail for
// what no export holds. A field filled in by hand, even wrongly, is not
// a gap and keeps Validate's finding, so an organization file whose
// fields were filled in audits as before. Re-deriving, rather than
// FromInventory recording the gaps in the organization, keeps the
// organization file free of bookkeeping and gives the same errors for the
// exports and for the organization file import wrote from them (the
// import's notes on the fields no error concerns are printed by import,
// not repeated by an audit of its file).
func inputGaps(org Organization) map[exhybrid.Path]exhybrid.Finding {
	_, fs := FromInventory(org.Observed)
	return gapsOf(org, fs)
}

// gapsOf returns the not-observed findings of fs, FromInventory's, on the
// fields org still leaves empty, one per path: inputGaps for a caller
// that holds FromInventory's findings already.
func gapsOf(org Organization, fs exhybrid.Findings) map[exhybrid.Path]exhybrid.Finding {
	out := map[exhybrid.Path]exhybrid.Finding{}
	for _, f := range fs {
		if f.Code != CodeNotObserved || !unset(org, f.Path) {
			continue
		}
		if _, dup := out[f.Path]; !dup {
			out[f.Path] = f
		}
	}
	return out
}

// unset reports whether the field at path is empty in org, as
// FromInventory leaves a field the exports do not tell. Only the fields
// inputCodes are about are asked.
func unset(org Organization, path exhybrid.Path) bool {
	switch path {
	case "tenant":
		return org.Tenant == ""
	case "name":
		return org.Name == ""
	case "cloud":
		return !org.Cloud.IsValid()
	case "type":
		return org.Type == TypeUnknown
	case "mx":
		return org.MX == 0
	case "namespaces.autodiscover":
		return org.Namespaces.Autodiscover == ""
	case "namespaces.ews":
		return org.Namespaces.EWS == ""
	case "namespaces.owa":
		return org.Namespaces.OWA == ""
	case "namespaces.smtp":
		return org.Namespaces.SMTP == ""
	case "servers":
		return len(org.Servers) == 0
	case "hybridDomains":
		return len(org.HybridDomains) == 0
	}
	return buildUnknown(org, path)
}

// buildUnknown reports whether path is "servers[i].build" of a server whose
// build is still the AdminDisplayVersion the exports hold, without the
// security updates it does not show: not filled in by hand since.
func buildUnknown(org Organization, path exhybrid.Path) bool {
	var i int
	if _, err := fmt.Sscanf(string(path), "servers[%d].build", &i); err != nil || i < 0 || i >= len(org.Servers) ||
		serverPath(i).Child("build") != path || org.Observed == nil {
		return false
	}
	s := org.Servers[i]
	for _, o := range org.Observed.Servers {
		if servername.Equal(o.Name, s.Name) {
			return adminDisplayBuild(o) && o.AdminDisplayVersion == s.Build
		}
	}
	return false
}
