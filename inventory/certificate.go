package inventory

import (
	"crypto/sha1"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"errors"
	"slices"
	"strings"
	"time"
)

const typeExchangeCertificate = "Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate"

// Certificate is one certificate as Get-ExchangeCertificate exports it
// (https://learn.microsoft.com/powershell/module/exchange/get-exchangecertificate).
// PowerShell serializes an X509Certificate2, and so an ExchangeCertificate,
// as its RawData alone (the DER), so everything here is read from the DER:
// Services, Status, FriendlyName and whether the private key is present are
// not in an Export-Clixml file at all.
type Certificate struct {
	// Thumbprint is the upper-case hex SHA-1 of the DER, as Exchange shows
	// it ("C3EDCF181EF4F9B53D01768ECA99564014BCA6E7"). It identifies the
	// certificate: the same one installed on two servers is one entry.
	Thumbprint string `json:"thumbprint"`
	// Subject and Issuer are the distinguished names as .NET's
	// X500DistinguishedName.Name writes them, the form Get-ExchangeCertificate
	// shows and connectors' TlsCertificateName uses: the most specific part
	// first, joined by ", ", with "S" for the state ("CN=domain.com, OU=IT,
	// O=Contoso, L=Cologne, S=NRW, C=Germany").
	Subject string `json:"subject"`
	Issuer  string `json:"issuer"` // the issuer's name, in the same form ("CN=Contoso CA, DC=contoso, DC=com")
	// DNSNames are the DNS names of the subject alternative name extension,
	// in the certificate's order. Exchange's CertificateDomains falls back
	// to the subject's common name when there are none; this list does not.
	DNSNames []string `json:"dnsNames,omitempty"`
	// NotBefore and NotAfter bound the certificate's validity, in UTC.
	NotBefore time.Time `json:"notBefore"`
	NotAfter  time.Time `json:"notAfter"` // the DER's notAfter, which Get-ExchangeCertificate shows as NotAfter
	// Servers are the servers whose exports held the certificate, when
	// their [Source] named them (the collection script's
	// GetExchangeCertificate_SERVER.xml), sorted without regard to case:
	// the certificate is installed on each. Empty when no export named its
	// server, which says nothing of where it is installed.
	Servers []string `json:"servers,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

func (c Certificate) key() string { return c.Thumbprint }

// join adds the servers of another copy of the certificate: one
// certificate installed on several servers is one entry, on each.
func (c Certificate) join(other Certificate) Certificate {
	for _, s := range other.Servers {
		if !slices.ContainsFunc(c.Servers, func(t string) bool { return strings.EqualFold(s, t) }) {
			c.Servers = append(slices.Clip(c.Servers), s)
		}
	}
	slices.SortFunc(c.Servers, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return c
}
func (c Certificate) origin() Origin { return c.From }

// same is always true: two certificates with one thumbprint have one DER.
func (c Certificate) same(any) bool { return true }

// readCertificate reads an ExchangeCertificate's RawData.
func readCertificate(o object) (Certificate, bool) {
	v, ok := o.obj.Prop("RawData")
	if !ok || v.IsNil() {
		o.missing("RawData", "Export Get-ExchangeCertificate with Export-Clixml, which writes RawData")
		return Certificate{}, false
	}
	der, err := v.Bytes()
	if err != nil {
		o.invalid("RawData", "", errors.New("not a byte array"))
		return Certificate{}, false
	}
	x, err := x509.ParseCertificate(der)
	if err != nil {
		o.invalid("RawData", "", err)
		return Certificate{}, false
	}
	subject, err := dotNetName(x.RawSubject)
	if err != nil {
		o.invalid("RawData", "", err)
		return Certificate{}, false
	}
	issuer, err := dotNetName(x.RawIssuer)
	if err != nil {
		o.invalid("RawData", "", err)
		return Certificate{}, false
	}
	sum := sha1.Sum(der)
	return Certificate{
		Thumbprint: strings.ToUpper(hex.EncodeToString(sum[:])),
		Subject:    subject,
		Issuer:     issuer,
		DNSNames:   x.DNSNames,
		NotBefore:  x.NotBefore.UTC(),
		NotAfter:   x.NotAfter.UTC(),
		Servers:    serversOf(o.src),
		From:       o.origin(),
	}, true
}

// serversOf returns the server src names, as a list, or nil.
func serversOf(src Source) []string {
	if src.Server == "" {
		return nil
	}
	return []string{src.Server}
}

// attributeNames are the short names .NET gives the attribute types of
// a distinguished name (X500DistinguishedName, the CryptoAPI
// CertNameToStr X500 form:
// https://learn.microsoft.com/windows/win32/api/wincrypt/nf-wincrypt-certnametostra).
// Others are written "OID.1.2.3".
var attributeNames = map[string]string{
	"2.5.4.3":                    "CN",
	"2.5.4.4":                    "SN",
	"2.5.4.5":                    "SERIALNUMBER",
	"2.5.4.6":                    "C",
	"2.5.4.7":                    "L",
	"2.5.4.8":                    "S",
	"2.5.4.9":                    "STREET",
	"2.5.4.10":                   "O",
	"2.5.4.11":                   "OU",
	"2.5.4.12":                   "T",
	"2.5.4.42":                   "G",
	"2.5.4.43":                   "I",
	"1.2.840.113549.1.9.1":       "E",
	"0.9.2342.19200300.100.1.25": "DC",
}

// dotNetName writes the DER name raw as .NET does: relative names from the
// most specific (the last in the DER) to the least, joined by ", "; the
// attributes of one relative name joined by " + "; a value with a special
// character quoted. It reads the raw name because pkix.Name keeps only the
// attributes it knows by name, and drops DC.
func dotNetName(raw []byte) (string, error) {
	var rdns pkix.RDNSequence
	if rest, err := asn1.Unmarshal(raw, &rdns); err != nil {
		return "", err
	} else if len(rest) > 0 {
		return "", errors.New("trailing data after a distinguished name")
	}
	var b strings.Builder
	for _, rdn := range slices.Backward(rdns) {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		for i, atv := range rdn {
			if i > 0 {
				b.WriteString(" + ")
			}
			b.WriteString(attributeName(atv.Type))
			b.WriteByte('=')
			b.WriteString(quoteValue(atv.Value))
		}
	}
	return b.String(), nil
}

func attributeName(t asn1.ObjectIdentifier) string {
	if s, ok := attributeNames[t.String()]; ok {
		return s
	}
	return "OID." + t.String()
}

// quoteValue writes a value as CertNameToStr does: in double quotes, with
// inner quotes doubled, when it has a character special in the string form
// or leading or trailing spaces.
func quoteValue(v any) string {
	s, ok := v.(string)
	if !ok {
		s = "#" // a value that is not a string: .NET writes its hex; keep the marker
		if b, err := asn1.Marshal(v); err == nil {
			s += strings.ToUpper(hex.EncodeToString(b))
		}
		return s
	}
	if s == "" || strings.ContainsAny(s, ",+=\"\n<>#;") || strings.TrimSpace(s) != s {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}
