package inventory_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
)

// ews is the EWS directory of the E15, E16 and E19 exports of FORMAT.md
// §2.13, which differ only in their server and URL.
func ews(server, url string) inventory.WebServicesVirtualDirectory {
	methods := []string{"Ntlm", "WindowsIntegrated", "WSSecurity", "OAuth"}
	return inventory.WebServicesVirtualDirectory{
		VirtualDirectory: inventory.VirtualDirectory{
			Server: server, Name: "EWS (Default Web Site)", InternalURL: url,
			InternalAuthenticationMethods: methods, ExternalAuthenticationMethods: methods,
		},
		OAuthAuthentication: true, WindowsAuthentication: true, WSSecurityAuthentication: true,
	}
}

func TestWebServicesVirtualDirectories(t *testing.T) {
	e19 := ews("SOLO-E19A", "https://solo-e19a.solo.com/EWS/Exchange.asmx")
	e16 := ews("SOLO-E16A", "https://solo-e16a.solo.local/EWS/Exchange.asmx")
	e15 := ews("SOLO-E15A", "https://solo-e15a.solo.net/EWS/Exchange.asmx")
	tests := []fileCase[inventory.WebServicesVirtualDirectory]{
		{"E19", []file{{"E19/GetWebServicesVirtualDirectory.xml", ""}}, []inventory.WebServicesVirtualDirectory{e19}, nil},
		{"three servers, one twice", []file{{"E19/GetWebServicesVirtualDirectory.xml", ""}, {"E15/GetWebServicesVirtualDirectory.xml", ""},
			{"E16/GetWebServicesVirtualDirectory.xml", ""}, {"E19/GetWebServicesVirtualDirectory.xml", ""}},
			[]inventory.WebServicesVirtualDirectory{e15, e16, e19}, nil},
	}
	testFiles(t, tests, func(_ *testing.T, inv *inventory.Inventory) []inventory.WebServicesVirtualDirectory {
		return inv.WebServicesVirtualDirectories
	})
}

func TestOwaVirtualDirectories(t *testing.T) {
	// owa is the OWA directory of E19's three exports. The first is
	// hand-edited upstream: BasicAuthentication false although its
	// internal methods list Basic (FORMAT.md §1.10), and no forms flag.
	owa := func(basic, forms bool, internalDownload, externalDownload string) inventory.OwaVirtualDirectory {
		return inventory.OwaVirtualDirectory{
			VirtualDirectory: inventory.VirtualDirectory{
				Server: "SOLO-E19A", Name: "owa (Default Web Site)", InternalURL: "https://solo-e19a.solo.com/owa",
				InternalAuthenticationMethods: []string{"Basic", "Fba"}, ExternalAuthenticationMethods: []string{"Fba"},
			},
			BasicAuthentication: basic, FormsAuthentication: forms,
			InternalDownloadHostName: internalDownload, ExternalDownloadHostName: externalDownload,
		}
	}
	e15 := inventory.OwaVirtualDirectory{VirtualDirectory: inventory.VirtualDirectory{
		Server: "SOLO-E15A", Name: "owa (Default Web Site)", InternalURL: "https://solo-e15a.solo.net/owa",
		InternalAuthenticationMethods: []string{"Basic", "Fba"}, ExternalAuthenticationMethods: []string{"Fba"},
	}}
	tests := []fileCase[inventory.OwaVirtualDirectory]{
		{"no download domains", []file{{"E19/GetOwaVirtualDirectory.xml", ""}}, []inventory.OwaVirtualDirectory{owa(false, false, "", "")}, nil},
		{"download domains the OWA host", []file{{"E19/GetOwaVirtualDirectory1.xml", ""}},
			[]inventory.OwaVirtualDirectory{owa(true, true, "solo-e19a.solo.com", "solo-e19a.solo.com")}, nil},
		{"external download domain only", []file{{"E19/GetOwaVirtualDirectory2.xml", ""}},
			[]inventory.OwaVirtualDirectory{owa(true, true, "", "downloadDomain.solo.com")}, nil},
		// E15 has no download host name properties at all.
		{"E15", []file{{"E15/GetOwaVirtualDirectory.xml", ""}}, []inventory.OwaVirtualDirectory{e15}, nil},
		{"one directory exported twice, changed between", []file{{"E19/GetOwaVirtualDirectory1.xml", ""}, {"E19/GetOwaVirtualDirectory2.xml", ""}},
			[]inventory.OwaVirtualDirectory{owa(true, true, "solo-e19a.solo.com", "solo-e19a.solo.com")},
			[]findingtest.Key{findingtest.W("E19/GetOwaVirtualDirectory2.xml: object 1", inventory.CodeConflict)}},
	}
	testFiles(t, tests, func(_ *testing.T, inv *inventory.Inventory) []inventory.OwaVirtualDirectory {
		return inv.OwaVirtualDirectories
	})
}

const (
	tnEWS = "Microsoft.Exchange.Data.Directory.SystemConfiguration.ADWebServicesVirtualDirectory"
	tnOWA = "Microsoft.Exchange.Data.Directory.SystemConfiguration.ADOwaVirtualDirectory"
	tnMBX = "Microsoft.Exchange.Data.Directory.Management.MailboxServer"
)

func uri(name, v string) string { return `<URI N="` + name + `">` + v + `</URI>` }

// TestBadDirectories checks the findings of small malformed directories
// and Mailbox servers: what is skipped and what is kept without the bad
// value.
func TestBadDirectories(t *testing.T) {
	testKept(t, inventory.Source{}, []keptCase{
		{"good", objs(obj(tnEWS, value("Server", "EX1"), s("Name", "EWS (Default Web Site)"), uri("InternalUrl", "https://ex1.contoso.com/EWS/Exchange.asmx"))), 1, nil},
		{"no server", objs(obj(tnEWS, s("Name", "EWS (Default Web Site)"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Server", inventory.CodeFieldMissing)}},
		{"no name", objs(obj(tnOWA, value("Server", "EX1"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"relative URL", objs(obj(tnEWS, value("Server", "EX1"), s("Name", "EWS (Default Web Site)"), uri("ExternalUrl", "/EWS/Exchange.asmx"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: ExternalUrl", inventory.CodeFieldInvalid)}},
		{"URL that does not parse", objs(obj(tnOWA, value("Server", "EX1"), s("Name", "owa (Default Web Site)"), uri("InternalUrl", "https://ex1 .contoso.com:x/owa"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: InternalUrl", inventory.CodeFieldInvalid)}},
		{"methods not a list", objs(obj(tnOWA, value("Server", "EX1"), s("Name", "owa (Default Web Site)"), s("InternalAuthenticationMethods", "Basic"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: InternalAuthenticationMethods", inventory.CodeFieldInvalid)}},
		{"MRS proxy not a Boolean", objs(obj(tnEWS, value("Server", "EX1"), s("Name", "EWS (Default Web Site)"), s("MRSProxyEnabled", "yes"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: MRSProxyEnabled", inventory.CodeFieldInvalid)}},
		{"Mailbox server without a name", objs(obj(tnMBX, adv("Version 15.2 (Build 1544.4)"), enum("ServerRole", "Mailbox"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"Mailbox server with a bad version", objs(obj(tnMBX, s("Name", "EX1"), adv("x"), enum("ServerRole", "Mailbox"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: AdminDisplayVersion", inventory.CodeFieldInvalid)}},
	}, func(inv *inventory.Inventory) int {
		return len(inv.WebServicesVirtualDirectories) + len(inv.OwaVirtualDirectories) + len(inv.MailboxServers)
	})
}
