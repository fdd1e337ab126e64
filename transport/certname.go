package transport

import (
	"errors"
	"strings"

	"github.com/exhybrid/exhybrid/internal/textform"
	"github.com/exhybrid/exhybrid/internal/textsafe"
)

// CertificateName names an X.509 certificate the way Exchange connectors
// and the HybridConfiguration object do (the SmtpX509Identifier type): the
// certificate's issuer and subject distinguished names, written
// "<I>issuer<S>subject", for example
//
//	<I>CN=Contoso CA, O=Contoso, C=US<S>CN=mail.contoso.com, O=Contoso, C=US
//
// Exchange picks the certificate with that issuer and subject for TLS
// (https://learn.microsoft.com/powershell/module/exchange/new-sendconnector,
// TlsCertificateName). It marshals as its text form. The zero
// CertificateName means "no certificate named" ($null): it formats and
// marshals as "".
type CertificateName struct {
	Issuer  string // the issuer's distinguished name, as Get-ExchangeCertificate shows it
	Subject string // the subject's distinguished name
}

// The markers of the "<I>issuer<S>subject" form.
const (
	issuerMarker  = "<I>"
	subjectMarker = "<S>"
)

// ErrCertificateName is wrapped by every error [ParseCertificateName]
// returns; the error's text gives the input and the specific reason.
var ErrCertificateName = errors.New(`invalid certificate name, want "<I>issuer<S>subject"`)

// The reasons [ParseCertificateName] rejects a name, kept unexported:
// callers match [ErrCertificateName] and read the reason in the text.
var (
	errCertEmpty         = errors.New("empty certificate name")
	errCertNoIssuer      = errors.New(`does not start with "<I>"`)
	errCertNoSubject     = errors.New(`no "<S>" before the subject`)
	errCertEmptyIssuer   = errors.New("empty issuer")
	errCertEmptySubject  = errors.New("empty subject")
	errCertMarkerRepeats = errors.New(`"<I>" or "<S>" appears more than once`)
	errCertControl       = errors.New("control character")
)

// certError is the error of ParseCertificateName on s for reason.
func certError(s string, reason error) error {
	return newParseError("ParseCertificateName", ErrCertificateName, s, reason)
}

// ParseCertificateName parses the "<I>issuer<S>subject" form. The markers
// are matched exactly, each must appear once, in that order, with a
// non-empty issuer and subject between and after them; spaces around the
// two names are removed. Control characters are rejected. The empty string
// is an error; use the zero CertificateName for "none".
func ParseCertificateName(s string) (CertificateName, error) {
	if s == "" {
		return CertificateName{}, certError(s, errCertEmpty)
	}
	if textsafe.HasControl(s) {
		return CertificateName{}, certError(s, errCertControl)
	}
	rest, ok := strings.CutPrefix(s, issuerMarker)
	if !ok {
		return CertificateName{}, certError(s, errCertNoIssuer)
	}
	issuer, subject, ok := strings.Cut(rest, subjectMarker)
	switch {
	case !ok:
		return CertificateName{}, certError(s, errCertNoSubject)
	case strings.Contains(issuer, issuerMarker) || strings.Contains(subject, issuerMarker) || strings.Contains(subject, subjectMarker):
		return CertificateName{}, certError(s, errCertMarkerRepeats)
	}
	issuer, subject = strings.TrimSpace(issuer), strings.TrimSpace(subject)
	switch {
	case issuer == "":
		return CertificateName{}, certError(s, errCertEmptyIssuer)
	case subject == "":
		return CertificateName{}, certError(s, errCertEmptySubject)
	}
	return CertificateName{Issuer: issuer, Subject: subject}, nil
}

// MustParseCertificateName is like [ParseCertificateName] but panics on
// error. It is intended for use in tests with hard-coded strings.
func MustParseCertificateName(s string) CertificateName {
	c, err := ParseCertificateName(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c names no certificate.
func (c CertificateName) IsZero() bool { return c == CertificateName{} }

// String returns "<I>issuer<S>subject", or "" for the zero CertificateName.
func (c CertificateName) String() string {
	if c.IsZero() {
		return ""
	}
	return issuerMarker + c.Issuer + subjectMarker + c.Subject
}

// Check reports whether c could have come from [ParseCertificateName]: the
// zero value, or a non-empty issuer and subject without markers, control
// characters or surrounding spaces. It returns the same errors.
func (c CertificateName) Check() error {
	// The same conditions as parsing c.String(), checked in place so that a
	// valid name costs no allocation.
	var reason error
	switch {
	case c.IsZero():
		return nil
	case textsafe.HasControl(c.Issuer) || textsafe.HasControl(c.Subject):
		reason = errCertControl
	case strings.Contains(c.Issuer, issuerMarker) || strings.Contains(c.Issuer, subjectMarker) ||
		strings.Contains(c.Subject, issuerMarker) || strings.Contains(c.Subject, subjectMarker):
		reason = errCertMarkerRepeats
	case strings.TrimSpace(c.Issuer) == "":
		reason = errCertEmptyIssuer
	case strings.TrimSpace(c.Subject) == "":
		reason = errCertEmptySubject
	case strings.TrimSpace(c.Issuer) != c.Issuer || strings.TrimSpace(c.Subject) != c.Subject:
		// Surrounding spaces, which parsing would have removed.
		reason = ErrCertificateName
	default:
		return nil
	}
	return certError(c.String(), reason)
}

// Equal reports whether c and o name the same certificate: the same issuer
// and subject, ignoring case, as distinguished names are compared.
func (c CertificateName) Equal(o CertificateName) bool {
	return strings.EqualFold(c.Issuer, o.Issuer) && strings.EqualFold(c.Subject, o.Subject)
}

// Key returns a map key under which names that are [CertificateName.Equal]
// are one: issuer and subject in lower case, as Exchange and HealthChecker
// match a TlsCertificateName with a certificate
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Get-ExchangeConnectorCustomObject.ps1).
func (c CertificateName) Key() string {
	return strings.ToLower(c.Issuer) + "\x00" + strings.ToLower(c.Subject)
}

// MarshalText implements encoding.TextMarshaler. It fails for a name that
// [CertificateName.Check] rejects, so that what is written can be read back.
func (c CertificateName) MarshalText() ([]byte, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with
// [ParseCertificateName]; the empty text is the zero CertificateName.
func (c *CertificateName) UnmarshalText(text []byte) error {
	return textform.Unmarshal(c, text, ParseCertificateName)
}

// CommonName returns the value of the first CN attribute of the subject
// ("mail.contoso.com" for "CN=mail.contoso.com, O=Contoso, C=US"), and
// false when the subject has none. Attributes are separated by commas;
// a value may be quoted or escape a comma with a backslash, and is
// returned as written, without the quotes.
func (c CertificateName) CommonName() (string, bool) {
	return dnAttribute(c.Subject, "CN")
}

// dnAttribute finds the first attribute named key (ignoring case) in a
// distinguished name written as comma- or semicolon-separated
// "type=value" pairs, as RFC 4514 and Windows render them.
func dnAttribute(dn, key string) (string, bool) {
	for len(dn) > 0 {
		// Find the end of this attribute, outside quotes and escapes.
		end, quoted, escaped := len(dn), false, false
	scan:
		for i := 0; i < len(dn); i++ {
			switch c := dn[i]; {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				quoted = !quoted
			case !quoted && (c == ',' || c == ';' || c == '+'):
				end = i
				break scan
			}
		}
		attr := strings.TrimSpace(dn[:end])
		if end < len(dn) {
			dn = dn[end+1:]
		} else {
			dn = ""
		}
		name, value, ok := strings.Cut(attr, "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(name), key) {
			continue
		}
		value = strings.TrimSpace(value)
		if len(value) >= 2 && value[0] == '"' && value[len(value)-1] == '"' {
			value = value[1 : len(value)-1]
		}
		return value, value != ""
	}
	return "", false
}
