package hybrid

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// Organization describes an on-premises Exchange organization and the
// hybrid deployment it wants with Exchange Online. It is a plain value with
// JSON tags; the zero value is not a valid organization. [Validate] checks
// it, [Plan] turns it into steps.
type Organization struct {
	// Name is the Exchange organization's name, as Get-OrganizationConfig
	// shows it ("Contoso"), used in object names and messages. Exchange
	// Setup allows letters A to Z, digits, hyphens and spaces, at most 64
	// characters (https://learn.microsoft.com/exchange/plan-and-deploy/prepare-ad-and-domains);
	// [Validate] reports any other name.
	Name string `json:"name"`
	// Tenant is the Exchange Online tenant's initial domain
	// ("contoso.onmicrosoft.com").
	Tenant exhybrid.Tenant `json:"tenant"`
	// Cloud is the Microsoft 365 instance of the tenant.
	Cloud exhybrid.Cloud `json:"cloud,omitzero"`
	// Type is the kind of hybrid deployment.
	Type Type `json:"type,omitzero"`
	// Features are the hybrid features to enable. The zero FeatureSet
	// means no feature at all, not the wizard's default: the wizard
	// enables [AllFeatures] unless told otherwise
	// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard),
	// so set AllFeatures to plan what it would do; CentralizedTransport is
	// an explicit choice.
	Features FeatureSet `json:"features"`
	// MX says where the MX records of the hybrid domains point.
	MX transport.MXTarget `json:"mx,omitzero"`
	// HybridDomains are the SMTP domains shared by both organizations
	// ("contoso.com"). Each must be an accepted domain.
	HybridDomains []string `json:"hybridDomains"`
	// AcceptedDomains are the on-premises accepted domains
	// (Get-AcceptedDomain).
	AcceptedDomains []AcceptedDomain `json:"acceptedDomains"`
	// Namespaces are the public host names of the on-premises services.
	Namespaces Namespaces `json:"namespaces"`
	// Certificate is the third-party certificate for the hybrid services
	// and secure mail.
	Certificate Certificate `json:"certificate"`
	// Sites are the Active Directory sites that hold Exchange servers.
	Sites []Site `json:"sites,omitempty"`
	// Servers are all on-premises Exchange servers, Edge Transport included.
	Servers []roles.Server `json:"servers"`
	// HybridServers names the servers that carry hybrid traffic: the
	// sending and receiving transport servers and the published Client
	// Access endpoints (the wizard's server choice). When empty, every
	// server that can be a hybrid server of the organization is used, and an
	// info finding says so. A server is named by its name or its FQDN,
	// without regard to case, as Set-HybridConfiguration accepts either
	// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration).
	HybridServers []string `json:"hybridServers,omitempty"`
	// EdgeServers names the Edge Transport servers that carry hybrid mail
	// instead of the internal hybrid servers (the wizard's
	// EdgeTransportServers), by name or FQDN.
	EdgeServers []string `json:"edgeServers,omitempty"`
	// HybridApp records whether the dedicated Exchange hybrid app is
	// configured, and its application ID when known.
	HybridApp HybridApp `json:"hybridApp,omitzero"`
	// Observed is what exists, as exported from the organization and read
	// by package inventory: the objects behind this model (connectors,
	// certificates, the HybridConfiguration) with the file each came from.
	// [FromInventory] sets it; nil means nothing was observed, as for an
	// organization being designed. Validate and Plan read the model alone.
	Observed *inventory.Inventory `json:"observed,omitempty"`
}

// AcceptedDomain is an accepted domain of the on-premises organization.
type AcceptedDomain struct {
	// Domain is the SMTP domain ("contoso.com").
	Domain string `json:"domain"`
	// Type is "Authoritative", "InternalRelay" or "ExternalRelay", as
	// New-AcceptedDomain names them
	// (https://learn.microsoft.com/powershell/module/exchange/new-accepteddomain).
	Type DomainType `json:"type,omitzero"`
}

// Namespaces are the public host names clients and Exchange Online use to
// reach the on-premises organization. A host may serve several services
// ("mail.contoso.com" for OWA, EWS, ActiveSync and Outlook Anywhere).
type Namespaces struct {
	OWA             string `json:"owa,omitempty"`             // Outlook on the web
	Autodiscover    string `json:"autodiscover,omitempty"`    // Autodiscover ("autodiscover.contoso.com")
	EWS             string `json:"ews,omitempty"`             // Exchange Web Services: free/busy, MailTips, moves
	ActiveSync      string `json:"activeSync,omitempty"`      // Exchange ActiveSync
	OutlookAnywhere string `json:"outlookAnywhere,omitempty"` // Outlook Anywhere and MAPI over HTTP
	SMTP            string `json:"smtp,omitempty"`            // the host Exchange Online delivers to (OnPremisesSmartHost)
	Legacy          string `json:"legacy,omitempty"`          // the Exchange 2007 Client Access namespace ("legacy.contoso.com")
}

// Certificate is the certificate that the hybrid servers present for HTTPS
// (EWS, Autodiscover) and for TLS on port 25.
type Certificate struct {
	// Subject is the subject distinguished name ("CN=mail.contoso.com").
	Subject string `json:"subject,omitempty"`
	// Issuer is the issuer distinguished name of the certification
	// authority ("CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US").
	Issuer string `json:"issuer,omitempty"`
	// Names are the DNS names in the subject alternative name extension.
	Names []string `json:"names,omitempty"`
	// SelfSigned is true for a certificate signed by its own key.
	SelfSigned bool `json:"selfSigned,omitempty"`
	// NotAfter is the last day the certificate is valid.
	NotAfter version.Date `json:"notAfter"`
	// Servers names the servers, by name or FQDN, the certificate is
	// installed on and enabled for SMTP (and IIS, on servers other than
	// Edge Transport).
	Servers []string `json:"servers,omitempty"`
}

// IsZero reports whether no certificate is described.
func (c Certificate) IsZero() bool {
	return c.Subject == "" && c.Issuer == "" && len(c.Names) == 0 && !c.SelfSigned && c.NotAfter == (version.Date{}) && len(c.Servers) == 0
}

// Site is an Active Directory site with Exchange servers.
type Site struct {
	Name string `json:"name"` // the site's name, as a server's Site gives it ("Default-First-Site-Name")
	// InternetFacing is true for the site whose servers are published to
	// the Internet.
	InternetFacing bool `json:"internetFacing,omitempty"`
}
