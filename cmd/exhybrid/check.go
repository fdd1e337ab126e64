package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/version"
)

var checkCommand = &command{
	name:    "check",
	args:    "[file]",
	summary: "validate an organization file and print the findings",
	help: `Check reads an organization (the JSON form of hybrid.Organization) from the
file, from standard input when the file is "-", or the built-in example when
there is none, and prints every finding of hybrid.Validate: errors (the
deployment is unsupported or will not work), warnings (it goes against
Microsoft's recommendation) and infos, sorted by path, each with its rule
code and, when there is one, the fix.

The day matters: it decides which updates are the latest and the previous
one, the end of support and certificate expiry. It is today unless --date
is given.

The text form prints one finding per line and a count last; markdown prints
a table; json prints {"date": ..., "findings": [...]}.

Exit status: 0 without error findings, 1 with, 2 if the file cannot be read
or decoded.`,
	formats: []string{formatText, formatMarkdown, formatJSON},
	date:    true,
	maxArgs: 1,
	run:     runCheck,
}

func runCheck(e *env, o *options, args []string) int {
	org, name, ok := e.loadOrganization(args)
	if !ok {
		return exitUsage
	}
	on := e.today(o)
	fs := hybrid.Validate(org, on)
	var b strings.Builder
	switch o.format.value {
	case formatText:
		writeFindingsText(&b, fs)
		fmt.Fprintf(&b, "%s: %s on %s\n", name, summary(fs), on)
	case formatMarkdown:
		writeCheckMarkdown(&b, org, name, on, fs)
	case formatJSON:
		if err := writeJSON(&b, checkJSON{Date: on, Findings: findingsJSON(fs)}); err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
	}
	io.WriteString(e.stdout, b.String())
	return statusOf(fs)
}

// checkJSON is the JSON output of check.
type checkJSON struct {
	Date     version.Date      `json:"date"`
	Findings exhybrid.Findings `json:"findings"`
}

func writeCheckMarkdown(w io.Writer, org hybrid.Organization, name string, on version.Date, fs exhybrid.Findings) {
	title := org.Name
	if title == "" {
		title = name
	}
	fmt.Fprintf(w, "# Hybrid check: %s\n\nJudged on %s: %s.\n\n", mdCell(title), on, summary(fs))
	writeFindingsMarkdown(w, fs)
}
