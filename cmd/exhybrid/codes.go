package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/internal/textsafe"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
)

var codesCommand = &command{
	name:    "codes",
	args:    "[package]",
	summary: "list the finding codes: severity, meaning and source of each rule",
	help: `Codes lists every finding code check and plan can report, from the rule
tables of the library's packages: the code, the severity of its findings,
what it means and the page the rule comes from. A severity of "varies" is a
rule whose findings are errors or warnings depending on the case. With a
package name (roles, transport, federation, hybrid) it lists that
package's codes only.

The json form is a list of {"code", "severity", "summary", "source"}
objects; severity is omitted where it varies.`,
	formats: []string{formatText, formatMarkdown, formatJSON},
	maxArgs: 1,
	run:     runCodes,
}

// ruleTables are the rule tables of the packages whose findings check and
// plan report, in the order of the package layers.
var ruleTables = []*exhybrid.RuleTable{roles.Rules(), transport.Rules(), federation.Rules(), hybrid.Rules()}

// ruleJSON is a rule in JSON output.
type ruleJSON struct {
	Code     exhybrid.Code     `json:"code"`
	Severity exhybrid.Severity `json:"severity,omitzero"`
	Summary  string            `json:"summary"`
	Source   string            `json:"source"`
}

func runCodes(e *env, o *options, args []string) int {
	var rules []exhybrid.Rule
	for _, t := range ruleTables {
		for _, r := range t.Rules() {
			if len(args) == 0 || strings.EqualFold(r.Code.Package(), args[0]) {
				rules = append(rules, r)
			}
		}
	}
	if len(rules) == 0 {
		e.usageErrorf(e.cmd, "no package %q has finding codes; want roles, transport, federation or hybrid", args[0])
		return exitUsage
	}
	return e.print(o.format, output{
		text: func(w io.Writer) {
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "CODE\tSEVERITY\tSUMMARY\tSOURCE")
			for _, r := range rules {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Code, severityWord(r.Severity), r.Summary, r.Source)
			}
			tw.Flush()
		},
		markdown: func(w io.Writer) {
			io.WriteString(w, "| Code | Severity | Summary | Source |\n|---|---|---|---|\n")
			for _, r := range rules {
				fmt.Fprintf(w, "| `%s` | %s | %s | %s |\n", r.Code, severityWord(r.Severity), textsafe.MarkdownCell(r.Summary), textsafe.MarkdownCell(r.Source))
			}
		},
		json: func() any {
			out := make([]ruleJSON, len(rules))
			for i, r := range rules {
				out[i] = ruleJSON{Code: r.Code, Severity: r.Severity, Summary: r.Summary, Source: r.Source}
			}
			return out
		},
	}, exitOK)
}

// severityWord names a rule's severity, "varies" where it has none fixed.
func severityWord(s exhybrid.Severity) string {
	if !s.IsValid() {
		return "varies"
	}
	return s.String()
}
