package main

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/internal/strictjson"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
)

// TestPlain checks the rewording of each library error it knows: the
// message says what to write, and the library's error stays underneath.
func TestPlain(t *testing.T) {
	parse := func(u interface{ UnmarshalText([]byte) error }, s string) error { return u.UnmarshalText([]byte(s)) }
	tests := []struct {
		in   string
		err  error // the library's error for in
		is   error
		want string
	}{
		{"15.0.x", parse(new(version.Build), "15.0.x"), version.ErrSyntax,
			`invalid build "15.0.x": want four numbers separated by dots, such as 15.2.1544.4`},
		{"15.0.70000.1", parse(new(version.Build), "15.0.70000.1"), version.ErrRange,
			`invalid build "15.0.70000.1": each of its four numbers is at most 65535`},
		{"2025-02-29", parse(new(version.Date), "2025-02-29"), version.ErrDate,
			`invalid date "2025-02-29": want a calendar day as YYYY-MM-DD, such as 2025-06-30`},
		{"Mailbox, Moon", parse(new(roles.RoleSet), "Mailbox, Moon"), roles.ErrUnknownValue,
			`unknown role "Moon" in "Mailbox, Moon", want Mailbox, ClientAccess, HubTransport, UnifiedMessaging or EdgeTransport`},
		{"Mailbox, MB", parse(new(roles.RoleSet), "Mailbox, MB"), roles.ErrUnknownValue,
			`role "MB" named twice in "Mailbox, MB"`},
		{"FreeBusy, Teleport", parse(new(hybrid.FeatureSet), "FreeBusy, Teleport"), hybrid.ErrUnknownValue,
			`unknown hybrid feature "Teleport" in "FreeBusy, Teleport", want FreeBusy, MoveMailbox, Mailtips, MessageTracking, OwaRedirection, OnlineArchive, SecureMail, CentralizedTransport or Photos`},
		{"FreeBusy, freebusy", parse(new(hybrid.FeatureSet), "FreeBusy, freebusy"), hybrid.ErrUnknownValue,
			`hybrid feature "freebusy" named twice in "FreeBusy, freebusy"`},
		{"Fullest", parse(new(hybrid.Type), "Fullest"), hybrid.ErrUnknownValue,
			`unknown hybrid type "Fullest", want ClassicFull, ClassicMinimal, ClassicExpress, ModernFull or ModernMinimal`},
		{"Sky", parse(new(transport.MXTarget), "Sky"), transport.ErrUnknownValue,
			`unknown MX choice "Sky", want OnPremises or ExchangeOnline`},
		{"Relay", parse(new(hybrid.DomainType), "Relay"), hybrid.ErrUnknownValue,
			`unknown accepted domain type "Relay", want Authoritative, InternalRelay or ExternalRelay`},
		{"Mars", parse(new(exhybrid.Cloud), "Mars"), exhybrid.ErrUnknownValue,
			`unknown cloud "Mars", want Worldwide, GCCHigh, DoD or 21Vianet`},
		{"2020", parse(new(version.Product), "2020"), version.ErrUnknownValue,
			`unknown product "2020": want one of "Exchange Server 2007", "Exchange Server 2010", "Exchange Server 2013", "Exchange Server 2016", "Exchange Server 2019", "Exchange Server SE" (or "2007" ... "2019", "SE")`},
	}
	for _, tt := range tests {
		if tt.err == nil {
			t.Errorf("%q: the library accepts it", tt.in)
			continue
		}
		got := plain(tt.in, tt.err)
		if !errors.Is(got, tt.is) || got.Error() != tt.want {
			t.Errorf("plain(%q, %v) = %v\nwant %s (wrapping %v)", tt.in, tt.err, got, tt.want, tt.is)
		}
	}
	other := errors.New("other")
	if got := plain("x", other); got != other {
		t.Errorf("plain of an unknown error = %v, want it unchanged", got)
	}
}

func TestPlainValueErrors(t *testing.T) {
	// An enumeration that has no word of its own is named by its type,
	// without the Go package; the library's error stays underneath.
	var form federation.OWAForm
	err := form.UnmarshalText([]byte("Bogus"))
	got := plain("Bogus", err)
	want := `unknown OWAForm "Bogus", want OutlookCom, OutlookComHTTP, OutlookOffice, Custom or None`
	if got.Error() != want || !errors.Is(got, federation.ErrUnknownValue) {
		t.Errorf("plain = %v, want %s wrapping federation.ErrUnknownValue", got, want)
	}
}

// TestDecodeOptions checks that what a Go program writes for the plan
// options is read back as it was, and that an options file is read as
// strictly as an organization.
func TestDecodeOptions(t *testing.T) {
	opts := hybrid.Options{
		Date: version.Date{Year: 2025, Month: 6, Day: 1}, ID: testID,
		Transport: transport.Options{Centralized: true, Cloud: exhybrid.CloudGCCHigh, TLSDomain: "mail.protection.office365.us",
			TLSAuthLevel: transport.TLSAuthCertificateValidation, SendRouting: transport.SendRoutingDNS},
		OWAForm: federation.OWAFormOutlookOffice, ManualOAuth: true,
	}
	data, err := json.Marshal(opts)
	if err != nil {
		t.Fatal(err)
	}
	var got hybrid.Options
	if errs := decodeStrict("options.json", data, &got); errs != nil {
		t.Fatalf("%v\n%s", errs, data)
	}
	if diff := cmp.Diff(opts, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	errs := decodeStrict("options.json", []byte(`{"transport": {"tlsDomian": "x"}, "id": 1}`), &got)
	if len(errs) != 2 || !errors.Is(errs[0], strictjson.ErrUnknownField) || errs[0].Path != "transport.tlsDomian" || !errors.Is(errs[1], strictjson.ErrType) || errs[1].Path != "id" {
		t.Errorf("got %v, want an unknown field and a type error", errs)
	}
}
