package main

import (
	"fmt"
	"io"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/internal/textsafe"
	"github.com/exhybrid/exhybrid/version"
)

var checkCommand = &command{
	name:    "check",
	args:    "[file]",
	summary: "validate an organization file and print the findings",
	help: `Check reads an organization (the JSON form of hybrid.Organization) from the
file, from standard input when the file is "-", or a built-in example when
there is none (--example picks it), and prints every finding of
hybrid.Validate: errors (the deployment is unsupported or will not work),
warnings (it goes against Microsoft's recommendation) and infos, each with
its rule code and, when there is one, the fix. Text and markdown list the
errors first, then the warnings, then the infos, each group by path.

The day matters: it decides which updates are the latest and the previous
one, which security and hotfix updates each server lacks, the end of support
and certificate expiry. It is today in the local time zone unless --date is
given.

With no file, --example names the built-in organization: 2007 (the
default), the source material's Exchange 2007 organization with two
Exchange 2013 hybrid servers, or modern, an Exchange Server SE organization
with two servers on the newest SE build the catalog knows, in classic full
hybrid: what most administrators run today.

Check judges the organization alone, as hybrid.Validate does: it takes no
--options or --id, which are choices of the plan; plan reports the findings
of those too.

The text form prints one finding per line and a count last; markdown prints
a table; json prints {"input", "date", "counts", "findings"}, where counts
has the number of errors, warnings and infos and findings is in path order.

A file that cannot be decoded is reported one problem a line, as
"file:line:column: path: message", up to 20 and a "too many errors" line.
Columns count bytes from 1, after a UTF-8 byte order mark; for a UTF-16
file they count the bytes of the line converted to UTF-8.

Exit status: 0 without error findings, 1 with, 2 if the file cannot be read
or decoded.`,
	formats: []string{formatText, formatMarkdown, formatJSON},
	date:    true,
	example: true,
	maxArgs: 1,
	run:     runCheck,
}

// checkJSON is the JSON output of check.
type checkJSON struct {
	Input    string            `json:"input"` // the file name, "<stdin>", "<built-in example>" or "<built-in modern example>"
	Date     version.Date      `json:"date"`
	Counts   countsJSON        `json:"counts"`
	Findings exhybrid.Findings `json:"findings"`
}

func runCheck(e *env, o *options, args []string) int {
	org, name, ok := e.loadOrganization(o, args)
	if !ok {
		return exitUsage
	}
	on := e.today(o)
	fs := hybrid.Validate(org, on)
	return e.printFindings(o, findingsReport{
		name: name, on: on, fs: fs,
		text:     writeFindingsText,
		markdown: func(w io.Writer) { writeCheckMarkdown(w, org, name, on, fs) },
	})
}

// findingsReport is what check and audit print: the findings of an input
// on a day, with the command's own text and markdown forms; the json form
// and the exit status are the same for both.
type findingsReport struct {
	name     string
	on       version.Date
	fs       exhybrid.Findings
	text     func(io.Writer, exhybrid.Findings)
	markdown func(io.Writer)
}

// printFindings prints r in the format asked for, the text form ending
// with the count line, and returns the exit status of its findings.
func (e *env) printFindings(o *options, r findingsReport) int {
	return e.print(o.format, output{
		text: func(w io.Writer) {
			r.text(w, r.fs)
			fmt.Fprintf(w, "%s: %s on %s\n", textsafe.NoControl(r.name), summary(r.fs), r.on)
		},
		markdown: r.markdown,
		json: func() any {
			return checkJSON{Input: r.name, Date: r.on, Counts: countsOf(r.fs), Findings: findingsJSON(r.fs)}
		},
	}, statusOf(r.fs))
}

func writeCheckMarkdown(w io.Writer, org hybrid.Organization, name string, on version.Date, fs exhybrid.Findings) {
	title := org.Name
	if title == "" {
		title = name
	}
	fmt.Fprintf(w, "# Hybrid check: %s\n\nJudged on %s: %s.\n\n", textsafe.NoControl(title), on, summary(fs))
	writeFindingsMarkdown(w, fs)
}
