package federation_test

import (
	"fmt"
	"time"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/version"
)

// Audit an exported OAuth configuration on three days: the same Auth
// Certificate is fine, then needs its successor (a warning 36 days before
// its end, an error within 30), then has expired; and
// from 2025-10-31 a hybrid sharing free/busy needs the dedicated hybrid
// app's setting override, of which this export has none. Each object's
// Path function names the file and object, as inventory.Origin.Path does.
func ExampleAuditOAuth() {
	file := func(name string) func(string) exhybrid.Path {
		return func(prop string) exhybrid.Path { return exhybrid.Path(name + ": object 1: " + prop) }
	}
	e := federation.ExportedOAuth{
		AuthConfig: &federation.Observed[federation.AuthConfig]{
			Value: federation.AuthConfig{CurrentCertificateThumbprint: "C3EDCF181EF4F9B53D01768ECA99564014BCA6E7"},
			Path:  file("GetAuthConfig.xml"),
		},
		Certificates: []federation.CertificateLifetime{{
			Thumbprint: "C3EDCF181EF4F9B53D01768ECA99564014BCA6E7",
			NotAfter:   version.DateOf(time.Date(2025, 11, 6, 22, 47, 32, 0, time.UTC)),
		}},
		SettingOverrides: []federation.Observed[federation.SettingOverride]{}, // exported: none
		RichCoexistence:  true,
		Path:             "export",
	}
	for _, on := range []string{"2025-06-01", "2025-10-01", "2025-11-07"} {
		d, _ := version.ParseDate(on)
		fmt.Println(on)
		for _, f := range federation.AuditOAuth(e, d) {
			fmt.Println(" ", f.Severity, f.Code, f.Path)
		}
	}
	// Output:
	// 2025-06-01
	// 2025-10-01
	//   warning federation/auth-certificate-expiring GetAuthConfig.xml: object 1: CurrentCertificateThumbprint
	// 2025-11-07
	//   error federation/auth-certificate-expired GetAuthConfig.xml: object 1: CurrentCertificateThumbprint
	//   error federation/hybrid-app-override-missing export
}
