package inventory

import (
	"fmt"
	"strings"

	"github.com/exhybrid/exhybrid/internal/fold"
	"github.com/exhybrid/exhybrid/transport"
)

const typeHybridConfiguration = "Microsoft.Exchange.Data.Directory.SystemConfiguration.HybridConfiguration"

// HybridConfiguration is the organization's HybridConfiguration object as
// Get-HybridConfiguration shows it: what the Hybrid Configuration Wizard
// last recorded as the hybrid's intent
// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration).
// An organization has at most one.
type HybridConfiguration struct {
	// Domains are the hybrid domains, with the one marked for Autodiscover.
	Domains []HybridDomain `json:"domains,omitempty"`
	// OnPremisesSmartHost is the host Exchange Online's outbound connector
	// sends to ("mail.contoso.com").
	OnPremisesSmartHost string `json:"onPremisesSmartHost,omitempty"`
	// SendingTransportServers, ReceivingTransportServers,
	// EdgeTransportServers and ClientAccessServers name servers as their
	// ADObjectId does: the server's name ("ex-02"), not its FQDN.
	SendingTransportServers   []string `json:"sendingTransportServers,omitempty"`
	ReceivingTransportServers []string `json:"receivingTransportServers,omitempty"` // receive mail from Exchange Online; empty with Edge Transport servers
	EdgeTransportServers      []string `json:"edgeTransportServers,omitempty"`      // carry the hybrid's mail when set, in place of the two lists above
	ClientAccessServers       []string `json:"clientAccessServers,omitempty"`       // Exchange 2010 Client Access servers; the parameter works only in 2010
	// Features are the HybridFeature names as Exchange writes them
	// ("FreeBusy", "Mailtips", "Photos"). They are kept as text: package
	// hybrid owns the features and parses them.
	Features []string `json:"features,omitempty"`
	// TLSCertificateName names the certificate of hybrid mail, as the
	// connectors' TlsCertificateName does.
	TLSCertificateName transport.CertificateName `json:"tlsCertificateName,omitzero"`
	// ExternalIPAddresses are the legacy ExternalIPAddresses, IP ranges as
	// written; the wizard leaves them empty.
	ExternalIPAddresses []string `json:"externalIPAddresses,omitempty"`
	// ServiceInstance is 0 for Microsoft 365 worldwide and 1 for 21Vianet
	// (Set-HybridConfiguration's ServiceInstance).
	ServiceInstance int `json:"serviceInstance,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

// HybridDomain is one item of HybridConfiguration's Domains, an
// AutoDiscoverSmtpDomain: Set-HybridConfiguration marks the domain used for
// Autodiscover by writing it "autod:contoso.com"
// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration, Domains).
type HybridDomain struct {
	Domain       string `json:"domain"`                 // the domain, without "autod:" ("contoso.com")
	AutoDiscover bool   `json:"autoDiscover,omitempty"` // written "autod:contoso.com": the domain used for Autodiscover
}

// key is the same for every HybridConfiguration: there is one per
// organization, and a second one read is the same object again.
func (h HybridConfiguration) key() string    { return "" }
func (h HybridConfiguration) origin() Origin { return h.From }

// readHybridConfiguration reads a Get-HybridConfiguration object. Every
// property is optional: an empty list is what the wizard writes for a
// feature or server choice it did not make.
func readHybridConfiguration(o object) (HybridConfiguration, bool) {
	h := HybridConfiguration{
		OnPremisesSmartHost:       o.text("OnPremisesSmartHost"),
		SendingTransportServers:   o.list("SendingTransportServers"),
		ReceivingTransportServers: o.list("ReceivingTransportServers"),
		EdgeTransportServers:      o.list("EdgeTransportServers"),
		ClientAccessServers:       o.list("ClientAccessServers"),
		Features:                  o.list("Features"),
		TLSCertificateName:        o.certificateName("TlsCertificateName"),
		ExternalIPAddresses:       o.list("ExternalIPAddresses"),
		From:                      o.origin(),
	}
	for i, s := range o.list("Domains") {
		d := HybridDomain{Domain: s}
		if rest, ok := fold.CutPrefix(s, "autod:"); ok {
			d = HybridDomain{Domain: rest, AutoDiscover: true}
		}
		if d.Domain == "" || strings.ContainsAny(d.Domain, " ;,") {
			o.invalid(fmt.Sprintf("Domains[%d]", i), "", fmt.Errorf("%q is not a domain", s))
			continue
		}
		h.Domains = append(h.Domains, d)
	}
	if v, ok := o.obj.Prop("ServiceInstance"); ok && !v.IsNil() {
		n, ok := v.Int()
		if !ok || n < 0 || n > 1 {
			o.invalid("ServiceInstance", "", fmt.Errorf("%q is not 0 or 1", v.Text()))
		} else {
			h.ServiceInstance = int(n)
		}
	}
	return h, true
}
