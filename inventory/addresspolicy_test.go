package inventory_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
)

func TestEmailAddressPolicies(t *testing.T) {
	// Both policies carry the coexistence domain the wizard adds
	// (DOMAIN.md §4.5); sorted by name.
	want := []inventory.EmailAddressPolicy{{
		Name: "Default Policy", Priority: "Lowest", EnabledPrimarySMTPAddressTemplate: "SMTP:@contoso.com",
		EnabledEmailAddressTemplates: []string{"SMTP:@contoso.com", "smtp:%m@contoso.mail.onmicrosoft.com"},
		RecipientFilter:              "Alias -ne $null", IncludedRecipients: "AllRecipients",
	}, {
		Name: "Fabrikam Users", Priority: "1", EnabledPrimarySMTPAddressTemplate: "SMTP:%g.%s@fabrikam.com",
		EnabledEmailAddressTemplates: []string{"SMTP:%g.%s@fabrikam.com", "smtp:%m@contoso.mail.onmicrosoft.com"},
		RecipientFilter:              "((Company -eq 'Fabrikam') -and (Alias -ne $null))", IncludedRecipients: "MailboxUsers",
	}}
	const f = "Synthetic_GetEmailAddressPolicy.xml"
	testFiles(t, []fileCase[inventory.EmailAddressPolicy]{{"read twice", []file{{f, ""}, {f, ""}}, want, nil}},
		func(_ *testing.T, inv *inventory.Inventory) []inventory.EmailAddressPolicy {
			return inv.EmailAddressPolicies
		})
}

const tnEAP = "Microsoft.Exchange.Data.Directory.SystemConfiguration.EmailAddressPolicy"

func TestBadEmailAddressPolicies(t *testing.T) {
	testValues(t, []valueCase[inventory.EmailAddressPolicy]{
		{"no name", objs(obj(tnEAP, value("Priority", "1"))), nil,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"priority negative", objs(obj(tnEAP, s("Name", "a"), value("Priority", "-1"))), []inventory.EmailAddressPolicy{{Name: "a"}},
			[]findingtest.Key{findingtest.E("x.xml: object 1: Priority", inventory.CodeFieldInvalid)}},
		{"priority zero, lowest in lower case", objs(obj(tnEAP, s("Name", "a"), value("Priority", "0")), obj(tnEAP, s("Name", "b"), value("Priority", "lowest"))),
			[]inventory.EmailAddressPolicy{{Name: "a", Priority: "0"}, {Name: "b", Priority: "Lowest"}}, nil},
		{"priority translated", objs(obj(tnEAP, s("Name", "a"), value("Priority", "Niedrigste"))), []inventory.EmailAddressPolicy{{Name: "a"}},
			[]findingtest.Key{findingtest.E("x.xml: object 1: Priority", inventory.CodeFieldInvalid)}},
		{"priority a word", objs(obj(tnEAP, s("Name", "a"), value("Priority", "Highest"))), []inventory.EmailAddressPolicy{{Name: "a"}},
			[]findingtest.Key{findingtest.E("x.xml: object 1: Priority", inventory.CodeFieldInvalid)}},
		{"template without a type", objs(obj(tnEAP, s("Name", "a"), list("EnabledEmailAddressTemplates", "SMTP:@contoso.com", "@fabrikam.com", "smtp:"))),
			[]inventory.EmailAddressPolicy{{Name: "a", EnabledEmailAddressTemplates: []string{"SMTP:@contoso.com"}}},
			[]findingtest.Key{findingtest.E("x.xml: object 1: EnabledEmailAddressTemplates[1]", inventory.CodeFieldInvalid),
				findingtest.E("x.xml: object 1: EnabledEmailAddressTemplates[2]", inventory.CodeFieldInvalid)}},
		{"custom filter", objs(obj(tnEAP, s("Name", "a"), value("Priority", "2"), s("RecipientFilter", "Department -eq 'Sales'"), `<Nil N="IncludedRecipients"/>`)),
			[]inventory.EmailAddressPolicy{{Name: "a", Priority: "2", RecipientFilter: "Department -eq 'Sales'"}}, nil},
	}, func(inv *inventory.Inventory) []inventory.EmailAddressPolicy { return inv.EmailAddressPolicies })
}
