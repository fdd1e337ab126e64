package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/guid"
	"github.com/exhybrid/exhybrid/internal/servername"
)

// ews audits the tenant's EWS access policy, when Exchange Online's
// Get-OrganizationConfig was exported with -RetrieveEwsOperationAccessPolicy,
// against the dedicated hybrid app that carries free/busy, MailTips and
// profile photos from on premises since federation.DedicatedHybridAppRequired
// (2025-10-31). Until EWS ends in Exchange Online (2027-04-01, Validate's
// hybrid/ews-retirement), the app reaches EWS only if EwsEnabled is not
// $false and, when the tenant has an allow list, its ID is on it: "only
// applications specified by this parameter can access EWS"
// (https://learn.microsoft.com/powershell/module/exchange/set-organizationconfig).
// Only an export of both sides shows this: everything on premises can be
// right while free/busy fails.
//
// The app's ID is the ApplicationIdentifier of the enabled AzureAD
// authorization server that is a GUID, as HealthChecker finds the app, or
// else the organization's hybridApp.appId. The rule is skipped without
// one, without rich coexistence, and when the Graph flow is on (its
// override and the app's enabled, every server at the flow's build): Graph then replaces EWS for free/busy and photos, and which
// requests still use EWS is not confirmed by a Microsoft page (see
// ../shared/DOMAIN.md §10.2). An empty allow list is not judged either:
// that Exchange Online enforces one is unconfirmed.
func (a *auditor) ews() {
	configs := a.inv.Online.OrganizationConfigs
	if len(configs) != 1 || !a.on.IsValid() || a.on.Before(federation.DedicatedHybridAppRequired) || !a.on.Before(ewsRetirementEnd) ||
		!slices.ContainsFunc(richCoexistence, a.org.Features.Has) || a.graphFlowOn() {
		return
	}
	c := configs[0]
	app := a.hybridAppID()
	if app == "" || !c.EwsOperationAccessPolicy {
		return
	}
	fix := "Set-OrganizationConfig -EwsEnabled $true -EwsAllowedAppIDs @{Add=\"" + app + "\"} in Exchange Online PowerShell"
	switch {
	case c.EwsEnabled != nil && !*c.EwsEnabled:
		a.add(c.Path().Prop("EwsEnabled"), CodeEWSAppNotAllowed, fix,
			"EWS is disabled for the tenant (EwsEnabled $false): the dedicated hybrid app %s cannot reach it, so free/busy, MailTips and profile photos from on premises fail", app)
	case len(c.EwsAllowedAppIDs) > 0 && !slices.ContainsFunc(c.EwsAllowedAppIDs, func(id string) bool { return strings.EqualFold(id, app) }):
		a.add(c.Path().Prop("EwsAllowedAppIDs"), CodeEWSAppNotAllowed, fix,
			"the tenant's EWS allow list (%d application IDs) lacks the dedicated hybrid app %s: free/busy, MailTips and profile photos from on premises fail although the on-premises side is right", len(c.EwsAllowedAppIDs), app)
	}
}

// hybridAppID returns the dedicated hybrid app's ID: the
// ApplicationIdentifier of the authorization server that holds the app
// (federation.AuthServer.HoldsHybridApp), else the organization's
// hybridApp.appId, else "".
func (a *auditor) hybridAppID() string {
	for _, s := range a.inv.AuthServers {
		if s.HoldsHybridApp() {
			return strings.ToLower(s.ApplicationIdentifier)
		}
	}
	if guid.Valid(a.org.HybridApp.AppID) {
		return strings.ToLower(a.org.HybridApp.AppID)
	}
	return ""
}

// graphFlowOn reports whether the exported setting overrides route the
// dedicated app through Microsoft Graph on every server that serves it
// (federation.GraphFlowOn: both overrides enabled, every server but Edge
// at federation.GraphFlowMinBuild or later).
func (a *auditor) graphFlowOn() bool {
	overrides := make([]federation.SettingOverride, len(a.inv.SettingOverrides))
	for i, o := range a.inv.SettingOverrides {
		overrides[i] = o.SettingOverride
	}
	return federation.GraphFlowOn(overrides, a.serverBuilds())
}

// mrsProxy reports each server the HybridConfiguration names whose EWS
// virtual directory has the MRS proxy endpoint off while the
// HybridConfiguration records mailbox moves (CodeMRSProxyDisabled). Only
// the recorded hybrid servers are judged: which others the wizard turned
// the endpoint on for is not recorded.
func (a *auditor) mrsProxy() {
	if a.hc == nil || !recordsFeature(*a.hc, FeatureMoveMailbox) {
		return
	}
	servers := recordedServers(*a.hc)
	for _, d := range a.inv.WebServicesVirtualDirectories {
		if d.MRSProxyEnabled || !slices.ContainsFunc(servers, func(s string) bool { return servername.Equal(s, d.Server) }) {
			continue
		}
		a.add(d.Path().Prop("MRSProxyEnabled"), CodeMRSProxyDisabled,
			"Run Set-WebServicesVirtualDirectory -Identity '"+d.Server+`\`+d.Name+"' -MRSProxyEnabled $true, or run the Hybrid Configuration Wizard again",
			"the MRS proxy endpoint is off on %s's EWS virtual directory while the HybridConfiguration records mailbox moves: remote moves to and from Exchange Online through it fail", d.Server)
	}
}
