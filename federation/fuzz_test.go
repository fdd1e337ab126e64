package federation_test

import (
	"encoding/base64"
	"errors"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/federation"
)

func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{
		"https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc/WSSecurity",
		"http://cloudowa.contoso.com/owa", "HTTPS://Mail.Contoso.com:443/owa?x=1#y",
		"", "https://", "https://user@mail.contoso.com/", "https://[::1]/", "https://mail.contoso.com:99999/",
		"https://mail.contoso.com/a b", "ftp://x.com", "https://192.168.1.10/", "https://mail..contoso.com/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		errAny := federation.CheckURL(s, false)
		errHTTPS := federation.CheckURL(s, true)
		for _, err := range []error{errAny, errHTTPS} {
			if err != nil && !errors.Is(err, federation.ErrURL) && !errors.Is(err, federation.ErrNotHTTPS) {
				t.Fatalf("CheckURL(%q) error %v wraps neither ErrURL nor ErrNotHTTPS", s, err)
			}
		}
		if errHTTPS == nil && errAny != nil {
			t.Fatalf("CheckURL(%q): accepted as https only but not as any URL: %v", s, errAny)
		}
		if errAny != nil {
			return
		}
		// A URL it accepts is one net/url parses to the same scheme and host.
		u, err := url.Parse(s)
		if err != nil {
			t.Fatalf("CheckURL accepted %q, which net/url rejects: %v", s, err)
		}
		if sc := strings.ToLower(u.Scheme); sc != "http" && sc != "https" || u.User != nil || u.Opaque != "" {
			t.Fatalf("CheckURL accepted %q: scheme %q, user %v, opaque %q", s, u.Scheme, u.User, u.Opaque)
		}
		if err := federation.CheckDomain(u.Hostname()); err != nil {
			t.Fatalf("CheckURL accepted %q whose host %q is not a domain: %v", s, u.Hostname(), err)
		}
	})
}

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

var guidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

func FuzzCheckGUID(f *testing.F) {
	for _, s := range []string{testID, "", "{" + testID + "}", strings.ToUpper(testID), testID[:35] + "g"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := federation.CheckGUID(s)
		if (err == nil) != guidRE.MatchString(s) {
			t.Fatalf("CheckGUID(%q) = %v; the reference pattern says %v", s, err, guidRE.MatchString(s))
		}
		if err != nil && !errors.Is(err, federation.ErrGUID) {
			t.Fatalf("CheckGUID(%q) error %v", s, err)
		}
	})
}

func FuzzCheckDomain(f *testing.F) {
	for _, s := range []string{"contoso.com", "contoso.mail.onmicrosoft.com", "", "contoso", "*.contoso.com", "a..b", "1.2.3.4", "-a.com"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if federation.CheckDomain(s) != nil {
			return
		}
		// An accepted domain makes a valid URL host and a valid address
		// domain.
		if err := federation.CheckURL("https://"+s+"/owa", true); err != nil {
			t.Fatalf("domain %q accepted but https://%s/owa rejected: %v", s, s, err)
		}
		if err := federation.CheckAddress("admin@" + s); err != nil {
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

func FuzzCheckAddress(f *testing.F) {
	for _, s := range []string{"admin@contoso.com", "", "@", "a@b", "a b@contoso.com", "a@@contoso.com", "<a@contoso.com>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := federation.CheckAddress(s)
		if err != nil {
			if !errors.Is(err, federation.ErrAddress) {
				t.Fatalf("CheckAddress(%q) error %v", s, err)
			}
			return
		}
		local, domain, _ := strings.Cut(s, "@")
		if local == "" || strings.ContainsAny(local, " <>") || federation.CheckDomain(domain) != nil {
			t.Fatalf("CheckAddress accepted %q", s)
		}
	})
}
