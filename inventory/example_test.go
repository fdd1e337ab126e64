package inventory_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/exhybrid/exhybrid"
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

// readExports reads the exports in dir that names names into one
// inventory, as taken in Exchange Online PowerShell when online is true,
// and returns it with the findings of all files. ExampleInventory_Read
// shows the loop; the other examples show what comes after it.
func readExports(dir string, online bool, names ...string) (*inventory.Inventory, exhybrid.Findings, error) {
	var inv inventory.Inventory
	var all exhybrid.Findings
	for _, name := range names {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, nil, err
		}
		fs, err := inv.Read(inventory.Source{Name: name, Online: online}, f)
		f.Close()
		if err != nil {
			return nil, nil, err
		}
		all = append(all, fs...)
	}
	return &inv, all, nil
}

// Read HealthChecker's send connector and certificates: the connector's
// TlsCertificateName is parsed, and the certificates are read from their
// DER, so the certificate it names can be looked up by issuer and subject.
func ExampleInventory_Read_connector() {
	inv, _, err := readExports("", false, "testdata/E19/GetSendConnector.xml", "testdata/unit/GetExchangeCertificate.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	c := inv.SendConnectors[0]
	fmt.Println(c.Name, c.AddressSpaces, c.SmartHosts, c.CloudServicesMailEnabled)
	fmt.Println("certificate:", c.TLSCertificateName)
	for _, cert := range inv.Certificates {
		// HealthChecker matches with PowerShell's -eq, which ignores case.
		if strings.EqualFold(cert.Issuer, c.TLSCertificateName.Issuer) && strings.EqualFold(cert.Subject, c.TLSCertificateName.Subject) {
			fmt.Println(cert.Thumbprint, cert.DNSNames, cert.NotAfter.Format("2006-01-02"))
		}
	}
	// Output:
	// Mail to O365 [SMTP:*;1] [microsoft-com.mail.protection.outlook.com] true
	// certificate: <I>CN=localhost<S>CN=localhost
	// E267D459A0FB53D0EF225C11FAC062D522648C09 [localhost] 2026-08-06
}
