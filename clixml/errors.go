package clixml

import (
	"errors"
	"fmt"
)

// The kinds of bad input. Every error that [Decoder.Next] returns for a bad
// file is an [*Error] that wraps exactly one of these, so that callers test
// the kind with [errors.Is] and read the position with [errors.As].
var (
	// ErrEncoding: the bytes are not text in the encoding the file claims:
	// a byte order mark that lies, UTF-16 without a byte order mark, bytes
	// that are not UTF-8, a lone UTF-16 surrogate, a character XML forbids.
	ErrEncoding = errors.New("bad encoding")
	// ErrSyntax: the text is not well-formed XML (a tag that does not close,
	// an unknown entity, a mismatched end tag, a DOCTYPE).
	ErrSyntax = errors.New("invalid XML")
	// ErrTruncated: the input ends inside the document.
	ErrTruncated = errors.New("unexpected end of input")
	// ErrStructure: well-formed XML that is not CLIXML: an unknown element,
	// an element where [MS-PSRP] §2.2.5 does not allow it, a property without
	// a name, a second ToString.
	ErrStructure = errors.New("not CLIXML")
	// ErrValue: the text of a primitive element does not parse as its type
	// (an I32 of "abc", a GUID of the wrong length, base64 with a stray
	// character), or a _xHHHH_ escape names a lone surrogate.
	ErrValue = errors.New("invalid value")
	// ErrRef: a Ref or TNRef names an id that no earlier element defines (an
	// unknown id, an id defined only later, or one the decoder no longer
	// retains, see [Limits.MaxRetained]).
	ErrRef = errors.New("unknown reference")
	// ErrCycle: a Ref names an object that is still open, an ancestor of the
	// Ref: the object would contain itself. PowerShell can write such a
	// file for a self-referencing object; its values have no finite form,
	// so the reader refuses it.
	ErrCycle = errors.New("reference cycle")
	// ErrLimit: the input exceeds one of the [Limits].
	ErrLimit = errors.New("limit exceeded")
)

// Pos is a position in the input: Line counts from 1, Column counts bytes
// from 1 as the Go tools do. For UTF-16 input the column counts the bytes of
// the line converted to UTF-8, so a character outside ASCII before the
// position counts two or three.
type Pos struct {
	Line, Column int // the line from 1; the byte of that line from 1
}

// String returns "line:column".
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }

// Error is a bad-input error with its position. Kind is one of the
// sentinel errors ([ErrSyntax], [ErrValue]…); Unwrap returns it, so
// errors.Is(err, clixml.ErrRef) works through any wrapping.
type Error struct {
	Pos  Pos    // where: the tag of the element at fault, or the byte where reading stopped
	Kind error  // one of the Err* sentinels of this package
	Msg  string // what is wrong, without the position
}

// Error returns "line:column: message", ready for a caller to put the file
// name in front.
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Unwrap returns the kind, for [errors.Is].
func (e *Error) Unwrap() error { return e.Kind }
