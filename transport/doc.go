// Package transport models hybrid mail flow between an on-premises Exchange
// organization and Exchange Online: the connectors on both sides, their TLS
// settings and certificates, and the routes messages take.
//
// # Connectors
//
// A [Set] holds the four pieces of hybrid mail flow: the on-premises
// [SendConnector] to Exchange Online, the [ReceiveConnector] settings of
// each server that receives from it, and the Exchange Online
// [InboundConnector] and [OutboundConnector]. They are plain values with
// JSON tags; their fields are the cmdlet parameters of the same names.
//
// The settings with their own syntax are typed values that parse, format
// and marshal as text:
//
//	CertificateName       <I>CN=Contoso CA, O=Contoso<S>CN=mail.contoso.com    ParseCertificateName
//	AddressSpace          SMTP:contoso.mail.onmicrosoft.com;1                 ParseAddressSpace
//	TLSDomainCapability   mail.protection.outlook.com:AcceptCloudServicesMail ParseTLSDomainCapability
//
// and the enumerations ([TLSAuthLevel], [ConnectorType], [ConnectorSource],
// [TransportRole], [Capability], [SendRouting], [NameStyle], [MXTarget],
// [Endpoint], [HopKind]) parse without regard to case or surrounding spaces
// and marshal as their names. Parse errors wrap a sentinel per reason,
// matched with errors.Is.
//
// The zero value of an enumeration is invalid ("Unknown"; it cannot be
// marshalled, and fields of these types are omitted from JSON when zero),
// except where it stands for a cmdlet parameter left unset ($null):
// [TLSAuthNone] and [TransportRoleNone], whose String and text form are "".
//
// # Building and checking
//
// [Params] describes a deployment the way the Hybrid Configuration Wizard is
// given it: tenant, certificate, servers ([roles.Server]) and which of them
// send, receive or are Edge Transport servers, hybrid domains,
// OnPremisesSmartHost and [Options]. Two functions take it:
//
//	set, findings := transport.HybridConnectors(params)  // what the wizard would configure
//	findings := transport.ValidateConnectors(set, params) // what is wrong with a configuration
//
// Both return every finding ([exhybrid.Findings]). HybridConnectors reports
// problems of Params with paths relative to Params ("receivingServers[0]");
// ValidateConnectors reports problems of the Set relative to it
// ("send.tlsCertificateName", "receive[1].tlsDomainCapabilities") and of
// Params under "params". A Set that HybridConnectors builds without an
// error finding validates with no finding but those about Params.
//
// An organization's existing connectors, as an export shows them, are
// audited with [AuditConnectors]: it finds the Send connectors to Exchange
// Online (by smart host, or by DNS to the coexistence domain) and the
// Receive connectors that accept mail from it, runs the same rules on
// their settings, and checks that the certificates they name were
// exported. Its findings name the connectors' properties as the cmdlets
// do, under the path given for each connector
// ("GetSendConnector.xml: Mail to O365: TlsAuthLevel").
//
// Neither checks the servers themselves (builds, roles, coexistence): run
// roles.ValidateServers on Params.Servers as well. They report only a
// hybrid server whose build names no on-premises Exchange version, since
// the rules and settings depend on it.
//
// [Options] holds the choices. Options.Cloud has no default and must be
// set. The other defaults follow what the Hybrid Configuration Wizard
// does: the Send connector routes by DNS, as transcriptions of the wizard's
// logs show (no Microsoft page describes the wizard's Send connector with a
// smart host; the smart host of Microsoft's page on relaying on-premises
// mail through Microsoft 365 is an option, [SendRoutingSmartHost] with
// Options.EOPSmartHost); the TLS level is DomainValidation
// (CertificateValidation is accepted with Options.TLSAuthLevel); the
// cloud's Exchange Online Protection TLS domain comes from [EOPTLSDomain]
// unless Options.TLSDomain overrides it. Where Microsoft's pages and the
// wizard's logs differ, in the connector names, the pages are the default
// ([NamesHCWLog] for the logs' names). The library has no randomness: the
// identifier in the Exchange Online connector names is Options.ID, or a
// stable one derived from the tenant.
//
// Exchange 2010 servers lack some settings: a Send connector whose source
// servers all run Exchange 2010 has no TlsCertificateName and no
// CloudServicesMailEnabled, and an Exchange 2010 Receive connector no
// TlsCertificateName (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector,
// https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector);
// HybridConnectors leaves them unset and ValidateConnectors does not ask for
// them.
//
// # Routing
//
// [Route] returns the hops a message takes between an on-premises mailbox,
// a cloud mailbox and the Internet, for a [Topology]: the MX target,
// centralized mail transport, and the servers on the path, Edge Transport
// and Exchange 2007 or 2010 Hub Transport servers included; a server
// appears once per role it plays:
//
//	Route(t, OnPremisesMailbox, CloudMailbox) =
//	  Exchange Server 2007 Mailbox (EX07) → Exchange Server 2007 Hub Transport (HUB07) →
//	  Exchange Server 2013 Mailbox (EX13) → Exchange Online Protection → Exchange Online
//
// # Codes
//
// Every finding carries one of these codes. [Rules] gives each one's
// severity and source.
//
//	transport/tenant-invalid                 the tenant is not an initial domain
//	transport/certificate-missing            no hybrid certificate is named
//	transport/certificate-invalid            a certificate name is malformed, or the certificate has no name to use
//	transport/domains-missing                no hybrid domain
//	transport/name-invalid                   a domain, host or smart host name is invalid
//	transport/smart-host-missing             no OnPremisesSmartHost
//	transport/smart-host-not-on-certificate  the certificate does not carry OnPremisesSmartHost
//	transport/servers-missing                no sending or receiving server, or no Send connector source
//	transport/server-duplicate               a server listed twice in one list
//	transport/edge-with-internal             Edge servers named with sending or receiving servers
//	transport/server-unknown                 a server name matches no server
//	transport/endpoint-version-unknown       a hybrid server's build names no on-premises Exchange version
//	transport/endpoint-role                  a server's roles cannot carry hybrid mail that way
//	transport/receive-mailbox-only-2013      a 2013 server without Client Access receives from Exchange Online
//	transport/endpoint-exchange2007          an Exchange 2007 server as hybrid endpoint
//	transport/endpoint-2007-org              a non-2013 endpoint in an organization with Exchange 2007
//	transport/edge-version                   an Edge server older than Exchange 2010 SP3
//	transport/edge-not-subscribed            an Edge server without an Edge Subscription
//	transport/id-invalid                     Options.ID is not a GUID
//	transport/id-derived                     the connector identifier was derived
//	transport/cloud-invalid                  Options.Cloud is not set or not known
//	transport/tls-domain-unknown             no EOP TLS domain known for the cloud
//	transport/tls-domain-unconfirmed         the cloud's EOP TLS domain is not confirmed by a Microsoft page
//	transport/eop-smart-host-missing         smart-host routing without Options.EOPSmartHost
//	transport/receive-connector-unnamed      an Exchange 2010 receiving server's connector is not named
//	transport/option-invalid                 an Options value is out of range or contradicts another
//	transport/address-space-invalid          a malformed Send connector address space
//	transport/address-space-missing          the address spaces miss the coexistence domain
//	transport/connector-disabled             a connector of the hybrid is disabled
//	transport/tls-not-required               the Send connector does not require TLS
//	transport/inbound-tls-not-required       the Inbound connector does not require TLS
//	transport/tls-auth-without-require-tls   TlsAuthLevel set without RequireTLS
//	transport/tls-auth-level                 a TLS level below the one asked for (warning)
//	transport/send-tls-domain                the Send connector's TlsDomain is not EOP's (warning)
//	transport/routing-inconsistent           DNS routing and smart hosts contradict
//	transport/cloud-services-mail-disabled   CloudServicesMailEnabled is off
//	transport/certificate-name-missing       a connector has no TlsCertificateName
//	transport/certificate-mismatch           a connector names another certificate
//	transport/receive-capability-missing     a Receive connector does not accept mail from Exchange Online
//	transport/receive-capability-domain      the hybrid capability for another domain than an unconfirmed EOP one
//	transport/receive-capability-version     AcceptCloudServicesMail on Exchange 2010
//	transport/receive-missing                a receiving server has no Receive connector settings
//	transport/connector-type                 an Exchange Online connector is not OnPremises
//	transport/inbound-certificate-name       TlsSenderCertificateName is not on the certificate
//	transport/outbound-tls-domain            the Outbound TlsDomain is not on the certificate
//	transport/outbound-smart-host            the Outbound connector does not deliver to OnPremisesSmartHost
//	transport/outbound-recipient-domains     a hybrid domain is missing from RecipientDomains
//	transport/centralized-mismatch           RouteAllMessagesViaOnPremises differs from the centralized choice
//	transport/certificate-not-found          a TlsCertificateName names no exported certificate
//	transport/certificate-not-checked        a connector's certificate is not checked: none of its servers was exported
//	transport/route-all-not-on-premises      RouteAllMessagesViaOnPremises on a non-OnPremises connector
package transport
