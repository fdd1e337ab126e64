package exhybrid

import (
	"errors"
	"fmt"
	"strings"

	"github.com/exhybrid/exhybrid/internal/dnsname"
)

// Tenant is an Exchange Online tenant named by its initial domain,
// "contoso.onmicrosoft.com": the domain Microsoft 365 gives every tenant.
//
// The Hybrid Configuration Wizard adds the tenant's coexistence domain,
// "contoso.mail.onmicrosoft.com", as an accepted domain on premises and as
// a secondary address of every mailbox; cloud mailboxes are reached at their
// routing address in that domain
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard,
// https://learn.microsoft.com/exchange/transport-routing).
type Tenant string

// tenantSuffix is the initial-domain suffix of the worldwide cloud.
const tenantSuffix = ".onmicrosoft.com"

// ErrTenant is wrapped by the error [Tenant.Check] returns.
var ErrTenant = errors.New("invalid tenant, want the initial domain such as contoso.onmicrosoft.com")

// Check returns nil if t is a syntactically valid initial domain: one
// ASCII label followed by ".onmicrosoft.com". Other clouds' initial domains
// (.onmicrosoft.us, 21Vianet's) are not modelled yet and are rejected.
func (t Tenant) Check() error {
	name, ok := t.label()
	if !ok {
		return fmt.Errorf("exhybrid: tenant %q: %w", string(t), ErrTenant)
	}
	if err := dnsname.Check(name); err != nil {
		return fmt.Errorf("exhybrid: tenant %q: %w: %w", string(t), ErrTenant, err)
	}
	return nil
}

// label returns the tenant's own label in lower case and whether t has the
// form label.onmicrosoft.com in ASCII. Only ASCII is lowered, so a
// character whose Unicode lower case is ASCII (the Kelvin sign) is not
// turned into a different tenant.
func (t Tenant) label() (string, bool) {
	s := string(t)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return "", false
		}
	}
	s = strings.ToLower(s)
	name, ok := strings.CutSuffix(s, tenantSuffix)
	if !ok || name == "" || strings.Contains(name, ".") {
		return "", false
	}
	return name, true
}

// Name returns the tenant's own label, "contoso" for
// "contoso.onmicrosoft.com", or "" when t is not valid.
func (t Tenant) Name() string {
	if t.Check() != nil {
		return ""
	}
	name, _ := t.label()
	return name
}

// Domain returns the initial domain in lower case, or "" when t is not valid.
func (t Tenant) Domain() string {
	n := t.Name()
	if n == "" {
		return ""
	}
	return n + tenantSuffix
}

// CoexistenceDomain returns the tenant's hybrid coexistence (routing)
// domain, "contoso.mail.onmicrosoft.com", or "" when t is not valid.
func (t Tenant) CoexistenceDomain() string {
	n := t.Name()
	if n == "" {
		return ""
	}
	return n + ".mail" + tenantSuffix
}
