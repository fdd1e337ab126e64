package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// frontEndNames names the hybrid servers that answer HTTPS: Client Access
// servers up to 2013, Mailbox servers from 2016, and the servers the plan
// installs.
func (p *planner) frontEndNames() []string {
	var names []string
	for _, i := range p.hybrid {
		s := p.org.Servers[i]
		if s.Roles.Has(roles.ClientAccess) || s.Product() >= version.Exchange2016 {
			names = append(names, s.Label())
		}
	}
	for _, s := range p.steps {
		if name, ok := strings.CutPrefix(s.ID, "install/"); ok {
			names = append(names, name)
		}
	}
	return names
}

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
			cmds = append(cmds, Command{EMS, c.String()})
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
			ID: "namespaces/" + name, Phase: PhaseNamespaces, Action: Update, Where: OnPremises, Target: name,
			Summary: "Publish " + name + " under the public namespaces",
			Changes: changes, Reason: ReasonNamespaces, Commands: cmds,
		}, "install/"+name, "upgrade/"+name)
	}
	if p.present[version.Exchange2007] && ns.Legacy != "" {
		for _, i := range p.serversOf(version.Exchange2007, roles.ClientAccess) {
			name := p.org.Servers[i].Name
			owa, ews := "https://"+ns.Legacy+"/owa", "https://"+ns.Legacy+"/EWS/Exchange.asmx"
			p.add(Step{
				ID: "namespaces/legacy/" + name, Phase: PhaseNamespaces, Action: Update, Where: OnPremises, Target: name,
				Summary: "Move Exchange 2007 Client Access server " + name + " to the legacy namespace " + ns.Legacy,
				Changes: []Change{{"OWA ExternalUrl", owa}, {"EWS ExternalUrl", ews}},
				Reason:  ReasonLegacyNamespace,
				Commands: []Command{
					{EMS, cmd("Set-OwaVirtualDirectory").arg(ps(name+`\owa (Default Web Site)`)).str("ExternalUrl", owa).String()},
					{EMS, cmd("Set-WebServicesVirtualDirectory").arg(ps(name+`\EWS (Default Web Site)`)).str("ExternalUrl", ews).String()},
				},
			}, "upgrade/"+name)
		}
	}
	p.publicDNS()
}

// publicDNS lists the records to publish: each namespace host at the
// published hybrid servers, the legacy host at the Exchange 2007 Client
// Access servers, and an Autodiscover record for every hybrid domain
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites).
func (p *planner) publicDNS() {
	ns := p.org.Namespaces
	front := strings.Join(p.frontEndNames(), ", ")
	type record struct{ name, target string }
	var records []record
	addRecord := func(name, target string) {
		if name == "" || dnsname.CheckFQDN(name) != nil || slices.ContainsFunc(records, func(r record) bool { return dnsname.Equal(r.name, name) }) {
			return
		}
		records = append(records, record{strings.ToLower(name), target})
	}
	edges := strings.Join(p.names(p.edges), ", ")
	if ns.SMTP != "" && edges != "" {
		addRecord(ns.SMTP, "the public address of the Edge Transport servers ("+edges+")")
	}
	for _, h := range []string{ns.Autodiscover, ns.OWA, ns.EWS, ns.ActiveSync, ns.OutlookAnywhere, ns.SMTP} {
		addRecord(h, "the public address of the published hybrid servers ("+front+")")
	}
	if p.present[version.Exchange2007] {
		addRecord(ns.Legacy, "the public address of the Exchange 2007 Client Access servers ("+strings.Join(p.names(p.serversOf(version.Exchange2007, roles.ClientAccess)), ", ")+")")
	}
	for _, d := range p.org.HybridDomains {
		if ns.Autodiscover != "" && !dnsname.Equal("autodiscover."+d, ns.Autodiscover) {
			addRecord("autodiscover."+d, "CNAME "+strings.ToLower(ns.Autodiscover))
		}
	}
	if len(records) == 0 {
		return
	}
	var changes []Change
	var cmds []Command
	for _, r := range records {
		changes = append(changes, Change{r.name, r.target})
		cmds = append(cmds, Command{DNS, r.name + "  →  " + r.target})
	}
	p.add(Step{
		ID: "dns/namespaces", Phase: PhaseNamespaces, Action: Create, Where: PublicDNS, Target: "public DNS records",
		Summary: "Publish the host names Exchange Online and clients use to reach the organization",
		Changes: changes, Reason: ReasonPublicDNS, Commands: cmds,
	}, "namespaces/")
}
