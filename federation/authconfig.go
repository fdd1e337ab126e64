package federation

import "time"

// AuthConfig is the organization's OAuth signing configuration as
// Get-AuthConfig shows it
// (https://learn.microsoft.com/powershell/module/exchange/get-authconfig):
// the thumbprints of the Auth Certificate that signs Exchange's
// server-to-server tokens, of the one that replaces it, and of the one it
// replaced. The certificates themselves are on every Mailbox server, and
// Get-ExchangeCertificate shows their lifetimes.
type AuthConfig struct {
	// CurrentCertificateThumbprint is the certificate that signs tokens
	// now; empty when none is configured.
	CurrentCertificateThumbprint string `json:"currentCertificateThumbprint,omitempty"`
	// PreviousCertificateThumbprint is the one it replaced; empty once
	// cleared (Set-AuthConfig -ClearPreviousCertificate).
	PreviousCertificateThumbprint string `json:"previousCertificateThumbprint,omitempty"`
	// NextCertificateThumbprint is the certificate staged to replace the
	// current one on NextCertificateEffectiveDate (Set-AuthConfig
	// -NewCertificateThumbprint); empty when none is staged.
	NextCertificateThumbprint string `json:"nextCertificateThumbprint,omitempty"`
	// NextCertificateEffectiveDate is when the next certificate "should be
	// used" (Set-AuthConfig -NewCertificateEffectiveDate,
	// https://learn.microsoft.com/powershell/module/exchange/set-authconfig);
	// the zero time when none is staged.
	NextCertificateEffectiveDate time.Time `json:"nextCertificateEffectiveDate,omitzero"`
	// ServiceName is Exchange's own application identifier,
	// 00000002-0000-0ff1-ce00-000000000000 ([ExchangeOnlineAppID]) in every
	// export seen.
	ServiceName string `json:"serviceName,omitempty"`
	// Realm is the organization's security realm; empty by default.
	Realm string `json:"realm,omitempty"`
}
