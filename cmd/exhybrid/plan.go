package main

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/internal/textsafe"
	"github.com/exhybrid/exhybrid/inventory"
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

--current names Exchange's exports (Export-Clixml files, and folders of
them, read as import reads them; or one organization file that import
wrote, whose "observed" member is used): the current state. It may be
given more than once. The plan then compares each step with it, as
hybrid.Plan does with Options.Current: a step whose objects the exports
show is Unchanged, an Update of the settings that differ (current ->
desired), a Create or a Remove; a step whose objects they cannot show (the
tenant without an Exchange Online export, DNS, manual tasks) is "not
observed" and keeps its action. Text and markdown mark the steps +, ~, -,
= and ? and end with the count ("3 to create, 2 to update, 14 unchanged,
20 not observed"), unchanged steps on one line each; powershell leaves the
unchanged steps out, and an Update sets only the parameters that change.
With --current and no organization file (and no --example), plan shows
what a run of the Hybrid Configuration Wizard would change: the desired
state is the organization the exports describe (hybrid.Rerun), with the
rules of the day. The findings of reading the exports come with the
plan's. Without --current, the output is what it always was.

The json form is {"input", "options", "current", "counts", "changes",
"plan", "findings"}; "current" (the --current names) and "changes" (the
steps counted by action) only with --current.

Exit status: 0 without error findings, 1 with, 2 if a file cannot be read
or decoded. With --detailed-exitcode, as terraform plan -detailed-exitcode:
0 when no step would change anything, 3 when a step would (an observed
one, with --current; any step without it), 4 when no observed step would
but some steps were not observed; 1 and 2 keep their meaning and come
first.`,
	formats: []string{formatText, formatMarkdown, formatJSON, formatPowerShell},
	date:    true,
	id:      true,
	options: true,
	example: true,
	current: true,
	maxArgs: 1,
	run:     runPlan,
}

// planJSON is the JSON output of plan.
type planJSON struct {
	Input    string                `json:"input"`             // the organization's file name, "<stdin>" or a built-in example's name
	Options  string                `json:"options,omitempty"` // the --options file name
	Current  []string              `json:"current,omitempty"` // the --current names
	Counts   countsJSON            `json:"counts"`
	Changes  *hybrid.Tally         `json:"changes,omitempty"` // with --current
	Plan     hybrid.DeploymentPlan `json:"plan"`
	Findings exhybrid.Findings     `json:"findings"`
}

// stdinOnce reports, as a usage error, two inputs of plan read from
// standard input.
func (e *env) stdinOnce(o *options, args []string) bool {
	orgStdin := len(args) > 0 && args[0] == "-"
	switch {
	case o.options == "-" && orgStdin:
		e.usageErrorf(e.cmd, "the organization and --options cannot both be standard input")
	case slices.Contains(o.current, "-") && (o.options == "-" || orgStdin):
		e.usageErrorf(e.cmd, "--current and the organization or --options cannot both be standard input")
	default:
		return true
	}
	return false
}

func runPlan(e *env, o *options, args []string) int {
	if !e.stdinOnce(o, args) {
		return exitUsage
	}
	var current *inventory.Inventory
	var readFs exhybrid.Findings
	if len(o.current) > 0 {
		var ok bool
		if current, readFs, ok = e.readCurrent(o.current); !ok {
			return exitUsage
		}
	}
	rerun := current != nil && len(args) == 0 && o.example == nil
	var org hybrid.Organization
	name := strings.Join(o.current, ", ")
	if !rerun {
		var ok bool
		if org, name, ok = e.loadOrganization(o, args); !ok {
			return exitUsage
		}
	}
	var opts hybrid.Options
	optName := ""
	if o.options != "" {
		var ok bool
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
	var plan hybrid.DeploymentPlan
	var fs exhybrid.Findings
	if rerun {
		_, plan, fs = hybrid.Rerun(current, opts)
	} else {
		opts.Current = current
		plan, fs = hybrid.Plan(org, opts)
	}
	if current != nil {
		fs = append(readFs, fs...)
		fs.Sort()
	}
	out := planOutput{name: name, options: optName, on: on, plan: plan, fs: fs, compared: current != nil}
	text, err := out.format(o)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	io.WriteString(e.stdout, text)
	return planStatus(o, plan, fs)
}

// planOutput is what plan prints, whatever the format.
type planOutput struct {
	name, options string // the inputs' names for messages and json
	on            version.Date
	plan          hybrid.DeploymentPlan
	fs            exhybrid.Findings
	compared      bool // the plan was compared with a current state
}

// format renders out in o's format, whole, so that nothing is printed when
// it fails.
func (out planOutput) format(o *options) (string, error) {
	var b strings.Builder
	plan, fs, on := out.plan, out.fs, out.on
	switch o.format {
	case formatText:
		b.WriteString(plan.Text())
		if len(fs) > 0 {
			b.WriteString("\nFindings:\n")
			writeFindingsText(&b, fs)
		}
		fmt.Fprintf(&b, "%s: %s on %s\n", textsafe.NoControl(out.name), summary(fs), on)
	case formatMarkdown:
		b.WriteString(plan.Markdown())
		fmt.Fprintf(&b, "\n## Findings\n\n%s on %s.\n\n", summary(fs), on)
		writeFindingsMarkdown(&b, fs)
	case formatJSON:
		j := planJSON{Input: out.name, Options: out.options, Current: o.current, Counts: countsOf(fs), Plan: plan, Findings: findingsJSON(fs)}
		if out.compared {
			t := plan.Tally()
			j.Changes = &t
		}
		if err := writeJSON(&b, j); err != nil {
			return "", err
		}
	case formatPowerShell:
		writeFindingsPowerShell(&b, out.name, on.String(), fs)
		b.WriteString(plan.PowerShell())
	}
	return b.String(), nil
}

// planStatus is the exit status of plan: statusOf(fs), and with
// --detailed-exitcode and no error finding, whether a step would change
// anything (exitChanges), or none observed would but some were not
// observed (exitNotObserved).
func planStatus(o *options, plan hybrid.DeploymentPlan, fs exhybrid.Findings) int {
	status := statusOf(fs)
	if !o.detailedExit || status != exitOK {
		return status
	}
	switch t := plan.Tally(); {
	case t.Changes():
		return exitChanges
	case t.NotObserved > 0:
		return exitNotObserved
	}
	return exitOK
}

// readCurrent reads the current state --current names: one organization
// file (*.json) that import wrote, whose "observed" member it takes, or
// Exchange's exports, files and folders, as import reads them. It prints
// the problem and returns false when they cannot be read.
func (e *env) readCurrent(args []string) (*inventory.Inventory, exhybrid.Findings, bool) {
	if len(args) == 1 && strings.EqualFold(filepath.Ext(args[0]), ".json") {
		data, name, ok := e.read(args[0])
		if !ok {
			return nil, nil, false
		}
		var org hybrid.Organization
		if !e.decode(name, data, &org) {
			return nil, nil, false
		}
		if org.Observed == nil {
			e.errorf("%s: no \"observed\" member: give the exports, or the organization file exhybrid import wrote from them", textsafe.NoControl(name))
			return nil, nil, false
		}
		return org.Observed, nil, true
	}
	return e.readExports(args)
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
