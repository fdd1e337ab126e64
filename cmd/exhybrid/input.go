package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/internal/strictjson"
	"github.com/exhybrid/exhybrid/internal/textsafe"
)

// exampleJSON is the organization check and plan use when no file is
// given: an Exchange 2007 organization with two Exchange 2013 hybrid
// servers.
//
//go:embed example.json
var exampleJSON []byte

// exampleName is the name of the embedded example in messages and in the
// json output.
const exampleName = "<built-in example>"

// exampleNotice tells that the organization is not the user's. It goes to
// standard error, so that a plan redirected to a file stays the plan.
const exampleNotice = "exhybrid: using the built-in example organization (Exchange 2007 with two Exchange 2013 hybrid servers); pass a file to check your own\n"

// stdinName is the name of standard input in messages.
const stdinName = "<stdin>"

// maxInput bounds what is read: an organization file is a few kilobytes,
// so anything near this is not one.
const maxInput = 16 << 20

// loadOrganization reads and decodes the organization named by args: the
// built-in example chosen by --example when args is empty (example.go),
// standard input for "-", else the file. It returns the input's name for
// messages. On failure it prints every problem and returns false.
func (e *env) loadOrganization(o *options, args []string) (org hybrid.Organization, name string, ok bool) {
	if len(args) == 0 {
		return e.loadExample(o)
	}
	if o.example != nil {
		e.usageErrorf(e.cmd, "--example %s and the file %s: give one or the other", o.example.name, args[0])
		return org, args[0], false
	}
	data, name, ok := e.read(args[0])
	if !ok {
		return org, name, false
	}
	return org, name, e.decode(name, data, &org)
}

// loadOptions reads and decodes the --options file, as strictly as an
// organization.
func (e *env) loadOptions(file string) (opts hybrid.Options, ok bool) {
	data, name, ok := e.read(file)
	if !ok {
		return opts, false
	}
	return opts, e.decode(name, data, &opts)
}

// decode converts data to UTF-8 and decodes it into target, printing every
// problem.
func (e *env) decode(name string, data []byte, target any) bool {
	data, err := strictjson.ToUTF8(data)
	if err != nil {
		err.Name = name
		e.printInputErrors([]*strictjson.Error{err})
		return false
	}
	if errs := decodeStrict(name, data, target); len(errs) > 0 {
		e.printInputErrors(errs)
		return false
	}
	return true
}

func (e *env) printInputErrors(errs []*strictjson.Error) {
	for _, err := range errs {
		io.WriteString(e.stderr, textsafe.NoControl(err.Error())+"\n")
	}
}

// read reads the file, or standard input for "-", and returns its name for
// messages; it prints the problem when it cannot.
func (e *env) read(file string) (data []byte, name string, ok bool) {
	if file == "-" {
		data, err := readAll(e.stdin)
		if err != nil {
			e.errorf("%s: %v", stdinName, err)
			return nil, stdinName, false
		}
		return data, stdinName, true
	}
	f, err := os.Open(file)
	if err != nil {
		e.errorf("%s: %s", file, describeFileError(err))
		return nil, file, false
	}
	defer f.Close()
	data, err = readAll(f)
	if err != nil {
		e.errorf("%s: %s", file, describeFileError(err))
		return nil, file, false
	}
	return data, file, true
}

// describeFileError says why a file could not be read in words that do not
// depend on the operating system, so messages (and golden files) are the
// same everywhere.
func describeFileError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error() // the path is already in the message
	}
	return err.Error()
}

var errTooLarge = fmt.Errorf("input larger than %d MiB; an organization file is a few kilobytes", maxInput>>20)

func readAll(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxInput {
		return nil, errTooLarge
	}
	return data, nil
}
