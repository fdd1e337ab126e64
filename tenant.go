package exhybrid

import (
	"errors"
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

// Check returns nil if t is a syntactically valid initial domain: one label
// followed by ".onmicrosoft.com". Other clouds' initial domains are not
// modelled yet and are rejected.
func (t Tenant) Check() error {
	name, ok := strings.CutSuffix(strings.ToLower(string(t)), tenantSuffix)
	if !ok || name == "" || strings.Contains(name, ".") {
		return ErrTenant
	}
	if err := dnsname.Check(name); err != nil {
		return errors.Join(ErrTenant, err)
	}
	return nil
}

// Name returns the tenant's own label, "contoso" for
// "contoso.onmicrosoft.com", or "" when t is not valid.
func (t Tenant) Name() string {
	if t.Check() != nil {
		return ""
	}
	return strings.ToLower(string(t))[:len(t)-len(tenantSuffix)]
}

// Domain returns the initial domain in lower case, or "" when t is not valid.
func (t Tenant) Domain() string {
	if t.Check() != nil {
		return ""
	}
	return strings.ToLower(string(t))
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

// String returns the tenant as given.
func (t Tenant) String() string { return string(t) }
