package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/guid"
)

// Sources of the dedicated hybrid app steps.
const (
	srcDedicatedApp = "https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app"
	srcAppScript    = "https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1"
)

// appIDPlaceholder stands for the dedicated app's application ID in the
// commands when hybridApp.appId is empty: the planner cannot know it, and
// appIDGuard stops a script run until it is filled in. It is never a
// made-up GUID.
const appIDPlaceholder = "<application ID of ExchangeServerApp-<organization GUID>>"

// appIDGuard stops the script while $hybridAppId still holds the
// placeholder (a string that is not a GUID).
const appIDGuard = "if (-not ($hybridAppId -as [guid])) { throw 'Replace the placeholder in $hybridAppId with the application ID of ExchangeServerApp-<organization GUID>, which the wizard or ConfigureExchangeHybridApplication.ps1 shows' }"

// appIDCommand sets $hybridAppId for the commands of a step in shell sh:
// the known application ID, or the placeholder followed by the guard.
func (p *planner) appIDCommand(sh Shell) Command {
	if id := p.org.HybridApp.AppID; guid.Valid(id) {
		return Command{sh, cmd("$hybridAppId =").arg(ps(strings.ToLower(id))).String()}
	}
	return Command{sh, cmd("$hybridAppId =").arg(ps(appIDPlaceholder)).String() + "\n" + appIDGuard}
}

// hybridAppSteps configure the dedicated Exchange hybrid app, in the order
// of Microsoft's page and of ConfigureExchangeHybridApplication.ps1
// -FullyConfigureExchangeHybridApplication, which does all of them
// (srcDedicatedApp, srcAppScript): create the app
// ExchangeServerApp-<organization GUID> (with EWS API permissions by
// default), upload the Auth Certificate to it (again after every Auth
// Certificate renewal), point the EvoSts authorization server at it, enable
// the EnableExchangeHybrid3PAppFeature setting override and refresh it,
// and remove the on-premises certificates from the shared first-party
// service principal. They replace the 2013-era upload to that service
// principal, which Exchange Online blocks for EWS since 2025-10-31. The
// current wizard creates the app; whether it does the later steps is not
// stated for every wizard build, so only the creation is marked as the
// wizard's.
func (p *planner) hybridAppSteps() {
	if !p.appRules() || len(p.appServers()) == 0 {
		return
	}
	if !p.org.HybridApp.Configured {
		p.configureApp()
	}
	if p.opts.GraphFlow {
		p.graphFlow()
	}
	p.ewsAllowList()
}

// graphFlow adds the Graph flow of Options.GraphFlow, as
// ConfigureExchangeHybridApplication.ps1 -EnableExchangeHybridApplicationOverride
// sets it up: tenant-wide admin consent to the app's Graph permissions,
// then the EnableRouteThroughMSGraphFeature setting override and its
// refresh on every server (srcAppScript). It needs the dedicated app's own
// override first, which the script checks.
func (p *planner) graphFlow() {
	p.add(Step{
		ID: "hybrid-app/graph-consent", Phase: PhaseFederation, Action: ActionUpdate, Where: LocationExchangeOnline, Target: "Entra app ExchangeServerApp-<organization GUID>",
		Summary:  "Grant tenant-wide admin consent to the dedicated app's Microsoft Graph permissions",
		Changes:  []Change{{"API permissions", "Microsoft Graph, admin consent"}},
		Reason:   ReasonGraphFlow,
		Commands: []Command{{ShellManual, "In Microsoft Entra ID, grant admin consent for the tenant to the Microsoft Graph permissions of ExchangeServerApp-<organization GUID> (" + srcDedicatedApp + ")"}},
	}, optional("hybrid-app/setting-override"), "upgrade/")
	p.overrideStep("hybrid-app/graph-override", settingOverride{"EnableRouteThroughMSGraphFeature", "SettingOverride", "RouteThroughMSGraph", "Route hybrid rich coexistence through Microsoft Graph"},
		"Turn on the Graph flow with the EnableRouteThroughMSGraphFeature setting override, then refresh it on every server", ReasonGraphFlow, "hybrid-app/graph-consent")
}

// configureApp adds the five steps of hybridAppSteps, without the creation
// when the app's ID is known.
func (p *planner) configureApp() {
	if !guid.Valid(p.org.HybridApp.AppID) {
		p.createAppStep()
	}
	p.appCertificateStep()
	p.appAuthServerStep()
	p.appSettingOverrideStep()
	p.firstPartyCleanupStep()
}

// appName is the dedicated app's name as the planner can give it: the
// organization GUID is Exchange's, which the files do not hold.
const appName = "ExchangeServerApp-<organization GUID>"

// createAppStep creates the app, through the wizard or the script.
func (p *planner) createAppStep() {
	name := appName
	p.add(Step{
		ID: "hybrid-app/create", Phase: PhaseFederation, Action: ActionCreate, Where: LocationExchangeOnline, Target: "Entra app " + name,
		Summary: "Create the dedicated Exchange hybrid app " + name + " in the tenant's Microsoft Entra ID, with EWS API permissions, through which on-premises Exchange reaches Exchange Online for free/busy, MailTips and photos",
		Changes: []Change{{"Application", name}, {"API permissions", "EWS (default)"}},
		Reason:  CodeHybridAppMissing, ByWizard: true,
		Commands: []Command{
			{ShellManual, "Run the current Hybrid Configuration Wizard (https://aka.ms/HybridWizard), which creates the app, or run ConfigureExchangeHybridApplication.ps1 (https://aka.ms/ConfigureExchangeHybridApplication-Docs) in the Exchange Management Shell of a Mailbox server with the April 2025 hotfix update or Exchange SE"},
			{ShellEMS, "# Does this step and the next three, tries to remove the Auth Certificates from the first-party service principal, and sets the relationships' TargetSharingEpr:\n.\\ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication"},
		},
	}, "hybrid-configuration", optional("oauth/on-premises"), "upgrade/", "install/")
}

// appCertificateStep uploads the Auth Certificate to the app.
func (p *planner) appCertificateStep() {
	name := appName
	p.add(Step{
		ID: "hybrid-app/certificate", Phase: PhaseFederation, Action: ActionUpdate, Where: LocationExchangeOnline, Target: "Entra app " + name,
		Summary: "Upload the on-premises Auth Certificate to the app's key credentials; repeat this after every Auth Certificate renewal",
		Changes: []Change{{"keyCredentials", "the Auth Certificate (Get-AuthConfig CurrentCertificateThumbprint)"}},
		Reason:  CodeHybridAppMissing,
		Commands: []Command{
			{ShellEMS, "(Get-AuthConfig).CurrentCertificateThumbprint"},
			{ShellManual, "Upload the public key of the certificate with that thumbprint to the app's Certificates & secrets in Microsoft Entra ID, or let the script export and upload it (on a Mailbox server); repeat after every Auth Certificate renewal"},
			{ShellEMS, ".\\ConfigureExchangeHybridApplication.ps1 -UpdateCertificate"},
		},
	}, optional("hybrid-app/create"))
}

// evoStsDomains are the DomainName of the EvoSts authorization server.
// The page sets it to the tenant's domains
// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app);
// the plan knows the initial domain, when the tenant is set, and the
// hybrid domains.
func (p *planner) evoStsDomains() []string {
	if p.org.Tenant == "" {
		return slices.Clone(p.org.HybridDomains)
	}
	return append([]string{string(p.org.Tenant)}, p.org.HybridDomains...)
}

// appAuthServerStep points the EvoSts authorization server at the app.
func (p *planner) appAuthServerStep() {
	domains := p.evoStsDomains()
	authServer := cmd("Set-AuthServer").param("ApplicationIdentifier", "$hybridAppId").list("DomainName", domains).String()
	p.add(Step{
		ID: "hybrid-app/auth-server", Phase: PhaseFederation, Action: ActionUpdate, Where: LocationOnPremises, Target: "EvoSts authorization server",
		Summary: "Point the EvoSts authorization server at the app's application ID",
		Changes: []Change{{"ApplicationIdentifier", p.appIDText()}, {"DomainName", strings.Join(domains, ", ")}},
		Reason:  CodeHybridAppMissing,
		Commands: []Command{p.appIDCommand(ShellEMS),
			{ShellEMS, "Get-AuthServer | Where-Object { $_.Name -like 'EvoSts*' } | " + authServer}},
	}, "hybrid-app/certificate", optional("oauth/on-premises"))
}

// appSettingOverrideStep turns the app on with its setting override.
func (p *planner) appSettingOverrideStep() {
	p.overrideStep("hybrid-app/setting-override", settingOverride{"EnableExchangeHybrid3PAppFeature", "Global", "ExchangeOnpremAsThirdPartyAppId", "Enable the dedicated Exchange hybrid app"},
		"Turn on the dedicated app with the EnableExchangeHybrid3PAppFeature setting override, then refresh it on every Exchange 2016 or later server", CodeHybridAppMissing, "hybrid-app/auth-server")
}

// settingOverride is a setting override a step creates with
// Enabled=true: its name, component and section, and the reason it
// records.
type settingOverride struct{ name, component, section, reason string }

// overrideStep adds the step id, after the steps deps, that creates the
// setting override o and refreshes it on the servers.
func (p *planner) overrideStep(id string, o settingOverride, summary string, reason exhybrid.Code, deps ...string) {
	create := cmd("New-SettingOverride").str("Name", o.name).param("Component", o.component).
		param("Section", o.section).list("Parameters", []string{"Enabled=true"}).str("Reason", o.reason).String()
	p.add(Step{
		ID: id, Phase: PhaseFederation, Action: ActionCreate, Where: LocationOnPremises, Target: "setting override " + o.name,
		Summary:  summary,
		Changes:  []Change{{"Component", o.component}, {"Section", o.section}, {"Parameters", "Enabled=true"}},
		Reason:   reason,
		Commands: append([]Command{{ShellEMS, create}}, p.refreshOverrides()...),
	}, deps...)
}

// firstPartyCleanupStep removes the on-premises certificates from the
// shared first-party service principal.
func (p *planner) firstPartyCleanupStep() {
	// The clean-up leaves a server that cannot use the app "in a broken
	// hybrid state" (the script's warning, srcAppScript), so it waits for
	// every update and is left out while a server of Exchange 2013 or older
	// remains; until then those servers keep using the first-party
	// application.
	for _, s := range p.org.Servers {
		if _, never, _ := appBuild(s); never && !s.IsEdge() && s.Product().OnPremises() {
			return
		}
	}
	p.add(Step{
		ID: "hybrid-app/first-party-credentials", Phase: PhaseFederation, Action: ActionUpdate, Where: LocationExchangeOnline, Target: "service principal Office 365 Exchange Online",
		Summary:  "Once every Exchange server runs a build that supports the app, remove the on-premises certificates from the key credentials of the shared first-party service principal " + federation.ExchangeOnlineAppID,
		Changes:  []Change{{"keyCredentials", "remove the on-premises certificates"}},
		Reason:   CodeHybridAppMissing,
		Commands: []Command{{ShellEMS, ".\\ConfigureExchangeHybridApplication.ps1 -ResetFirstPartyServicePrincipalKeyCredentials"}},
	}, "hybrid-app/setting-override", "upgrade/")
}

// refreshOverrides refreshes the setting overrides on every Exchange 2016
// or later server, which reads them on its next refresh otherwise
// (srcDedicatedApp).
func (p *planner) refreshOverrides() []Command {
	var cmds []Command
	for _, i := range p.appServers() {
		cmds = append(cmds, Command{ShellEMS, cmd("Get-ExchangeDiagnosticInfo").str("Server", p.org.Servers[i].Name).param("Process", "Microsoft.Exchange.Directory.TopologyService").
			param("Component", "VariantConfiguration").param("Argument", "Refresh").String()})
	}
	return cmds
}

// appIDText is the application ID for a step's changes.
func (p *planner) appIDText() string {
	if id := p.org.HybridApp.AppID; guid.Valid(id) {
		return strings.ToLower(id)
	}
	return appIDPlaceholder
}

// ewsAllowList puts the app's ID on the tenant's EWS allow list from the
// start of EWS retirement in Exchange Online to its end (CodeEWSRetirement:
// MC1227454's dates, read through third-party copies;
// https://learn.microsoft.com/powershell/module/exchange/set-organizationconfig).
// The list replaces the previous one, so the IDs of other applications that
// still use EWS go on it too. From the end on, only Graph permissions
// remain, which need Exchange SE May 2026 HU on every server.
func (p *planner) ewsAllowList() {
	if p.on.Before(ewsRetirementStart) || !p.on.Before(ewsRetirementEnd) {
		return
	}
	graph := "; or, with Exchange SE " + graphMinSE.String() + " or later on every server, grant it Graph permissions"
	if !p.graphReady() {
		graph = "; Graph permissions, the only way after " + ewsRetirementEnd.String() + ", need Exchange SE " + graphMinSE.String() + " or later on every server"
	}
	p.add(Step{
		ID: "ews/allow-list", Phase: PhaseFederation, Action: ActionUpdate, Where: LocationExchangeOnline, Target: "organization configuration",
		Summary: "Allow the dedicated app to use EWS in Exchange Online until EWS ends there on " + ewsRetirementEnd.String() + graph,
		Changes: []Change{{"EwsEnabled", "$true"}, {"EwsAllowedAppIDs", p.appIDText()}},
		Reason:  CodeEWSRetirement,
		Commands: []Command{p.appIDCommand(ShellEXO),
			{ShellEXO, "# -EwsAllowedAppIDs replaces the list: add the IDs of the other applications that still use EWS\n" +
				cmd("Set-OrganizationConfig").boolean("EwsEnabled", true).param("EwsAllowedAppIDs", "$hybridAppId").String()}},
	}, optional("hybrid-app/create"), optional("verify-domains"))
}

// sharedPrincipalBlocked reports whether the plan's day is on or after
// the day Exchange Online blocked the shared service principal for EWS.
func (p *planner) sharedPrincipalBlocked() bool {
	return p.on.IsValid() && !p.on.Before(federation.DedicatedHybridAppRequired)
}
