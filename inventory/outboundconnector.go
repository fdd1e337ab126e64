package inventory

import (
	"strings"

	"github.com/exhybrid/exhybrid/transport"
)

// typeOutboundConnector is the class Get-OutboundConnector returns:
// TenantOutboundConnector in Microsoft.Exchange.Data.Directory.SystemConfiguration.
// Source: Exchange's classes as decompiled in the public repository
// github.com/evilashz/exchange-server-27065,
// Microsoft.Exchange.Data.Directory/Data/Directory/SystemConfiguration/TenantOutboundConnector.cs,
// and the Hybrid Configuration Wizard's PowerShellTenantSession
// (RunOneCommand<TenantOutboundConnector>("Get-OutboundConnector")). No
// public export confirms the name that Exchange Online PowerShell writes
// today.
const typeOutboundConnector = "Microsoft.Exchange.Data.Directory.SystemConfiguration.TenantOutboundConnector"

// OutboundConnector is one Exchange Online Outbound connector as
// Get-OutboundConnector shows it, in the transport package's terms, with
// the settings that package does not model beside it. It is identified by
// its name. Properties:
// https://learn.microsoft.com/powershell/module/exchange/set-outboundconnector.
type OutboundConnector struct {
	transport.OutboundConnector
	// Enabled is false for a connector switched off, which routes nothing.
	Enabled bool `json:"enabled"`
	// IsTransportRuleScoped makes the connector serve only mail that a
	// transport rule sends to it; the hybrid connector is not scoped.
	IsTransportRuleScoped bool `json:"isTransportRuleScoped,omitempty"`
	// AllAcceptedDomains routes mail for every accepted domain of the
	// tenant through the connector (OnPremises connectors only).
	AllAcceptedDomains bool `json:"allAcceptedDomains,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

// UnmarshalJSON reads the connector, enabled unless "enabled" says
// otherwise (Exchange's default), refusing unknown keys.
func (c *OutboundConnector) UnmarshalJSON(data []byte) error {
	type plain OutboundConnector // without this method, which decoding would call again
	return decodeEnabled(data, (*plain)(c), func(p *plain) { p.Enabled = true })
}

func (c OutboundConnector) key() string    { return strings.ToLower(c.Name) }
func (c OutboundConnector) origin() Origin { return c.From }

// readOutboundConnector reads a Get-OutboundConnector object. One without
// a Name is skipped; a type, source or TLS level that cannot be read is
// left unset with its finding.
func readOutboundConnector(o object, name string) (OutboundConnector, bool) {
	fix := o.exportAll()
	c := OutboundConnector{
		OutboundConnector: transport.OutboundConnector{
			Name:             name,
			ConnectorType:    parsed(o, "ConnectorType", transport.ParseConnectorType),
			ConnectorSource:  parsed(o, "ConnectorSource", transport.ParseConnectorSource),
			RecipientDomains: o.list("RecipientDomains"),
			SmartHosts:       o.list("SmartHosts"),
			// UseMXRecord defaults to true (DNS routing,
			// https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector):
			// left out of an export, it must not read as routing to SmartHosts.
			UseMXRecord:                   o.boolOr("UseMXRecord", fix, true),
			TLSDomain:                     o.text("TlsDomain"),
			CloudServicesMailEnabled:      o.boolean("CloudServicesMailEnabled"),
			RouteAllMessagesViaOnPremises: o.boolean("RouteAllMessagesViaOnPremises"),
		},
		Enabled:               o.enabled(),
		IsTransportRuleScoped: o.boolean("IsTransportRuleScoped"),
		AllAcceptedDomains:    o.boolean("AllAcceptedDomains"),
		From:                  o.origin(),
	}
	// TlsSettings is a nullable TlsAuthLevel: null is no TLS
	// authentication, the zero level.
	c.TLSSettings = parsed(o, "TlsSettings", transport.ParseTLSAuthLevel)
	return c, true
}
