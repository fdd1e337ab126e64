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
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

var auditCommand = &command{
	name:    "audit",
	args:    "file|folder...",
	summary: "audit an existing hybrid organization and print the findings by area",
	help: `Audit checks a hybrid that exists and prints every finding of hybrid.Audit:
the findings of hybrid.Validate on the organization, and the rules on what
exists: the connectors to and from Exchange Online and the certificates
they name, an open relay, the coexistence domain, every certificate's
lifetime; OAuth (the Auth Certificate, the authorization servers and
partner applications, the dedicated hybrid app's setting overrides);
the tenant's EWS access policy when Exchange Online was exported; and
sharing (the federation trust, the organization identifier and
relationships). A finding on an exported object names the file and the
object, "GetSendConnector.xml: Mail to O365: TlsAuthLevel"; one on the
organization names the organization's field ("servers[0].build"). A
field the exports cannot tell (type, mx, the cloud of ServiceInstance 0)
is noted, not an error, until you fill it in.

It reads either the exports themselves, files and folders as import reads
them, and audits the organization they describe together with the
import's own findings; or one organization file (a name ending in .json,
or "-" for standard input), such as import prints, after you have filled
in what the exports cannot say:

	exhybrid audit examples/export
	exhybrid import examples/export > org.json    (edit type, mx, ...)
	exhybrid audit org.json

The day matters as for check: it decides the current updates, the end of
support and how long each certificate has left. It is today in the local
time zone unless --date is given, so the same exports audited on several
days give dated answers.

The text form groups the findings by area (servers and updates, domains,
certificates, mail flow, federation and OAuth, ...), errors first in each;
markdown is a report to hand to the organization's owner, with a summary
table and a section per area; json is the same as check's:
{"input", "date", "counts", "findings"}.

Exit status: 0 without error findings, 1 with, 2 if an input cannot be
read, decoded or is not CLIXML, and then nothing is printed on standard
output.`,
	formats: []string{formatText, formatMarkdown, formatJSON},
	date:    true,
	minArgs: 1,
	maxArgs: -1,
	run:     runAudit,
}

func runAudit(e *env, o *options, args []string) int {
	org, name, fs, ok := e.loadAudited(o, args)
	if !ok {
		return exitUsage
	}
	on := e.today(o)
	audit := hybrid.Audit(org, on)
	if hybridCertificateNotFound(org, audit) {
		// The audit's error that the HybridConfiguration's certificate is
		// on none of the servers says what the import's note that its
		// names are not known does, and more.
		fs = slices.DeleteFunc(fs, func(f exhybrid.Finding) bool { return f.Path == "certificate" && f.Code == hybrid.CodeNotObserved })
	}
	fs = append(fs, audit...)
	fs.Sort()
	// The audit notes the fields the exports do not tell in place of
	// Validate's errors on them, as the import does: say each once.
	fs = slices.Compact(fs)
	return e.printFindings(o, findingsReport{
		name: name, on: on, fs: fs,
		text:     writeAuditText,
		markdown: func(w io.Writer) { writeAuditMarkdown(w, org, name, on, fs) },
	})
}

// hybridCertificateNotFound reports whether the audit found that the
// exported HybridConfiguration names a certificate none of the servers has.
func hybridCertificateNotFound(org hybrid.Organization, audit exhybrid.Findings) bool {
	if org.Observed == nil || len(org.Observed.HybridConfigurations) == 0 {
		return false
	}
	at := org.Observed.HybridConfigurations[0].Path()
	return slices.ContainsFunc(audit, func(f exhybrid.Finding) bool {
		return f.Code == transport.CodeCertificateNotFound && strings.HasPrefix(string(f.Path), string(at))
	})
}

// loadAudited returns the organization to audit, a name for the input and
// the findings of reading it: the organization file when args is one
// name ending in .json or "-", else the organization the exports describe,
// as import builds it, with the import's findings.
func (e *env) loadAudited(o *options, args []string) (hybrid.Organization, string, exhybrid.Findings, bool) {
	if len(args) == 1 && (args[0] == "-" || strings.EqualFold(filepath.Ext(args[0]), ".json")) {
		org, name, ok := e.loadOrganization(o, args)
		return org, name, nil, ok
	}
	for _, a := range args {
		if a == "-" || strings.EqualFold(filepath.Ext(a), ".json") {
			e.usageErrorf(e.cmd, "%s is an organization file: give it alone, or only exports", a)
			return hybrid.Organization{}, a, nil, false
		}
	}
	inv, fs, ok := e.readExports(args)
	if !ok {
		return hybrid.Organization{}, "", nil, false
	}
	org, more := hybrid.FromInventory(inv)
	return org, strings.Join(args, " "), append(fs, more...), true
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
	io.WriteString(w, "Errors stop the hybrid from working or leave it unsupported; warnings go against Microsoft's recommendations; infos say what the exports do not tell, or what is worth knowing. Each finding names where to look: an exported file and object, or a field of the organization, which the organization file holds or, for a field the exports cannot tell, where to fill it in.\n\n")
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
