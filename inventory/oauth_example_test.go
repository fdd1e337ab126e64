package inventory_test

import (
	"fmt"

	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/version"
)

// observe pairs each value of an inventory list with its origin's path
// function, the form federation.AuditOAuth takes.
func observe[E any, T any](list []E, value func(E) (T, inventory.Origin)) []federation.Observed[T] {
	// Each of these cmdlets was exported here, so an empty list is "none",
	// not "not exported" (see federation.ExportedOAuth).
	out := []federation.Observed[T]{}
	for _, e := range list {
		v, from := value(e)
		out = append(out, federation.Observed[T]{Value: v, Path: from.Path})
	}
	return out
}

// Audit the OAuth objects of E19's exports (with the synthetic
// authorization servers and connector) on 2024-10-01: the Auth Certificate
// has 36 days left and no successor, the ACS server is disabled, and the
// legacy Skype for Business application has no Teams successor. Each
// finding names the file and object it is about.
func ExampleInventory_Read_oauth() {
	inv, _, err := readExports("", false,
		"testdata/E19/GetAuthConfig.xml", "testdata/E19/GetExchangeCertificate.xml", "testdata/E19/GetPartnerApplication.xml",
		"testdata/E19/GetSettingOverride2.xml", "testdata/synthetic/Synthetic_GetAuthServer.xml",
		"testdata/synthetic/Synthetic_GetIntraOrganizationConnector.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	e := federation.ExportedOAuth{
		AuthServers: observe(inv.AuthServers, func(s inventory.AuthServer) (federation.AuthServer, inventory.Origin) { return s.AuthServer, s.From }),
		PartnerApplications: observe(inv.PartnerApplications, func(a inventory.PartnerApplication) (federation.PartnerApplication, inventory.Origin) {
			return a.PartnerApplication, a.From
		}),
		SettingOverrides: observe(inv.SettingOverrides, func(o inventory.SettingOverride) (federation.SettingOverride, inventory.Origin) {
			return o.SettingOverride, o.From
		}),
		IntraOrganizationConnectors: observe(inv.IntraOrganizationConnectors, func(c inventory.IntraOrganizationConnector) (federation.IntraOrganizationConnector, inventory.Origin) {
			return c.IntraOrganizationConnector, c.From
		}),
		RichCoexistence: true, // the HybridConfiguration's FreeBusy, MailTips or Photos
		Path:            "testdata",
	}
	if len(inv.AuthConfigs) > 0 {
		c := inv.AuthConfigs[0]
		e.AuthConfig = &federation.Observed[federation.AuthConfig]{Value: c.AuthConfig, Path: c.From.Path}
	}
	for _, c := range inv.Certificates {
		e.Certificates = append(e.Certificates, federation.CertificateLifetime{Thumbprint: c.Thumbprint, NotAfter: version.DateOf(c.NotAfter)})
	}
	fs := federation.AuditOAuth(e, version.Date{Year: 2024, Month: 10, Day: 1})
	fs.Sort()
	for _, f := range fs {
		fmt.Println(f.Severity, f.Code, f.Path)
	}
	// Output:
	// warning federation/auth-certificate-expiring testdata/E19/GetAuthConfig.xml: object 1: CurrentCertificateThumbprint
	// warning federation/sfb-legacy-partner-application testdata/E19/GetPartnerApplication.xml: object 5
}
