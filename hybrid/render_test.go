package hybrid

import (
	"slices"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/internal/pstoken"
)

// TestPowerShellCommentsCannotBecomeCode checks that text from the
// organization cannot leave a comment line of the PowerShell rendering.
func TestPowerShellCommentsCannotBecomeCode(t *testing.T) {
	org := seed(t)
	org.Name = "Contoso\nRemove-Item C:\\ -Recurse #>"
	org.HybridDomains = []string{"contoso.com\nStop-Computer"}
	org.AcceptedDomains = append(org.AcceptedDomains, AcceptedDomain{Domain: org.HybridDomains[0], Type: DomainTypeAuthoritative})
	p, _ := Plan(org, Options{Date: day, ID: testID})
	for _, line := range strings.Split(p.PowerShell(), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "Remove-Item") || strings.HasPrefix(strings.TrimSpace(line), "Stop-Computer") {
			t.Errorf("organization text became a command line: %q", line)
		}
	}
}

// stepByID returns the step of p with the given ID.
func stepByID(t *testing.T, p DeploymentPlan, id string) Step {
	t.Helper()
	for _, s := range p.Steps {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("no step %q among %v", id, stepIDs(p))
	return Step{}
}

// commandText joins a step's commands.
func commandText(s Step) string {
	var b strings.Builder
	for _, c := range s.Commands {
		b.WriteString(c.Text + "\n")
	}
	return b.String()
}

// TestWizardStepsRendered checks that every rendering marks the steps the
// wizard performs, and only them.
func TestWizardStepsRendered(t *testing.T) {
	p, _ := Plan(seed(t), Options{Date: day, ID: testID})
	wizard := 0
	for _, s := range p.Steps {
		if s.ByWizard {
			wizard++
		}
	}
	if wizard == 0 || wizard == len(p.Steps) {
		t.Fatalf("%d of %d steps by the wizard", wizard, len(p.Steps))
	}
	for name, text := range map[string]string{"Text": p.Text(), "Markdown": p.Markdown()} {
		if n := strings.Count(text, byWizardNote); n != wizard {
			t.Errorf("%s marks %d steps, want %d", name, n, wizard)
		}
	}
	// The PowerShell rendering also explains the mark once in its header.
	if n := strings.Count(p.PowerShell(), byWizardNote); n != wizard+1 {
		t.Errorf("PowerShell marks %d steps, want %d", n-1, wizard)
	}
	if s := stepByID(t, p, "hybrid-wizard"); s.ByWizard || s.Reason != ReasonRunWizard {
		t.Errorf("the wizard's run: %+v", s)
	}
	if s := stepByID(t, p, "dns/federation-proofs"); s.ByWizard {
		t.Error("the administrator publishes the domain proofs, not the wizard")
	}
}

// TestCommands checks the commands decided from the sources: the address
// policy switch of 2013 and later, the partner application that step 2
// of the OAuth page enables, the SRV record of an additional hybrid
// domain, the feature spellings, Exchange Online's TargetOwaURL, and the
// certificate and Receive connector of an Edge Transport server.
func TestCommands(t *testing.T) {
	p, _ := Plan(seed(t), Options{Date: day, ID: testID})
	if got := commandText(stepByID(t, p, "domains/address-policy")); !strings.Contains(got, "Update-EmailAddressPolicy 'Default Policy' -UpdateSecondaryAddressesOnly\n") {
		t.Errorf("2013 address policy:\n%s", got)
	}
	p, _ = Plan(org2010(t), Options{Date: day, ID: testID})
	if got := commandText(stepByID(t, p, "domains/address-policy")); strings.Contains(got, "UpdateSecondaryAddressesOnly\n") || !strings.Contains(got, "\nUpdate-EmailAddressPolicy 'Default Policy'\n") {
		t.Errorf("2010 address policy:\n%s", got)
	}

	org := org2016And2019(t)
	org.HybridDomains = append(org.HybridDomains, "fabrikam.com")
	org.AcceptedDomains = append(org.AcceptedDomains, AcceptedDomain{Domain: "fabrikam.com", Type: DomainTypeAuthoritative})
	org.Features = org.Features.With(FeatureCentralizedTransport)
	p, _ = Plan(org, Options{Date: day, ID: testID})
	oauth := commandText(stepByID(t, p, "oauth/on-premises"))
	if !strings.Contains(oauth, "Get-PartnerApplication | ?{$_.ApplicationIdentifier -eq '00000002-0000-0ff1-ce00-000000000000' -and $_.Realm -eq ''} | Set-PartnerApplication -Enabled $true") ||
		strings.Contains(oauth, "New-PartnerApplication") {
		t.Errorf("partner application:\n%s", oauth)
	}
	dns := commandText(stepByID(t, p, "dns/namespaces"))
	if !strings.Contains(dns, "_autodiscover._tcp.fabrikam.com  SRV 0 0 443 autodiscover.contoso.com") || strings.Contains(dns, "CNAME") {
		t.Errorf("Autodiscover of an additional domain:\n%s", dns)
	}
	hc := commandText(stepByID(t, p, "hybrid-configuration"))
	if !strings.Contains(hc, "-Features FreeBusy,MoveMailbox,MailTips,MessageTracking,OWARedirection,OnlineArchive,SecureMail,Centralized,Photos") ||
		!strings.Contains(hc, "# Centralized is the cmdlet reference's spelling") || !strings.Contains(hc, "# MoveMailbox:") {
		t.Errorf("features:\n%s", hc)
	}
	if got := changeOf(stepByID(t, p, "sharing/exchange-online"), "TargetOwaURL"); got != "https://mail.contoso.com/owa" {
		t.Errorf("Exchange Online relationship TargetOwaURL = %q", got)
	}
	if !strings.Contains(commandText(stepByID(t, p, "sharing/exchange-online")), "-TargetOwaURL 'https://mail.contoso.com/owa'") {
		t.Error("Exchange Online relationship command without TargetOwaURL")
	}

	org = seedEdge(t)
	org.Certificate.Servers = []string{"EX2013-01", "EX2013-02"}
	p, _ = Plan(org, Options{Date: day, ID: testID})
	cert := stepByID(t, p, "certificate/install/EDGE01")
	if text := commandText(cert); cert.Where != LocationServer || !strings.HasPrefix(text, "# On EDGE01:\n") ||
		!strings.Contains(text, "-Services SMTP\n") || strings.Contains(text, "IIS") || strings.Contains(text, "-Server ") {
		t.Errorf("Edge certificate step %v:\n%s", cert.Where, text)
	}
	recv := stepByID(t, p, "mailflow/receive/EDGE01")
	if recv.Where != LocationServer || !strings.HasPrefix(commandText(recv), "# On EDGE01:\n") {
		t.Errorf("Edge Receive connector step %v:\n%s", recv.Where, commandText(recv))
	}

	// EdgeSync before the wizard: its configuration and the mail flow
	// wait for every Edge Subscription step.
	p, _ = Plan(orgEdges(t), Options{Date: day, ID: testID})
	subs := []int{}
	for i, s := range p.Steps {
		if strings.HasPrefix(s.ID, "edge-subscription/") {
			subs = append(subs, i)
		}
	}
	if len(subs) != 2 || p.Steps[subs[0]].Action != ActionReplace || p.Steps[subs[1]].Action != ActionCreate {
		t.Fatalf("Edge Subscription steps %v", subs)
	}
	for _, id := range []string{"hybrid-wizard", "hybrid-configuration", "mailflow/send", "mailflow/receive/EDGE01", "mailflow/inbound", "mailflow/outbound"} {
		deps := stepByID(t, p, id).DependsOn
		for _, i := range subs {
			if !slices.Contains(deps, i) {
				t.Errorf("%s does not wait for %s", id, p.Steps[i].ID)
			}
		}
	}
}

// TestPublicDNSDisruptive checks that publishing the names is disruptive
// exactly when it takes them from Exchange 2007 or 2010 Client Access
// servers.
func TestPublicDNSDisruptive(t *testing.T) {
	for _, tt := range []struct {
		name string
		org  func(testing.TB) Organization
		want bool
	}{
		{"2007 organization", seed, true},
		{"2010 organization with 2010 hybrid servers", org2010, false},
		{"2016 organization with 2019 hybrid servers", org2016And2019, false},
	} {
		p, _ := Plan(tt.org(t), Options{Date: day, ID: testID})
		if got := stepByID(t, p, "dns/namespaces").Disruptive; got != tt.want {
			t.Errorf("%s: dns/namespaces disruptive = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestRenderingsHaveNoControlCharacters checks that text from the
// organization cannot carry terminal escapes or line breaks into the text
// and Markdown renderings.
func TestRenderingsHaveNoControlCharacters(t *testing.T) {
	org := seed(t)
	org.Name = "Contoso\x1b[2J\x1b[31m"
	org.Servers[2].Name = "EX2013-01\x1b]0;x\x07"
	p, _ := Plan(org, Options{Date: day, ID: testID})
	for name, out := range map[string]string{"text": p.Text(), "markdown": p.Markdown(), "powershell": p.PowerShell()} {
		if strings.ContainsAny(out, "\x1b\x07\r") {
			t.Errorf("%s rendering carries a control character", name)
		}
	}
}

// TestPowerShellGuard checks the throw before a plan with errors: one
// statement, its message one literal naming each error by code and path,
// and nothing for a plan without errors.
func TestPowerShellGuard(t *testing.T) {
	org := seed(t)
	org.Name = "Contoso\u2019;Invoke-Evil;\u2019"
	org.Servers[2].Name = "A\u2019$(calc)\u2019"
	_, fs := Plan(org, Options{Date: day, ID: testID})
	guard := PowerShellGuard(fs)
	toks := pstoken.Tokenize(guard)
	if len(toks) != 2 || toks[0] != (pstoken.Token{Kind: pstoken.Word, Value: "throw"}) || toks[1].Kind != pstoken.String {
		t.Fatalf("guard %q tokenizes to %v, want throw and one literal", guard, toks)
	}
	for _, want := range []string{"hybrid/name-invalid at name", "roles/name-invalid at servers[2].name"} {
		if !strings.Contains(toks[1].Value, want) {
			t.Errorf("guard %q does not name %s", guard, want)
		}
	}
	if strings.Contains(guard, "Invoke-Evil") || strings.Contains(guard, "calc") {
		t.Errorf("guard %q holds a value of the organization", guard)
	}
	if _, fs := Plan(seed(t), Options{Date: day, ID: testID}); fs.HasErrors() || PowerShellGuard(fs) != "" {
		t.Errorf("guard for the seed: %q", PowerShellGuard(fs))
	}
}
