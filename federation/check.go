package federation

import (
	"errors"
	"strings"

	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/guid"
)

// The errors of the syntax checks. They describe values only: nothing in
// this package resolves a name or fetches a URL.
var (
	// ErrURL is wrapped by [CheckURL] for text that is not an absolute http
	// or https URL with a DNS host name.
	ErrURL = errors.New("not an absolute http or https URL with a host name")
	// ErrNotHTTPS is wrapped by [CheckURL] for an http URL where https is
	// required.
	ErrNotHTTPS = errors.New("http URL where https is required")
	// ErrGUID is returned by [CheckGUID].
	ErrGUID = errors.New("not a GUID in the form 177cd94d-be11-44e9-b09f-db69389f3a35")
	// ErrAddress is returned by [CheckAddress].
	ErrAddress = errors.New("not an SMTP address in the form admin@contoso.com")
)

// CheckURL returns nil if s is an absolute URL with scheme https (or http,
// unless httpsOnly), a DNS host name, an optional port and an optional path,
// query and fragment without spaces, control characters or malformed
// percent escapes. Errors wrap
// [ErrURL] or [ErrNotHTTPS] and, for a bad host, the reason from the host
// name check.
//
// It checks syntax only, does not allocate for a valid URL, and never
// contacts the host. IP-address hosts and user information are rejected:
// hybrid endpoints are published under names that certificates cover
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites).
func CheckURL(s string, httpsOnly bool) error {
	var rest string
	switch {
	case hasPrefixFold(s, "https://"):
		rest = s[len("https://"):]
	case hasPrefixFold(s, "http://"):
		if httpsOnly {
			return ErrNotHTTPS
		}
		rest = s[len("http://"):]
	default:
		return ErrURL
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c <= ' ' || c == 0x7f || c == '\\':
			return ErrURL
		case c == '%' && (i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2])):
			return ErrURL // a percent sign starts an escape of two hex digits
		}
	}
	authority := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority = rest[:i]
	}
	if strings.ContainsAny(authority, "@[]") {
		return ErrURL
	}
	host, port, hasPort := strings.Cut(authority, ":")
	if hasPort && !validPort(port) {
		return ErrURL
	}
	if err := dnsname.CheckFQDN(host); err != nil {
		return errors.Join(ErrURL, err)
	}
	return nil
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
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

// urlHost returns the host name of a URL that passed [CheckURL], as
// written; "" if s has no scheme separator.
func urlHost(s string) string {
	_, rest, ok := strings.Cut(s, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#:"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// urlPath returns the path of a URL that passed [CheckURL], without query
// or fragment: "/owa" for "http://cloudowa.contoso.com/owa".
func urlPath(s string) string {
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

// CheckDomain returns nil if s is a fully qualified DNS domain name, as an
// SMTP domain, federated domain or organization relationship domain is.
// Errors come from the module's host name check.
func CheckDomain(s string) error { return dnsname.CheckFQDN(s) }

// CheckGUID returns nil if s is a GUID in its registry form, 32 hexadecimal
// digits in groups of 8-4-4-4-12 separated by hyphens, as the Hybrid
// Configuration Wizard writes the identifier in the names of the objects it
// creates ("O365 to On-Premises - <unique identifier>",
// https://learn.microsoft.com/exchange/decommission-on-premises-exchange).
func CheckGUID(s string) error {
	if !guid.Valid(s) {
		return ErrGUID
	}
	return nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// CheckAddress returns nil if s is an SMTP address: a local part without
// spaces, control characters, "@" or angle brackets, then "@" and a domain
// that passes [CheckDomain]. It is the form of an organization
// relationship's OrganizationContact (an SmtpAddress,
// https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship).
func CheckAddress(s string) error {
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || len(local) > 64 {
		return ErrAddress
	}
	for i := 0; i < len(local); i++ {
		if c := local[i]; c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '"' {
			return ErrAddress
		}
	}
	if err := CheckDomain(domain); err != nil {
		return errors.Join(ErrAddress, err)
	}
	return nil
}

// containsFold reports whether list holds s, comparing domain names
// without case and a trailing dot.
func containsFold(list []string, s string) bool {
	for _, v := range list {
		if dnsname.Equal(v, s) {
			return true
		}
	}
	return false
}
