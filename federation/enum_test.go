package federation_test

import (
	"encoding"
	"errors"
	"fmt"
	"testing"

	"github.com/exhybrid/exhybrid/federation"
)

// textEnum is what every enum of the package implements.
type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
	IsValid() bool
}

// enumCase describes one enum type for the round-trip walk.
type enumCase struct {
	name   string
	values []textEnum                      // every valid value
	zero   textEnum                        // the invalid zero value
	parse  func(string) (textEnum, error)  // the Parse function
	fresh  func() encoding.TextUnmarshaler // a new zero value to unmarshal into
	deref  func(encoding.TextUnmarshaler) textEnum
}

func enumCases() []enumCase {
	return []enumCase{
		{
			name:   "FreeBusyAccessLevel",
			values: []textEnum{federation.FreeBusyNone, federation.FreeBusyAvailabilityOnly, federation.FreeBusyLimitedDetails},
			zero:   federation.FreeBusyUnknown,
			parse:  func(s string) (textEnum, error) { return federation.ParseFreeBusyAccessLevel(s) },
			fresh:  func() encoding.TextUnmarshaler { return new(federation.FreeBusyAccessLevel) },
			deref:  func(u encoding.TextUnmarshaler) textEnum { return *u.(*federation.FreeBusyAccessLevel) },
		},
		{
			name:   "MailTipsAccessLevel",
			values: []textEnum{federation.MailTipsNone, federation.MailTipsLimited, federation.MailTipsAll},
			zero:   federation.MailTipsUnknown,
			parse:  func(s string) (textEnum, error) { return federation.ParseMailTipsAccessLevel(s) },
			fresh:  func() encoding.TextUnmarshaler { return new(federation.MailTipsAccessLevel) },
			deref:  func(u encoding.TextUnmarshaler) textEnum { return *u.(*federation.MailTipsAccessLevel) },
		},
		{
			name: "AuthServerType",
			values: []textEnum{federation.AuthServerADFS, federation.AuthServerAzureAD, federation.AuthServerFacebook,
				federation.AuthServerLinkedIn, federation.AuthServerMicrosoftACS},
			zero:  federation.AuthServerUnknown,
			parse: func(s string) (textEnum, error) { return federation.ParseAuthServerType(s) },
			fresh: func() encoding.TextUnmarshaler { return new(federation.AuthServerType) },
			deref: func(u encoding.TextUnmarshaler) textEnum { return *u.(*federation.AuthServerType) },
		},
		{
			name:   "Method",
			values: []textEnum{federation.MethodDAuth, federation.MethodOAuth},
			zero:   federation.MethodUnknown,
			parse:  func(s string) (textEnum, error) { return federation.ParseMethod(s) },
			fresh:  func() encoding.TextUnmarshaler { return new(federation.Method) },
			deref:  func(u encoding.TextUnmarshaler) textEnum { return *u.(*federation.Method) },
		},
		{
			name: "OWAForm",
			values: []textEnum{federation.OWAFormOutlookCom, federation.OWAFormOutlookComHTTP, federation.OWAFormOutlookOffice,
				federation.OWAFormCustom, federation.OWAFormNone},
			zero:  federation.OWAFormUnknown,
			parse: func(s string) (textEnum, error) { return federation.ParseOWAForm(s) },
			fresh: func() encoding.TextUnmarshaler { return new(federation.OWAForm) },
			deref: func(u encoding.TextUnmarshaler) textEnum { return *u.(*federation.OWAForm) },
		},
		{
			name: "Capability",
			values: []textEnum{federation.CapabilityFreeBusy, federation.CapabilityMailTips, federation.CapabilityMessageTracking,
				federation.CapabilityOnlineArchive, federation.CapabilityMultiMailboxSearch, federation.CapabilityEDiscovery,
				federation.CapabilityPhotos, federation.CapabilityMRM},
			zero:  federation.CapabilityUnknown,
			parse: func(s string) (textEnum, error) { return federation.ParseCapability(s) },
			fresh: func() encoding.TextUnmarshaler { return new(federation.Capability) },
			deref: func(u encoding.TextUnmarshaler) textEnum { return *u.(*federation.Capability) },
		},
		{
			name: "Reason",
			values: []textEnum{federation.ReasonNoExchange2013, federation.ReasonLegacyServers, federation.ReasonExchange2013BeforeCU5,
				federation.ReasonWizardOAuth, federation.ReasonManualOAuth},
			zero:  federation.ReasonUnknown,
			parse: func(s string) (textEnum, error) { return federation.ParseReason(s) },
			fresh: func() encoding.TextUnmarshaler { return new(federation.Reason) },
			deref: func(u encoding.TextUnmarshaler) textEnum { return *u.(*federation.Reason) },
		},
	}
}

// TestEnumRoundTrip walks every declared value of every enum: String,
// Parse (of the name and its upper and lower case), MarshalText and
// UnmarshalText agree, and the zero value is invalid and refuses to
// marshal.
func TestEnumRoundTrip(t *testing.T) {
	for _, ec := range enumCases() {
		t.Run(ec.name, func(t *testing.T) {
			if ec.zero.IsValid() || ec.zero.String() != "Unknown" {
				t.Errorf("zero value %v: valid=%v, want invalid and named Unknown", ec.zero, ec.zero.IsValid())
			}
			if _, err := ec.zero.MarshalText(); !errors.Is(err, federation.ErrUnknownValue) {
				t.Errorf("zero MarshalText error = %v, want ErrUnknownValue", err)
			}
			seen := map[string]bool{}
			for _, v := range ec.values {
				s := v.String()
				if !v.IsValid() || seen[s] {
					t.Errorf("%v: valid=%v, duplicate name=%v", s, v.IsValid(), seen[s])
				}
				seen[s] = true
				for _, in := range []string{s, upper(s), lower(s), " " + s + " "} {
					got, err := ec.parse(in)
					if err != nil || got != v {
						t.Errorf("Parse(%q) = %v, %v; want %v", in, got, err, v)
					}
				}
				text, err := v.MarshalText()
				if err != nil || string(text) != s {
					t.Errorf("MarshalText(%v) = %q, %v", v, text, err)
				}
				u := ec.fresh()
				if err := u.UnmarshalText(text); err != nil || ec.deref(u) != v {
					t.Errorf("UnmarshalText(%q) = %v, %v", text, ec.deref(u), err)
				}
			}
			for _, bad := range []string{"", "Unknown", "x", ec.name} {
				_, err := ec.parse(bad)
				var ve *federation.ValueError
				if !errors.Is(err, federation.ErrUnknownValue) || !errors.As(err, &ve) || ve.Input != bad {
					t.Errorf("Parse(%q) error = %v, want a *ValueError wrapping ErrUnknownValue", bad, err)
				}
				if err := ec.fresh().UnmarshalText([]byte(bad)); !errors.Is(err, federation.ErrUnknownValue) {
					t.Errorf("UnmarshalText(%q) error = %v", bad, err)
				}
			}
		})
	}
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c - 'A' + 'a'
		}
	}
	return string(b)
}

// TestEnumAliases checks the spellings seen in Microsoft's pages.
func TestEnumAliases(t *testing.T) {
	fb := []struct {
		in   string
		want federation.FreeBusyAccessLevel
	}{
		// New-OrganizationRelationship's value descriptions.
		{"No free/busy access", federation.FreeBusyNone},
		{"Free/busy access with time only", federation.FreeBusyAvailabilityOnly},
		{"Free/busy access with time, subject, and location", federation.FreeBusyLimitedDetails},
		// The Exchange Online admin center.
		{"Calendar free/busy information with time only", federation.FreeBusyAvailabilityOnly},
		{"calendar free/busy with time, subject, and location", federation.FreeBusyLimitedDetails},
		// The hybrid free/busy page.
		{"Free/busy access with time, plus subject and location", federation.FreeBusyLimitedDetails},
	}
	for _, tt := range fb {
		if got, err := federation.ParseFreeBusyAccessLevel(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseFreeBusyAccessLevel(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	caps := []struct {
		in   string
		want federation.Capability
	}{
		{"Mailtips", federation.CapabilityMailTips},
		{"Free/busy", federation.CapabilityFreeBusy},
		{"Exchange Online Archiving", federation.CapabilityOnlineArchive},
		{"Exchange In-place Archiving", federation.CapabilityOnlineArchive},
		{"Multi-mailbox search", federation.CapabilityMultiMailboxSearch},
		{"Profile pictures", federation.CapabilityPhotos},
		{"Exchange In-place eDiscovery", federation.CapabilityEDiscovery},
		{"Cross-premises discovery searches", federation.CapabilityEDiscovery},
		{"Message Records Management", federation.CapabilityMRM},
		{"message tracking", federation.CapabilityMessageTracking},
	}
	for _, tt := range caps {
		if got, err := federation.ParseCapability(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseCapability(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	methods := []struct {
		in   string
		want federation.Method
	}{
		{"Federation trust", federation.MethodDAuth},
		{"Exchange OAuth", federation.MethodOAuth},
		{"Exchange OAuth authentication", federation.MethodOAuth},
	}
	for _, tt := range methods {
		if got, err := federation.ParseMethod(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseMethod(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	// Spellings that are not Microsoft's are refused.
	for _, in := range []string{"Limited", "Availability only", "Free/busy"} {
		if _, err := federation.ParseFreeBusyAccessLevel(in); err == nil {
			t.Errorf("ParseFreeBusyAccessLevel(%q) accepted a spelling no source uses", in)
		}
	}
}

func TestReasonText(t *testing.T) {
	for r := federation.ReasonNoExchange2013; r <= federation.ReasonManualOAuth; r++ {
		if r.Text() == "" || r.Text() == r.String() {
			t.Errorf("%v has no sentence", r)
		}
	}
	if got := federation.Reason(200).String(); got != "Reason(200)" {
		t.Errorf("out-of-range String = %q", got)
	}
}

func TestGrants(t *testing.T) {
	if federation.FreeBusyNone.Grants() || federation.FreeBusyUnknown.Grants() || !federation.FreeBusyAvailabilityOnly.Grants() {
		t.Error("FreeBusyAccessLevel.Grants wrong")
	}
	if federation.MailTipsNone.Grants() || !federation.MailTipsLimited.Grants() || !federation.MailTipsAll.Grants() {
		t.Error("MailTipsAccessLevel.Grants wrong")
	}
}
