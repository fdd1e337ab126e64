package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/internal/textsafe"
	"github.com/exhybrid/exhybrid/inventory"
)

var importCommand = &command{
	name:    "import",
	args:    "file|folder...",
	summary: "read Exchange's exports (Export-Clixml) into an organization file",
	help: `Import reads what Exchange exported with Export-Clixml (the files the
collection script of "exhybrid collect-script" writes, or any mix of
exports and folders of them) and prints the organization they describe:
the JSON that check, plan and audit read.

A folder is read with every .xml file below it, in name order. A file under
a folder named ExchangeOnline is read as Exchange Online PowerShell's; a
file named ExSetup_SERVER.xml holds ExSetup.exe's file version of SERVER.
Many files per cmdlet and many servers per file are fine: an object read
twice is kept once, and a copy with other values is a finding.

The organization holds what the exports say (the name, the servers at
their exact builds, the accepted domains, the tenant from its coexistence
domain, and the hybrid domains, features, servers, certificate and SMTP
namespace the Hybrid Configuration Wizard recorded) and, under "observed",
every object read, with its file: connectors, certificates, the
HybridConfiguration. What no export holds (the hybrid type, the MX choice,
the web namespaces) is left out, each with an info finding that says what
to fill in.

The findings of the import go to standard error, one per line, so that
standard output is the organization file alone. --format text prints a
readable summary instead of the JSON.

Exit status: 0 without error findings, 1 with (an object with a missing or
unreadable property; the file is still complete), 2 if an input cannot be
read or is not CLIXML, reported as file:line:column, and then nothing is
printed on standard output.`,
	formats: []string{formatJSON, formatText},
	minArgs: 1, maxArgs: -1,
	run: runImport,
}

func runImport(e *env, o *options, args []string) int {
	inv, fs, ok := e.readExports(args)
	if !ok {
		return exitUsage
	}
	org, more := hybrid.FromInventory(inv)
	fs = append(fs, more...)
	var b strings.Builder
	switch o.format {
	case formatJSON:
		if err := writeJSON(&b, org); err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
		writeFindingsText(e.stderr, fs)
	case formatText:
		writeImportText(&b, org, inv)
		writeFindingsText(&b, fs)
	}
	fmt.Fprintf(e.stderr, "exhybrid import: %s\n", summary(fs))
	io.WriteString(e.stdout, b.String())
	return statusOf(fs)
}

// writeImportText prints what an import holds, for a person: the
// organization's main values and the number of objects of each kind.
func writeImportText(w *strings.Builder, org hybrid.Organization, inv *inventory.Inventory) {
	line := func(label, value string) {
		if value == "" {
			value = "(not in the exports)"
		}
		fmt.Fprintf(w, "%-18s%s\n", label+":", textsafe.NoControl(value))
	}
	line("Organization", org.Name)
	line("Tenant", string(org.Tenant))
	for _, s := range org.Servers {
		line("Server", fmt.Sprintf("%s %s %v %s", s.Name, s.Build, s.Roles, s.Site))
	}
	for _, d := range org.AcceptedDomains {
		line("Accepted domain", fmt.Sprintf("%s (%v)", d.Domain, d.Type))
	}
	line("Hybrid domains", strings.Join(org.HybridDomains, ", "))
	if !org.Features.IsEmpty() {
		line("Features", org.Features.String())
	}
	line("Hybrid servers", strings.Join(org.HybridServers, ", "))
	line("Certificate", org.Certificate.Subject)
	for _, c := range inventoryCounts(inv) {
		line("Observed", c)
	}
	w.WriteString("\n")
}

// inventoryCounts lists the objects of each kind that inv holds, in the
// order of the inventory's fields, for the summary.
func inventoryCounts(inv *inventory.Inventory) []string {
	var out []string
	add := func(n int, what, after string) {
		if n > 0 {
			out = append(out, plural(n, what)+after)
		}
	}
	add(len(inv.Servers), "server", "")
	add(len(inv.FileVersions), "ExSetup version", "")
	add(len(inv.AcceptedDomains), "accepted domain", "")
	add(len(inv.Certificates), "certificate", "")
	add(len(inv.SendConnectors), "send connector", "")
	add(len(inv.ReceiveConnectors), "receive connector", "")
	add(len(inv.HybridConfigurations), "HybridConfiguration", "")
	add(len(inv.OrganizationConfigs), "OrganizationConfig", "")
	add(len(inv.WebServicesVirtualDirectories), "EWS virtual directory", "")
	add(len(inv.OwaVirtualDirectories), "OWA virtual directory", "")
	add(len(inv.MailboxServers), "Mailbox server", "")
	add(len(inv.OrganizationRelationships), "organization relationship", "")
	add(len(inv.FederationTrusts), "federation trust", "")
	add(len(inv.FederatedOrganizationIdentifiers), "federated organization identifier", "")
	add(len(inv.EmailAddressPolicies), "email address policy", "")
	add(len(inv.RemoteDomains), "remote domain", "")
	add(len(inv.AuthConfigs), "AuthConfig", "")
	add(len(inv.AuthServers), "authorization server", "")
	add(len(inv.PartnerApplications), "partner application", "")
	add(len(inv.SettingOverrides), "setting override", "")
	add(len(inv.IntraOrganizationConnectors), "IntraOrganizationConnector", "")
	on := inv.Online
	add(len(on.InboundConnectors), "Exchange Online inbound connector", "")
	add(len(on.OutboundConnectors), "Exchange Online outbound connector", "")
	add(len(on.OnPremisesOrganizations), "Exchange Online OnPremisesOrganization", "")
	add(len(on.OrganizationConfigs), "Exchange Online OrganizationConfig", "")
	add(len(on.OrganizationRelationships), "Exchange Online organization relationship", "")
	add(len(on.IntraOrganizationConnectors), "Exchange Online IntraOrganizationConnector", "")
	for _, u := range inv.Unknown {
		add(u.Count, "object", " of type "+u.TypeName+", not read")
	}
	return out
}
