package clixml

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The lexical forms below are XML Schema's, which [MS-PSRP] §2.2.5.1 names
// for each primitive (xs:int, xs:dateTime, xs:duration…), with white space
// collapsed around the text as xs types do. PowerShell writes the canonical
// forms; the reader accepts what the schema allows and keeps the text of
// the kinds that the JSON form writes as written.

// xmlSpace trims XML white space.
func xmlSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func stripSpace(s string) string {
	if !strings.ContainsAny(s, " \t\r\n") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
			return -1
		}
		return r
	}, s)
}

// parsePrimitive parses the text of a primitive element of kind k.
func parsePrimitive(k Kind, raw []byte) (Value, error) {
	switch k {
	case String, URI, XMLDocument, ScriptBlock:
		return parseEncodedText(k, raw)
	case Bool:
		return parseBool(raw)
	case Char, UnsignedByte, UInt16, UInt32, UInt64:
		return parseUnsigned(k, raw)
	case SignedByte, Int16, Int32, Int64:
		return parseSigned(k, raw)
	case Float, Double:
		return parseFloating(k, raw)
	}
	return parseCheckedText(k, raw)
}

// parseEncodedText reads the text of a string kind, undoing its _xHHHH_
// escapes.
func parseEncodedText(k Kind, raw []byte) (Value, error) {
	v := Value{kind: k}
	if !utf8.Valid(raw) {
		return v, errors.New("text that is not UTF-8")
	}
	if !hasEscape(raw) {
		v.text = string(raw)
		return v, nil
	}
	b, err := appendDecoded(make([]byte, 0, len(raw)), raw)
	if err != nil {
		return v, err
	}
	v.text = string(b)
	return v, nil
}

func parseBool(raw []byte) (Value, error) {
	v := Value{kind: Bool}
	switch string(xmlSpace(raw)) {
	case "true", "1":
		v.bits = 1
	case "false", "0":
	default:
		return v, fmt.Errorf("boolean %q, want true or false", raw)
	}
	return v, nil
}

func parseUnsigned(k Kind, raw []byte) (Value, error) {
	v := Value{kind: k}
	n, err := strconv.ParseUint(strings.TrimPrefix(string(xmlSpace(raw)), "+"), 10, uintBits(k))
	if err != nil {
		return v, fmt.Errorf("%s %q: want an integer from 0 to %d", k, raw, uint64(1)<<uintBits(k)-1)
	}
	v.bits = n
	return v, nil
}

func parseSigned(k Kind, raw []byte) (Value, error) {
	v := Value{kind: k}
	s := string(xmlSpace(raw))
	if strings.HasPrefix(s, "+") && !strings.HasPrefix(s, "+-") {
		s = s[1:]
	}
	n, err := strconv.ParseInt(s, 10, uintBits(k))
	if err != nil {
		limit := int64(1) << (uintBits(k) - 1)
		return v, fmt.Errorf("%s %q: want an integer from %d to %d", k, raw, -limit, limit-1)
	}
	v.bits = uint64(n)
	return v, nil
}

// parseFloating reads a Float or a Double, kept as the bits of its own
// width.
func parseFloating(k Kind, raw []byte) (Value, error) {
	v := Value{kind: k}
	bits := 64
	if k == Float {
		bits = 32
	}
	f, err := parseFloat(string(xmlSpace(raw)), bits)
	if err != nil {
		return v, fmt.Errorf("%s %q: want a number, INF, -INF or NaN", k, raw)
	}
	if k == Float {
		v.bits = uint64(math.Float32bits(float32(f)))
	} else {
		v.bits = math.Float64bits(f)
	}
	return v, nil
}

// parseCheckedText reads a kind kept as written (DateTime, Duration,
// Decimal, Bytes, SecureString, GUID, Version) after checking its lexical
// form.
func parseCheckedText(k Kind, raw []byte) (Value, error) {
	v := Value{kind: k}
	if !utf8.Valid(raw) {
		return v, errors.New("text that is not UTF-8")
	}
	v.text = string(raw)
	s := string(xmlSpace(raw))
	var ok bool
	switch k {
	case DateTime:
		ok = isDateTime(s)
	case Duration:
		ok = isDuration(s)
	case Decimal:
		ok = isDecimal(s)
	case Bytes, SecureString:
		ok = isBase64(s)
	case GUID:
		ok = isGUID(s)
	case Version:
		ok = isVersion(s)
	default:
		return v, fmt.Errorf("%s is not a primitive kind", k)
	}
	if !ok {
		return v, fmt.Errorf("%s %q: want %s", k, raw, lexical[k])
	}
	return v, nil
}

var lexical = map[Kind]string{
	DateTime:     "an xs:dateTime such as 2022-03-23T18:00:30.1234567+01:00",
	Duration:     "an xs:duration such as PT2M or P1DT2H3M4.5S",
	Decimal:      "a decimal number such as -12.50",
	Bytes:        "base64",
	SecureString: "base64",
	GUID:         "a GUID such as ae7ffd61-d227-4f30-b04a-97a1178934ed",
	Version:      "two to four numbers separated by dots, such as 15.2.986.5",
}

func uintBits(k Kind) int {
	switch k {
	case UnsignedByte, SignedByte:
		return 8
	case Char, UInt16, Int16:
		return 16
	case UInt32, Int32:
		return 32
	}
	return 64
}

// parseFloat parses xs:float/xs:double: INF, -INF, NaN or a decimal number
// with an optional exponent. Go's spellings (Inf, infinity, hex floats,
// underscores) are refused.
func parseFloat(s string, bits int) (float64, error) {
	switch s {
	case "INF", "+INF":
		return math.Inf(1), nil
	case "-INF":
		return math.Inf(-1), nil
	case "NaN":
		return math.NaN(), nil
	}
	digits := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			digits = true
		case c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-':
		default:
			return 0, strconv.ErrSyntax
		}
	}
	if !digits {
		return 0, strconv.ErrSyntax
	}
	f, err := strconv.ParseFloat(s, bits)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, err
	}
	return f, nil // out of range: ±Inf or 0, as .NET reads it
}

func isDigits(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isDateTime checks xs:dateTime: [-]YYYY-MM-DDThh:mm:ss[.f+][Z|±hh:mm].
func isDateTime(s string) bool {
	s = strings.TrimPrefix(s, "-")
	date, clock, ok := strings.Cut(s, "T")
	if !ok {
		return false
	}
	y, rest, _ := strings.Cut(date, "-")
	m, d, _ := strings.Cut(rest, "-")
	if !isDigits(y, 4, 9) || !isDigits(m, 2, 2) || !isDigits(d, 2, 2) || !inRange(m, 1, 12) || !inRange(d, 1, 31) {
		return false
	}
	switch {
	case strings.HasSuffix(clock, "Z"):
		clock = clock[:len(clock)-1]
	case len(clock) > 6 && (clock[len(clock)-6] == '+' || clock[len(clock)-6] == '-'):
		zone := clock[len(clock)-5:]
		clock = clock[:len(clock)-6]
		if len(zone) != 5 || zone[2] != ':' || !isDigits(zone[:2], 2, 2) || !isDigits(zone[3:], 2, 2) ||
			!inRange(zone[:2], 0, 14) || !inRange(zone[3:], 0, 59) {
			return false
		}
	}
	clock, frac, hasFrac := strings.Cut(clock, ".")
	if hasFrac && !isDigits(frac, 1, 64) {
		return false
	}
	parts := strings.Split(clock, ":")
	return len(parts) == 3 && isDigits(parts[0], 2, 2) && isDigits(parts[1], 2, 2) && isDigits(parts[2], 2, 2) &&
		inRange(parts[0], 0, 24) && inRange(parts[1], 0, 59) && inRange(parts[2], 0, 59)
}

func inRange(s string, lo, hi int) bool {
	n, err := strconv.Atoi(s)
	return err == nil && lo <= n && n <= hi
}

// isDuration checks xs:duration: [-]P[nY][nM][nD][T[nH][nM][n[.n]S]] with
// at least one part and no empty T.
func isDuration(s string) bool {
	s = strings.TrimPrefix(s, "-")
	s, ok := strings.CutPrefix(s, "P")
	if !ok || s == "" {
		return false
	}
	date, clock, hasT := strings.Cut(s, "T")
	if hasT && clock == "" {
		return false
	}
	return durationParts(date, "YMD", false) && durationParts(clock, "HMS", true)
}

func durationParts(s, units string, fracSeconds bool) bool {
	for s != "" {
		i := 0
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || (fracSeconds && s[i] == '.')) {
			i++
		}
		if i == 0 || i == len(s) {
			return false
		}
		u := strings.IndexByte(units, s[i])
		if u < 0 || (strings.Contains(s[:i], ".") && s[i] != 'S') || strings.Count(s[:i], ".") > 1 ||
			s[:i] == "." || s[i-1] == '.' {
			return false
		}
		units = units[u+1:]
		s = s[i+1:]
	}
	return true
}

// isDecimal checks xs:decimal: [+-]digits[.digits], at least one digit.
func isDecimal(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	return (whole != "" || frac != "") && isDigits(whole, 0, 64) && isDigits(frac, 0, 64)
}

// Classes of base64 text bytes.
const (
	b64Bad = iota
	b64Digit
	b64Pad
	b64Space
)

var base64Class = func() (t [256]uint8) {
	for _, c := range []byte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") {
		t[c] = b64Digit
	}
	t['='] = b64Pad
	for _, c := range []byte(" \t\r\n") {
		t[c] = b64Space
	}
	return t
}()

// isBase64 checks standard base64 with padding; XML white space may
// appear anywhere, as .NET's Convert.FromBase64String allows.
func isBase64(s string) bool {
	n, pad := 0, 0
	for i := 0; i < len(s); i++ {
		switch base64Class[s[i]] {
		case b64Digit:
			if pad > 0 {
				return false
			}
			n++
		case b64Pad:
			pad++
			n++
		case b64Bad:
			return false
		}
	}
	return n%4 == 0 && pad <= 2
}

// isGUID checks 8-4-4-4-12 hex digits, the form PowerShell writes.
func isGUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if s[i] != '-' {
				return false
			}
		} else if hexVal([]byte{s[i]}) < 0 {
			return false
		}
	}
	return true
}

// isVersion checks System.Version's text: two to four numbers from 0 to
// 2147483647 separated by dots.
func isVersion(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		if !isDigits(p, 1, 10) {
			return false
		}
		if n, err := strconv.ParseInt(p, 10, 32); err != nil || n < 0 {
			return false
		}
	}
	return true
}
