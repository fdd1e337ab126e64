package federation

import "testing"

// TestEnumTables checks the data of every enumeration; internal/enum tests
// the behaviour they share.
func TestEnumTables(t *testing.T) {
	for _, check := range []func() error{
		freeBusyEnum.Check, mailTipsEnum.Check, authServerEnum.Check, methodEnum.Check, owaFormEnum.Check,
		sharingFeatureEnum.Check, reasonEnum.Check,
	} {
		if err := check(); err != nil {
			t.Error(err)
		}
	}
}

func TestGrants(t *testing.T) {
	if freeBusyGrants(FreeBusyNone) || freeBusyGrants(FreeBusyUnknown) || !freeBusyGrants(FreeBusyAvailabilityOnly) || !freeBusyGrants(FreeBusyLimitedDetails) {
		t.Error("freeBusyGrants wrong")
	}
	if mailTipsGrants(MailTipsNone) || mailTipsGrants(MailTipsUnknown) || !mailTipsGrants(MailTipsLimited) || !mailTipsGrants(MailTipsAll) {
		t.Error("mailTipsGrants wrong")
	}
}
