package hybrid

import (
	"errors"

	"github.com/exhybrid/exhybrid/internal/enum"
)

// Type is the kind of hybrid deployment the Hybrid Configuration Wizard
// sets up (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options,
// https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent,
// https://learn.microsoft.com/exchange/mailbox-migration/use-minimal-hybrid-to-quickly-migrate).
// Its text form is the constant's name without "Type" ("ClassicFull").
// The zero Type is not valid. [AllowedFeatures] gives the features a type
// can provide.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Type = enum.Value[typeTag]

// The hybrid types.
const (
	TypeUnknown        Type = iota // invalid
	TypeClassicFull                // full hybrid: mail flow, free/busy, moves and every feature
	TypeClassicMinimal             // minimal hybrid: mailbox moves and address policy only, for a migration of weeks
	TypeClassicExpress             // express migration: minimal hybrid with a one-time directory sync set up by the wizard
	TypeModernFull                 // full hybrid with the Hybrid Agent carrying free/busy and moves instead of published EWS
	TypeModernMinimal              // minimal hybrid through the Hybrid Agent

	typeCount = iota
)

// ErrUnknownValue is wrapped by the errors of every Parse function and
// UnmarshalText method of this package's enumerations ([Type], [Feature],
// [FeatureSet], [DomainType], [Phase], [Action]) and of MarshalText for
// their zero values. The errors are *[exhybrid.ValueError]s, which name the
// type, the input and the accepted names.
var ErrUnknownValue = errors.New("hybrid: unknown value")

var typeEnum = &enum.Table{Pkg: "hybrid", Type: "Type", Names: []string{"Unknown", "ClassicFull", "ClassicMinimal", "ClassicExpress", "ModernFull", "ModernMinimal"}, Aliases: typeAliases, Err: ErrUnknownValue}

// typeAliases are the short names used in the wizard and in prose.
var typeAliases = map[string]string{
	"full": "ClassicFull", "classic": "ClassicFull", "minimal": "ClassicMinimal",
	"express": "ClassicExpress", "modern": "ModernFull", "hybridagent": "ModernFull", "agent": "ModernFull",
}

// ParseType parses a type name without regard to case; "Full", "Minimal",
// "Express" and "Modern" are accepted for the classic full, classic minimal,
// express and modern full types.
func ParseType(s string) (Type, error) { return enum.Parse[typeTag](s) }

// typeCaps says what a hybrid type sets up and needs, one row of the
// comparison table in "Hybrid Configuration Wizard options"
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options).
type typeCaps struct {
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

// capsOf returns the row of t.
func capsOf(t Type) typeCaps {
	switch t {
	case TypeClassicFull:
		return typeCaps{Connectors: true, OAuth: true, OrgRelationship: true, MRSEndpoint: true, MultiMailboxSearch: true, MailTips: true, TransportDNS: true, PublishedEWS: true, Edge: true}
	case TypeClassicMinimal:
		return typeCaps{MRSEndpoint: true, PublishedEWS: true}
	case TypeClassicExpress:
		return typeCaps{MRSEndpoint: true, DirSyncExpress: true, PublishedEWS: true}
	case TypeModernFull:
		return typeCaps{Connectors: true, OAuth: true, OrgRelationship: true, MRSEndpoint: true, MailTips: true, TransportDNS: true, HybridAgent: true, Edge: true}
	case TypeModernMinimal:
		return typeCaps{MRSEndpoint: true, HybridAgent: true}
	}
	return typeCaps{}
}

// isFull reports whether t sets up the full feature set (classic or modern).
func isFull(t Type) bool { return t == TypeClassicFull || t == TypeModernFull }

// AllowedFeatures returns the features a hybrid type can provide. Minimal and express
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
func AllowedFeatures(t Type) FeatureSet {
	switch t {
	case TypeClassicFull:
		return AllFeatures.With(FeatureCentralizedTransport)
	case TypeModernFull:
		return AllFeatures.With(FeatureCentralizedTransport).Without(FeatureMessageTracking)
	case TypeClassicMinimal, TypeClassicExpress, TypeModernMinimal:
		return Features(FeatureMoveMailbox)
	}
	return 0
}

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	typeTag struct{}
)

func (typeTag) Enum() *enum.Table { return typeEnum }
