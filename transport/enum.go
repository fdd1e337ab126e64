package transport

import (
	"errors"
	"strconv"
	"strings"
)

// ErrUnknownValue is wrapped by the errors of every Parse function of this
// package's enumerations ([ParseTLSAuthLevel], [ParseConnectorType] and the
// others) and of their UnmarshalText methods.
var ErrUnknownValue = errors.New("unknown value")

// ValueError reports a name that an enumeration does not know. It wraps
// [ErrUnknownValue].
type ValueError struct {
	Type  string // the enumeration, such as "TLSAuthLevel"
	Input string // the name given
}

// Error returns a message such as `transport: unknown TLSAuthLevel "Strict"`.
func (e *ValueError) Error() string {
	return "transport: unknown " + e.Type + " " + strconv.Quote(e.Input)
}

// Unwrap returns [ErrUnknownValue].
func (e *ValueError) Unwrap() error { return ErrUnknownValue }

// enum describes one enumeration: its type name for errors, the names of
// its values indexed by value, and other accepted spellings in lower case.
//
// Index 0 is the zero value, which Parse never accepts. Its name says which
// of two kinds the enumeration is:
//
//   - "" (an unset kind): the zero value stands for a cmdlet parameter left
//     unset ($null), such as [TLSAuthNone]. It is a legitimate field value:
//     String returns "", it marshals as "" and "" unmarshals to it.
//   - "Unknown" (the usual kind): the zero value is invalid. String returns
//     "Unknown", MarshalText refuses it and UnmarshalText refuses "". Fields
//     of these types are tagged omitzero, so an unset field is left out of
//     JSON instead.
type enum struct {
	typ     string
	names   []string
	aliases map[string]uint8
}

// unknownName is the String of an invalid zero value.
const unknownName = "Unknown"

// zeroIsUnset reports whether the zero value is an unset cmdlet parameter
// rather than an invalid value.
func (e *enum) zeroIsUnset() bool { return e.names[0] == "" }

// str returns the name of v, or "Type(v)" for a value out of range.
func (e *enum) str(v uint8) string {
	if int(v) < len(e.names) {
		return e.names[v]
	}
	return e.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// valid reports whether v is a declared value other than zero.
func (e *enum) valid(v uint8) bool { return v > 0 && int(v) < len(e.names) }

// parse looks s, without surrounding spaces, up among the names without
// regard to case, then among the aliases. The zero value's name is never
// accepted. Errors keep the input as given.
func (e *enum) parse(s string) (uint8, error) {
	t := strings.TrimSpace(s)
	for v := 1; v < len(e.names); v++ {
		if strings.EqualFold(t, e.names[v]) {
			return uint8(v), nil
		}
	}
	if v, ok := e.aliases[strings.ToLower(t)]; ok {
		return v, nil
	}
	return 0, &ValueError{Type: e.typ, Input: s}
}

// marshal renders v for MarshalText: its name, or "" for the unset zero
// value. An invalid zero value or a value out of range is an error.
func (e *enum) marshal(v uint8) ([]byte, error) {
	if v == 0 && e.zeroIsUnset() {
		return []byte{}, nil
	}
	if !e.valid(v) {
		return nil, &ValueError{Type: e.typ, Input: e.str(v)}
	}
	return []byte(e.names[v]), nil
}

// unmarshal is the inverse of marshal: parse, and "" for the unset zero
// value.
func (e *enum) unmarshal(text []byte) (uint8, error) {
	if len(text) == 0 && e.zeroIsUnset() {
		return 0, nil
	}
	return e.parse(string(text))
}

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
	// EncryptionOnly encrypts the channel without checking the certificate.
	EncryptionOnly
	// CertificateValidation also validates the certificate chain and
	// revocation lists.
	CertificateValidation
	// DomainValidation also checks that the certificate's name matches the
	// connector's TlsDomain.
	DomainValidation
)

var tlsAuthEnum = enum{typ: "TLSAuthLevel", names: []string{"", "EncryptionOnly", "CertificateValidation", "DomainValidation"}}

// String returns the level's name as the cmdlets spell it, or "" for
// [TLSAuthNone].
func (l TLSAuthLevel) String() string { return tlsAuthEnum.str(uint8(l)) }

// IsValid reports whether l is one of the three levels.
func (l TLSAuthLevel) IsValid() bool { return tlsAuthEnum.valid(uint8(l)) }

// ParseTLSAuthLevel parses a level name without regard to case.
func ParseTLSAuthLevel(s string) (TLSAuthLevel, error) {
	v, err := tlsAuthEnum.parse(s)
	return TLSAuthLevel(v), err
}

// MarshalText implements encoding.TextMarshaler; [TLSAuthNone] is "".
func (l TLSAuthLevel) MarshalText() ([]byte, error) { return tlsAuthEnum.marshal(uint8(l)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is [TLSAuthNone].
func (l *TLSAuthLevel) UnmarshalText(text []byte) error {
	v, err := tlsAuthEnum.unmarshal(text)
	if err == nil {
		*l = TLSAuthLevel(v)
	}
	return err
}

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
	OnPremises                                // the organization's own on-premises servers
	Partner                                   // external partners or services
)

var connectorTypeEnum = enum{typ: "ConnectorType", names: []string{unknownName, "OnPremises", "Partner"},
	aliases: map[string]uint8{"on-premises": 1, "on premises": 1}}

// String returns "OnPremises" or "Partner", or "Unknown" for the zero value.
func (t ConnectorType) String() string { return connectorTypeEnum.str(uint8(t)) }

// IsValid reports whether t is OnPremises or Partner.
func (t ConnectorType) IsValid() bool { return connectorTypeEnum.valid(uint8(t)) }

// ParseConnectorType parses "OnPremises" (also "On-Premises") or "Partner",
// ignoring case.
func ParseConnectorType(s string) (ConnectorType, error) {
	v, err := connectorTypeEnum.parse(s)
	return ConnectorType(v), err
}

// MarshalText implements encoding.TextMarshaler; the invalid zero value is
// an error.
func (t ConnectorType) MarshalText() ([]byte, error) { return connectorTypeEnum.marshal(uint8(t)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is an error.
func (t *ConnectorType) UnmarshalText(text []byte) error {
	v, err := connectorTypeEnum.unmarshal(text)
	if err == nil {
		*t = ConnectorType(v)
	}
	return err
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
	ConnectorSourceUnknown ConnectorSource = iota // invalid
	SourceDefault                                 // created by an administrator
	SourceHybridWizard                            // created by the Hybrid Configuration Wizard
	SourceMigrated                                // migrated from Forefront Online Protection for Exchange
)

var connectorSourceEnum = enum{typ: "ConnectorSource", names: []string{unknownName, "Default", "HybridWizard", "Migrated"}}

// String returns "Default", "HybridWizard" or "Migrated", or "Unknown" for
// the zero value.
func (s ConnectorSource) String() string { return connectorSourceEnum.str(uint8(s)) }

// IsValid reports whether s is one of the three sources.
func (s ConnectorSource) IsValid() bool { return connectorSourceEnum.valid(uint8(s)) }

// ParseConnectorSource parses a source name, ignoring case.
func ParseConnectorSource(s string) (ConnectorSource, error) {
	v, err := connectorSourceEnum.parse(s)
	return ConnectorSource(v), err
}

// MarshalText implements encoding.TextMarshaler; the invalid zero value is
// an error.
func (s ConnectorSource) MarshalText() ([]byte, error) { return connectorSourceEnum.marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is an error.
func (s *ConnectorSource) UnmarshalText(text []byte) error {
	v, err := connectorSourceEnum.unmarshal(text)
	if err == nil {
		*s = ConnectorSource(v)
	}
	return err
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
	// FrontendTransport is the Front End Transport service, where external
	// SMTP connections arrive: the hybrid receive connector's service.
	FrontendTransport
	// HubTransport is the Transport service, for connections from Exchange
	// servers and proxied clients.
	HubTransport
)

var transportRoleEnum = enum{typ: "TransportRole", names: []string{"", "FrontendTransport", "HubTransport"}}

// String returns "FrontendTransport" or "HubTransport", or "" when unset.
func (r TransportRole) String() string { return transportRoleEnum.str(uint8(r)) }

// IsValid reports whether r is FrontendTransport or HubTransport.
func (r TransportRole) IsValid() bool { return transportRoleEnum.valid(uint8(r)) }

// ParseTransportRole parses a transport role name, ignoring case.
func ParseTransportRole(s string) (TransportRole, error) {
	v, err := transportRoleEnum.parse(s)
	return TransportRole(v), err
}

// MarshalText implements encoding.TextMarshaler; the unset value is "".
func (r TransportRole) MarshalText() ([]byte, error) { return transportRoleEnum.marshal(uint8(r)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is the unset value.
func (r *TransportRole) UnmarshalText(text []byte) error {
	v, err := transportRoleEnum.unmarshal(text)
	if err == nil {
		*r = TransportRole(v)
	}
	return err
}
