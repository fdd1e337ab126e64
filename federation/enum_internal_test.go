package federation

import "testing"

// TestEnumTables checks the data of every enumeration; internal/enum tests
// the behaviour they share.
func TestEnumTables(t *testing.T) {
	for _, check := range []func() error{
		freeBusyEnum.Check, mailTipsEnum.Check, authServerEnum.Check, methodEnum.Check, owaFormEnum.Check,
		capabilityEnum.Check, reasonEnum.Check,
	} {
		if err := check(); err != nil {
			t.Error(err)
		}
	}
}
