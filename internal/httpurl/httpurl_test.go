package httpurl

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/internal/dnsname"
)

func TestCheck(t *testing.T) {
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
		{"http://cloudowa.contoso.com/owa", true, ErrNotHTTPS},
		{"", false, ErrSyntax},
		{"mail.contoso.com/owa", false, ErrSyntax},
		{"ftp://mail.contoso.com/", false, ErrSyntax},
		{"https://", false, ErrSyntax},
		{"https:///path", false, ErrSyntax},
		{"https://mail/owa", false, ErrSyntax},
		{"https://user@mail.contoso.com/", false, ErrSyntax},
		{"https://192.168.1.10/owa", false, ErrSyntax},
		{"https://[::1]/owa", false, ErrSyntax},
		{"https://mail.contoso.com:0/", false, ErrSyntax},
		{"https://mail.contoso.com:65536/", false, ErrSyntax},
		{"https://mail.contoso.com:/", false, ErrSyntax},
		{"https://mail.contoso.com/a b", false, ErrSyntax},
		{"https://mail.contoso.com/a\\b", false, ErrSyntax},
		{"https://mail_01.contoso.com/", false, ErrSyntax},
	}
	for _, tt := range tests {
		err := Check(tt.in, tt.httpsOnly)
		if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("Check(%q, %v) = %v, want %v", tt.in, tt.httpsOnly, err, tt.want)
		}
	}
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc/WSSecurity",
		"http://cloudowa.contoso.com/owa", "HTTPS://Mail.Contoso.com:443/owa?x=1#y",
		"", "https://", "https://user@mail.contoso.com/", "https://[::1]/", "https://mail.contoso.com:99999/",
		"https://mail.contoso.com/a b", "ftp://x.com", "https://192.168.1.10/", "https://mail..contoso.com/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		errAny := Check(s, false)
		errHTTPS := Check(s, true)
		for _, err := range []error{errAny, errHTTPS} {
			if err != nil && !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrNotHTTPS) {
				t.Fatalf("Check(%q) error %v wraps neither ErrSyntax nor ErrNotHTTPS", s, err)
			}
		}
		if errHTTPS == nil && errAny != nil {
			t.Fatalf("Check(%q): accepted as https only but not as any URL: %v", s, errAny)
		}
		if errAny != nil {
			return
		}
		// A URL it accepts is one net/url parses to the same scheme and host.
		u, err := url.Parse(s)
		if err != nil {
			t.Fatalf("Check accepted %q, which net/url rejects: %v", s, err)
		}
		if sc := strings.ToLower(u.Scheme); sc != "http" && sc != "https" || u.User != nil || u.Opaque != "" {
			t.Fatalf("Check accepted %q: scheme %q, user %v, opaque %q", s, u.Scheme, u.User, u.Opaque)
		}
		if err := dnsname.CheckFQDN(u.Hostname()); err != nil {
			t.Fatalf("Check accepted %q whose host %q is not a domain: %v", s, u.Hostname(), err)
		}
		if Host(s) != u.Hostname() {
			t.Fatalf("Host(%q) = %q; net/url says %q", s, Host(s), u.Hostname())
		}
	})
}
