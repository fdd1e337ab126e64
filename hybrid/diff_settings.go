package hybrid

import (
	"strings"

	"github.com/exhybrid/exhybrid/inventory"
)

// The observers of the steps that set a server's virtual directories and
// the setting overrides.

// The virtual directories Setup creates, whose settings the plan's steps
// change (namespaceSteps, clientSteps).
const (
	owaDirectory = "owa (Default Web Site)"
	ewsDirectory = "EWS (Default Web Site)"
)

// observeNamespaces compares the external URLs a server's namespace step
// sets with its OWA and EWS virtual directories'. URLs are compared
// without regard to case, as IIS and DNS read them. A step that also sets
// the ActiveSync or Outlook Anywhere directories, which the inventory
// does not read, is not observed: what was not seen is not Unchanged.
func observeNamespaces(p *planner, c *current, s *Step, server string) {
	owa, ews := c.owa[directoryKey(server, owaDirectory)], c.ews[directoryKey(server, ewsDirectory)]
	var cmp []Comparison
	var update []Command
	for i, ch := range s.Changes {
		var have *string
		switch {
		case ch.Setting == "OWA ExternalUrl" && owa != nil:
			have = &owa.ExternalURL
		case ch.Setting == "EWS ExternalUrl" && ews != nil:
			have = &ews.ExternalURL
		default:
			return
		}
		differs := !strings.EqualFold(strings.TrimSuffix(*have, "/"), strings.TrimSuffix(ch.Value, "/"))
		cmp = append(cmp, Comparison{Setting: ch.Setting, Current: *have, Desired: ch.Value, Differs: differs})
		if differs && i < len(s.Commands) {
			update = append(update, s.Commands[i]) // namespaceSteps gives each change its command
		}
	}
	s.settle(cmp, update)
}

// observeMRSProxy compares MRSProxyEnabled on the server's EWS virtual
// directory.
func observeMRSProxy(p *planner, c *current, s *Step, server string) {
	ews := c.ews[directoryKey(server, ewsDirectory)]
	if ews == nil {
		return
	}
	s.settle([]Comparison{{Setting: "MRSProxyEnabled", Current: psBool(ews.MRSProxyEnabled), Desired: psBool(true), Differs: !ews.MRSProxyEnabled}}, s.Commands)
}

// observeSettingOverride looks for a setting override of the component
// and section the step creates, whatever its name: enabled, nothing is
// left to do; disabled, the step stands as an Update, since Exchange
// reads one override per component and section; missing where others
// were exported, the step creates it.
func observeSettingOverride(p *planner, c *current, s *Step, _ string) {
	var component, section string
	for _, ch := range s.Changes {
		switch ch.Setting {
		case "Component":
			component = ch.Value
		case "Section":
			section = ch.Value
		}
	}
	if len(c.inv.SettingOverrides) == 0 || component == "" || section == "" {
		return
	}
	for _, o := range c.inv.SettingOverrides {
		if !o.Is(component, section) {
			continue
		}
		enabled, known := o.Enabled()
		if !known {
			return
		}
		s.settle([]Comparison{{Setting: "Parameters", Current: overrideParameters(o), Desired: "Enabled=true", Differs: !enabled}}, s.Commands)
		return
	}
	s.missing()
}

// overrideParameters writes an override's parameters as the step's
// Changes do.
func overrideParameters(o inventory.SettingOverride) string {
	parts := make([]string, len(o.Parameters))
	for i, p := range o.Parameters {
		parts[i] = p.String()
	}
	return strings.Join(parts, ", ")
}
