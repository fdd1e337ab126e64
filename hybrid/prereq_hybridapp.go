package hybrid

import (
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/guid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// HybridApp records the dedicated Exchange hybrid application of the
// tenant's Microsoft Entra ID, "ExchangeServerApp-<organization GUID>",
// through which on-premises Exchange has asked Exchange Online for
// free/busy, MailTips and profile photos since 2025-10-31
// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app).
// The zero value is an app not (known to be) configured.
type HybridApp struct {
	// Configured is true once the app is fully configured: created, with
	// the Auth Certificate uploaded, the EvoSts authorization server
	// pointing at it and the EnableExchangeHybrid3PAppFeature setting
	// override in place, as HealthChecker checks it
	// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1).
	// Then the plan has no steps for it.
	Configured bool `json:"configured,omitempty"`
	// AppID is the app's application (client) ID, a GUID, when known (the
	// wizard or ConfigureExchangeHybridApplication.ps1 shows it, and
	// Get-AuthServer shows it as the EvoSts server's ApplicationIdentifier).
	// The plan's commands use it; without it they hold a placeholder that
	// stops the script until it is filled in.
	AppID string `json:"appId,omitempty"`
}

// The minimum builds of the dedicated hybrid app: the April 2025 Hotfix
// Update of each cumulative update still serviced then, and any Exchange
// SE build. Sources: ConfigureExchangeHybridApplication.ps1 checks
// "-MinimumSU Apr25HU"
// (https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1),
// whose builds are those of HealthChecker's dictionary
// (https://github.com/microsoft/CSS-Exchange/blob/main/Shared/Get-ExchangeBuildVersionInformation.ps1)
// and of Microsoft's build-number page
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates);
// Set-AuthServer's -ApplicationIdentifier "is available in the April 18,
// 2025 Hotfix update (HU) for Exchange 2019 CU15 and Exchange 2016 CU23"
// (https://learn.microsoft.com/powershell/module/exchange/set-authserver).
var (
	appMin2016CU23 = version.Build{Major: 15, Minor: 1, Build: 2507, Revision: 55}
	appMin2019CU14 = version.Build{Major: 15, Minor: 2, Build: 1544, Revision: 25}
	appMin2019CU15 = version.Build{Major: 15, Minor: 2, Build: 1748, Revision: 24}
	// graphMinSE is Exchange SE RTM May26HU, the first build with the
	// dedicated app's Graph flow: federation.GraphFlowMinBuild, which
	// cites its sources and which the audit of an export uses too.
	graphMinSE = federation.GraphFlowMinBuild
)

// EWS in Exchange Online: disabled in phases from ewsRetirementStart, ended
// on ewsRetirementEnd; Exchange Server on premises is not affected. The
// dates are Microsoft's, from Microsoft 365 message center post MC1227454
// (February 2026), read only through third-party copies of it: they are
// modelled as dated rules and the messages cite the post. Until the end, an
// application keeps EWS only when the tenant allows it:
// "Set-OrganizationConfig -EwsEnabled $true -EwsAllowedAppIDs", "only
// applications specified by this parameter can access EWS"
// (https://learn.microsoft.com/powershell/module/exchange/set-organizationconfig).
var (
	ewsRetirementStart = version.Date{Year: 2026, Month: 10, Day: 1}
	ewsRetirementEnd   = version.Date{Year: 2027, Month: 4, Day: 1}
)

// richCoexistence are the features that on-premises Exchange asks
// Exchange Online for through EWS, and so through the dedicated app.
// Migrations, management and mail flow are not affected
// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app).
var richCoexistence = []Feature{FeatureFreeBusy, FeatureMailTips, FeaturePhotos}

// appRules reports whether the dedicated-app rules apply to the
// organization on the day: a full hybrid (one with organization
// relationships) with free/busy, MailTips or photos, on or after
// federation.DedicatedHybridAppRequired.
func (a *analysis) appRules() bool {
	relationships := capsOf(a.org.Type).OrgRelationship || a.recordedFull
	if !a.on.IsValid() || a.on.Before(federation.DedicatedHybridAppRequired) || !relationships {
		return false
	}
	for _, f := range richCoexistence {
		if a.org.Features.Has(f) {
			return true
		}
	}
	return false
}

// appBuild says whether server s can use the dedicated app: ok, or the
// release it needs, or never for Exchange 2013 and older, which got no
// April 2025 update.
func appBuild(s roles.Server) (need version.Build, never, ok bool) {
	b := s.Build
	switch s.Product() {
	case version.Exchange2016:
		if b.AtLeast(appMin2016CU23) {
			return version.Build{}, false, true
		}
		return appMin2016CU23, false, false
	case version.Exchange2019:
		switch {
		case b.Level() == appMin2019CU14.Level() && b.AtLeast(appMin2019CU14),
			b.AtLeast(appMin2019CU15):
			return version.Build{}, false, true
		case b.Level() == appMin2019CU14.Level():
			return appMin2019CU14, false, false
		}
		return appMin2019CU15, false, false
	case version.ExchangeSE:
		return version.Build{}, false, true
	}
	return version.Build{}, true, false
}

// appServers returns the internal servers whose version can run the
// dedicated app (Exchange 2016 and later), at any build.
func (a *analysis) appServers() []int {
	var out []int
	for i, s := range a.org.Servers {
		if !s.IsEdge() && s.Product() >= version.Exchange2016 && s.Product().OnPremises() {
			out = append(out, i)
		}
	}
	return out
}

// releaseName names a build as the catalog does, "Exchange Server 2019 CU15
// Apr25HU (15.2.1748.24, 2025-04-18)", or by number.
func releaseName(b version.Build) string {
	if r, ok := version.Lookup(b); ok {
		return r.String()
	}
	return b.String()
}

// hybridApp applies the dedicated-app and EWS retirement rules.
func (v *validator) hybridApp() {
	app := v.org.HybridApp
	if app.AppID != "" && !guid.Valid(app.AppID) {
		v.add("hybridApp.appId", CodeHybridAppIDInvalid, "Give the application (client) ID of ExchangeServerApp-<organization GUID>, a GUID",
			"hybridApp.appId %q is not a GUID", app.AppID)
	}
	if !v.appRules() {
		return
	}
	for i, s := range v.org.Servers {
		if s.IsEdge() || !s.Product().OnPremises() {
			continue
		}
		need, never, ok := appBuild(s)
		switch {
		case ok:
		case never:
			v.add(serverPath(i).Child("build"), CodeHybridAppUnsupported,
				"Move to Exchange 2016 CU23 or 2019 CU14 or CU15 with the April 2025 hotfix update, or to Exchange SE, and retire "+s.Label(),
				"%s runs %v, which can never use the dedicated Exchange hybrid app: since %v free/busy, MailTips and profile photos from on premises to Exchange Online work only when every Exchange server can (mailbox moves and mail flow are not affected)",
				s.Label(), s.Product(), federation.DedicatedHybridAppRequired)
		default:
			v.add(serverPath(i).Child("build"), CodeHybridAppBuild, "Install "+releaseName(need)+" or later on "+s.Label(),
				"%s is on %v; since %v free/busy, MailTips and profile photos from on premises to Exchange Online go through the dedicated Exchange hybrid app, which needs %v or later",
				s.Label(), s.Build, federation.DedicatedHybridAppRequired, need)
		}
	}
	if len(v.appServers()) == 0 {
		return
	}
	if !app.Configured {
		v.add("hybridApp", CodeHybridAppMissing,
			"Configure the app with the current Hybrid Configuration Wizard or ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication (the plan's hybrid-app steps), then set hybridApp.configured",
			"the dedicated Exchange hybrid app is not recorded as configured; since %v free/busy, MailTips and profile photos from on premises to Exchange Online work only through it",
			federation.DedicatedHybridAppRequired)
	}
	v.ewsRetirement()
}

// ewsRetirement reports the end of EWS in Exchange Online to a hybrid that
// uses the dedicated app.
func (v *validator) ewsRetirement() {
	if v.on.Before(ewsRetirementStart) {
		return
	}
	graph := v.graphReady()
	switch {
	case v.on.Before(ewsRetirementEnd) && graph:
		v.add("hybridApp", CodeEWSRetirement,
			"Put the app's ID on the tenant's EWS allow list (Set-OrganizationConfig -EwsEnabled $true -EwsAllowedAppIDs), and grant it Graph permissions before "+ewsRetirementEnd.String(),
			"Exchange Online disables EWS in phases from %v and ends it on %v (message center MC1227454): the dedicated app keeps free/busy, MailTips and profile photos from on premises only while its ID is on the tenant's EWS allow list; every server runs Exchange SE %v or later, so Graph permissions can replace EWS",
			ewsRetirementStart, ewsRetirementEnd, graphMinSE)
	case v.on.Before(ewsRetirementEnd):
		v.add("hybridApp", CodeEWSRetirement,
			"Put the app's ID on the tenant's EWS allow list (Set-OrganizationConfig -EwsEnabled $true -EwsAllowedAppIDs), and move every server to Exchange SE "+graphMinSE.String()+" or later before "+ewsRetirementEnd.String()+" for Graph permissions",
			"Exchange Online disables EWS in phases from %v and ends it on %v (message center MC1227454): the dedicated app keeps free/busy, MailTips and profile photos from on premises only while its ID is on the tenant's EWS allow list, and after that only with Graph permissions, which need Exchange SE %v (May 2026 hotfix update) or later on every server",
			ewsRetirementStart, ewsRetirementEnd, graphMinSE)
	case graph:
		v.add("hybridApp", CodeEWSRetirement, "Grant the app Graph permissions and enable the Graph flow",
			"EWS in Exchange Online ended on %v (message center MC1227454): free/busy, MailTips and profile photos from on premises need the dedicated app's Graph permissions", ewsRetirementEnd)
	default:
		v.add("hybridApp", CodeEWSRetirement, "Move every server to Exchange SE "+graphMinSE.String()+" or later and grant the app Graph permissions",
			"EWS in Exchange Online ended on %v (message center MC1227454): free/busy, MailTips and profile photos from on premises need Graph permissions, which need Exchange SE %v (May 2026 hotfix update) or later on every server",
			ewsRetirementEnd, graphMinSE)
	}
}

// graphReady reports whether every internal server runs Exchange SE May
// 2026 HU or later, which the Graph flow needs.
func (a *analysis) graphReady() bool {
	found := false
	for _, s := range a.org.Servers {
		if s.IsEdge() || !s.Product().OnPremises() {
			continue
		}
		if s.Product() != version.ExchangeSE || !s.Build.AtLeast(graphMinSE) {
			return false
		}
		found = true
	}
	return found
}
