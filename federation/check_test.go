package federation_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/federation"
)

func TestCheckURL(t *testing.T) {
	tests := []struct {
		in        string
		httpsOnly bool
		want      error
	}{
		{"https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc/WSSecurity", true, nil},
		{"https://mail.contoso.com/EWS/Exchange.asmx", true, nil},
		{"HTTPS://Mail.Contoso.com:443/owa?x=1#y", true, nil},
		{"http://cloudowa.contoso.com/owa", false, nil},
		{"https://mail.contoso.com", true, nil},
		{"http://cloudowa.contoso.com/owa", true, federation.ErrNotHTTPS},
		{"", false, federation.ErrURL},
		{"mail.contoso.com/owa", false, federation.ErrURL},
		{"ftp://mail.contoso.com/", false, federation.ErrURL},
		{"https://", false, federation.ErrURL},
		{"https:///path", false, federation.ErrURL},
		{"https://mail/owa", false, federation.ErrURL},
		{"https://user@mail.contoso.com/", false, federation.ErrURL},
		{"https://192.168.1.10/owa", false, federation.ErrURL},
		{"https://[::1]/owa", false, federation.ErrURL},
		{"https://mail.contoso.com:0/", false, federation.ErrURL},
		{"https://mail.contoso.com:65536/", false, federation.ErrURL},
		{"https://mail.contoso.com:/", false, federation.ErrURL},
		{"https://mail.contoso.com/a b", false, federation.ErrURL},
		{"https://mail.contoso.com/a\\b", false, federation.ErrURL},
		{"https://mail_01.contoso.com/", false, federation.ErrURL},
	}
	for _, tt := range tests {
		err := federation.CheckURL(tt.in, tt.httpsOnly)
		if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("CheckURL(%q, %v) = %v, want %v", tt.in, tt.httpsOnly, err, tt.want)
		}
	}
}

func TestCheckGUID(t *testing.T) {
	for _, ok := range []string{testID, strings.ToUpper(testID), "00000002-0000-0ff1-ce00-000000000000"} {
		if err := federation.CheckGUID(ok); err != nil {
			t.Errorf("CheckGUID(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"", "{" + testID + "}", testID[:35], testID + "0", strings.ReplaceAll(testID, "-", "_"), "g77cd94d-be11-44e9-b09f-db69389f3a35"} {
		if err := federation.CheckGUID(bad); !errors.Is(err, federation.ErrGUID) {
			t.Errorf("CheckGUID(%q) = %v, want ErrGUID", bad, err)
		}
	}
}

func TestCheckAddress(t *testing.T) {
	for _, ok := range []string{"admin@contoso.com", "first.last+hybrid@sales.contoso.com"} {
		if err := federation.CheckAddress(ok); err != nil {
			t.Errorf("CheckAddress(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"", "admin", "@contoso.com", "admin@", "admin@contoso", "ad min@contoso.com", "<admin@contoso.com>", strings.Repeat("a", 65) + "@contoso.com"} {
		if err := federation.CheckAddress(bad); !errors.Is(err, federation.ErrAddress) {
			t.Errorf("CheckAddress(%q) = %v, want ErrAddress", bad, err)
		}
	}
}

func TestCheckDomain(t *testing.T) {
	for _, ok := range []string{"contoso.com", "contoso.mail.onmicrosoft.com"} {
		if err := federation.CheckDomain(ok); err != nil {
			t.Errorf("CheckDomain(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"", "contoso", "*.contoso.com", "contoso..com", "192.168.1.10"} {
		if err := federation.CheckDomain(bad); err == nil {
			t.Errorf("CheckDomain(%q) accepted", bad)
		}
	}
}

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
