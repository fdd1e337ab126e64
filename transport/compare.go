package transport

import (
	"slices"
	"strconv"

	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/internal/settingdiff"
)

// The Diff functions compare a connector that exists with the one a
// deployment wants, setting by setting, the way Exchange compares the
// values, and name the settings that differ by their cmdlet parameters,
// in the order of the New- cmdlet's parameters. They compare the settings
// the Hybrid Configuration Wizard sets (the fields of the connector
// types), not the name, which identifies the connector: the caller finds
// the connector to compare (package hybrid looks it up under either
// [NameStyle]'s name, [NamesOf]). Package hybrid marks each named setting
// as differing in its plan and writes an Update that sets only those,
// clearing one whose wanted value is empty ($null); TlsDomainCapabilities
// it adds to instead of replacing ([MissingCapabilities]). Values compare
// as follows:
//
//   - host names and domains without regard to case or a trailing dot
//     (dnsname.Equal);
//   - multi-valued properties as sets, as Exchange stores them
//     (MultiValuedProperty): order and repeats do not count; except a
//     Receive connector's TlsDomainCapabilities, which need only hold the
//     wanted entries, since the wizard changes a connector whose other
//     entries are the administrator's;
//   - address spaces parsed, so "contoso.com" is "SMTP:contoso.com;1"
//     (ParseAddressSpace); the domains of Exchange Online's connectors,
//     which Get-InboundConnector and Get-OutboundConnector show in that
//     form ("smtp:*;1"), likewise;
//   - certificate names parsed, issuer and subject without regard to case
//     ([CertificateName.Equal]);
//   - server names as servername.Equal compares them: a name and an FQDN
//     of one server differ, since the lists do not say which is which.

// DiffSendConnector returns the names of the parameters, as
// New-SendConnector and Set-SendConnector spell them, whose values
// differ between current and desired.
func DiffSendConnector(current, desired SendConnector) []string {
	var d settingdiff.Names
	d.Check("AddressSpaces", sameAddressSpaces(current.AddressSpaces, desired.AddressSpaces))
	d.Check("SourceTransportServers", servername.SameSet(current.SourceTransportServers, desired.SourceTransportServers))
	d.Check("DNSRoutingEnabled", current.DNSRoutingEnabled == desired.DNSRoutingEnabled)
	d.Check("SmartHosts", servername.SameSet(current.SmartHosts, desired.SmartHosts))
	d.Check("RequireTLS", current.RequireTLS == desired.RequireTLS)
	d.Check("TlsAuthLevel", current.TLSAuthLevel == desired.TLSAuthLevel)
	d.Check("TlsDomain", dnsname.Equal(current.TLSDomain, desired.TLSDomain))
	d.Check("TlsCertificateName", current.TLSCertificateName.Equal(desired.TLSCertificateName))
	d.Check("Fqdn", dnsname.Equal(current.FQDN, desired.FQDN))
	d.Check("CloudServicesMailEnabled", current.CloudServicesMailEnabled == desired.CloudServicesMailEnabled)
	return d.List()
}

// DiffReceiveConnector returns the parameters of Set-ReceiveConnector the
// hybrid sets whose values differ between current and desired:
// TlsDomainCapabilities when current lacks one of desired's entries
// ([MissingCapabilities]), and TlsCertificateName. The wizard changes an
// existing connector, whose list may hold an administrator's entries
// (a partner domain's): those are no difference.
func DiffReceiveConnector(current, desired ReceiveConnector) []string {
	var d settingdiff.Names
	d.Check("TlsDomainCapabilities", len(MissingCapabilities(current.TLSDomainCapabilities, desired.TLSDomainCapabilities)) == 0)
	d.Check("TlsCertificateName", current.TLSCertificateName.Equal(desired.TLSCertificateName))
	return d.List()
}

// MissingCapabilities returns the entries of want that have does not
// hold: an entry is held when have has an entry of the same domain
// (dnsname.Equal) that offers every one of its capabilities. They are
// what a change adds to the list with the multivalued property syntax,
// -TlsDomainCapabilities @{Add=...}, which keeps the other entries
// (https://learn.microsoft.com/exchange/modify-multivalued-properties-exchange-2013-help).
func MissingCapabilities(have, want []TLSDomainCapability) []TLSDomainCapability {
	var out []TLSDomainCapability
	for _, w := range want {
		held := slices.ContainsFunc(have, func(h TLSDomainCapability) bool {
			return dnsname.Equal(h.Domain, w.Domain) && h.Capabilities&w.Capabilities == w.Capabilities
		})
		if !held {
			out = append(out, w)
		}
	}
	return out
}

// DiffInboundConnector returns the names of the parameters, as
// New-InboundConnector and Set-InboundConnector spell them, whose values
// differ between current and desired.
func DiffInboundConnector(current, desired InboundConnector) []string {
	var d settingdiff.Names
	d.Check("ConnectorType", current.ConnectorType == desired.ConnectorType)
	d.Check("ConnectorSource", current.ConnectorSource == desired.ConnectorSource)
	d.Check("SenderDomains", sameDomainSpaces(current.SenderDomains, desired.SenderDomains))
	d.Check("RequireTls", current.RequireTLS == desired.RequireTLS)
	d.Check("TlsSenderCertificateName", dnsname.Equal(current.TLSSenderCertificateName, desired.TLSSenderCertificateName))
	d.Check("CloudServicesMailEnabled", current.CloudServicesMailEnabled == desired.CloudServicesMailEnabled)
	return d.List()
}

// DiffOutboundConnector returns the names of the parameters, as
// New-OutboundConnector and Set-OutboundConnector spell them, whose values
// differ between current and desired.
func DiffOutboundConnector(current, desired OutboundConnector) []string {
	var d settingdiff.Names
	d.Check("ConnectorType", current.ConnectorType == desired.ConnectorType)
	d.Check("ConnectorSource", current.ConnectorSource == desired.ConnectorSource)
	d.Check("RecipientDomains", sameDomainSpaces(current.RecipientDomains, desired.RecipientDomains))
	d.Check("SmartHosts", servername.SameSet(current.SmartHosts, desired.SmartHosts))
	d.Check("UseMXRecord", current.UseMXRecord == desired.UseMXRecord)
	d.Check("TlsSettings", current.TLSSettings == desired.TLSSettings)
	d.Check("TlsDomain", dnsname.Equal(current.TLSDomain, desired.TLSDomain))
	d.Check("CloudServicesMailEnabled", current.CloudServicesMailEnabled == desired.CloudServicesMailEnabled)
	d.Check("RouteAllMessagesViaOnPremises", current.RouteAllMessagesViaOnPremises == desired.RouteAllMessagesViaOnPremises)
	return d.List()
}

// addressSpaceKey is the key of an address space under Exchange's
// comparison: the type without regard to case, the address as a domain
// (an SMTP address) or as written, and the cost.
func addressSpaceKey(a AddressSpace) string {
	address := a.Address
	if a.IsSMTP() {
		address = servername.Key(address)
	}
	return servername.Key(a.Type) + ":" + address + ";" + strconv.Itoa(a.Cost)
}

// sameAddressSpaces reports whether two lists hold the same address
// spaces, as sets.
func sameAddressSpaces(a, b []AddressSpace) bool {
	return slices.Equal(sortedKeys(a, addressSpaceKey), sortedKeys(b, addressSpaceKey))
}

// sameDomainSpaces reports whether two lists of domains, written as
// domains or as address spaces, hold the same entries as sets. An entry
// that is not an address space is compared as a name.
func sameDomainSpaces(a, b []string) bool {
	key := func(s string) string {
		if as, err := ParseAddressSpace(s); err == nil {
			return addressSpaceKey(as)
		}
		return servername.Key(s)
	}
	return slices.Equal(sortedKeys(a, key), sortedKeys(b, key))
}

// sortedKeys returns the sorted, distinct keys of list.
func sortedKeys[T any](list []T, key func(T) string) []string {
	keys := make([]string, len(list))
	for i, x := range list {
		keys[i] = key(x)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}
