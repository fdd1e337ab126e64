package inventory_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
)

// hcwRelationship is the on-premises relationship of
// Synthetic_GetOrganizationRelationship.xml, with the settings the Hybrid
// Configuration Wizard gives it (DOMAIN.md §5.2).
var hcwRelationship = federation.OrganizationRelationship{
	Name:                  "On-premises to O365 - 7c1e5a4e-2b9d-4f0e-9a51-3d6c2e8f0b17",
	DomainNames:           []string{"contoso.mail.onmicrosoft.com"},
	Enabled:               true,
	FreeBusyAccessEnabled: true,
	FreeBusyAccessLevel:   federation.FreeBusyLimitedDetails,
	MailboxMoveEnabled:    true,
	DeliveryReportEnabled: true,
	MailTipsAccessEnabled: true,
	MailTipsAccessLevel:   federation.MailTipsAll,
	PhotosEnabled:         true,
	ArchiveAccessEnabled:  true,
	TargetApplicationURI:  "outlook.com",
	TargetAutodiscoverEPR: "https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc/WSSecurity",
	TargetOWAURL:          "https://outlook.office.com/mail",
}

var fabrikamRelationship = federation.OrganizationRelationship{
	Name:                  "Fabrikam",
	DomainNames:           []string{"fabrikam.com", "fabrikam.net"},
	FreeBusyAccessEnabled: true,
	FreeBusyAccessLevel:   federation.FreeBusyAvailabilityOnly,
	FreeBusyAccessScope:   "contoso.com/Users/Fabrikam Free Busy",
	MailTipsAccessLevel:   federation.MailTipsNone,
	TargetApplicationURI:  "FYDIBOHF25SPDLT.fabrikam.com",
	TargetAutodiscoverEPR: "https://autodiscover.fabrikam.com/autodiscover/autodiscover.svc/WSSecurity",
	OrganizationContact:   "admin@fabrikam.com",
}

func TestOrganizationRelationships(t *testing.T) {
	const f = "Synthetic_GetOrganizationRelationship.xml"
	tests := []fileCase[inventory.OrganizationRelationship]{
		{"synthetic", []file{{f, ""}}, []inventory.OrganizationRelationship{
			{OrganizationRelationship: fabrikamRelationship}, {OrganizationRelationship: hcwRelationship}}, nil},
		{"read twice", []file{{f, ""}, {f, ""}}, []inventory.OrganizationRelationship{
			{OrganizationRelationship: fabrikamRelationship}, {OrganizationRelationship: hcwRelationship}}, nil},
	}
	testFiles(t, tests, func(_ *testing.T, inv *inventory.Inventory) []inventory.OrganizationRelationship {
		return inv.OrganizationRelationships
	})
}

const tnRel = "Microsoft.Exchange.Data.Directory.SystemConfiguration.OrganizationRelationship"

// TestRelationshipFields reads small relationships: Exchange Online's
// MailboxMoveCapability, and values that do not parse.
func TestRelationshipFields(t *testing.T) {
	testValues(t, []valueCase[inventory.OrganizationRelationship]{
		{"move capability", objs(obj(tnRel, s("Name", "a"), enum("MailboxMoveCapability", "Inbound, RemoteOutbound"))),
			[]inventory.OrganizationRelationship{{OrganizationRelationship: federation.OrganizationRelationship{Name: "a"}, MailboxMoveCapability: "Inbound, RemoteOutbound"}}, nil},
		{"bad move capability", objs(obj(tnRel, s("Name", "a"), enum("MailboxMoveCapability", "inbound, Sideways"))),
			[]inventory.OrganizationRelationship{{OrganizationRelationship: federation.OrganizationRelationship{Name: "a"}, MailboxMoveCapability: "Inbound"}},
			[]findingtest.Key{findingtest.E("x.xml: object 1: MailboxMoveCapability", inventory.CodeFieldInvalid)}},
		{"bad levels", objs(obj(tnRel, s("Name", "a"), enum("FreeBusyAccessLevel", "Everything"), enum("MailTipsAccessLevel", "Most"))),
			[]inventory.OrganizationRelationship{{OrganizationRelationship: federation.OrganizationRelationship{Name: "a"}}},
			[]findingtest.Key{findingtest.E("x.xml: object 1: FreeBusyAccessLevel", inventory.CodeFieldInvalid),
				findingtest.E("x.xml: object 1: MailTipsAccessLevel", inventory.CodeFieldInvalid)}},
		{"relative Autodiscover URL", objs(obj(tnRel, s("Name", "a"), uri("TargetAutodiscoverEpr", "autodiscover.svc"))),
			[]inventory.OrganizationRelationship{{OrganizationRelationship: federation.OrganizationRelationship{Name: "a", TargetAutodiscoverEPR: "autodiscover.svc"}}},
			[]findingtest.Key{findingtest.E("x.xml: object 1: TargetAutodiscoverEpr", inventory.CodeFieldInvalid)}},
		{"domains not a list", objs(obj(tnRel, s("Name", "a"), s("DomainNames", "fabrikam.com"))),
			[]inventory.OrganizationRelationship{{OrganizationRelationship: federation.OrganizationRelationship{Name: "a"}}},
			[]findingtest.Key{findingtest.E("x.xml: object 1: DomainNames", inventory.CodeFieldInvalid)}},
		{"no name", objs(obj(tnRel, list("DomainNames", "fabrikam.com"))), nil,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"a name twice, changed", objs(obj(tnRel, s("Name", "a")), obj(tnRel, s("Name", "A"), `<B N="Enabled">true</B>`)),
			[]inventory.OrganizationRelationship{{OrganizationRelationship: federation.OrganizationRelationship{Name: "a"}}},
			[]findingtest.Key{findingtest.W("x.xml: object 2", inventory.CodeConflict)}},
	}, func(inv *inventory.Inventory) []inventory.OrganizationRelationship {
		return inv.OrganizationRelationships
	})
}
