package transport

import "github.com/exhybrid/exhybrid"

// Finding codes of this package. Each states its rule, its severity and its
// source; the package documentation lists them all.
const (
	// CodeTenantInvalid reports a tenant that is not an initial domain such
	// as contoso.onmicrosoft.com, so the coexistence domain the Send
	// connector routes to (contoso.mail.onmicrosoft.com) is unknown.
	// Severity: error. Source: https://learn.microsoft.com/exchange/hybrid-configuration-wizard
	CodeTenantInvalid exhybrid.Code = "transport/tenant-invalid"

	// CodeCertificateMissing reports that no hybrid mail-flow certificate
	// is named: the wizard requires a third-party certificate for secure
	// mail, and Microsoft's HealthChecker flags an empty TlsCertificateName.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/hybrid-configuration-wizard,
	// https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/CloudConnectorCheck.md
	CodeCertificateMissing exhybrid.Code = "transport/certificate-missing"

	// CodeCertificateInvalid reports a certificate name not in the
	// "<I>issuer<S>subject" form, or a certificate with neither a subject
	// common name nor a DNS name to give the connectors.
	// Severity: error. Sources: https://learn.microsoft.com/powershell/module/exchange/new-sendconnector,
	// https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/CloudConnectorCheck.md
	CodeCertificateInvalid exhybrid.Code = "transport/certificate-invalid"

	// CodeDomainsMissing reports that no hybrid domain is given: the
	// HybridConfiguration object's Domains feed the connectors.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration
	CodeDomainsMissing exhybrid.Code = "transport/domains-missing"

	// CodeNameInvalid reports a domain or host name (hybrid domain, smart
	// host, TLS domain, FQDN) that is not a valid DNS name, or a smart host
	// that is neither a name nor an IP address.
	// Severity: error. Source: https://www.rfc-editor.org/rfc/rfc1123#section-2.1
	CodeNameInvalid exhybrid.Code = "transport/name-invalid"

	// CodeSmartHostMissing reports that OnPremisesSmartHost, the FQDN
	// Exchange Online delivers to, is not given.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration
	CodeSmartHostMissing exhybrid.Code = "transport/smart-host-missing"

	// CodeSmartHostNotOnCertificate reports an OnPremisesSmartHost that the
	// hybrid certificate's subject and alternative names do not cover:
	// with forced TLS the certificate must carry the FQDN the other side
	// expects, or the connection is refused.
	// Severity: error. Source: https://learn.microsoft.com/exchange/transport-options
	CodeSmartHostNotOnCertificate exhybrid.Code = "transport/smart-host-not-on-certificate"

	// CodeServersMissing reports no sending or no receiving server (and no
	// Edge Transport server), or a Send connector without source servers:
	// at least one server must carry hybrid mail each way.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration
	CodeServersMissing exhybrid.Code = "transport/servers-missing"

	// CodeEdgeWithInternal reports sending or receiving servers named
	// together with Edge Transport servers: when EdgeTransportServers is
	// set, SendingTransportServers and ReceivingTransportServers must be
	// empty.
	// Severity: error. Sources: https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1
	CodeEdgeWithInternal exhybrid.Code = "transport/edge-with-internal"

	// CodeServerDuplicate reports a server listed twice in one list of
	// hybrid servers (sending, receiving, Edge Transport, or a Send
	// connector's source servers), by the same or another name
	// ("EX01" and "ex01.corp.contoso.com"): the lists are sets of servers, so
	// the repeated entry is ignored, and HybridConnectors builds one Receive
	// connector per server.
	// Severity: warning. Source: https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration
	CodeServerDuplicate exhybrid.Code = "transport/server-duplicate"

	// CodeServerUnknown reports a server name that matches no server of
	// the organization, by name or FQDN.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration
	CodeServerUnknown exhybrid.Code = "transport/server-unknown"

	// CodeEndpointRole reports a server whose roles cannot carry hybrid
	// mail the way it is used: the endpoint must be a Mailbox server
	// (2016 and later), a Client Access server to receive and a Mailbox
	// server to send (2013), a Hub Transport server (2010), or an Edge
	// Transport server listed as such.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/transport-options,
	// https://learn.microsoft.com/exchange/hybrid-configuration-wizard,
	// https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-routing
	CodeEndpointRole exhybrid.Code = "transport/endpoint-role"

	// CodeReceiveMailboxOnly2013 reports an Exchange 2013 server without
	// the Client Access role as a receiving server: in Exchange 2013 the
	// endpoint that accepts mail from Exchange Online is a Client Access
	// server.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/transport-options,
	// https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options
	CodeReceiveMailboxOnly2013 exhybrid.Code = "transport/receive-mailbox-only-2013"

	// CodeEndpointVersionUnknown reports a hybrid endpoint whose build
	// names no on-premises Exchange version (not given, or not a known
	// major and minor version): which servers may carry hybrid mail, and
	// the connector settings (AcceptOorgProtocol and no TlsCertificateName
	// on Exchange 2010), depend on the version. The build itself is for
	// roles.ValidateServers to check.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/transport-options,
	// https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector
	CodeEndpointVersionUnknown exhybrid.Code = "transport/endpoint-version-unknown"

	// CodeEndpointExchange2007 reports an Exchange 2007 server as a hybrid
	// mail endpoint: Exchange 2007 servers can't be; a 2007 organization
	// uses Exchange 2013 servers.
	// Severity: error. Source: https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options
	CodeEndpointExchange2007 exhybrid.Code = "transport/endpoint-exchange2007"

	// CodeEndpoint2007Org reports, in an organization with Exchange 2007
	// servers, a hybrid endpoint other than an Exchange 2013 Client Access
	// or Mailbox server, an Exchange 2013 Edge Transport server or an
	// Exchange 2010 SP3 Edge Transport server.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options,
	// https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/edge-transport-serverrs
	CodeEndpoint2007Org exhybrid.Code = "transport/endpoint-2007-org"

	// CodeEdgeVersion reports an Edge Transport server too old for hybrid
	// mail: it must run Exchange 2010 SP3 or later (an Exchange 2010 SP2
	// Edge must be upgraded).
	// Severity: error. Sources: https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options,
	// https://learn.microsoft.com/exchange/edge-transport-servers
	CodeEdgeVersion exhybrid.Code = "transport/edge-version"

	// CodeEdgeNotSubscribed reports a hybrid Edge Transport server without
	// an Edge Subscription: one is required for Exchange hybrid.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/edge-transport-servers,
	// https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites
	CodeEdgeNotSubscribed exhybrid.Code = "transport/edge-not-subscribed"

	// CodeIDInvalid reports an Options.ID that is not a GUID in the
	// 8-4-4-4-12 hexadecimal form.
	// Severity: error. Source: https://www.rfc-editor.org/rfc/rfc9562#section-4
	CodeIDInvalid exhybrid.Code = "transport/id-invalid"

	// CodeIDDerived notes that no Options.ID was given and the identifier
	// in the Exchange Online connector names was derived from the
	// coexistence domain (a version 5 UUID).
	// Severity: info. Sources: https://learn.microsoft.com/exchange/decommission-on-premises-exchange,
	// https://www.rfc-editor.org/rfc/rfc9562#section-5.5
	CodeIDDerived exhybrid.Code = "transport/id-derived"

	// CodeCloudInvalid reports an Options.Cloud that is not set or not a
	// known cloud instance. It has no default: Exchange Online Protection's
	// TLS domain, which the connectors name, differs between the worldwide
	// cloud and GCC High or DoD.
	// Severity: error. Sources: https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration,
	// https://learn.microsoft.com/microsoft-365/enterprise/dns-records-for-office-365-gcc-high
	CodeCloudInvalid exhybrid.Code = "transport/cloud-invalid"

	// CodeTLSDomainUnknown reports a cloud for which this package knows no
	// sourced Exchange Online Protection TLS domain (21Vianet) and no
	// Options.TLSDomain.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/new-sendconnector
	CodeTLSDomainUnknown exhybrid.Code = "transport/tls-domain-unknown"

	// CodeTLSDomainUnconfirmed notes that the Exchange Online Protection TLS
	// domain used for the cloud (mail.protection.office365.us for GCC High
	// and DoD) comes from the cloud's MX host names, not from a Microsoft
	// page on hybrid connectors; set Options.TLSDomain once checked. While
	// unconfirmed, a connector that names another domain gets a warning,
	// not an error.
	// Severity: info. Sources: https://learn.microsoft.com/microsoft-365/enterprise/dns-records-for-office-365-gcc-high,
	// https://learn.microsoft.com/microsoft-365/enterprise/dns-records-for-office-365-dod
	CodeTLSDomainUnconfirmed exhybrid.Code = "transport/tls-domain-unconfirmed"

	// CodeEOPSmartHostMissing reports Options.SendRouting SmartHost without
	// Options.EOPSmartHost: a Send connector with DNS routing off needs its
	// smart hosts, and this package does not guess them.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/new-sendconnector
	CodeEOPSmartHostMissing exhybrid.Code = "transport/eop-smart-host-missing"

	// CodeReceiveConnectorUnnamed notes an Exchange 2010 receiving server:
	// the sources name the connector the wizard changes only for 2013 and
	// later and for Edge Transport, so its name is left empty.
	// Severity: info. Source: https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors
	CodeReceiveConnectorUnnamed exhybrid.Code = "transport/receive-connector-unnamed"

	// CodeOptionInvalid reports an Options field with a value outside its
	// enumeration, a TLSAuthLevel of EncryptionOnly (hybrid mail flow
	// authenticates both organizations by certificate), or an EOPSmartHost
	// without smart-host routing.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/hybrid-configuration-wizard,
	// https://learn.microsoft.com/powershell/module/exchange/new-sendconnector
	CodeOptionInvalid exhybrid.Code = "transport/option-invalid"

	// CodeAddressSpaceInvalid reports a Send connector address space that
	// is not "Type:Address;Cost" with a valid address and a cost from 1 to
	// 100.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/new-sendconnector
	CodeAddressSpaceInvalid exhybrid.Code = "transport/address-space-invalid"

	// CodeAddressSpaceMissing reports a Send connector whose SMTP address
	// spaces do not cover the tenant's coexistence domain, to which
	// on-premises routes mail for cloud mailboxes (their routing address).
	// Severity: error. Sources: https://learn.microsoft.com/exchange/transport-routing,
	// https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md
	CodeAddressSpaceMissing exhybrid.Code = "transport/address-space-missing"

	// CodeTLSNotRequired reports a Send connector to Exchange Online that
	// does not require TLS, or ignores STARTTLS: transport between
	// on-premises and Exchange Online Protection uses forced TLS.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/transport-options,
	// https://learn.microsoft.com/powershell/module/exchange/new-sendconnector
	CodeTLSNotRequired exhybrid.Code = "transport/tls-not-required"

	// CodeInboundTLSNotRequired reports an Exchange Online Inbound
	// connector from on-premises without RequireTls. The wizard sets it;
	// the cmdlet page now says it applies to Partner connectors only.
	// Severity: warning. Sources: https://learn.microsoft.com/exchange/transport-options,
	// https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector
	CodeInboundTLSNotRequired exhybrid.Code = "transport/inbound-tls-not-required"

	// CodeTLSAuthWithoutRequireTLS reports a Send connector with a
	// TlsAuthLevel while RequireTLS is false or IgnoreSTARTTLS is true,
	// which the cmdlet does not allow.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/new-sendconnector
	CodeTLSAuthWithoutRequireTLS exhybrid.Code = "transport/tls-auth-without-require-tls"

	// CodeTLSAuthLevel reports a Send connector TlsAuthLevel or Outbound
	// connector TlsSettings below the level the options ask for
	// (DomainValidation unless Options.TLSAuthLevel says
	// CertificateValidation). Microsoft's HealthChecker warns about a Send
	// connector level other than CertificateValidation or DomainValidation.
	// Severity: warning. Sources: https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md,
	// https://learn.microsoft.com/exchange/hybrid-configuration-wizard
	CodeTLSAuthLevel exhybrid.Code = "transport/tls-auth-level"

	// CodeSendTLSDomain reports a DomainValidation Send connector whose
	// TlsDomain is not Exchange Online Protection's TLS domain
	// (mail.protection.outlook.com in the worldwide cloud), which
	// Microsoft's HealthChecker warns about.
	// Severity: warning. Sources: https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md,
	// https://learn.microsoft.com/powershell/module/exchange/new-sendconnector
	CodeSendTLSDomain exhybrid.Code = "transport/send-tls-domain"

	// CodeRoutingInconsistent reports a connector whose routing settings
	// contradict: a Send connector with DNSRoutingEnabled and SmartHosts, or
	// neither; an Outbound connector with UseMXRecord and SmartHosts, or
	// neither.
	// Severity: error. Sources: https://learn.microsoft.com/powershell/module/exchange/new-sendconnector,
	// https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector
	CodeRoutingInconsistent exhybrid.Code = "transport/routing-inconsistent"

	// CodeCloudServicesMailDisabled reports a hybrid connector without
	// CloudServicesMailEnabled: the cross-premises headers are removed and
	// mail between the two sides is no longer treated as internal. On
	// premises the parameter exists from Exchange 2013 on, so a Send
	// connector whose source servers all run Exchange 2010 is not checked.
	// Severity: error. Sources: https://learn.microsoft.com/powershell/module/exchange/new-sendconnector,
	// https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md
	CodeCloudServicesMailDisabled exhybrid.Code = "transport/cloud-services-mail-disabled"

	// CodeCertificateNameMissing reports a Send connector with an Exchange
	// 2013 or later source server, or a Receive connector on an Exchange
	// 2013 or later server, without a TlsCertificateName; the parameter
	// does not exist on Exchange 2010.
	// Severity: error. Sources: https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md,
	// https://learn.microsoft.com/powershell/module/exchange/new-sendconnector,
	// https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector
	CodeCertificateNameMissing exhybrid.Code = "transport/certificate-name-missing"

	// CodeCertificateMismatch reports a connector TlsCertificateName that
	// is not the hybrid certificate: a stale name left after a certificate
	// renewal, or another certificate. Every hybrid transport server must
	// use a certificate with the same issuer and subject.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/certificate-requirements,
	// https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/CloudConnectorCheck.md
	CodeCertificateMismatch exhybrid.Code = "transport/certificate-mismatch"

	// CodeReceiveCapabilityMissing reports a receiving server's connector
	// without a TlsDomainCapabilities entry that gives Exchange Online
	// Protection's TLS domain AcceptCloudServicesMail or AcceptOorgProtocol:
	// mail from Exchange Online is not accepted as hybrid mail.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector
	CodeReceiveCapabilityMissing exhybrid.Code = "transport/receive-capability-missing"

	// CodeReceiveCapabilityDomain reports a Receive connector that gives
	// the hybrid capability to a domain other than the Exchange Online
	// Protection TLS domain this package expects, when that domain is
	// unconfirmed for the cloud (see [CodeTLSDomainUnconfirmed]). With a
	// confirmed domain the same connector gets
	// [CodeReceiveCapabilityMissing].
	// Severity: warning. Source: https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector
	CodeReceiveCapabilityDomain exhybrid.Code = "transport/receive-capability-domain"

	// CodeReceiveCapabilityVersion reports AcceptCloudServicesMail on an
	// Exchange 2010 server, which uses AcceptOorgProtocol.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector
	CodeReceiveCapabilityVersion exhybrid.Code = "transport/receive-capability-version"

	// CodeReceiveMissing reports a receiving (or Edge Transport) server with
	// no Receive connector settings in the set.
	// Severity: error. Source: https://learn.microsoft.com/exchange/hybrid-configuration-wizard
	CodeReceiveMissing exhybrid.Code = "transport/receive-missing"

	// CodeConnectorType reports an Exchange Online hybrid connector whose
	// ConnectorType is not OnPremises: only that type treats on-premises
	// mail as internal.
	// Severity: error. Sources: https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector,
	// https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector
	CodeConnectorType exhybrid.Code = "transport/connector-type"

	// CodeInboundCertificateName reports an Inbound connector whose
	// TlsSenderCertificateName is empty or not carried by the hybrid
	// certificate: Exchange Online Protection refuses the on-premises
	// sender's connection.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/transport-options,
	// https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector
	CodeInboundCertificateName exhybrid.Code = "transport/inbound-certificate-name"

	// CodeOutboundTLSDomain reports a DomainValidation Outbound connector
	// whose TlsDomain is empty or not carried by the certificate the
	// receiving servers present.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/transport-options,
	// https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector
	CodeOutboundTLSDomain exhybrid.Code = "transport/outbound-tls-domain"

	// CodeOutboundSmartHost reports an Outbound connector that does not
	// deliver to OnPremisesSmartHost: it routes by MX, or its smart hosts
	// do not include it.
	// Severity: error. Sources: https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration,
	// https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector
	CodeOutboundSmartHost exhybrid.Code = "transport/outbound-smart-host"

	// CodeOutboundRecipientDomains reports a hybrid domain that the
	// Outbound connector's RecipientDomains do not cover.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector
	CodeOutboundRecipientDomains exhybrid.Code = "transport/outbound-recipient-domains"

	// CodeCentralizedMismatch reports an Outbound connector whose
	// RouteAllMessagesViaOnPremises differs from the centralized mail
	// transport choice.
	// Severity: error. Sources: https://learn.microsoft.com/exchange/transport-routing,
	// https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector
	CodeCentralizedMismatch exhybrid.Code = "transport/centralized-mismatch"

	// CodeRouteAllNotOnPremises reports RouteAllMessagesViaOnPremises on an
	// Outbound connector whose ConnectorType is not OnPremises, which the
	// setting requires.
	// Severity: error. Source: https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector
	CodeRouteAllNotOnPremises exhybrid.Code = "transport/route-all-not-on-premises"
)
