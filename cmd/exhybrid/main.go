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
//	check [file]           validate an organization file and print the findings
//	audit file|folder...   audit an existing hybrid organization and print the findings by area
//	plan [file]            print the deployment plan for an organization file
//	import file|folder...  read Exchange's exports (Export-Clixml) into an organization file
//	catalog [product]      list the known Exchange builds, of all products or one
//	build <build>...       name a build: product, release, support, update status
//	codes [package]        list the finding codes: severity, meaning and source of each rule
//	schema                 print the JSON Schema of the organization file
//	clixml [file...]       convert CLIXML (Export-Clixml) to JSON
//	collect-script         print the read-only PowerShell script that exports an organization
//	help [command]         print the help of exhybrid or of a command
//
// An organization file is the JSON encoding of [hybrid.Organization]; with no
// file, check and plan use a built-in example (an Exchange 2007 organization
// with two Exchange 2013 hybrid servers), so that
//
//	go run ./cmd/exhybrid plan
//
// works on a fresh clone. With --example modern they use an Exchange Server
// SE organization with two servers in classic full hybrid instead:
//
//	go run ./cmd/exhybrid plan --example modern
//
// They say so on standard error, and name the example "<built-in example>"
// (or "<built-in modern example>") in messages and in the "input" member of
// their json output. A file named "-" is read from standard input. Flags
// may come before or after the file; each may be given once.
//
// plan --current compares the plan with the state Exchange's exports show
// (hybrid.Options.Current), and without a file plans what a run of the
// Hybrid Configuration Wizard would change in it (hybrid.Rerun).
//
// The day is --date, or else today in the local time zone. plan also reads
// the options of [hybrid.Plan] from a JSON file given with --options; --date
// and --id, when given, take precedence over the file's "date" and "id".
//
// The file is read strictly: a field the organization does not have, a field
// given twice, a value of the wrong JSON type, a value its type cannot parse
// (a build such as "15.0.x", an unknown role), bytes that are not UTF-8 and
// data after the JSON value are errors, each reported with its line, column
// and field path, up to 20 and a "too many errors" line:
//
//	org.json:14:17: servers[2].build: invalid build "15.0.x": want four numbers separated by dots, such as 15.2.1544.4
//
// Columns count bytes from 1, as the Go tools do. A UTF-8 byte order mark is
// skipped (columns start after it), and UTF-16 files with a byte order mark
// (what Windows PowerShell 5.1 writes with ">") are read as well: their
// lines are counted as usual, but their columns count the bytes of the line
// converted to UTF-8, so a character outside ASCII before the problem
// counts two or three, not one as in an editor.
//
// The exit status is 0 when there is no error finding, 1 when check, audit
// or plan reports an error finding, and 2 for bad usage, an input that
// cannot be read or decoded, or output that cannot be written. plan
// --detailed-exitcode says more, as terraform plan -detailed-exitcode does,
// keeping 1 and 2: 0 when no step would change anything, 3 when an
// observed step would, and 4 when no observed step would but some steps
// could not be observed in the exports (--current).
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
	exitFindings = 1 // check, audit or plan found an error
	exitUsage    = 2 // bad usage, an input that cannot be read or decoded, or a write error

	// The statuses of plan --detailed-exitcode besides 0, 1 and 2.
	exitChanges     = 3 // a step would change something (an observed one, with --current)
	exitNotObserved = 4 // no observed step would change anything, but some steps were not observed
)

// env is what a command may touch: its standard streams and the clock. The
// clock is read at most once per run, by [env.today], and only when no
// --date is given.
type env struct {
	cmd            *command // the command being run
	stdin          io.Reader
	stdout, stderr io.Writer // *errWriter, checked by run
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
	options          bool     // has --options
	example          bool     // has --example
	current          bool     // has --current and --detailed-exitcode
	minArgs, maxArgs int      // the number of positional arguments; maxArgs -1 for no limit

	run func(e *env, o *options, args []string) int
}

// commands lists the subcommands in the order the usage text shows them. It
// is filled in by init to break the initialization cycle through help.
var commands []*command

func init() {
	commands = []*command{checkCommand, auditCommand, planCommand, importCommand, catalogCommand, buildCommand, codesCommand, schemaCommand, clixmlCommand, collectScriptCommand, helpCommand}
}

// lookup returns the command called name, or reports an unknown command
// and returns nil.
func (e *env) lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	e.errorf("unknown command %q; run \"exhybrid help\" for the list", name)
	return nil
}

// run runs exhybrid with the arguments after the program name and returns
// the exit status. It is main without the process: tests call it directly.
// A failed write to either stream makes the status 2, with a message on
// standard error when that one still works.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, now func() time.Time) int {
	out, errOut := &errWriter{w: stdout}, &errWriter{w: stderr}
	e := &env{stdin: stdin, stdout: out, stderr: errOut, now: now}
	status := e.run(args)
	if out.err != nil {
		e.errorf("cannot write the output: %v", out.err)
		return exitUsage
	}
	if errOut.err != nil {
		return exitUsage
	}
	return status
}

func (e *env) run(args []string) int {
	if len(args) == 0 {
		writeUsage(e.stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		writeUsage(e.stdout)
		return exitOK
	}
	c := e.lookup(args[0])
	if c == nil {
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
