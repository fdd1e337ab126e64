package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/exhybrid/exhybrid/hybrid"
)

// exampleJSON is the organization check and plan use when no file is
// given: an Exchange 2007 organization with two Exchange 2013 hybrid
// servers.
//
//go:embed example.json
var exampleJSON []byte

// exampleName is the name of the embedded example in messages.
const exampleName = "example.json"

// stdinName is the name of standard input in messages.
const stdinName = "<stdin>"

// maxInput bounds what is read: an organization file is a few kilobytes,
// so anything near this is not one.
const maxInput = 16 << 20

// loadOrganization reads and decodes the organization named by args: the
// embedded example when args is empty, standard input for "-", else the
// file. It returns the input's name for messages. On failure it prints
// every problem and returns false.
func (e *env) loadOrganization(args []string) (org hybrid.Organization, name string, ok bool) {
	data, name, err := e.readInput(args)
	if err != nil {
		e.errorf("%v", err)
		return org, name, false
	}
	data, err = toUTF8(data)
	if err != nil {
		e.errorf("%s: %v", name, err)
		return org, name, false
	}
	if errs := decodeStrict(name, data, &org); len(errs) > 0 {
		for _, err := range errs {
			fmt.Fprintln(e.stderr, err)
		}
		return org, name, false
	}
	return org, name, true
}

func (e *env) readInput(args []string) ([]byte, string, error) {
	switch {
	case len(args) == 0:
		return exampleJSON, exampleName, nil
	case args[0] == "-":
		data, err := readAll(e.stdin)
		if err != nil {
			return nil, stdinName, fmt.Errorf("%s: %w", stdinName, err)
		}
		return data, stdinName, nil
	}
	name := args[0]
	f, err := os.Open(name)
	if err != nil {
		return nil, name, fmt.Errorf("%s: %s", name, describeFileError(err))
	}
	defer f.Close()
	data, err := readAll(f)
	if err != nil {
		return nil, name, fmt.Errorf("%s: %s", name, describeFileError(err))
	}
	return data, name, nil
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

var errUTF16 = errors.New("the UTF-16 text has an odd number of bytes")

// toUTF8 strips a UTF-8 byte order mark and converts UTF-16 text that
// starts with a byte order mark, which is what Windows PowerShell 5.1 writes
// with ">" and Out-File, to UTF-8. Other input is returned as it is: JSON
// exchanged between programs is UTF-8 (RFC 8259, section 8.1).
func toUTF8(data []byte) ([]byte, error) {
	var bigEndian bool
	switch {
	case len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF:
		return data[3:], nil
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		bigEndian = true
	default:
		return data, nil
	}
	data = data[2:]
	if len(data)%2 != 0 {
		return nil, errUTF16
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		lo, hi := data[2*i], data[2*i+1]
		if bigEndian {
			lo, hi = hi, lo
		}
		units[i] = uint16(hi)<<8 | uint16(lo)
	}
	out := make([]byte, 0, len(units))
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}
