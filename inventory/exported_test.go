package inventory_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
	"github.com/google/go-cmp/cmp"
)

// emptyExport is what Export-Clixml writes for an empty pipeline.
const emptyExport = `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"></Objs>`

func TestExported(t *testing.T) {
	type export struct {
		name   string // the Source's Name
		file   string // under testdata, or "" for an empty export
		online bool
	}
	tests := []struct {
		name    string
		exports []export
		want    []inventory.Cmdlet
	}{
		{"an empty export named for its cmdlet",
			[]export{{name: "GetSettingOverride.xml"}},
			[]inventory.Cmdlet{{Name: "Get-SettingOverride"}}},
		{"the name in a folder, in any case",
			[]export{{name: `exports\getintraorganizationconnector.XML`}},
			[]inventory.Cmdlet{{Name: "Get-IntraOrganizationConnector"}}},
		{"a name both sides have, read as Exchange Online's",
			[]export{{name: "ExchangeOnline/GetOrganizationRelationship.xml", online: true}},
			[]inventory.Cmdlet{{Name: "Get-OrganizationRelationship", Online: true}}},
		{"a file per server",
			[]export{{name: "GetExchangeCertificate_EX01.xml"}},
			[]inventory.Cmdlet{{Name: "Get-ExchangeCertificate"}}},
		{"a name only Exchange Online has",
			[]export{{name: "GetInboundConnector.xml"}},
			[]inventory.Cmdlet{{Name: "Get-InboundConnector", Online: true}}},
		{"Exchange Online's organization configuration, by its file name",
			[]export{{name: "GetOrganizationConfig.xml", online: true}},
			[]inventory.Cmdlet{{Name: "Get-OrganizationConfig -RetrieveEwsOperationAccessPolicy", Online: true}}},
		{"an empty export of another name says nothing",
			[]export{{name: "settings.xml"}, {name: "ExSetup_EX01.xml"}, {name: "GetCommand.xml"}},
			nil},
		{"the objects' kinds, whatever the file's name, merged and sorted once",
			[]export{{name: "a.xml", file: "E19/GetSendConnector.xml"}, {name: "GetAcceptedDomain.xml", file: "E19/GetAcceptedDomain.xml"},
				{name: "b.xml", file: "E19/GetSendConnector.xml"}},
			[]inventory.Cmdlet{{Name: "Get-AcceptedDomain"}, {Name: "Get-SendConnector"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var inv inventory.Inventory
			for _, e := range tc.exports {
				data := emptyExport
				if e.file != "" {
					b, err := os.ReadFile(filepath.Join("testdata", e.file))
					if err != nil {
						t.Fatal(err)
					}
					data = string(b)
				}
				if _, err := inv.Read(inventory.Source{Name: e.name, Online: e.online}, strings.NewReader(data)); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(tc.want, inv.Exported); diff != "" {
				t.Errorf("Exported (-want +got):\n%s", diff)
			}
			for _, c := range tc.want {
				if !inv.Has(c) {
					t.Errorf("Has(%v) = false", c)
				}
			}
			if inv.Has(inventory.Cmdlet{Name: "Get-AuthServer"}) {
				t.Error("Has(Get-AuthServer) = true, not exported")
			}
		})
	}
}
