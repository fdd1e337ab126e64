package strictjson

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// MaxErrors is the number of errors [Decode] reports before it gives up,
// as the Go compiler does after 10: past a few dozen, the list is one
// mistake repeated, and it would scroll the first ones away. A last error
// wrapping [ErrTooMany] then ends the list.
const MaxErrors = 20

// MaxDepth bounds the nesting of arrays and objects. A configuration file
// nests a few levels; the bound is far above that and far below
// encoding/json's own 10000, whose error reads "invalid character '['
// exceeded max depth".
const MaxDepth = 64

// Error is one problem of the input, located by line, column and field
// path. Err is one of the sentinel errors below (matched with errors.Is),
// the *json.SyntaxError of a syntax error, or the error of a value's
// UnmarshalText under a [*ValueError].
type Error struct {
	Name   string // the input's name for messages, filled in by the caller: a file name, "<stdin>"; may be ""
	Offset int    // the byte offset of the problem in the input; 0 when Line is 0
	Line   int    // 1-based; 0 when the problem has no position
	Col    int    // 1-based byte column
	Path   string // the field path, such as servers[0].build; "" for the whole document or a syntax error
	Err    error
}

// Error renders the problem on one line as "name:line:col: path: message",
// leaving out the parts that are empty.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Name)
	if e.Line > 0 {
		if e.Name != "" {
			b.WriteByte(':')
		}
		b.WriteString(strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col))
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	// Some parse errors are an errors.Join of several lines; one problem
	// stays on one line.
	b.WriteString(strings.ReplaceAll(e.Err.Error(), "\n", "; "))
	return b.String()
}

// Unwrap returns the problem without its position.
func (e *Error) Unwrap() error { return e.Err }

// The kinds of problem, for errors.Is on an [*Error]. A syntax error is
// the *json.SyntaxError (errors.As), and a value that UnmarshalText rejects
// keeps that error under a [*ValueError].
var (
	// ErrEmpty: the input is empty or white space only; it has no position.
	ErrEmpty = errors.New("empty input, want a JSON object")
	// ErrTruncated: the input ends inside the JSON value.
	ErrTruncated = errors.New("unexpected end of input: the JSON value is not complete")
	// ErrTrailing: something other than white space follows the value.
	ErrTrailing = errors.New("data after the JSON value")
	// ErrUnknownField: an object member that names no field of the struct,
	// with a "did you mean" hint when one is near.
	ErrUnknownField = errors.New("unknown field")
	// ErrDuplicateField: a member given a second time in one object.
	ErrDuplicateField = errors.New("duplicate field")
	// ErrType: a value of the wrong JSON type, such as a number for a
	// string; null is accepted only for a slice.
	ErrType = errors.New("wrong JSON type")
	// ErrTooMany: the last error, after MaxErrors.
	ErrTooMany = fmt.Errorf("too many errors; stopped after %d", MaxErrors)
	// ErrTooDeep: arrays and objects nested deeper than MaxDepth.
	ErrTooDeep = fmt.Errorf("the JSON value is nested deeper than %d levels", MaxDepth)
	// ErrXML: the input starts with "<".
	ErrXML = errors.New("this looks like XML, not JSON")
	// ErrInvalidUTF8: a byte that is not part of a UTF-8 character.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrSurrogate: a \u escape of half a UTF-16 surrogate pair, which
	// encoding/json would read as U+FFFD.
	ErrSurrogate = errors.New("lone surrogate escape")
	// ErrUTF16Odd: UTF-16 text (after a byte order mark) of an odd number
	// of bytes.
	ErrUTF16Odd = errors.New("the UTF-16 text has an odd number of bytes; save the file as UTF-8")
	// ErrUTF16Surrogate: UTF-16 text with a surrogate without its pair.
	ErrUTF16Surrogate = errors.New("invalid UTF-16")
	// ErrUTF16NoBOM: text that looks like UTF-16 but has no byte order mark.
	ErrUTF16NoBOM = errors.New("the file looks like UTF-16 without a byte order mark; save the file as UTF-8")
	// ErrUTF32: UTF-32 text, with or without a byte order mark.
	ErrUTF32 = errors.New("the file looks like UTF-32; save the file as UTF-8")
	// ErrUnsupported: a Go type that Decode does not fill (see [KindOf] and
	// [Fields]); a bug of the program, not of its input.
	ErrUnsupported = errors.New("internal error: unsupported Go type")
)

// ValueError is the error of a JSON string that its Go type's UnmarshalText
// rejects. It reads as Err, so that a program can word the errors of its
// own types (errors.As, then Text and Err) and leave the others as they
// are.
type ValueError struct {
	Text string // the decoded string
	Err  error  // what UnmarshalText returned
}

// Error returns the message of Err: the value's path and position are
// on the [*Error] around it.
func (e *ValueError) Error() string { return e.Err.Error() }

// Unwrap returns the error of UnmarshalText.
func (e *ValueError) Unwrap() error { return e.Err }

// typeError reports a value of the wrong JSON type.
type typeError struct{ want, got string }

func (e *typeError) Error() string { return "want " + e.want + ", got " + e.got }

func (e *typeError) Unwrap() error { return ErrType }

// fieldError reports an unknown or a repeated field.
type fieldError struct {
	kind error // ErrUnknownField or ErrDuplicateField
	name string
	hint string // a known field the name may be a typing mistake for
}

func (e *fieldError) Error() string {
	s := e.kind.Error() + " " + strconv.Quote(e.name)
	if e.hint != "" {
		s += "; did you mean " + strconv.Quote(e.hint) + "?"
	}
	return s
}

func (e *fieldError) Unwrap() error { return e.kind }

// utf8Error reports the first byte of the input that is not part of a UTF-8
// character: usually a file saved in a Windows code page, where "é" is the
// single byte 0xE9.
type utf8Error struct{ b byte }

func (e *utf8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8: byte 0x%02X is not part of a UTF-8 character; save the file as UTF-8", e.b)
}

func (e *utf8Error) Unwrap() error { return ErrInvalidUTF8 }

// surrogateEscapeError reports a \u escape of half a UTF-16 surrogate pair
// without the other half.
type surrogateEscapeError struct{ escape string }

func (e *surrogateEscapeError) Error() string {
	return e.escape + " is half of a UTF-16 surrogate pair without the other half and encodes no character; write the character itself"
}

func (e *surrogateEscapeError) Unwrap() error { return ErrSurrogate }

// surrogateError reports a UTF-16 surrogate without its other half, which
// encodes no character.
type surrogateError struct{ unit uint16 }

func (e *surrogateError) Error() string {
	return fmt.Sprintf("invalid UTF-16: unpaired surrogate 0x%04X; save the file as UTF-8", e.unit)
}

func (e *surrogateError) Unwrap() error { return ErrUTF16Surrogate }
