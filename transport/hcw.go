package transport

import (
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/guid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// HybridConnectors returns the mail-flow configuration the Hybrid
// Configuration Wizard would give the deployment p: the on-premises Send
// connector to Exchange Online, the settings to apply to the Receive
// connector of each receiving or Edge Transport server, and the Exchange
// Online Inbound and Outbound connectors. It also checks p and returns every
// finding, with paths relative to p ("sendingServers[0]",
// "options.tlsDomain"). When the findings hold an error the Set is
// incomplete and must not be applied. It is a pure function of p.
//
// What it builds, and from where:
//
//	Send connector (on premises)
//	  Name                      "Outbound to Office 365" (Options.Names)
//	  AddressSpaces             SMTP:<tenant>.mail.onmicrosoft.com;1
//	  SourceTransportServers    the sending servers, or the Edge servers
//	  SmartHosts                Options.EOPSmartHost, DNSRoutingEnabled false (Options.SendRouting)
//	  RequireTLS                true
//	  TLSAuthLevel              DomainValidation (Options.TLSAuthLevel)
//	  TLSDomain                 mail.protection.outlook.com (cloud), with DomainValidation
//	  TLSCertificateName        the certificate
//	  FQDN                      the certificate's name (OnPremisesSmartHost for a wildcard)
//	  CloudServicesMailEnabled  true
//	Receive connector, per receiving or Edge server (a change to an existing connector)
//	  Name                      "Default Frontend <server>" (2013 and later),
//	                            "Default internal receive connector <server>" (Edge)
//	  TransportRole             FrontendTransport (not on Edge or 2010)
//	  TLSDomainCapabilities     mail.protection.outlook.com:AcceptCloudServicesMail
//	                            (AcceptOorgProtocol on Exchange 2010)
//	  TLSCertificateName        the certificate (not on Exchange 2010)
//	Inbound connector (Exchange Online)
//	  Name                      "Inbound from <ID>"
//	  ConnectorType, Source     OnPremises, HybridWizard
//	  SenderDomains             *
//	  RequireTLS                true
//	  TLSSenderCertificateName  the certificate's name
//	  CloudServicesMailEnabled  true
//	Outbound connector (Exchange Online)
//	  Name                      "Outbound from <ID>" (Options.Names)
//	  ConnectorType, Source     OnPremises, HybridWizard
//	  RecipientDomains          the hybrid domains
//	  SmartHosts, UseMXRecord   OnPremisesSmartHost, false
//	  TLSSettings, TLSDomain    DomainValidation, the certificate's name
//	  CloudServicesMailEnabled  true
//	  RouteAllMessagesViaOnPremises  Options.Centralized
//
// Microsoft's pages describe these objects in general terms: the wizard
// configures Send and Receive connectors on premises and Inbound and
// Outbound connectors in Exchange Online
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard), with
// forced TLS and certificates on both sides
// (https://learn.microsoft.com/exchange/transport-options). The parameter
// pages give each setting's meaning and the wizard's defaults
// (CloudServicesMailEnabled: "the default for connectors that are created
// by the Hybrid Configuration wizard",
// https://learn.microsoft.com/powershell/module/exchange/new-sendconnector;
// ConnectorSource HybridWizard,
// https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector;
// the receive capabilities,
// https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector;
// the default Receive connector names,
// https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors).
// The exact values where no Microsoft page states them (SenderDomains *,
// TLSSenderCertificateName and TLSDomain set to the certificate's name, the
// Send connector's FQDN) follow transcriptions of wizard logs. Where those
// transcriptions and Microsoft's pages differ — the Send connector's
// routing and the connector names — the pages are the default and the
// transcriptions an option.
func HybridConnectors(p Params) (Set, exhybrid.Findings) {
	var fs exhybrid.Findings
	f := checkParams(&fs, "", p)
	id := connectorID(&fs, p.Options.ID, f.coexistence)
	names := connectorNames(p.Options.names(), id)
	host, _ := p.Certificate.host()

	send := SendConnector{
		Name:                     names.send,
		RequireTLS:               true,
		TLSAuthLevel:             f.level,
		TLSCertificateName:       p.Certificate.Name,
		FQDN:                     host,
		CloudServicesMailEnabled: true,
	}
	if f.coexistence != "" {
		send.AddressSpaces = []AddressSpace{SMTPAddressSpace(f.coexistence)}
	}
	if strings.HasPrefix(host, "*.") {
		send.FQDN = p.OnPremisesSmartHost
	}
	if f.level == DomainValidation {
		send.TLSDomain = f.eopDomain
	}
	if f.edge {
		send.SourceTransportServers = clone(p.EdgeServers)
	} else {
		send.SourceTransportServers = clone(p.SendingServers)
	}
	switch p.Options.sendRouting() {
	case SendRoutingDNS:
		send.DNSRoutingEnabled = true
	default:
		if h := eopSmartHost(&fs, p); h != "" {
			send.SmartHosts = []string{h}
		}
	}

	receivers := p.ReceivingServers
	if f.edge {
		receivers = p.EdgeServers
	}
	var receive []ReceiveConnector
	for i, name := range receivers {
		j := findServer(p.Servers, name)
		if j < 0 {
			continue // reported by checkParams
		}
		receive = append(receive, receiveConnector(&fs, p, f, p.Servers[j], name, i))
	}

	set := Set{
		Send:    send,
		Receive: receive,
		Inbound: InboundConnector{
			Name:                     names.inbound,
			ConnectorType:            OnPremises,
			ConnectorSource:          SourceHybridWizard,
			SenderDomains:            []string{"*"},
			RequireTLS:               true,
			TLSSenderCertificateName: host,
			CloudServicesMailEnabled: true,
		},
		Outbound: OutboundConnector{
			Name:                          names.outbound,
			ConnectorType:                 OnPremises,
			ConnectorSource:               SourceHybridWizard,
			RecipientDomains:              clone(p.Domains),
			TLSSettings:                   f.level,
			CloudServicesMailEnabled:      true,
			RouteAllMessagesViaOnPremises: p.Options.Centralized,
		},
	}
	if p.OnPremisesSmartHost != "" {
		set.Outbound.SmartHosts = []string{p.OnPremisesSmartHost}
	}
	if f.level == DomainValidation {
		set.Outbound.TLSDomain = host
	}
	return set, fs
}

// receiveConnector returns the hybrid settings of the Receive connector of
// server s, listed as name at index i of the receiving (or Edge) servers.
func receiveConnector(fs *exhybrid.Findings, p Params, f facts, s roles.Server, name string, i int) ReceiveConnector {
	rc := ReceiveConnector{Server: s.Name}
	capability := AcceptCloudServicesMail
	switch {
	case s.IsEdge():
		rc.Name = "Default internal receive connector " + s.Name
		if p.Options.EdgeAcceptOorgProtocol {
			capability = AcceptOorgProtocol
		}
	case s.Product() == version.Exchange2010:
		field := "receivingServers"
		if f.edge {
			field = "edgeServers"
		}
		add(fs, atIndex("", field, i), exhybrid.SeverityInfo, CodeReceiveConnectorUnnamed, "Apply the settings to the Hub Transport server's Receive connector that accepts mail from the Internet",
			"%s (listed as %q) runs Exchange 2010; the Receive connector to change is left unnamed", s.Label(), name)
	default:
		rc.Name = "Default Frontend " + s.Name
		rc.TransportRole = FrontendTransport
	}
	if s.Product() == version.Exchange2010 {
		// Exchange 2010 has AcceptOorgProtocol and no TlsCertificateName on
		// Receive connectors
		// (https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector).
		capability = AcceptOorgProtocol
	} else {
		rc.TLSCertificateName = p.Certificate.Name
	}
	if f.eopDomain != "" {
		rc.TLSDomainCapabilities = []TLSDomainCapability{{Domain: f.eopDomain, Capabilities: CapabilitiesOf(capability)}}
	}
	return rc
}

// names are the generated connectors' names.
type names struct{ send, inbound, outbound string }

func connectorNames(style NameStyle, id string) names {
	if style == NamesHCWLog {
		return names{send: "Outbound to Office 365 - " + id, inbound: "Inbound from " + id, outbound: "Outbound to " + id}
	}
	return names{send: "Outbound to Office 365", inbound: "Inbound from " + id, outbound: "Outbound from " + id}
}

// connectorID returns the identifier for the Exchange Online connector
// names: id when it is a GUID, else one derived from the coexistence domain.
func connectorID(fs *exhybrid.Findings, id, coexistence string) string {
	if id != "" {
		if !guid.Valid(id) {
			add(fs, at("", "options.id"), exhybrid.SeverityError, CodeIDInvalid, "Give a GUID such as 6ba7b810-9dad-11d1-80b4-00c04fd430c8",
				"connector identifier %q is not a GUID", id)
		}
		return id
	}
	derived := guid.FromName(coexistence)
	add(fs, at("", "options.id"), exhybrid.SeverityInfo, CodeIDDerived, "Set Options.ID to keep the identifier of existing connectors",
		"no connector identifier given; derived %s from %q", derived, coexistence)
	return derived
}

// eopSmartHost returns the Send connector's smart host: Options.EOPSmartHost,
// or one derived from the first hybrid domain in the worldwide cloud by the
// pattern of Microsoft's page ("-SmartHosts <YourDomain>-com.mail.protection.outlook.com",
// contoso.com giving contoso-com.mail.protection.outlook.com,
// https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail).
func eopSmartHost(fs *exhybrid.Findings, p Params) string {
	if h := p.Options.EOPSmartHost; h != "" {
		if err := dnsname.CheckFQDN(h); err != nil {
			add(fs, at("", "options.eopSmartHost"), exhybrid.SeverityError, CodeNameInvalid, "Give the MX host shown in the Microsoft 365 admin center",
				"EOP smart host %q: %v", h, err)
			return ""
		}
		return h
	}
	worldwide := p.Options.Cloud == exhybrid.CloudUnknown || p.Options.Cloud == exhybrid.CloudWorldwide
	if worldwide && len(p.Domains) > 0 && dnsname.CheckFQDN(p.Domains[0]) == nil {
		h := strings.ReplaceAll(strings.ToLower(p.Domains[0]), ".", "-") + ".mail.protection.outlook.com"
		if dnsname.CheckFQDN(h) == nil {
			add(fs, at("", "options.eopSmartHost"), exhybrid.SeverityInfo, CodeEOPSmartHostDerived, "Check the smart host against the MX record shown in the Microsoft 365 admin center, or set Options.EOPSmartHost",
				"no EOP smart host given; derived %s from hybrid domain %s", h, p.Domains[0])
			return h
		}
	}
	add(fs, at("", "options.eopSmartHost"), exhybrid.SeverityError, CodeEOPSmartHostMissing, "Set Options.EOPSmartHost to the MX host of your domain in Exchange Online Protection, or use SendRoutingDNS",
		"no EOP smart host given and none can be derived")
	return ""
}

// clone returns a copy of s, nil for an empty s.
func clone(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return append([]string(nil), s...)
}
