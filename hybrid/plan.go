package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
)

// Plan turns an organization into the ordered steps of its hybrid
// deployment, as of opts.Date, with the before/after table of where each
// service is answered. It returns the findings of [Validate] for the same
// organization and options, plus the plan's own notes; steps fix what they
// can (updates to install, hybrid servers to add, a certificate to obtain),
// and the findings still say what was wrong. A plan built from input with
// error findings is a draft to review, not a recipe.
//
// Plan does no I/O and reads no clock; the same organization and options
// give the same plan, byte for byte in every rendering. Steps carry the
// Exchange Management Shell and Exchange Online PowerShell commands that
// would apply them, as text for review; the library never runs anything.
// The Hybrid Configuration Wizard performs most of these steps itself: the
// plan shows exactly what it would change.
func Plan(org Organization, opts Options) (DeploymentPlan, exhybrid.Findings) {
	fs, a, w := check(org, opts)
	if w.idDerived {
		fs = append(fs, exhybrid.Finding{Path: "options.id", Severity: exhybrid.SeverityInfo, Code: CodeIDDerived,
			Message: "no wizard identifier given; derived " + w.id + " from " + org.Tenant.CoexistenceDomain(),
			Fix:     "Pass the identifier of an existing deployment to keep its object names"})
		fs.Sort()
	}
	p := &planner{analysis: a, w: w, opts: opts, index: map[string]int{}, under: map[string][]int{}}
	p.prerequisites()
	p.certificates()
	p.namespaceSteps()
	p.hybridConfiguration()
	p.federationSteps()
	p.sharingSteps()
	p.domainSteps()
	p.mailFlowSteps()
	p.clientSteps()
	p.cutover()
	return DeploymentPlan{
		Organization: org.Name,
		Tenant:       string(org.Tenant),
		Date:         opts.Date,
		Type:         org.Type,
		Steps:        p.steps,
		Services:     a.serviceTable(w),
	}, fs
}

// planner accumulates steps in order.
type planner struct {
	*analysis
	w     *wizard
	opts  Options
	steps []Step
	index map[string]int   // step ID to index
	under map[string][]int // "prefix/" to the indices of the steps whose ID starts with it
}

// add appends s after the steps named in deps (IDs, or prefixes ending in
// "/" for every step whose ID starts with it). Names of steps that do not
// exist are ignored: the plan includes only what the organization needs.
// Changes without a value are dropped.
func (p *planner) add(s Step, deps ...string) {
	// A setting without a value (no Edge servers, say) is not a change.
	s.Changes = slices.DeleteFunc(s.Changes, func(c Change) bool { return c.Value == "" })
	for _, d := range deps {
		s.DependsOn = append(s.DependsOn, p.lookup(d)...)
	}
	slices.Sort(s.DependsOn)
	s.DependsOn = slices.Compact(s.DependsOn)
	i := len(p.steps)
	p.index[s.ID] = i
	for k := range len(s.ID) {
		if s.ID[k] == '/' {
			p.under[s.ID[:k+1]] = append(p.under[s.ID[:k+1]], i)
		}
	}
	p.steps = append(p.steps, s)
}

func (p *planner) lookup(dep string) []int {
	if !strings.HasSuffix(dep, "/") {
		if i, ok := p.index[dep]; ok {
			return []int{i}
		}
		return nil
	}
	return p.under[dep]
}

// has reports whether a step with the ID or prefix exists.
func (p *planner) has(dep string) bool { return len(p.lookup(dep)) > 0 }
