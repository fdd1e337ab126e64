package inventory_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/exhybrid/exhybrid/clixml"
	"github.com/exhybrid/exhybrid/internal/codecheck"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestCodes(t *testing.T) { codecheck.Check(t, ".", inventory.Rules()) }

// file is one export to read: its path under testdata and the server it
// was taken on.
type file struct{ path, server string }

// read reads the files into one inventory, failing the test on an error,
// and returns it with the findings of all files.
func read(t *testing.T, files ...file) (*inventory.Inventory, []findingtest.Key) {
	t.Helper()
	srcs := make([]inventory.Source, len(files))
	for i, f := range files {
		srcs[i] = inventory.Source{Name: f.path, Server: f.server}
	}
	return readSources(t, srcs...)
}

// ignoreOrigin leaves out where each object was read, which
// TestOrigin checks.
var ignoreOrigin = cmpopts.IgnoreTypes(inventory.Origin{})

func build(s string) version.Build { return version.MustParseBuild(s) }

func TestServers(t *testing.T) {
	tests := []fileCase[inventory.Server]{{
		name:  "E19 with ExSetup",
		files: []file{{"E19/GetExchangeServer.xml", ""}, {"E19/ExSetup.xml", "SOLO-E19A"}},
		want: []inventory.Server{{Name: "SOLO-E19A", FQDN: "Solo-E19A.Solo.com", Site: "Default-First-Site-Name",
			AdminDisplayVersion: build("15.2.986.5"), ExSetup: build("15.2.986.5"), Roles: roles.Of(roles.RoleMailbox)}},
	}, {
		// ExSetup1.xml is hand-edited: the properties say Feb23SU, the ToString CU11.
		name:  "ExSetup read first, by FQDN, properties over a stale ToString",
		files: []file{{"E19/ExSetup1.xml", "solo-e19a.solo.com"}, {"E19/GetExchangeServer.xml", ""}},
		want: []inventory.Server{{Name: "SOLO-E19A", FQDN: "Solo-E19A.Solo.com", Site: "Default-First-Site-Name",
			AdminDisplayVersion: build("15.2.986.5"), ExSetup: build("15.2.1118.25"), Roles: roles.Of(roles.RoleMailbox)}},
		findings: []findingtest.Key{findingtest.I("E19/ExSetup1.xml: object 1: ToString", inventory.CodeStaleToString)},
	}, {
		name:  "E15 multi-role",
		files: []file{{"E15/GetExchangeServer.xml", ""}, {"E15/ExSetup.xml", "SOLO-E15A"}},
		want: []inventory.Server{{Name: "SOLO-E15A", FQDN: "Solo-E15A.Solo.net", Site: "Default-First-Site-Name",
			AdminDisplayVersion: build("15.0.1497.2"), ExSetup: build("15.0.1497.2"), Roles: roles.Of(roles.RoleMailbox, roles.RoleClientAccess)}},
	}, {
		name:  "two servers in one file, ExSetup for one",
		files: []file{{"monitor/GetExchangeServer.xml", ""}, {"E16/ExSetup.xml", "E2k16-2"}},
		want: []inventory.Server{
			{Name: "E2k16-1", FQDN: "E2k16-1.Contoso.lab", Site: "Default-First-Site-Name", AdminDisplayVersion: build("15.1.2507.18"), Roles: roles.Of(roles.RoleMailbox)},
			{Name: "E2k16-2", FQDN: "E2k16-2.Contoso.lab", Site: "Default-First-Site-Name", AdminDisplayVersion: build("15.1.2507.18"), ExSetup: build("15.1.2375.7"), Roles: roles.Of(roles.RoleMailbox)},
		},
	}, {
		name:  "the same server twice is one",
		files: []file{{"E19/GetExchangeServer.xml", ""}, {"E16/GetExchangeServer.xml", ""}, {"E19/GetExchangeServer.xml", ""}},
		want: []inventory.Server{
			{Name: "SOLO-E16A", FQDN: "Solo-E16A.Solo.local", Site: "Default-First-Site-Name", AdminDisplayVersion: build("15.1.2375.7"), Roles: roles.Of(roles.RoleMailbox)},
			{Name: "SOLO-E19A", FQDN: "Solo-E19A.Solo.com", Site: "Default-First-Site-Name", AdminDisplayVersion: build("15.2.986.5"), Roles: roles.Of(roles.RoleMailbox)},
		},
	}, {
		name:  "two ExSetup builds for one server",
		files: []file{{"E19/ExSetup.xml", "SOLO-E19A"}, {"E19/GetExchangeServer.xml", ""}, {"E19/ExSetup1.xml", "SOLO-E19A"}},
		want: []inventory.Server{{Name: "SOLO-E19A", FQDN: "Solo-E19A.Solo.com", Site: "Default-First-Site-Name",
			AdminDisplayVersion: build("15.2.986.5"), ExSetup: build("15.2.986.5"), Roles: roles.Of(roles.RoleMailbox)}},
		findings: []findingtest.Key{
			findingtest.I("E19/ExSetup1.xml: object 1: ToString", inventory.CodeStaleToString),
			findingtest.W("E19/ExSetup1.xml: object 1", inventory.CodeConflict),
		},
	}, {
		name:  "ExSetup without a server",
		files: []file{{"E19/GetExchangeServer.xml", ""}, {"E19/ExSetup.xml", ""}},
		want: []inventory.Server{{Name: "SOLO-E19A", FQDN: "Solo-E19A.Solo.com", Site: "Default-First-Site-Name",
			AdminDisplayVersion: build("15.2.986.5"), Roles: roles.Of(roles.RoleMailbox)}},
		findings: []findingtest.Key{findingtest.W("E19/ExSetup.xml: object 1", inventory.CodeExSetupNoServer)},
	}}
	testFiles(t, tests, func(_ *testing.T, inv *inventory.Inventory) []inventory.Server { return inv.Servers })
}

func TestServerBuild(t *testing.T) {
	inv, _ := read(t, file{"monitor/GetExchangeServer.xml", ""}, file{"E16/ExSetup.xml", "e2k16-2.contoso.lab"})
	var got []version.Build
	for _, s := range inv.Servers {
		got = append(got, s.Build())
	}
	want := []version.Build{build("15.1.2507.18"), build("15.1.2375.7")}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Build (-want +got):\n%s", d)
	}
}

func TestAcceptedDomains(t *testing.T) {
	e19 := []inventory.AcceptedDomain{
		{Name: "Contoso Wild", DomainName: "*.contoso.local", Type: "Authoritative"},
		{Name: "Solo.com", DomainName: "Solo.com", Type: "Authoritative", Default: true},
		{Name: "Wild .com", DomainName: "*.com", Type: "InternalRelay"},
	}
	tests := []fileCase[inventory.AcceptedDomain]{
		{"E19", []file{{"E19/GetAcceptedDomain.xml", ""}}, e19, nil},
		// E16's file is byte-identical to E19's: one set of domains.
		{"merged", []file{{"E19/GetAcceptedDomain.xml", ""}, {"E16/GetAcceptedDomain.xml", ""}}, e19, nil},
		{"the open relay", []file{{"E19/GetAcceptedDomain.xml", ""}, {"E19/GetAcceptedDomain_Bad.xml", ""}},
			append([]inventory.AcceptedDomain{{Name: "Bad Accepted Domain", DomainName: "*", Type: "ExternalRelay"}}, e19...), nil},
	}
	testFiles(t, tests, func(_ *testing.T, inv *inventory.Inventory) []inventory.AcceptedDomain { return inv.AcceptedDomains })
}

func utc(s string) time.Time {
	t, err := time.Parse(time.DateTime, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCertificates(t *testing.T) {
	inv, keys := read(t, file{"E19/GetExchangeCertificate.xml", ""}, file{"unit/GetExchangeCertificateBroken.xml", ""})
	if len(keys) != 0 {
		t.Errorf("findings: %v", keys)
	}
	// Every value is the one FORMAT.md §2.4 lists, decoded independently.
	want := map[string]inventory.Certificate{
		"C3EDCF181EF4F9B53D01768ECA99564014BCA6E7": {Subject: "CN=Microsoft Exchange Server Auth Certificate", Issuer: "CN=Microsoft Exchange Server Auth Certificate",
			NotBefore: utc("2019-12-03 22:47:32"), NotAfter: utc("2024-11-06 22:47:32")},
		"6C7DE09FB39A40144F57EFEBC3DF0148E3A9AB28": {Subject: "CN=Solo-E19A", Issuer: "CN=Solo-E19A", DNSNames: []string{"Solo-E19A", "Solo-E19A.Solo.com"},
			NotAfter: utc("2024-12-03 22:45:58")},
		"38247AD2B76244411748274C508D13446311830B": {Subject: "CN=WMSvc-WIN-K300A9DA9VA", Issuer: "CN=WMSvc-WIN-K300A9DA9VA", NotAfter: utc("2029-11-30 20:53:13")},
		// The Deserialized certificates of the broken export.
		"8BFE845E6DCA42BBDC8F872672CDA1A4E0C3EBF1": {Subject: "DC=Windows Azure CRP Certificate Generator", Issuer: "DC=Windows Azure CRP Certificate Generator"},
		"D003810EBE1624145889D031FBB77ED2BD280FD3": {Subject: "CN=E2k16-1", Issuer: "CN=E2k16-1", DNSNames: []string{"E2k16-1", "E2k16-1.Contoso.lab"},
			NotAfter: utc("2027-12-30 14:39:08")},
		"2759456DC53C76E3DED093B567B6D8DAA42C0ADD": {Subject: "CN=mail.contoso.lab", Issuer: "CN=mail.contoso.lab",
			DNSNames: []string{"mail.contoso.lab", "autodiscover.contoso.lab", "e2k16-1.contoso.lab", "e2k16-2.contoso.lab"}, NotAfter: utc("2027-09-05 14:41:02")},
		"63F480EA98F26E6F8AE7BB5311B33BB2C692D3CA": {Subject: "CN=domain.com, OU=IT, O=Contoso, L=Cologne, S=NRW, C=Germany",
			Issuer: "CN=domain.com, OU=IT, O=Contoso, L=Cologne, S=NRW, C=Germany", DNSNames: []string{"domain.com", "sub.domain.com"}},
		"FE0FAE9305F294F49DD2426AB214CC17853A7E87": {Subject: "CN=WMSvc-SHA2-E2k16-1", Issuer: "CN=WMSvc-SHA2-E2k16-1"},
	}
	if len(inv.Certificates) != len(want) {
		t.Errorf("got %d certificates, want %d", len(inv.Certificates), len(want))
	}
	for _, c := range inv.Certificates {
		w, ok := want[c.Thumbprint]
		if !ok {
			t.Errorf("unexpected certificate %s", c.Thumbprint)
			continue
		}
		w.Thumbprint = c.Thumbprint
		// FORMAT.md gives some dates only; compare those it gives.
		if w.NotBefore.IsZero() {
			w.NotBefore = c.NotBefore
		}
		if w.NotAfter.IsZero() {
			w.NotAfter = c.NotAfter
		}
		if d := cmp.Diff(w, c, ignoreOrigin); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.Thumbprint, d)
		}
	}
}

func TestCertificatesMerged(t *testing.T) {
	// unit/GetExchangeCertificate.xml and E19's share no certificate; the
	// broken export reread adds none.
	inv, _ := read(t, file{"unit/GetExchangeCertificate.xml", ""}, file{"unit/GetExchangeCertificateBroken.xml", ""},
		file{"unit/GetExchangeCertificateBroken.xml", ""})
	if got, want := len(inv.Certificates), 4+5; got != want {
		t.Errorf("got %d certificates, want %d", got, want)
	}
}

func TestUnknown(t *testing.T) {
	// HealthChecker's read of the internal transport certificate from
	// Active Directory is a bare X509Certificate2, not an ExchangeCertificate.
	const f = "E19/GetInternalTransportCertificateFromServer.xml"
	inv, keys := read(t, file{f, ""}, file{f, ""})
	want := []inventory.TypeCount{{TypeName: "System.Security.Cryptography.X509Certificates.X509Certificate2", Count: 2}}
	if d := cmp.Diff(want, inv.Unknown); d != "" {
		t.Errorf("Unknown (-want +got):\n%s", d)
	}
	wantKeys := []findingtest.Key{
		findingtest.I(f, inventory.CodeUnknownType),
		findingtest.I(f, inventory.CodeUnknownType),
	}
	if d := cmp.Diff(wantKeys, keys); d != "" {
		t.Errorf("findings (-want +got):\n%s", d)
	}
}

func TestReadError(t *testing.T) {
	var inv inventory.Inventory
	if _, err := inv.Read(inventory.Source{Name: "ok.xml"}, mustOpen(t, "E19/GetExchangeServer.xml")); err != nil {
		t.Fatal(err)
	}
	before := cloneInventory(inv)
	// The first object is whole, the file then breaks off: nothing of it is kept.
	data, err := os.ReadFile(filepath.Join("testdata", "E16/GetAcceptedDomain.xml"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = inv.Read(inventory.Source{Name: "cut.xml"}, bytesReader(data[:len(data)*2/3]))
	var cerr *clixml.Error
	if !errors.Is(err, clixml.ErrTruncated) || !errors.As(err, &cerr) {
		t.Fatalf("err = %v, want a clixml.ErrTruncated *clixml.Error", err)
	}
	if d := cmp.Diff(before, inv, ignoreOrigin); d != "" {
		t.Errorf("inventory changed by a failed read (-before +after):\n%s", d)
	}
}

// allFiles are exports of every kind this package reads, which do not
// conflict.
var allFiles = []file{
	{"E19/ExSetup1.xml", "SOLO-E19A"}, {"E19/GetExchangeServer.xml", ""}, {"monitor/GetExchangeServer.xml", ""},
	{"E19/GetAcceptedDomain_Bad.xml", ""}, {"E16/GetAcceptedDomain.xml", ""}, {"E19/GetExchangeCertificate.xml", ""},
	{"unit/GetExchangeCertificate.xml", ""}, {"unit/GetReceiveConnector.xml", ""}, {"E19/GetSendConnector.xml", ""},
	{"unit/GetSendConnectorConfiguredToRelayToM365.xml", ""}, {"E19/GetAuthConfig.xml", ""},
	{"E19/GetHybridConfiguration.xml", ""}, {"E19/GetOrganizationConfig.xml", ""},
	{"E19/GetWebServicesVirtualDirectory.xml", ""}, {"E16/GetOwaVirtualDirectory.xml", ""}, {"E19/GetOwaVirtualDirectory2.xml", ""},
	{"E15/GetMailboxServer.xml", ""}, {"Synthetic_GetOrganizationRelationship.xml", ""}, {"Synthetic_GetFederationTrust.xml", ""},
	{"Synthetic_GetFederatedOrganizationIdentifier.xml", ""}, {"Synthetic_GetEmailAddressPolicy.xml", ""}, {"Synthetic_GetRemoteDomain.xml", ""},
	{"E19/GetPartnerApplication.xml", ""}, {"E19/GetSettingOverride.xml", ""}, {"E19/GetSettingOverride2.xml", ""},
	{"synthetic/Synthetic_GetAuthServer.xml", ""}, {"synthetic/Synthetic_GetIntraOrganizationConnector.xml", ""},
	{"E19/GetInternalTransportCertificateFromServer.xml", ""},
}

// The order of the files changes nothing when they do not conflict: each
// list is sorted by identity, and ExSetup joins its server whichever comes
// first.
func TestOrder(t *testing.T) {
	files := allFiles
	want, _ := read(t, files...)
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	rotated := append(slices.Clone(files[5:]), files[:5]...)
	for _, order := range [][]file{reversed, rotated} {
		got, _ := read(t, order...)
		if d := cmp.Diff(want, got, ignoreOrigin); d != "" {
			t.Errorf("order %v (-want +got):\n%s", order, d)
		}
	}
	if len(want.Servers) != 3 || want.Servers[2].Build() != build("15.2.1118.25") {
		t.Errorf("servers %+v: want three, SOLO-E19A at ExSetup1's build", want.Servers)
	}
}

// TestEveryKindHasOrigin checks that every list of Inventory, Exchange
// Online's included, holds values with a From Origin field: the conflict
// check compares copies without it (sameValues), and every finding on an
// object names the file it came from. The counts of unknown types and
// the cmdlets exported are of files, not objects.
func TestEveryKindHasOrigin(t *testing.T) {
	var walk func(reflect.Type)
	walk = func(st reflect.Type) {
		for i := range st.NumField() {
			f := st.Field(i)
			switch {
			case f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[inventory.Origin]():
				walk(f.Type)
			case f.Type.Kind() == reflect.Slice && f.Type.Elem() != reflect.TypeFor[inventory.TypeCount]() &&
				f.Type.Elem() != reflect.TypeFor[inventory.Cmdlet]():
				from, ok := f.Type.Elem().FieldByName("From")
				if !ok || from.Type != reflect.TypeFor[inventory.Origin]() {
					t.Errorf("%v.%s: %v has no From Origin field", st, f.Name, f.Type.Elem())
				}
			}
		}
	}
	walk(reflect.TypeFor[inventory.Inventory]())
}
