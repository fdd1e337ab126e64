package hybrid

import (
	"strings"

	"github.com/exhybrid/exhybrid/internal/textsafe"
)

// ps quotes s as a PowerShell single-quoted string with [psQuote].
func ps(s string) string { return psQuote(s) }

// psList quotes each element into a PowerShell array argument, @('a','b').
func psList(list []string) string { return psArray(list) }

// psBool renders a PowerShell boolean.
func psBool(b bool) string {
	if b {
		return "$true"
	}
	return "$false"
}

// cmdline builds a cmdlet call from a name and parameter pairs, skipping
// parameters whose value is empty. Values from the organization go through
// str, list, arg(ps(...)) or table, which quote them; param takes text of
// the renderer's own (an enum's name, $true, a <placeholder>) and nothing
// else.
type cmdline struct {
	b strings.Builder
}

func cmd(name string) *cmdline {
	c := &cmdline{}
	c.b.WriteString(name)
	return c
}

// arg appends a positional argument (already quoted).
func (c *cmdline) arg(v string) *cmdline {
	c.b.WriteString(" " + v)
	return c
}

// param appends "-name value" when value is not empty; value is the
// renderer's own text, never data.
func (c *cmdline) param(name, value string) *cmdline {
	if value != "" {
		c.b.WriteString(" -" + name + " " + value)
	}
	return c
}

// str appends "-name 'value'" when value is not empty.
func (c *cmdline) str(name, value string) *cmdline {
	if value == "" {
		return c
	}
	return c.param(name, ps(value))
}

// list appends "-name @('a','b')" when the list is not empty.
func (c *cmdline) list(name string, values []string) *cmdline {
	if len(values) == 0 {
		return c
	}
	return c.param(name, psList(values))
}

// table appends "-name @{'k'='v'}": a hashtable of quoted keys and values,
// such as the @{Add=...} of a multivalued property.
func (c *cmdline) table(name string, pairs ...[2]string) *cmdline {
	return c.param(name, psHashtable(pairs...))
}

// flag appends "-name $true" when on; false is the cmdlets' default and is
// left out, which also keeps 2013-only switches off older shells.
func (c *cmdline) flag(name string, on bool) *cmdline {
	if on {
		c.param(name, "$true")
	}
	return c
}

// boolean appends "-name $true" or "-name $false".
func (c *cmdline) boolean(name string, v bool) *cmdline { return c.param(name, psBool(v)) }

// toggle appends a switch parameter, "-name".
func (c *cmdline) toggle(name string) *cmdline {
	c.b.WriteString(" -" + name)
	return c
}

// pipe appends "| next": the output of this command goes to next.
func (c *cmdline) pipe(next *cmdline) *cmdline {
	c.b.WriteString(" | " + next.String())
	return c
}

func (c *cmdline) String() string { return c.b.String() }

// comment renders text as PowerShell comment lines, one per line of text,
// with the organization's text made safe by textsafe.Comment.
func comment(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = "# " + textsafe.Comment(l)
	}
	return strings.Join(lines, "\n")
}

// onServer renders a command to run on one server: a comment line that
// names it, then the command.
func onServer(server string, c *cmdline) string {
	return comment("On "+server+":") + "\n" + c.String()
}

// noted renders a command after comment lines that explain it.
func noted(note string, c *cmdline) string {
	if note == "" {
		return c.String()
	}
	return comment(note) + "\n" + c.String()
}

// assign renders "$variable = command": the command's output kept for the
// next command. variable is the renderer's own name.
func assign(variable string, c *cmdline) string { return "$" + variable + " = " + c.String() }

// dnsRecord renders an entry for the public DNS zone, "name  TYPE  data";
// the PowerShell rendering shows it as a comment.
func dnsRecord(name, record string) string { return name + "  " + record }

// edgeSubscriptionFile is where the plan's New-EdgeSubscription commands
// write and read the Edge Subscription file.
const edgeSubscriptionFile = `C:\EdgeSubscription.xml`
