package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/exhybrid/exhybrid/version"
)

// The output formats. Each command accepts a subset; powershell is for plan
// only.
const (
	formatText       = "text"
	formatMarkdown   = "markdown"
	formatJSON       = "json"
	formatPowerShell = "powershell"
)

// formatFlag is the value of --format: one of the allowed formats, given
// without regard to case.
type formatFlag struct {
	value   string
	allowed []string
}

func (f *formatFlag) String() string { return f.value }

func (f *formatFlag) Set(s string) error {
	for _, a := range f.allowed {
		if strings.EqualFold(s, a) {
			f.value = a
			return nil
		}
	}
	if strings.EqualFold(s, formatPowerShell) {
		return fmt.Errorf("powershell is a format of plan only; want %s", strings.Join(f.allowed, ", "))
	}
	return fmt.Errorf("unknown format %q, want %s", s, strings.Join(f.allowed, ", "))
}

// dateFlag is the value of --date, a YYYY-MM-DD day.
type dateFlag struct {
	date version.Date
	set  bool
}

func (d *dateFlag) String() string { return d.date.String() }

func (d *dateFlag) Set(s string) error {
	v, err := version.ParseDate(s)
	if err != nil {
		return err
	}
	d.date, d.set = v, true
	return nil
}

// options holds the values of every flag; each command registers the flags
// it has.
type options struct {
	format formatFlag
	date   dateFlag
	id     string
}

// flagArg returns the placeholder of a flag's value in the help.
func (c *command) flagArg(name string) string {
	switch name {
	case "format":
		return strings.Join(c.formats, "|")
	case "date":
		return "YYYY-MM-DD"
	case "id":
		return "GUID"
	}
	return "value"
}

// flagSet returns the flag set of c, writing into o.
func (c *command) flagSet(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("exhybrid "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors and help are printed by parseArgs
	if len(c.formats) > 0 {
		o.format = formatFlag{value: c.formats[0], allowed: c.formats}
		fs.Var(&o.format, "format", "the output format")
	}
	if c.date {
		fs.Var(&o.date, "date", "judge on this day instead of today")
	}
	if c.id {
		fs.StringVar(&o.id, "id", "", "the GUID the Hybrid Configuration Wizard puts in object names")
	}
	return fs
}

// parseArgs parses the flags of c among args, which may come before, after
// or between the positional arguments, and returns the positional ones.
// The standard flag package stops at the first positional argument, so the
// rest is parsed again after taking it off. "--" ends the flags; "-" is a
// positional argument (standard input). A flag value of "--" (--id --) is
// also taken to end the flags; no flag has "--" as a valid value.
//
// ok is false when the command must stop with status: 0 after -h, 2 after a
// bad flag or a wrong number of arguments (the message is already printed).
func (e *env) parseArgs(c *command, o *options, args []string) (pos []string, status int, ok bool) {
	fs := c.flagSet(o)
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			c.writeHelp(e.stdout)
			return nil, exitOK, false
		}
		if err != nil {
			e.usageErrorf(c, "%v", err)
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	switch {
	case len(pos) < c.minArgs:
		e.usageErrorf(c, "missing %s", c.args)
		return nil, exitUsage, false
	case c.maxArgs >= 0 && len(pos) > c.maxArgs:
		e.usageErrorf(c, "too many arguments: %s", strings.Join(pos[c.maxArgs:], " "))
		return nil, exitUsage, false
	}
	return pos, exitOK, true
}

// today returns the --date, or the civil date of the clock when none was
// given: the only place the command reads the clock.
func (e *env) today(o *options) version.Date {
	if o.date.set {
		return o.date.date
	}
	return version.DateOf(e.now())
}

// errorf prints "exhybrid: message" on standard error.
func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "exhybrid: "+format+"\n", args...)
}

// usageErrorf prints a usage error of c and where to find its help.
func (e *env) usageErrorf(c *command, format string, args ...any) {
	fmt.Fprintf(e.stderr, "exhybrid %s: %s\nusage: %s\nRun \"exhybrid help %s\" for details.\n",
		c.name, fmt.Sprintf(format, args...), c.synopsis(), c.name)
}
