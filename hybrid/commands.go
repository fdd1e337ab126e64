package hybrid

import (
	"strings"

	"github.com/exhybrid/exhybrid/internal/textsafe"
)

// ps quotes s as a PowerShell single-quoted string, doubling embedded
// quotes, so that commands show values as they would be passed. Control
// characters become spaces: no valid value has them (Validate reports
// such input), and a line break would split the command for a reader.
func ps(s string) string {
	return "'" + strings.ReplaceAll(textsafe.NoControl(s), "'", "''") + "'"
}

// psList quotes each element and joins them with commas: a PowerShell
// array argument.
func psList(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = ps(s)
	}
	return strings.Join(q, ",")
}

// psBool renders a PowerShell boolean.
func psBool(b bool) string {
	if b {
		return "$true"
	}
	return "$false"
}

// cmdline builds a cmdlet call from a name and parameter pairs, skipping
// parameters whose value is empty.
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

// param appends "-name value" when value is not empty.
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

// list appends "-name 'a','b'" when the list is not empty.
func (c *cmdline) list(name string, values []string) *cmdline {
	if len(values) == 0 {
		return c
	}
	return c.param(name, psList(values))
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

func (c *cmdline) String() string { return c.b.String() }
