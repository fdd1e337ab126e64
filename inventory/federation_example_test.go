package inventory_test

import (
	"fmt"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
)

// Read the federation trust and the organization identifier (synthetic
// exports: no real one is public), join them as the federation package's
// Trust, and run that package's rules on it with the on-premises
// organization relationship read beside them. The export holds no domain
// proofs (they are DNS records), so the rules ask for them.
func ExampleFederatedOrganizationIdentifier_Trust() {
	inv, _, err := readExports("testdata", false,
		"Synthetic_GetFederationTrust.xml", "Synthetic_GetFederatedOrganizationIdentifier.xml", "Synthetic_GetOrganizationRelationship.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	trust, found := inv.FederatedOrganizationIdentifiers[0].Trust(inv.FederationTrusts)
	fmt.Println(trust.Name, trust.OrganizationID(), found)
	var onPremises federation.OrganizationRelationship
	for _, r := range inv.OrganizationRelationships {
		if strings.HasPrefix(r.Name, federation.OnPremisesRelationshipPrefix) {
			onPremises = r.OrganizationRelationship
		}
	}
	fmt.Println(onPremises.Name, onPremises.FreeBusyAccessLevel, onPremises.MailTipsAccessLevel)
	fs := federation.Validate(federation.Config{
		Tenant: "contoso.onmicrosoft.com", Cloud: exhybrid.CloudWorldwide, Domains: []string{"contoso.com"},
		Features: federation.Features{FreeBusy: true}, Trust: &trust, Relationships: &federation.Pair{OnPremises: onPremises},
	})
	for _, f := range fs {
		// The Exchange Online side was not read here.
		if !strings.HasPrefix(string(f.Path), "relationships.cloud") {
			fmt.Println(f.Path, f.Code)
		}
	}
	// Output:
	// Microsoft Federation Gateway FYDIBOHF25SPDLT.contoso.com true
	// On-premises to O365 - 7c1e5a4e-2b9d-4f0e-9a51-3d6c2e8f0b17 LimitedDetails All
	// servers federation/servers-missing
	// trust.federatedDomains[0] federation/federated-domain-without-proof
	// trust.federatedDomains[1] federation/federated-domain-without-proof
}
