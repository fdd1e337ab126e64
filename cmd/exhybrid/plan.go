package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/internal/textsafe"
	"github.com/exhybrid/exhybrid/version"
)

var planCommand = &command{
	name:    "plan",
	args:    "[file]",
	summary: "print the deployment plan for an organization file",
	help: `Plan reads an organization as check does (--example picks the built-in one
when there is no file) and prints the plan of hybrid.Plan: the ordered
steps, by phase, that take the organization to the hybrid deployment it
describes, with the commands that would carry them out (for review; exhybrid
runs nothing), and the findings of the organization and of the options.

The findings come after the plan in text and markdown, errors first, where
they are read last and stay on the screen, and in the "findings" member in
json. In powershell they come first, as comments, because a script is read
from the top; when there is an error finding, a throw statement follows
them so that the script stops if it is run anyway.

--options names a JSON file of hybrid.Options, read as strictly as the
organization: {"date": "2025-06-01", "id": "<GUID>", "transport": {...},
"owaForm": ..., "manualOAuth": true, "agentUrl": ...}. A file named "-" is
standard input, unless the organization is read from there. --date and --id
take precedence over the file's "date" and "id"; with neither --date nor a
"date", the day is today in the local time zone.

--id is the GUID the Hybrid Configuration Wizard puts in the names of the
connectors and relationships it creates; pass the one of an existing
deployment to keep its names. Without it, the library derives a stable
identifier from the tenant and says so in an info finding.

The json form is {"input", "options", "counts", "plan", "findings"}: the
names of the organization and options files, the number of errors, warnings
and infos, the plan and the findings in path order.

Exit status: 0 without error findings, 1 with, 2 if a file cannot be read
or decoded.`,
	formats: []string{formatText, formatMarkdown, formatJSON, formatPowerShell},
	date:    true,
	id:      true,
	options: true,
	example: true,
	maxArgs: 1,
	run:     runPlan,
}

// planJSON is the JSON output of plan.
type planJSON struct {
	Input    string                `json:"input"`             // the organization's file name, "<stdin>" or a built-in example's name
	Options  string                `json:"options,omitempty"` // the --options file name
	Counts   countsJSON            `json:"counts"`
	Plan     hybrid.DeploymentPlan `json:"plan"`
	Findings exhybrid.Findings     `json:"findings"`
}

func runPlan(e *env, o *options, args []string) int {
	if o.options == "-" && len(args) > 0 && args[0] == "-" {
		e.usageErrorf(e.cmd, "the organization and --options cannot both be standard input")
		return exitUsage
	}
	org, name, ok := e.loadOrganization(o, args)
	if !ok {
		return exitUsage
	}
	var opts hybrid.Options
	optName := ""
	if o.options != "" {
		if opts, ok = e.loadOptions(o.options); !ok {
			return exitUsage
		}
		optName = o.options
		if optName == "-" {
			optName = stdinName
		}
	}
	// The flags take precedence over the file; the clock is read only when
	// neither gives a day.
	if o.dateSet || opts.Date == (version.Date{}) {
		opts.Date = e.today(o)
	}
	if o.id != "" {
		opts.ID = o.id
	}
	on := opts.Date
	plan, fs := hybrid.Plan(org, opts)
	var b strings.Builder
	switch o.format {
	case formatText:
		b.WriteString(plan.Text())
		if len(fs) > 0 {
			b.WriteString("\nFindings:\n")
			writeFindingsText(&b, fs)
		}
		fmt.Fprintf(&b, "%s: %s on %s\n", textsafe.NoControl(name), summary(fs), on)
	case formatMarkdown:
		b.WriteString(plan.Markdown())
		fmt.Fprintf(&b, "\n## Findings\n\n%s on %s.\n\n", summary(fs), on)
		writeFindingsMarkdown(&b, fs)
	case formatJSON:
		out := planJSON{Input: name, Options: optName, Counts: countsOf(fs), Plan: plan, Findings: findingsJSON(fs)}
		if err := writeJSON(&b, out); err != nil {
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

// writeFindingsPowerShell writes the findings as PowerShell comments,
// errors first, and hybrid.PowerShellGuard's throw statement when one is
// an error, so that the script does not run: the first statement of the
// script.
func writeFindingsPowerShell(w io.Writer, name, on string, fs exhybrid.Findings) {
	var b strings.Builder
	fmt.Fprintf(&b, "# exhybrid plan of %s on %s: %s\n", textsafe.Comment(name), on, summary(fs))
	for _, f := range bySeverity(fs) {
		fmt.Fprintf(&b, "# %s %s\n", f.Severity, textsafe.Comment(f.Error()))
		if f.Fix != "" {
			fmt.Fprintf(&b, "#   fix: %s\n", textsafe.Comment(f.Fix))
		}
	}
	b.WriteString(hybrid.PowerShellGuard(fs))
	b.WriteString("\n")
	io.WriteString(w, b.String())
}
