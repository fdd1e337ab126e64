package hybrid

import (
	"encoding"
	"errors"
	"testing"
)

// roundTrip checks that every valid value of an enumeration marshals to its
// String and parses back, and that the zero value does not marshal.
func roundTrip[T interface {
	comparable
	encoding.TextMarshaler
	String() string
}](t *testing.T, zero T, values []T, parse func(string) (T, error)) {
	t.Helper()
	for _, v := range values {
		text, err := v.MarshalText()
		if err != nil || string(text) != v.String() {
			t.Errorf("%v.MarshalText() = %q, %v", v, text, err)
		}
		back, err := parse(string(text))
		if err != nil || back != v {
			t.Errorf("parse(%q) = %v, %v, want %v", text, back, err, v)
		}
	}
	if _, err := zero.MarshalText(); err == nil {
		t.Errorf("zero %T marshalled", zero)
	}
}

func TestEnumRoundTrips(t *testing.T) {
	var features []Feature
	for f := FreeBusy; f < featureCount; f++ {
		features = append(features, f)
	}
	roundTrip(t, FeatureUnknown, features, ParseFeature)
	roundTrip(t, TypeUnknown, []Type{ClassicFull, ClassicMinimal, ClassicExpress, ModernFull, ModernMinimal}, ParseType)
	roundTrip(t, MXUnknown, []MX{MXOnPremises, MXExchangeOnline}, ParseMX)
	roundTrip(t, DomainTypeUnknown, []DomainType{Authoritative, InternalRelay, ExternalRelay}, ParseDomainType)
	var phases []Phase
	for p := PhasePrerequisites; p < phaseCount; p++ {
		phases = append(phases, p)
	}
	roundTrip(t, PhaseUnknown, phases, ParsePhase)
	roundTrip(t, ActionUnknown, []Action{Create, Update, Replace}, ParseAction)
	for _, v := range phases {
		var back Phase
		if err := back.UnmarshalText([]byte(v.String())); err != nil || back != v || !v.IsValid() {
			t.Errorf("Phase %v: UnmarshalText = %v, %v", v, back, err)
		}
	}
	if PhaseUnknown.IsValid() || Phase(phaseCount).IsValid() {
		t.Error("invalid phases are valid")
	}
}

// TestParseErrors checks that every parser wraps its sentinel in a
// *ParseError, ignores case and accepts no zero value by name.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		parse   func(string) error
		good    []string
		bad     []string
		wantErr error
	}{
		{"phase", func(s string) error { _, err := ParsePhase(s); return err },
			[]string{"hybridconfiguration", " Cutover ", "MAILFLOW"}, []string{"", "Unknown", "Phase(11)", "Mail Flow"}, ErrUnknownPhase},
		{"action", func(s string) error { _, err := ParseAction(s); return err },
			[]string{"create", "UPDATE", " Replace"}, []string{"", "Unknown", "Delete"}, ErrUnknownAction},
		{"type", func(s string) error { _, err := ParseType(s); return err },
			[]string{"classicfull", "Agent"}, []string{"", "Unknown", "Hybrid"}, ErrUnknownType},
		{"mx", func(s string) error { _, err := ParseMX(s); return err },
			[]string{"onpremises", "Office365"}, []string{"", "Unknown", "MX"}, ErrUnknownMX},
		{"domain type", func(s string) error { _, err := ParseDomainType(s); return err },
			[]string{"authoritative", "EXTERNALRELAY"}, []string{"", "Unknown", "Relay"}, ErrUnknownDomainType},
		{"feature", func(s string) error { _, err := ParseFeature(s); return err },
			[]string{"mailtips", "MAILTIPS", "centralized"}, []string{"", "Unknown", "Mail Tips"}, ErrUnknownFeature},
	}
	for _, tt := range tests {
		for _, in := range tt.good {
			if err := tt.parse(in); err != nil {
				t.Errorf("%s: parse(%q) = %v", tt.name, in, err)
			}
		}
		for _, in := range tt.bad {
			err := tt.parse(in)
			var pe *ParseError
			if !errors.Is(err, tt.wantErr) || !errors.As(err, &pe) || pe.Input != in {
				t.Errorf("%s: parse(%q) = %v, want a *ParseError wrapping %v", tt.name, in, err, tt.wantErr)
			}
		}
	}
}

func TestFeatureAliases(t *testing.T) {
	tests := map[string]Feature{
		"Centralized": CentralizedTransport, "centralizedtransport": CentralizedTransport,
		"MailTips": MailTips, "Mailtips": MailTips, "OWARedirection": OwaRedirection, " freebusy ": FreeBusy,
	}
	for in, want := range tests {
		if got, err := ParseFeature(in); err != nil || got != want {
			t.Errorf("ParseFeature(%q) = %v, %v, want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "Unknown", "Calendar", "Photo"} {
		if _, err := ParseFeature(bad); !errors.Is(err, ErrUnknownFeature) {
			t.Errorf("ParseFeature(%q) err = %v", bad, err)
		}
	}
	for in, want := range map[string]Type{"full": ClassicFull, "Minimal": ClassicMinimal, "express": ClassicExpress, "Modern": ModernFull} {
		if got, err := ParseType(in); err != nil || got != want {
			t.Errorf("ParseType(%q) = %v, %v", in, got, err)
		}
	}
	for in, want := range map[string]MX{"EOP": MXExchangeOnline, "on-premises": MXOnPremises} {
		if got, err := ParseMX(in); err != nil || got != want {
			t.Errorf("ParseMX(%q) = %v, %v", in, got, err)
		}
	}
}

func TestFeatureSet(t *testing.T) {
	s, err := ParseFeatureSet("FreeBusy, Centralized,OWARedirection")
	if err != nil {
		t.Fatal(err)
	}
	if want := Features(FreeBusy, OwaRedirection, CentralizedTransport); s != want {
		t.Errorf("ParseFeatureSet = %v, want %v", s, want)
	}
	if s.String() != "FreeBusy, OwaRedirection, CentralizedTransport" {
		t.Errorf("String() = %q", s.String())
	}
	if _, err := ParseFeatureSet("FreeBusy, FreeBusy"); !errors.Is(err, ErrRepeatedFeature) || errors.Is(err, ErrUnknownFeature) {
		t.Errorf("repeated feature: err = %v, want ErrRepeatedFeature", err)
	}
	if _, err := ParseFeatureSet("FreeBusy, Calendar"); !errors.Is(err, ErrUnknownFeature) {
		t.Errorf("unknown feature in a list: err = %v, want ErrUnknownFeature", err)
	}
	if MailTips.String() != "Mailtips" {
		t.Errorf("MailTips.String() = %q, want the wizard's spelling Mailtips", MailTips.String())
	}
	if got, err := ParseFeatureSet(" "); err != nil || got != 0 {
		t.Errorf("ParseFeatureSet(blank) = %v, %v", got, err)
	}
	if AllFeatures.Has(CentralizedTransport) || !AllFeatures.Has(Photos) {
		t.Error("AllFeatures wrong")
	}
	if s.Without(FreeBusy).Has(FreeBusy) || !s.Minus(Features(FreeBusy)).Has(OwaRedirection) || s.With(Feature(99)) != s {
		t.Error("set algebra wrong")
	}
}

func TestTypeCapabilities(t *testing.T) {
	if ClassicMinimal.Allowed() != Features(MoveMailbox) || ModernFull.Allowed().Has(MessageTracking) || !ClassicFull.Allowed().Has(CentralizedTransport) {
		t.Error("Allowed wrong")
	}
	if !ModernFull.Capabilities().HybridAgent || ModernFull.Capabilities().PublishedEWS || !ClassicFull.Capabilities().Edge || ClassicMinimal.Capabilities().Connectors {
		t.Error("Capabilities wrong")
	}
	if TypeUnknown.Capabilities() != (Capabilities{}) || TypeUnknown.Allowed() != 0 {
		t.Error("zero Type has capabilities")
	}
}
