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
		checkTextForms(t, s, c, transport.ParseCertificateName)
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
	fuzzParse(f, "ParseAddressSpace", transport.ParseAddressSpace, transport.ErrAddressSpace, []string{
		"smtp:contoso.mail.onmicrosoft.com;1", "contoso.com", "*", "*.com;100", "*contoso.com",
		"X400:o=MySite;p=MyOrg;a=adatum;c=us;5", "X400:c=us;a=b", "contoso.com;0", ":x", "SMTP:;1", "a:b:c;2",
	}, func(t *testing.T, s string, a transport.AddressSpace) {
		if a.Cost < transport.MinAddressSpaceCost || a.Cost > transport.MaxAddressSpaceCost {
			t.Fatalf("ParseAddressSpace(%q) cost %d out of range", s, a.Cost)
		}
		if err := a.Check(); err != nil {
			t.Fatalf("Check of parsed %q: %v", s, err)
		}
		a.Covers("contoso.com") // must not panic
	})
}

// FuzzParseTLSDomainCapability checks that parsing never panics, that
// errors wrap ErrTLSDomainCapability, and that String parses back to the
// same value.
func FuzzParseTLSDomainCapability(f *testing.F) {
	fuzzParse(f, "ParseTLSDomainCapability", transport.ParseTLSDomainCapability, transport.ErrTLSDomainCapability, []string{
		"mail.protection.outlook.com:AcceptCloudServicesMail", "contoso.com:AcceptOorgProtocol,AcceptOorgHeader",
		"NO-TLS:AcceptOorgProtocol", "x", "x:", "contoso.com:AcceptOorgProtocol,AcceptOorgProtocol", ":AcceptOorgHeader",
	}, func(t *testing.T, s string, c transport.TLSDomainCapability) {
		if c.Capabilities.IsEmpty() {
			t.Fatalf("ParseTLSDomainCapability(%q) gave no capability", s)
		}
	})
}

// fuzzParse fuzzes parse, the function called name, from the seeds: an
// error must wrap kind; a value must pass check and round-trip through its
// text forms.
func fuzzParse[T textForm, PT interface {
	*T
	UnmarshalText([]byte) error
}](f *testing.F, name string, parse func(string) (T, error), kind error, seeds []string, check func(t *testing.T, s string, v T)) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parse(s)
		if err != nil {
			checkWraps(t, name, s, err, kind)
			return
		}
		check(t, s, v)
		checkTextForms[T, PT](t, s, v, parse)
	})
}

// checkWraps fails t unless err, the error of name(s), wraps kind.
func checkWraps(t *testing.T, name, s string, err, kind error) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("%s(%q) error %v does not wrap %v", name, s, err, kind)
	}
}

// textForm is a value that parse gave, with its text forms.
type textForm interface {
	comparable
	String() string
	MarshalText() ([]byte, error)
}

// checkTextForms fails t unless v, parsed from s, parses back from its
// String form, and MarshalText gives that form, which UnmarshalText reads
// back as v.
func checkTextForms[T textForm, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, s string, v T, parse func(string) (T, error)) {
	t.Helper()
	back, err := parse(v.String())
	if err != nil || back != v {
		t.Fatalf("round trip of %q: %q -> %#v, %v", s, v.String(), back, err)
	}
	b, err := v.MarshalText()
	if err != nil || string(b) != v.String() {
		t.Fatalf("MarshalText(%#v) = %q, %v", v, b, err)
	}
	var u T
	if err := PT(&u).UnmarshalText(b); err != nil || u != v {
		t.Fatalf("UnmarshalText(%q) = %#v, %v", b, u, err)
	}
}
