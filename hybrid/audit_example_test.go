package hybrid_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/version"
)

// Audit the shipped example export's mail flow on a day: read four of its
// files, build the organization they describe, and print the findings on
// the exported objects, which name the file and the object. The Send
// connector does not require TLS (its certificate is not judged: its
// source server was not exported); the HybridConfiguration names a
// certificate that was not exported; two of the server's certificates
// expired in 2024.
func ExampleAudit() {
	var inv inventory.Inventory
	for _, name := range []string{"GetSendConnector.xml", "GetExchangeCertificate.xml", "GetHybridConfiguration.xml", "GetAcceptedDomain.xml"} {
		f, err := os.Open("../examples/export/" + name)
		if err != nil {
			fmt.Println(err)
			return
		}
		_, err = inv.Read(inventory.Source{Name: name}, f)
		f.Close()
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	org, _ := hybrid.FromInventory(&inv)
	for _, f := range hybrid.Audit(org, version.Date{Year: 2026, Month: 12, Day: 6}) {
		if strings.Contains(string(f.Path), ".xml: ") {
			fmt.Println(f.Severity, f.Path, f.Code)
		}
	}
	// Output:
	// error GetExchangeCertificate.xml: 6C7DE09FB39A40144F57EFEBC3DF0148E3A9AB28: NotAfter hybrid/certificate-expired
	// error GetExchangeCertificate.xml: C3EDCF181EF4F9B53D01768ECA99564014BCA6E7: NotAfter hybrid/certificate-expired
	// error GetHybridConfiguration.xml: Hybrid Configuration: TlsCertificateName transport/certificate-not-found
	// error GetSendConnector.xml: Mail to O365: RequireTLS transport/tls-not-required
	// info GetSendConnector.xml: Mail to O365: TlsCertificateName transport/certificate-not-checked
}
