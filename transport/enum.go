package transport

import (
	"errors"

	"github.com/exhybrid/exhybrid/internal/enum"
)

// ErrUnknownValue is wrapped by the errors of every Parse function of this
// package's enumerations ([ParseTLSAuthLevel], [ParseConnectorType] and the
// others) and of their UnmarshalText methods. The errors are
// *[exhybrid.ValueError]s, which name the type, the input and the accepted
// names.
//
// Some enumerations have a zero value that stands for a cmdlet parameter
// left unset ($null), such as [TLSAuthNone]: String returns "", it
// marshals as "" and "" unmarshals to it. The others have an invalid zero
// value named "Unknown", which refuses to marshal; their fields are tagged
// omitzero, so an unset field is left out of JSON.
var ErrUnknownValue = errors.New("transport: unknown value")

// TLSAuthLevel is the TLS authentication level of a connector: the
// TlsAuthLevel parameter of an on-premises Send connector and the
// TlsSettings parameter of an Exchange Online Outbound connector
// (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector,
// https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector).
// The levels are ordered: each one checks what the one before it does, and
// more.
//
// The zero TLSAuthLevel, [TLSAuthNone], is the unset parameter ($null): a
// legitimate connector setting, though not a level. Its String and text
// form are "", and "" unmarshals to it, so an unset connector field
// round-trips; [ParseTLSAuthLevel] does not accept it.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type TLSAuthLevel = enum.Value[tlsAuthTag]

// The TLS authentication levels, weakest first.
const (
	TLSAuthNone TLSAuthLevel = iota // unset ($null)
	// TLSAuthEncryptionOnly encrypts the channel without checking the certificate.
	TLSAuthEncryptionOnly
	// TLSAuthCertificateValidation also validates the certificate chain and
	// revocation lists.
	TLSAuthCertificateValidation
	// TLSAuthDomainValidation also checks that the certificate's name matches the
	// connector's TlsDomain.
	TLSAuthDomainValidation
)

var tlsAuthEnum = &enum.Table{Pkg: "transport", Type: "TLSAuthLevel", Names: []string{"", "EncryptionOnly", "CertificateValidation", "DomainValidation"}, Err: ErrUnknownValue}

// ParseTLSAuthLevel parses a level name without regard to case.
func ParseTLSAuthLevel(s string) (TLSAuthLevel, error) { return enum.Parse[tlsAuthTag](s) }

// ConnectorType is the category of an Exchange Online Inbound or Outbound
// connector. Hybrid connectors are OnPremises connectors: that type grants
// mail from on-premises the rights of internal mail, and
// RouteAllMessagesViaOnPremises requires it
// (https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector,
// https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector).
// The zero ConnectorType is [ConnectorTypeUnknown]: invalid, as every
// connector has a type. It cannot be marshalled; connector fields of this
// type are tagged omitzero.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type ConnectorType = enum.Value[connectorTypeTag]

// The connector types.
const (
	ConnectorTypeUnknown ConnectorType = iota // invalid
	ConnectorOnPremises                       // the organization's own on-premises servers
	ConnectorPartner                          // external partners or services
)

var connectorTypeEnum = &enum.Table{Pkg: "transport", Type: "ConnectorType", Names: []string{"Unknown", "OnPremises", "Partner"},
	Aliases: map[string]string{"on-premises": "OnPremises", "on premises": "OnPremises"}, Err: ErrUnknownValue}

// ParseConnectorType parses "OnPremises" (also "On-Premises") or "Partner",
// ignoring case.
func ParseConnectorType(s string) (ConnectorType, error) { return enum.Parse[connectorTypeTag](s) }

// ConnectorSource records how an Exchange Online connector was created:
// Default (by hand), HybridWizard (by the Hybrid Configuration Wizard) or
// Migrated (from Forefront Online Protection for Exchange)
// (https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector).
// The zero ConnectorSource is [ConnectorSourceUnknown]: invalid, as every
// connector has a source. It cannot be marshalled; connector fields of this
// type are tagged omitzero.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type ConnectorSource = enum.Value[connectorSourceTag]

// The connector sources.
const (
	ConnectorSourceUnknown      ConnectorSource = iota // invalid
	ConnectorSourceDefault                             // created by an administrator
	ConnectorSourceHybridWizard                        // created by the Hybrid Configuration Wizard
	ConnectorSourceMigrated                            // migrated from Forefront Online Protection for Exchange
)

var connectorSourceEnum = &enum.Table{Pkg: "transport", Type: "ConnectorSource", Names: []string{"Unknown", "Default", "HybridWizard", "Migrated"}, Err: ErrUnknownValue}

// ParseConnectorSource parses a source name, ignoring case.
func ParseConnectorSource(s string) (ConnectorSource, error) {
	return enum.Parse[connectorSourceTag](s)
}

// TransportRole is the transport service a Receive connector of an Exchange
// 2013 or later Mailbox or Client Access server belongs to. Edge Transport
// servers and Exchange 2010 have no such setting
// (https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector).
// The zero TransportRole, [TransportRoleNone], is that unset value: right
// for those servers. Its String and text form are "", and "" unmarshals to
// it; [ParseTransportRole] does not accept it.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type TransportRole = enum.Value[transportRoleTag]

// The transport roles.
const (
	TransportRoleNone TransportRole = iota // unset (Edge Transport, Exchange 2010)
	// TransportRoleFrontend is the Front End Transport service, where external
	// SMTP connections arrive: the hybrid receive connector's service.
	TransportRoleFrontend
	// TransportRoleHub is the Transport service, for connections from Exchange
	// servers and proxied clients.
	TransportRoleHub
)

var transportRoleEnum = &enum.Table{Pkg: "transport", Type: "TransportRole", Names: []string{"", "FrontendTransport", "HubTransport"}, Err: ErrUnknownValue}

// ParseTransportRole parses a transport role name, ignoring case.
func ParseTransportRole(s string) (TransportRole, error) { return enum.Parse[transportRoleTag](s) }

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	tlsAuthTag         struct{}
	connectorTypeTag   struct{}
	connectorSourceTag struct{}
	transportRoleTag   struct{}
)

func (tlsAuthTag) Enum() *enum.Table         { return tlsAuthEnum }
func (connectorTypeTag) Enum() *enum.Table   { return connectorTypeEnum }
func (connectorSourceTag) Enum() *enum.Table { return connectorSourceEnum }
func (transportRoleTag) Enum() *enum.Table   { return transportRoleEnum }
