// Package strictjson decodes a JSON document into a Go struct more strictly
// than encoding/json.Unmarshal, and says where each problem is: every error
// is an [*Error] with the line, column and field path of the value it is
// about, rendered "name:line:col: path: message" as editors and the Go
// tools expect.
//
// Unlike encoding/json:
//   - the input must be UTF-8 (RFC 8259, section 8.1); encoding/json would
//     read a byte that is not as U+FFFD and change a name without a word,
//     and it does the same with a \u escape of half a surrogate pair;
//   - field names match exactly; a name that differs only in case, or by a
//     typing mistake, is an unknown field with a "did you mean" hint;
//   - a field given twice is an error rather than last-one-wins;
//   - null is accepted only for lists, which is what encoding/json writes
//     for a nil slice;
//   - a value of the wrong JSON type, or one that its type's UnmarshalText
//     rejects, is reported and the walk goes on, so that the user sees the
//     problems at once, up to [MaxErrors].
//
// The Go types it fills are those of a configuration file: structs of
// strings, booleans, slices and types that implement
// encoding.TextUnmarshaler ([KindOf] says how each is read). Anything else,
// an embedded field or a ",string" tag option is reported as
// [ErrUnsupported] rather than half supported.
//
// [ToUTF8] converts what Windows tools write (UTF-16 with a byte order
// mark, UTF-8 with one) to the UTF-8 that [Decode] reads, and recognizes
// UTF-32 and UTF-16 without a byte order mark.
//
// # How it works
//
// [Decode] works in passes over the whole input:
//
//  0. It checks that the input is UTF-8, not empty, not XML, and not nested
//     deeper than [MaxDepth].
//  1. json.Decoder.Decode into a json.RawMessage checks the syntax of the
//     first JSON value. On a *json.SyntaxError, Offset counts the bytes read
//     up to and including the offending one, so the error is at Offset-1.
//     What follows the value must be white space only.
//  2. A second json.Decoder walks the (now well-formed) value token by token
//     alongside the Go type, using reflection. Before each value it takes
//     json.Decoder.InputOffset, which is the end of the previous token, and
//     skips white space and the ':' or ',' separator to find where the value
//     starts. Every error of this pass is reported at that offset with the
//     field path that led to it.
//
// Errors come in input order, so one scan of the input turns their offsets
// into lines and columns, whatever the number of errors.
package strictjson
