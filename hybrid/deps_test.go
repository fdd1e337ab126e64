package hybrid

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// newServer matches the names of the servers a plan installs.
var newServer = regexp.MustCompile(`^NEW-HYBRID-[0-9]+$`)

// TestDependenciesResolve checks that every dependency a step names (other
// than a prefix, or one marked optional) names a step that exists in at
// least one plan of the scenarios, rule tests and option tests, so that a
// misspelt step ID, which planner.add would drop, is caught. Server names
// in dependencies are compared as "<server>".
func TestDependenciesResolve(t *testing.T) {
	resolved := map[string]bool{}
	run := func(org Organization, opts Options) {
		servers := map[string]bool{}
		for _, s := range org.Servers {
			servers[s.Name] = true
		}
		trace := func(dep string, ok bool) {
			if i := strings.LastIndexByte(dep, '/'); i >= 0 && (servers[dep[i+1:]] || newServer.MatchString(dep[i+1:])) {
				dep = dep[:i+1] + "<server>"
			}
			resolved[dep] = resolved[dep] || ok
		}
		opts.Date = day
		newPlan(org, opts, trace)
	}
	for _, sc := range scenarios {
		run(sc.org(t), Options{ID: testID})
	}
	for _, r := range ruleTests {
		org := r.base(t)
		if r.mutate != nil {
			r.mutate(&org)
		}
		run(org, Options{ID: testID})
	}
	for _, o := range optionTests {
		run(o.base(t), o.opts)
	}
	var never []string
	for dep, ok := range resolved {
		if !ok {
			never = append(never, dep)
		}
	}
	slices.Sort(never)
	for _, dep := range never {
		t.Errorf("dependency %q names a step no plan has; misspelt, or mark it optional", dep)
	}
	if len(resolved) == 0 {
		t.Error("no dependency traced")
	}
}
