// Package httpurl checks the http and https URLs hybrid objects carry
// (Autodiscover, EWS, OWA and metadata URLs) and takes apart the ones that
// passed. It checks syntax only: nothing here resolves a name or fetches a
// URL.
package httpurl

import (
	"errors"
	"strings"

	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/fold"
)

var (
	// ErrSyntax is wrapped by [Check] for text that is not an absolute http
	// or https URL with a DNS host name.
	ErrSyntax = errors.New("not an absolute http or https URL with a host name")
	// ErrNotHTTPS is returned by [Check] for an http URL where https is
	// required.
	ErrNotHTTPS = errors.New("http URL where https is required")
)

// Check returns nil if s is an absolute URL with scheme https (or http,
// unless httpsOnly), a DNS host name, an optional port and an optional path,
// query and fragment without spaces, control characters or malformed
// percent escapes. Errors wrap [ErrSyntax] or [ErrNotHTTPS] and, for a bad
// host, the reason from the host name check.
//
// It does not allocate for a valid URL. IP-address hosts and user
// information are rejected: hybrid endpoints are published under names that
// certificates cover
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites).
func Check(s string, httpsOnly bool) error {
	var rest string
	switch {
	case fold.HasPrefix(s, "https://"):
		rest = s[len("https://"):]
	case fold.HasPrefix(s, "http://"):
		if httpsOnly {
			return ErrNotHTTPS
		}
		rest = s[len("http://"):]
	default:
		return ErrSyntax
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c <= ' ' || c == 0x7f || c == '\\':
			return ErrSyntax
		case c == '%' && (i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2])):
			return ErrSyntax // a percent sign starts an escape of two hex digits
		}
	}
	authority := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority = rest[:i]
	}
	if strings.ContainsAny(authority, "@[]") {
		return ErrSyntax
	}
	host, port, hasPort := strings.Cut(authority, ":")
	if hasPort && !validPort(port) {
		return ErrSyntax
	}
	if err := dnsname.CheckFQDN(host); err != nil {
		return errors.Join(ErrSyntax, err)
	}
	return nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// validPort reports whether p is a decimal port from 1 to 65535.
func validPort(p string) bool {
	if p == "" || len(p) > 5 {
		return false
	}
	n := 0
	for i := 0; i < len(p); i++ {
		if p[i] < '0' || p[i] > '9' {
			return false
		}
		n = n*10 + int(p[i]-'0')
	}
	return n >= 1 && n <= 65535
}

// Host returns the host name of a URL that passed [Check], as written; ""
// if s has no scheme separator.
func Host(s string) string {
	_, rest, ok := strings.Cut(s, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#:"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// Path returns the path of a URL that passed [Check], without query or
// fragment: "/owa" for "http://cloudowa.contoso.com/owa".
func Path(s string) string {
	_, rest, ok := strings.Cut(s, "://")
	if !ok {
		return ""
	}
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return ""
	}
	p := rest[i:]
	if j := strings.IndexAny(p, "?#"); j >= 0 {
		p = p[:j]
	}
	return p
}
