package transport

import (
	"errors"
	"strings"

	"github.com/exhybrid/exhybrid/internal/enum"

	"github.com/exhybrid/exhybrid/internal/dnsname"
)

// Capability is a capability that a Receive connector offers to remote
// hosts that authenticate with TLS under a given domain: an entry of its
// TlsDomainCapabilities. The zero Capability is not valid.
//
// The Set-ReceiveConnector page lists AcceptCloudServicesMail (Exchange
// 2013 or later) and AcceptOorgProtocol (Exchange 2010) as the values for
// hybrid deployments; its Exchange 2010 and 2013 text also listed
// AcceptOorgHeader
// (https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector).
// Other capabilities exist but have, in Microsoft's words, no scenario; this
// package does not parse them.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Capability = enum.Value[capabilityTag]

// The capabilities.
const (
	CapabilityUnknown Capability = iota // invalid
	// CapabilityAcceptCloudServicesMail lets Exchange 2013 and later accept mail from
	// Exchange Online as internal hybrid mail.
	CapabilityAcceptCloudServicesMail
	// CapabilityAcceptOorgProtocol is the Exchange 2010 capability for the same.
	CapabilityAcceptOorgProtocol
	// CapabilityAcceptOorgHeader accepts the organization header; listed for Exchange
	// 2010 and 2013.
	CapabilityAcceptOorgHeader
)

var capabilityEnum = &enum.Table{Sep: ",", Pkg: "transport", Type: "Capability", Names: []string{"Unknown", "AcceptCloudServicesMail", "AcceptOorgProtocol", "AcceptOorgHeader"}, Err: ErrUnknownValue}

// ParseCapability parses a capability name, ignoring case.
func ParseCapability(s string) (Capability, error) { return enum.Parse[capabilityTag](s) }

// Capabilities is a set of [Capability] values. The zero Capabilities is
// empty. Its String lists them in declaration order, separated by commas
// without spaces as TlsDomainCapabilities writes them:
// "AcceptCloudServicesMail,AcceptOorgProtocol".
//
// It has the methods of every set: Has, With, Without, Union, Intersect,
// Minus, Len, IsEmpty, All (in value order), String, MarshalText and
// UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Capabilities = enum.Set[capabilityTag]

// CapabilitiesOf returns the set of the given capabilities; invalid ones
// are ignored.
func CapabilitiesOf(cs ...Capability) Capabilities { return enum.SetOf(cs...) }

// NoTLSDomain is the special domain of TlsDomainCapabilities that stands for
// connections without TLS
// (https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector).
const NoTLSDomain = "NO-TLS"

// TLSDomainCapability is one entry of a Receive connector's
// TlsDomainCapabilities: the capabilities offered to hosts that
// authenticate with TLS as Domain. Its text form is
// "Domain:Capability1,Capability2", for example
// "mail.protection.outlook.com:AcceptCloudServicesMail"
// (https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector).
// It marshals as that text form. The zero TLSDomainCapability is not valid.
type TLSDomainCapability struct {
	Domain       string       // an SMTP domain, or NoTLSDomain
	Capabilities Capabilities // at least one
}

// ErrTLSDomainCapability is wrapped by every error [ParseTLSDomainCapability]
// returns; the error's text gives the input and the specific reason (an
// unknown capability also wraps [ErrUnknownValue]).
var ErrTLSDomainCapability = errors.New(`invalid TLS domain capability, want "Domain:Capability,..."`)

// The reasons [ParseTLSDomainCapability] rejects an entry, kept unexported:
// callers match [ErrTLSDomainCapability] and read the reason in the text.
var (
	errCapabilityNoColon  = errors.New(`no ":" between the domain and the capabilities`)
	errCapabilityDomain   = errors.New(`domain is not an SMTP domain or "NO-TLS"`)
	errCapabilityEmpty    = errors.New("no capability")
	errCapabilityRepeated = errors.New("a capability is named twice")
)

// capabilityError is ParseTLSDomainCapability's error on s for reason;
// it unwraps to [ErrTLSDomainCapability] and the reason.
func capabilityError(s string, reason error) error {
	return newParseError("ParseTLSDomainCapability", ErrTLSDomainCapability, s, reason)
}

// ParseTLSDomainCapability parses "Domain:Capability1,Capability2". The
// domain is a fully qualified SMTP domain or "NO-TLS" (stored as
// [NoTLSDomain]); capability names are matched without case, and each may
// appear once. Spaces around names are ignored.
func ParseTLSDomainCapability(s string) (TLSDomainCapability, error) {
	domain, list, ok := strings.Cut(s, ":")
	if !ok {
		return TLSDomainCapability{}, capabilityError(s, errCapabilityNoColon)
	}
	domain = strings.TrimSpace(domain)
	if strings.EqualFold(domain, NoTLSDomain) {
		domain = NoTLSDomain
	} else if dnsname.CheckFQDN(domain) != nil {
		return TLSDomainCapability{}, capabilityError(s, errCapabilityDomain)
	}
	if strings.TrimSpace(list) == "" {
		return TLSDomainCapability{}, capabilityError(s, errCapabilityEmpty)
	}
	var caps Capabilities
	for name := range strings.SplitSeq(list, ",") {
		c, err := ParseCapability(strings.TrimSpace(name))
		if err != nil {
			return TLSDomainCapability{}, capabilityError(s, err)
		}
		if caps.Has(c) {
			return TLSDomainCapability{}, capabilityError(s, errCapabilityRepeated)
		}
		caps |= CapabilitiesOf(c)
	}
	return TLSDomainCapability{Domain: domain, Capabilities: caps}, nil
}

// MustParseTLSDomainCapability is like [ParseTLSDomainCapability] but
// panics on error. It is intended for use in tests with hard-coded strings.
func MustParseTLSDomainCapability(s string) TLSDomainCapability {
	c, err := ParseTLSDomainCapability(s)
	if err != nil {
		panic(err)
	}
	return c
}

// String returns "Domain:Capability1,Capability2", or "" for the zero
// value.
func (t TLSDomainCapability) String() string {
	if t == (TLSDomainCapability{}) {
		return ""
	}
	return t.Domain + ":" + t.Capabilities.String()
}

// MarshalText implements encoding.TextMarshaler. It fails for an entry
// that [ParseTLSDomainCapability] could not have returned.
func (t TLSDomainCapability) MarshalText() ([]byte, error) {
	got, err := ParseTLSDomainCapability(t.String())
	if err != nil {
		return nil, err
	}
	if got != t {
		return nil, capabilityError(t.String(), errCapabilityDomain)
	}
	return []byte(t.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with
// [ParseTLSDomainCapability].
func (t *TLSDomainCapability) UnmarshalText(text []byte) error {
	v, err := ParseTLSDomainCapability(string(text))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	capabilityTag struct{}
)

func (capabilityTag) Enum() *enum.Table { return capabilityEnum }
