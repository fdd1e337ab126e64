package hybrid

import (
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/internal/guid"
	"github.com/exhybrid/exhybrid/version"
)

// agentHostSuffix is the domain of the host names the Hybrid Agent
// registers: <guid>.resource.mailboxmigration.his.msappproxy.net
// (https://learn.microsoft.com/exchange/hybrid-deployment/hybrid-agent).
const agentHostSuffix = ".resource.mailboxmigration.his.msappproxy.net"

// validAgentHost reports whether h has the form of a Hybrid Agent host
// name: a GUID label followed by agentHostSuffix.
func validAgentHost(h string) bool {
	if len(h) <= len(agentHostSuffix) || !strings.EqualFold(h[len(h)-len(agentHostSuffix):], agentHostSuffix) {
		return false
	}
	return guid.Valid(h[:len(h)-len(agentHostSuffix)]) && dnsname.CheckFQDN(h) == nil
}

// options checks the Options fields Plan uses beyond the day: the wizard
// identifier, the transport options the organization decides, and the
// Hybrid Agent's host name. Validate passes only a day, so these findings
// come from Plan alone.
func (v *validator) options(opts Options, w *wizard) {
	org := v.org
	if opts.ID != "" && !guid.Valid(opts.ID) {
		v.add("options.id", CodeIDInvalid, "Give the identifier as a GUID, such as 6ba7b810-9dad-11d1-80b4-00c04fd430c8",
			"identifier %q is not a GUID", opts.ID)
	}
	t := opts.Transport
	if centralized := org.Features.Has(FeatureCentralizedTransport); t.Centralized && !centralized {
		v.add("options.transport.centralized", CodeOptionOverridden, "Add CentralizedTransport to features, or leave options.transport.centralized unset",
			"options.transport.centralized is set but the organization's features do not include CentralizedTransport; the features decide")
	}
	if t.Cloud != exhybrid.CloudUnknown && t.Cloud != org.Cloud {
		v.add("options.transport.cloud", CodeOptionOverridden, "Leave options.transport.cloud unset; the organization's cloud is used",
			"options.transport.cloud is %v but the organization's cloud is %v; the organization's cloud is used", t.Cloud, org.Cloud)
	}
	if t.ID != "" && !strings.EqualFold(t.ID, w.id) {
		v.add("options.transport.id", CodeOptionOverridden, "Pass the identifier in options.id and leave options.transport.id unset",
			"options.transport.id is %q but the plan uses the identifier %q of options.id (or derived from the tenant)", t.ID, w.id)
	}
	if opts.GraphFlow && v.appRules() {
		for i, s := range org.Servers {
			if s.IsEdge() || !s.Product().OnPremises() || (s.Product() == version.ExchangeSE && s.Build.AtLeast(graphMinSE)) {
				continue
			}
			v.add(serverPath(i).Child("build"), CodeGraphBuild, "Install Exchange SE "+graphMinSE.String()+" or later on "+s.Label()+", or leave graphFlow unset",
				"%s is on %v; the dedicated app's Graph flow needs Exchange SE %v (May 2026 hotfix update) or later on every server", s.Label(), s.Build, graphMinSE)
		}
	}
	switch {
	case opts.AgentURL == "":
	case org.Type.IsValid() && !capsOf(org.Type).HybridAgent:
		v.add("options.agentUrl", CodeAgentURLUnused, "Leave agentUrl unset, or choose ModernFull or ModernMinimal",
			"a %v hybrid publishes EWS and uses no Hybrid Agent; agentUrl %q is not used", org.Type, opts.AgentURL)
	case !validAgentHost(opts.AgentURL):
		v.add("options.agentUrl", CodeAgentURLInvalid, "Give the agent's host name only, as Get-MigrationEndpoint shows it in RemoteServer, such as 087f1c2e-8711-4176-ab4f-4b1c1777a350"+agentHostSuffix,
			"agentUrl %q is not a Hybrid Agent host name <guid>%s", opts.AgentURL, agentHostSuffix)
	}
}

// agentNote is the finding Plan adds for a modern hybrid without
// Options.AgentURL: the plan shows a placeholder where the agent's host
// name goes.
func agentNote(org Organization, opts Options) (exhybrid.Finding, bool) {
	if opts.AgentURL != "" || !capsOf(org.Type).HybridAgent {
		return exhybrid.Finding{}, false
	}
	return exhybrid.Finding{Path: "options.agentUrl", Severity: exhybrid.SeverityInfo, Code: CodeAgentURLMissing,
		Message: "no Hybrid Agent host name given; the plan shows the placeholder " + agentPlaceholder + " where the wizard sets it",
		Fix:     "After the wizard installs the agent, pass the RemoteServer that Get-MigrationEndpoint shows in Exchange Online as agentUrl"}, true
}

// agentPlaceholder stands for the Hybrid Agent's host name in commands
// when Options.AgentURL is empty.
const agentPlaceholder = "<guid>" + agentHostSuffix
