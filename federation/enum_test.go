package federation_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/federation"
)

// alias is a spelling seen in Microsoft's pages and the value it stands for.
type alias[T comparable] struct {
	in   string
	want T
}

// checkAliases checks that parse, the function named fn, reads each
// spelling as its value.
func checkAliases[T comparable](t *testing.T, fn string, parse func(string) (T, error), aliases []alias[T]) {
	t.Helper()
	for _, tt := range aliases {
		if got, err := parse(tt.in); err != nil || got != tt.want {
			t.Errorf("%s(%q) = %v, %v; want %v", fn, tt.in, got, err, tt.want)
		}
	}
}

// TestEnumAliases checks the spellings seen in Microsoft's pages.
func TestEnumAliases(t *testing.T) {
	checkAliases(t, "ParseFreeBusyAccessLevel", federation.ParseFreeBusyAccessLevel, []alias[federation.FreeBusyAccessLevel]{
		// New-OrganizationRelationship's value descriptions.
		{"No free/busy access", federation.FreeBusyNone},
		{"Free/busy access with time only", federation.FreeBusyAvailabilityOnly},
		{"Free/busy access with time, subject, and location", federation.FreeBusyLimitedDetails},
		// The Exchange Online admin center.
		{"Calendar free/busy information with time only", federation.FreeBusyAvailabilityOnly},
		{"calendar free/busy with time, subject, and location", federation.FreeBusyLimitedDetails},
		// The hybrid free/busy page.
		{"Free/busy access with time, plus subject and location", federation.FreeBusyLimitedDetails},
	})
	checkAliases(t, "ParseSharingFeature", federation.ParseSharingFeature, []alias[federation.SharingFeature]{
		{"Mailtips", federation.SharingMailTips},
		{"Free/busy", federation.SharingFreeBusy},
		{"Exchange Online Archiving", federation.SharingOnlineArchive},
		{"Exchange In-place Archiving", federation.SharingOnlineArchive},
		{"Multi-mailbox search", federation.SharingMultiMailboxSearch},
		{"Profile pictures", federation.SharingPhotos},
		{"Exchange In-place eDiscovery", federation.SharingEDiscovery},
		{"Cross-premises discovery searches", federation.SharingEDiscovery},
		{"Message Records Management", federation.SharingMRM},
		{"message tracking", federation.SharingMessageTracking},
	})
	checkAliases(t, "ParseMethod", federation.ParseMethod, []alias[federation.Method]{
		{"Federation trust", federation.MethodDAuth},
		{"Exchange OAuth", federation.MethodOAuth},
		{"Exchange OAuth authentication", federation.MethodOAuth},
	})
	// Spellings that are not Microsoft's are refused.
	for _, in := range []string{"Limited", "Availability only", "Free/busy"} {
		if _, err := federation.ParseFreeBusyAccessLevel(in); err == nil {
			t.Errorf("ParseFreeBusyAccessLevel(%q) accepted a spelling no source uses", in)
		}
	}
}

func TestReasonText(t *testing.T) {
	for r := federation.ReasonNoExchange2013; r <= federation.ReasonManualOAuth; r++ {
		if text := federation.ReasonText(r); text == "" || text == r.String() {
			t.Errorf("%v has no sentence", r)
		}
	}
	if got := federation.Reason(200).String(); got != "Reason(200)" {
		t.Errorf("out-of-range String = %q", got)
	}
}
