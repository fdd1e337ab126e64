package hybrid

import (
	"slices"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/version"
)

// Plan turns an organization into the ordered steps of its hybrid
// deployment, as of opts.Date, with the before/after table of where each
// service is answered. Steps fix what they can (updates to install, hybrid
// servers to add, a certificate to obtain), and the findings still say
// what was wrong. A plan built from input with error findings is a draft
// to review, not a recipe. A command that would hold a value with an error
// finding at its path (a server name that cannot be a computer name, a
// domain that is not a domain) is left out: its text says which path,
// and the value is printed in no command, so that no part of a script
// pasted section by section carries it. Every value in a command is a
// PowerShell single-quoted literal that PowerShell reads back as the
// value itself, whatever quote characters it holds.
//
// The findings are those of [Validate](org, opts.Date), with three
// differences that come from the other options:
//   - the transport and federation findings about the objects the wizard
//     would create are computed with opts (opts.Transport, opts.OWAForm,
//     opts.CustomOWAURL, opts.ManualOAuth, opts.TrustOnlyWithExchange2010
//     and the identifier), where Validate uses the zero options;
//   - findings about the options themselves, at options.*: [CodeIDInvalid],
//     [CodeOptionOverridden], [CodeAgentURLInvalid], [CodeAgentURLUnused];
//     and, with opts.GraphFlow, [CodeGraphBuild] at the builds of the
//     servers below Exchange SE May26HU;
//   - the plan's notes: [CodeIDDerived] when opts.ID is empty and the
//     tenant gives one, and [CodeAgentURLMissing] for a modern hybrid
//     without opts.AgentURL.
//
// With Options{Date: on}, Plan's findings are Validate(org, on) plus
// those two notes.
//
// With opts.Current, the steps are those of the plan without it, each
// compared with the current state (see [Options.Current] and
// [Observation]): Unchanged, Update, Create or Remove where the exports
// show the step's objects, NotObserved where they cannot; the findings
// are the same. [Rerun] plans the organization the exports describe.
//
// Plan does no I/O and reads no clock; the same organization and options
// give the same plan, byte for byte in every rendering. Steps carry the
// Exchange Management Shell and Exchange Online PowerShell commands that
// would apply them, as text for review; the library never runs anything.
// The Hybrid Configuration Wizard, the only supported way to configure a
// hybrid deployment, performs the steps marked [Step.ByWizard]; the plan
// shows exactly what it would change.
func Plan(org Organization, opts Options) (DeploymentPlan, exhybrid.Findings) {
	p, fs := newPlan(org, opts, nil)
	return p, fs
}

// newPlan is Plan with a trace of the dependencies steps name, for the
// test that keeps them from naming steps that never exist.
func newPlan(org Organization, opts Options, trace func(dep string, resolved bool)) (DeploymentPlan, exhybrid.Findings) {
	plan, fs := draftPlan(org, opts, trace)
	leaveOutRejected(&plan, rejectedValues(org, opts, fs))
	return plan, fs
}

// draftPlan is newPlan before the commands that hold a rejected value are
// left out.
func draftPlan(org Organization, opts Options, trace func(dep string, resolved bool)) (DeploymentPlan, exhybrid.Findings) {
	p, fs := runPlanner(org, opts, trace)
	if opts.Current != nil {
		p.compare(opts.Current)
	}
	plan := DeploymentPlan{
		Organization: org.Name,
		Tenant:       org.Tenant,
		Date:         opts.Date,
		Compared:     opts.Current != nil,
		Steps:        p.steps,
		Services:     p.serviceTable(p.w),
	}
	if org.Type.IsValid() {
		plan.Type = org.Type
	}
	return plan, fs
}

// runPlanner checks the organization and adds the plan's steps, as they
// are without a current state.
func runPlanner(org Organization, opts Options, trace func(dep string, resolved bool)) (*planner, exhybrid.Findings) {
	fs, a, w := check(org, opts)
	notes := false
	if w.idDerived {
		fs = append(fs, exhybrid.Finding{Path: "options.id", Severity: exhybrid.SeverityInfo, Code: CodeIDDerived,
			Message: "no wizard identifier given; derived " + w.id + " from " + org.Tenant.CoexistenceDomain(),
			Fix:     "Pass the identifier of an existing deployment to keep its object names"})
		notes = true
	}
	if f, ok := agentNote(org, opts); ok {
		fs = append(fs, f)
		notes = true
	}
	if notes {
		fs.Sort()
	}
	var install installation
	if !opts.NoServerInstalls {
		install = a.plannedServers()
	}
	after := a.augment(install.servers)
	if after != a {
		// The wizard's objects for the organization with the planned
		// servers; its findings are the original organization's, above.
		w = after.buildWizard(opts)
	}
	p := &planner{analysis: after, before: a, install: install, w: w, opts: opts,
		index: map[string]int{}, under: map[string][]int{}, upgradeTo: map[string]version.Build{}, trace: trace}
	p.prerequisites()
	p.certificates()
	p.namespaceSteps()
	p.wizardSteps()
	p.federationSteps()
	p.sharingSteps()
	p.domainSteps()
	p.mailFlowSteps()
	p.clientSteps()
	p.cutover()
	return p, fs
}

// planner accumulates steps in order. Its analysis is of the organization
// with the planned servers installed; before is of the organization as it
// is.
type planner struct {
	*analysis
	before  *analysis
	install installation
	w       *wizard
	opts    Options
	steps   []Step
	index   map[string]int   // step ID to index
	under   map[string][]int // "prefix/" to the indices of the steps whose ID starts with it
	// upgradeTo is the build each server's update step installs, by the
	// server's name, for the comparison with a current state.
	upgradeTo map[string]version.Build
	trace     func(dep string, resolved bool)
}

// optionalMark starts a dependency that may name no step: see optional.
const optionalMark = "?"

// optional marks a dependency on a step that exists only in some plans
// (an update, an installation, a step of one hybrid type). Every other
// dependency that names one step names a step the plan must already
// have; a test checks that each does in some plan, so that a misspelt
// step ID is caught.
func optional(id string) string { return optionalMark + id }

// add appends s after the steps named in deps: IDs, optional IDs, or
// prefixes ending in "/" for every step whose ID starts with it (none,
// when no such step exists). Changes without a value are dropped, and an
// ID already taken (two servers with one name) gets a "#<step number>"
// suffix.
func (p *planner) add(s Step, deps ...string) {
	// A setting without a value (no Edge servers, say) is not a change.
	s.Changes = slices.DeleteFunc(s.Changes, func(c Change) bool { return c.Value == "" })
	for _, d := range deps {
		id, opt := strings.CutPrefix(d, optionalMark)
		found := p.lookup(id)
		if p.trace != nil && !opt && !strings.HasSuffix(id, "/") {
			p.trace(id, len(found) > 0)
		}
		s.DependsOn = append(s.DependsOn, found...)
	}
	slices.Sort(s.DependsOn)
	s.DependsOn = slices.Compact(s.DependsOn)
	i := len(p.steps)
	for _, taken := p.index[s.ID]; taken; _, taken = p.index[s.ID] {
		s.ID += "#" + strconv.Itoa(i+1)
	}
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

// frontEndNames names the hybrid servers that answer HTTPS after the plan:
// Client Access servers up to 2013, Mailbox servers from 2016 (frontEnd).
func (p *planner) frontEndNames() []string {
	var names []string
	for _, i := range p.hybrid {
		if s := p.org.Servers[i]; frontEnd(s) {
			names = append(names, s.Label())
		}
	}
	return names
}
