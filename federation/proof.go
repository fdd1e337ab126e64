package federation

import (
	"errors"
	"strings"

	"github.com/exhybrid/exhybrid/internal/dnsname"
)

// ErrProof is wrapped by the errors of [DomainProof.TXT] for a value that
// is not a federated domain proof.
var ErrProof = errors.New("not a federated domain proof")

// maxTXTString is the longest character-string a TXT record holds in one
// piece: 255 octets (RFC 1035 sections 3.3 and 3.3.14,
// https://www.rfc-editor.org/rfc/rfc1035#section-3.3.14).
const maxTXTString = 255

// checkProof returns nil if s has the syntax of a federated domain proof:
// the "cryptographically secure string" that Get-FederatedDomainProof
// returns (https://learn.microsoft.com/powershell/module/exchange/get-federateddomainproof),
// which Microsoft's example shows in standard base64 with padding
// ("znMfbkgSbOQSsWFdsW+gm3to0nZSdE3zbcPPHGVAqdgsLFGsCPuLHiyVbKoPmgyZKX90NH2g1PbCZH0YTQF6oA==",
// https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help).
// It must fit in one TXT character-string of 255 octets.
//
// A copy cut at a multiple of four characters is still valid base64 and
// cannot be told from a shorter proof; Microsoft's examples are 88
// characters long, but no page states a fixed length, so none is enforced.
//
// Only the cmdlet can tell whether a proof is right for the domain and the
// current certificate; this checks that what was copied is a whole base64
// string (a truncated or mistyped copy is the failure Microsoft warns of,
// https://learn.microsoft.com/exchange/configure-a-federation-trust-exchange-2013-help).
// It does not allocate.
func checkProof(s string) error {
	switch {
	case s == "":
		return errors.Join(ErrProof, errors.New("empty"))
	case len(s) > maxTXTString:
		return errors.Join(ErrProof, errors.New("longer than one 255-octet TXT string"))
	case len(s)%4 != 0:
		return errors.Join(ErrProof, errors.New("base64 length is not a multiple of 4"))
	}
	body := strings.TrimRight(s, "=")
	if len(s)-len(body) > 2 {
		return errors.Join(ErrProof, errors.New("more than two padding characters"))
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/') {
			return errors.Join(ErrProof, errors.New("character outside the base64 alphabet"))
		}
	}
	return nil
}

// DomainProof is the proof of ownership of one federated domain: the value
// Get-FederatedDomainProof returned for it, and whether the caller has
// published it. Every domain and subdomain added to the federation trust
// needs a public DNS TXT record holding its proof, and in hybrid all
// accepted domains validated in Exchange Online should have one
// (https://learn.microsoft.com/exchange/configure-a-federation-trust-exchange-2013-help).
//
// The library computes what to publish ([DomainProof.TXT]) and takes the
// caller's word for Published; it never looks anything up in DNS.
type DomainProof struct {
	// Domain is the federated domain, such as "contoso.com".
	Domain string `json:"domain"`
	// Value is the Proof value of Get-FederatedDomainProof -DomainName
	// <Domain> for the trust's current certificate.
	Value string `json:"value"`
	// Published is true once the caller has created the TXT record.
	Published bool `json:"published,omitempty"`
}

// TXTRecord is a DNS TXT record to publish: its owner name and its text.
type TXTRecord struct {
	// Name is the record's owner name, the federated domain itself: the TXT
	// record format is "example.com IN TXT hash-value" (Microsoft support
	// article 3068837, "Proof of domain ownership has failed error when you
	// run the Hybrid Configuration wizard", https://support.microsoft.com/kb/3068837).
	Name string `json:"name"`
	// Text is the record's single character-string: the proof value.
	Text string `json:"text"`
}

// String renders the record in zone file form: `contoso.com. IN TXT "…"`.
func (r TXTRecord) String() string {
	return r.Name + ". IN TXT \"" + r.Text + "\""
}

// TXT returns the TXT record that publishes p, or an error wrapping
// [ErrProof] (a bad value) or the domain name error.
func (p DomainProof) TXT() (TXTRecord, error) {
	if err := dnsname.CheckFQDN(p.Domain); err != nil {
		return TXTRecord{}, err
	}
	if err := checkProof(p.Value); err != nil {
		return TXTRecord{}, err
	}
	return TXTRecord{Name: strings.ToLower(strings.TrimSuffix(p.Domain, ".")), Text: p.Value}, nil
}
