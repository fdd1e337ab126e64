package inventory_test

import (
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// objs wraps top-level objects in the CLIXML envelope.
func objs(body ...string) string {
	return `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">` + strings.Join(body, "") + `</Objs>`
}

// obj writes an object of type tn with the given properties.
func obj(tn string, props ...string) string {
	return `<Obj><TN><T>` + tn + `</T><T>System.Object</T></TN><Props>` + strings.Join(props, "") + `</Props></Obj>`
}

// enum writes an enum property.
func enum(name, text string) string {
	return `<Obj N="` + name + `"><TN><T>E</T><T>System.Enum</T></TN><ToString>` + text + `</ToString><I32>0</I32></Obj>`
}

func s(name, v string) string { return `<S N="` + name + `">` + v + `</S>` }

// on is the Enabled property of a connector switched on.
const on = `<B N="Enabled">true</B>`

const (
	tnServer = "Microsoft.Exchange.Data.Directory.Management.ExchangeServer"
	tnFile   = "System.Diagnostics.FileVersionInfo"
	tnDomain = "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"
	tnCert   = "Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate"
	tnSend   = "Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig"
	tnRecv   = "Microsoft.Exchange.Data.Directory.SystemConfiguration.ReceiveConnector"
)

// value writes an Exchange value type property: an object with a ToString.
func value(name, text string) string {
	return `<Obj N="` + name + `"><TN><T>V</T></TN><ToString>` + text + `</ToString></Obj>`
}

// list writes a multi-valued property of value objects.
func list(name string, items ...string) string {
	var b strings.Builder
	for _, it := range items {
		b.WriteString(`<Obj><TN><T>V</T></TN><ToString>` + it + `</ToString></Obj>`)
	}
	return `<Obj N="` + name + `"><TN><T>MultiValuedProperty</T></TN><LST>` + b.String() + `</LST></Obj>`
}

func adv(v string, props ...string) string {
	return `<Obj N="AdminDisplayVersion"><TN><T>Microsoft.Exchange.Data.ServerVersion</T></TN><ToString>` + v + `</ToString><Props>` +
		strings.Join(props, "") + `</Props></Obj>`
}

// parts writes a ServerVersion's Major, Minor, Build and Revision.
func parts(major, minor, build, revision string) []string {
	return []string{`<I32 N="Major">` + major + `</I32>`, `<I32 N="Minor">` + minor + `</I32>`,
		`<I32 N="Build">` + build + `</I32>`, `<I32 N="Revision">` + revision + `</I32>`}
}

var goodServer = []string{s("Name", "EX1"), s("Fqdn", "ex1.contoso.com"), adv("Version 15.2 (Build 1544.4)"), enum("ServerRole", "Mailbox"), `<B N="IsEdgeServer">false</B>`}

func server(replace map[string]string) string {
	var props []string
	for _, p := range goodServer {
		name := p[strings.Index(p, `N="`)+3:]
		name = name[:strings.IndexByte(name, '"')]
		if r, ok := replace[name]; ok {
			p = r
		}
		props = append(props, p)
	}
	return obj(tnServer, props...)
}

func TestBadObjects(t *testing.T) {
	testKept(t, inventory.Source{Server: "EX1"}, []keptCase{
		{"good", objs(server(nil)), 1, nil},
		{"deserialized", objs(strings.Replace(server(nil), "<T>Microsoft", "<T>Deserialized.Microsoft", 1)), 1, nil},
		{"no name", objs(server(map[string]string{"Name": `<Nil N="Name"/>`})), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"no fqdn, second object", objs(`<S>text</S>`, server(map[string]string{"Fqdn": ""})), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 2: Fqdn", inventory.CodeFieldMissing), findingtest.I("x.xml", inventory.CodeUnknownType)}},
		{"bad version", objs(server(map[string]string{"AdminDisplayVersion": adv("0.20 (15.1.0.0)")})), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: AdminDisplayVersion", inventory.CodeFieldInvalid)}},
		{"version from the properties", objs(server(map[string]string{"AdminDisplayVersion": adv("Version 15.2 (Build 1544.4)", parts("15", "2", "1544", "4")...)})), 1, nil},
		{"stale version", objs(server(map[string]string{"AdminDisplayVersion": adv("Version 15.2 (Build 986.5)", parts("15", "2", "1544", "4")...)})), 1,
			[]findingtest.Key{findingtest.I("x.xml: object 1: AdminDisplayVersion", inventory.CodeStaleToString)}},
		{"bad version text, good properties", objs(server(map[string]string{"AdminDisplayVersion": adv("15.2.1544.4", parts("15", "2", "1544", "4")...)})), 1,
			[]findingtest.Key{findingtest.I("x.xml: object 1: AdminDisplayVersion", inventory.CodeStaleToString)}},
		{"properties out of range", objs(server(map[string]string{"AdminDisplayVersion": adv("x", parts("15", "2", "70000", "4")...)})), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: AdminDisplayVersion", inventory.CodeFieldInvalid)}},
		{"bad role", objs(server(map[string]string{"ServerRole": enum("ServerRole", "Mailbox, Bogus")})), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: ServerRole", inventory.CodeFieldInvalid)}},
		{"no role", objs(server(map[string]string{"ServerRole": enum("ServerRole", "None")})), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: ServerRole", inventory.CodeFieldInvalid)}},
		{"edge not a bool", objs(server(map[string]string{"IsEdgeServer": s("IsEdgeServer", "yes")})), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: IsEdgeServer", inventory.CodeFieldInvalid)}},
		{"conflict in one file", objs(server(nil), server(map[string]string{"Fqdn": s("Fqdn", "other.contoso.com")})), 1,
			[]findingtest.Key{findingtest.W("x.xml: object 2", inventory.CodeConflict)}},
		{"the same twice", objs(server(nil), server(nil)), 1, nil},
		{"not ExSetup", objs(obj(tnFile, s("OriginalFilename", "notepad.exe"), s("FileVersion", "10.0.1.1"))), 0,
			[]findingtest.Key{findingtest.I("x.xml: object 1: OriginalFilename", inventory.CodeNotExSetup)}},
		{"bad file version", objs(obj(tnFile, s("OriginalFilename", "ExSetup.exe"), s("FileVersion", "15.02"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: FileVersion", inventory.CodeFieldInvalid)}},
		{"no file version", objs(obj(tnFile, s("OriginalFilename", "EXSETUP.EXE"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: FileVersion", inventory.CodeFieldMissing)}},
		{"bad domain type", objs(obj(tnDomain, s("Name", "a"), s("DomainName", "a.com"), enum("DomainType", "Relay"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: DomainType", inventory.CodeFieldInvalid)}},
		{"no domain name", objs(obj(tnDomain, s("Name", "a"), enum("DomainType", "Authoritative"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: DomainName", inventory.CodeFieldMissing)}},
		{"no raw data", objs(obj(tnCert)), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: RawData", inventory.CodeFieldMissing)}},
		{"raw data a string", objs(obj(tnCert, s("RawData", "MIIB"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: RawData", inventory.CodeFieldInvalid)}},
		{"bad certificate name, second object", objs(obj(tnSend, s("Name", "a"), on), obj(tnSend, s("Name", "b"), on, value("TlsCertificateName", "CN=x"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 2: TlsCertificateName", inventory.CodeFieldInvalid)}},
		{"bad address space", objs(obj(tnSend, s("Name", "a"), on, list("AddressSpaces", "SMTP:*;1", "SMTP:*;0", ""))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: AddressSpaces[1]", inventory.CodeFieldInvalid),
				findingtest.E("x.xml: object 1: AddressSpaces[2]", inventory.CodeFieldMissing)}},
		{"address spaces not a list", objs(obj(tnSend, s("Name", "a"), on, s("AddressSpaces", "SMTP:*;1"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: AddressSpaces", inventory.CodeFieldInvalid)}},
		{"bad TLS level", objs(obj(tnSend, s("Name", "a"), on, enum("TlsAuthLevel", "Strict"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: TlsAuthLevel", inventory.CodeFieldInvalid)}},
		{"send connector without Enabled: enabled, as Exchange's default", objs(obj(tnSend, s("Name", "a"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Enabled", inventory.CodeFieldMissing)}},
		{"send connector with an Enabled that is not a Boolean", objs(obj(tnSend, s("Name", "a"), s("Enabled", "yes"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Enabled", inventory.CodeFieldInvalid)}},
		{"send connector without a name", objs(obj(tnSend)), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"receive connector without a server", objs(obj(tnRecv, s("Name", "a"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Server", inventory.CodeFieldMissing)}},
		{"bad TLS domain capability", objs(obj(tnRecv, value("Server", "EX1"), s("Name", "a"), b("Enabled", "true"), list("TlsDomainCapabilities", "fabrikam.com:Nope"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: TlsDomainCapabilities[0]", inventory.CodeFieldInvalid)}},
		{"bad transport role", objs(obj(tnRecv, value("Server", "EX1"), s("Name", "a"), b("Enabled", "true"), enum("TransportRole", "Edge"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: TransportRole", inventory.CodeFieldInvalid)}},
		{"Receive connector without Enabled: enabled, as Exchange's default", objs(obj(tnRecv, value("Server", "EX1"), s("Name", "a"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Enabled", inventory.CodeFieldMissing)}},
		{"raw data not DER", objs(obj(tnCert, `<BA N="RawData">AAEC</BA>`)), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: RawData", inventory.CodeFieldInvalid)}},
	}, func(inv *inventory.Inventory) int { return len(inv.Servers) })
}

// The fields of a server read from small objects: an absent IsEdgeServer
// is false, Get-ExchangeServer's "Edge" is Edge Transport, and a name in
// ServerRole that is not a role leaves the others, and AdminDisplayVersion's
// properties win over its ToString.
func TestServerFields(t *testing.T) {
	tests := []struct {
		name    string
		replace map[string]string
		roles   string
		edge    bool
	}{
		{"edge", map[string]string{"IsEdgeServer": `<B N="IsEdgeServer">true</B>`, "ServerRole": enum("ServerRole", "Edge")}, "EdgeTransport", true},
		{"no IsEdgeServer", map[string]string{"IsEdgeServer": ""}, "Mailbox", false},
		{"IsEdgeServer not a Boolean: false, as the reader's comment says", map[string]string{"IsEdgeServer": `<I32 N="IsEdgeServer">1</I32>`}, "Mailbox", false},
		{"properties over a stale ToString", map[string]string{"AdminDisplayVersion": adv("Version 15.2 (Build 986.5)", parts("15", "2", "1544", "4")...)}, "Mailbox", false},
		{"one name not a role", map[string]string{"ServerRole": enum("ServerRole", "Mailbox, Bogus, ClientAccess")}, "Mailbox, ClientAccess", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, _ := readText(t, inventory.Source{}, objs(server(tt.replace)))
			want := []inventory.Server{{Name: "EX1", FQDN: "ex1.contoso.com", AdminDisplayVersion: build("15.2.1544.4"), Roles: mustRoles(tt.roles), Edge: tt.edge}}
			if d := cmp.Diff(want, inv.Servers, ignoreOrigin, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestCycle checks that an export holding an object graph with a cycle,
// which PowerShell writes as a Ref to an enclosing object, is read: the
// object is counted as a type not read, and the others are read.
func TestCycle(t *testing.T) {
	cycle := `<Obj RefId="0"><TN RefId="0"><T>System.Management.Automation.PSDriveInfo</T><T>System.Object</T></TN><Props><S N="Name">C</S>` +
		`<Obj N="Provider" RefId="1"><TN RefId="1"><T>System.Management.Automation.ProviderInfo</T><T>System.Object</T></TN><Props>` +
		`<Obj N="Drives" RefId="2"><TN RefId="2"><T>System.Collections.ObjectModel.Collection` + "`" + `1</T><T>System.Object</T></TN><LST><Ref RefId="0"/></LST></Obj>` +
		`</Props></Obj></Props></Obj>`
	inv, fs := readText(t, inventory.Source{}, objs(cycle, server(nil)))
	if d := findingtest.Diff([]findingtest.Key{findingtest.I("x.xml", inventory.CodeUnknownType)}, fs); d != "" {
		t.Errorf("findings (-want +got):\n%s", d)
	}
	if len(inv.Servers) != 1 || len(inv.Unknown) != 1 || inv.Unknown[0].TypeName != "System.Management.Automation.PSDriveInfo" {
		t.Errorf("servers %d, unknown %+v; want the server read and the drive counted", len(inv.Servers), inv.Unknown)
	}
}
