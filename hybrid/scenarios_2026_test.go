package hybrid

import (
	"slices"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
	"github.com/google/go-cmp/cmp"
)

// Days of the current-rules scenarios: the day before Exchange Online
// blocked the shared service principal for EWS, the day before EWS
// retirement in Exchange Online starts, and December 2026.
var (
	oct2025 = version.Date{Year: 2025, Month: 10, Day: 30}
	sep2026 = version.Date{Year: 2026, Month: 9, Day: 30}
	dec2026 = version.Date{Year: 2026, Month: 12, Day: 5}
)

// org2019CU15 is a classic full hybrid of two Exchange 2019 CU15 servers
// at build b.
func org2019CU15(b string) func(testing.TB) Organization {
	return func(t testing.TB) Organization {
		return modern(t, server("EX19-01", b, mbx, true), server("EX19-02", b, mbx, true))
	}
}

// org2013Only is an Exchange 2013 CU23 organization, its own hybrid
// servers.
func org2013Only(t testing.TB) Organization {
	return modern(t, server("EX2013-01", "15.0.1497.48", mbxCAS, true), server("EX2013-02", "15.0.1497.48", mbxCAS, true))
}

// seedSplit is the seed's Exchange 2007 organization with the Exchange 2013
// roles split over its two hybrid servers: EX2013-01 Client Access,
// EX2013-02 Mailbox.
func seedSplit(t testing.TB) Organization {
	org := seed(t)
	org.Servers[2].Roles = roles.Of(roles.RoleClientAccess)
	org.Servers[3].Roles = roles.Of(roles.RoleMailbox)
	org.Servers[3].InternetFacing = false
	return org
}

// scenario2026 is an organization judged on a day of its choice, with
// planning options beyond the day and identifier.
type scenario2026 struct {
	name string
	org  func(testing.TB) Organization
	on   version.Date
	opts func(*Options)
}

// scenarios2026 are the organizations of the rules of 2025 and 2026, on
// the days around their dates.
var scenarios2026 = []scenario2026{
	// 2019 CU15 without and with the April 2025 hotfix update, before
	// and after 2025-10-31
	// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app;
	// Apr25HU is 15.2.1748.24 in
	// https://github.com/microsoft/CSS-Exchange/blob/main/Shared/Get-ExchangeBuildVersionInformation.ps1).
	{name: "2019 CU15 at 15.2.1748.10 on 2025-10-30", org: org2019CU15("15.2.1748.10"), on: oct2025},
	// After 2025-10-31 the plan installs CU15 Apr25HU first:
	// upgrade/EX19-01 and upgrade/EX19-02 lead its steps, before the
	// app's
	// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app).
	{name: "2019 CU15 at 15.2.1748.10 on 2026-12-05", org: org2019CU15("15.2.1748.10"), on: dec2026},
	{name: "2019 CU15 at 15.2.1748.53 on 2025-10-30", org: org2019CU15("15.2.1748.53"), on: oct2025},
	{name: "2019 CU15 at 15.2.1748.53 on 2026-12-05", org: org2019CU15("15.2.1748.53"), on: dec2026},
	// Exchange 2013 never got the April 2025 update: no app steps, a
	// warning per server with the way out. The wizard configures
	// OAuth (every server 2013 CU5 or later).
	{name: "a 2013-only hybrid on 2026-12-05", org: org2013Only, on: dec2026},
	// SE before and after EWS retirement in Exchange Online starts
	// (2026-10-01, Microsoft 365 message center MC1227454, read through
	// third-party copies); its servers are past May26HU 15.2.2562.41,
	// so Graph permissions are open to it.
	{name: "an SE-only hybrid on 2026-09-30", org: orgSE, on: sep2026},
	{name: "an SE-only hybrid on 2026-12-05", org: orgSE, on: dec2026},
	{name: "an SE-only hybrid with its app configured, on 2026-12-05", org: func(t testing.TB) Organization {
		org := orgSE(t)
		org.HybridApp = HybridApp{Configured: true, AppID: "2d9b1f0a-5c3e-4b7a-9e61-0f8d2c4a7b13"}
		return org
	}, on: dec2026},
	// Seed 000 and the 2013/2007 server-roles page: "you can install
	// the server roles on separate servers ... However, the best
	// practice ... is to install both" on each: a note per server, no
	// error (https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles).
	{name: "the 2007 organization with a complete CAS/MBX split", org: seedSplit, on: dec2026},
	// The Graph flow, an option (MC1485116's details are third-party
	// copies): on SE May26HU servers its two steps follow the app's; on
	// 2019 servers an error per server, as the script refuses them
	// (-MinimumSU May26HU in
	// https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1).
	{name: "an SE-only hybrid with the Graph flow, on 2026-12-05", org: orgSE, on: dec2026,
		opts: func(o *Options) { o.GraphFlow = true }},
	{name: "a 2019 and SE hybrid with the Graph flow, on 2026-12-05", org: org2019AndSE, on: dec2026,
		opts: func(o *Options) { o.GraphFlow = true }},
}

// TestScenarios2026 runs scenarios2026, matching every finding and step
// with the scenario's golden files.
// Validate, which takes no options, gives the findings of Plan without
// its notes and without those about the options.
func TestScenarios2026(t *testing.T) {
	for _, tt := range scenarios2026 {
		t.Run(tt.name, func(t *testing.T) {
			org := tt.org(t)
			opts := Options{Date: tt.on, ID: testID}
			if tt.opts != nil {
				tt.opts(&opts)
			}
			p, fs := Plan(org, opts)
			checkFindings(t, tt.name, fs)
			checkSteps(t, tt.name, p)
			fromOptions := func(f findingtest.Key) bool { return f.Code == CodeGraphBuild }
			if diff := findingtest.DiffInOrder(slices.DeleteFunc(findingtest.List(withoutPlanNotes(fs)), fromOptions), Validate(org, tt.on)); diff != "" {
				t.Errorf("Validate and Plan disagree (-plan +validate):\n%s", diff)
			}
			checkPlanInvariants(t, p)
		})
	}
}

// TestSharedPrincipalUpload checks the OAuth step's manual registration
// with the shared Exchange Online service principal: shown before
// 2025-10-31, replaced by the dedicated app's steps after it where a
// server can run the app, and replaced by a note saying why where none can
// (https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app).
func TestSharedPrincipalUpload(t *testing.T) {
	const upload = "Register the on-premises authorization certificate"
	const blocked = "Do not register the authorization certificate with the shared Exchange Online service principal"
	tests := []struct {
		name            string
		org             func(testing.TB) Organization
		on              version.Date
		upload, blocked bool
	}{
		{"2019 before 2025-10-31", org2019CU15("15.2.1748.53"), oct2025, true, false},
		{"2019 after 2025-10-31", org2019CU15("15.2.1748.53"), dec2026, false, false},
		{"2013 after 2025-10-31", org2013Only, dec2026, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := Plan(tt.org(t), Options{Date: tt.on, ID: testID})
			text := commandText(stepByID(t, p, "oauth/on-premises"))
			if got := strings.Contains(text, upload); got != tt.upload {
				t.Errorf("upload to the shared service principal shown: %v, want %v\n%s", got, tt.upload, text)
			}
			if got := strings.Contains(text, blocked); got != tt.blocked {
				t.Errorf("note on the blocked service principal: %v, want %v\n%s", got, tt.blocked, text)
			}
		})
	}
}

// TestAppIDPlaceholder checks that an unknown application ID is a marked
// placeholder guarded so that the script stops, never a made-up GUID, and
// that a known one is used as given.
func TestAppIDPlaceholder(t *testing.T) {
	org := orgSE(t)
	p, _ := Plan(org, Options{Date: dec2026, ID: testID})
	for _, id := range []string{"hybrid-app/auth-server", "ews/allow-list"} {
		s := stepByID(t, p, id)
		if !slices.ContainsFunc(s.Commands, func(c Command) bool { return strings.HasSuffix(c.Text, "\n"+appIDGuard) }) ||
			!strings.Contains(commandText(s), appIDPlaceholder) {
			t.Errorf("%s without the placeholder and its guard:\n%s", id, commandText(s))
		}
	}
	const known = "2d9b1f0a-5c3e-4b7a-9e61-0f8d2c4a7b13"
	org.HybridApp.AppID = known
	p, _ = Plan(org, Options{Date: dec2026, ID: testID})
	if slices.Contains(stepIDs(p), "hybrid-app/create") {
		t.Error("an app with a known ID is created again")
	}
	for _, id := range []string{"hybrid-app/auth-server", "ews/allow-list"} {
		s := stepByID(t, p, id)
		if text := commandText(s); strings.Contains(text, appIDPlaceholder) || strings.Contains(text, appIDGuard) || !strings.Contains(text, "'"+known+"'") {
			t.Errorf("%s does not use the known ID:\n%s", id, text)
		}
	}
}

// TestDedicatedAppUpdates checks what the plan does about the app's
// builds: a 2019 CU15 server without Apr25HU gets the newest public update
// of CU15, which holds it (Oct25SU, 15.2.1748.39), as a package, and a
// 2019 server on an older CU runs CU15's setup first; the clean-up of the first-party service principal waits
// while an Exchange 2013 server remains, which the clean-up would leave "in
// a broken hybrid state" (ConfigureExchangeHybridApplication.ps1,
// https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1).
func TestDedicatedAppUpdates(t *testing.T) {
	p, _ := Plan(org2019CU15("15.2.1748.10")(t), Options{Date: dec2026, ID: testID})
	up := stepByID(t, p, "upgrade/EX19-01")
	if diff := cmp.Diff([]Change{{"Build", "15.2.1748.10 → 15.2.1748.39"}}, up.Changes); diff != "" || up.Reason != CodeHybridAppBuild {
		t.Errorf("upgrade step, reason %v (-want +got):\n%s", up.Reason, diff)
	}
	if text := commandText(up); text != "On EX19-01: install the Exchange Server 2019 CU15 Oct25SU package (15.2.1748.39)\n" {
		t.Errorf("upgrade command: %s", text)
	}
	p, _ = Plan(org2019CU15("15.2.1544.4")(t), Options{Date: dec2026, ID: testID})
	if text := commandText(stepByID(t, p, "upgrade/EX19-01")); text != "On EX19-01: run the Exchange Server 2019 CU15 setup: Setup.exe /Mode:Upgrade (with the license switch of that release), then install the Exchange Server 2019 CU15 Oct25SU package (15.2.1748.39)\n" {
		t.Errorf("upgrade command from CU14: %s", text)
	}
	p, _ = Plan(org2013And2016(t), Options{Date: dec2026, ID: testID})
	ids := stepIDs(p)
	if !slices.Contains(ids, "hybrid-app/setting-override") || slices.Contains(ids, "hybrid-app/first-party-credentials") {
		t.Errorf("2013 and 2016: app steps %v", ids)
	}
}

// TestLicenseSteps checks who licenses each hybrid server: the wizard's
// free Hybrid key for Exchange 2013, 2016 and 2019 (2019 since the 2022 H1
// wizard, https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs),
// the administrator for SE, for which no free hybrid key is in the sources.
func TestLicenseSteps(t *testing.T) {
	tests := []struct {
		org      func(testing.TB) Organization
		step     string
		byWizard bool
	}{
		{seed, "license/EX2013-01", true},
		{org2016And2019, "license/EX2019-01", true},
		{orgSE, "license/EXSE-01", false},
	}
	for _, tt := range tests {
		p, _ := Plan(tt.org(t), Options{Date: dec2026, ID: testID})
		if s := stepByID(t, p, tt.step); s.ByWizard != tt.byWizard || s.Reason != ReasonLicense {
			t.Errorf("%s: byWizard %v, reason %v; want %v, %v", tt.step, s.ByWizard, s.Reason, tt.byWizard, ReasonLicense)
		}
	}
}
