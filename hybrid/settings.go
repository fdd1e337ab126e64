package hybrid

import "strings"

// setting is one parameter a step sets on an object, in the forms the
// plan needs: the value of the step's Change, the PowerShell argument of
// the command that creates the object, and the argument that unsets it in
// a command that changes only what differs. One list of settings per kind
// of object builds the step's Changes, its New- command, the comparison
// with the object that exists and the Set- command of an Update, so that
// the four cannot drift apart.
type setting struct {
	name string
	// text is the value as the step's Change shows it; "" when not set.
	text string
	// arg is the PowerShell argument, quoted by psQuote where it holds
	// data; "" leaves the parameter out of a New- command.
	arg string
	// clear is the argument that unsets the parameter: "$null", or
	// "$false" for a switch-like boolean.
	clear string
	// hidden settings are compared and set but not listed among the
	// step's Changes.
	hidden bool
	// unknown marks a wanted setting whose value the plan does not have
	// (no certificate, host or Edge server given): it is not compared, so
	// that an Update never clears what the organization file leaves out.
	// The constructors set it for an empty value; wanted clears it where
	// the empty value is the plan's own choice.
	unknown bool
}

// wanted returns s with its empty value as the wanted one: the plan's
// choice, not a value it lacks, so that an Update clears the parameter
// where it is set.
func (s setting) wanted() setting {
	s.unknown = false
	return s
}

// strSetting is a string parameter, left out when empty (and then
// unknown).
func strSetting(name, v string) setting {
	s := setting{name: name, text: v, clear: "$null", unknown: v == ""}
	if v != "" {
		s.arg = ps(v)
	}
	return s
}

// listSetting is a multi-valued parameter, left out when empty (and then
// unknown); its text joins the values with ", ".
func listSetting(name string, v []string) setting {
	s := setting{name: name, text: strings.Join(v, ", "), clear: "$null", unknown: len(v) == 0}
	if len(v) > 0 {
		s.arg = psList(v)
	}
	return s
}

// boolSetting is a boolean parameter, always given.
func boolSetting(name string, v bool) setting {
	return setting{name: name, text: psBool(v), arg: psBool(v), clear: psBool(v)}
}

// flagSetting is a boolean parameter given only when true, as
// cmdline.flag writes it; false is the cmdlet's default.
func flagSetting(name string, v bool) setting {
	s := setting{name: name, text: psBool(v), clear: "$false"}
	if v {
		s.arg = "$true"
	}
	return s
}

// nameSetting is a parameter whose value is the renderer's own text (an
// enum's name), left out when empty (and then unknown).
func nameSetting(name, v string) setting {
	return setting{name: name, text: v, arg: v, clear: "$null", unknown: v == ""}
}

// settings appends "-name arg" for every setting with an argument, in
// order: the parameters of a New- command.
func (c *cmdline) settings(ss []setting) *cmdline {
	for _, s := range ss {
		c.param(s.name, s.arg)
	}
	return c
}

// changed appends the settings named in differ, each with its argument
// or, when it has none, the argument that unsets it: the parameters of a
// Set- command that changes only what differs.
func (c *cmdline) changed(ss []setting, differ []string) *cmdline {
	for _, s := range ss {
		if !contains(differ, s.name) {
			continue
		}
		if s.arg != "" {
			c.param(s.name, s.arg)
		} else {
			c.param(s.name, s.clear)
		}
	}
	return c
}

// changesOf returns the Changes of a step that sets ss.
func changesOf(ss []setting) []Change {
	out := make([]Change, 0, len(ss))
	for _, s := range ss {
		if !s.hidden {
			out = append(out, Change{s.name, s.text})
		}
	}
	return out
}

// changesIn returns the Changes of a step that lists the settings named
// in order, those of ss it has.
func changesIn(ss []setting, order []string) []Change {
	out := make([]Change, 0, len(order))
	for _, name := range order {
		for _, s := range ss {
			if s.name == name {
				out = append(out, Change{s.name, s.text})
			}
		}
	}
	return out
}

// compareSettings returns the comparisons of an object's current settings
// with the wanted ones, both lists built by the same function so that
// their settings line up, marking those named in differ. A wanted setting
// the plan has no value for (unknown) is left out: the organization file
// does not give it, so it neither differs nor matches. One whose wanted
// value is empty by the plan's choice (no smart host with DNS routing) is
// kept, and when it differs the Update clears it (cmdline.changed).
func compareSettings(current, want []setting, differ []string) []Comparison {
	out := make([]Comparison, 0, len(want))
	for i, w := range want {
		if !w.unknown {
			out = append(out, Comparison{Setting: w.name, Current: current[i].text, Desired: w.text, Differs: contains(differ, w.name)})
		}
	}
	return out
}

// differing returns the comparisons' settings that differ: the
// parameters of an Update's Set- command.
func differing(cmp []Comparison) []string {
	var out []string
	for _, c := range cmp {
		if c.Differs {
			out = append(out, c.Setting)
		}
	}
	return out
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
