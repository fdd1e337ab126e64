package hybrid

import (
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// stepCommands returns the commands of the step with id in p, which must
// have one.
func stepCommands(t testing.TB, p DeploymentPlan, id string) []Command {
	t.Helper()
	i := stepIndex(p, id)
	require.GreaterOrEqual(t, i, 0, "no step %s", id)
	return p.Steps[i].Commands
}

// TestUpdateCommands checks the commands of Updates that must keep what
// the administrator has: each case changes the desired state of orgSE
// (diffTest) and names the commands of one step.
func TestUpdateCommands(t *testing.T) {
	const app = "0b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
	const other = "11111111-2222-3333-4444-555555555555"
	withApp := func(o *Organization) { o.HybridApp.AppID = app }
	tests := []struct {
		diffTest
		step string
		want []Command
	}{{
		// -EwsAllowedAppIDs writes the whole list: the other application
		// stays on it, and EWS, already enabled, is not set.
		diffTest: diffTest{name: "another application on the EWS allow list", org: withApp,
			current: func(inv *inventory.Inventory) { inv.Online.OrganizationConfigs[0].EwsAllowedAppIDs = []string{other} }},
		step: "ews/allow-list",
		want: []Command{{ShellEXO, "Set-OrganizationConfig -EwsAllowedAppIDs @('" + other + "','" + app + "')"}},
	}, {
		diffTest: diffTest{name: "EWS disabled, the app listed", org: withApp,
			current: func(inv *inventory.Inventory) {
				off := false
				inv.Online.OrganizationConfigs[0].EwsEnabled = &off
				inv.Online.OrganizationConfigs[0].EwsAllowedAppIDs = []string{app}
			}},
		step: "ews/allow-list",
		want: []Command{{ShellEXO, "Set-OrganizationConfig -EwsEnabled $true"}},
	}, {
		// Another policy of a hybrid domain lacks the coexistence
		// address; Default Policy has it and is left alone.
		diffTest: diffTest{name: "a second address policy without the coexistence address",
			current: func(inv *inventory.Inventory) {
				inv.EmailAddressPolicies = append(inv.EmailAddressPolicies, inventory.EmailAddressPolicy{Name: "Sales", Priority: "1",
					EnabledPrimarySMTPAddressTemplate: "SMTP:%m@contoso.com", EnabledEmailAddressTemplates: []string{"SMTP:%m@contoso.com"}})
			}},
		step: "domains/address-policy",
		want: []Command{
			{ShellEMS, "Set-EmailAddressPolicy 'Sales' -EnabledEmailAddressTemplates @{'Add'='smtp:%m@contoso.mail.onmicrosoft.com'}"},
			{ShellEMS, "Update-EmailAddressPolicy 'Sales' -UpdateSecondaryAddressesOnly"},
		},
	}, {
		diffTest: diffTest{name: "a smart host on the DNS-routed Send connector",
			current: func(inv *inventory.Inventory) {
				inv.SendConnectors[0].SmartHosts = []string{"contoso-com.mail.protection.outlook.com"}
			}},
		step: "mailflow/send",
		want: []Command{{ShellEMS, "Set-SendConnector 'Outbound to Office 365' -SmartHosts $null"}},
	}, {
		// A partner's entry beside the wizard's: nothing to change.
		diffTest: diffTest{name: "a partner's TLS domain capability",
			current: func(inv *inventory.Inventory) {
				r := &inv.ReceiveConnectors[0]
				r.TLSDomainCapabilities = append(r.TLSDomainCapabilities, transport.MustParseTLSDomainCapability("partner.fabrikam.com:AcceptOorgProtocol"))
			}},
		step: "mailflow/receive/EXSE-01",
		want: nil,
	}, {
		// The partner's entry alone: the wizard's is added, the partner's
		// kept.
		diffTest: diffTest{name: "a partner's TLS domain capability instead of the wizard's",
			current: func(inv *inventory.Inventory) {
				inv.ReceiveConnectors[0].TLSDomainCapabilities = []transport.TLSDomainCapability{transport.MustParseTLSDomainCapability("partner.fabrikam.com:AcceptOorgProtocol")}
			}},
		step: "mailflow/receive/EXSE-01",
		want: []Command{{ShellEMS, `Set-ReceiveConnector 'EXSE-01\Default Frontend EXSE-01' -TlsDomainCapabilities @{'Add'='mail.protection.outlook.com:AcceptCloudServicesMail'}`}},
	}, {
		// The wizard log's connector names and no OnPremisesOrganization:
		// the one to create names the connectors that exist.
		diffTest: diffTest{name: "no OnPremisesOrganization beside the log's connector names",
			current: func(inv *inventory.Inventory) {
				inv.Online.OutboundConnectors[0].Name = "Outbound to " + testID
				inv.Online.OnPremisesOrganizations = nil
			}},
		step: "mailflow/on-premises-organization",
		want: []Command{{ShellEXO, "New-OnPremisesOrganization -Name 'Contoso' -HybridDomains @('contoso.com') -InboundConnector 'Inbound from " + testID +
			"' -OutboundConnector 'Outbound to " + testID + "' -OrganizationRelationship 'O365 to On-premises - " + testID + "' -OrganizationName 'Contoso' -OrganizationGuid '" + testID + "'"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.plan(t)
			if diff := cmp.Diff(tt.want, stepCommands(t, p, tt.step)); diff != "" {
				t.Errorf("commands of %s (-want +got):\n%s", tt.step, diff)
			}
			checkPlanInvariants(t, p)
		})
	}
}

// TestNoTenant plans orgSE without a tenant (and so without a connector
// identifier) against the state of orgSE: no summary, target or change
// holds an empty tenant,
// the steps whose objects' names need it are not observed and say so,
// and the EvoSts domains are the hybrid domains alone.
func TestNoTenant(t *testing.T) {
	org, opts := orgSE(t), Options{Date: day}
	opts.Current = desiredInventory(t, org, Options{Date: day, ID: testID})
	org.Tenant = ""
	p, _ := Plan(org, opts)
	for _, s := range p.Steps {
		texts := []string{s.Summary, s.Target}
		for _, c := range s.Changes {
			texts = append(texts, c.Value)
		}
		for _, text := range texts {
			if strings.Contains(text, "  ") || strings.HasSuffix(text, " ") || strings.HasPrefix(text, ", ") {
				t.Errorf("step %s: %q holds an empty value", s.ID, text)
			}
		}
	}
	for _, id := range []string{"mailflow/inbound", "mailflow/outbound"} {
		i := stepIndex(p, id)
		require.GreaterOrEqual(t, i, 0, id)
		if s := p.Steps[i]; s.Observation != ObservationNotObserved || !strings.Contains(s.Target, "the tenant is not known") {
			t.Errorf("step %s: %v, target %q", id, s.Observation, s.Target)
		}
	}
	i := stepIndex(p, "hybrid-app/auth-server")
	require.GreaterOrEqual(t, i, 0)
	if diff := cmp.Diff([]Change{{"ApplicationIdentifier", appIDPlaceholder}, {"DomainName", "contoso.com"}}, p.Steps[i].Changes); diff != "" {
		t.Errorf("auth-server changes (-want +got):\n%s", diff)
	}
}

// TestConnectorNamesAreNotDNSNames checks that a connector's name is
// compared without regard to case but with its trailing dot: "Default
// Frontend EXSE-01." is another connector than the wizard's, which is
// then not observed, while another case names the same connector.
func TestConnectorNamesAreNotDNSNames(t *testing.T) {
	tests := []struct {
		name   string
		rename func(string) string
		want   Observation
	}{
		{"a trailing dot", func(n string) string { return n + "." }, ObservationNotObserved},
		{"another case", strings.ToUpper, ObservationObserved},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := diffTest{current: func(inv *inventory.Inventory) {
				for i := range inv.ReceiveConnectors {
					inv.ReceiveConnectors[i].Name = tt.rename(inv.ReceiveConnectors[i].Name)
				}
			}}.plan(t)
			i := stepIndex(p, "mailflow/receive/EXSE-01")
			require.GreaterOrEqual(t, i, 0)
			if got := p.Steps[i].Observation; got != tt.want {
				t.Errorf("observation %v, want %v", got, tt.want)
			}
		})
	}
}
