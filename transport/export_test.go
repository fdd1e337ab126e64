package transport

// The reason sentinels, under their former exported names, for the external
// tests that check each parser rejects an input for the right reason.
var (
	ErrAddressEmpty       = errAddressEmpty
	ErrAddressType        = errAddressType
	ErrAddressDomain      = errAddressDomain
	ErrAddressCost        = errAddressCost
	ErrAddressCostNeeded  = errAddressCostNeeded
	ErrCapabilityNoColon  = errCapabilityNoColon
	ErrCapabilityDomain   = errCapabilityDomain
	ErrCapabilityEmpty    = errCapabilityEmpty
	ErrCapabilityRepeated = errCapabilityRepeated
	ErrCertEmpty          = errCertEmpty
	ErrCertNoIssuer       = errCertNoIssuer
	ErrCertNoSubject      = errCertNoSubject
	ErrCertEmptyIssuer    = errCertEmptyIssuer
	ErrCertEmptySubject   = errCertEmptySubject
	ErrCertMarkerRepeats  = errCertMarkerRepeats
	ErrCertControl        = errCertControl
)

// CertificateNameError is the error type of ParseCertificateName, for the
// tests that check each error carries the input.
type CertificateNameError = parseError
