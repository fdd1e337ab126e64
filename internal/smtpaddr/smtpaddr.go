// Package smtpaddr checks the syntax of an SMTP address, such as an
// organization relationship's contact. It never looks a domain up.
package smtpaddr

import (
	"errors"
	"strings"

	"github.com/exhybrid/exhybrid/internal/dnsname"
)

// ErrSyntax is wrapped by the errors of [Check].
var ErrSyntax = errors.New("not an SMTP address in the form admin@contoso.com")

// Check returns nil if s is an SMTP address: a local part of at most 64
// characters without spaces, control characters, quotes or angle brackets,
// then "@" and a fully qualified domain name. It is the form of an
// organization relationship's OrganizationContact (an SmtpAddress,
// https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship).
func Check(s string) error {
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || len(local) > 64 {
		return ErrSyntax
	}
	for i := 0; i < len(local); i++ {
		if c := local[i]; c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '"' {
			return ErrSyntax
		}
	}
	if err := dnsname.CheckFQDN(domain); err != nil {
		return errors.Join(ErrSyntax, err)
	}
	return nil
}
