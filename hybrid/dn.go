package hybrid

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dnProblem says why dn is not a distinguished name as Get-ExchangeCertificate
// shows subjects and issuers, or returns "" for one: relative distinguished
// names separated by commas (or semicolons, which Windows also reads),
// each one or more type=value pairs joined by "+"; a type is a name of
// letters, digits and hyphens or a dotted OID; in a value, the characters
// " + , ; < > \ are escaped with a backslash or the whole value is
// in double quotes (RFC 4514, https://www.rfc-editor.org/rfc/rfc4514#section-2.4,
// and the quoting of RFC 1779 that Windows writes,
// https://learn.microsoft.com/windows/win32/api/wincrypt/nf-wincrypt-certnametostra).
// No control character is allowed anywhere.
func dnProblem(dn string) string {
	if strings.ContainsFunc(dn, unicode.IsControl) {
		return "contains a control character"
	}
	if strings.TrimSpace(dn) == "" {
		return "is empty"
	}
	for rest := dn; ; {
		end, problem := attributeEnd(rest)
		if problem != "" {
			return problem
		}
		if p := attributeProblem(strings.TrimSpace(rest[:end])); p != "" {
			return p
		}
		if end == len(rest) {
			return ""
		}
		rest = rest[end+1:]
	}
}

// attributeEnd returns the index of the "," ";" or "+" that ends the first
// type=value pair of s, or len(s), skipping escaped characters and quoted
// values.
func attributeEnd(s string) (int, string) {
	quoted := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			if i+1 == len(s) {
				return 0, "ends with a lone backslash"
			}
			_, n := utf8.DecodeRuneInString(s[i+1:])
			i += n
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '+'):
			return i, ""
		}
	}
	if quoted {
		return 0, "has a double quote that is not closed"
	}
	return len(s), ""
}

// attributeProblem checks one type=value pair.
func attributeProblem(attr string) string {
	typ, value, ok := strings.Cut(attr, "=")
	typ, value = strings.TrimSpace(typ), strings.TrimSpace(value)
	if !ok || typ == "" {
		return "has " + strconv.Quote(attr) + ", which is not a type=value pair such as CN=mail.contoso.com"
	}
	if !attributeType(typ) {
		return "has the attribute type " + strconv.Quote(typ) + ", which is neither a name such as CN nor an OID"
	}
	if len(value) >= 2 && value[0] == '"' && value[len(value)-1] == '"' {
		value = value[1 : len(value)-1]
		if strings.Contains(strings.ReplaceAll(value, `\"`, ""), `"`) {
			return "has a double quote inside the quoted value of " + typ
		}
		return ""
	}
	for i := 0; i < len(value); i++ {
		switch value[i] {
		case '\\':
			i++
		case '"', '<', '>':
			return "has an unescaped " + string(value[i]) + " in the value of " + typ
		}
	}
	return ""
}

// attributeType reports whether t is a descriptor (a letter, then letters,
// digits and hyphens) or a dotted OID.
func attributeType(t string) bool {
	if t[0] >= '0' && t[0] <= '9' {
		for _, part := range strings.Split(t, ".") {
			if part == "" || strings.Trim(part, "0123456789") != "" {
				return false
			}
		}
		return true
	}
	for i, r := range t {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || i > 0 && (r >= '0' && r <= '9' || r == '-')) {
			return false
		}
	}
	return true
}
