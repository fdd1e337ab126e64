package federation

import (
	"slices"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/fold"
	"github.com/exhybrid/exhybrid/internal/httpurl"
)

// relationships returns the pair of organization relationships the Hybrid
// Configuration Wizard creates for p, as [Configure] describes, and adds
// the findings about their URLs to fs. When p (paramErrors) or those URLs
// have an error the Pair is zero.
func relationships(fs *exhybrid.Findings, p Params, o org, r resolved, paramErrors bool) Pair {
	var own exhybrid.Findings
	owa := onPremisesOWAURL(&own, p, r)
	checkOptionalURL(&own, "", "owaUrl", p.OWAURL, false)
	*fs = append(*fs, own...)
	if paramErrors || own.HasErrors() {
		return Pair{}
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
	return pair
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
// s has passed [httpurl.Check].
func checkOWAURLForm(fs *exhybrid.Findings, base exhybrid.Path, field, s string) {
	if containsFold(cloudOWAHosts, httpurl.Host(s)) {
		return
	}
	if fold.HasPrefix(s, "https://") {
		fs.Add(rules, base.Child(field), CodeOWAURLForm, "Use http, as in http://cloudowa.contoso.com/owa",
			"TargetOwaURL %q on the organization's own host uses https; Microsoft's page asks for http", s)
	}
	if p := httpurl.Path(s); p != "/owa" && p != "/owa/" {
		fs.Add(rules, base.Child(field), CodeOWAURLForm, "End the URL in /owa, as in http://cloudowa.contoso.com/owa",
			"TargetOwaURL %q on the organization's own host does not end in /owa, which the redirection requires", s)
	}
}
