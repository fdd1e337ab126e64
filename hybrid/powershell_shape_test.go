package hybrid

import (
	"regexp"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
)

// quoted matches a single-quoted PowerShell literal, in which two single
// quotes stand for one.
var quoted = regexp.MustCompile(`'(?:[^']|'')*'`)

// bareSet matches a Set- or New- command line with no parameter at all,
// other than the ones that take none (New-HybridConfiguration).
var bareSet = regexp.MustCompile(`^Set-[A-Za-z]+\s*$`)

// TestPowerShellHasNoBarePlaceholder checks that no command line of a
// plan's PowerShell, outside comments and quoted literals, holds "<" (a
// placeholder such as <thumbprint> is a parse error: the operator is
// reserved) or is a Set- cmdlet with nothing to set. Every scenario, and a
// re-run on an empty inventory, whose plan knows least.
func TestPowerShellHasNoBarePlaceholder(t *testing.T) {
	plans := map[string]DeploymentPlan{}
	for _, sc := range scenarioPlans(t) {
		plans[sc.name], _ = Plan(sc.org, sc.opts)
	}
	_, plans["re-run of nothing exported"], _ = Rerun(&inventory.Inventory{}, Options{Date: dec2026, ID: testID})
	for name, p := range plans {
		for i, line := range strings.Split(p.PowerShell(), "\n") {
			code := strings.TrimSpace(quoted.ReplaceAllString(line, "''"))
			if strings.HasPrefix(code, "#") {
				continue
			}
			if strings.Contains(code, "<") || bareSet.MatchString(code) {
				t.Errorf("%s: line %d: %s", name, i+1, line)
			}
		}
	}
}
