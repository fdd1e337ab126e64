package inventory_test

import (
	"fmt"
	"os"

	"github.com/exhybrid/exhybrid/inventory"
)

// Read Get-ExchangeServer's export and ExSetup's file version, taken on the
// same server: the server's exact build is ExSetup's, here a security
// update that AdminDisplayVersion does not show. The hand-edited ToString
// of ExSetup1.xml is noted and ignored.
func ExampleInventory_Read() {
	var inv inventory.Inventory
	for _, src := range []inventory.Source{
		{Name: "testdata/E19/GetExchangeServer.xml"},
		{Name: "testdata/E19/ExSetup1.xml", Server: "SOLO-E19A"},
	} {
		f, err := os.Open(src.Name)
		if err != nil {
			fmt.Println(err)
			return
		}
		fs, err := inv.Read(src, f)
		f.Close()
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, f := range fs {
			fmt.Println(f.Path, f.Code)
		}
	}
	for _, s := range inv.Servers {
		fmt.Println(s.Name, s.FQDN, s.Site, s.Roles)
		fmt.Println("AdminDisplayVersion", s.AdminDisplayVersion, "ExSetup", s.ExSetup, "build", s.Build())
	}
	// Output:
	// testdata/E19/ExSetup1.xml: object 1: ToString inventory/stale-tostring
	// SOLO-E19A Solo-E19A.Solo.com Default-First-Site-Name Mailbox
	// AdminDisplayVersion 15.2.986.5 ExSetup 15.2.1118.25 build 15.2.1118.25
}
