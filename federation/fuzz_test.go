package federation_test

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/httpurl"
	"github.com/exhybrid/exhybrid/internal/smtpaddr"
)

func FuzzCheckProof(f *testing.F) {
	for _, s := range []string{testProof, "QUJD", "", "QUJD===", "QU=D", "QUJD\n", strings.Repeat("QUJD", 64), "AppID=1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := federation.CheckProof(s)
		if err != nil && !errors.Is(err, federation.ErrProof) {
			t.Fatalf("CheckProof(%q) error %v does not wrap ErrProof", s, err)
		}
		// Reference: what the standard base64 decoder accepts, without the
		// line breaks it skips, in one TXT string.
		_, decErr := base64.StdEncoding.DecodeString(s)
		ref := decErr == nil && s != "" && len(s) <= 255 && !strings.ContainsAny(s, "\r\n")
		if (err == nil) != ref {
			t.Fatalf("CheckProof(%q) = %v; reference accepts=%v (decode error %v)", s, err, ref, decErr)
		}
		if err == nil {
			rec, terr := federation.DomainProof{Domain: "contoso.com", Value: s}.TXT()
			if terr != nil || rec.Text != s {
				t.Fatalf("TXT of a valid proof %q = %+v, %v", s, rec, terr)
			}
		}
	})
}

func FuzzCheckDomain(f *testing.F) {
	for _, s := range []string{"contoso.com", "contoso.mail.onmicrosoft.com", "", "contoso", "*.contoso.com", "a..b", "1.2.3.4", "-a.com"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if dnsname.CheckFQDN(s) != nil {
			return
		}
		// An accepted domain makes a valid URL host and a valid address
		// domain.
		if err := httpurl.Check("https://"+s+"/owa", true); err != nil {
			t.Fatalf("domain %q accepted but https://%s/owa rejected: %v", s, s, err)
		}
		if err := smtpaddr.Check("admin@" + s); err != nil {
			t.Fatalf("domain %q accepted but admin@%s rejected: %v", s, s, err)
		}
		// Both forms of an account namespace name the same domain, and the
		// organization identifier of an identifier is itself.
		id := federation.OrganizationID(s)
		if got := federation.OrganizationID(id); got != id {
			t.Fatalf("OrganizationID(%q) = %q, not %q", id, got, id)
		}
		if a, b := (federation.Trust{AccountNamespace: s}).SharedDomain(), (federation.Trust{AccountNamespace: id}).SharedDomain(); !strings.EqualFold(a, b) {
			t.Fatalf("SharedDomain of %q is %q, of %q is %q", s, a, id, b)
		}
	})
}
