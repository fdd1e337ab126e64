package hybrid

import (
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/textsafe"
)

// header is the first line of every rendering.
func (p DeploymentPlan) header() string {
	s := "Hybrid deployment plan"
	if p.Organization != "" {
		s += " for " + p.Organization
	}
	if p.Tenant != "" {
		s += " with " + string(p.Tenant)
	}
	if p.Type.IsValid() {
		s += " (" + p.Type.String() + ")"
	}
	if p.Date.IsValid() {
		s += ", as of " + p.Date.String()
	}
	return s
}

// byWizardNote marks the steps the Hybrid Configuration Wizard performs.
const byWizardNote = " (done by the Hybrid Configuration Wizard)"

// wizardNote returns byWizardNote for a step the wizard performs.
func wizardNote(s Step) string {
	if s.ByWizard {
		return byWizardNote
	}
	return ""
}

// after lists the 1-based numbers of the steps a step depends on.
func after(deps []int) string {
	if len(deps) == 0 {
		return ""
	}
	n := make([]string, len(deps))
	for i, d := range deps {
		n[i] = strconv.Itoa(d + 1)
	}
	return strings.Join(n, ", ")
}

// safe keeps text from the organization from carrying control characters
// (terminal escapes, line breaks) into a rendering.
func safe(s string) string { return textsafe.NoControl(s) }

// Text renders the plan as plain text: numbered steps with what they change
// and why, then the before/after service table.
func (p DeploymentPlan) Text() string {
	var b strings.Builder
	b.WriteString(safe(p.header()) + "\n\n")
	b.WriteString("Steps\n")
	if p.Compared {
		b.WriteString("(" + legend + ")\n")
	}
	if len(p.Steps) == 0 {
		b.WriteString("  (none)\n")
	}
	for i, s := range p.Steps {
		if p.Compared {
			textCompared(&b, i, s)
			continue
		}
		b.WriteString(strconv.Itoa(i+1) + ". [" + s.Phase.String() + "] " + s.Action.String() + " " + safe(s.Target) + " (" + string(s.Where) + ")" + wizardNote(s) + "\n")
		b.WriteString("   " + safe(s.Summary) + "\n")
		for _, c := range s.Changes {
			b.WriteString("   - " + safe(c.Setting) + ": " + safe(c.Value) + "\n")
		}
		b.WriteString("   " + reasonLine(s) + "\n")
	}
	if p.Compared {
		b.WriteString("\nPlan: " + p.Tally().String() + "\n")
	}
	if len(p.Services) > 0 {
		b.WriteString("\nServices before and after\n")
		for _, r := range p.Services {
			b.WriteString("- " + safe(r.Service) + "\n")
			b.WriteString("    before:              " + safe(r.Before) + "\n")
			b.WriteString("    on-premises mailbox: " + safe(r.OnPremises) + "\n")
			b.WriteString("    cloud mailbox:       " + safe(r.Cloud) + "\n")
			b.WriteString("    source:              " + safe(r.Source) + "\n")
		}
	}
	return b.String()
}

// Markdown renders the plan as a Markdown document for review: a table of
// steps, each step's changes and commands, and the service table.
func (p DeploymentPlan) Markdown() string {
	var b strings.Builder
	b.WriteString("# " + textsafe.NoControl(p.header()) + "\n\n## Steps\n\n")
	if len(p.Steps) == 0 {
		b.WriteString("No steps.\n")
	} else {
		b.WriteString("| # | Phase | Action | Where | Target | After | Reason |\n|---:|---|---|---|---|---|---|\n")
		for i, s := range p.Steps {
			reason := "`" + string(s.Reason) + "`"
			if s.Disruptive {
				reason += " (disruptive)"
			}
			b.WriteString("| " + strconv.Itoa(i+1) + " | " + s.Phase.String() + " | " + actionCell(p, s) + " | " + string(s.Where) + " | " +
				textsafe.MarkdownCell(s.Target) + " | " + after(s.DependsOn) + " | " + reason + " |\n")
		}
		for i, s := range p.Steps {
			if p.Compared && s.Action == ActionUnchanged && s.Observation == ObservationObserved {
				continue // its row of the table says it all
			}
			b.WriteString("\n### " + strconv.Itoa(i+1) + ". " + textsafe.MarkdownCell(s.Summary) + wizardNote(s) + "\n\n")
			if p.Compared {
				for _, line := range diffLines(s) {
					b.WriteString("- " + textsafe.NoControl(line) + "\n")
				}
			}
			for _, c := range s.Changes {
				if p.Compared {
					break
				}
				b.WriteString("- **" + textsafe.NoControl(c.Setting) + "**: " + textsafe.NoControl(c.Value) + "\n")
			}
			if len(s.Commands) > 0 {
				b.WriteString("\n```powershell\n")
				for _, c := range s.Commands {
					b.WriteString(commandLine(c) + "\n")
				}
				b.WriteString("```\n")
			}
		}
		if p.Compared {
			b.WriteString("\n**Plan:** " + p.Tally().String() + ". (" + legend + ")\n")
		}
	}
	if len(p.Services) > 0 {
		b.WriteString("\n## Services before and after\n\n| Service | Before | After, on-premises mailbox | After, Exchange Online mailbox |\n|---|---|---|---|\n")
		for _, r := range p.Services {
			b.WriteString("| " + textsafe.MarkdownCell(r.Service) + " | " + textsafe.MarkdownCell(r.Before) + " | " + textsafe.MarkdownCell(r.OnPremises) + " | " + textsafe.MarkdownCell(r.Cloud) + " |\n")
		}
	}
	return b.String()
}

// commandLine renders one command: shell commands as they are, DNS records
// and manual tasks as comments, so the whole block can be read as a script.
// Shell commands keep their line breaks (a command may start with a comment
// line of its own); every value in them is single-quoted.
func commandLine(c Command) string {
	switch c.Shell {
	case ShellDNS:
		return "# DNS: " + textsafe.Comment(c.Text)
	case ShellManual:
		return "# Manual: " + textsafe.Comment(c.Text)
	case ShellEXO:
		return "# Exchange Online PowerShell:\n" + c.Text
	}
	return c.Text
}

// PowerShell renders the commands of every step, in order, as a script to
// review: Exchange Management Shell commands as they are, Exchange Online
// PowerShell commands after a comment that says so, DNS records and manual
// tasks as comments. It is text to read; the library runs nothing, and the
// commands hold placeholders (<thumbprint>) where only the live
// organization knows the value.
func (p DeploymentPlan) PowerShell() string {
	var b strings.Builder
	b.WriteString("# " + textsafe.Comment(p.header()) + "\n")
	b.WriteString("# Review before use: generated by exhybrid; run each part in the shell its comment names.\n")
	b.WriteString("# Steps marked" + byWizardNote + " are shown for review or manual repair: the wizard makes them.\n")
	if p.Compared {
		b.WriteString("# Compared with the current state: " + p.Tally().String() + "; unchanged steps are left out, and steps not observed in the exports are shown with the action they take if they are not done.\n")
	}
	for i, s := range p.Steps {
		if p.Compared && s.Action == ActionUnchanged && s.Observation == ObservationObserved {
			continue
		}
		b.WriteString("\n# Step " + strconv.Itoa(i+1) + " [" + s.Phase.String() + "] " + textsafe.Comment(s.Summary) + wizardNote(s) + "\n")
		if p.Compared {
			b.WriteString("# " + s.Action.String() + observationNote(s) + "\n")
		}
		b.WriteString("# " + reasonLine(s) + "\n")
		for _, c := range s.Commands {
			b.WriteString(commandLine(c) + "\n")
		}
	}
	return b.String()
}

// PowerShellGuard returns the statement to put before a PowerShell
// rendering of a plan whose findings fs have errors: a throw that names
// each error by code and path, so that the script stops before its first
// command if it is run anyway. It returns "" when fs has no error. The
// text of the throw is a single-quoted literal; the values of the
// organization are not in it.
func PowerShellGuard(fs exhybrid.Findings) string {
	var errs []string
	for _, f := range fs {
		if f.Severity == exhybrid.SeverityError {
			errs = append(errs, string(f.Code)+" at "+string(f.Path))
		}
	}
	if len(errs) == 0 {
		return ""
	}
	n := strconv.Itoa(len(errs)) + " error findings"
	if len(errs) == 1 {
		n = "1 error finding"
	}
	return "throw " + psQuote("exhybrid: the plan has "+n+" ("+strings.Join(errs, "; ")+"); fix them and plan again") + "\n"
}

// notObservedNote marks a step whose objects the exports do not show.
const notObservedNote = " (not observed)"

// legend explains the markers of a plan with a current state.
const legend = "+ create, ~ update, -/+ replace, - remove, = unchanged; ? not observed in the exports, shown with the action it takes if it is not done"

// observationNote returns notObservedNote for a step not observed.
func observationNote(s Step) string {
	if s.Observation == ObservationNotObserved {
		return notObservedNote
	}
	return ""
}

// textCompared renders step i of a plan with a current state: one line
// for an unchanged step; for the others the marker and action, the
// summary, the settings that change and the reason.
func textCompared(b *strings.Builder, i int, s Step) {
	head := strconv.Itoa(i+1) + ". " + diffMarker(s) + " [" + s.Phase.String() + "] " + s.Action.String() + " " + safe(s.Target) + " (" + string(s.Where) + ")"
	if s.Action == ActionUnchanged && s.Observation == ObservationObserved {
		b.WriteString(head + "\n")
		return
	}
	b.WriteString(head + wizardNote(s) + observationNote(s) + "\n")
	b.WriteString("   " + safe(s.Summary) + "\n")
	for _, line := range diffLines(s) {
		b.WriteString("   " + safe(line) + "\n")
	}
	b.WriteString("   " + reasonLine(s) + "\n")
}

// reasonLine is the last line of a step in text and PowerShell: the code
// of its rule, the steps it comes after and whether it is disruptive.
func reasonLine(s Step) string {
	line := "reason: " + string(s.Reason)
	if a := after(s.DependsOn); a != "" {
		line += "; after step " + a
	}
	if s.Disruptive {
		line += "; disruptive"
	}
	return line
}

// actionCell is a step's action in the Markdown table: with a current
// state, its marker too, and whether it was observed.
func actionCell(p DeploymentPlan, s Step) string {
	if !p.Compared {
		return s.Action.String()
	}
	cell := diffMarker(s) + " " + s.Action.String()
	if s.Observation == ObservationNotObserved {
		cell += " (not observed)"
	}
	return strings.ReplaceAll(cell, "|", "\\|")
}
