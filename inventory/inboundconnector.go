package inventory

import (
	"fmt"
	"strings"

	"github.com/exhybrid/exhybrid/transport"
)

// typeInboundConnector is the class Get-InboundConnector returns. Exchange
// declares it as TenantInboundConnector in the namespace
// Microsoft.Exchange.Data.Directory.SystemConfiguration, and the Hybrid
// Configuration Wizard reads Get-InboundConnector's output as that type.
// Source: Exchange's classes as decompiled in the public repository
// github.com/evilashz/exchange-server-27065,
// Microsoft.Exchange.Data.Directory/Data/Directory/SystemConfiguration/TenantInboundConnector.cs,
// and the wizard's PowerShellTenantSession (RunOneCommand<TenantInboundConnector>("Get-InboundConnector")).
// No public export confirms the name that Exchange Online PowerShell
// writes today.
const typeInboundConnector = "Microsoft.Exchange.Data.Directory.SystemConfiguration.TenantInboundConnector"

// InboundConnector is one Exchange Online Inbound connector as
// Get-InboundConnector shows it, in the transport package's terms, so that
// the rules on a planned connector run on an exported one unchanged, with
// the settings that package does not model beside it. It is identified by
// its name. Properties:
// https://learn.microsoft.com/powershell/module/exchange/set-inboundconnector.
type InboundConnector struct {
	transport.InboundConnector
	// Enabled is false for a connector switched off, which accepts nothing.
	Enabled bool `json:"enabled"`
	// SenderIPAddresses are the addresses the connector accepts mail
	// from, as written: an address, a CIDR prefix or a lo-hi range.
	SenderIPAddresses []string `json:"senderIPAddresses,omitempty"`
	// RestrictDomainsToCertificate rejects mail from SenderDomains not
	// sent with a certificate named TlsSenderCertificateName.
	RestrictDomainsToCertificate bool `json:"restrictDomainsToCertificate,omitempty"`
	// RestrictDomainsToIPAddresses rejects mail from SenderDomains not
	// sent from SenderIPAddresses.
	RestrictDomainsToIPAddresses bool `json:"restrictDomainsToIPAddresses,omitempty"`
	// TreatMessagesAsInternal treats mail from the connector as internal
	// without the hybrid headers; Microsoft advises it only where on
	// premises does not run Exchange.
	TreatMessagesAsInternal bool `json:"treatMessagesAsInternal,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

// UnmarshalJSON reads the connector, enabled unless "enabled" says
// otherwise (Exchange's default), refusing unknown keys.
func (c *InboundConnector) UnmarshalJSON(data []byte) error {
	type plain InboundConnector // without this method, which decoding would call again
	return decodeEnabled(data, (*plain)(c), func(p *plain) { p.Enabled = true })
}

func (c InboundConnector) key() string    { return strings.ToLower(c.Name) }
func (c InboundConnector) origin() Origin { return c.From }

// readInboundConnector reads a Get-InboundConnector object. One without a
// Name is skipped; a type, source or sender domain that cannot be read is
// dropped with its finding.
func readInboundConnector(o object, name string) (InboundConnector, bool) {
	fix := o.exportAll()
	c := InboundConnector{
		InboundConnector: transport.InboundConnector{
			Name: name,
			// Absent or null, ConnectorType (OnPremises or Partner) and
			// ConnectorSource (Default, HybridWizard or Migrated) are the
			// zero values, which the transport rules report.
			ConnectorType:            parsed(o, "ConnectorType", transport.ParseConnectorType),
			ConnectorSource:          parsed(o, "ConnectorSource", transport.ParseConnectorSource),
			RequireTLS:               o.boolOr("RequireTls", fix, true), // $true by default (New-InboundConnector)
			TLSSenderCertificateName: o.text("TlsSenderCertificateName"),
			CloudServicesMailEnabled: o.boolean("CloudServicesMailEnabled"),
		},
		Enabled:                      o.enabled(),
		SenderIPAddresses:            o.ipRanges("SenderIPAddresses"),
		RestrictDomainsToCertificate: o.boolean("RestrictDomainsToCertificate"),
		RestrictDomainsToIPAddresses: o.boolean("RestrictDomainsToIPAddresses"),
		TreatMessagesAsInternal:      o.boolean("TreatMessagesAsInternal"),
		From:                         o.origin(),
	}
	// SenderDomains is a list of AddressSpace, written "smtp:*;1"; the
	// connector matches domains, so only the SMTP address is kept.
	for i, s := range o.list("SenderDomains") {
		a, err := transport.ParseAddressSpace(s)
		if err == nil && a.Type != "SMTP" {
			err = fmt.Errorf("%q is a %s address space, not SMTP", s, a.Type)
		}
		if err != nil {
			o.invalid(fmt.Sprintf("SenderDomains[%d]", i), "", err)
			continue
		}
		c.SenderDomains = append(c.SenderDomains, a.Address)
	}
	return c, true
}
