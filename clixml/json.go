package clixml

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends the JSON form of v to b, the form `exhybrid clixml`
// prints, meant for reading an export with jq:
//
//   - S, URI, XD, SBK: strings, with the _xHHHH_ escapes decoded.
//   - C: a string of the one character. B: true or false.
//   - SB, By, I16, U16, I32, U32: numbers. I64, U64: numbers from -2^53 to
//     2^53, strings beyond, which a JSON reader's float64 would round.
//   - Sg, Db: numbers, except "NaN", "INF" and "-INF", which are strings.
//   - D (decimal): the string as written, which no float64 holds exactly.
//   - DT, TS, G, Version, BA, SS: the text exactly as written.
//   - Nil: null.
//   - Obj: an object with "@types" (the type names, most derived first, []
//     when there are none), "@toString" only when the object has a
//     ToString, "@value" only when it wraps a primitive, an object, a list
//     (LST, IE, QUE, STK: an array) or a dictionary (DCT: an array of
//     {"Key": k, "Value": v}), then one member per property of Props, then
//     of MS. A name given twice keeps its first value, so a Props value
//     wins over an MS one. A property name that starts with "@" gets one
//     more "@" in front, so that it cannot be taken for the keys above.
//   - A Ref: the object it names, written again in full.
//   - PR: an object of its eight fields. A nested MS: an object of its
//     members.
//
// The only error is a cycle, which a [Decoder] with AllowCycles can
// return and JSON cannot write: an [*Error] of kind [ErrCycle] with the
// position of the object.
func (v Value) AppendJSON(b []byte) ([]byte, error) {
	var j jsonWriter
	return j.value(b, v)
}

// MarshalJSON returns [Value.AppendJSON]'s form, for encoding/json.
func (v Value) MarshalJSON() ([]byte, error) { return v.AppendJSON(nil) }

type jsonWriter struct {
	open []*Object // the objects being written, to catch a cycle
}

func (j *jsonWriter) value(b []byte, v Value) ([]byte, error) {
	switch v.kind {
	case Invalid, Nil:
		return append(b, "null"...), nil
	case Bool:
		return strconv.AppendBool(b, v.bits != 0), nil
	case Char:
		if r := rune(v.bits); r >= 0xD800 && r <= 0xDFFF {
			// A lone surrogate has no UTF-8 form; JSON's \u escape holds it.
			return append(append(b, `"\u`...), strconv.FormatUint(v.bits, 16)+`"`...), nil
		}
		return appendJSONString(b, string(rune(v.bits))), nil
	case UnsignedByte, UInt16, UInt32:
		return strconv.AppendUint(b, v.bits, 10), nil
	case SignedByte, Int16, Int32:
		return strconv.AppendInt(b, int64(v.bits), 10), nil
	case UInt64:
		if v.bits <= 1<<53 {
			return strconv.AppendUint(b, v.bits, 10), nil
		}
		return strconv.AppendQuote(b, strconv.FormatUint(v.bits, 10)), nil
	case Int64:
		if n := int64(v.bits); -1<<53 <= n && n <= 1<<53 {
			return strconv.AppendInt(b, n, 10), nil
		}
		return strconv.AppendQuote(b, strconv.FormatInt(int64(v.bits), 10)), nil
	case Float, Double:
		f, _ := v.Float()
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return appendJSONString(b, v.Text()), nil
		}
		bits := 64
		if v.kind == Float {
			bits = 32
		}
		return appendJSONFloat(b, f, bits), nil
	case Obj:
		return j.object(b, v.obj)
	case ProgressRecord, MemberSet:
		props := v.obj.Props
		if v.kind == MemberSet {
			props = v.obj.MS
		}
		return j.members(append(b, '{'), props, nil, true)
	}
	return appendJSONString(b, v.text), nil
}

func (j *jsonWriter) object(b []byte, o *Object) ([]byte, error) {
	for _, p := range j.open {
		if p == o {
			return b, &Error{Pos: o.Pos, Kind: ErrCycle, Msg: "an object that contains itself has no JSON form"}
		}
	}
	j.open = append(j.open, o)
	defer func() { j.open = j.open[:len(j.open)-1] }()
	b = append(b, `{"@types":[`...)
	for i, t := range o.TypeNames {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, t)
	}
	b = append(b, ']')
	if o.HasToString {
		b = appendJSONString(append(b, `,"@toString":`...), o.ToString)
	}
	var err error
	switch {
	case o.Container == Dictionary:
		b = append(b, `,"@value":[`...)
		for i, e := range o.Entries {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = j.value(append(b, `{"Key":`...), e.Key); err != nil {
				return b, err
			}
			if b, err = j.value(append(b, `,"Value":`...), e.Value); err != nil {
				return b, err
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	case o.Container != NoContainer:
		b = append(b, `,"@value":[`...)
		for i, it := range o.Items {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = j.value(b, it); err != nil {
				return b, err
			}
		}
		b = append(b, ']')
	case o.Value.kind != Invalid:
		if b, err = j.value(append(b, `,"@value":`...), o.Value); err != nil {
			return b, err
		}
	}
	return j.members(b, o.Props, o.MS, false)
}

// members appends the properties of a and then of b, the first of each
// name only, and the closing brace.
func (j *jsonWriter) members(b []byte, a, c []Property, first bool) ([]byte, error) {
	var err error
	seen := make(map[string]bool, len(a)+len(c))
	for _, props := range [2][]Property{a, c} {
		for _, p := range props {
			if seen[p.Name] {
				continue
			}
			seen[p.Name] = true
			if !first {
				b = append(b, ',')
			}
			first = false
			name := p.Name
			if len(name) > 0 && name[0] == '@' {
				name = "@" + name
			}
			b = append(appendJSONString(b, name), ':')
			if b, err = j.value(b, p.Value); err != nil {
				return b, err
			}
		}
	}
	return append(b, '}'), nil
}

// appendJSONFloat formats f as encoding/json does: the shortest decimal,
// with an exponent only for very large or small magnitudes.
func appendJSONFloat(b []byte, f float64, bits int) []byte {
	abs := math.Abs(f)
	if bits == 32 {
		abs = float64(float32(abs))
	}
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		// clean up e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexLower = "0123456789abcdef"

// appendJSONString appends s as a JSON string. Control characters are
// escaped; so are U+2028 and U+2029, for JavaScript readers.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexLower[c>>4], hexLower[c&15])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexLower[r&15])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
