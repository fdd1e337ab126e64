package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"

	"github.com/exhybrid/exhybrid/clixml"
	"github.com/exhybrid/exhybrid/internal/textsafe"
)

var clixmlCommand = &command{
	name:    "clixml",
	args:    "[file...]",
	summary: "convert CLIXML (Export-Clixml) to JSON",
	help: `Clixml reads CLIXML, the XML that PowerShell's Export-Clixml writes, and
prints it as JSON, so that an export can be read with jq and without
PowerShell. It reads any CLIXML, not only Exchange's, in UTF-8 (with or
without a byte order mark) or UTF-16 with a byte order mark. With no file,
or for a file named "-", it reads standard input.

It prints one JSON array with one element per top-level object, of every
file in the order given. S, URI, XD and SBK are strings, with the _xHHHH_
escapes decoded; C is a one-character string; B is a boolean; SB, By, I16,
U16, I32 and U32 are numbers, and so are I64 and U64 within 2^53 (strings
beyond); Sg and Db are numbers, but NaN, INF and -INF strings; D, DT, TS, G,
Version and BA are their text as written; Nil is null. An Obj is an object
with "@types" (its type names, most derived first), "@toString" when it has
one, "@value" when it wraps a primitive, a list (an array) or a dictionary
(an array of {"Key", "Value"}), then its Props and then its MS, a name in
both keeping the Props value. A Ref is the object it names, written again.
Exchange's SerializationData blobs are kept, as base64.

A file that is not CLIXML, or that has a Ref cycle, is an error with its
file:line:column; nothing is printed on standard output then.`,
	minArgs: 0, maxArgs: -1,
	run: func(e *env, _ *options, args []string) int {
		if len(args) == 0 {
			args = []string{"-"}
		}
		// The whole output is built before any of it is printed, so that a
		// bad file leaves nothing half-written on standard output.
		var out bytes.Buffer
		out.WriteByte('[')
		n := 0
		for _, file := range args {
			if !e.clixmlFile(file, &out, &n) {
				return exitUsage
			}
		}
		if n > 0 {
			out.WriteByte('\n')
		}
		out.WriteString("]\n")
		e.stdout.Write(out.Bytes())
		return exitOK
	},
}

// clixmlFile appends the JSON of every top-level value of file to out, as
// elements of an array indented by two spaces; n counts the values written
// so far. It prints the problem when there is one.
func (e *env) clixmlFile(file string, out *bytes.Buffer, n *int) bool {
	name, r := stdinName, e.stdin
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			e.errorf("%s: %s", file, describeFileError(err))
			return false
		}
		defer f.Close()
		name, r = file, f
	}
	d := clixml.NewDecoder(r)
	d.KeepSerializationData = true
	var compact []byte
	for {
		v, err := d.Next()
		if err == io.EOF {
			return true
		}
		if err == nil {
			if compact, err = v.AppendJSON(compact[:0]); err == nil {
				if *n > 0 {
					out.WriteByte(',')
				}
				out.WriteString("\n  ")
				err = json.Indent(out, compact, "  ", "  ")
				*n++
			}
		}
		if err != nil {
			var ce *clixml.Error
			if errors.As(err, &ce) {
				io.WriteString(e.stderr, textsafe.NoControl(name+":"+ce.Error())+"\n")
			} else {
				e.errorf("%s: %s", name, describeFileError(err))
			}
			return false
		}
	}
}
