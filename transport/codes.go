package transport

import "github.com/exhybrid/exhybrid"

// Finding codes of this package. Each constant's documentation states its
// rule; the table below gives its severity and source, and the package
// documentation lists them all.
const (
	// CodeTenantInvalid reports a tenant that is not an initial domain such
	// as contoso.onmicrosoft.com, so the coexistence domain the Send
	// connector routes to (contoso.mail.onmicrosoft.com) is unknown.
	CodeTenantInvalid exhybrid.Code = "transport/tenant-invalid"

	// CodeCertificateMissing reports that no hybrid mail-flow certificate
	// is named: the wizard requires a third-party certificate for secure
	// mail, and Microsoft's HealthChecker flags an empty TlsCertificateName.
	CodeCertificateMissing exhybrid.Code = "transport/certificate-missing"

	// CodeCertificateInvalid reports a certificate name not in the
	// "<I>issuer<S>subject" form, or a certificate with neither a subject
	// common name nor a DNS name to give the connectors.
	CodeCertificateInvalid exhybrid.Code = "transport/certificate-invalid"

	// CodeDomainsMissing reports that no hybrid domain is given: the
	// HybridConfiguration object's Domains feed the connectors.
	CodeDomainsMissing exhybrid.Code = "transport/domains-missing"

	// CodeNameInvalid reports a domain or host name of the organization
	// (hybrid domain, certificate name, smart host, FQDN) that is not a
	// valid DNS name, or a smart host that is neither a name nor an IP
	// address.
	CodeNameInvalid exhybrid.Code = "transport/name-invalid"

	// CodeSmartHostMissing reports that OnPremisesSmartHost, the FQDN
	// Exchange Online delivers to, is not given.
	CodeSmartHostMissing exhybrid.Code = "transport/smart-host-missing"

	// CodeSmartHostNotOnCertificate reports an OnPremisesSmartHost that the
	// hybrid certificate's subject and alternative names do not cover:
	// with forced TLS the certificate must carry the FQDN the other side
	// expects, or the connection is refused.
	CodeSmartHostNotOnCertificate exhybrid.Code = "transport/smart-host-not-on-certificate"

	// CodeServersMissing reports no sending or no receiving server (and no
	// Edge Transport server), or a Send connector without source servers:
	// at least one server must carry hybrid mail each way.
	CodeServersMissing exhybrid.Code = "transport/servers-missing"

	// CodeEdgeWithInternal reports sending or receiving servers named
	// together with Edge Transport servers: when EdgeTransportServers is
	// set, SendingTransportServers and ReceivingTransportServers must be
	// empty.
	CodeEdgeWithInternal exhybrid.Code = "transport/edge-with-internal"

	// CodeServerDuplicate reports a server listed twice in one list of
	// hybrid servers (sending, receiving, Edge Transport, or a Send
	// connector's source servers), by the same or another name
	// ("EX01" and "ex01.corp.contoso.com"): the lists are sets of servers, so
	// the repeated entry is ignored, and HybridConnectors builds one Receive
	// connector per server.
	CodeServerDuplicate exhybrid.Code = "transport/server-duplicate"

	// CodeServerUnknown reports a server name that matches no server of
	// the organization, by name or FQDN.
	CodeServerUnknown exhybrid.Code = "transport/server-unknown"

	// CodeEndpointRole reports a server whose roles cannot carry hybrid
	// mail the way it is used: the endpoint must be a Mailbox server
	// (2016 and later), a Client Access server to receive and a Mailbox
	// server to send (2013), a Hub Transport server (2010), or an Edge
	// Transport server listed as such.
	CodeEndpointRole exhybrid.Code = "transport/endpoint-role"

	// CodeReceiveMailboxOnly2013 reports an Exchange 2013 server without
	// the Client Access role as a receiving server: in Exchange 2013 the
	// endpoint that accepts mail from Exchange Online is a Client Access
	// server.
	CodeReceiveMailboxOnly2013 exhybrid.Code = "transport/receive-mailbox-only-2013"

	// CodeEndpointVersionUnknown reports a hybrid endpoint whose build
	// names no on-premises Exchange version (not given, or not a known
	// major and minor version): which servers may carry hybrid mail, and
	// the connector settings (AcceptOorgProtocol and no TlsCertificateName
	// on Exchange 2010), depend on the version. The build itself is for
	// roles.ValidateServers to check.
	CodeEndpointVersionUnknown exhybrid.Code = "transport/endpoint-version-unknown"

	// CodeEndpointExchange2007 reports an Exchange 2007 server as a hybrid
	// mail endpoint: Exchange 2007 servers can't be; a 2007 organization
	// uses Exchange 2013 servers.
	CodeEndpointExchange2007 exhybrid.Code = "transport/endpoint-exchange2007"

	// CodeEndpoint2007Org reports, in an organization with Exchange 2007
	// servers, a hybrid endpoint other than an Exchange 2013 Client Access
	// or Mailbox server, an Exchange 2013 Edge Transport server or an
	// Exchange 2010 SP3 Edge Transport server.
	CodeEndpoint2007Org exhybrid.Code = "transport/endpoint-2007-org"

	// CodeEdgeVersion reports an Edge Transport server too old for hybrid
	// mail: it must run Exchange 2010 SP3 or later (an Exchange 2010 SP2
	// Edge must be upgraded).
	CodeEdgeVersion exhybrid.Code = "transport/edge-version"

	// CodeEdgeNotSubscribed reports a hybrid Edge Transport server without
	// an Edge Subscription: one is required for Exchange hybrid.
	CodeEdgeNotSubscribed exhybrid.Code = "transport/edge-not-subscribed"

	// CodeIDInvalid reports an Options.ID that is not a GUID in the
	// 8-4-4-4-12 hexadecimal form.
	CodeIDInvalid exhybrid.Code = "transport/id-invalid"

	// CodeIDDerived notes that no Options.ID was given and the identifier
	// in the Exchange Online connector names was derived from the
	// coexistence domain (a version 5 UUID).
	CodeIDDerived exhybrid.Code = "transport/id-derived"

	// CodeCloudInvalid reports an Options.Cloud that is not set or not a
	// known cloud instance. It has no default: Exchange Online Protection's
	// TLS domain, which the connectors name, differs between the worldwide
	// cloud and GCC High or DoD.
	CodeCloudInvalid exhybrid.Code = "transport/cloud-invalid"

	// CodeTLSDomainUnknown reports a cloud for which this package knows no
	// sourced Exchange Online Protection TLS domain (21Vianet) and no
	// Options.TLSDomain.
	CodeTLSDomainUnknown exhybrid.Code = "transport/tls-domain-unknown"

	// CodeTLSDomainUnconfirmed notes that the Exchange Online Protection TLS
	// domain used for the cloud (mail.protection.office365.us for GCC High
	// and DoD) comes from the cloud's MX host names, not from a Microsoft
	// page on hybrid connectors; set Options.TLSDomain once checked. While
	// unconfirmed, a connector that names another domain gets a warning,
	// not an error.
	CodeTLSDomainUnconfirmed exhybrid.Code = "transport/tls-domain-unconfirmed"

	// CodeEOPSmartHostMissing reports Options.SendRouting SmartHost without
	// Options.EOPSmartHost: a Send connector with DNS routing off needs its
	// smart hosts, and this package does not guess them.
	CodeEOPSmartHostMissing exhybrid.Code = "transport/eop-smart-host-missing"

	// CodeReceiveConnectorUnnamed notes an Exchange 2010 receiving server:
	// the sources name the connector the wizard changes only for 2013 and
	// later and for Edge Transport, so its name is left empty.
	CodeReceiveConnectorUnnamed exhybrid.Code = "transport/receive-connector-unnamed"

	// CodeOptionInvalid reports an Options field with a value outside its
	// enumeration, a TLSAuthLevel of EncryptionOnly (hybrid mail flow
	// authenticates both organizations by certificate), an EOPSmartHost
	// without smart-host routing, or an EOPSmartHost or TLSDomain that is
	// not a host name.
	CodeOptionInvalid exhybrid.Code = "transport/option-invalid"

	// CodeAddressSpaceInvalid reports a Send connector address space that
	// is not "Type:Address;Cost" with a valid address and a cost from 1 to
	// 100.
	CodeAddressSpaceInvalid exhybrid.Code = "transport/address-space-invalid"

	// CodeAddressSpaceMissing reports a Send connector whose SMTP address
	// spaces do not cover the tenant's coexistence domain, to which
	// on-premises routes mail for cloud mailboxes (their routing address).
	CodeAddressSpaceMissing exhybrid.Code = "transport/address-space-missing"

	// CodeConnectorDisabled warns of a disabled connector of the hybrid: a
	// Send connector to Exchange Online, or an Exchange Online Inbound or
	// Outbound connector of the hybrid, whose Enabled is false. It carries
	// no mail, and is left out of the check that some connector covers the
	// coexistence domain. HealthChecker shows a disabled cloud connector as
	// a yellow warning (CloudConnectorCheck.md); the Exchange Online side
	// has the same property (Set-InboundConnector, Set-OutboundConnector)
	// and is warned of alike.
	CodeConnectorDisabled exhybrid.Code = "transport/connector-disabled"

	// CodeTLSNotRequired reports a Send connector to Exchange Online that
	// does not require TLS, or ignores STARTTLS: transport between
	// on-premises and Exchange Online Protection uses forced TLS.
	CodeTLSNotRequired exhybrid.Code = "transport/tls-not-required"

	// CodeInboundTLSNotRequired reports an Exchange Online Inbound
	// connector from on-premises without RequireTls. The wizard sets it;
	// the cmdlet page now says it applies to Partner connectors only.
	CodeInboundTLSNotRequired exhybrid.Code = "transport/inbound-tls-not-required"

	// CodeTLSAuthWithoutRequireTLS reports a Send connector with a
	// TlsAuthLevel while RequireTLS is false or IgnoreSTARTTLS is true,
	// which the cmdlet does not allow.
	CodeTLSAuthWithoutRequireTLS exhybrid.Code = "transport/tls-auth-without-require-tls"

	// CodeTLSAuthLevel reports a Send connector TlsAuthLevel or Outbound
	// connector TlsSettings below the level the options ask for
	// (DomainValidation unless Options.TLSAuthLevel says
	// CertificateValidation). Microsoft's HealthChecker warns about a Send
	// connector level other than CertificateValidation or DomainValidation.
	CodeTLSAuthLevel exhybrid.Code = "transport/tls-auth-level"

	// CodeSendTLSDomain reports a DomainValidation Send connector whose
	// TlsDomain is not Exchange Online Protection's TLS domain
	// (mail.protection.outlook.com in the worldwide cloud), which
	// Microsoft's HealthChecker warns about.
	CodeSendTLSDomain exhybrid.Code = "transport/send-tls-domain"

	// CodeRoutingInconsistent reports a connector whose routing settings
	// contradict: a Send connector with DNSRoutingEnabled and SmartHosts, or
	// neither; an Outbound connector with UseMXRecord and SmartHosts, or
	// neither.
	CodeRoutingInconsistent exhybrid.Code = "transport/routing-inconsistent"

	// CodeCloudServicesMailDisabled reports a hybrid connector without
	// CloudServicesMailEnabled: the cross-premises headers are removed and
	// mail between the two sides is no longer treated as internal. On
	// premises the parameter exists from Exchange 2013 on, so a Send
	// connector whose source servers all run Exchange 2010 is not checked.
	CodeCloudServicesMailDisabled exhybrid.Code = "transport/cloud-services-mail-disabled"

	// CodeCertificateNameMissing reports a Send connector with an Exchange
	// 2013 or later source server, or a Receive connector on an Exchange
	// 2013 or later server, without a TlsCertificateName; the parameter
	// does not exist on Exchange 2010.
	CodeCertificateNameMissing exhybrid.Code = "transport/certificate-name-missing"

	// CodeCertificateMismatch reports a connector TlsCertificateName that
	// is not the hybrid certificate: a stale name left after a certificate
	// renewal, or another certificate. Every hybrid transport server must
	// use a certificate with the same issuer and subject.
	CodeCertificateMismatch exhybrid.Code = "transport/certificate-mismatch"

	// CodeReceiveCapabilityMissing reports a receiving server's connector
	// without a TlsDomainCapabilities entry that gives Exchange Online
	// Protection's TLS domain AcceptCloudServicesMail or AcceptOorgProtocol:
	// mail from Exchange Online is not accepted as hybrid mail.
	CodeReceiveCapabilityMissing exhybrid.Code = "transport/receive-capability-missing"

	// CodeReceiveCapabilityDomain reports a Receive connector that gives
	// the hybrid capability to a domain other than the Exchange Online
	// Protection TLS domain this package expects, when that domain is
	// unconfirmed for the cloud (see [CodeTLSDomainUnconfirmed]). With a
	// confirmed domain the same connector gets
	// [CodeReceiveCapabilityMissing].
	CodeReceiveCapabilityDomain exhybrid.Code = "transport/receive-capability-domain"

	// CodeReceiveCapabilityVersion reports AcceptCloudServicesMail on an
	// Exchange 2010 server, which uses AcceptOorgProtocol.
	CodeReceiveCapabilityVersion exhybrid.Code = "transport/receive-capability-version"

	// CodeReceiveMissing reports a receiving (or Edge Transport) server with
	// no Receive connector settings in the set; in [AuditConnectors], one
	// of the HybridConfiguration's whose exported Receive connectors all
	// lack TlsDomainCapabilities.
	CodeReceiveMissing exhybrid.Code = "transport/receive-missing"

	// CodeConnectorType reports an Exchange Online hybrid connector whose
	// ConnectorType is not OnPremises: only that type treats on-premises
	// mail as internal.
	CodeConnectorType exhybrid.Code = "transport/connector-type"

	// CodeInboundCertificateName reports an Inbound connector whose
	// TlsSenderCertificateName is empty or not carried by the hybrid
	// certificate: Exchange Online Protection refuses the on-premises
	// sender's connection.
	CodeInboundCertificateName exhybrid.Code = "transport/inbound-certificate-name"

	// CodeOutboundTLSDomain reports a DomainValidation Outbound connector
	// whose TlsDomain is empty or not carried by the certificate the
	// receiving servers present.
	CodeOutboundTLSDomain exhybrid.Code = "transport/outbound-tls-domain"

	// CodeOutboundSmartHost reports an Outbound connector that does not
	// deliver to OnPremisesSmartHost: it routes by MX, or its smart hosts
	// do not include it.
	CodeOutboundSmartHost exhybrid.Code = "transport/outbound-smart-host"

	// CodeOutboundRecipientDomains reports a hybrid domain that the
	// Outbound connector's RecipientDomains do not cover.
	CodeOutboundRecipientDomains exhybrid.Code = "transport/outbound-recipient-domains"

	// CodeCentralizedMismatch reports an Outbound connector whose
	// RouteAllMessagesViaOnPremises differs from the centralized mail
	// transport choice.
	CodeCentralizedMismatch exhybrid.Code = "transport/centralized-mismatch"

	// CodeCertificateNotFound reports a TlsCertificateName, of a connector
	// to or from Exchange Online or of the HybridConfiguration object,
	// that names none of the certificates exported from the servers, by
	// issuer and subject without regard to case: the certificate is not
	// installed, or was renewed under another name. When the exports say
	// which server holds which certificate, a connector's name must also be
	// on its own server's (AuditParams.ServerCertificates). Microsoft's
	// HealthChecker reports it as TlsCertificateNotFound.
	CodeCertificateNotFound exhybrid.Code = "transport/certificate-not-found"

	// CodeCertificateNotChecked notes a TlsCertificateName of a connector
	// whose servers were none of them exported (their Get-ExchangeServer
	// and certificates are missing): whether they hold the certificate it
	// names, which CodeCertificateNotFound judges, is not known.
	CodeCertificateNotChecked exhybrid.Code = "transport/certificate-not-checked"

	// CodeRouteAllNotOnPremises reports RouteAllMessagesViaOnPremises on an
	// Outbound connector whose ConnectorType is not OnPremises, which the
	// setting requires.
	CodeRouteAllNotOnPremises exhybrid.Code = "transport/route-all-not-on-premises"
)

// rules is the rule table of this package: every code above, with the
// severity of its findings, its summary and its source.
var rules = exhybrid.MustRuleTable([]exhybrid.Rule{
	{Code: CodeTenantInvalid, Severity: exhybrid.SeverityError, Summary: "the tenant is not an initial domain",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard", Input: true},
	{Code: CodeCertificateMissing, Severity: exhybrid.SeverityError, Summary: "no hybrid certificate is named",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/CloudConnectorCheck.md", Input: true},
	{Code: CodeCertificateInvalid, Severity: exhybrid.SeverityError, Summary: "a certificate name is malformed, or the certificate has no name to use",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-sendconnector https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/CloudConnectorCheck.md", Input: true},
	{Code: CodeDomainsMissing, Severity: exhybrid.SeverityError, Summary: "no hybrid domain",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration", Input: true},
	{Code: CodeNameInvalid, Severity: exhybrid.SeverityError, Summary: "a domain, host or smart host name is invalid",
		Source: "https://www.rfc-editor.org/rfc/rfc1123#section-2.1", Input: true},
	{Code: CodeSmartHostMissing, Severity: exhybrid.SeverityError, Summary: "no OnPremisesSmartHost",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration", Input: true},
	{Code: CodeSmartHostNotOnCertificate, Severity: exhybrid.SeverityError, Summary: "the certificate does not carry OnPremisesSmartHost",
		Source: "https://learn.microsoft.com/exchange/transport-options"},
	{Code: CodeServersMissing, Severity: exhybrid.SeverityError, Summary: "no sending or receiving server, or no Send connector source",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration", Input: true},
	{Code: CodeServerDuplicate, Severity: exhybrid.SeverityWarning, Summary: "a server listed twice in one list",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration"},
	{Code: CodeEdgeWithInternal, Severity: exhybrid.SeverityError, Summary: "Edge servers named with sending or receiving servers",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1"},
	{Code: CodeServerUnknown, Severity: exhybrid.SeverityError, Summary: "a server name matches no server",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration", Input: true},
	{Code: CodeEndpointVersionUnknown, Severity: exhybrid.SeverityError, Summary: "a hybrid server's build names no on-premises Exchange version",
		Source: "https://learn.microsoft.com/exchange/transport-options https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector", Input: true},
	{Code: CodeEndpointRole, Severity: exhybrid.SeverityError, Summary: "a server's roles cannot carry hybrid mail that way",
		Source: "https://learn.microsoft.com/exchange/transport-options https://learn.microsoft.com/exchange/hybrid-configuration-wizard https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-routing"},
	{Code: CodeReceiveMailboxOnly2013, Severity: exhybrid.SeverityError, Summary: "a 2013 server without Client Access receives from Exchange Online",
		Source: "https://learn.microsoft.com/exchange/transport-options https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options"},
	{Code: CodeEndpointExchange2007, Severity: exhybrid.SeverityError, Summary: "an Exchange 2007 server as hybrid endpoint",
		Source: "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options"},
	{Code: CodeEndpoint2007Org, Severity: exhybrid.SeverityError, Summary: "a non-2013 endpoint in an organization with Exchange 2007",
		Source: "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/edge-transport-serverrs", Input: true},
	{Code: CodeEdgeVersion, Severity: exhybrid.SeverityError, Summary: "an Edge server older than Exchange 2010 SP3",
		Source: "https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/transport-options https://learn.microsoft.com/exchange/edge-transport-servers", Input: true},
	{Code: CodeEdgeNotSubscribed, Severity: exhybrid.SeverityError, Summary: "an Edge server without an Edge Subscription",
		Source: "https://learn.microsoft.com/exchange/edge-transport-servers https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites", Input: true},
	{Code: CodeIDInvalid, Severity: exhybrid.SeverityError, Summary: "Options.ID is not a GUID",
		Source: "https://www.rfc-editor.org/rfc/rfc9562#section-4", Input: true},
	{Code: CodeIDDerived, Severity: exhybrid.SeverityInfo, Summary: "the connector identifier was derived",
		Source: "https://learn.microsoft.com/exchange/decommission-on-premises-exchange https://www.rfc-editor.org/rfc/rfc9562#section-5.5", Input: true},
	{Code: CodeCloudInvalid, Severity: exhybrid.SeverityError, Summary: "Options.Cloud is not set or not known",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration https://learn.microsoft.com/microsoft-365/enterprise/dns-records-for-office-365-gcc-high", Input: true},
	{Code: CodeTLSDomainUnknown, Severity: exhybrid.SeverityError, Summary: "no EOP TLS domain known for the cloud",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-sendconnector"},
	{Code: CodeTLSDomainUnconfirmed, Severity: exhybrid.SeverityInfo, Summary: "the cloud's EOP TLS domain is not confirmed by a Microsoft page",
		Source: "https://learn.microsoft.com/microsoft-365/enterprise/dns-records-for-office-365-gcc-high https://learn.microsoft.com/microsoft-365/enterprise/dns-records-for-office-365-dod"},
	{Code: CodeEOPSmartHostMissing, Severity: exhybrid.SeverityError, Summary: "smart-host routing without Options.EOPSmartHost",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-sendconnector"},
	{Code: CodeReceiveConnectorUnnamed, Severity: exhybrid.SeverityInfo, Summary: "an Exchange 2010 receiving server's connector is not named",
		Source: "https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors"},
	{Code: CodeOptionInvalid, Severity: exhybrid.SeverityError, Summary: "an Options value is out of range or contradicts another",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard https://learn.microsoft.com/powershell/module/exchange/new-sendconnector"},
	{Code: CodeAddressSpaceInvalid, Severity: exhybrid.SeverityError, Summary: "a malformed Send connector address space",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-sendconnector"},
	{Code: CodeAddressSpaceMissing, Severity: exhybrid.SeverityError, Summary: "the address spaces miss the coexistence domain",
		Source: "https://learn.microsoft.com/exchange/transport-routing https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md"},
	{Code: CodeConnectorDisabled, Severity: exhybrid.SeverityWarning, Summary: "a connector of the hybrid is disabled",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/CloudConnectorCheck.md https://learn.microsoft.com/powershell/module/exchange/set-inboundconnector https://learn.microsoft.com/powershell/module/exchange/set-outboundconnector"},
	{Code: CodeTLSNotRequired, Severity: exhybrid.SeverityError, Summary: "the Send connector does not require TLS",
		Source: "https://learn.microsoft.com/exchange/transport-options https://learn.microsoft.com/powershell/module/exchange/new-sendconnector"},
	{Code: CodeInboundTLSNotRequired, Severity: exhybrid.SeverityWarning, Summary: "the Inbound connector does not require TLS",
		Source: "https://learn.microsoft.com/exchange/transport-options https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector"},
	{Code: CodeTLSAuthWithoutRequireTLS, Severity: exhybrid.SeverityError, Summary: "TlsAuthLevel set without RequireTLS",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-sendconnector"},
	{Code: CodeTLSAuthLevel, Severity: exhybrid.SeverityWarning, Summary: "a TLS level below the one asked for (warning)",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md https://learn.microsoft.com/exchange/hybrid-configuration-wizard"},
	{Code: CodeSendTLSDomain, Severity: exhybrid.SeverityWarning, Summary: "the Send connector's TlsDomain is not EOP's (warning)",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md https://learn.microsoft.com/powershell/module/exchange/new-sendconnector"},
	{Code: CodeRoutingInconsistent, Severity: exhybrid.SeverityError, Summary: "DNS routing and smart hosts contradict",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-sendconnector https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector"},
	{Code: CodeCloudServicesMailDisabled, Severity: exhybrid.SeverityError, Summary: "CloudServicesMailEnabled is off",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-sendconnector https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md"},
	{Code: CodeCertificateNameMissing, Severity: exhybrid.SeverityError, Summary: "a connector has no TlsCertificateName",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExoConnectorCheck.md https://learn.microsoft.com/powershell/module/exchange/new-sendconnector https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector"},
	{Code: CodeCertificateMismatch, Severity: exhybrid.SeverityError, Summary: "a connector names another certificate",
		Source: "https://learn.microsoft.com/exchange/certificate-requirements https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/CloudConnectorCheck.md"},
	{Code: CodeReceiveCapabilityMissing, Severity: exhybrid.SeverityError, Summary: "a Receive connector does not accept mail from Exchange Online",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector"},
	{Code: CodeReceiveCapabilityDomain, Severity: exhybrid.SeverityWarning, Summary: "the hybrid capability for another domain than an unconfirmed EOP one",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector"},
	{Code: CodeReceiveCapabilityVersion, Severity: exhybrid.SeverityError, Summary: "AcceptCloudServicesMail on Exchange 2010",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector"},
	{Code: CodeReceiveMissing, Severity: exhybrid.SeverityError, Summary: "a receiving server has no Receive connector settings",
		Source: "https://learn.microsoft.com/exchange/hybrid-configuration-wizard"},
	{Code: CodeConnectorType, Severity: exhybrid.SeverityError, Summary: "an Exchange Online connector is not OnPremises",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector"},
	{Code: CodeInboundCertificateName, Severity: exhybrid.SeverityError, Summary: "TlsSenderCertificateName is not on the certificate",
		Source: "https://learn.microsoft.com/exchange/transport-options https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector"},
	{Code: CodeOutboundTLSDomain, Severity: exhybrid.SeverityError, Summary: "the Outbound TlsDomain is not on the certificate",
		Source: "https://learn.microsoft.com/exchange/transport-options https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector"},
	{Code: CodeOutboundSmartHost, Severity: exhybrid.SeverityError, Summary: "the Outbound connector does not deliver to OnPremisesSmartHost",
		Source: "https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector"},
	{Code: CodeOutboundRecipientDomains, Severity: exhybrid.SeverityError, Summary: "a hybrid domain is missing from RecipientDomains",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector"},
	{Code: CodeCentralizedMismatch, Severity: exhybrid.SeverityError, Summary: "RouteAllMessagesViaOnPremises differs from the centralized choice",
		Source: "https://learn.microsoft.com/exchange/transport-routing https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector"},
	{Code: CodeCertificateNotFound, Severity: exhybrid.SeverityError, Summary: "a TlsCertificateName names no exported certificate",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Get-ExchangeConnectorCustomObject.ps1 https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/CloudConnectorCheck.md"},
	{Code: CodeCertificateNotChecked, Severity: exhybrid.SeverityInfo, Summary: "a connector's certificate is not checked: none of its servers was exported",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Get-ExchangeConnectorCustomObject.ps1"},
	{Code: CodeRouteAllNotOnPremises, Severity: exhybrid.SeverityError, Summary: "RouteAllMessagesViaOnPremises on a non-OnPremises connector",
		Source: "https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector"},
})

// Rules returns the rule table of this package: each code with the
// severity of its findings, a summary and its source.
func Rules() *exhybrid.RuleTable { return rules }
