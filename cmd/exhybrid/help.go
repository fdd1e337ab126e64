package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// usageIntro is the top of the usage text; the command list and the
// closing paragraphs are generated from [commands].
const usageIntro = `exhybrid checks and plans a Microsoft Exchange hybrid deployment described
by an organization file (JSON).

Usage:

	exhybrid <command> [flags] [arguments]

Commands:

`

const usageOutro = `
With no file, check and plan use a built-in example organization and say so
on standard error: Exchange 2007 with two Exchange 2013 hybrid servers, or
with --example modern an Exchange Server SE organization with two servers in
classic full hybrid. A file named "-" is standard input. Flags may come
before or after the file; each may be given once. The day is --date, or
today in the local time zone.

Exit status: 0 no error finding, 1 error findings (check, audit, plan), 2 bad usage,
an input that cannot be read or decoded, or output that cannot be written.

Run "exhybrid help <command>" for the flags of a command.
`

func writeUsage(w io.Writer) {
	var b strings.Builder
	b.WriteString(usageIntro)
	// Each name and its arguments fill one column, as wide as the longest
	// and at least 20, so that the summaries line up.
	width := 20
	for _, c := range commands {
		width = max(width, len(c.name)+1+len(c.args)+2)
	}
	for _, c := range commands {
		fmt.Fprintf(&b, "\t%-*s%s\n", width, strings.TrimSpace(c.name+" "+c.args), c.summary)
	}
	b.WriteString(usageOutro)
	io.WriteString(w, b.String())
}

// synopsis returns the one-line usage of c.
func (c *command) synopsis() string {
	var b strings.Builder
	b.WriteString("exhybrid ")
	b.WriteString(c.name)
	if len(c.formats) > 0 {
		b.WriteString(" [--format " + strings.Join(c.formats, "|") + "]")
	}
	if c.date {
		b.WriteString(" [--date YYYY-MM-DD]")
	}
	if c.id {
		b.WriteString(" [--id GUID]")
	}
	if c.options {
		b.WriteString(" [--options FILE]")
	}
	if c.example {
		b.WriteString(" [--example NAME]")
	}
	if c.current {
		b.WriteString(" [--current FILE|FOLDER]... [--detailed-exitcode]")
	}
	if c.args != "" {
		b.WriteString(" " + c.args)
	}
	return b.String()
}

// writeHelp prints the help of c: synopsis, description and flags.
func (c *command) writeHelp(w io.Writer) {
	var b strings.Builder
	b.WriteString("usage: " + c.synopsis() + "\n\n")
	b.WriteString(strings.TrimSpace(c.help) + "\n")
	first := true
	c.flagSet(new(options)).VisitAll(func(f *flag.Flag) {
		if first {
			b.WriteString("\nFlags:\n\n")
			first = false
		}
		if arg := c.flagArg(f.Name); arg != "" {
			fmt.Fprintf(&b, "  --%s %s\n    \t%s", f.Name, arg, f.Usage)
		} else {
			fmt.Fprintf(&b, "  --%s\n    \t%s", f.Name, f.Usage)
		}
		if f.DefValue != "" {
			fmt.Fprintf(&b, " (default %s)", f.DefValue)
		}
		b.WriteString("\n")
	})
	io.WriteString(w, b.String())
}

var helpCommand = &command{
	name:    "help",
	args:    "[command]",
	summary: "print this help, or the help of a command",
	help: `Help prints the usage of exhybrid, or the usage, description and flags of
one command.`,
	minArgs: 0, maxArgs: 1,
	run: func(e *env, _ *options, args []string) int {
		if len(args) == 0 {
			writeUsage(e.stdout)
			return exitOK
		}
		c := e.lookup(args[0])
		if c == nil {
			return exitUsage
		}
		c.writeHelp(e.stdout)
		return exitOK
	},
}
