package federation

import (
	"strings"

	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/fold"
)

// OrgIDPrefix is the predefined string of a federated organization
// identifier: the OrgID (and the trust's ApplicationUri) is
// "FYDIBOHF25SPDLT." followed by the primary shared domain, such as
// FYDIBOHF25SPDLT.contoso.com
// (https://learn.microsoft.com/exchange/federation-exchange-2013-help).
const OrgIDPrefix = "FYDIBOHF25SPDLT."

// MaxFederatedDomainLength is the longest accepted domain that can be
// federated: "accepted domains selected to be federated are limited to a
// maximum of 32 characters"
// (https://learn.microsoft.com/exchange/federation-exchange-2013-help).
const MaxFederatedDomainLength = 32

// WizardTrustName is the federation trust name of Microsoft's examples
// (https://learn.microsoft.com/powershell/module/exchange/new-federationtrust,
// https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help);
// third-party transcriptions of wizard logs show the Hybrid Configuration
// Wizard uses it too.
const WizardTrustName = "Microsoft Federation Gateway"

// OrganizationID returns the federated organization identifier of primary
// shared domain d: [OrgIDPrefix] + d in lower case, such as
// "FYDIBOHF25SPDLT.contoso.com". A d that already starts with the prefix,
// as Get-FederatedOrganizationIdentifier shows AccountNamespace, is taken
// as the identifier itself: OrganizationID("FYDIBOHF25SPDLT.contoso.com")
// is "FYDIBOHF25SPDLT.contoso.com" too.
func OrganizationID(d string) string {
	return OrgIDPrefix + strings.ToLower(sharedDomain(d))
}

// sharedDomain returns the primary shared domain an account namespace
// names, in either of the forms Exchange uses: "contoso.com", as given to
// Set-FederatedOrganizationIdentifier -AccountNamespace
// (https://learn.microsoft.com/exchange/configure-a-federation-trust-exchange-2013-help),
// or "FYDIBOHF25SPDLT.contoso.com", as Get-FederatedOrganizationIdentifier
// shows it: "The value of the AccountNamespace property contains the
// primary shared domain in the format FYDIBOHF25SPDLT<primary shared
// domain>"
// (https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help).
// A leading [OrgIDPrefix] (any case) and a trailing dot are removed; the
// rest is returned as given.
func sharedDomain(s string) string {
	if fold.HasPrefix(s, OrgIDPrefix) {
		s = s[len(OrgIDPrefix):]
	}
	return strings.TrimSuffix(s, ".")
}

// isOrganizationID reports whether s is the organization identifier of
// domain d, ignoring case, without building it.
func isOrganizationID(s, d string) bool {
	return fold.HasPrefix(s, OrgIDPrefix) && d != "" && dnsname.Equal(s[len(OrgIDPrefix):], d)
}

// Trust is an on-premises organization's federation trust with the
// Microsoft Federation Gateway (the Microsoft Entra authentication system)
// and its federated organization identifier: what Get-FederationTrust and
// Get-FederatedOrganizationIdentifier show. Exchange Online organizations
// have one already; an on-premises organization needs one before it can
// create organization relationships
// (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship,
// https://learn.microsoft.com/exchange/shared-free-busy).
type Trust struct {
	// Name is the trust's friendly name, required by New-FederationTrust
	// (https://learn.microsoft.com/powershell/module/exchange/new-federationtrust);
	// the wizard uses [WizardTrustName].
	Name string `json:"name"`
	// ApplicationURI is the trust's ApplicationUri as Get-FederationTrust
	// shows it; it must be the organization identifier,
	// FYDIBOHF25SPDLT.<primary shared domain> (FreeBusyChecker,
	// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1).
	// Empty when not known.
	ApplicationURI string `json:"applicationUri,omitempty"`
	// ApplicationIdentifier is the AppID that the authentication system
	// generates when the trust is created; informational.
	ApplicationIdentifier string `json:"applicationIdentifier,omitempty"`
	// AccountNamespace is the primary shared domain, in either form
	// Exchange uses: as given to Set-FederatedOrganizationIdentifier
	// -AccountNamespace, "contoso.com"
	// (https://learn.microsoft.com/exchange/configure-a-federation-trust-exchange-2013-help),
	// or as Get-FederatedOrganizationIdentifier shows it,
	// "FYDIBOHF25SPDLT.contoso.com"
	// (https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help).
	// Every reader strips a leading [OrgIDPrefix]; [Trust.SharedDomain]
	// gives the domain and [Trust.OrganizationID] the identifier.
	AccountNamespace string `json:"accountNamespace"`
	// Enabled is the organization identifier's Enabled flag: disabling it
	// turns off every federated sharing feature
	// (https://learn.microsoft.com/exchange/federation-exchange-2013-help).
	Enabled bool `json:"enabled"`
	// FederatedDomains are the domains of the organization identifier, each
	// at most [MaxFederatedDomainLength] characters.
	FederatedDomains []string `json:"federatedDomains,omitempty"`
	// Proofs are the domain proofs the caller has (see [DomainProof]).
	Proofs []DomainProof `json:"proofs,omitempty"`
	// MetadataURL is the trust's MetadataUrl (TokenIssuerMetadataEpr); see
	// [Endpoints.FederationMetadataURL]. Empty when not known.
	MetadataURL string `json:"metadataUrl,omitempty"`
	// Certificate describes the trust's certificate; nil when not described.
	Certificate *TrustCertificate `json:"certificate,omitempty"`
}

// OrganizationID returns the trust's federated organization identifier, or
// "" when AccountNamespace names no domain.
func (t Trust) OrganizationID() string {
	if t.SharedDomain() == "" {
		return ""
	}
	return OrganizationID(t.AccountNamespace)
}

// SharedDomain returns the primary shared domain of AccountNamespace,
// without the [OrgIDPrefix] Get-FederatedOrganizationIdentifier shows and
// without a trailing dot: "contoso.com" for both "contoso.com" and
// "FYDIBOHF25SPDLT.contoso.com". It does not check the name.
func (t Trust) SharedDomain() string { return sharedDomain(t.AccountNamespace) }

// Proof returns the trust's proof for domain d and whether there is one.
// When several are given for d, a published one wins.
func (t Trust) Proof(d string) (DomainProof, bool) {
	var found DomainProof
	ok := false
	for _, p := range t.Proofs {
		if !strings.EqualFold(strings.TrimSuffix(p.Domain, "."), strings.TrimSuffix(d, ".")) {
			continue
		}
		if !ok || p.Published && !found.Published {
			found, ok = p, true
		}
	}
	return found, ok
}

// TrustCertificate describes the federation trust's certificate by the
// properties Microsoft's federation page sets rules for
// (https://learn.microsoft.com/exchange/federation-exchange-2013-help,
// "TrustCertificate requirements for Federation").
//
// A self-signed certificate is recommended: the wizard creates one, and the
// requirements below then hold by construction. A certificate from a
// certification authority must meet them all. It is used only to sign and
// encrypt delegation tokens, so no subject or subject alternative name is
// required.
type TrustCertificate struct {
	// SelfSigned is true for the self-signed certificate Exchange creates.
	SelfSigned bool `json:"selfSigned"`
	// Expired is true once the certificate is past its end date; an expired
	// federation certificate means the trust must be removed and created
	// again (https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help).
	Expired bool `json:"expired,omitempty"`
	// Revoked is true for a revoked certificate.
	Revoked bool `json:"revoked,omitempty"`

	// The requirements for a certificate from a certification authority.

	// SubjectKeyIdentifier: the certificate has a subject key identifier.
	SubjectKeyIdentifier bool `json:"subjectKeyIdentifier,omitempty"`
	// CryptoAPI: its key is held by a CryptoAPI cryptographic service
	// provider; CNG providers are not supported.
	CryptoAPI bool `json:"cryptoApi,omitempty"`
	// RSASignature: RSA is its signature algorithm.
	RSASignature bool `json:"rsaSignature,omitempty"`
	// ExportablePrivateKey: its private key can be exported.
	ExportablePrivateKey bool `json:"exportablePrivateKey,omitempty"`
	// ClientAuthentication: its enhanced key usage includes Client
	// Authentication (1.3.6.1.5.5.7.3.2).
	ClientAuthentication bool `json:"clientAuthentication,omitempty"`
}
