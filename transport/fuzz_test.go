package transport_test

import (
	"errors"
	"testing"

	"github.com/exhybrid/exhybrid/transport"
)

// FuzzParseCertificateName checks that parsing never panics, that every
// error is a *CertificateNameError wrapping ErrCertificateName, that a
// parsed name formats and parses back to itself, that Check agrees with
// parsing, and that MarshalText and UnmarshalText round-trip.
func FuzzParseCertificateName(f *testing.F) {
	for _, s := range []string{
		"<I>CN=Contoso CA, O=Contoso<S>CN=mail.contoso.com, O=Contoso", // the documented form
		"<I> CN=CA <S> CN=x ", // spaces to trim
		"<I>CN=CA<S>CN=x<S>y", // repeated marker
		"<I>x<<S>S>y",         // markers next to text
		"CN=x", "", "<I>", "<I><S>", "<S><I>", "<I>a\x00<S>b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := transport.ParseCertificateName(s)
		if err != nil {
			var ce *transport.CertificateNameError
			if !errors.As(err, &ce) || !errors.Is(err, transport.ErrCertificateName) {
				t.Fatalf("ParseCertificateName(%q) error %v is not a *CertificateNameError wrapping ErrCertificateName", s, err)
			}
			return
		}
		if c.IsZero() {
			t.Fatalf("ParseCertificateName(%q) gave the zero name without error", s)
		}
		if err := c.Check(); err != nil {
			t.Fatalf("Check of parsed %q: %v", s, err)
		}
		back, err := transport.ParseCertificateName(c.String())
		if err != nil || back != c {
			t.Fatalf("round trip of %q: %q -> %#v, %v", s, c.String(), back, err)
		}
		b, err := c.MarshalText()
		if err != nil || string(b) != c.String() {
			t.Fatalf("MarshalText(%#v) = %q, %v", c, b, err)
		}
		var u transport.CertificateName
		if err := u.UnmarshalText(b); err != nil || u != c {
			t.Fatalf("UnmarshalText(%q) = %#v, %v", b, u, err)
		}
		c.CommonName() // must not panic
	})
}

// FuzzCertificateNameCheck checks that Check accepts exactly the names
// that parsing their text form gives back unchanged.
func FuzzCertificateNameCheck(f *testing.F) {
	f.Add("CN=CA", "CN=x")
	f.Add(" CN=CA", "CN=x")
	f.Add("CN=CA<S", ">x")
	f.Add("a<", "S>b")
	f.Fuzz(func(t *testing.T, issuer, subject string) {
		c := transport.CertificateName{Issuer: issuer, Subject: subject}
		checkErr := c.Check()
		if c.IsZero() {
			if checkErr != nil {
				t.Fatalf("Check of the zero name: %v", checkErr)
			}
			return
		}
		back, err := transport.ParseCertificateName(c.String())
		roundTrips := err == nil && back == c
		if (checkErr == nil) != roundTrips {
			t.Fatalf("Check(%#v) = %v, but parsing %q gives %#v, %v", c, checkErr, c.String(), back, err)
		}
	})
}

// FuzzParseAddressSpace checks that parsing never panics, that errors wrap
// ErrAddressSpace, and that String parses back to the same value.
func FuzzParseAddressSpace(f *testing.F) {
	for _, s := range []string{
		"smtp:contoso.mail.onmicrosoft.com;1", "contoso.com", "*", "*.com;100", "*contoso.com",
		"X400:o=MySite;p=MyOrg;a=adatum;c=us;5", "X400:c=us;a=b", "contoso.com;0", ":x", "SMTP:;1", "a:b:c;2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := transport.ParseAddressSpace(s)
		if err != nil {
			if !errors.Is(err, transport.ErrAddressSpace) {
				t.Fatalf("ParseAddressSpace(%q) error %v does not wrap ErrAddressSpace", s, err)
			}
			return
		}
		if a.Cost < transport.MinAddressSpaceCost || a.Cost > transport.MaxAddressSpaceCost {
			t.Fatalf("ParseAddressSpace(%q) cost %d out of range", s, a.Cost)
		}
		back, err := transport.ParseAddressSpace(a.String())
		if err != nil || back != a {
			t.Fatalf("round trip of %q: %q -> %#v, %v", s, a.String(), back, err)
		}
		if err := a.Check(); err != nil {
			t.Fatalf("Check of parsed %q: %v", s, err)
		}
		var u transport.AddressSpace
		b, err := a.MarshalText()
		if err != nil || u.UnmarshalText(b) != nil || u != a {
			t.Fatalf("text round trip of %#v: %q, %v -> %#v", a, b, err, u)
		}
		a.Covers("contoso.com") // must not panic
	})
}

// FuzzParseTLSDomainCapability checks that parsing never panics, that
// errors wrap ErrTLSDomainCapability, and that String parses back to the
// same value.
func FuzzParseTLSDomainCapability(f *testing.F) {
	for _, s := range []string{
		"mail.protection.outlook.com:AcceptCloudServicesMail", "contoso.com:AcceptOorgProtocol,AcceptOorgHeader",
		"NO-TLS:AcceptOorgProtocol", "x", "x:", "contoso.com:AcceptOorgProtocol,AcceptOorgProtocol", ":AcceptOorgHeader",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := transport.ParseTLSDomainCapability(s)
		if err != nil {
			if !errors.Is(err, transport.ErrTLSDomainCapability) {
				t.Fatalf("ParseTLSDomainCapability(%q) error %v does not wrap ErrTLSDomainCapability", s, err)
			}
			return
		}
		if c.Capabilities.IsEmpty() {
			t.Fatalf("ParseTLSDomainCapability(%q) gave no capability", s)
		}
		back, err := transport.ParseTLSDomainCapability(c.String())
		if err != nil || back != c {
			t.Fatalf("round trip of %q: %q -> %#v, %v", s, c.String(), back, err)
		}
		var u transport.TLSDomainCapability
		b, err := c.MarshalText()
		if err != nil || u.UnmarshalText(b) != nil || u != c {
			t.Fatalf("text round trip of %#v: %q, %v -> %#v", c, b, err, u)
		}
	})
}
