package hybrid_test

import (
	"fmt"
	"os"

	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/inventory"
)

// FromInventory builds the organization that exports describe: here two
// real files of the example export shipped with the repository, the
// servers and ExSetup's file version on SOLO-E19A. What the files do not
// say is named by the findings, not guessed.
func ExampleFromInventory() {
	var inv inventory.Inventory
	for _, src := range []inventory.Source{
		{Name: "GetExchangeServer.xml"},
		{Name: "ExSetup_SOLO-E19A.xml", Server: "SOLO-E19A"},
	} {
		f, err := os.Open("../examples/export/" + src.Name)
		if err != nil {
			fmt.Println(err)
			return
		}
		_, err = inv.Read(src, f)
		f.Close()
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	org, fs := hybrid.FromInventory(&inv)
	for _, s := range org.Servers {
		fmt.Println(s.Name, s.Build, s.Roles)
	}
	for _, f := range fs {
		fmt.Println(f.Path, f.Code)
	}
	// Output:
	// SOLO-E19A 15.2.986.5 Mailbox
	// cloud hybrid/not-observed
	// hybridApp hybrid/not-observed
	// hybridDomains hybrid/not-observed
	// mx hybrid/not-observed
	// name hybrid/not-observed
	// namespaces.autodiscover hybrid/not-observed
	// namespaces.ews hybrid/not-observed
	// namespaces.owa hybrid/not-observed
	// sites hybrid/not-observed
	// tenant hybrid/not-observed
	// type hybrid/not-observed
}
