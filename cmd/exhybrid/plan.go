package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
)

var planCommand = &command{
	name:    "plan",
	args:    "[file]",
	summary: "print the deployment plan for an organization file",
	help: `Plan reads an organization as check does and prints the plan of
hybrid.Plan: the ordered steps, by phase, that take the organization to the
hybrid deployment it describes, with the commands that would carry them out
(for review; exhybrid runs nothing), and the findings of the organization.

The findings come after the plan in text and markdown, where they are read
last and stay on the screen, and in the "findings" member in json. In
powershell they come first, as comments, because a script is read from the
top; when there is an error finding, a throw statement follows them so that
the script stops if it is run anyway.

--id is the GUID the Hybrid Configuration Wizard puts in the names of the
connectors and relationships it creates; pass the one of an existing
deployment to keep its names. Without it, the library derives a stable
identifier from the tenant and says so in an info finding.

Exit status: 0 without error findings, 1 with, 2 if the file cannot be read
or decoded.`,
	formats: []string{formatText, formatMarkdown, formatJSON, formatPowerShell},
	date:    true,
	id:      true,
	maxArgs: 1,
	run:     runPlan,
}

// planJSON is the JSON output of plan.
type planJSON struct {
	Plan     hybrid.DeploymentPlan `json:"plan"`
	Findings exhybrid.Findings     `json:"findings"`
}

func runPlan(e *env, o *options, args []string) int {
	org, name, ok := e.loadOrganization(args)
	if !ok {
		return exitUsage
	}
	on := e.today(o)
	plan, fs := hybrid.Plan(org, hybrid.Options{Date: on, ID: o.id})
	var b strings.Builder
	switch o.format.value {
	case formatText:
		b.WriteString(plan.Text())
		if len(fs) > 0 {
			b.WriteString("\nFindings:\n")
			writeFindingsText(&b, fs)
		}
		fmt.Fprintf(&b, "%s: %s on %s\n", name, summary(fs), on)
	case formatMarkdown:
		b.WriteString(plan.Markdown())
		fmt.Fprintf(&b, "\n## Findings\n\n%s on %s.\n\n", summary(fs), on)
		writeFindingsMarkdown(&b, fs)
	case formatJSON:
		if err := writeJSON(&b, planJSON{Plan: plan, Findings: findingsJSON(fs)}); err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
	case formatPowerShell:
		writeFindingsPowerShell(&b, name, on.String(), fs)
		b.WriteString(plan.PowerShell())
	}
	io.WriteString(e.stdout, b.String())
	return statusOf(fs)
}

// writeFindingsPowerShell writes the findings as PowerShell comments, and a
// throw statement when one is an error, so that the script does not run.
func writeFindingsPowerShell(w io.Writer, name, on string, fs exhybrid.Findings) {
	var b strings.Builder
	fmt.Fprintf(&b, "# exhybrid plan of %s on %s: %s\n", psComment(name), on, summary(fs))
	for _, f := range fs {
		fmt.Fprintf(&b, "# %s %s\n", f.Severity, psComment(f.Error()))
		if f.Fix != "" {
			fmt.Fprintf(&b, "#   fix: %s\n", psComment(f.Fix))
		}
	}
	if fs.HasErrors() {
		b.WriteString("throw 'exhybrid: the organization has error findings (listed above); fix them and plan again'\n")
	}
	b.WriteString("\n")
	io.WriteString(w, b.String())
}

// psComment makes s safe inside a "#" line comment: a line break would end
// the comment and turn the rest into code, and "#>" would close an
// enclosing block comment, so control characters become spaces and "#>"
// becomes "# >".
func psComment(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || r == '\u0085' || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	return strings.ReplaceAll(s, "#>", "# >")
}
