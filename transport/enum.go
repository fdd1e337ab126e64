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
// its values indexed by value (index 0, the invalid zero value, is ""), and
// other accepted spellings in lower case.
type enum struct {
	typ     string
	names   []string
	aliases map[string]uint8
}

// str returns the name of v, or "Type(v)" for a value out of range. The
// zero value's name is "".
func (e *enum) str(v uint8) string {
	if int(v) < len(e.names) {
		return e.names[v]
	}
	return e.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// valid reports whether v is a declared value other than zero.
func (e *enum) valid(v uint8) bool { return v > 0 && int(v) < len(e.names) }

// parse looks s up without regard to case, then among the aliases. The
// empty string is never a value.
func (e *enum) parse(s string) (uint8, error) {
	for v := 1; v < len(e.names); v++ {
		if strings.EqualFold(s, e.names[v]) {
			return uint8(v), nil
		}
	}
	if v, ok := e.aliases[strings.ToLower(strings.TrimSpace(s))]; ok {
		return v, nil
	}
	return 0, &ValueError{Type: e.typ, Input: s}
}

// marshal renders v for MarshalText. The zero value marshals as the empty
// string, so that an unset field survives a JSON round trip; a value out of
// range is an error.
func (e *enum) marshal(v uint8) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !e.valid(v) {
		return nil, &ValueError{Type: e.typ, Input: e.str(v)}
	}
	return []byte(e.names[v]), nil
}

// unmarshal is parse that reads the empty text as the zero value, the
// inverse of marshal.
func (e *enum) unmarshal(text []byte) (uint8, error) {
	if len(text) == 0 {
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
// The zero TLSAuthLevel, [TLSAuthNone], is the unset value ($null); it is
// not a level and [ParseTLSAuthLevel] rejects it, but it marshals as "" so
// that an unset connector field round-trips.
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
// The zero ConnectorType is unset and not valid.
type ConnectorType uint8

// The connector types.
const (
	ConnectorTypeUnknown ConnectorType = iota // unset; invalid
	OnPremises                                // the organization's own on-premises servers
	Partner                                   // external partners or services
)

var connectorTypeEnum = enum{typ: "ConnectorType", names: []string{"", "OnPremises", "Partner"},
	aliases: map[string]uint8{"on-premises": 1, "on premises": 1}}

// String returns "OnPremises" or "Partner", or "" for the zero value.
func (t ConnectorType) String() string { return connectorTypeEnum.str(uint8(t)) }

// IsValid reports whether t is OnPremises or Partner.
func (t ConnectorType) IsValid() bool { return connectorTypeEnum.valid(uint8(t)) }

// ParseConnectorType parses "OnPremises" (also "On-Premises") or "Partner",
// ignoring case.
func ParseConnectorType(s string) (ConnectorType, error) {
	v, err := connectorTypeEnum.parse(s)
	return ConnectorType(v), err
}

// MarshalText implements encoding.TextMarshaler; the zero value is "".
func (t ConnectorType) MarshalText() ([]byte, error) { return connectorTypeEnum.marshal(uint8(t)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is the zero value.
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
// The zero ConnectorSource is unset and not valid.
type ConnectorSource uint8

// The connector sources.
const (
	ConnectorSourceUnknown ConnectorSource = iota // unset; invalid
	SourceDefault                                 // created by an administrator
	SourceHybridWizard                            // created by the Hybrid Configuration Wizard
	SourceMigrated                                // migrated from Forefront Online Protection for Exchange
)

var connectorSourceEnum = enum{typ: "ConnectorSource", names: []string{"", "Default", "HybridWizard", "Migrated"}}

// String returns "Default", "HybridWizard" or "Migrated", or "" for the zero
// value.
func (s ConnectorSource) String() string { return connectorSourceEnum.str(uint8(s)) }

// IsValid reports whether s is one of the three sources.
func (s ConnectorSource) IsValid() bool { return connectorSourceEnum.valid(uint8(s)) }

// ParseConnectorSource parses a source name, ignoring case.
func ParseConnectorSource(s string) (ConnectorSource, error) {
	v, err := connectorSourceEnum.parse(s)
	return ConnectorSource(v), err
}

// MarshalText implements encoding.TextMarshaler; the zero value is "".
func (s ConnectorSource) MarshalText() ([]byte, error) { return connectorSourceEnum.marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler; "" is the zero value.
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
// The zero TransportRole is unset: right for those servers, and not a
// value [ParseTransportRole] accepts.
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
