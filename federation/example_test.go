package federation_test

import (
	"errors"
	"fmt"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// exampleParams describe an Exchange 2016 organization. The GUID would
// come from the caller's own generator, or from the existing deployment.
func exampleParams() federation.Params {
	return federation.Params{
		ID: "177cd94d-be11-44e9-b09f-db69389f3a35",
		Servers: []roles.Server{{
			Name: "EX2016-01", Build: version.MustParseBuild("15.1.2507.6"),
			Roles: roles.Of(roles.RoleMailbox), InternetFacing: true,
		}},
		Tenant:          "contoso.onmicrosoft.com",
		Cloud:           exhybrid.CloudWorldwide,
		Domains:         []string{"contoso.com"},
		AutodiscoverURL: "https://autodiscover.contoso.com/autodiscover/autodiscover.svc",
		OWAURL:          "https://mail.contoso.com/owa",
		OWAForm:         federation.OWAFormOutlookOffice, // the recommended form
	}
}

func ExampleConfigure() {
	c, fs := federation.Configure(exampleParams())
	if err := fs.Err(); err != nil {
		panic(err)
	}
	for _, r := range []federation.OrganizationRelationship{c.Relationships.OnPremises, c.Relationships.Cloud} {
		fmt.Println(r.Name)
		fmt.Println("  domains:     ", r.DomainNames)
		fmt.Println("  free/busy:   ", r.FreeBusyAccessLevel, " MailTips:", r.MailTipsAccessLevel, " photos:", r.PhotosEnabled)
		fmt.Println("  moves:       ", r.MailboxMoveEnabled, " archive:", r.ArchiveAccessEnabled, " delivery reports:", r.DeliveryReportEnabled)
		fmt.Println("  application: ", r.TargetApplicationURI)
		fmt.Println("  autodiscover:", r.TargetAutodiscoverEPR)
		fmt.Println("  OWA:         ", r.TargetOWAURL)
	}
	// Output:
	// On-premises to O365 - 177cd94d-be11-44e9-b09f-db69389f3a35
	//   domains:      [contoso.mail.onmicrosoft.com]
	//   free/busy:    LimitedDetails  MailTips: All  photos: true
	//   moves:        true  archive: true  delivery reports: true
	//   application:  outlook.com
	//   autodiscover: https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc/WSSecurity
	//   OWA:          https://outlook.office.com/mail
	// O365 to On-premises - 177cd94d-be11-44e9-b09f-db69389f3a35
	//   domains:      [contoso.com]
	//   free/busy:    LimitedDetails  MailTips: All  photos: true
	//   moves:        false  archive: false  delivery reports: true
	//   application:  FYDIBOHF25SPDLT.contoso.com
	//   autodiscover: https://autodiscover.contoso.com/autodiscover/autodiscover.svc/WSSecurity
	//   OWA:          https://mail.contoso.com/owa
}

func ExampleConfigure_auth() {
	// An Exchange 2016 organization: the wizard configures OAuth.
	conf, _ := federation.Configure(exampleParams())
	c := conf.Auth
	fmt.Println(c.Method, "-", federation.ReasonText(c.Reason))
	for _, s := range c.OAuth.AuthServers {
		fmt.Println(" ", s.Name, s.Type, s.AuthMetadataURL)
	}
	fmt.Println("  on-premises connector:", c.OAuth.Connectors.OnPremises.TargetAddressDomains, c.OAuth.Connectors.OnPremises.DiscoveryEndpoint)
	fmt.Println("  enables:", c.Enables)

	// An Exchange 2007 organization with an Exchange 2013 hybrid server:
	// the wizard keeps the federation trust.
	p := exampleParams()
	p.Servers = []roles.Server{
		{Name: "EX2007", Build: version.MustParseBuild("8.3.298.3"), Roles: roles.Of(roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport)},
		{Name: "EX2013", Build: version.MustParseBuild("15.0.1497.2"), Roles: roles.Of(roles.RoleMailbox, roles.RoleClientAccess), InternetFacing: true},
	}
	conf, fs := federation.Configure(p)
	c = conf.Auth
	fmt.Println(c.Method, "-", federation.ReasonText(c.Reason))
	fmt.Println("  trust:", c.Trust.Name, c.Trust.OrganizationID())
	fmt.Println("  enables:", c.Enables)
	fs.Sort()
	fmt.Print(fs)
	// Output:
	// OAuth - every server runs Exchange 2013 CU5 or later; the wizard configures OAuth
	//   ACS - 177cd94d-be11-44e9-b09f-db69389f3a35 MicrosoftACS https://accounts.accesscontrol.windows.net/contoso.onmicrosoft.com/metadata/json/1
	//   EvoSts - 177cd94d-be11-44e9-b09f-db69389f3a35 AzureAD https://login.windows.net/contoso.onmicrosoft.com/FederationMetadata/2007-06/FederationMetadata.xml
	//   on-premises connector: [contoso.mail.onmicrosoft.com] https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc
	//   enables: [FreeBusy MailTips MessageTracking OnlineArchive MultiMailboxSearch EDiscovery Photos MRM]
	// DAuth - Exchange 2007 or 2010 servers remain; the wizard keeps the federation trust for mixed organizations
	//   trust: Microsoft Federation Gateway FYDIBOHF25SPDLT.contoso.com
	//   enables: [FreeBusy MailTips MessageTracking OnlineArchive MultiMailboxSearch Photos]
	// info manualOAuth: the wizard keeps the federation trust here (Exchange 2007 or 2010 servers remain; the wizard keeps the federation trust for mixed organizations); Microsoft recommends configuring OAuth by hand [federation/oauth-recommended]
	// info servers[0]: Exchange 2007 Client Access server EX2007 answers free/busy requests for at most 42 days by default; Exchange 2013 and later may ask for 62, and such requests fail [federation/exchange2007-query-interval]
}

func ExampleParams_derivedID() {
	// Without an ID the names carry a GUID derived from the tenant's
	// coexistence domain: the same tenant always gives the same names.
	p := exampleParams()
	p.ID = ""
	c, fs := federation.Configure(p)
	fmt.Println(c.Relationships.OnPremises.Name)
	fmt.Print(fs)
	// Output:
	// On-premises to O365 - 0c7becd1-c7d0-591c-aeeb-7f124931ac4a
	// info id: no identifier given; derived 0c7becd1-c7d0-591c-aeeb-7f124931ac4a from "contoso.mail.onmicrosoft.com" [federation/id-derived]
}

func ExampleDomainProof_TXT() {
	// The value comes from Get-FederatedDomainProof -DomainName contoso.com.
	p := federation.DomainProof{Domain: "contoso.com", Value: "znMfbkgSbOQSsWFdsW+gm3to0nZSdE3zbcPPHGVAqdgsLFGsCPuLHiyVbKoPmgyZKX90NH2g1PbCZH0YTQF6oA=="}
	rec, err := p.TXT()
	if err != nil {
		panic(err)
	}
	fmt.Println(rec)

	// A proof cut short when copied is caught before it is published (when
	// the cut leaves an incomplete base64 group).
	p.Value = p.Value[:41]
	_, err = p.TXT()
	fmt.Println(errors.Is(err, federation.ErrProof))
	// Output:
	// contoso.com. IN TXT "znMfbkgSbOQSsWFdsW+gm3to0nZSdE3zbcPPHGVAqdgsLFGsCPuLHiyVbKoPmgyZKX90NH2g1PbCZH0YTQF6oA=="
	// true
}

func ExampleValidate() {
	p := exampleParams()
	c, _ := federation.Configure(p)
	choice, pair := c.Auth, c.Relationships
	// Someone lowered the free/busy level in Exchange Online only, and the
	// proof of contoso.com is not published yet.
	pair.Cloud.FreeBusyAccessLevel = federation.FreeBusyAvailabilityOnly
	fs := federation.Validate(federation.Config{
		Tenant: p.Tenant, Cloud: p.Cloud, Domains: p.Domains, Servers: p.Servers,
		Features: federation.Features{FreeBusy: true, MoveMailbox: true},
		Trust:    choice.Trust, Relationships: &pair, OAuth: choice.OAuth,
	})
	fs.Sort()
	fmt.Print(fs.Under("federation"))
	fmt.Println(errors.Is(fs.Err(), federation.CodeFederatedDomainWithoutProof))
	// Output:
	// warning federation.relationships.onPremises.freeBusyAccessLevel: free/busy access level is LimitedDetails on premises and AvailabilityOnly in Exchange Online [federation/access-level-mismatch]
	// error federation.trust.federatedDomains[0]: federated domain "contoso.com" has no published proof of ownership [federation/federated-domain-without-proof]
	// true
}
