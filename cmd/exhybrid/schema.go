package main

import _ "embed"

// schemaJSON is the JSON Schema of the organization file. It is a static
// file, generated from the Go types by the test TestSchemaFile ("go test
// -run TestSchemaFile -update" rewrites it), whose siblings check that it
// describes every field, matches the types and accepts the example, so
// that it cannot drift from what the decoder reads.
//
//go:embed schema.json
var schemaJSON []byte

var schemaCommand = &command{
	name:    "schema",
	summary: "print the JSON Schema of the organization file",
	help: `Schema prints the JSON Schema (draft 2020-12) of the organization file,
generated from the Go types of the library, for editors that complete and
check JSON against a schema. It describes what check and plan accept: the
fields of each object and no others, the type of each value, the canonical
names of the enumerations and the syntax of builds and dates.

No field is required, as the reader of check and plan requires none: a
missing field is left empty, and check reports the values the organization
needs as findings, with their rule and fix.

The enumerations (cloud, type, mx, accepted domain type) are listed by their
canonical names; check and plan also accept the other spellings the library
parses, case-insensitively ("full", "EOP"), which the schema does not list.`,
	maxArgs: 0,
	run: func(e *env, _ *options, _ []string) int {
		e.stdout.Write(schemaJSON)
		return exitOK
	},
}
