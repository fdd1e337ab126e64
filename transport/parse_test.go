package transport_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/exhybrid/exhybrid/transport"
)

// parseCase is a row of a Parse function's table: the input, the value,
// and the reason its error wraps (nil when the input parses).
type parseCase[T any] struct {
	in      string
	want    T
	wantErr error
}

// testParse runs parse, called name in messages, on each case: the value
// must be want, and an error must wrap the case's reason and kind, the
// error every failure of the function wraps.
func testParse[T any](t *testing.T, name string, parse func(string) (T, error), kind error, tests []parseCase[T]) {
	t.Helper()
	for _, tc := range tests {
		got, err := parse(tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s(%q) (-want +got):\n%s", name, tc.in, diff)
		}
		if !errors.Is(err, tc.wantErr) || (err != nil && !errors.Is(err, kind)) {
			t.Errorf("%s(%q) error = %v, want %v", name, tc.in, err, tc.wantErr)
		}
	}
}

func TestParseCertificateName(t *testing.T) {
	tests := []parseCase[transport.CertificateName]{
		{"<I>CN=Contoso CA, O=Contoso<S>CN=mail.contoso.com, O=Contoso", transport.CertificateName{Issuer: "CN=Contoso CA, O=Contoso", Subject: "CN=mail.contoso.com, O=Contoso"}, nil},
		{"<I> CN=CA <S> CN=mail.contoso.com ", transport.CertificateName{Issuer: "CN=CA", Subject: "CN=mail.contoso.com"}, nil},
		{"", transport.CertificateName{}, transport.ErrCertEmpty},
		{"CN=CA<S>CN=x", transport.CertificateName{}, transport.ErrCertNoIssuer},
		{"<i>CN=CA<s>CN=x", transport.CertificateName{}, transport.ErrCertNoIssuer},
		{"<I>CN=CA CN=x", transport.CertificateName{}, transport.ErrCertNoSubject},
		{"<I><S>CN=x", transport.CertificateName{}, transport.ErrCertEmptyIssuer},
		{"<I>CN=CA<S> ", transport.CertificateName{}, transport.ErrCertEmptySubject},
		{"<I>CN=CA<S>CN=x<S>CN=y", transport.CertificateName{}, transport.ErrCertMarkerRepeats},
		{"<I>CN=<I>CA<S>CN=x", transport.CertificateName{}, transport.ErrCertMarkerRepeats},
		{"<I>CN=CA<S>CN=x\n", transport.CertificateName{}, transport.ErrCertControl},
	}
	testParse(t, "ParseCertificateName", transport.ParseCertificateName, transport.ErrCertificateName, tests)
	for _, tc := range tests {
		if tc.wantErr != nil {
			_, err := transport.ParseCertificateName(tc.in)
			var ce *transport.CertificateNameError
			if !errors.As(err, &ce) || ce.Input != tc.in || !errors.Is(err, transport.ErrCertificateName) {
				t.Errorf("ParseCertificateName(%q) error = %#v, want a *CertificateNameError wrapping ErrCertificateName", tc.in, err)
			}
		}
	}
}

func TestCertificateNameCommonName(t *testing.T) {
	tests := []struct {
		subject string
		want    string
		ok      bool
	}{
		{"CN=mail.contoso.com, O=Contoso, C=US", "mail.contoso.com", true},
		{"C=US, O=Contoso, CN=*.contoso.com", "*.contoso.com", true},
		{`O="Contoso, Ltd", cn=mail.contoso.com`, "mail.contoso.com", true},
		{`CN="mail.contoso.com"; O=Contoso`, "mail.contoso.com", true},
		{`O=Contoso\, CN=fake, C=US`, "", false},
		{"O=Contoso, C=US", "", false},
		{"CN=, O=Contoso", "", false},
	}
	for _, tc := range tests {
		c := transport.CertificateName{Issuer: "CN=CA", Subject: tc.subject}
		got, ok := c.CommonName()
		if got != tc.want || ok != tc.ok {
			t.Errorf("CommonName(%q) = %q, %t; want %q, %t", tc.subject, got, ok, tc.want, tc.ok)
		}
	}
}

func TestCertificateNameText(t *testing.T) {
	c := hybridCert.Name
	b, err := c.MarshalText()
	if err != nil || string(b) != c.String() {
		t.Fatalf("MarshalText = %q, %v; want %q", b, err, c.String())
	}
	var back transport.CertificateName
	if err := back.UnmarshalText(b); err != nil || back != c {
		t.Errorf("UnmarshalText(%q) = %v, %v", b, back, err)
	}
	// The zero name is "" both ways.
	if b, err := (transport.CertificateName{}).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText = %q, %v", b, err)
	}
	if err := back.UnmarshalText(nil); err != nil || !back.IsZero() {
		t.Errorf("UnmarshalText(\"\") = %v, %v", back, err)
	}
	// A name that could not be read back is refused.
	if _, err := (transport.CertificateName{Issuer: "CN=CA", Subject: ""}).MarshalText(); !errors.Is(err, transport.ErrCertEmptySubject) {
		t.Errorf("MarshalText with an empty subject: %v", err)
	}
	if !c.Equal(transport.MustParseCertificateName("<I>cn=contoso issuing ca, o=contoso, c=us<S>CN=MAIL.contoso.com, O=Contoso, C=US")) {
		t.Error("Equal is case-sensitive")
	}
}

func TestParseAddressSpace(t *testing.T) {
	testParse(t, "ParseAddressSpace", transport.ParseAddressSpace, transport.ErrAddressSpace, []parseCase[transport.AddressSpace]{
		{"smtp:contoso.mail.onmicrosoft.com;1", transport.AddressSpace{Type: "SMTP", Address: "contoso.mail.onmicrosoft.com", Cost: 1}, nil},
		{"SMTP:contoso.com;1", transport.AddressSpace{Type: "SMTP", Address: "contoso.com", Cost: 1}, nil},
		{"contoso.com;1", transport.AddressSpace{Type: "SMTP", Address: "contoso.com", Cost: 1}, nil},
		{"SMTP:contoso.com", transport.AddressSpace{Type: "SMTP", Address: "contoso.com", Cost: 1}, nil},
		{"contoso.com", transport.AddressSpace{Type: "SMTP", Address: "contoso.com", Cost: 1}, nil},
		{"*", transport.AddressSpace{Type: "SMTP", Address: "*", Cost: 1}, nil},
		{"*.com;100", transport.AddressSpace{Type: "SMTP", Address: "*.com", Cost: 100}, nil},
		{"X400:o=MySite;p=MyOrg;a=adatum;c=us;5", transport.AddressSpace{Type: "X400", Address: "o=MySite;p=MyOrg;a=adatum;c=us", Cost: 5}, nil},
		{"", transport.AddressSpace{}, transport.ErrAddressEmpty},
		{"*contoso.com", transport.AddressSpace{}, transport.ErrAddressDomain},
		{"contoso.com;0", transport.AddressSpace{}, transport.ErrAddressCost},
		{"contoso.com;101", transport.AddressSpace{}, transport.ErrAddressCost},
		{"contoso.com;x", transport.AddressSpace{}, transport.ErrAddressCost},
		{"X400:o=MySite;c=us", transport.AddressSpace{}, transport.ErrAddressCostNeeded},
		{":contoso.com", transport.AddressSpace{}, transport.ErrAddressType},
		{"SMTP:;1", transport.AddressSpace{}, transport.ErrAddressEmpty},
	})
}

func TestAddressSpaceCovers(t *testing.T) {
	tests := []struct {
		space, domain string
		want          bool
	}{
		{"SMTP:contoso.mail.onmicrosoft.com;1", "contoso.mail.onmicrosoft.com", true},
		{"SMTP:contoso.mail.onmicrosoft.com;1", "CONTOSO.mail.onmicrosoft.com.", true},
		{"SMTP:*.mail.onmicrosoft.com;1", "contoso.mail.onmicrosoft.com", true},
		{"SMTP:*.contoso.com;1", "contoso.com", false},
		{"SMTP:*;1", "anything.example", true},
		{"SMTP:contoso.com;1", "contoso.mail.onmicrosoft.com", false},
		{"X400:c=us;a=b;1", "contoso.com", false},
	}
	for _, tc := range tests {
		if got := transport.MustParseAddressSpace(tc.space).Covers(tc.domain); got != tc.want {
			t.Errorf("%s.Covers(%q) = %t, want %t", tc.space, tc.domain, got, tc.want)
		}
	}
}

func TestParseTLSDomainCapability(t *testing.T) {
	testParse(t, "ParseTLSDomainCapability", transport.ParseTLSDomainCapability, transport.ErrTLSDomainCapability, []parseCase[transport.TLSDomainCapability]{
		{"mail.protection.outlook.com:AcceptCloudServicesMail", transport.TLSDomainCapability{Domain: "mail.protection.outlook.com", Capabilities: transport.CapabilitiesOf(transport.CapabilityAcceptCloudServicesMail)}, nil},
		{"contoso.com:AcceptOorgProtocol, acceptoorgheader", transport.TLSDomainCapability{Domain: "contoso.com", Capabilities: transport.CapabilitiesOf(transport.CapabilityAcceptOorgProtocol, transport.CapabilityAcceptOorgHeader)}, nil},
		{"no-tls:AcceptOorgProtocol", transport.TLSDomainCapability{Domain: "NO-TLS", Capabilities: transport.CapabilitiesOf(transport.CapabilityAcceptOorgProtocol)}, nil},
		{"mail.protection.outlook.com", transport.TLSDomainCapability{}, transport.ErrCapabilityNoColon},
		{"mail.protection.outlook.com:", transport.TLSDomainCapability{}, transport.ErrCapabilityEmpty},
		{"contoso:AcceptOorgProtocol", transport.TLSDomainCapability{}, transport.ErrCapabilityDomain},
		{"contoso.com:AcceptOorgProtocol,AcceptOorgProtocol", transport.TLSDomainCapability{}, transport.ErrCapabilityRepeated},
		{"contoso.com:AcceptProxyProtocol", transport.TLSDomainCapability{}, transport.ErrUnknownValue},
	})
	if got := transport.MustParseTLSDomainCapability("contoso.com:AcceptOorgHeader,AcceptOorgProtocol").String(); got != "contoso.com:AcceptOorgProtocol,AcceptOorgHeader" {
		t.Errorf("String() = %q", got)
	}
}

func TestTLSAuthLevelOrder(t *testing.T) {
	if !(transport.TLSAuthEncryptionOnly < transport.TLSAuthCertificateValidation && transport.TLSAuthCertificateValidation < transport.TLSAuthDomainValidation) {
		t.Error("TLS levels are not ordered weakest first")
	}
}

func TestEOPTLSDomain(t *testing.T) {
	got := map[string]string{}
	for _, c := range []string{"Worldwide", "GCCHigh", "DoD", "21Vianet"} {
		var cl = mustCloud(c)
		d, ok := transport.EOPTLSDomain(cl)
		if ok {
			got[c] = d
		}
	}
	want := map[string]string{"Worldwide": "mail.protection.outlook.com", "GCCHigh": "mail.protection.office365.us", "DoD": "mail.protection.office365.us"}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("EOPTLSDomain (-want +got):\n%s", diff)
	}
	// The zero Cloud is not the worldwide cloud.
	if d, ok := transport.EOPTLSDomain(0); ok || d != "" {
		t.Errorf("EOPTLSDomain(0) = %q, %t; want none", d, ok)
	}
}
