package hybrid

import (
	"strings"
	"testing"
)

// TestPowerShellCommentsCannotBecomeCode checks that text from the
// organization cannot leave a comment line of the PowerShell rendering.
func TestPowerShellCommentsCannotBecomeCode(t *testing.T) {
	org := seed(t)
	org.Name = "Contoso\nRemove-Item C:\\ -Recurse #>"
	org.HybridDomains = []string{"contoso.com\nStop-Computer"}
	org.AcceptedDomains = append(org.AcceptedDomains, AcceptedDomain{Domain: org.HybridDomains[0], Type: Authoritative})
	p, _ := Plan(org, Options{Date: day, ID: testID})
	for _, line := range strings.Split(p.PowerShell(), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "Remove-Item") || strings.HasPrefix(strings.TrimSpace(line), "Stop-Computer") {
			t.Errorf("organization text became a command line: %q", line)
		}
	}
}
