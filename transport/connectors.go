package transport

// SendConnector is the settings of an on-premises Send connector that
// matter for hybrid mail flow: the connector that carries mail from
// on-premises to Exchange Online. Each field is the cmdlet parameter of the
// same name (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector).
type SendConnector struct {
	Name string `json:"name"` // the connector's name, "Outbound to Office 365" for the wizard's (see [NamesOf])
	// AddressSpaces are the destinations the connector routes to; the
	// hybrid connector's covers the tenant's coexistence domain.
	AddressSpaces []AddressSpace `json:"addressSpaces"`
	// SourceTransportServers are the servers that send through the
	// connector: the hybrid sending servers, or the Edge Transport servers.
	SourceTransportServers []string `json:"sourceTransportServers,omitempty"`
	// DNSRoutingEnabled routes by the destination's MX record; it must be
	// false when SmartHosts is set, and SmartHosts is required when it is
	// false.
	DNSRoutingEnabled bool     `json:"dnsRoutingEnabled"`
	SmartHosts        []string `json:"smartHosts,omitempty"` // FQDNs or literal IP addresses to relay through; nil to route by DNS
	// RequireTLS makes every message go over TLS (default false).
	RequireTLS bool `json:"requireTLS"`
	// IgnoreSTARTTLS must be false when RequireTLS is true.
	IgnoreSTARTTLS bool `json:"ignoreSTARTTLS,omitempty"`
	// TLSAuthLevel can only be set when RequireTLS is true and
	// IgnoreSTARTTLS false.
	TLSAuthLevel TLSAuthLevel `json:"tlsAuthLevel,omitzero"`
	// TLSDomain is the name the remote certificate must match; used with
	// DomainValidation only.
	TLSDomain string `json:"tlsDomain,omitempty"`
	// TLSCertificateName is the certificate the connector presents
	// (Exchange 2013 and later).
	TLSCertificateName CertificateName `json:"tlsCertificateName,omitzero"`
	// FQDN is the name given in EHLO and during TLS authentication.
	FQDN string `json:"fqdn,omitempty"`
	// CloudServicesMailEnabled keeps the cross-premises headers
	// (X-MS-Exchange-Organization-* converted to X-MS-Exchange-CrossPremises-*)
	// on mail to the other side of the hybrid organization (Exchange 2013
	// and later).
	CloudServicesMailEnabled bool `json:"cloudServicesMailEnabled"`
}

// ReceiveConnector is the hybrid settings of the Receive connector on one
// server that accepts mail from Exchange Online: on Exchange 2013 and
// later Mailbox and Client Access servers the "Default Frontend <server>"
// connector of the Front End Transport service, on Edge Transport servers
// "Default internal receive connector <server>"
// (https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors).
// The Hybrid Configuration Wizard changes that existing connector; it does
// not create one. Fields are the parameters of Set-ReceiveConnector
// (https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector).
type ReceiveConnector struct {
	// Server is the name of the server the connector is on.
	Server string `json:"server"`
	Name   string `json:"name"` // the connector's name, "Default Frontend EX01"
	// TransportRole is FrontendTransport on 2013 and later Mailbox and
	// Client Access servers, and unset on Edge Transport servers and
	// Exchange 2010.
	TransportRole TransportRole `json:"transportRole,omitzero"`
	// TLSDomainCapabilities hold the hybrid entry: the Exchange Online
	// Protection TLS domain with AcceptCloudServicesMail (2013 and later)
	// or AcceptOorgProtocol (2010).
	TLSDomainCapabilities []TLSDomainCapability `json:"tlsDomainCapabilities,omitempty"`
	// TLSCertificateName is the certificate the connector presents
	// (Exchange 2013 and later).
	TLSCertificateName CertificateName `json:"tlsCertificateName,omitzero"`
}

// InboundConnector is the settings of the Exchange Online Inbound connector
// that accepts mail from on-premises
// (https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector).
type InboundConnector struct {
	Name string `json:"name"` // the connector's name, "Inbound from <ID>" for the wizard's (see [NamesOf])
	// ConnectorType OnPremises promotes mail from on-premises to internal.
	ConnectorType   ConnectorType   `json:"connectorType,omitzero"`
	ConnectorSource ConnectorSource `json:"connectorSource,omitzero"` // how it was made: HybridWizard (the wizard), Default (by hand) or Migrated
	// SenderDomains are the source domains the connector accepts mail for
	// ("*" for any).
	SenderDomains []string `json:"senderDomains,omitempty"`
	// RequireTLS rejects mail not sent over TLS.
	RequireTLS bool `json:"requireTLS"`
	// TLSSenderCertificateName is the SMTP domain (or "*.domain") the
	// on-premises sender's certificate must carry.
	TLSSenderCertificateName string `json:"tlsSenderCertificateName,omitempty"`
	// CloudServicesMailEnabled promotes the cross-premises headers.
	CloudServicesMailEnabled bool `json:"cloudServicesMailEnabled"`
}

// OutboundConnector is the settings of the Exchange Online Outbound
// connector that sends mail to on-premises
// (https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector).
type OutboundConnector struct {
	Name            string          `json:"name"`                     // unique, at most 64 characters; the wizard's is named as [NamesOf] says
	ConnectorType   ConnectorType   `json:"connectorType,omitzero"`   // OnPremises for the hybrid connector; Partner for mail to partners
	ConnectorSource ConnectorSource `json:"connectorSource,omitzero"` // how it was made: HybridWizard (the wizard), Default (by hand) or Migrated
	// RecipientDomains are the domains the connector routes to: the hybrid
	// domains.
	RecipientDomains []string `json:"recipientDomains,omitempty"`
	// SmartHosts are the on-premises hosts it delivers to; required when
	// UseMXRecord is false.
	SmartHosts []string `json:"smartHosts,omitempty"`
	// UseMXRecord routes by DNS (the default) instead of SmartHosts.
	UseMXRecord bool `json:"useMXRecord"`
	// TLSSettings is the TLS authentication level (the TlsSettings
	// parameter).
	TLSSettings TLSAuthLevel `json:"tlsSettings,omitzero"`
	// TLSDomain is the name the on-premises certificate must match; used
	// with DomainValidation only.
	TLSDomain string `json:"tlsDomain,omitempty"`
	// CloudServicesMailEnabled keeps the cross-premises headers.
	CloudServicesMailEnabled bool `json:"cloudServicesMailEnabled"`
	// RouteAllMessagesViaOnPremises sends all mail, including mail to the
	// Internet, through on-premises: centralized mail transport. It
	// requires ConnectorType OnPremises.
	RouteAllMessagesViaOnPremises bool `json:"routeAllMessagesViaOnPremises"`
}

// Set is the hybrid mail-flow configuration of both sides: the on-premises
// Send connector to Exchange Online, the Receive connector settings of each
// server that accepts mail from it, and the Exchange Online Inbound and
// Outbound connectors. [HybridConnectors] builds the Set the Hybrid
// Configuration Wizard would; [ValidateConnectors] checks one. Finding
// paths inside a Set are "send.…", "receive[i].…", "inbound.…" and
// "outbound.…".
type Set struct {
	Send     SendConnector      `json:"send"`     // the on-premises Send connector to Exchange Online
	Receive  []ReceiveConnector `json:"receive"`  // one per server that receives from Exchange Online
	Inbound  InboundConnector   `json:"inbound"`  // Exchange Online's connector from on premises
	Outbound OutboundConnector  `json:"outbound"` // Exchange Online's connector to on premises
}

// TLSCertificate is the certificate hybrid mail flow uses on every sending,
// receiving and Edge Transport server: a certificate from a third-party
// certification authority, the same issuer and subject on every server
// (https://learn.microsoft.com/exchange/certificate-requirements).
type TLSCertificate struct {
	// Name is the "<I>issuer<S>subject" name that connectors and the
	// HybridConfiguration object's TlsCertificateName use.
	Name CertificateName `json:"name"`
	// DNSNames are the certificate's subject alternative names. With the
	// subject's common name they are the names the certificate is valid
	// for, which forced TLS compares with what the other side expects
	// (https://learn.microsoft.com/exchange/transport-options).
	DNSNames []string `json:"dnsNames,omitempty"`
}
