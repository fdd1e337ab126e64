package hybrid

import (
	"strconv"
	"strings"
)

// Tally counts the steps of a plan by what they would do. In a plan with
// a current state the actions count the observed steps only, and
// NotObserved the others, whatever their action: what was not seen is
// neither a known change nor known to be unchanged.
type Tally struct {
	Create      int `json:"create"`      // steps that make an object (+)
	Update      int `json:"update"`      // steps that change an object's settings (~)
	Replace     int `json:"replace"`     // steps that remove an object and make it again (-/+)
	Remove      int `json:"remove"`      // steps that remove an object (-)
	Unchanged   int `json:"unchanged"`   // observed steps with nothing to do (=)
	NotObserved int `json:"notObserved"` // steps the exports cannot show (?)
}

// Tally counts p's steps.
func (p DeploymentPlan) Tally() Tally {
	var t Tally
	for _, s := range p.Steps {
		if s.Observation == ObservationNotObserved {
			t.NotObserved++
			continue
		}
		switch s.Action {
		case ActionCreate:
			t.Create++
		case ActionUpdate:
			t.Update++
		case ActionReplace:
			t.Replace++
		case ActionRemove:
			t.Remove++
		case ActionUnchanged:
			t.Unchanged++
		}
	}
	return t
}

// Changes reports whether a step is known to change something: an
// observed (or, without a current state, any) Create, Update, Replace or
// Remove.
func (t Tally) Changes() bool { return t.Create+t.Update+t.Replace+t.Remove > 0 }

// String returns the counts that are not zero, as "3 to create, 2 to
// update, 14 unchanged, 5 not observed", or "no steps".
func (t Tally) String() string {
	var parts []string
	for _, c := range []struct {
		n    int
		what string
	}{{t.Create, "to create"}, {t.Update, "to update"}, {t.Replace, "to replace"}, {t.Remove, "to remove"},
		{t.Unchanged, "unchanged"}, {t.NotObserved, "not observed"}} {
		if c.n > 0 {
			parts = append(parts, strconv.Itoa(c.n)+" "+c.what)
		}
	}
	if len(parts) == 0 {
		return "no steps"
	}
	return strings.Join(parts, ", ")
}

// diffMarker is the sign a plan with a current state shows before a step, as
// Terraform's plan does: + create, ~ update, -/+ replace, - remove,
// = unchanged, and ? for a step whose objects were not observed.
func diffMarker(s Step) string {
	if s.Observation == ObservationNotObserved {
		return "?"
	}
	switch s.Action {
	case ActionCreate:
		return "+"
	case ActionUpdate:
		return "~"
	case ActionReplace:
		return "-/+"
	case ActionRemove:
		return "-"
	case ActionUnchanged:
		return "="
	}
	return "?"
}

// diffLines returns the lines a plan with a current state shows for a
// step's settings: "~ Setting: current → desired" for each setting of an
// observed Update that differs, and "+ Setting: value" (created),
// "~ Setting: value" (updated, its current value unknown) for the others.
func diffLines(s Step) []string {
	var out []string
	if s.Observation == ObservationObserved && len(s.Current) > 0 {
		for _, c := range s.Current {
			if c.Differs {
				out = append(out, "~ "+c.Setting+": "+shown(c.Current)+" → "+shown(c.Desired))
			}
		}
		return out
	}
	sign := "~ "
	if s.Action == ActionCreate {
		sign = "+ "
	}
	for _, c := range s.Changes {
		out = append(out, sign+c.Setting+": "+c.Value)
	}
	return out
}

// shown is a setting's value in a diff line, "(none)" when not set.
func shown(v string) string {
	if v == "" {
		return "(none)"
	}
	return v
}
