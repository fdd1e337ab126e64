package main

import (
	_ "embed"
	"fmt"
	"io"
	"strings"

	"github.com/exhybrid/exhybrid/hybrid"
)

// exampleModernJSON is the second built-in example, chosen with --example
// modern: an Exchange Server SE organization with two servers on the
// newest SE build the catalog knows, in classic full hybrid, which is what
// an administrator sets up today. It is hybrid/testdata/modern-se.json.
//
//go:embed example-modern.json
var exampleModernJSON []byte

// builtinExample is an organization check and plan use when no file is
// given.
type builtinExample struct {
	name   string // the --example value
	input  string // the input's name in messages and json output
	notice string // printed on standard error: the organization is not the user's
	data   []byte
}

// builtinExamples lists the examples, the default first. The default stays
// the source material's organization, which the hybrid package's scenario
// tests check in detail; the modern one is what most administrators run.
var builtinExamples = []builtinExample{
	{name: "2007", input: exampleName, notice: exampleNotice, data: exampleJSON},
	{name: "modern", input: "<built-in modern example>",
		notice: "exhybrid: using the built-in modern example organization (Exchange Server SE with two servers, classic full hybrid); pass a file to check your own\n",
		data:   exampleModernJSON},
}

// exampleNames returns the --example values, "2007, modern".
func exampleNames() string {
	names := make([]string, len(builtinExamples))
	for i, x := range builtinExamples {
		names[i] = x.name
	}
	return strings.Join(names, ", ")
}

// findExample returns the example named name, without regard to case, or
// nil and an error.
func findExample(name string) (*builtinExample, error) {
	for i := range builtinExamples {
		if strings.EqualFold(name, builtinExamples[i].name) {
			return &builtinExamples[i], nil
		}
	}
	return nil, fmt.Errorf("unknown example %q, want %s", name, exampleNames())
}

// loadExample decodes the built-in example chosen by --example, the
// default when none was given, after saying on standard error that it is
// an example.
func (e *env) loadExample(o *options) (org hybrid.Organization, name string, ok bool) {
	x := &builtinExamples[0]
	if o.example != nil {
		x = o.example
	}
	io.WriteString(e.stderr, x.notice)
	return org, x.input, e.decode(x.input, x.data, &org)
}
