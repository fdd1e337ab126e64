package exhybrid

import (
	"fmt"
	"slices"
	"strings"
)

// Rule is one rule of a package's rule table: the code its findings carry,
// their severity, a one-line summary and the source the rule comes from.
// Each package that reports findings declares its rules once, in one
// [RuleTable]; [Findings.Add] takes the severity from it.
type Rule struct {
	Code Code // the code the rule's findings carry, "package/rule-name"
	// Severity is the severity of every finding of the rule, or
	// SeverityUnknown for the few rules whose severity depends on the case:
	// their findings are added with [Findings.Addf], which takes it.
	Severity Severity
	// Summary says in a line what a finding of the rule means, as the
	// package documentation's # Codes list and the command's code list
	// show it.
	Summary string
	// Source is the page (or pages, separated by spaces) the rule cites.
	Source string
	// Input marks a rule that a caller who validated the organization
	// behind the package's Params checks itself: an input on its own (a
	// tenant, an ID, a domain's syntax, a server's build) or which servers
	// may carry hybrid traffic at all, as opposed to how the inputs fit
	// together. Such a caller sets its package's Params.Checked
	// (transport, federation), and findings of Input rules are left out,
	// so that each problem is reported once, in the caller's terms.
	Input bool
}

// RuleTable is a package's rules, indexed by code. Build it once, as a
// package-level variable, with [MustRuleTable]; it is never modified after.
type RuleTable struct {
	rules []Rule
	index map[Code]int
}

// MustRuleTable returns the table of rules. Like regexp.MustCompile it panics if two rules share a
// code, or a rule lacks its code, summary or source: a table is a
// package-level declaration, so such a mistake is found by any test of the
// package, before a finding is ever reported.
func MustRuleTable(rules []Rule) *RuleTable {
	t := &RuleTable{rules: rules, index: make(map[Code]int, len(rules))}
	for i, r := range rules {
		if _, dup := t.index[r.Code]; dup || r.Code == "" || r.Summary == "" || !strings.Contains(r.Source, "https://") {
			panic(fmt.Sprintf("exhybrid: rule %d (%q) is repeated or lacks a summary or an https:// source", i, r.Code))
		}
		t.index[r.Code] = i
	}
	return t
}

// Rules returns the rules in the order they were declared.
func (t *RuleTable) Rules() []Rule { return slices.Clone(t.rules) }

// Rule returns the rule of code c and whether the table has it.
func (t *RuleTable) Rule(c Code) (Rule, bool) {
	i, ok := t.index[c]
	if !ok {
		return Rule{}, false
	}
	return t.rules[i], true
}

// WithoutInputs returns the findings of fs whose rule is not an Input
// rule of t, in order.
func (t *RuleTable) WithoutInputs(fs Findings) Findings {
	var out Findings
	for _, f := range fs {
		if i, ok := t.index[f.Code]; !ok || !t.rules[i].Input {
			out = append(out, f)
		}
	}
	return out
}

// Add appends a finding of rule c of the table rules: with the rule's
// severity, the given path and fix, and a message formatted from format
// and args. Validators call it only on failure, so valid input formats
// nothing.
//
// A rule whose severity varies is added with [Findings.Addf], which takes
// the severity. A code the table does not declare, or one whose severity
// varies, is a mistake in the calling package; the finding is then added
// as an error whose message says so, which the package's tests of emitted
// severities catch.
func (fs *Findings) Add(rules *RuleTable, path Path, c Code, fix, format string, args ...any) {
	sev := SeverityUnknown
	if i, ok := rules.index[c]; ok {
		sev = rules.rules[i].Severity
	}
	if sev == SeverityUnknown {
		format = "(rule %s has no fixed severity) " + format
		args = append([]any{c}, args...)
		sev = SeverityError
	}
	fs.Addf(path, sev, c, fix, format, args...)
}
