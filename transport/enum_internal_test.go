package transport

import "testing"

// TestEnumTables checks the data of every enumeration; internal/enum tests
// the behaviour they share.
func TestEnumTables(t *testing.T) {
	for _, check := range []func() error{
		tlsAuthEnum.Check, connectorTypeEnum.Check, connectorSourceEnum.Check, transportRoleEnum.Check,
		capabilityEnum.CheckSet, sendRoutingEnum.Check, nameStyleEnum.Check, mxEnum.Check, endpointEnum.Check,
		hopKindEnum.Check,
	} {
		if err := check(); err != nil {
			t.Error(err)
		}
	}
}
