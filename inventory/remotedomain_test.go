package inventory_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
)

func TestRemoteDomains(t *testing.T) {
	// The default remote domain and the two the wizard creates
	// (DOMAIN.md §4.5), sorted by name.
	want := []inventory.RemoteDomain{
		{Name: "Default", DomainName: "*", AllowedOOFType: "External"},
		{Name: "Hybrid Domain - contoso.mail.onmicrosoft.com", DomainName: "contoso.mail.onmicrosoft.com", AllowedOOFType: "External", TargetDeliveryDomain: true},
		{Name: "Hybrid Domain - contoso.onmicrosoft.com", DomainName: "contoso.onmicrosoft.com", AllowedOOFType: "External", TrustedMailInboundEnabled: true},
	}
	testFiles(t, []fileCase[inventory.RemoteDomain]{{"synthetic", []file{{"Synthetic_GetRemoteDomain.xml", ""}}, want, nil}},
		func(_ *testing.T, inv *inventory.Inventory) []inventory.RemoteDomain { return inv.RemoteDomains })
}

const tnRemote = "Microsoft.Exchange.Data.Directory.SystemConfiguration.DomainContentConfig"

func TestBadRemoteDomains(t *testing.T) {
	testValues(t, []valueCase[inventory.RemoteDomain]{
		{"no name", objs(obj(tnRemote, value("DomainName", "*"))), nil,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"no domain", objs(obj(tnRemote, s("Name", "a"))), nil,
			[]findingtest.Key{findingtest.E("x.xml: object 1: DomainName", inventory.CodeFieldMissing)}},
		{"bad OOF type", objs(obj(tnRemote, s("Name", "a"), value("DomainName", "a.com"), enum("AllowedOOFType", "Everyone"))),
			[]inventory.RemoteDomain{{Name: "a", DomainName: "a.com"}},
			[]findingtest.Key{findingtest.E("x.xml: object 1: AllowedOOFType", inventory.CodeFieldInvalid)}},
		{"OOF type in another case", objs(obj(tnRemote, s("Name", "a"), value("DomainName", "a.com"), enum("AllowedOOFType", "externallegacy"))),
			[]inventory.RemoteDomain{{Name: "a", DomainName: "a.com", AllowedOOFType: "ExternalLegacy"}}, nil},
		{"internal not a Boolean", objs(obj(tnRemote, s("Name", "a"), value("DomainName", "a.com"), s("IsInternal", "True"))),
			[]inventory.RemoteDomain{{Name: "a", DomainName: "a.com"}},
			[]findingtest.Key{findingtest.E("x.xml: object 1: IsInternal", inventory.CodeFieldInvalid)}},
	}, func(inv *inventory.Inventory) []inventory.RemoteDomain { return inv.RemoteDomains })
}
