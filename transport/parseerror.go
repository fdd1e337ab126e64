package transport

import (
	"strconv"
	"strings"
)

// parseError reports input that one of this package's Parse functions
// rejects, in the manner of strconv.NumError: it names the function and
// the input, and unwraps to the error every failure of the function wraps
// (ErrCertificateName, ErrAddressSpace) and the specific reason.
type parseError struct {
	Func  string // the function, "ParseAddressSpace"
	Input string // the input, copied
	Kind  error  // what every error of Func wraps
	Err   error  // the reason, such as a cost out of range
}

// Error returns a message such as
// `transport.ParseAddressSpace("contoso.com;0"): cost is not a whole number from 1 to 100`.
func (e *parseError) Error() string {
	return "transport." + e.Func + "(" + strconv.Quote(e.Input) + "): " + e.Err.Error()
}

// Unwrap returns the function's error kind and the reason.
func (e *parseError) Unwrap() []error { return []error{e.Kind, e.Err} }

// newParseError is the error of fn, whose failures all wrap kind, on the
// input s for reason. s is copied, so that the error does not keep a
// larger input alive.
func newParseError(fn string, kind error, s string, reason error) error {
	return &parseError{Func: fn, Input: strings.Clone(s), Kind: kind, Err: reason}
}
