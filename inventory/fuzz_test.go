package inventory_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
)

// FuzzRead reads any bytes: no panic, and every finding is well-formed: a
// code of the package's table with its severity, a path that starts with
// the file's name, a message.
func FuzzRead(f *testing.F) {
	// Small seeds that reach every reader's findings quickly. The real
	// files, which the table tests read, are 80 to 200 KB: as seeds they
	// stall a 10 s smoke run in minimization.
	for _, seed := range []string{
		objs(server(nil), server(map[string]string{"AdminDisplayVersion": adv("x")})),
		objs(obj(tnFile, s("OriginalFilename", "ExSetup.exe"), s("FileVersion", "15.02.1118.025"))),
		objs(obj(tnDomain, s("Name", "a"), value("DomainName", "*"), enum("DomainType", "ExternalRelay"))),
		objs(obj(tnSend, s("Name", "a"), list("AddressSpaces", "SMTP:*;1"), value("TlsCertificateName", "<I>CN=a<S>CN=b"))),
		objs(obj(tnRecv, value("Server", "EX1"), s("Name", "a"), list("TlsDomainCapabilities", "fabrikam.com:AcceptCloudServicesMail"))),
		objs(obj(tnCert, `<BA N="RawData">AAEC</BA>`), `<S>x</S>`),
		objs(obj(tnInbound, s("Name", "a"), b("Enabled", "true"), b("RequireTls", "true"), enum("ConnectorType", "OnPremises"), strList("SenderDomains", "smtp:*;1"),
			strList("SenderIPAddresses", "192.0.2.0/24"))),
		objs(obj(tnOutbound, s("Name", "a"), enum("TlsSettings", "DomainValidation")), obj(tnOnPrem, s("Name", "o"), s("OrganizationGuid", "x")),
			obj(tnOrgConfig, s("Name", "t"), null("EwsEnabled"), strList("EwsAllowedAppIDs", "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d,x"))),
		objs(obj(tnEWS, value("Server", "EX1"), s("Name", "a"), uri("InternalUrl", "https://a/EWS"), list("InternalAuthenticationMethods", "OAuth")),
			obj(tnMBX, s("Name", "EX1"), adv("x"), enum("ServerRole", "Mailbox"))),
		objs(obj(tnRel, s("Name", "a"), enum("FreeBusyAccessLevel", "x"), enum("MailboxMoveCapability", "Inbound, y"), uri("TargetOwaURL", "/owa"))),
		objs(obj(tnTrust, s("Name", "a"), cert("OrgCertificate", "AAEC")), obj(tnOrgID, list("Domains", "contoso.com"))),
		objs(obj(tnEAP, s("Name", "a"), value("Priority", "x"), list("EnabledEmailAddressTemplates", "@a")),
			obj(tnRemote, s("Name", "a"), value("DomainName", "*"), enum("AllowedOOFType", "x"))),
		objs(obj(tnAuthConfig, s("Name", "Auth Configuration"), `<DT N="NextCertificateEffectiveDate">2023-02-03T14:16:02+00:00</DT>`),
			obj(tnAuthServer, s("Name", "a"), enum("Type", "AzureAD"), list("DomainName", "contoso.com"))),
		objs(obj(tnPartnerApp, s("Name", "a")), obj(tnIOC, s("Name", "c"), list("TargetAddressDomains", "x"))),
		objs(obj(tnOverride, s("Name", "o"), s("ComponentName", "Global"), list("Parameters", "Enabled=true", "x"))),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var inv inventory.Inventory
		fs, err := inv.Read(inventory.Source{Name: "f.xml", Server: "EX1"}, bytes.NewReader(data))
		if err != nil {
			if len(fs) != 0 {
				t.Errorf("findings with an error: %v", fs)
			}
			if !strings.HasPrefix(err.Error(), "f.xml:") {
				t.Errorf("error %q does not start with the file's name", err)
			}
			return
		}
		for _, x := range fs {
			r, ok := inventory.Rules().Rule(x.Code)
			if !ok || r.Severity != x.Severity {
				t.Errorf("finding %+v: code not in the table or wrong severity", x)
			}
			if !strings.HasPrefix(string(x.Path), "f.xml") || x.Message == "" {
				t.Errorf("finding %+v: path or message", x)
			}
		}
	})
}
