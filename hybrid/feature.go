package hybrid

import (
	"errors"
	"iter"
	"strconv"
	"strings"
)

// Feature is one hybrid feature of the HybridConfiguration object, the
// multi-valued Features property that the Hybrid Configuration Wizard sets
// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration).
// The zero Feature is not valid.
type Feature uint8

// The features, in the order of the HybridFeature enumeration Exchange
// serializes (FreeBusy = 0 ... Photos = 8; CentralizedTransport is the
// missing 7 by inference), as seen in HealthChecker's data
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Tests/DataCollection/E19/Exchange/GetHybridConfiguration.xml).
const (
	FeatureUnknown       Feature = iota // invalid
	FreeBusy                            // calendar free/busy sharing across premises
	MoveMailbox                         // mailbox moves through the MRS proxy endpoint
	MailTips                            // MailTips across premises; String gives "Mailtips", the wizard's spelling
	MessageTracking                     // message tracking (delivery reports) across premises
	OwaRedirection                      // Outlook on the web redirection by mailbox location
	OnlineArchive                       // Exchange Online archives for on-premises mailboxes
	SecureMail                          // TLS-secured, authenticated hybrid mail transport
	CentralizedTransport                // route Exchange Online's Internet mail through on-premises
	Photos                              // user photos across premises (Exchange 2013 and later)

	featureCount = iota
)

// featureNames are the spellings the Hybrid Configuration Wizard passes to
// Set-HybridConfiguration.
var featureNames = [featureCount]string{"Unknown", "FreeBusy", "MoveMailbox", "Mailtips", "MessageTracking", "OwaRedirection", "OnlineArchive", "SecureMail", "CentralizedTransport", "Photos"}

// featureAliases are the other documented spellings, lower case: the
// cmdlet reference writes "Centralized" and "OWARedirection"
// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration);
// its "MailTips" differs from the wizard's "Mailtips" only in case, which
// ParseFeature ignores.
var featureAliases = map[string]Feature{
	"centralized":    CentralizedTransport,
	"owaredirection": OwaRedirection,
}

// String returns the wizard's spelling, such as "OwaRedirection".
func (f Feature) String() string {
	if f < featureCount {
		return featureNames[f]
	}
	return "Feature(" + strconv.Itoa(int(f)) + ")"
}

// IsValid reports whether f is a declared feature.
func (f Feature) IsValid() bool { return f > FeatureUnknown && f < featureCount }

// ErrUnknownFeature is wrapped by the errors of [ParseFeature] and
// [ParseFeatureSet].
var ErrUnknownFeature = errors.New("unknown hybrid feature")

// ErrRepeatedFeature is wrapped by the error of [ParseFeatureSet] for a
// feature named twice.
var ErrRepeatedFeature = errors.New("hybrid feature named twice")

// ParseFeature parses a feature name without regard to case, accepting the
// wizard's spellings and the cmdlet reference's ("Centralized",
// "OWARedirection", "MailTips").
func ParseFeature(s string) (Feature, error) {
	t := strings.TrimSpace(s)
	for f := FreeBusy; f < featureCount; f++ {
		if strings.EqualFold(t, featureNames[f]) {
			return f, nil
		}
	}
	if f, ok := featureAliases[strings.ToLower(t)]; ok {
		return f, nil
	}
	return FeatureUnknown, &ParseError{What: "feature", Input: s, Err: ErrUnknownFeature}
}

// MarshalText implements encoding.TextMarshaler.
func (f Feature) MarshalText() ([]byte, error) {
	if !f.IsValid() {
		return nil, &ParseError{What: "feature", Input: f.String(), Err: ErrUnknownFeature}
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseFeature].
func (f *Feature) UnmarshalText(text []byte) error {
	v, err := ParseFeature(string(text))
	if err == nil {
		*f = v
	}
	return err
}

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
var AllFeatures = Features(FreeBusy, MoveMailbox, MailTips, MessageTracking, OwaRedirection, OnlineArchive, SecureMail, Photos)

// Has reports whether f is in s.
func (s FeatureSet) Has(f Feature) bool { return f.IsValid() && s&(1<<f) != 0 }

// With returns s with f added.
func (s FeatureSet) With(f Feature) FeatureSet {
	if !f.IsValid() {
		return s
	}
	return s | 1<<f
}

// Without returns s with f removed.
func (s FeatureSet) Without(f Feature) FeatureSet {
	if !f.IsValid() {
		return s
	}
	return s &^ (1 << f)
}

// Minus returns the features in s and not in t.
func (s FeatureSet) Minus(t FeatureSet) FeatureSet { return s &^ t }

// IsEmpty reports whether s holds no feature.
func (s FeatureSet) IsEmpty() bool { return s == 0 }

// All iterates over the features in s, in [Feature] order.
func (s FeatureSet) All() iter.Seq[Feature] {
	return func(yield func(Feature) bool) {
		for f := FreeBusy; f < featureCount; f++ {
			if s.Has(f) && !yield(f) {
				return
			}
		}
	}
}

// String lists the features separated by ", ", as Get-HybridConfiguration
// shows them.
func (s FeatureSet) String() string {
	var b strings.Builder
	for f := range s.All() {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(featureNames[f])
	}
	return b.String()
}

// ParseFeatureSet parses a comma-separated list of features as
// [ParseFeature] accepts them; "" is the empty set. A feature named twice
// is an error wrapping [ErrRepeatedFeature].
func ParseFeatureSet(text string) (FeatureSet, error) {
	var s FeatureSet
	if strings.TrimSpace(text) == "" {
		return s, nil
	}
	for name := range strings.SplitSeq(text, ",") {
		f, err := ParseFeature(name)
		if err != nil {
			return 0, err
		}
		if s.Has(f) {
			return 0, &ParseError{What: "feature list", Input: text, Err: ErrRepeatedFeature}
		}
		s = s.With(f)
	}
	return s, nil
}

// MarshalText implements encoding.TextMarshaler with [FeatureSet.String].
func (s FeatureSet) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseFeatureSet].
func (s *FeatureSet) UnmarshalText(text []byte) error {
	v, err := ParseFeatureSet(string(text))
	if err == nil {
		*s = v
	}
	return err
}

// ParseError reports a value of this package's enumerations that could not
// be parsed.
type ParseError struct {
	What  string // "feature", "hybrid type", ...
	Input string
	Err   error // the sentinel, such as ErrUnknownFeature
}

// Error returns a message naming what was parsed and the input.
func (e *ParseError) Error() string {
	return "hybrid: " + e.Err.Error() + " (" + e.What + " " + strconv.Quote(e.Input) + ")"
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }
