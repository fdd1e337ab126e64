package exhybrid

// The enumeration tables, checked by the external tests.
var (
	SeverityTableCheck = severityTable.Check
	CloudTableCheck    = cloudTable.Check
)
