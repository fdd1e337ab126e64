package transport

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/enum"
	"github.com/exhybrid/exhybrid/roles"
)

// Params describes a hybrid mail-flow deployment as the Hybrid
// Configuration Wizard is given it: the tenant, the certificate, the
// organization's servers and which of them carry hybrid mail, the hybrid
// domains, the on-premises endpoint Exchange Online delivers to, and the
// mail-flow options. Server names refer to Servers by name or FQDN,
// without regard to case.
//
// [HybridConnectors] builds the connectors from Params; [ValidateConnectors]
// checks connectors against them. Both report problems with Params itself
// (paths relative to Params in HybridConnectors, under "params" in
// ValidateConnectors).
type Params struct {
	// Tenant is the Exchange Online tenant, whose coexistence domain
	// (contoso.mail.onmicrosoft.com) the Send connector routes to.
	Tenant exhybrid.Tenant `json:"tenant"`
	// Certificate is the third-party certificate for hybrid mail flow, the
	// HybridConfiguration object's TlsCertificateName.
	Certificate TLSCertificate `json:"certificate"`
	// Servers are the organization's Exchange servers, Edge Transport
	// servers included. This package checks only what concerns hybrid mail
	// flow: that the servers named below exist and may carry it, and that
	// their build names an on-premises product ([CodeEndpointVersionUnknown]).
	// Check the servers themselves (builds, roles, coexistence) with
	// roles.ValidateServers.
	Servers []roles.Server `json:"servers"`
	// SendingServers are the servers that send to Exchange Online
	// (SendingTransportServers): 2016 and later Mailbox, 2013 Mailbox or
	// 2010 Hub Transport servers. Empty when EdgeServers is set.
	SendingServers []string `json:"sendingServers,omitempty"`
	// ReceivingServers are the servers Exchange Online delivers to
	// (ReceivingTransportServers): 2016 and later Mailbox, 2013 Client
	// Access or 2010 Hub Transport servers. Empty when EdgeServers is set.
	ReceivingServers []string `json:"receivingServers,omitempty"`
	// EdgeServers are the Edge Transport servers that carry hybrid mail in
	// both directions instead (EdgeTransportServers): Exchange 2010 SP3 or
	// later, subscribed with EdgeSync.
	EdgeServers []string `json:"edgeServers,omitempty"`
	// Domains are the hybrid domains: the shared SMTP domains, such as
	// contoso.com, which the Exchange Online Outbound connector routes to
	// on-premises.
	Domains []string `json:"domains"`
	// OnPremisesSmartHost is the FQDN Exchange Online delivers to, such as
	// mail.contoso.com; the certificate must carry it.
	OnPremisesSmartHost string `json:"onPremisesSmartHost"`
	// Options are the mail-flow choices and the policy choices on which
	// Microsoft's pages and the field differ.
	Options Options `json:"options,omitzero"`
	// Checked says the caller has validated the inputs on their own (the
	// tenant, certificate, domains, smart host, cloud and ID, and the
	// servers with their builds and Edge Subscriptions) and reports their
	// problems in its own terms, as the hybrid package does:
	// [HybridConnectors] then leaves out the findings of those Input rules.
	Checked bool `json:"-"`
}

// Options are the choices of a hybrid mail-flow deployment. Cloud must be
// set. The zero value of every other field is the documented default:
// centralized mail transport off, DomainValidation, DNS routing for the
// Send connector, the connector names of Microsoft's pages, and an
// identifier derived from the tenant.
type Options struct {
	// Centralized turns on centralized mail transport: Exchange Online
	// sends all its outbound mail through on-premises (the Outbound
	// connector's RouteAllMessagesViaOnPremises). Off by default, and
	// recommended only for compliance needs
	// (https://learn.microsoft.com/exchange/transport-routing).
	Centralized bool `json:"centralized,omitempty"`
	// Cloud is the cloud instance of the tenant, which decides the
	// Exchange Online Protection TLS domain ([EOPTLSDomain]). It has no
	// default: the zero Cloud is reported with [CodeCloudInvalid], so a
	// GCC High or DoD tenant is never configured as a worldwide one by
	// omission.
	Cloud exhybrid.Cloud `json:"cloud,omitzero"`
	// TLSDomain overrides the Exchange Online Protection TLS domain that
	// [EOPTLSDomain] gives for Cloud. It is required for a cloud without a
	// known value (21Vianet), and confirms the unconfirmed value of GCC
	// High and DoD.
	TLSDomain string `json:"tlsDomain,omitempty"`
	// TLSAuthLevel is the level the generated Send and Outbound connectors
	// use and the lowest [ValidateConnectors] accepts without a warning:
	// DomainValidation (the zero value, the Hybrid Configuration Wizard's
	// setting) or CertificateValidation, the level of Microsoft's page on
	// relaying through Exchange Online, which its HealthChecker also
	// accepts
	// (https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail,
	// https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md).
	// EncryptionOnly is reported with [CodeOptionInvalid]: hybrid mail flow
	// authenticates both sides by certificate
	// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard).
	TLSAuthLevel TLSAuthLevel `json:"tlsAuthLevel,omitzero"`
	// SendRouting is how the generated Send connector reaches Exchange
	// Online. The zero value means SendRoutingDNS, what the wizard
	// configures; SendRoutingSmartHost needs EOPSmartHost.
	SendRouting SendRouting `json:"sendRouting,omitzero"`
	// EOPSmartHost is the smart host of a SendRoutingSmartHost connector,
	// such as the Exchange Online Protection MX host of one of your domains
	// as the Microsoft 365 admin center shows it. It is required with
	// SendRoutingSmartHost and reported with [CodeOptionInvalid] otherwise;
	// it is never derived.
	EOPSmartHost string `json:"eopSmartHost,omitempty"`
	// Names chooses the connector names. The zero value means
	// NamesDocumented.
	Names NameStyle `json:"names,omitzero"`
	// ID is the unique identifier in the Exchange Online connector names
	// ("Inbound from <ID>"), a GUID in the form
	// 6ba7b810-9dad-11d1-80b4-00c04fd430c8. The wizard uses an identifier of
	// the on-premises organization; this library has no randomness and no
	// access to it, so pass it here. When empty, HybridConnectors derives a
	// stable one from the coexistence domain (a name-based UUID, RFC 9562
	// version 5) and says so with an info finding ([CodeIDDerived]); with
	// no valid tenant there is nothing to derive it from, and the names
	// that hold it are left empty.
	ID string `json:"id,omitempty"`
	// EdgeAcceptOorgProtocol gives Exchange 2013 and later Edge Transport
	// servers the AcceptOorgProtocol capability instead of
	// AcceptCloudServicesMail. Some Edge hybrid instructions set it; the
	// Set-ReceiveConnector page lists AcceptOorgProtocol for Exchange 2010
	// only. ValidateConnectors accepts either on 2013 and later.
	EdgeAcceptOorgProtocol bool `json:"edgeAcceptOorgProtocol,omitempty"`
}

// SendRouting is how the on-premises Send connector reaches Exchange
// Online. The zero SendRouting is [SendRoutingUnknown]: not a routing, and
// it cannot be marshalled; in [Options] it stands for the default,
// SendRoutingDNS.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type SendRouting = enum.Value[sendRoutingTag]

// The Send connector routings.
const (
	SendRoutingUnknown SendRouting = iota // invalid; Options reads it as SendRoutingDNS
	// SendRoutingDNS routes by the MX record of the coexistence domain,
	// with no smart host (DNSRoutingEnabled $true, SmartHosts $null): what
	// the Hybrid Configuration Wizard configures, as transcriptions of its
	// logs show. DNS routing is also the cmdlet's default
	// (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector).
	// No Microsoft page describes the wizard's Send connector with a smart
	// host.
	SendRoutingDNS
	// SendRoutingSmartHost sends to Options.EOPSmartHost with DNS routing
	// off, as in Microsoft's page on connectors that relay mail from your
	// own servers through Microsoft 365
	// (https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail):
	// a manual design, not the wizard's, for which you give the host.
	SendRoutingSmartHost
)

var sendRoutingEnum = &enum.Table{Pkg: "transport", Type: "SendRouting", Names: []string{"Unknown", "DNS", "SmartHost"},
	Aliases: map[string]string{"mx": "DNS", "dnsrouting": "DNS", "smarthosts": "SmartHost", "smart host": "SmartHost"}, Err: ErrUnknownValue}

// ParseSendRouting parses "DNS" or "SmartHost", ignoring case and
// surrounding spaces; it also accepts "MX", "DNSRouting", "SmartHosts" and
// "Smart host".
func ParseSendRouting(s string) (SendRouting, error) { return enum.Parse[sendRoutingTag](s) }

// NameStyle chooses the names of the generated connectors. The zero
// NameStyle is [NamesUnknown]: not a style, and it cannot be marshalled; in
// [Options] it stands for the default, NamesDocumented.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type NameStyle = enum.Value[nameStyleTag]

// The name styles. ID is Options.ID.
const (
	NamesUnknown NameStyle = iota // invalid; Options reads it as NamesDocumented
	// NamesDocumented uses the names of Microsoft's pages: Send connector
	// "Outbound to Office 365"
	// (https://learn.microsoft.com/exchange/hybrid-deployment/set-up-microsoft-365-groups),
	// Inbound connector "Inbound from <ID>" and Outbound connector
	// "Outbound from <ID>"
	// (https://learn.microsoft.com/exchange/decommission-on-premises-exchange).
	NamesDocumented
	// NamesHCWLog uses the names that transcriptions of Hybrid
	// Configuration Wizard logs show: "Outbound to Office 365 - <ID>",
	// "Inbound from <ID>" and "Outbound to <ID>".
	NamesHCWLog
)

var nameStyleEnum = &enum.Table{Pkg: "transport", Type: "NameStyle", Names: []string{"Unknown", "Documented", "HCWLog"},
	Aliases: map[string]string{"docs": "Documented", "hcw": "HCWLog", "hcw log": "HCWLog", "log": "HCWLog"}, Err: ErrUnknownValue}

// ParseNameStyle parses "Documented" (also "Docs") or "HCWLog" (also
// "HCW", "Log"), ignoring case and surrounding spaces.
func ParseNameStyle(s string) (NameStyle, error) { return enum.Parse[nameStyleTag](s) }

// tlsAuthLevel returns the level the options ask for: CertificateValidation
// when asked, else DomainValidation (an invalid or EncryptionOnly option is
// reported by the checks).
func (o Options) tlsAuthLevel() TLSAuthLevel {
	if o.TLSAuthLevel == TLSAuthCertificateValidation {
		return TLSAuthCertificateValidation
	}
	return TLSAuthDomainValidation
}

// sendRouting returns the routing the options ask for; an unset or
// invalid routing (reported by the checks) means DNS.
func (o Options) sendRouting() SendRouting {
	if !o.SendRouting.IsValid() {
		return SendRoutingDNS
	}
	return o.SendRouting
}

func (o Options) names() NameStyle {
	if o.Names == NamesUnknown {
		return NamesDocumented
	}
	return o.Names
}

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	sendRoutingTag struct{}
	nameStyleTag   struct{}
)

func (sendRoutingTag) Enum() *enum.Table { return sendRoutingEnum }
func (nameStyleTag) Enum() *enum.Table   { return nameStyleEnum }
