package hybrid_test

import (
	"fmt"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
)

// A script of a plan with errors starts with PowerShellGuard's throw: it
// names the errors by code and path, never by the values, which stay out
// of the commands too.
func ExamplePowerShellGuard() {
	fs := exhybrid.Findings{
		{Path: "name", Severity: exhybrid.SeverityError, Code: hybrid.CodeNameInvalid, Message: "organization name \"Contoso\u2019;Invoke-Evil;\u2019\" contains '\u2019'"},
		{Path: "servers", Severity: exhybrid.SeverityWarning, Code: hybrid.CodeSingleHybridServer, Message: "one hybrid server"},
	}
	fmt.Print(hybrid.PowerShellGuard(fs))
	fmt.Printf("%q\n", hybrid.PowerShellGuard(fs[1:]))
	// Output:
	// throw 'exhybrid: the plan has 1 error finding (hybrid/name-invalid at name); fix them and plan again'
	// ""
}
