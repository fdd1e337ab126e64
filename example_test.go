package exhybrid_test

import (
	"errors"
	"fmt"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// contoso is the organization of the source material: Exchange 2007 at SP3
// Update Rollup 10, with two Exchange 2013 CU23 servers that hold both the
// Client Access and Mailbox roles, going hybrid with Exchange Online.
func contoso() hybrid.Organization {
	server := func(name, build string, rs roles.RoleSet, internet bool) roles.Server {
		return roles.Server{Name: name, FQDN: name + ".corp.contoso.com", Site: "HQ",
			Build: version.MustParseBuild(build), Roles: rs, InternetFacing: internet}
	}
	return hybrid.Organization{
		Name:            "Contoso",
		Tenant:          "contoso.onmicrosoft.com",
		Cloud:           exhybrid.CloudWorldwide,
		Type:            hybrid.TypeClassicFull,
		Features:        hybrid.AllFeatures,
		MX:              transport.MXOnPremises,
		HybridDomains:   []string{"contoso.com"},
		AcceptedDomains: []hybrid.AcceptedDomain{{Domain: "contoso.com", Type: hybrid.DomainTypeAuthoritative}},
		Namespaces: hybrid.Namespaces{
			OWA: "mail.contoso.com", Autodiscover: "autodiscover.contoso.com", EWS: "mail.contoso.com",
			SMTP: "mail.contoso.com", Legacy: "legacy.contoso.com",
		},
		Certificate: hybrid.Certificate{
			Subject:  "CN=mail.contoso.com",
			Issuer:   "CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US",
			Names:    []string{"mail.contoso.com", "autodiscover.contoso.com", "legacy.contoso.com"},
			NotAfter: version.Date{Year: 2027, Month: 6, Day: 30},
			Servers:  []string{"EX2013-01", "EX2013-02"},
		},
		Servers: []roles.Server{
			server("EX2007-MBX", "8.3.298.3", roles.Of(roles.RoleMailbox), false),
			server("EX2007-HUBCAS", "8.3.298.3", roles.Of(roles.RoleClientAccess, roles.RoleHubTransport), true),
			server("EX2013-01", "15.0.1497.48", roles.Of(roles.RoleMailbox, roles.RoleClientAccess), true),
			server("EX2013-02", "15.0.1497.48", roles.Of(roles.RoleMailbox, roles.RoleClientAccess), true),
		},
		HybridServers: []string{"EX2013-01", "EX2013-02"},
	}
}

// Example tours the library end to end: describe the Exchange 2007
// organization of the source material, validate it on a day, and plan its
// hybrid deployment.
func Example() {
	org := contoso()
	on := version.Date{Year: 2026, Month: 11, Day: 27}

	// Validation returns every finding; errors.Is matches codes. On this
	// day both versions are past their end of support: warnings, not errors.
	fs := hybrid.Validate(org, on)
	fmt.Printf("%d errors, %d warnings\n", len(fs.Errors()), len(fs.Warnings()))
	for _, f := range fs.Warnings() {
		fmt.Println(f.Path, f.Code)
	}

	// The plan: ordered steps and where each service is answered.
	plan, _ := hybrid.Plan(org, hybrid.Options{Date: on, ID: "6ba7b810-9dad-11d1-80b4-00c04fd430c8"})
	for i, s := range plan.Steps {
		fmt.Printf("%2d. %-19s %s\n", i+1, s.Phase, s.Target)
	}
	for _, row := range plan.Services[:3] {
		fmt.Printf("%s, cloud mailbox: %s\n", row.Service, row.Cloud)
	}

	// Break a rule: a 2007 server below SP3 Update Rollup 10.
	org.Servers[0].Build = version.MustParseBuild("8.3.297.2")
	err := hybrid.Validate(org, on).Err()
	fmt.Println(errors.Is(err, roles.CodeCoexistenceBelowMinimum))
	// Output:
	// 0 errors, 8 warnings
	// servers[0].build hybrid/dedicated-app-unsupported
	// servers[0].build hybrid/product-out-of-support
	// servers[1].build hybrid/dedicated-app-unsupported
	// servers[1].build hybrid/product-out-of-support
	// servers[2].build hybrid/dedicated-app-unsupported
	// servers[2].build hybrid/product-out-of-support
	// servers[3].build hybrid/dedicated-app-unsupported
	// servers[3].build hybrid/product-out-of-support
	//  1. Prerequisites       tenant domains contoso.com
	//  2. Prerequisites       directory synchronization
	//  3. Namespaces          EX2013-01
	//  4. Namespaces          EX2013-02
	//  5. Namespaces          EX2007-HUBCAS
	//  6. Namespaces          public DNS records
	//  7. HybridConfiguration hybrid deployment
	//  8. HybridConfiguration HybridConfiguration
	//  9. HybridConfiguration EX2013-01
	// 10. HybridConfiguration EX2013-02
	// 11. Federation          federation trust Microsoft Federation Gateway
	// 12. Federation          federated domain proofs
	// 13. Federation          federated organization identifier
	// 14. Sharing             organization relationship On-premises to O365 - 6ba7b810-9dad-11d1-80b4-00c04fd430c8
	// 15. Sharing             organization relationship O365 to On-premises - 6ba7b810-9dad-11d1-80b4-00c04fd430c8
	// 16. Domains             accepted domain contoso.mail.onmicrosoft.com
	// 17. Domains             email address policies
	// 18. MailFlow            Send connector Outbound to Office 365
	// 19. MailFlow            EX2013-01\Default Frontend EX2013-01
	// 20. MailFlow            EX2013-02\Default Frontend EX2013-02
	// 21. MailFlow            Inbound connector Inbound from 6ba7b810-9dad-11d1-80b4-00c04fd430c8
	// 22. MailFlow            Outbound connector Outbound from 6ba7b810-9dad-11d1-80b4-00c04fd430c8
	// 23. MailFlow            OnPremisesOrganization Contoso
	// 24. Clients             organization relationship On-premises to O365 - 6ba7b810-9dad-11d1-80b4-00c04fd430c8
	// 25. Clients             EX2013-01\EWS (Default Web Site)
	// 26. Clients             EX2013-02\EWS (Default Web Site)
	// 27. Clients             migration endpoint Hybrid Migration Endpoint - EWS (Default Web Site)
	// Mail from the Internet (MX OnPremises), cloud mailbox: Internet → Exchange Server 2007 Hub Transport (EX2007-HUBCAS) → Exchange Server 2013 Mailbox (EX2013-01, EX2013-02) → Exchange Online Protection → Exchange Online
	// Mail to the Internet, cloud mailbox: Exchange Online → Exchange Online Protection → Internet
	// Mail to the other organization, cloud mailbox: Exchange Online → Exchange Online Protection → Exchange Server 2013 Client Access (EX2013-01, EX2013-02) → Exchange Server 2013 Mailbox (EX2013-01, EX2013-02) → Exchange Server 2007 Hub Transport (EX2007-HUBCAS) → Exchange Server 2007 Mailbox (EX2007-MBX)
	// true
}

// ExampleFindings_Err shows findings as an error: errors.Is matches a
// rule's code, errors.As gets the finding.
func ExampleFindings_Err() {
	s := roles.Server{Name: "EDGE01", Build: version.MustParseBuild("15.2.1748.10"),
		Roles: roles.Of(roles.RoleEdgeTransport, roles.RoleMailbox), Perimeter: true}
	err := roles.ValidateServer(s).Under("servers[0]").Err()
	var f exhybrid.Finding
	fmt.Println(errors.Is(err, roles.CodeEdgeCombined), errors.As(err, &f), f.Path)
	// Output: true true servers[0].roles
}
