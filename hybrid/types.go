package hybrid

import (
	"errors"
	"strconv"
	"strings"
)

// Type is the kind of hybrid deployment the Hybrid Configuration Wizard
// sets up (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options,
// https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent,
// https://learn.microsoft.com/exchange/mailbox-migration/use-minimal-hybrid-to-quickly-migrate).
// The zero Type is not valid.
type Type uint8

// The hybrid types.
const (
	TypeUnknown    Type = iota // invalid
	ClassicFull                // full hybrid: mail flow, free/busy, moves and every feature
	ClassicMinimal             // minimal hybrid: mailbox moves and address policy only, for a migration of weeks
	ClassicExpress             // express migration: minimal hybrid with a one-time directory sync set up by the wizard
	ModernFull                 // full hybrid with the Hybrid Agent carrying free/busy and moves instead of published EWS
	ModernMinimal              // minimal hybrid through the Hybrid Agent

	typeCount = iota
)

var typeNames = [typeCount]string{"Unknown", "ClassicFull", "ClassicMinimal", "ClassicExpress", "ModernFull", "ModernMinimal"}

// typeAliases are the short names used in the wizard and in prose.
var typeAliases = map[string]Type{
	"full": ClassicFull, "classic": ClassicFull, "minimal": ClassicMinimal,
	"express": ClassicExpress, "modern": ModernFull, "hybridagent": ModernFull, "agent": ModernFull,
}

// String returns the type's name, such as "ClassicFull".
func (t Type) String() string {
	if t < typeCount {
		return typeNames[t]
	}
	return "Type(" + strconv.Itoa(int(t)) + ")"
}

// IsValid reports whether t is a declared type.
func (t Type) IsValid() bool { return t > TypeUnknown && t < typeCount }

// ErrUnknownType is wrapped by the error of [ParseType].
var ErrUnknownType = errors.New("unknown hybrid type")

// ParseType parses a type name without regard to case; "Full", "Minimal",
// "Express" and "Modern" are accepted for the classic full, classic minimal,
// express and modern full types.
func ParseType(s string) (Type, error) {
	t := strings.TrimSpace(s)
	for v := ClassicFull; v < typeCount; v++ {
		if strings.EqualFold(t, typeNames[v]) {
			return v, nil
		}
	}
	if v, ok := typeAliases[strings.ToLower(t)]; ok {
		return v, nil
	}
	return TypeUnknown, &ParseError{What: "hybrid type", Input: s, Err: ErrUnknownType}
}

// MarshalText implements encoding.TextMarshaler.
func (t Type) MarshalText() ([]byte, error) {
	if !t.IsValid() {
		return nil, &ParseError{What: "hybrid type", Input: t.String(), Err: ErrUnknownType}
	}
	return []byte(t.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseType].
func (t *Type) UnmarshalText(text []byte) error {
	v, err := ParseType(string(text))
	if err == nil {
		*t = v
	}
	return err
}

// Capabilities says what a hybrid type sets up and needs, one row of the
// comparison table in "Hybrid Configuration Wizard options"
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options).
type Capabilities struct {
	Connectors         bool // send and receive connectors for secure mail
	OAuth              bool // OAuth between the organizations (with a current CU)
	OrgRelationship    bool // federation trust and organization relationships
	MRSEndpoint        bool // the MRS proxy migration endpoint
	DirSyncExpress     bool // the wizard sets up Azure AD Connect express
	MultiMailboxSearch bool // cross-premises multi-mailbox search
	MailTips           bool // cross-premises MailTips
	TransportDNS       bool // public DNS and certificate for SMTP, port 25 open both ways
	PublishedEWS       bool // public DNS and certificate for EWS, inbound 443 to EWS
	HybridAgent        bool // the Hybrid Agent carries free/busy and moves
	Edge               bool // Edge Transport servers with EdgeSync may carry hybrid mail
}

// Capabilities returns the row of t.
func (t Type) Capabilities() Capabilities {
	switch t {
	case ClassicFull:
		return Capabilities{Connectors: true, OAuth: true, OrgRelationship: true, MRSEndpoint: true, MultiMailboxSearch: true, MailTips: true, TransportDNS: true, PublishedEWS: true, Edge: true}
	case ClassicMinimal:
		return Capabilities{MRSEndpoint: true, PublishedEWS: true}
	case ClassicExpress:
		return Capabilities{MRSEndpoint: true, DirSyncExpress: true, PublishedEWS: true}
	case ModernFull:
		return Capabilities{Connectors: true, OAuth: true, OrgRelationship: true, MRSEndpoint: true, MailTips: true, TransportDNS: true, HybridAgent: true, Edge: true}
	case ModernMinimal:
		return Capabilities{MRSEndpoint: true, HybridAgent: true}
	}
	return Capabilities{}
}

// IsFull reports whether t sets up the full feature set (classic or modern).
func (t Type) IsFull() bool { return t == ClassicFull || t == ModernFull }

// Allowed returns the features a hybrid type can provide. Minimal and express
// hybrids set up neither connectors nor an organization relationship
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options);
// every feature but mailbox moves rides on one of them (secure and
// centralized mail on the connectors; free/busy, MailTips, message tracking,
// archive access, photos and the OWA redirection URL on the organization
// relationship, https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship),
// so they move mailboxes only.
// The Hybrid Agent carries only free/busy and mailbox moves; message tracking
// and multi-mailbox search do not traverse it
// (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent), so a
// modern full hybrid has no cross-premises message tracking.
func (t Type) Allowed() FeatureSet {
	switch t {
	case ClassicFull:
		return AllFeatures.With(CentralizedTransport)
	case ModernFull:
		return AllFeatures.With(CentralizedTransport).Without(MessageTracking)
	case ClassicMinimal, ClassicExpress, ModernMinimal:
		return Features(MoveMailbox)
	}
	return 0
}

// MX says where the MX records of the hybrid domains point: the choice that
// decides inbound Internet mail routing. The Hybrid Configuration Wizard
// never changes MX records (https://learn.microsoft.com/exchange/transport-routing).
// The zero MX is not valid.
type MX uint8

// The MX choices.
const (
	MXUnknown        MX = iota // invalid
	MXOnPremises               // Internet mail arrives on premises first
	MXExchangeOnline           // Internet mail arrives at Exchange Online Protection first (recommended)

	mxCount = iota
)

var mxNames = [mxCount]string{"Unknown", "OnPremises", "ExchangeOnline"}

// String returns "OnPremises" or "ExchangeOnline".
func (m MX) String() string {
	if m < mxCount {
		return mxNames[m]
	}
	return "MX(" + strconv.Itoa(int(m)) + ")"
}

// IsValid reports whether m is a declared choice.
func (m MX) IsValid() bool { return m > MXUnknown && m < mxCount }

// ErrUnknownMX is wrapped by the error of [ParseMX].
var ErrUnknownMX = errors.New("unknown MX choice, want OnPremises or ExchangeOnline")

// ParseMX parses "OnPremises" or "ExchangeOnline" without regard to case;
// "EOP" and "Office365" also mean Exchange Online.
func ParseMX(s string) (MX, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "onpremises", "on-premises":
		return MXOnPremises, nil
	case "exchangeonline", "eop", "office365", "exchange online protection":
		return MXExchangeOnline, nil
	}
	return MXUnknown, &ParseError{What: "MX choice", Input: s, Err: ErrUnknownMX}
}

// MarshalText implements encoding.TextMarshaler.
func (m MX) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, &ParseError{What: "MX choice", Input: m.String(), Err: ErrUnknownMX}
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseMX].
func (m *MX) UnmarshalText(text []byte) error {
	v, err := ParseMX(string(text))
	if err == nil {
		*m = v
	}
	return err
}
