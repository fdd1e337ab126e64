package hybrid

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/exhybrid/exhybrid/internal/clixmlgen"
	"github.com/exhybrid/exhybrid/inventory"
)

// generatedExport is an export of n servers generated from the real files
// of ../inventory/testdata: each server a copy of E19's Get-ExchangeServer
// object with its own name, and the five Receive connectors of the unit
// export's server with that server's name changed likewise; the
// organization-wide exports (accepted domains, certificates, the Send
// connector, HybridConfiguration, OrganizationConfig, AuthConfig) once.
// Certificates are not multiplied: a copy of a certificate's RawData is
// the same certificate.
type generatedExport struct {
	n     int
	once  map[string][]byte // the files read once, by name
	multi []generated
}

type generated struct {
	name  string
	doc   []byte
	names []string
}

func newGeneratedExport(tb testing.TB, n int) *generatedExport {
	read := func(name string) []byte {
		data, err := os.ReadFile(filepath.Join(exports, name))
		if err != nil {
			tb.Fatal(err)
		}
		return data
	}
	g := &generatedExport{n: n, once: map[string][]byte{}}
	for _, name := range []string{"E19/GetAcceptedDomain.xml", "E19/GetExchangeCertificate.xml", "E19/GetSendConnector.xml",
		"E19/GetHybridConfiguration.xml", "E19/GetOrganizationConfig.xml", "E19/GetAuthConfig.xml"} {
		g.once[name] = read(name)
	}
	g.multi = []generated{
		{"GetExchangeServer.xml", read("E19/GetExchangeServer.xml"), []string{"SOLO-E19A", "Solo-E19A", "solo-e19a"}},
		{"GetReceiveConnector.xml", read("unit/GetReceiveConnector.xml"), []string{"WIN-CTD3L0RGEN4", "win-ctd3l0rgen4"}},
	}
	return g
}

// size returns the size of the generated export.
func (g *generatedExport) size(tb testing.TB) int64 {
	var total int64
	for _, data := range g.once {
		total += int64(len(data))
	}
	for _, m := range g.multi {
		r, err := clixmlgen.Repeat(m.doc, g.n, m.names...)
		if err != nil {
			tb.Fatal(err)
		}
		k, err := io.Copy(io.Discard, r)
		if err != nil {
			tb.Fatal(err)
		}
		total += k
	}
	return total
}

// importOrganization reads the export, streaming the generated files, and
// builds the organization it describes, as exhybrid import does.
func (g *generatedExport) importOrganization(tb testing.TB) Organization {
	var inv inventory.Inventory
	for _, name := range []string{"E19/GetAcceptedDomain.xml", "E19/GetExchangeCertificate.xml", "E19/GetSendConnector.xml",
		"E19/GetHybridConfiguration.xml", "E19/GetOrganizationConfig.xml", "E19/GetAuthConfig.xml"} {
		if _, err := inv.Read(inventory.Source{Name: name}, bytes.NewReader(g.once[name])); err != nil {
			tb.Fatal(err)
		}
	}
	for _, m := range g.multi {
		r, err := clixmlgen.Repeat(m.doc, g.n, m.names...)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := inv.Read(inventory.Source{Name: m.name}, r); err != nil {
			tb.Fatal(err)
		}
	}
	org, _ := FromInventory(&inv)
	return org
}

// BenchmarkAuditImport measures, in one run, the import of a generated
// export of 100 and 1,000 servers (reading every file and FromInventory)
// and the audit of what it imported: issue 17 asks the audit to take at
// most a fifth of the import's time. 10,000 servers would be 4 GiB of
// exports; BenchmarkAudit shows that size on an inventory built directly.
func BenchmarkAuditImport(b *testing.B) {
	for _, n := range []int{100, 1000} {
		g := newGeneratedExport(b, n)
		size := g.size(b)
		b.Run(fmt.Sprint("import/", n), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				org := g.importOrganization(b)
				if len(org.Servers) != n || len(org.Observed.ReceiveConnectors) != 5*n {
					b.Fatalf("%d servers and %d receive connectors, want %d and %d", len(org.Servers), len(org.Observed.ReceiveConnectors), n, 5*n)
				}
			}
		})
		org := g.importOrganization(b)
		b.Run(fmt.Sprint("audit/", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkFindings = Audit(org, date(2026, 12, 6))
			}
		})
	}
}
