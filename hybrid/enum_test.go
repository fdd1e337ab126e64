package hybrid

import (
	"errors"
	"testing"

	"github.com/exhybrid/exhybrid"
)

// TestEnumTables checks the data of the package's enumerations and sets;
// internal/enum tests the behaviour they share.
func TestEnumTables(t *testing.T) {
	for _, check := range []func() error{
		typeEnum.Check, featureEnum.CheckSet, domainTypeEnum.Check, phaseEnum.Check, actionEnum.Check, observationEnum.Check,
	} {
		if err := check(); err != nil {
			t.Error(err)
		}
	}
}

func TestFeatureAliases(t *testing.T) {
	tests := map[string]Feature{
		"Centralized": FeatureCentralizedTransport, "centralizedtransport": FeatureCentralizedTransport,
		"MailTips": FeatureMailTips, "Mailtips": FeatureMailTips, "OWARedirection": FeatureOwaRedirection, " freebusy ": FeatureFreeBusy,
	}
	for in, want := range tests {
		if got, err := ParseFeature(in); err != nil || got != want {
			t.Errorf("ParseFeature(%q) = %v, %v, want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "Unknown", "Calendar", "Photo"} {
		if _, err := ParseFeature(bad); !errors.Is(err, ErrUnknownValue) {
			t.Errorf("ParseFeature(%q) err = %v", bad, err)
		}
	}
	for in, want := range map[string]Type{"full": TypeClassicFull, "Minimal": TypeClassicMinimal, "express": TypeClassicExpress, "Modern": TypeModernFull} {
		if got, err := ParseType(in); err != nil || got != want {
			t.Errorf("ParseType(%q) = %v, %v", in, got, err)
		}
	}
}

func TestFeatureSet(t *testing.T) {
	s, err := ParseFeatureSet("FreeBusy, Centralized,OWARedirection")
	if err != nil {
		t.Fatal(err)
	}
	if want := Features(FeatureFreeBusy, FeatureOwaRedirection, FeatureCentralizedTransport); s != want {
		t.Errorf("ParseFeatureSet = %v, want %v", s, want)
	}
	if s.String() != "FreeBusy, OwaRedirection, CentralizedTransport" {
		t.Errorf("String() = %q", s.String())
	}
	var ve *exhybrid.ValueError
	if _, err := ParseFeatureSet("FreeBusy, freebusy"); !errors.As(err, &ve) || !ve.Repeated {
		t.Errorf("repeated feature: err = %v, want a ValueError with Repeated", err)
	}
	if _, err := ParseFeatureSet("FreeBusy, Calendar"); !errors.As(err, &ve) || ve.Repeated || ve.Input != "Calendar" {
		t.Errorf("unknown feature in a list: err = %v, want a ValueError for Calendar", err)
	}
	if FeatureMailTips.String() != "Mailtips" {
		t.Errorf("MailTips.String() = %q, want the wizard's spelling Mailtips", FeatureMailTips.String())
	}
	if got, err := ParseFeatureSet(" "); err != nil || got != 0 {
		t.Errorf("ParseFeatureSet(blank) = %v, %v", got, err)
	}
	if AllFeatures.Has(FeatureCentralizedTransport) || !AllFeatures.Has(FeaturePhotos) {
		t.Error("AllFeatures wrong")
	}
	if s.Without(FeatureFreeBusy).Has(FeatureFreeBusy) || !s.Minus(Features(FeatureFreeBusy)).Has(FeatureOwaRedirection) || s.With(Feature(99)) != s {
		t.Error("set algebra wrong")
	}
}

func TestTypeCapabilities(t *testing.T) {
	if AllowedFeatures(TypeClassicMinimal) != Features(FeatureMoveMailbox) || AllowedFeatures(TypeModernFull).Has(FeatureMessageTracking) || !AllowedFeatures(TypeClassicFull).Has(FeatureCentralizedTransport) {
		t.Error("Allowed wrong")
	}
	if !capsOf(TypeModernFull).HybridAgent || capsOf(TypeModernFull).PublishedEWS || !capsOf(TypeClassicFull).Edge || capsOf(TypeClassicMinimal).Connectors {
		t.Error("Capabilities wrong")
	}
	if capsOf(TypeUnknown) != (typeCaps{}) || AllowedFeatures(TypeUnknown) != 0 {
		t.Error("zero Type has capabilities")
	}
}
