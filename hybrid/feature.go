package hybrid

import (
	"iter"

	"github.com/exhybrid/exhybrid/internal/enum"
)

// Feature is one hybrid feature of the HybridConfiguration object, the
// multi-valued Features property that the Hybrid Configuration Wizard sets
// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration).
// The zero Feature is not valid.
type Feature uint8

// The features, in the order of the HybridFeature enumeration Exchange
// serializes (FeatureFreeBusy = 0 ... FeaturePhotos = 8; FeatureCentralizedTransport is the
// missing 7 by inference), as seen in HealthChecker's data
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Tests/DataCollection/E19/Exchange/GetHybridConfiguration.xml).
const (
	FeatureUnknown              Feature = iota // invalid
	FeatureFreeBusy                            // calendar free/busy sharing across premises
	FeatureMoveMailbox                         // mailbox moves through the MRS proxy endpoint
	FeatureMailTips                            // MailTips across premises; String gives "Mailtips", the wizard's spelling
	FeatureMessageTracking                     // message tracking (delivery reports) across premises
	FeatureOwaRedirection                      // Outlook on the web redirection by mailbox location
	FeatureOnlineArchive                       // Exchange Online archives for on-premises mailboxes
	FeatureSecureMail                          // TLS-secured, authenticated hybrid mail transport
	FeatureCentralizedTransport                // route Exchange Online's Internet mail through on-premises
	FeaturePhotos                              // user photos across premises (Exchange 2013 and later)

	featureCount = iota
)

// featureNames are the spellings the Hybrid Configuration Wizard passes to
// Set-HybridConfiguration.
var featureEnum = &enum.Table[Feature]{Pkg: "hybrid", Type: "Feature", Names: []string{"Unknown", "FreeBusy", "MoveMailbox", "Mailtips", "MessageTracking", "OwaRedirection", "OnlineArchive", "SecureMail", "CentralizedTransport", "Photos"}, Aliases: featureAliases, Err: ErrUnknownValue}

// featureAliases are the other documented spellings, lower case: the
// cmdlet reference writes "Centralized" and "OWARedirection"
// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration);
// its "MailTips" differs from the wizard's "Mailtips" only in case, which
// ParseFeature ignores.
var featureAliases = map[string]Feature{
	"centralized":    FeatureCentralizedTransport,
	"owaredirection": FeatureOwaRedirection,
}

// String returns the wizard's spelling, such as "OwaRedirection".
func (f Feature) String() string { return featureEnum.String(f) }

// IsValid reports whether f is a declared feature.
func (f Feature) IsValid() bool { return featureEnum.Valid(f) }

// ParseFeature parses a feature name without regard to case, accepting the
// wizard's spellings and the cmdlet reference's ("Centralized",
// "OWARedirection", "MailTips").
func ParseFeature(s string) (Feature, error) { return featureEnum.Parse(s) }

// MarshalText implements encoding.TextMarshaler.
func (f Feature) MarshalText() ([]byte, error) { return featureEnum.MarshalText(f) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseFeature].
func (f *Feature) UnmarshalText(text []byte) error { return featureEnum.UnmarshalText(f, text) }

// FeatureSet is a set of features. The zero FeatureSet is empty: no
// feature, not the wizard's default (which is [AllFeatures]).
type FeatureSet uint16

// Features returns the set of the given features; invalid ones are ignored.
func Features(fs ...Feature) FeatureSet {
	var s FeatureSet
	for _, f := range fs {
		s = s.With(f)
	}
	return s
}

// AllFeatures is every feature except CentralizedTransport: what the Hybrid
// Configuration Wizard enables by default; centralized mail transport is an
// explicit choice (https://learn.microsoft.com/exchange/hybrid-configuration-wizard,
// https://learn.microsoft.com/exchange/transport-routing).
var AllFeatures = Features(FeatureFreeBusy, FeatureMoveMailbox, FeatureMailTips, FeatureMessageTracking, FeatureOwaRedirection, FeatureOnlineArchive, FeatureSecureMail, FeaturePhotos)

var featureSet = &enum.Set[FeatureSet, Feature]{Elem: featureEnum, Sep: ", "}

// Has reports whether f is in s.
func (s FeatureSet) Has(f Feature) bool { return featureSet.Has(s, f) }

// With returns s with f added.
func (s FeatureSet) With(f Feature) FeatureSet { return featureSet.With(s, f) }

// Without returns s with f removed.
func (s FeatureSet) Without(f Feature) FeatureSet { return featureSet.Without(s, f) }

// Minus returns the features in s and not in t.
func (s FeatureSet) Minus(t FeatureSet) FeatureSet { return s &^ t }

// IsEmpty reports whether s holds no feature.
func (s FeatureSet) IsEmpty() bool { return featureSet.Len(s) == 0 }

// All iterates over the features in s, in [Feature] order.
func (s FeatureSet) All() iter.Seq[Feature] { return featureSet.All(s) }

// String lists the features separated by ", ", as Get-HybridConfiguration
// shows them.
func (s FeatureSet) String() string { return featureSet.String(s) }

// ParseFeatureSet parses a comma-separated list of features as
// [ParseFeature] accepts them; "" is the empty set. A feature named twice
// is an error too, with the [exhybrid.ValueError]'s Repeated set.
func ParseFeatureSet(text string) (FeatureSet, error) { return featureSet.Parse(text) }

// MarshalText implements encoding.TextMarshaler with [FeatureSet.String].
func (s FeatureSet) MarshalText() ([]byte, error) { return featureSet.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseFeatureSet].
func (s *FeatureSet) UnmarshalText(text []byte) error { return featureSet.UnmarshalText(s, text) }
