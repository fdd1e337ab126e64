package hybrid

import (
	"github.com/exhybrid/exhybrid/internal/enum"
)

// Feature is one hybrid feature of the HybridConfiguration object, the
// multi-valued Features property that the Hybrid Configuration Wizard sets
// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration).
// The zero Feature is not valid.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Feature = enum.Value[featureTag]

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

// featureEnum holds the spellings the Hybrid Configuration Wizard passes to
// Set-HybridConfiguration.
var featureEnum = &enum.Table{Pkg: "hybrid", Type: "Feature", Sep: ", ", Names: []string{"Unknown", "FreeBusy", "MoveMailbox", "Mailtips", "MessageTracking", "OwaRedirection", "OnlineArchive", "SecureMail", "CentralizedTransport", "Photos"}, Aliases: featureAliases, Err: ErrUnknownValue}

// featureAliases are the other documented spellings, lower case: the
// cmdlet reference writes "Centralized" and "OWARedirection"
// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration);
// its "MailTips" differs from the wizard's "Mailtips" only in case, which
// ParseFeature ignores.
var featureAliases = map[string]string{
	"centralized":    "CentralizedTransport",
	"owaredirection": "OwaRedirection",
}

// ParseFeature parses a feature name without regard to case, accepting the
// wizard's spellings and the cmdlet reference's ("Centralized",
// "OWARedirection", "MailTips").
func ParseFeature(s string) (Feature, error) { return enum.Parse[featureTag](s) }

// FeatureSet is a set of features. The zero FeatureSet is empty: no
// feature, not the wizard's default (which is [AllFeatures]). Its String,
// and its form in the organization file, lists the features in [Feature]
// order separated by ", ", as Get-HybridConfiguration shows them:
// "FreeBusy, MoveMailbox, Mailtips".
//
// It has the methods of every set: Has, With, Without, Union, Intersect,
// Minus, Len, IsEmpty, All (in value order), String, MarshalText and
// UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type FeatureSet = enum.Set[featureTag]

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

// ParseFeatureSet parses a comma-separated list of features as
// [ParseFeature] accepts them; "" is the empty set. A feature named twice
// is an error too, with the [exhybrid.ValueError]'s Repeated set.
func ParseFeatureSet(text string) (FeatureSet, error) { return enum.ParseSet[featureTag](text) }

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	featureTag struct{}
)

func (featureTag) Enum() *enum.Table { return featureEnum }
