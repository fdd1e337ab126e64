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
	data, err := toUTF8(data)
	if err != nil {
		err.Name = name
		e.printInputErrors([]*inputError{err})
		return false
	}
	if errs := decodeStrict(name, data, target); len(errs) > 0 {
		e.printInputErrors(errs)
		return false
	}
	return true
}

func (e *env) printInputErrors(errs []*inputError) {
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

var (
	errUTF16Odd       = errors.New("the UTF-16 text has an odd number of bytes; save the file as UTF-8")
	errUTF16Surrogate = errors.New("invalid UTF-16")
	errUTF16NoBOM     = errors.New("the file looks like UTF-16 without a byte order mark; save the file as UTF-8")
	errUTF32          = errors.New("the file looks like UTF-32; save the file as UTF-8")
)

// unicodeWithoutUTF8 recognizes UTF-32 (with or without a byte order mark)
// and UTF-16 without one by the zero bytes around the first character,
// which in JSON is ASCII, as RFC 4627 section 3 described
// (https://www.rfc-editor.org/rfc/rfc4627#section-3). UTF-8 JSON has no
// zero byte at all, so nothing valid is mistaken.
func unicodeWithoutUTF8(data []byte) error {
	if len(data) < 4 {
		if len(data) >= 2 && (data[0] == 0) != (data[1] == 0) {
			return errUTF16NoBOM
		}
		return nil
	}
	z := [4]bool{data[0] == 0, data[1] == 0, data[2] == 0, data[3] == 0}
	switch z {
	case [4]bool{true, true, true, false}, [4]bool{false, true, true, true}, // 00 00 00 xx, xx 00 00 00
		[4]bool{true, true, false, false}: // 00 00 FE FF, the big-endian byte order mark
		return errUTF32
	case [4]bool{true, false, true, false}, [4]bool{false, true, false, true}: // 00 xx 00 xx, xx 00 xx 00
		return errUTF16NoBOM
	}
	return nil
}

// surrogateError reports a UTF-16 surrogate without its other half, which
// encodes no character.
type surrogateError struct{ unit uint16 }

func (e *surrogateError) Error() string {
	return fmt.Sprintf("invalid UTF-16: unpaired surrogate 0x%04X; save the file as UTF-8", e.unit)
}

func (e *surrogateError) Unwrap() error { return errUTF16Surrogate }

// toUTF8 strips a UTF-8 byte order mark and converts UTF-16 text that
// starts with a byte order mark, which is what Windows PowerShell 5.1 writes
// with ">" and Out-File, to UTF-8. Other input is returned as it is: JSON
// exchanged between programs is UTF-8 (RFC 8259, section 8.1), which
// decodeStrict checks. UTF-16 that is not valid (an odd number of bytes, a
// surrogate without its pair) is an error, positioned in the converted text
// where it can be; so are UTF-32 and UTF-16 without a byte order mark,
// which say to save the file as UTF-8 rather than leave the decoder to
// stop at the first zero byte. The caller fills in the name.
func toUTF8(data []byte) ([]byte, *inputError) {
	var bigEndian bool
	switch {
	case len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF:
		return data[3:], nil
	case len(data) >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0:
		return nil, &inputError{Err: errUTF32} // the little-endian UTF-32 byte order mark
	case len(data) >= 2 && (data[0] == 0 || data[1] == 0):
		if err := unicodeWithoutUTF8(data); err != nil {
			return nil, &inputError{Err: err}
		}
		return data, nil
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		bigEndian = true
	default:
		return data, nil
	}
	data = data[2:]
	if len(data)%2 != 0 {
		return nil, &inputError{Err: errUTF16Odd}
	}
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(data[2*i])<<8 | uint16(data[2*i+1])
		}
		return uint16(data[2*i+1])<<8 | uint16(data[2*i])
	}
	n := len(data) / 2
	out := make([]byte, 0, n)
	for i := 0; i < n; i++ {
		u := unit(i)
		if !utf16.IsSurrogate(rune(u)) {
			out = utf8.AppendRune(out, rune(u))
			continue
		}
		if u < 0xDC00 && i+1 < n { // a high surrogate, which a low one must follow
			if r := utf16.DecodeRune(rune(u), rune(unit(i+1))); r != utf8.RuneError {
				out = utf8.AppendRune(out, r)
				i++
				continue
			}
		}
		line, col := newPositioner(out).at(len(out))
		return nil, &inputError{Line: line, Col: col, Err: &surrogateError{u}}
	}
	return out, nil
}
