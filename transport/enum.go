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
type TLSAuthLevel uint8

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

var tlsAuthEnum = &enum.Table[TLSAuthLevel]{Pkg: "transport", Type: "TLSAuthLevel", Names: []string{"", "EncryptionOnly", "CertificateValidation", "DomainValidation"}, Err: ErrUnknownValue}

// String returns the level's name as the cmdlets spell it, or "" for
// [TLSAuthNone].
func (l TLSAuthLevel) String() string { return tlsAuthEnum.String(l) }

// IsValid reports whether l is one of the three levels.
func (l TLSAuthLevel) IsValid() bool { return tlsAuthEnum.Valid(l) }

// ParseTLSAuthLevel parses a level name without regard to case.
func ParseTLSAuthLevel(s string) (TLSAuthLevel, error) { return tlsAuthEnum.Parse(s) }

// MarshalText implements encoding.TextMarshaler; [TLSAuthNone] is "".
func (l TLSAuthLevel) MarshalText() ([]byte, error) { return tlsAuthEnum.MarshalText(l) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is [TLSAuthNone].
func (l *TLSAuthLevel) UnmarshalText(text []byte) error { return tlsAuthEnum.UnmarshalText(l, text) }

// ConnectorType is the category of an Exchange Online Inbound or Outbound
// connector. Hybrid connectors are OnPremises connectors: that type grants
// mail from on-premises the rights of internal mail, and
// RouteAllMessagesViaOnPremises requires it
// (https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector,
// https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector).
// The zero ConnectorType is [ConnectorTypeUnknown]: invalid, as every
// connector has a type. It cannot be marshalled; connector fields of this
// type are tagged omitzero.
type ConnectorType uint8

// The connector types.
const (
	ConnectorTypeUnknown ConnectorType = iota // invalid
	ConnectorOnPremises                       // the organization's own on-premises servers
	ConnectorPartner                          // external partners or services
)

var connectorTypeEnum = &enum.Table[ConnectorType]{Pkg: "transport", Type: "ConnectorType", Names: []string{"Unknown", "OnPremises", "Partner"},
	Aliases: map[string]ConnectorType{"on-premises": 1, "on premises": 1}, Err: ErrUnknownValue}

// String returns "OnPremises" or "Partner", or "Unknown" for the zero value.
func (t ConnectorType) String() string { return connectorTypeEnum.String(t) }

// IsValid reports whether t is OnPremises or Partner.
func (t ConnectorType) IsValid() bool { return connectorTypeEnum.Valid(t) }

// ParseConnectorType parses "OnPremises" (also "On-Premises") or "Partner",
// ignoring case.
func ParseConnectorType(s string) (ConnectorType, error) { return connectorTypeEnum.Parse(s) }

// MarshalText implements encoding.TextMarshaler; the invalid zero value is
// an error.
func (t ConnectorType) MarshalText() ([]byte, error) { return connectorTypeEnum.MarshalText(t) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is an error.
func (t *ConnectorType) UnmarshalText(text []byte) error {
	return connectorTypeEnum.UnmarshalText(t, text)
}

// ConnectorSource records how an Exchange Online connector was created:
// Default (by hand), HybridWizard (by the Hybrid Configuration Wizard) or
// Migrated (from Forefront Online Protection for Exchange)
// (https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector).
// The zero ConnectorSource is [ConnectorSourceUnknown]: invalid, as every
// connector has a source. It cannot be marshalled; connector fields of this
// type are tagged omitzero.
type ConnectorSource uint8

// The connector sources.
const (
	ConnectorSourceUnknown      ConnectorSource = iota // invalid
	ConnectorSourceDefault                             // created by an administrator
	ConnectorSourceHybridWizard                        // created by the Hybrid Configuration Wizard
	ConnectorSourceMigrated                            // migrated from Forefront Online Protection for Exchange
)

var connectorSourceEnum = &enum.Table[ConnectorSource]{Pkg: "transport", Type: "ConnectorSource", Names: []string{"Unknown", "Default", "HybridWizard", "Migrated"}, Err: ErrUnknownValue}

// String returns "Default", "HybridWizard" or "Migrated", or "Unknown" for
// the zero value.
func (s ConnectorSource) String() string { return connectorSourceEnum.String(s) }

// IsValid reports whether s is one of the three sources.
func (s ConnectorSource) IsValid() bool { return connectorSourceEnum.Valid(s) }

// ParseConnectorSource parses a source name, ignoring case.
func ParseConnectorSource(s string) (ConnectorSource, error) { return connectorSourceEnum.Parse(s) }

// MarshalText implements encoding.TextMarshaler; the invalid zero value is
// an error.
func (s ConnectorSource) MarshalText() ([]byte, error) { return connectorSourceEnum.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is an error.
func (s *ConnectorSource) UnmarshalText(text []byte) error {
	return connectorSourceEnum.UnmarshalText(s, text)
}

// TransportRole is the transport service a Receive connector of an Exchange
// 2013 or later Mailbox or Client Access server belongs to. Edge Transport
// servers and Exchange 2010 have no such setting
// (https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector).
// The zero TransportRole, [TransportRoleNone], is that unset value: right
// for those servers. Its String and text form are "", and "" unmarshals to
// it; [ParseTransportRole] does not accept it.
type TransportRole uint8

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

var transportRoleEnum = &enum.Table[TransportRole]{Pkg: "transport", Type: "TransportRole", Names: []string{"", "FrontendTransport", "HubTransport"}, Err: ErrUnknownValue}

// String returns "FrontendTransport" or "HubTransport", or "" when unset.
func (r TransportRole) String() string { return transportRoleEnum.String(r) }

// IsValid reports whether r is FrontendTransport or HubTransport.
func (r TransportRole) IsValid() bool { return transportRoleEnum.Valid(r) }

// ParseTransportRole parses a transport role name, ignoring case.
func ParseTransportRole(s string) (TransportRole, error) { return transportRoleEnum.Parse(s) }

// MarshalText implements encoding.TextMarshaler; the unset value is "".
func (r TransportRole) MarshalText() ([]byte, error) { return transportRoleEnum.MarshalText(r) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is the unset value.
func (r *TransportRole) UnmarshalText(text []byte) error {
	return transportRoleEnum.UnmarshalText(r, text)
}
