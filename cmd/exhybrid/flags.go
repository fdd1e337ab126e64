package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid/internal/guid"
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

// options holds the values of every flag; each command registers the flags
// it has.
type options struct {
	format       string       // one of the command's formats
	date         version.Date // --date, valid when dateSet
	dateSet      bool
	id           string          // --id, a GUID, or ""
	options      string          // --options, a file name, or ""
	example      *builtinExample // --example, or nil
	current      []string        // every --current, in order
	detailedExit bool            // --detailed-exitcode

	// flagErr is the first error of a flag value, with the flag's name.
	// flag.FlagSet rewords a Set error as `invalid value "x" for flag -date:
	// ...`, with one dash and without %w; parseArgs prints this instead.
	flagErr error
}

// flagValue is a flag.Value that parses its text with parse. It refuses
// "--", which is the end of the flags and never a value ("--id --" forgot
// the GUID), and, unless many is set, a second use of the flag: "--date A
// ... --date B" is a mistake in a command line or a script, and exhybrid
// does not guess which one was meant. A flag with many set adds each value
// to a list in order (--current a --current b); a bool flag takes no value.
type flagValue struct {
	name   string
	text   string // the value given last, or the default
	set    bool
	many   bool // may be given more than once
	isBool bool // takes no value (flag.FlagSet passes "true")
	parse  func(string) error
	errp   *error // where Set records its error for parseArgs
}

func (v *flagValue) String() string   { return v.text }
func (v *flagValue) IsBoolFlag() bool { return v.isBool }

func (v *flagValue) Set(s string) error {
	var err error
	switch {
	case s == "--" && !v.isBool:
		err = errors.New(`missing value: "--" ends the flags and is not a value`)
	case v.set && v.isBool:
		err = errors.New("given twice; give it once")
	case v.set && !v.many:
		err = fmt.Errorf("given twice (%q, then %q); give it once", v.text, s)
	default:
		err = v.parse(s)
	}
	if err != nil {
		if *v.errp == nil {
			*v.errp = fmt.Errorf("--%s: %w", v.name, err)
		}
		return err
	}
	v.text, v.set = s, true
	return nil
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
	case "options":
		return "FILE"
	case "example":
		return "NAME"
	case "current":
		return "FILE|FOLDER"
	case "detailed-exitcode":
		return ""
	}
	return "value"
}

// parseFormat returns the format of c named s, without regard to case.
func (c *command) parseFormat(s string) (string, error) {
	for _, f := range c.formats {
		if strings.EqualFold(s, f) {
			return f, nil
		}
	}
	if strings.EqualFold(s, formatPowerShell) {
		return "", fmt.Errorf("powershell is a format of plan only; want %s", strings.Join(c.formats, ", "))
	}
	return "", fmt.Errorf("unknown format %q, want %s", s, strings.Join(c.formats, ", "))
}

// flagSet returns the flag set of c, writing into o.
func (c *command) flagSet(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("exhybrid "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors and help are printed by parseArgs
	add := func(name, def, usage string, parse func(string) error) {
		fs.Var(&flagValue{name: name, text: def, parse: parse, errp: &o.flagErr}, name, usage)
	}
	if len(c.formats) > 0 {
		o.format = c.formats[0]
		add("format", c.formats[0], "the output format", func(s string) (err error) {
			o.format, err = c.parseFormat(s)
			return err
		})
	}
	if c.date {
		add("date", "", "judge on this day instead of today in the local time zone", func(s string) error {
			d, err := version.ParseDate(s)
			if err != nil {
				return plain(s, err)
			}
			o.date, o.dateSet = d, true
			return nil
		})
	}
	if c.id {
		add("id", "", "the GUID the Hybrid Configuration Wizard puts in object names", func(s string) error {
			if !guid.Valid(s) {
				return fmt.Errorf("invalid GUID %q: want 32 hexadecimal digits in the form 5f3a0c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b", s)
			}
			o.id = s
			return nil
		})
	}
	if c.options {
		add("options", "", "read the plan options (hybrid.Options, JSON) from this file", func(s string) error {
			if s == "" {
				return errors.New("missing file name")
			}
			o.options = s
			return nil
		})
	}
	if c.current {
		addCurrentFlags(fs, o)
	}
	if c.example {
		add("example", "", "with no file, use this built-in example organization: "+exampleNames(), func(s string) error {
			x, err := findExample(s)
			o.example = x
			return err
		})
	}
	return fs
}

// addCurrentFlags adds plan's --current, which may be given more than once,
// and --detailed-exitcode, which takes no value.
func addCurrentFlags(fs *flag.FlagSet, o *options) {
	fs.Var(&flagValue{name: "current", many: true, errp: &o.flagErr, parse: func(s string) error {
		if s == "" {
			return errors.New("missing file or folder name")
		}
		o.current = append(o.current, s)
		return nil
	}}, "current",
		"compare the plan with the state these Export-Clixml files and folders show (may be given more than once); with no organization file, plan what a wizard run would change in it")
	fs.Var(&flagValue{name: "detailed-exitcode", isBool: true, errp: &o.flagErr, parse: func(s string) (err error) {
		o.detailedExit, err = strconv.ParseBool(s)
		if err != nil {
			return fmt.Errorf("takes no value, or true or false; got %q", s)
		}
		return nil
	}}, "detailed-exitcode",
		"exit 0 when nothing would change, 3 when something would, 4 when nothing observed would but some steps were not observed")
}

// parseArgs parses the flags of c among args, which may come before, after
// or between the positional arguments, and returns the positional ones.
// The standard flag package stops at the first positional argument, so the
// rest is parsed again after taking it off. "--" ends the flags; "-" is a
// positional argument (standard input). A flag given twice is an error,
// and so is "--" as a flag's value, so a "--" that the flag package took is
// always the end of the flags.
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
			if o.flagErr != nil {
				err = o.flagErr
			}
			e.usageErrorf(c, "%s", flagMessage(err))
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

// flagMessage rewords the errors of the flag package that are not a
// value's (those come from flagValue), with the two dashes the help shows.
// A message it does not recognize is kept.
func flagMessage(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return "unknown flag --" + strings.TrimPrefix(name, "-")
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return "--" + name + " needs a value"
	}
	return msg
}

// today returns the --date, or the civil date of the clock in its time
// zone (the local one for a real run) when none was given: the only place
// the command reads the clock.
func (e *env) today(o *options) version.Date {
	if o.dateSet {
		return o.date
	}
	return version.DateOf(e.now())
}
