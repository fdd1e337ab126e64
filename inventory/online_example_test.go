package inventory_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/exhybrid/exhybrid/inventory"
)

// Read the tenant's side of a hybrid, exported in Exchange Online
// PowerShell: the on-premises organization record names the connectors
// the Hybrid Configuration Wizard made, and the tenant's EWS policy lists
// the applications that may still use EWS.
func ExampleExchangeOnline() {
	var inv inventory.Inventory
	for _, name := range []string{"Synthetic_EXO_GetOnPremisesOrganization.xml", "Synthetic_EXO_GetInboundConnector.xml",
		"Synthetic_EXO_GetOutboundConnector.xml", "Synthetic_EXO_GetOrganizationConfig.xml"} {
		f, err := os.Open(filepath.Join("testdata/exo", name))
		if err != nil {
			fmt.Println(err)
			return
		}
		// Online says the file is Exchange Online PowerShell's: its objects
		// go to inv.Online.
		fs, err := inv.Read(inventory.Source{Name: name, Online: true}, f)
		f.Close()
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, f := range fs {
			fmt.Println(f.Path, f.Code)
		}
	}
	online := inv.Online
	org := online.OnPremisesOrganizations[0]
	fmt.Println(org.OrganizationName, org.HybridDomains)
	for _, c := range online.InboundConnectors {
		if strings.EqualFold(c.Name, org.InboundConnector) {
			fmt.Println("inbound:", c.ConnectorType, c.ConnectorSource, c.SenderDomains, c.TLSSenderCertificateName, "enabled", c.Enabled)
		}
	}
	for _, c := range online.OutboundConnectors {
		if strings.EqualFold(c.Name, org.OutboundConnector) {
			fmt.Println("outbound:", c.ConnectorType, c.SmartHosts, c.TLSSettings, c.TLSDomain, "enabled", c.Enabled)
		}
	}
	ews := online.OrganizationConfigs[0]
	fmt.Println("EwsEnabled", *ews.EwsEnabled, "EwsAllowedAppIDs", ews.EwsAllowedAppIDs)
	// Output:
	// Contoso [contoso.com sales.contoso.com]
	// inbound: OnPremises HybridWizard [*] mail.contoso.com enabled true
	// outbound: OnPremises [mail.contoso.com] DomainValidation mail.contoso.com enabled true
	// EwsEnabled true EwsAllowedAppIDs [6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d d3590ed6-52b3-4102-aeff-aad2292ab01c]
}
