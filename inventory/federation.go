package inventory

import (
	"crypto/sha1"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"github.com/exhybrid/exhybrid/federation"
)

// The type names this file reads.
const (
	typeFederationTrust                 = "Microsoft.Exchange.Data.Directory.SystemConfiguration.FederationTrust"
	typeFederatedOrganizationIdentifier = "Microsoft.Exchange.Data.Directory.Management.FederatedOrganizationIdWithDomainStatus"
)

// FederationTrust is a federation trust with the Microsoft Federation
// Gateway as Get-FederationTrust shows it
// (https://learn.microsoft.com/powershell/module/exchange/get-federationtrust,
// https://learn.microsoft.com/powershell/module/exchange/set-federationtrust).
// It is identified by its name. [FederatedOrganizationIdentifier.Trust]
// joins it to the organization identifier that names it, as the
// federation package's [federation.Trust].
//
// Its certificates are X509Certificate2 objects, which Export-Clixml writes
// as their RawData alone; each is kept as its thumbprint, the upper-case
// hex SHA-1 of the DER, as Exchange shows thumbprints.
type FederationTrust struct {
	Name string `json:"name"` // Name ("Microsoft Federation Gateway")
	// ApplicationURI is ApplicationUri, which must be the organization
	// identifier, FYDIBOHF25SPDLT.<primary shared domain>.
	ApplicationURI string `json:"applicationUri,omitempty"`
	// ApplicationIdentifier is the AppID the authentication system
	// generated when the trust was created.
	ApplicationIdentifier string `json:"applicationIdentifier,omitempty"`
	// TokenIssuerURI is TokenIssuerUri, the identifier of the Microsoft
	// Federation Gateway.
	TokenIssuerURI string `json:"tokenIssuerUri,omitempty"`
	// TokenIssuerMetadataEPR is TokenIssuerMetadataEpr, the federation
	// metadata URL New-FederationTrust's -MetadataUrl set.
	TokenIssuerMetadataEPR string `json:"tokenIssuerMetadataEpr,omitempty"`

	// OrgCertificate, OrgNextCertificate and OrgPrevCertificate are the
	// thumbprints of the organization's current, next and previous
	// federation certificates, computed from their RawData; "" when null.
	OrgCertificate     string `json:"orgCertificate,omitempty"`
	OrgNextCertificate string `json:"orgNextCertificate,omitempty"` // the next certificate's, which Set-FederationTrust -Thumbprint sets; "" when null
	OrgPrevCertificate string `json:"orgPrevCertificate,omitempty"` // OrgPrevCertificate's thumbprint; "" when null
	// OrgCertificateNotAfter is the end of the current certificate's
	// validity, in UTC: an expired federation certificate means the trust
	// must be removed and created again
	// (https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help).
	OrgCertificateNotAfter time.Time `json:"orgCertificateNotAfter,omitzero"`
	// OrgPrivCertificate, OrgNextPrivCertificate and OrgPrevPrivCertificate
	// are the thumbprints, as written, of the certificates whose private
	// keys the Exchange servers hold; "" when not set. After a renewal,
	// OrgPrivCertificate holds the new certificate's thumbprint and
	// OrgPrevPrivCertificate the replaced one's
	// (https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help).
	OrgPrivCertificate     string `json:"orgPrivCertificate,omitempty"`
	OrgNextPrivCertificate string `json:"orgNextPrivCertificate,omitempty"` // the thumbprint Set-FederationTrust -Thumbprint gave; "" when none
	OrgPrevPrivCertificate string `json:"orgPrevPrivCertificate,omitempty"` // the replaced certificate's, after a renewal; "" when none
	// TokenIssuerCertificate and TokenIssuerPrevCertificate are the
	// thumbprints of the Microsoft Federation Gateway's current and
	// previous signing certificates.
	TokenIssuerCertificate     string `json:"tokenIssuerCertificate,omitempty"`
	TokenIssuerPrevCertificate string `json:"tokenIssuerPrevCertificate,omitempty"` // TokenIssuerPrevCertificate's thumbprint; "" when null

	From Origin `json:"from"` // the export file and object it was read from
}

func (t FederationTrust) key() string    { return strings.ToLower(t.Name) }
func (t FederationTrust) origin() Origin { return t.From }

// readFederationTrust reads a Get-FederationTrust object. One without a
// Name is skipped; a certificate whose RawData is not a DER certificate is
// left out, with its finding.
func readFederationTrust(o object, name string) (FederationTrust, bool) {
	t := FederationTrust{
		Name:                       name,
		ApplicationURI:             o.text("ApplicationUri"),
		ApplicationIdentifier:      o.text("ApplicationIdentifier"),
		TokenIssuerURI:             o.text("TokenIssuerUri"),
		TokenIssuerMetadataEPR:     o.absoluteURL("TokenIssuerMetadataEpr"),
		OrgNextCertificate:         certThumbprint(o.x509Certificate("OrgNextCertificate")),
		OrgPrevCertificate:         certThumbprint(o.x509Certificate("OrgPrevCertificate")),
		OrgPrivCertificate:         o.text("OrgPrivCertificate"),
		OrgNextPrivCertificate:     o.text("OrgNextPrivCertificate"),
		OrgPrevPrivCertificate:     o.text("OrgPrevPrivCertificate"),
		TokenIssuerCertificate:     certThumbprint(o.x509Certificate("TokenIssuerCertificate")),
		TokenIssuerPrevCertificate: certThumbprint(o.x509Certificate("TokenIssuerPrevCertificate")),
		From:                       o.origin(),
	}
	if c := o.x509Certificate("OrgCertificate"); c != nil {
		t.OrgCertificate = certThumbprint(c)
		t.OrgCertificateNotAfter = c.NotAfter.UTC()
	}
	return t, true
}

// x509Certificate returns the X509Certificate2 property name decoded from its
// RawData, or nil when the property is absent or null. A certificate that
// cannot be read is reported and nil.
func (o object) x509Certificate(name string) *x509.Certificate {
	v, ok := o.obj.Prop(name)
	if !ok || v.IsNil() {
		return nil
	}
	c := v.Object()
	if c == nil {
		o.invalid(name, "", errors.New("not a certificate object"))
		return nil
	}
	raw, ok := c.Prop("RawData")
	if !ok || raw.IsNil() {
		o.missing(name+".RawData", "")
		return nil
	}
	der, err := raw.Bytes()
	if err != nil {
		o.invalid(name+".RawData", "", errors.New("not a byte array"))
		return nil
	}
	x, err := x509.ParseCertificate(der)
	if err != nil {
		o.invalid(name+".RawData", "", err)
		return nil
	}
	return x
}

// certThumbprint returns c's thumbprint as Exchange shows it, "" for nil.
func certThumbprint(c *x509.Certificate) string {
	if c == nil {
		return ""
	}
	sum := sha1.Sum(c.Raw)
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

// FederatedOrganizationIdentifier is the organization's federated
// organization identifier as Get-FederatedOrganizationIdentifier shows it
// (https://learn.microsoft.com/powershell/module/exchange/get-federatedorganizationidentifier,
// https://learn.microsoft.com/powershell/module/exchange/set-federatedorganizationidentifier).
// An organization has one, on each side, so it has no identity of its
// own: a second one read is the same object, kept once, with a conflict
// finding when it differs.
type FederatedOrganizationIdentifier struct {
	// AccountNamespace is shown as the organization identifier,
	// "FYDIBOHF25SPDLT.contoso.com"; "" when the organization is not
	// federated.
	AccountNamespace string `json:"accountNamespace,omitempty"`
	// Domains are the federated domains, as written.
	Domains []string `json:"domains,omitempty"`
	// DefaultDomain is the default federated domain; "" when not set.
	DefaultDomain string `json:"defaultDomain,omitempty"`
	// Enabled false turns off every federated sharing feature.
	Enabled bool `json:"enabled,omitempty"`
	// OrganizationContact is the address of the organization's contact;
	// "" when not set.
	OrganizationContact string `json:"organizationContact,omitempty"`
	// DelegationTrustLink is the name of the federation trust the
	// identifier uses ("Microsoft Federation Gateway"); "" when none.
	DelegationTrustLink string `json:"delegationTrustLink,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

// key is the same for every identifier: there is one per organization.
func (f FederatedOrganizationIdentifier) key() string    { return "" }
func (f FederatedOrganizationIdentifier) origin() Origin { return f.From }

// readFederatedOrganizationIdentifier reads a
// Get-FederatedOrganizationIdentifier object. Every property may be unset:
// an organization that is not federated has an identifier with none.
func readFederatedOrganizationIdentifier(o object) (FederatedOrganizationIdentifier, bool) {
	return FederatedOrganizationIdentifier{
		AccountNamespace:    o.text("AccountNamespace"),
		Domains:             o.list("Domains"),
		DefaultDomain:       o.text("DefaultDomain"),
		Enabled:             o.boolean("Enabled"),
		OrganizationContact: o.text("OrganizationContact"),
		DelegationTrustLink: o.text("DelegationTrustLink"),
		From:                o.origin(),
	}, true
}

// Trust returns the identifier and the trust of trusts its
// DelegationTrustLink names, by name without regard to case, as one
// [federation.Trust], the form the federation package's rules read. It
// reports whether that trust is in trusts; when it is not, the result has
// the identifier's values only. Proofs and Certificate are left unset:
// an export holds neither the DNS records nor the certificate's key
// properties.
func (f FederatedOrganizationIdentifier) Trust(trusts []FederationTrust) (federation.Trust, bool) {
	t := federation.Trust{
		AccountNamespace: f.AccountNamespace,
		Enabled:          f.Enabled,
		FederatedDomains: f.Domains,
	}
	for _, ft := range trusts {
		if f.DelegationTrustLink != "" && strings.EqualFold(ft.Name, f.DelegationTrustLink) {
			t.Name = ft.Name
			t.ApplicationURI = ft.ApplicationURI
			t.ApplicationIdentifier = ft.ApplicationIdentifier
			t.MetadataURL = ft.TokenIssuerMetadataEPR
			return t, true
		}
	}
	return t, false
}
