package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// namespaceSteps sets the external URLs of the hybrid front ends, the
// legacy namespace of an Exchange 2007 organization, and lists the public
// DNS records to publish.
func (p *planner) namespaceSteps() {
	ns := p.org.Namespaces
	if !p.org.Type.IsValid() {
		return
	}
	for _, name := range p.frontEndNames() {
		var cmds []Command
		var changes []Change
		set := func(setting, value string, c *cmdline) {
			changes = append(changes, Change{setting, value})
			cmds = append(cmds, Command{ShellEMS, c.String()})
		}
		if ns.OWA != "" {
			u := "https://" + ns.OWA + "/owa"
			set("OWA ExternalUrl", u, cmd("Set-OwaVirtualDirectory").arg(ps(name+`\owa (Default Web Site)`)).str("ExternalUrl", u))
		}
		if ns.EWS != "" {
			u := "https://" + ns.EWS + "/EWS/Exchange.asmx"
			set("EWS ExternalUrl", u, cmd("Set-WebServicesVirtualDirectory").arg(ps(name+`\EWS (Default Web Site)`)).str("ExternalUrl", u))
		}
		if ns.ActiveSync != "" {
			u := "https://" + ns.ActiveSync + "/Microsoft-Server-ActiveSync"
			set("ActiveSync ExternalUrl", u, cmd("Set-ActiveSyncVirtualDirectory").arg(ps(name+`\Microsoft-Server-ActiveSync (Default Web Site)`)).str("ExternalUrl", u))
		}
		if ns.OutlookAnywhere != "" {
			set("Outlook Anywhere ExternalHostname", ns.OutlookAnywhere, cmd("Set-OutlookAnywhere").arg(ps(name+`\Rpc (Default Web Site)`)).str("ExternalHostname", ns.OutlookAnywhere))
		}
		if len(cmds) == 0 {
			continue
		}
		p.add(Step{
			ID: "namespaces/" + name, Phase: PhaseNamespaces, Action: ActionUpdate, Where: LocationOnPremises, Target: name,
			Summary: "Publish " + name + " under the public namespaces",
			Changes: changes, Reason: ReasonNamespaces, Commands: cmds,
		}, optional("install/"+name), optional("upgrade/"+name))
	}
	if p.present[version.Exchange2007] && ns.Legacy != "" {
		for _, i := range p.serversOf(version.Exchange2007, roles.RoleClientAccess) {
			name := p.org.Servers[i].Name
			owa, ews := "https://"+ns.Legacy+"/owa", "https://"+ns.Legacy+"/EWS/Exchange.asmx"
			p.add(Step{
				ID: "namespaces/legacy/" + name, Phase: PhaseNamespaces, Action: ActionUpdate, Where: LocationOnPremises, Target: name,
				Summary: "Move Exchange 2007 Client Access server " + name + " to the legacy namespace " + ns.Legacy,
				Changes: []Change{{"OWA ExternalUrl", owa}, {"EWS ExternalUrl", ews}},
				Reason:  ReasonLegacyNamespace,
				Commands: []Command{
					{ShellEMS, cmd("Set-OwaVirtualDirectory").arg(ps(name+`\owa (Default Web Site)`)).str("ExternalUrl", owa).String()},
					{ShellEMS, cmd("Set-WebServicesVirtualDirectory").arg(ps(name+`\EWS (Default Web Site)`)).str("ExternalUrl", ews).String()},
				},
			}, optional("upgrade/"+name))
		}
	}
	p.publicDNS()
}

// publicDNS lists the records to publish: each namespace host at the
// published hybrid servers, the legacy host at the Exchange 2007 Client
// Access servers, and an Autodiscover record for every hybrid domain, which
// must lead to the on-premises servers
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites).
// For a hybrid domain whose autodiscover.<domain> is not the Autodiscover
// namespace, the record is an SRV record,
// _autodiscover._tcp.<domain> SRV 0 0 443 <Autodiscover namespace>, which
// Outlook 2007 and later follow to the Autodiscover host
// (https://support.microsoft.com/help/940881): a CNAME would need
// autodiscover.<domain> on the certificate.
//
// The step is disruptive when Exchange 2007 or 2010 Client Access servers
// answer the names today and the hybrid servers are of a later version:
// clients and Exchange Online move to the new servers.
// record is a public DNS record of the plan: its name and what it points
// to, in words.
type record struct{ name, value string }

// autodiscoverSRV returns the SRV records that lead the Autodiscover of each
// hybrid domain whose autodiscover.<domain> is not the Autodiscover host to
// that host.
func (p *planner) autodiscoverSRV() []record {
	target := strings.ToLower(p.org.Namespaces.Autodiscover)
	if target == "" || dnsname.CheckFQDN(target) != nil {
		return nil
	}
	var srv []record
	for _, d := range p.org.HybridDomains {
		if dnsname.CheckFQDN(d) != nil || dnsname.Equal("autodiscover."+d, target) {
			continue
		}
		name := "_autodiscover._tcp." + strings.ToLower(d)
		if !slices.ContainsFunc(srv, func(r record) bool { return dnsname.Equal(r.name, name) }) {
			srv = append(srv, record{name, "SRV 0 0 443 " + target})
		}
	}
	return srv
}

func (p *planner) publicDNS() {
	ns := p.org.Namespaces
	front := strings.Join(p.frontEndNames(), ", ")
	if front == "" {
		// No hybrid server is known (an export naming servers that were
		// not exported): say so rather than print "()".
		front = "none known yet"
	}
	var records []record
	addRecord := func(name, value string) {
		if name == "" || dnsname.CheckFQDN(name) != nil || slices.ContainsFunc(records, func(r record) bool { return dnsname.Equal(r.name, name) }) {
			return
		}
		records = append(records, record{strings.ToLower(name), value})
	}
	edges := strings.Join(p.names(p.edges), ", ")
	if ns.SMTP != "" && edges != "" {
		// With Edge servers, port 25 of the SMTP host leads to them; a host
		// that also serves HTTPS leads there on 443.
		value := "the public address of the Edge Transport servers (" + edges + ")"
		if slices.ContainsFunc([]string{ns.Autodiscover, ns.OWA, ns.EWS, ns.ActiveSync, ns.OutlookAnywhere}, func(h string) bool { return dnsname.Equal(h, ns.SMTP) }) {
			value = "a public address that leads port 25 to the Edge Transport servers (" + edges + ") and port 443 to the published hybrid servers (" + front + ")"
		}
		addRecord(ns.SMTP, value)
	}
	for _, h := range []string{ns.Autodiscover, ns.OWA, ns.EWS, ns.ActiveSync, ns.OutlookAnywhere, ns.SMTP} {
		addRecord(h, "the public address of the published hybrid servers ("+front+")")
	}
	if p.present[version.Exchange2007] {
		addRecord(ns.Legacy, "the public address of the Exchange 2007 Client Access servers ("+strings.Join(p.names(p.serversOf(version.Exchange2007, roles.RoleClientAccess)), ", ")+")")
	}
	srv := p.autodiscoverSRV()
	if len(records)+len(srv) == 0 {
		return
	}
	var changes []Change
	var cmds []Command
	for _, r := range records {
		changes = append(changes, Change{r.name, r.value})
		cmds = append(cmds, Command{ShellDNS, dnsRecord(r.name, "→  "+r.value)})
	}
	for _, r := range srv {
		changes = append(changes, Change{r.name, r.value})
		cmds = append(cmds, Command{ShellDNS, dnsRecord(r.name, r.value)})
	}
	p.add(Step{
		ID: "dns/namespaces", Phase: PhaseNamespaces, Action: ActionCreate, Where: LocationPublicDNS, Target: "public DNS records",
		Summary: "Publish the host names Exchange Online and clients use to reach the organization",
		Changes: changes, Reason: ReasonPublicDNS, Commands: cmds,
		Disruptive: p.movesLegacyNames(),
	}, "namespaces/")
}

// movesLegacyNames reports whether publishing the names at the hybrid
// servers takes them from Exchange 2007 or 2010 Client Access servers: a
// 2007 or 2010 server with the Client Access role exists and the hybrid
// servers run a later version.
func (p *planner) movesLegacyNames() bool {
	for _, v := range []version.Product{version.Exchange2007, version.Exchange2010} {
		if p.hybridVersion > v && len(p.serversOf(v, roles.RoleClientAccess)) > 0 {
			return true
		}
	}
	return false
}
