// Package dnsname checks host and domain names as the packages of this module
// receive them: server FQDNs, SMTP domains, certificate names, connector
// smart hosts. It checks syntax only and never resolves a name.
//
// The rules are those of DNS host names: labels of letters, digits and
// hyphens (RFC 1035 section 2.3.1, https://www.rfc-editor.org/rfc/rfc1035#section-2.3.1),
// which may start with a digit (RFC 1123 section 2.1,
// https://www.rfc-editor.org/rfc/rfc1123#section-2.1), at most 63 characters
// each and 253 in all (255 octets on the wire; Windows states the same limits
// for computer names, https://learn.microsoft.com/windows/win32/sysinfo/computer-names).
// Internationalized names must be given in their ASCII ("xn--") form.
package dnsname

import (
	"errors"
	"strings"
)

// The reasons a name is rejected. Check and the functions built on it return
// one of them.
var (
	ErrEmpty        = errors.New("empty name")
	ErrTooLong      = errors.New("name longer than 253 characters")
	ErrEmptyLabel   = errors.New("empty label (two dots in a row, or a leading or trailing dot)")
	ErrLabelTooLong = errors.New("label longer than 63 characters")
	ErrCharacter    = errors.New("character other than a letter, digit or hyphen")
	ErrHyphen       = errors.New("label starts or ends with a hyphen")
	ErrNotQualified = errors.New("not fully qualified (needs at least two labels)")
	ErrWildcard     = errors.New("wildcard other than a single leading \"*.\"")
	ErrNumeric      = errors.New("the last label is all digits (an IP address, not a name)")
)

// Check returns nil if s is a syntactically valid DNS host or domain name,
// and otherwise the first reason it is not. It accepts a single-label name;
// use [CheckFQDN] where a fully qualified name is needed.
func Check(s string) error {
	if s == "" {
		return ErrEmpty
	}
	if len(s) > 253 {
		return ErrTooLong
	}
	last := ""
	for label := range strings.SplitSeq(s, ".") {
		if err := checkLabel(label); err != nil {
			return err
		}
		last = label
	}
	if allDigits(last) {
		return ErrNumeric
	}
	return nil
}

func checkLabel(label string) error {
	switch {
	case label == "":
		return ErrEmptyLabel
	case len(label) > 63:
		return ErrLabelTooLong
	case label[0] == '-' || label[len(label)-1] == '-':
		return ErrHyphen
	}
	for i := 0; i < len(label); i++ {
		c := label[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			return ErrCharacter
		}
	}
	return nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// CheckFQDN is [Check] that also requires at least two labels, as a server's
// fully qualified domain name or an SMTP domain has.
func CheckFQDN(s string) error {
	if err := Check(s); err != nil {
		return err
	}
	if !strings.Contains(s, ".") {
		return ErrNotQualified
	}
	return nil
}

// CheckPattern is [CheckFQDN] that also accepts one leading wildcard label,
// "*.contoso.com", as connector TLS domains and certificate names allow. A
// wildcard anywhere else is rejected.
func CheckPattern(s string) error {
	if rest, ok := strings.CutPrefix(s, "*."); ok {
		if strings.Contains(rest, "*") {
			return ErrWildcard
		}
		return CheckFQDN(rest)
	}
	if strings.Contains(s, "*") {
		return ErrWildcard
	}
	return CheckFQDN(s)
}

// Equal reports whether two names are the same, ignoring case (DNS names
// are case-insensitive; valid names are ASCII, whose case strings.EqualFold
// folds) and a trailing dot.
func Equal(a, b string) bool {
	return strings.EqualFold(strings.TrimSuffix(a, "."), strings.TrimSuffix(b, "."))
}

// Matches reports whether name is matched by pattern: equal to it, or, for a
// "*.contoso.com" pattern, exactly one label followed by ".contoso.com" (the
// way a wildcard certificate name matches a host).
func Matches(pattern, name string) bool {
	if rest, ok := strings.CutPrefix(pattern, "*."); ok {
		label, parent, found := strings.Cut(name, ".")
		return found && label != "" && Equal(rest, parent)
	}
	return Equal(pattern, name)
}
