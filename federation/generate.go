package federation

import (
	"slices"

	"github.com/exhybrid/exhybrid"
)

// Relationships returns the pair of organization relationships the Hybrid
// Configuration Wizard creates for p, and the findings about p. When a
// finding is an error the Pair is zero; warnings (such as a value unknown
// for the tenant's cloud) leave the affected field empty. Paths are
// relative to p ("domains[1]", "autodiscoverUrl").
//
// On premises, "On-premises to O365 - <ID>" shares with the tenant's
// coexistence domain; in Exchange Online, "O365 to On-premises - <CloudID>"
// shares with the hybrid domains. Both are enabled, with free/busy at
// LimitedDetails (time, subject and location: the hybrid default on both
// sides, https://learn.microsoft.com/exchange/shared-free-busy), MailTips at
// All and delivery reports on; the on-premises one also allows mailbox
// moves and remote archives. These settings are the wizard's as its logs
// show them (third-party transcriptions; FreeBusyChecker expects the same,
// https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1).
// PhotosEnabled is set on both when a server runs Exchange 2013 or later:
// the parameter exists from the 2013 cmdlets
// (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship),
// which such a server runs whatever 2007 or 2010 servers remain.
//
// The targets: on premises, the cloud's TargetApplicationUri and WS-Security
// Autodiscover URL ([Endpoints]) and the TargetOwaURL p.OWAForm selects; in
// Exchange Online, the organization identifier FYDIBOHF25SPDLT.<primary
// domain>, p.AutodiscoverURL with /WSSecurity, and p.OWAURL.
func Relationships(p Params) (Pair, exhybrid.Findings) {
	var fs exhybrid.Findings
	r := checkParams(&fs, p)
	owa := onPremisesOWAURL(&fs, p, r)
	checkOptionalURL(&fs, "", "owaUrl", p.OWAURL, false)
	if fs.HasErrors() {
		return Pair{}, fs
	}
	o := survey(p.Servers)
	if o.servers == 0 {
		fs.Addf("servers", exhybrid.SeverityError, CodeServersMissing, "List the on-premises Exchange servers",
			"no on-premises server: PhotosEnabled depends on their versions")
		return Pair{}, fs
	}
	// PhotosEnabled exists from Exchange 2013; the wizard runs on a 2013 or
	// later server, whose cmdlets have it whatever older servers remain.
	photos := o.modern
	e := r.endpoints
	if e.TargetApplicationURI == "" || e.TargetAutodiscoverEPR == "" {
		fs.Add(rules, "cloud", CodeCloudValueUnknown, "Set TargetApplicationUri and TargetAutodiscoverEpr of the on-premises relationship by hand",
			"the Exchange Online TargetApplicationUri and TargetAutodiscoverEpr of cloud %v are not in the sources; they are left empty", p.Cloud)
	}
	pair := Pair{
		OnPremises: OrganizationRelationship{
			Name:                  OnPremisesRelationshipPrefix + r.id,
			DomainNames:           []string{r.coexistence},
			Enabled:               true,
			FreeBusyAccessEnabled: true,
			FreeBusyAccessLevel:   FreeBusyLimitedDetails,
			MailboxMoveEnabled:    true,
			DeliveryReportEnabled: true,
			MailTipsAccessEnabled: true,
			MailTipsAccessLevel:   MailTipsAll,
			PhotosEnabled:         photos,
			ArchiveAccessEnabled:  true,
			TargetApplicationURI:  e.TargetApplicationURI,
			TargetAutodiscoverEPR: e.TargetAutodiscoverEPR,
			TargetOWAURL:          owa,
		},
		Cloud: OrganizationRelationship{
			Name:                  CloudRelationshipPrefix + r.cloudID,
			DomainNames:           slices.Clone(p.Domains),
			Enabled:               true,
			FreeBusyAccessEnabled: true,
			FreeBusyAccessLevel:   FreeBusyLimitedDetails,
			DeliveryReportEnabled: true,
			MailTipsAccessEnabled: true,
			MailTipsAccessLevel:   MailTipsAll,
			PhotosEnabled:         photos,
			TargetApplicationURI:  OrganizationID(r.primary),
			TargetAutodiscoverEPR: r.autodiscover + wsSecurity,
			TargetOWAURL:          p.OWAURL,
		},
	}
	return pair, fs
}

// onPremisesOWAURL returns the on-premises TargetOwaURL that p.OWAForm
// selects.
func onPremisesOWAURL(fs *exhybrid.Findings, p Params, r resolved) string {
	worldwide := p.Cloud == exhybrid.CloudWorldwide
	var url string
	switch p.OWAForm {
	case OWAFormOutlookCom:
		if r.primary == "" {
			return "" // reported with the domains
		}
		url = "https://outlook.com/owa/" + r.primary
	case OWAFormOutlookComHTTP:
		if r.coexistence == "" {
			return "" // reported with the tenant
		}
		url = "http://outlook.com/owa/" + r.coexistence
	case OWAFormOutlookOffice:
		url = "https://outlook.office.com/mail"
	case OWAFormCustom:
		if p.CustomOWAURL == "" {
			fs.Add(rules, "customOwaUrl", CodeParamMissing, "Give the URL, such as http://cloudowa.contoso.com/owa",
				"owaForm is Custom but customOwaUrl is empty")
			return ""
		}
		if checkOptionalURL(fs, "", "customOwaUrl", p.CustomOWAURL, false) {
			checkOWAURLForm(fs, "", "customOwaUrl", p.CustomOWAURL)
		}
		return p.CustomOWAURL
	case OWAFormNone:
		return ""
	default:
		fs.Add(rules, "owaForm", CodeParamMissing, "Choose an OWA form; OutlookOffice is a standard value of Microsoft's FreeBusyChecker",
			"owaForm %v is not a valid choice", p.OWAForm)
		return ""
	}
	if !worldwide && p.Cloud.IsValid() {
		fs.Add(rules, "owaForm", CodeCloudValueUnknown, "Use owaForm Custom or None",
			"the %v TargetOwaURL is a worldwide URL; the value for cloud %v is not in the sources and is left empty", p.OWAForm, p.Cloud)
		return ""
	}
	return url
}

// cloudOWAHosts are the Exchange Online hosts of the TargetOwaURL forms;
// an URL on any other host is the organization's own name for the cloud
// (a CNAME), which needs the /owa path.
var cloudOWAHosts = []string{"outlook.com", "outlook.office.com", "outlook.office365.com"}

// checkOWAURLForm warns about an on-premises TargetOwaURL on the
// organization's own host (a CNAME to the cloud) that uses https or whose
// path is not /owa: "Use http, not https" and "The trailing value /owa is
// required in the organization relationship"
// (https://learn.microsoft.com/exchange/hybrid-deployment/simplify-owa-url).
// s has passed [CheckURL].
func checkOWAURLForm(fs *exhybrid.Findings, base exhybrid.Path, field, s string) {
	if containsFold(cloudOWAHosts, urlHost(s)) {
		return
	}
	if hasPrefixFold(s, "https://") {
		fs.Add(rules, base.Child(field), CodeOWAURLForm, "Use http, as in http://cloudowa.contoso.com/owa",
			"TargetOwaURL %q on the organization's own host uses https; Microsoft's page asks for http", s)
	}
	if p := urlPath(s); p != "/owa" && p != "/owa/" {
		fs.Add(rules, base.Child(field), CodeOWAURLForm, "End the URL in /owa, as in http://cloudowa.contoso.com/owa",
			"TargetOwaURL %q on the organization's own host does not end in /owa, which the redirection requires", s)
	}
}
