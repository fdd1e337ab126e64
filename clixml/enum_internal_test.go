package clixml

import "testing"

// TestEnumTables checks the data of Kind and Container; internal/enum
// tests the behaviour every enumeration shares.
func TestEnumTables(t *testing.T) {
	for _, tab := range []interface{ Check() error }{kindTable, containerTable} {
		if err := tab.Check(); err != nil {
			t.Error(err)
		}
	}
	if len(kindTable.Names) != int(MemberSet)+1 {
		t.Errorf("kindTable has %d names for %d kinds", len(kindTable.Names), int(MemberSet)+1)
	}
	for k, want := range map[Kind]string{Invalid: "Invalid", Int32: "I32", MemberSet: "MS", MemberSet + 1: "Kind(28)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", uint8(k), got, want)
		}
	}
	for c, want := range map[Container]string{NoContainer: "", Dictionary: "DCT", Dictionary + 1: "Container(6)"} {
		if got := c.String(); got != want {
			t.Errorf("Container(%d).String() = %q, want %q", uint8(c), got, want)
		}
	}
}
