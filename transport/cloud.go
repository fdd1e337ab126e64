package transport

import "github.com/exhybrid/exhybrid"

// EOPTLSDomain returns the domain that Exchange Online Protection's
// certificates carry in cloud c, which the on-premises Send connector uses
// as its TlsDomain under DomainValidation and the Receive connectors name in
// their TlsDomainCapabilities entry, and false when this package knows no
// value for c:
//
//	Worldwide       mail.protection.outlook.com
//	GCC High, DoD   mail.protection.office365.us (unconfirmed)
//	21Vianet        (none known; set Options.TLSDomain)
//	zero Cloud      (none: the cloud must be given)
//
// Sources: Microsoft's HealthChecker expects TlsDomain
// mail.protection.outlook.com on a Send connector to Exchange Online
// (https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md),
// and the receive capability the Set-ReceiveConnector page documents is
// given for that domain by the Hybrid Configuration Wizard (see
// [HybridConnectors]). For GCC High and DoD the value is only the domain
// under which Exchange Online Protection's hosts are published, per the MX
// records Microsoft gives for those clouds
// (https://learn.microsoft.com/microsoft-365/enterprise/dns-records-for-office-365-gcc-high,
// https://learn.microsoft.com/microsoft-365/enterprise/dns-records-for-office-365-dod);
// no Microsoft page read for this package states the connector setting for
// those clouds. So the checks never turn a mismatch with it into an error,
// and [HybridConnectors] notes it with [CodeTLSDomainUnconfirmed] unless
// Options.TLSDomain confirms it.
func EOPTLSDomain(c exhybrid.Cloud) (string, bool) {
	d, _ := eopTLSDomain(c)
	return d, d != ""
}

// eopTLSDomain returns the EOP TLS domain of c and whether a Microsoft
// source for hybrid connectors confirms it.
func eopTLSDomain(c exhybrid.Cloud) (domain string, confirmed bool) {
	switch c {
	case exhybrid.CloudWorldwide:
		return "mail.protection.outlook.com", true
	case exhybrid.CloudGCCHigh, exhybrid.CloudDoD:
		return "mail.protection.office365.us", false
	}
	return "", false
}
