package federation

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/version"
)

// Observed is one object as an export holds it, with the place it was
// read from, so that a finding about it names the file and object an
// administrator must open.
type Observed[T any] struct {
	Value T // the object, as read from the export
	// Path returns the path of the object's property prop, named as
	// Exchange names it ("Enabled", "NextCertificateThumbprint"), or of the
	// object itself when prop is "". inventory.Origin.Path is such a
	// function: "GetAuthConfig.xml: object 1: NextCertificateThumbprint".
	// When nil, the path is the property's name alone.
	Path func(prop string) exhybrid.Path
}

func (o Observed[T]) at(prop string) exhybrid.Path {
	if o.Path == nil {
		return exhybrid.Path(prop)
	}
	return o.Path(prop)
}

// CertificateLifetime is what [AuditOAuth] needs of an exported
// certificate: Get-ExchangeCertificate's thumbprint, which
// Get-AuthConfig's thumbprints name, and the last day it is valid.
type CertificateLifetime struct {
	// Thumbprint is the upper- or lower-case hex SHA-1 of the certificate.
	Thumbprint string
	// NotAfter is the last day the certificate is valid, in UTC
	// ([version.LastValidDay] of the certificate's NotAfter).
	NotAfter version.Date
}

// ServerBuild is an on-premises server that setting overrides may apply
// to, with its exact build (ExSetup's file version when it was exported).
type ServerBuild struct {
	Name  string        // the server's name, as a setting override's Server list names it
	Build version.Build // ExSetup's file version, else AdminDisplayVersion; zero when not known, and then not checked
	Edge  bool          // Edge Transport servers are outside the organization's overrides
}

// ExportedOAuth is the on-premises OAuth configuration as exported: the
// objects of Get-AuthConfig, Get-AuthServer, Get-PartnerApplication,
// Get-SettingOverride and Get-IntraOrganizationConnector, each with its
// path, the certificates and servers they refer to, and what the rest of
// the organization says.
//
// A nil list means the cmdlet was not exported: the rules that need its
// objects to be absent are then skipped, not guessed. An empty, non-nil
// list means it was exported and returned nothing.
type ExportedOAuth struct {
	AuthConfig                  *Observed[AuthConfig]                  // nil when Get-AuthConfig was not exported
	AuthServers                 []Observed[AuthServer]                 // Get-AuthServer
	PartnerApplications         []Observed[PartnerApplication]         // Get-PartnerApplication
	SettingOverrides            []Observed[SettingOverride]            // Get-SettingOverride
	IntraOrganizationConnectors []Observed[IntraOrganizationConnector] // Get-IntraOrganizationConnector, on premises
	// Certificates are the certificates exported from the Mailbox servers,
	// which the Auth Certificate must be on. Without them the auth
	// certificate's lifetime is not checked.
	Certificates []CertificateLifetime
	// Servers are the on-premises servers, for the Graph flow's build.
	Servers []ServerBuild
	// RichCoexistence says the hybrid shares free/busy, MailTips or
	// profile photos from on premises to Exchange Online (the
	// HybridConfiguration's FreeBusy, MailTips or Photos feature): what
	// needs the dedicated hybrid app since [DedicatedHybridAppRequired].
	RichCoexistence bool
	// Path is the path of findings about an object that is missing, such
	// as the dedicated app's setting override: the folder of the export,
	// or "" for the input itself. AuthServersPath, PartnerApplicationsPath
	// and SettingOverridesPath, when not "", replace it for a missing
	// object of their kind: the file that would hold it
	// ("GetSettingOverride.xml").
	Path                                                           exhybrid.Path
	AuthServersPath, PartnerApplicationsPath, SettingOverridesPath exhybrid.Path // each kind's file ("GetAuthServer.xml"); "" falls back to Path
}

// missingPath returns the path of a missing object of the kind whose own
// path is kind: kind, or else e.Path.
func (e *ExportedOAuth) missingPath(kind exhybrid.Path) exhybrid.Path {
	if kind != "" {
		return kind
	}
	return e.Path
}

// The application identifiers of the Microsoft Teams partner applications
// and of the legacy Skype for Business Online one, as HealthChecker looks
// for them
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1;
// https://learn.microsoft.com/skypeforbusiness/deploy/integrate-with-exchange-server/oauth-with-online-and-on-premises).
const (
	SkypeForBusinessLegacyAppID = "00000004-0000-0ff1-ce00-000000000000"
	TeamsSchedulerAppID         = "7557eb47-c689-4224-abcf-aef9bd7573df"
	CloudVoicemailAppID         = "db7de2b5-2149-435e-8043-e080dd50afae"
)

// GraphFlowMinBuild is the first build on which the dedicated hybrid app
// can route through Microsoft Graph: Exchange SE RTM with the May 2026
// hotfix update. "Starting with the May 2026 Hotfix Update, Graph API
// permissions can also be configured as a replacement for EWS API
// permissions in most hybrid scenarios"
// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app);
// ConfigureExchangeHybridApplication.ps1 creates [GraphFlowOverride] only
// on servers at "-MinimumSU May26HU"
// (https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1).
// Exchange 2016 and 2019 got no such update.
var GraphFlowMinBuild = version.Build{Major: 15, Minor: 2, Build: 2562, Revision: 41}

// The auth certificate's renewal windows of CSS-Exchange's
// MonitorExchangeAuthCertificate.ps1
// (https://github.com/microsoft/CSS-Exchange/blob/main/Admin/MonitorExchangeAuthCertificate/DataCollection/Get-ExchangeAuthCertificateStatus.ps1):
// it stages a new next certificate when the current one is valid for 60
// days or fewer and no next certificate is valid for more than 120.
const (
	authRenewDays = 60
	authNextDays  = 120
)

// AuditOAuth checks the exported OAuth configuration on the day on and
// returns its findings, with the paths the objects' Path functions give.
// It runs these rules, each documented at its code:
//
//   - the Auth Certificate's lifecycle on the day, from Get-AuthConfig and
//     the exported certificates' lifetimes: no current certificate
//     ([CodeAuthCertificateMissing]), one not exported
//     ([CodeAuthCertificateNotFound]), expired ([CodeAuthCertificateExpired]),
//     expiring within 60 days without a successor that takes over by its
//     end ([CodeAuthCertificateExpiring], an error within 30), a staged
//     successor and the day it takes effect ([CodeAuthCertificateNextStaged])
//     or one that will not serve ([CodeAuthCertificateNextInvalid], its
//     own end within 120 days only when the current one is within 60). A staged certificate whose
//     effective date has come by the day is taken as the one in use, as
//     Exchange switches to it then;
//   - the authorization servers and the Exchange Online partner application
//     enabled ([CodeAuthServerDisabled], [CodeOAuthAuthServerMissing],
//     [CodeOAuthPartnerApplication]);
//   - the legacy Skype for Business Online partner application without the
//     Teams ones ([CodeSfBLegacyPartnerApplication]);
//   - the dedicated hybrid app: its setting override with an enabled
//     AzureAD authorization server whose ApplicationIdentifier is a GUID
//     ([CodeHybridAppAuthServer]), the override's absence from
//     [DedicatedHybridAppRequired] on where RichCoexistence is true
//     ([CodeHybridAppOverrideMissing]), and the basic OAuth configuration
//     it needs ([CodeHybridAppOAuthIncomplete]);
//   - the Graph flow: its override without the dedicated app's
//     ([CodeGraphFlowWithoutHybridApp]) or on servers below
//     [GraphFlowMinBuild] ([CodeGraphFlowBuild]);
//   - the overrides themselves: an Enabled parameter that is not true or
//     false ([CodeSettingOverrideUnreadable]), two overrides of one section
//     ([CodeSettingOverrideDuplicate]).
//
// The dated rules (the certificate, the override's absence) need a valid
// day; with the zero Date they are skipped.
//
// [Validate] checks the same objects in the terms of the wizard's plan
// (the intra-organization connectors' domains and endpoints, metadata
// URLs); AuditOAuth adds what only an export shows and names the file.
func AuditOAuth(e ExportedOAuth, on version.Date) exhybrid.Findings {
	a := audit{e: e, on: on, fs: new(exhybrid.Findings)}
	a.authCertificate()
	a.oauthObjects()
	a.overrides()
	return *a.fs
}

type audit struct {
	e  ExportedOAuth
	on version.Date
	fs *exhybrid.Findings
}

func (a *audit) add(path exhybrid.Path, c exhybrid.Code, fix, format string, args ...any) {
	a.fs.Add(rules, path, c, fix, format, args...)
}

// certificate returns the exported certificate of the thumbprint.
func (a *audit) certificate(thumbprint string) (CertificateLifetime, bool) {
	for _, c := range a.e.Certificates {
		if strings.EqualFold(c.Thumbprint, thumbprint) {
			return c, true
		}
	}
	return CertificateLifetime{}, false
}

// authErrorDays is the lifetime in days below which HealthChecker colours
// a certificate red rather than yellow: green from 60 days, yellow from
// 30, red below
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Security/Invoke-AnalyzerSecurityExchangeCertificates.ps1).
// HealthChecker counts (NotAfter - now).Days and calls a certificate with
// 0 such days expired ("LifetimeInDays -gt 0"), which flags a certificate
// on the last day it is valid; counting civil days
// ([version.Date.DaysUntil]) does not.
const authErrorDays = 30

// renewFix is what the Auth Certificate's renewal takes in a hybrid while
// the current one is still valid: a successor staged to take effect
// before it ends
// (https://learn.microsoft.com/exchange/plan-and-deploy/integration-with-sharepoint-and-skype/maintain-oauth-certificate).
const renewFix = "Create a new Auth Certificate and stage it (New-ExchangeCertificate, Set-AuthConfig -NewCertificateThumbprint -NewCertificateEffectiveDate), or run MonitorExchangeAuthCertificate.ps1; then run the Hybrid Configuration Wizard again, or upload it to the dedicated hybrid app"

// replaceFix is what an expired or missing current Auth Certificate takes:
// a new one made current at once, published, the previous one cleared,
// then the Service Host restarted and IIS reset
// (https://learn.microsoft.com/troubleshoot/exchange/administration/cannot-access-owa-or-ecp-if-oauth-expired).
const replaceFix = "Create a new Auth Certificate and make it current now (New-ExchangeCertificate; Set-AuthConfig -NewCertificateThumbprint <thumbprint> -NewCertificateEffectiveDate (Get-Date); Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate), or run MonitorExchangeAuthCertificate.ps1; restart the Microsoft Exchange Service Host service and run IISReset; then run the Hybrid Configuration Wizard again, or upload it to the dedicated hybrid app"

func (a *audit) authCertificate() {
	obs := a.e.AuthConfig
	if obs == nil {
		return
	}
	cfg := obs.Value
	// HealthChecker: "No valid Auth Certificate found. This may cause
	// several problems."
	// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Security/Invoke-AnalyzerSecurityExchangeCertificates.ps1).
	if cfg.CurrentCertificateThumbprint == "" {
		a.add(obs.at("CurrentCertificateThumbprint"), CodeAuthCertificateMissing, replaceFix,
			"Get-AuthConfig names no current Auth Certificate: Exchange cannot sign OAuth tokens for Exchange Online, SharePoint or Teams")
		return
	}
	if len(a.e.Certificates) == 0 || !a.on.IsValid() {
		return
	}
	cur, found := a.certificate(cfg.CurrentCertificateThumbprint)
	if found && !cur.NotAfter.IsValid() {
		// An export without the certificate's end (the inventory reports
		// the missing field): its lifetime is not judged.
		found = false
	}
	left := 0
	if found {
		left = a.on.DaysUntil(cur.NotAfter)
	}
	// MonitorExchangeAuthCertificate.ps1 judges the next certificate's
	// lifetime only when the current one is within its renewal window
	// (Scenario 2 of Get-ExchangeAuthCertificateStatus.ps1).
	next, nextOK, effective := a.nextCertificate(obs, found && left <= authRenewDays)
	if !found {
		if _, exported := a.certificate(cfg.CurrentCertificateThumbprint); !exported {
			a.add(obs.at("CurrentCertificateThumbprint"), CodeAuthCertificateNotFound,
				"Export Get-ExchangeCertificate from every Mailbox server; if the certificate is missing there, import it on every server or create a new one",
				"the current Auth Certificate %s is not among the exported certificates: it must be on every Mailbox server", cfg.CurrentCertificateThumbprint)
		}
		return
	}
	if nextOK && effective.IsValid() && effective.After(cur.NotAfter) {
		// A gap: no valid certificate signs between the two days.
		a.add(obs.at("NextCertificateEffectiveDate"), CodeAuthCertificateNextInvalid, "Set-AuthConfig -NewCertificateEffectiveDate to a day before "+cur.NotAfter.String(),
			"the next Auth Certificate takes effect on %v, after the current one's last valid day %v", effective, cur.NotAfter)
		nextOK = false
	}
	// A staged certificate succeeds the current one only with an
	// effective date, on or before the current one's last day (checked
	// above): without one, Exchange switches to it only when told
	// (Set-AuthConfig -PublishCertificate,
	// https://learn.microsoft.com/powershell/module/exchange/set-authconfig).
	successor := nextOK && effective.IsValid()
	// Once the next certificate has taken over by the day (nextCertificate
	// checked that it lasts), neither the old one nor the staging matters.
	if successor && !a.on.Before(effective) {
		return
	}
	a.currentLifetime(obs, cur, left, successor, nextOK)
	if nextOK {
		a.nextStaged(obs, next, effective)
	}
}

// currentLifetime judges the current Auth Certificate cur, with left days
// to its end, when no successor has taken over: expired, or within the
// renewal window without a successor (successor) or with one staged
// without an effective date (staged).
func (a *audit) currentLifetime(obs *Observed[AuthConfig], cur CertificateLifetime, left int, successor, staged bool) {
	switch {
	case left < 0:
		a.add(obs.at("CurrentCertificateThumbprint"), CodeAuthCertificateExpired, replaceFix,
			"the current Auth Certificate %s expired after %v: OAuth with Exchange Online fails, and so does signing in to Outlook on the web and the Exchange admin center on premises (https://aka.ms/HC-OAuthExpired)", cur.Thumbprint, cur.NotAfter)
	case left <= authRenewDays && !successor:
		sev := exhybrid.SeverityWarning
		if left < authErrorDays {
			sev = exhybrid.SeverityError
		}
		why := "no successor is staged"
		if staged {
			why = "the next one staged has no effective date, so nothing takes over by itself"
		}
		a.fs.Addf(obs.at("CurrentCertificateThumbprint"), sev, CodeAuthCertificateExpiring, renewFix,
			"the current Auth Certificate %s is valid until %v, %d days after %v, and %s", cur.Thumbprint, cur.NotAfter, left, a.on, why)
	}
}

// nextStaged notes the next Auth Certificate next, staged to take effect
// on effective (or with no date), with what must happen before that day.
func (a *audit) nextStaged(obs *Observed[AuthConfig], next CertificateLifetime, effective version.Date) {
	when, fix := "with no effective date: Set-AuthConfig -PublishCertificate makes it current", ""
	if effective.IsValid() {
		when = "it takes effect on " + effective.String()
		// Exchange Online must know the new certificate before Exchange
		// signs with it: the dedicated app's keyCredentials, again
		// after every renewal
		// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app),
		// or the wizard's upload to Exchange Online's service
		// principal without the app.
		fix = "Before " + effective.String() + ", when Exchange starts signing with it, run the Hybrid Configuration Wizard again"
		if a.hybridAppEnabled() {
			fix = "Before " + effective.String() + ", when Exchange starts signing with it, upload it to the dedicated hybrid app (ConfigureExchangeHybridApplication.ps1 -UpdateCertificate, or the Hybrid Configuration Wizard)"
		}
	}
	a.add(obs.at("NextCertificateThumbprint"), CodeAuthCertificateNextStaged, fix,
		"the next Auth Certificate %s is staged, valid until %v; %s", next.Thumbprint, next.NotAfter, when)
}

// hybridAppEnabled reports whether an exported setting override enables
// the dedicated hybrid app.
func (a *audit) hybridAppEnabled() bool {
	values := make([]SettingOverride, len(a.e.SettingOverrides))
	for i, o := range a.e.SettingOverrides {
		values[i] = o.Value
	}
	return EnabledOverride(values, HybridAppOverride) >= 0
}

// nextCertificate checks the staged certificate: whether it can serve as
// the successor, and the day it takes effect (the zero Date when none is
// given). Its lifetime of 120 days or fewer is reported only when
// judgeLifetime says the current certificate is within its renewal window.
func (a *audit) nextCertificate(obs *Observed[AuthConfig], judgeLifetime bool) (next CertificateLifetime, ok bool, effective version.Date) {
	cfg := obs.Value
	if cfg.NextCertificateThumbprint == "" {
		return CertificateLifetime{}, false, version.Date{}
	}
	if !cfg.NextCertificateEffectiveDate.IsZero() {
		effective = version.DateOf(cfg.NextCertificateEffectiveDate.UTC())
	}
	const fix = "Stage a new Auth Certificate (Set-AuthConfig -NewCertificateThumbprint -NewCertificateEffectiveDate), or run MonitorExchangeAuthCertificate.ps1"
	path := obs.at("NextCertificateThumbprint")
	next, found := a.certificate(cfg.NextCertificateThumbprint)
	switch left := a.on.DaysUntil(next.NotAfter); {
	case !found:
		a.add(path, CodeAuthCertificateNextInvalid, "Export Get-ExchangeCertificate from every Mailbox server; if the certificate is missing there, import it on every server",
			"the next Auth Certificate %s is not among the exported certificates: it must be on every Mailbox server", cfg.NextCertificateThumbprint)
	case !next.NotAfter.IsValid():
		return next, false, effective // its end not exported: not judged, not counted
	case left < 0:
		a.add(path, CodeAuthCertificateNextInvalid, fix, "the next Auth Certificate %s expired after %v", next.Thumbprint, next.NotAfter)
	case left <= authNextDays && judgeLifetime:
		a.add(path, CodeAuthCertificateNextInvalid, fix,
			"the next Auth Certificate %s is valid only until %v, %d days after %v: MonitorExchangeAuthCertificate.ps1 replaces a next certificate valid for %d days or fewer when the current one is within %d days of its end",
			next.Thumbprint, next.NotAfter, left, a.on, authNextDays, authRenewDays)
	default:
		return next, true, effective
	}
	return next, false, effective
}

// isExchangeOnline reports whether p is the Exchange Online partner
// application ConfigureExchangeHybridApplication.ps1 looks for: its
// identifier, and no Realm.
func isExchangeOnline(p PartnerApplication) bool {
	return strings.EqualFold(p.ApplicationIdentifier, ExchangeOnlineAppID) && p.Realm == ""
}

// apps returns the quoted names of the partner applications of the given
// application IDs whose Enabled is enabled, in export order.
func (a *audit) apps(enabled bool, ids ...string) []string {
	var names []string
	for _, p := range a.e.PartnerApplications {
		if p.Value.Enabled == enabled && slices.ContainsFunc(ids, func(id string) bool { return strings.EqualFold(p.Value.ApplicationIdentifier, id) }) {
			names = append(names, strconv.Quote(p.Value.Name))
		}
	}
	return names
}

func (a *audit) oauthObjects() {
	tokenServer := a.authServers()
	hasEXO, exo := a.exchangeOnlineApp()
	for _, p := range a.e.PartnerApplications {
		if !isExchangeOnline(p.Value) || p.Value.Enabled {
			continue
		}
		a.add(p.at("Enabled"), CodeOAuthPartnerApplication, "Run Set-PartnerApplication -Identity \""+p.Value.Name+"\" -Enabled $true",
			"the Exchange Online partner application %q is disabled: Exchange does not accept Exchange Online's tokens", p.Value.Name)
	}
	if exo && !tokenServer && a.e.AuthServers != nil {
		a.add(a.e.missingPath(a.e.AuthServersPath), CodeOAuthAuthServerMissing, "Run the Hybrid Configuration Wizard, or New-AuthServer for Microsoft Entra ID",
			"the Exchange Online partner application is enabled, but no authorization server of type AzureAD or MicrosoftACS is")
	}
	if tokenServer && a.e.PartnerApplications != nil && !hasEXO {
		a.add(a.e.missingPath(a.e.PartnerApplicationsPath), CodeOAuthPartnerApplication, "Run the Hybrid Configuration Wizard, or New-PartnerApplication -Name \"Exchange Online\" -ApplicationIdentifier "+ExchangeOnlineAppID+" -UseAuthServer $true",
			"an authorization server for Exchange Online is enabled, but there is no Exchange Online partner application (%s)", ExchangeOnlineAppID)
	}
	a.skypeLegacy()
}

// authServers reports disabled authorization servers and returns whether
// one that issues Exchange Online's tokens is enabled.
//
// HealthChecker's test of OAuth with Exchange Online: an enabled
// AzureAD or MicrosoftACS authorization server and the enabled Exchange
// Online partner application
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1).
//
// A disabled server matters only when no AzureAD (EvoSts) server is
// enabled: the wizard has created the EvoSts server since 2019 and
// leaves the legacy ACS one beside it, disabled or not, and Exchange
// Online's tokens come from Entra ID
// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help).
// No Microsoft page says that a disabled ACS server beside an enabled
// EvoSts one breaks anything, so it is not reported; the disabled
// servers are then reported once, on the first.
func (a *audit) authServers() (tokenServer bool) {
	azureAD := false
	var disabled []Observed[AuthServer]
	for _, s := range a.e.AuthServers {
		if s.Value.Type != AuthServerAzureAD && s.Value.Type != AuthServerMicrosoftACS {
			continue
		}
		switch {
		case !s.Value.Enabled:
			disabled = append(disabled, s)
		case s.Value.Type == AuthServerAzureAD:
			tokenServer, azureAD = true, true
		default:
			tokenServer = true
		}
	}
	if !azureAD && len(disabled) > 0 {
		first := disabled[0]
		names := make([]string, len(disabled))
		for i, s := range disabled {
			names[i] = fmt.Sprintf("%v %q", s.Value.Type, s.Value.Name)
		}
		a.add(first.at("Enabled"), CodeAuthServerDisabled, "Run Set-AuthServer -Identity \""+first.Value.Name+"\" -Enabled $true, or run the Hybrid Configuration Wizard again",
			"no AzureAD authorization server is enabled, and the authorization %s %s disabled: Exchange does not accept the tokens %s", servers(len(disabled)), strings.Join(names, ", "), issues(len(disabled)))
	}
	return tokenServer
}

// skypeLegacy reports the legacy Skype for Business Online application
// enabled without the Teams ones.
func (a *audit) skypeLegacy() {
	// HealthChecker flags the legacy Skype for Business Online application
	// without either Teams application red: Teams needs its own partner
	// applications.
	for _, p := range a.e.PartnerApplications {
		if p.Value.Enabled && strings.EqualFold(p.Value.ApplicationIdentifier, SkypeForBusinessLegacyAppID) &&
			len(a.apps(true, TeamsSchedulerAppID, CloudVoicemailAppID)) == 0 {
			fix := "Configure the Teams Scheduler and Cloud Voicemail partner applications (https://learn.microsoft.com/skypeforbusiness/deploy/integrate-with-exchange-server/oauth-with-online-and-on-premises)"
			if names := a.apps(false, TeamsSchedulerAppID, CloudVoicemailAppID); len(names) > 0 {
				// They exist, switched off: enabling them is the fix.
				fix = "Enable the partner application " + names[0] + ": Set-PartnerApplication -Identity " + names[0] + " -Enabled $true"
				if len(names) > 1 {
					fix = "Enable the partner applications " + strings.Join(names, " and ") + ": Set-PartnerApplication -Identity <name> -Enabled $true for each"
				}
			}
			a.add(p.at(""), CodeSfBLegacyPartnerApplication, fix,
				"the legacy Skype for Business Online partner application %q is enabled without the Teams Scheduler or Cloud Voicemail application", p.Value.Name)
		}
	}
}

// servers says "server is" or "servers are", for n.
func servers(n int) string {
	if n == 1 {
		return "server is"
	}
	return "servers are"
}

// issues says "it issues" or "they issue", for n.
func issues(n int) string {
	if n == 1 {
		return "it issues"
	}
	return "they issue"
}

// exchangeOnlineApp reports whether the Exchange Online partner
// application was exported, and whether one is enabled.
func (a *audit) exchangeOnlineApp() (exists, enabled bool) {
	for _, p := range a.e.PartnerApplications {
		if isExchangeOnline(p.Value) {
			exists = true
			enabled = enabled || p.Value.Enabled
		}
	}
	return exists, enabled
}

// overrides applies the rules of the dedicated app's and the Graph flow's
// setting overrides.
func (a *audit) overrides() {
	app := a.section(HybridAppOverride)
	graph := a.section(GraphFlowOverride)
	appServer := slices.ContainsFunc(a.e.AuthServers, func(s Observed[AuthServer]) bool { return s.Value.HoldsHybridApp() })
	if app != nil && !appServer && a.e.AuthServers != nil {
		a.add(app.at(""), CodeHybridAppAuthServer,
			"Run ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication, or Set-AuthServer -Identity \"EvoSts - <GUID>\" -ApplicationIdentifier <appId>",
			"the setting override %q enables the dedicated hybrid app, but no enabled AzureAD (EvoSts) authorization server has the app's ID as its ApplicationIdentifier", app.Value.Name)
	}
	if app == nil && a.e.RichCoexistence && a.e.SettingOverrides != nil && a.on.IsValid() && !a.on.Before(DedicatedHybridAppRequired) {
		a.add(a.e.missingPath(a.e.SettingOverridesPath), CodeHybridAppOverrideMissing,
			"Configure the dedicated hybrid app with the current Hybrid Configuration Wizard or ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication",
			"no setting override %v enables the dedicated Exchange hybrid app: since %v free/busy, MailTips and profile photos from on premises to Exchange Online work only through it",
			HybridAppOverride, DedicatedHybridAppRequired)
	}
	if app != nil {
		var missing []string
		if _, enabled := a.exchangeOnlineApp(); a.e.PartnerApplications != nil && !enabled {
			missing = append(missing, "no enabled Exchange Online partner application ("+ExchangeOnlineAppID+")")
		}
		if a.e.IntraOrganizationConnectors != nil && !a.enabledConnector() {
			missing = append(missing, "no enabled intra-organization connector")
		}
		if len(missing) > 0 {
			a.add(app.at(""), CodeHybridAppOAuthIncomplete, "Run the Hybrid Configuration Wizard, or fix the OAuth configuration by hand",
				"the dedicated hybrid app is enabled, but the OAuth configuration it needs is incomplete: %s (DAuth instead of OAuth?)", strings.Join(missing, ", "))
		}
	}
	if graph == nil {
		return
	}
	if app == nil {
		a.add(graph.at(""), CodeGraphFlowWithoutHybridApp, "Configure the dedicated hybrid app, or remove the override "+graph.Value.Name,
			"the setting override %q routes the dedicated hybrid app through Microsoft Graph, but no override enables the app (%v)", graph.Value.Name, HybridAppOverride)
	}
	a.graphBuilds(graph)
}

// section returns the enabled override of the section, reporting the
// overrides of it whose Enabled parameter is unreadable and every one after
// the first. HealthChecker cannot tell the feature's state when there are
// several; ConfigureExchangeHybridApplication.ps1 reads "Enabled=true" or
// "Enabled=false" with ^\s*Enabled\s*=\s*(true|false)\s*$, ignoring case.
func (a *audit) section(s OverrideSection) *Observed[SettingOverride] {
	var first, enabled *Observed[SettingOverride]
	for i := range a.e.SettingOverrides {
		o := &a.e.SettingOverrides[i]
		if !o.Value.Is(s.Component, s.Section) {
			continue
		}
		on, known := o.Value.Enabled()
		if !known {
			a.add(o.at("Parameters"), CodeSettingOverrideUnreadable, "Set-SettingOverride -Identity \""+o.Value.Name+"\" -Parameters @(\"Enabled=true\")",
				"the setting override %q of %v has no Enabled=true or Enabled=false parameter; it is taken as not enabling the feature", o.Value.Name, s)
		}
		if first != nil {
			a.add(o.at(""), CodeSettingOverrideDuplicate, "Remove all but one of the setting overrides of "+s.String(),
				"the setting overrides %q and %q both set %v; which one wins is not documented", first.Value.Name, o.Value.Name, s)
		} else {
			first = o
		}
		if on && enabled == nil {
			enabled = o
		}
	}
	return enabled
}

func (a *audit) enabledConnector() bool {
	for _, c := range a.e.IntraOrganizationConnectors {
		if c.Value.Enabled {
			return true
		}
	}
	return false
}

// graphBuilds reports the servers the Graph flow's override applies to
// (those of its Server list, or all) that are below GraphFlowMinBuild.
// Edge Transport servers and servers of unknown build are left out.
func (a *audit) graphBuilds(graph *Observed[SettingOverride]) {
	path := graph.at("")
	if len(graph.Value.Server) > 0 {
		path = graph.at("Server")
	}
	for _, s := range a.e.Servers {
		if s.Edge || !s.Build.IsValid() || s.Build.AtLeast(GraphFlowMinBuild) {
			continue
		}
		if len(graph.Value.Server) > 0 && !containsFold(graph.Value.Server, s.Name) {
			continue
		}
		a.add(path, CodeGraphFlowBuild, "Install Exchange SE "+GraphFlowMinBuild.String()+" (May 2026 hotfix update) or later on "+s.Name,
			"the setting override %q enables the Graph flow on %s, which is on %v: the flow needs Exchange SE %v or later", graph.Value.Name, s.Name, s.Build, GraphFlowMinBuild)
	}
}
