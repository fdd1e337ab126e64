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

var auditCommand = &command{
	name:    "audit",
	args:    "file",
	summary: "audit an existing hybrid organization and print the findings by area",
	help: `Audit reads an organization (the JSON form of hybrid.Organization, as check
does) from the file, or from standard input when the file is "-", and prints
every finding of hybrid.Audit: the findings of hybrid.Validate and, for an
organization imported from its exports, the rules on what exists (the
connectors to and from Exchange Online and the certificates they name, an
open relay, the coexistence and hybrid domains, every certificate's
lifetime). A finding on an exported object names the file and the object,
"GetSendConnector.xml: Mail to O365: TlsAuthLevel"; one on the organization
keeps its JSON path.

The day matters as for check: it decides the current updates, the end of
support and how long each certificate has left. It is today in the local
time zone unless --date is given, so the same file audited on several days
gives dated answers.

The text form groups the findings by area (servers and updates, domains,
certificates, mail flow, federation and OAuth, ...), errors first in each;
markdown is a report to hand to the organization's owner, with a summary
table and a section per area; json is the same as check's:
{"input", "date", "counts", "findings"}.

Exit status: 0 without error findings, 1 with, 2 if the file cannot be read
or decoded.`,
	formats: []string{formatText, formatMarkdown, formatJSON},
	date:    true,
	minArgs: 1,
	maxArgs: 1,
	run:     runAudit,
}

func runAudit(e *env, o *options, args []string) int {
	org, name, ok := e.loadOrganization(o, args)
	if !ok {
		return exitUsage
	}
	on := e.today(o)
	fs := hybrid.Audit(org, on)
	var b strings.Builder
	switch o.format {
	case formatText:
		writeAuditText(&b, fs)
		fmt.Fprintf(&b, "%s: %s on %s\n", textsafe.NoControl(name), summary(fs), on)
	case formatMarkdown:
		writeAuditMarkdown(&b, org, name, on, fs)
	case formatJSON:
		if err := writeJSON(&b, checkJSON{Input: name, Date: on, Counts: countsOf(fs), Findings: findingsJSON(fs)}); err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
	}
	io.WriteString(e.stdout, b.String())
	return statusOf(fs)
}

// writeAuditText prints the findings of each area under its heading, the
// areas in their fixed order and, inside each, errors first.
func writeAuditText(w io.Writer, fs exhybrid.Findings) {
	for _, g := range byArea(fs) {
		fmt.Fprintf(w, "== %s: %s\n", g.area, summary(g.findings))
		writeFindingsText(w, g.findings)
		io.WriteString(w, "\n")
	}
}

// writeAuditMarkdown prints the audit as a report for the organization's
// owner: what was audited and when, a table of the counts per area, then
// each area's findings with their fixes.
func writeAuditMarkdown(w io.Writer, org hybrid.Organization, name string, on version.Date, fs exhybrid.Findings) {
	title := org.Name
	if title == "" {
		title = name
	}
	fmt.Fprintf(w, "# Hybrid audit: %s\n\n", textsafe.MarkdownCell(title))
	fmt.Fprintf(w, "Audited on %s from %s: %s.\n\n", on, mdCode(name), summary(fs))
	groups := byArea(fs)
	if len(groups) == 0 {
		io.WriteString(w, "No findings: nothing to fix on this day.\n")
		return
	}
	io.WriteString(w, "Errors stop the hybrid from working or leave it unsupported; warnings go against Microsoft's recommendations; infos need no action. Each finding names where to look: an exported file and object, or a field of the organization file.\n\n")
	io.WriteString(w, "| Area | Errors | Warnings | Infos |\n|---|---|---|---|\n")
	for _, g := range groups {
		c := countsOf(g.findings)
		fmt.Fprintf(w, "| %s | %d | %d | %d |\n", g.area, c.Errors, c.Warnings, c.Infos)
	}
	for _, g := range groups {
		fmt.Fprintf(w, "\n## %s\n\n", g.area)
		writeFindingsMarkdown(w, g.findings)
	}
}
