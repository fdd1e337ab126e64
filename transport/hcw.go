package transport

import (
	"strings"

	"github.com/exhybrid/exhybrid"
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
// incomplete and must not be applied; when they hold none, the Set passes
// [ValidateConnectors] with no finding but those about p. It is a pure
// function of p, whose cost grows linearly with the number of servers and
// of server names listed.
//
// What it builds, and from where:
//
//	Send connector (on premises)
//	  Name                      "Outbound to Office 365" (Options.Names)
//	  AddressSpaces             SMTP:<tenant>.mail.onmicrosoft.com;1
//	  SourceTransportServers    the sending servers, or the Edge servers
//	  DNSRoutingEnabled         true; with Options.SendRouting SmartHost,
//	  SmartHosts                false and Options.EOPSmartHost
//	  RequireTLS                true
//	  TLSAuthLevel              DomainValidation (Options.TLSAuthLevel)
//	  TLSDomain                 mail.protection.outlook.com (per cloud), with
//	                            DomainValidation or a smart host
//	  TLSCertificateName        the certificate (not when every source runs Exchange 2010)
//	  FQDN                      the certificate's host name (OnPremisesSmartHost for a wildcard)
//	  CloudServicesMailEnabled  true (not when every source runs Exchange 2010)
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
//	  TLSSenderCertificateName  the certificate's host name
//	  CloudServicesMailEnabled  true
//	Outbound connector (Exchange Online)
//	  Name                      "Outbound from <ID>" (Options.Names)
//	  ConnectorType, Source     OnPremises, HybridWizard
//	  RecipientDomains          the hybrid domains
//	  SmartHosts, UseMXRecord   OnPremisesSmartHost, false
//	  TLSSettings, TLSDomain    DomainValidation, the certificate's host name
//	  CloudServicesMailEnabled  true
//	  RouteAllMessagesViaOnPremises  Options.Centralized
//
// The certificate's host name is its subject common name when that is a
// host name (or a "*.domain" wildcard), else its first DNS name that is
// one.
//
// Microsoft's pages describe these objects in general terms: the wizard
// configures Send and Receive connectors on premises and Inbound and
// Outbound connectors in Exchange Online
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard), with
// forced TLS and certificates on both sides
// (https://learn.microsoft.com/exchange/transport-options). The parameter
// pages give each setting's meaning, the wizard's defaults and the versions
// that have it (CloudServicesMailEnabled: "the default for connectors that
// are created by the Hybrid Configuration wizard", and with
// TlsCertificateName, Exchange 2013 and later only,
// https://learn.microsoft.com/powershell/module/exchange/new-sendconnector;
// TlsDomain required for a smart-host connector, same page;
// ConnectorSource HybridWizard,
// https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector;
// the receive capabilities and TlsCertificateName, Exchange 2013 and later,
// https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector;
// the default Receive connector names,
// https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors).
// The values no Microsoft page states (DNS routing of the Send connector,
// SenderDomains *, TLSSenderCertificateName and TLSDomain set to the
// certificate's name, the Send connector's FQDN) follow transcriptions of
// wizard logs. Where those transcriptions and Microsoft's pages differ —
// the connector names — the pages are the default and the transcriptions
// an option. A smart-host Send connector, the form of Microsoft's page on
// relaying on-premises mail through Microsoft 365, is an option that needs
// the host (Options.SendRouting, Options.EOPSmartHost).
func HybridConnectors(p Params) (Set, exhybrid.Findings) {
	var fs exhybrid.Findings
	x := newServerIndex(p.Servers)
	f := checkParams(&fs, "", p, &x)
	id := connectorID(&fs, p.Options.ID, f.coexistence)
	names := NamesOf(p.Options.names(), id)

	sources, receivers := p.SendingServers, p.ReceivingServers
	if f.edge {
		sources, receivers = p.EdgeServers, p.EdgeServers
	}
	set := Set{
		Send:     sendConnector(p, f, names.Send, distinctServers(sources, &x), &x),
		Inbound:  inboundConnector(f, names.Inbound),
		Outbound: outboundConnector(p, f, names.Outbound),
	}
	receiverEntries := x.List(receivers)
	for i, name := range receivers {
		j := x.Find(name)
		if j < 0 || receiverEntries.DuplicateOf(i) >= 0 {
			continue // reported by checkParams
		}
		set.Receive = append(set.Receive, receiveConnector(&fs, p, f, p.Servers[j], name, i))
	}
	if p.Checked {
		fs = rules.WithoutInputs(fs)
	}
	return set, fs
}

// sendConnector is the on-premises Send connector to Exchange Online, sent
// from sources.
func sendConnector(p Params, f facts, name string, sources []string, x *serverIndex) SendConnector {
	send := SendConnector{
		Name:                   name,
		SourceTransportServers: sources,
		RequireTLS:             true,
		TLSAuthLevel:           f.level,
		FQDN:                   f.host,
	}
	if f.coexistence != "" {
		send.AddressSpaces = []AddressSpace{SMTPAddressSpace(f.coexistence)}
	}
	if strings.HasPrefix(f.host, "*.") {
		send.FQDN = p.OnPremisesSmartHost
	}
	if !all2010(sources, x) {
		// TlsCertificateName and CloudServicesMailEnabled exist from
		// Exchange 2013 on (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector).
		send.TLSCertificateName = p.Certificate.Name
		send.CloudServicesMailEnabled = true
	}
	switch p.Options.sendRouting() {
	case SendRoutingSmartHost:
		if h := p.Options.EOPSmartHost; h != "" {
			send.SmartHosts = []string{h}
		}
		// A smart-host Send connector needs a TlsDomain whatever the level
		// (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector).
		send.TLSDomain = f.eopDomain
	default:
		send.DNSRoutingEnabled = true
	}
	if f.level == TLSAuthDomainValidation {
		send.TLSDomain = f.eopDomain
	}
	return send
}

// inboundConnector is Exchange Online's Inbound connector from the
// on-premises organization.
func inboundConnector(f facts, name string) InboundConnector {
	return InboundConnector{
		Name:                     name,
		ConnectorType:            ConnectorOnPremises,
		ConnectorSource:          ConnectorSourceHybridWizard,
		SenderDomains:            []string{"*"},
		RequireTLS:               true,
		TLSSenderCertificateName: f.host,
		CloudServicesMailEnabled: true,
	}
}

// outboundConnector is Exchange Online's Outbound connector to the
// on-premises organization.
func outboundConnector(p Params, f facts, name string) OutboundConnector {
	out := OutboundConnector{
		Name:                          name,
		ConnectorType:                 ConnectorOnPremises,
		ConnectorSource:               ConnectorSourceHybridWizard,
		RecipientDomains:              clone(p.Domains),
		TLSSettings:                   f.level,
		CloudServicesMailEnabled:      true,
		RouteAllMessagesViaOnPremises: p.Options.Centralized,
	}
	if p.OnPremisesSmartHost != "" {
		out.SmartHosts = []string{p.OnPremisesSmartHost}
	}
	if f.level == TLSAuthDomainValidation {
		out.TLSDomain = f.host
	}
	return out
}

// distinctServers returns a copy of list without the entries that name the
// same server as an earlier one (reported by checkParams), nil for an empty
// list.
func distinctServers(list []string, x *serverIndex) []string {
	entries := x.List(list)
	var out []string
	for i, name := range list {
		if entries.DuplicateOf(i) < 0 {
			out = append(out, name)
		}
	}
	return out
}

// all2010 reports whether every named server that exists runs Exchange
// 2010, and at least one does: the Send connector then has neither
// TlsCertificateName nor CloudServicesMailEnabled.
func all2010(names []string, x *serverIndex) bool {
	found := false
	for _, name := range names {
		j := x.Find(name)
		if j < 0 {
			continue
		}
		if x.servers[j].Product() != version.Exchange2010 {
			return false
		}
		found = true
	}
	return found
}

// receiveConnector returns the hybrid settings of the Receive connector of
// server s, listed as name at index i of the receiving (or Edge) servers.
func receiveConnector(fs *exhybrid.Findings, p Params, f facts, s roles.Server, name string, i int) ReceiveConnector {
	rc := ReceiveConnector{Server: s.Name}
	capability := CapabilityAcceptCloudServicesMail
	switch {
	case s.IsEdge():
		rc.Name = "Default internal receive connector " + s.Name
		if p.Options.EdgeAcceptOorgProtocol {
			capability = CapabilityAcceptOorgProtocol
		}
	case s.Product() == version.Exchange2010:
		field := "receivingServers"
		if f.edge {
			field = "edgeServers"
		}
		add(fs, atIndex("", field, i), CodeReceiveConnectorUnnamed, "Apply the settings to the Hub Transport server's Receive connector that accepts mail from the Internet",
			"%s (listed as %q) runs Exchange 2010; the Receive connector to change is left unnamed", s.Label(), name)
	default:
		rc.Name = "Default Frontend " + s.Name
		rc.TransportRole = TransportRoleFrontend
	}
	if s.Product() == version.Exchange2010 {
		// Exchange 2010 has AcceptOorgProtocol and no TlsCertificateName on
		// Receive connectors
		// (https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector).
		capability = CapabilityAcceptOorgProtocol
	} else {
		rc.TLSCertificateName = p.Certificate.Name
	}
	if f.eopDomain != "" {
		rc.TLSDomainCapabilities = []TLSDomainCapability{{Domain: f.eopDomain, Capabilities: CapabilitiesOf(capability)}}
	}
	return rc
}

// ConnectorNames are the names of the connectors the wizard creates, as
// one [NameStyle] writes them for one identifier.
type ConnectorNames struct {
	// Send is the on-premises Send connector's name.
	Send string
	// Inbound and Outbound are Exchange Online's connectors' names.
	Inbound, Outbound string
}

// NamesOf returns the connector names of style for the identifier id
// (Options.ID); an invalid style means NamesDocumented. With no
// identifier (no valid tenant to derive one from, reported by
// HybridConnectors) the names that hold it are empty. A plan against an
// existing deployment looks connectors up under both styles' names: the
// wizard's own logs show the NamesHCWLog names, Microsoft's pages the
// NamesDocumented ones, for the same objects.
func NamesOf(style NameStyle, id string) ConnectorNames {
	switch {
	case style == NamesHCWLog && id == "":
		return ConnectorNames{}
	case style == NamesHCWLog:
		return ConnectorNames{Send: "Outbound to Office 365 - " + id, Inbound: "Inbound from " + id, Outbound: "Outbound to " + id}
	case id == "":
		return ConnectorNames{Send: "Outbound to Office 365"}
	}
	return ConnectorNames{Send: "Outbound to Office 365", Inbound: "Inbound from " + id, Outbound: "Outbound from " + id}
}

// connectorID returns the identifier for the Exchange Online connector
// names: id when given (reported when it is not a GUID), else one derived
// from the coexistence domain, else "" when there is no coexistence domain
// (the tenant is reported).
func connectorID(fs *exhybrid.Findings, id, coexistence string) string {
	if id != "" {
		if !guid.Valid(id) {
			add(fs, at("", "options.id"), CodeIDInvalid, "Give a GUID such as 6ba7b810-9dad-11d1-80b4-00c04fd430c8",
				"connector identifier %q is not a GUID", id)
		}
		return id
	}
	if coexistence == "" {
		return ""
	}
	derived := guid.FromName(coexistence)
	add(fs, at("", "options.id"), CodeIDDerived, "Set Options.ID to keep the identifier of existing connectors",
		"no connector identifier given; derived %s from %q", derived, coexistence)
	return derived
}

// clone returns a copy of s, nil for an empty s.
func clone(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return append([]string(nil), s...)
}
