// Command exhybrid runs the exhybrid library on an organization file: it
// checks an on-premises Exchange organization against the hybrid
// prerequisites, prints the deployment plan for the hybrid it wants, lists
// the known Exchange builds and names a build. It is for administrators who
// do not write Go; everything it knows comes from the library, and it is the
// only code in the module that reads files or the clock.
//
// Usage:
//
//	exhybrid <command> [flags] [arguments]
//
// The commands are:
//
//	check   [file]      validate an organization file and print the findings
//	plan    [file]      print the deployment plan for an organization file
//	catalog [product]   list the known Exchange builds, of all products or one
//	build   <build>...  name a build: product, release, support, update status
//	schema              print the JSON Schema of the organization file
//	help    [command]   print the help of exhybrid or of a command
//
// An organization file is the JSON encoding of [hybrid.Organization]; with no
// file, check and plan use a built-in example (an Exchange 2007 organization
// with two Exchange 2013 hybrid servers), so that
//
//	go run ./cmd/exhybrid plan
//
// works on a fresh clone. A file named "-" is read from standard input.
// Flags may come before or after the file.
//
// The file is read strictly: a field the organization does not have, a field
// given twice, a value of the wrong JSON type, a value its type cannot parse
// (a build such as "15.0.x", an unknown role) and data after the JSON value
// are errors, each reported with its line, column and field path:
//
//	org.json:14:17: servers[2].build: version.ParseBuild("15.0.x"): invalid syntax
//
// Columns count bytes from 1, as the Go tools do. A UTF-8 byte order mark is
// skipped and UTF-16 files with a byte order mark (what Windows PowerShell 5.1
// writes with ">") are read as well.
//
// The exit status is 0 when there is no error finding, 1 when check or plan
// reports an error finding, and 2 for bad usage or an input that cannot be
// read or decoded.
package main

import (
	"io"
	"os"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, time.Now))
}

// The exit statuses.
const (
	exitOK       = 0 // no error finding
	exitFindings = 1 // check or plan found an error
	exitUsage    = 2 // bad usage, or an input that cannot be read or decoded
)

// env is what a command may touch: its standard streams and the clock. The
// clock is read at most once per run, by [env.today], and only when no
// --date is given.
type env struct {
	cmd            *command // the command being run
	stdin          io.Reader
	stdout, stderr io.Writer
	now            func() time.Time
}

// command is one subcommand, declared as data: its flags, its arguments and
// the function that runs it once they are parsed.
type command struct {
	name    string
	args    string // the argument synopsis, after the flags: "[file]"
	summary string // one line for the command list
	help    string // the paragraphs after the synopsis in "exhybrid help <name>"

	formats          []string // the accepted --format values, the default first; none: no --format
	date             bool     // has --date
	id               bool     // has --id
	minArgs, maxArgs int      // the number of positional arguments; maxArgs -1 for no limit

	run func(e *env, o *options, args []string) int
}

// commands lists the subcommands in the order the usage text shows them. It
// is filled in by init to break the initialization cycle through help.
var commands []*command

func init() {
	commands = []*command{checkCommand, planCommand, catalogCommand, buildCommand, schemaCommand, helpCommand}
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// run runs exhybrid with the arguments after the program name and returns
// the exit status. It is main without the process: tests call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, now func() time.Time) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, now: now}
	if len(args) == 0 {
		writeUsage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		writeUsage(stdout)
		return exitOK
	}
	c := lookup(args[0])
	if c == nil {
		e.errorf("unknown command %q; run \"exhybrid help\" for the list", args[0])
		return exitUsage
	}
	e.cmd = c
	var o options
	pos, status, ok := e.parseArgs(c, &o, args[1:])
	if !ok {
		return status
	}
	return c.run(e, &o, pos)
}
