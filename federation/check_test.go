package federation_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/federation"
)

func TestCheckProof(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{testProof, true},
		// Microsoft's other example proof, for the old certificate.
		{"m4gZX7OLr9iOWYJMVjEklQpoSkPb5hSbcFjD7Q3/vsqmdJ2Z+HcSt7j5pzBKFmEW2s27JYr3xsK2POzAI/8Ffw==", true},
		{"QUJD", true},
		{"", false},
		{testProof[:len(testProof)-1], false}, // truncated copy
		{strings.Replace(testProof, "+", "-", 1), false}, // URL-safe alphabet
		{"QUJD===", false},
		{"QU=D", false},
		{" " + testProof, false},
		{strings.Repeat("QUJD", 64), false}, // 256 characters: over one TXT string
		{strings.Repeat("QUJD", 63), true},  // 252 characters
		{"AppID=1234", false},
	}
	for _, tt := range tests {
		err := federation.CheckProof(tt.in)
		if (err == nil) != tt.ok || err != nil && !errors.Is(err, federation.ErrProof) {
			t.Errorf("CheckProof(%q) = %v, want ok=%v", tt.in, err, tt.ok)
		}
	}
}

func TestDomainProofTXT(t *testing.T) {
	p := federation.DomainProof{Domain: "Sales.Contoso.com", Value: testProof}
	got, err := p.TXT()
	want := federation.TXTRecord{Name: "sales.contoso.com", Text: testProof}
	if err != nil || got != want {
		t.Fatalf("TXT() = %+v, %v; want %+v", got, err, want)
	}
	if s := got.String(); s != `sales.contoso.com. IN TXT "`+testProof+`"` {
		t.Errorf("String() = %q", s)
	}
	if _, err := (federation.DomainProof{Domain: "contoso.com", Value: "not base64!"}).TXT(); !errors.Is(err, federation.ErrProof) {
		t.Errorf("bad value: err = %v", err)
	}
	if _, err := (federation.DomainProof{Domain: "contoso", Value: testProof}).TXT(); err == nil {
		t.Error("bad domain accepted")
	}
}

func TestOrganizationID(t *testing.T) {
	// Both forms of the account namespace: as given to
	// Set-FederatedOrganizationIdentifier and as
	// Get-FederatedOrganizationIdentifier shows it.
	for _, in := range []string{"Contoso.com.", "contoso.com", "FYDIBOHF25SPDLT.contoso.com", "fydibohf25spdlt.Contoso.com."} {
		if got := federation.OrganizationID(in); got != "FYDIBOHF25SPDLT.contoso.com" {
			t.Errorf("OrganizationID(%q) = %q", in, got)
		}
		tr := federation.Trust{AccountNamespace: in}
		if got := tr.SharedDomain(); !strings.EqualFold(got, "contoso.com") {
			t.Errorf("Trust{AccountNamespace: %q}.SharedDomain() = %q", in, got)
		}
		if got := tr.OrganizationID(); got != "FYDIBOHF25SPDLT.contoso.com" {
			t.Errorf("Trust{AccountNamespace: %q}.OrganizationID() = %q", in, got)
		}
	}
	if got := (federation.Trust{AccountNamespace: "FYDIBOHF25SPDLT."}).OrganizationID(); got != "" {
		t.Errorf("OrganizationID of the bare prefix = %q, want empty", got)
	}
	tr := federation.Trust{AccountNamespace: "contoso.com", Proofs: []federation.DomainProof{
		{Domain: "contoso.com", Value: "QUJD"},
		{Domain: "CONTOSO.COM", Value: testProof, Published: true},
	}}
	if tr.OrganizationID() != "FYDIBOHF25SPDLT.contoso.com" || (federation.Trust{}).OrganizationID() != "" {
		t.Error("Trust.OrganizationID wrong")
	}
	if p, ok := tr.Proof("contoso.com."); !ok || !p.Published || p.Value != testProof {
		t.Errorf("Proof = %+v, %v; want the published one", p, ok)
	}
	if _, ok := tr.Proof("fabrikam.com"); ok {
		t.Error("Proof found for a domain without one")
	}
}
