package hybrid

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/version"
)

// namespace is one public host name with what it serves and whether the
// organization needs it.
type namespace struct {
	field   string // JSON field under namespaces
	service string // for messages
	host    string
	needed  bool
}

// namespaceList returns the organization's namespaces in a fixed order,
// each marked needed or not:
//   - Autodiscover for every hybrid type (the wizard and Exchange Online
//     find the organization through it);
//   - EWS for the classic types, whose free/busy, MailTips and moves reach
//     published EWS (the modern types use the Hybrid Agent);
//   - the SMTP host when secure mail is set up;
//   - the OWA host for OWA redirection (the TargetOwaURL of the Exchange
//     Online side);
//   - the legacy host in an Exchange 2007 organization, where Exchange 2013
//     redirects OWA and EWS for 2007 mailboxes to the 2007 Client Access
//     servers.
//
// Sources: https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options,
// https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites,
// https://learn.microsoft.com/exchange/exchange-2013-client-access-server-configuration-exchange-2013-help,
// https://learn.microsoft.com/exchange/configuring-ssl-offloading-in-exchange-2013-exchange-2013-help.
func (a *analysis) namespaceList() []namespace {
	n := a.org.Namespaces
	caps := capsOf(a.org.Type)
	secureMail := caps.Connectors && a.org.Features.Has(FeatureSecureMail)
	return []namespace{
		{"autodiscover", "Autodiscover", n.Autodiscover, a.org.Type.IsValid()},
		{"ews", "EWS", n.EWS, caps.PublishedEWS},
		{"smtp", "SMTP", n.SMTP, secureMail},
		{"owa", "Outlook on the web", n.OWA, a.org.Features.Has(FeatureOwaRedirection)},
		{"activeSync", "Exchange ActiveSync", n.ActiveSync, false},
		{"outlookAnywhere", "Outlook Anywhere", n.OutlookAnywhere, false},
		{"legacy", "Exchange 2007 legacy", n.Legacy, a.present[version.Exchange2007]},
	}
}

func (v *validator) namespaces() {
	for _, ns := range v.namespaceList() {
		path := exhybrid.Path("namespaces").Child(ns.field)
		switch {
		case ns.host == "" && ns.needed && !v.org.Type.IsValid():
			v.add(path, CodeNamespaceMissing, "Set the public host name of "+ns.service,
				"the hybrid of this organization needs a public %s namespace", ns.service)
		case ns.host == "" && ns.needed:
			v.add(path, CodeNamespaceMissing, "Set the public host name of "+ns.service,
				"a %v hybrid of this organization needs a public %s namespace", v.org.Type, ns.service)
		case ns.host != "":
			if err := dnsname.CheckFQDN(ns.host); err != nil {
				v.add(path, CodeNamespaceInvalid, "Use a fully qualified host name such as mail.contoso.com",
					"%s namespace %q is not a fully qualified host name: %v", ns.service, ns.host, err)
			}
		}
	}
}
