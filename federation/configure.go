package federation

import "github.com/exhybrid/exhybrid"

// Configuration is what the Hybrid Configuration Wizard sets up between
// the two organizations for sharing: the authentication method with the
// objects it implies, and the pair of organization relationships.
type Configuration struct {
	Auth          Choice `json:"auth"`          // DAuth or OAuth, why, and the trust and OAuth objects it needs
	Relationships Pair   `json:"relationships"` // the organization relationships the wizard creates on each side
}

// Configure chooses the authentication method for the servers in p and
// builds the organization relationships, checking p once. Its findings are
// about p, with paths relative to it ("servers[2].build", "domains[0]",
// "autodiscoverUrl"), and carry the notes that go with the choice.
//
// It models Classic Full and Modern Full hybrid, the types in which the
// wizard sets up either method
// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-options);
// Edge Transport servers are left out:
//
//	no server 2013 or later          DAuth (OAuth objects exist from 2013)
//	Exchange 2007 or 2010 remains    DAuth by the wizard; OAuth by hand with p.ManualOAuth,
//	                                 given a 2013 SP1+ server with Client Access and Mailbox
//	a 2013 server before CU5         DAuth by the wizard; OAuth by hand with p.ManualOAuth
//	all 2013 CU5+, 2016, 2019, SE    OAuth by the wizard
//
// From [DedicatedHybridAppRequired] on (p.Date), OAuth by hand is neither
// recommended nor configured where no server runs Exchange 2016 or later:
// a note says why (the shared service principal is blocked for EWS, and
// Exchange 2013 cannot run the dedicated hybrid app), and p.ManualOAuth
// gets a warning and keeps DAuth.
//
// A federation trust comes with DAuth, and with OAuth too (the wizard's
// options list it for every full hybrid) unless p.TrustOnlyWithExchange2010
// is set and no Exchange 2010 server exists. Manual OAuth in an
// organization with servers older than 2013 SP1 adds the availability
// address space those servers need.
//
// The OAuth objects follow their creator. The wizard creates two
// authorization servers named with the GUID, "ACS - <ID>" (Azure Access
// Control Service; the name from transcriptions of wizard logs) and
// "EvoSts - <ID>" (Microsoft Entra ID,
// https://learn.microsoft.com/microsoft-365/enterprise/configure-exchange-server-for-hybrid-modern-authentication),
// and discovers Exchange Online at autodiscover-s.outlook.com; Microsoft's
// manual steps create only "evoSTS" and use outlook.office365.com. The
// findings also carry the rules for Exchange 2007 and 2010 mailboxes (SP2,
// a 2013 or later client access front end, the 2007 42-day free/busy
// limit).
//
// The relationships: on premises, "On-premises to O365 - <ID>" shares with
// the tenant's coexistence domain; in Exchange Online, "O365 to On-premises
// - <CloudID>" shares with the hybrid domains. Both are enabled, with
// free/busy at LimitedDetails (time, subject and location: the hybrid
// default on both sides, https://learn.microsoft.com/exchange/shared-free-busy),
// MailTips at All and delivery reports on; the on-premises one also allows
// mailbox moves and remote archives. These settings are the wizard's as its
// logs show them (third-party transcriptions; FreeBusyChecker expects the
// same, https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremDAuthFunctions.ps1).
// PhotosEnabled is set on both when a server runs Exchange 2013 or later:
// the parameter exists from the 2013 cmdlets
// (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship),
// which such a server runs whatever 2007 or 2010 servers remain. The
// targets: on premises, the cloud's TargetApplicationUri and WS-Security
// Autodiscover URL ([Endpoints]) and the TargetOwaURL p.OWAForm selects; in
// Exchange Online, the organization identifier FYDIBOHF25SPDLT.<primary
// domain>, p.AutodiscoverURL with /WSSecurity, and p.OWAURL. When p has an
// error the relationships are zero; warnings (such as a value unknown for
// the tenant's cloud) leave the affected field empty.
//
// With p.Checked, findings of the rules about one input on its own (the
// tenant, the cloud, the ID, the servers and domains being there) are left
// out: the caller has reported them in its own terms.
func Configure(p Params) (Configuration, exhybrid.Findings) {
	var fs exhybrid.Findings
	o := survey(p.Servers)
	if o.servers == 0 {
		fs.Addf("servers", exhybrid.SeverityError, CodeServersMissing, "List the on-premises Exchange servers",
			"no on-premises Exchange server: the method and the relationships depend on their versions")
		return Configuration{}, checked(p, fs)
	}
	var pfs exhybrid.Findings
	r := checkParams(&pfs, p)
	var c Configuration
	c.Auth = chooseAuth(&fs, p, o, r)
	c.Relationships = relationships(&fs, p, o, r, pfs.HasErrors())
	fs = append(fs, pfs...)
	return c, checked(p, fs)
}

// checked leaves out the input rules' findings when p.Checked says the
// caller reports them.
func checked(p Params, fs exhybrid.Findings) exhybrid.Findings {
	if !p.Checked {
		return fs
	}
	return rules.WithoutInputs(fs)
}
