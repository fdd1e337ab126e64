package exhybrid_test

import (
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/google/go-cmp/cmp"
)

const (
	codeFixed  exhybrid.Code = "test/fixed"
	codeVaries exhybrid.Code = "test/varies"
)

var testRules = exhybrid.MustRuleTable([]exhybrid.Rule{
	{Code: codeFixed, Severity: exhybrid.SeverityWarning, Summary: "a fixed rule", Source: "https://example.com/a"},
	{Code: codeVaries, Summary: "a rule whose severity varies", Source: "https://example.com/b"},
})

func TestRuleTableAdd(t *testing.T) {
	var fs exhybrid.Findings
	fs.Add(testRules, "a", codeFixed, "Fix it", "%d problem", 1)
	fs.Addf("b", exhybrid.SeverityInfo, codeVaries, "", "note")
	fs.Add(testRules, "c", codeVaries, "", "misused")
	fs.Add(testRules, "d", "test/undeclared", "", "misused")
	want := exhybrid.Findings{
		{Path: "a", Severity: exhybrid.SeverityWarning, Code: codeFixed, Message: "1 problem", Fix: "Fix it"},
		{Path: "b", Severity: exhybrid.SeverityInfo, Code: codeVaries, Message: "note"},
		{Path: "c", Severity: exhybrid.SeverityError, Code: codeVaries, Message: "(rule test/varies has no fixed severity) misused"},
		{Path: "d", Severity: exhybrid.SeverityError, Code: "test/undeclared", Message: "(rule test/undeclared has no fixed severity) misused"},
	}
	if diff := cmp.Diff(want, fs); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if r, ok := testRules.Rule(codeFixed); !ok || r.Summary != "a fixed rule" {
		t.Errorf("Rule(%s) = %v, %v", codeFixed, r, ok)
	}
	if _, ok := testRules.Rule("test/none"); ok {
		t.Error("Rule found an undeclared code")
	}
	if got := len(testRules.Rules()); got != 2 {
		t.Errorf("Rules() has %d rules", got)
	}
}

func TestMustRuleTablePanics(t *testing.T) {
	for name, rules := range map[string][]exhybrid.Rule{
		"repeated":  {{Code: "t/a", Summary: "s", Source: "https://x"}, {Code: "t/a", Summary: "s", Source: "https://x"}},
		"no source": {{Code: "t/a", Summary: "s"}},
		"no code":   {{Summary: "s", Source: "https://x"}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: MustRuleTable did not panic", name)
				}
			}()
			exhybrid.MustRuleTable(rules)
		}()
	}
}
