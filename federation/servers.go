package federation

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// org summarizes the on-premises servers that take part in sharing. Edge
// Transport servers are left out: they carry mail only and hold no
// mailboxes, web services or sharing objects.
type org struct {
	servers int // servers with an on-premises build
	has     [version.ExchangeOnline + 1]bool
	// legacy: an Exchange 2007 or 2010 server.
	legacy bool
	// modern: an Exchange 2013 or later server.
	modern bool
	// below2013CU5: an Exchange 2013 server before CU5.
	below2013CU5 bool
	// below2013SP1: a server older than Exchange 2013 SP1 (a 2007, 2010 or
	// 2013 RTM to CU3 server).
	below2013SP1 bool
	// frontEnd: an Exchange 2013 SP1 or later server with the Client Access
	// and Mailbox roles, or a 2016 or later Mailbox server, which holds both
	// (https://learn.microsoft.com/exchange/architecture/architecture).
	frontEnd bool
	// clientProxy: an Exchange 2013 or later server that proxies client
	// requests: a 2013 Client Access server or a 2016 or later Mailbox
	// server (roles.Provides).
	clientProxy bool
	// mailbox2007, mailbox2010: an Exchange 2007 or an Exchange 2010
	// Mailbox server.
	mailbox2007, mailbox2010 bool
	// appCapable: an Exchange 2016 or later server, whose version can run
	// the dedicated hybrid app (with its April 2025 hotfix update; SE at
	// any build).
	appCapable bool
}

// survey summarizes servers.
func survey(servers []roles.Server) org {
	var o org
	for _, s := range servers {
		p := s.Product()
		if s.IsEdge() || !p.OnPremises() {
			continue
		}
		o.servers++
		o.has[p] = true
		if p < version.Exchange2013 {
			o.legacy = true
			o.below2013SP1 = true
			if s.Roles.Has(roles.RoleMailbox) {
				o.mailbox2007 = o.mailbox2007 || p == version.Exchange2007
				o.mailbox2010 = o.mailbox2010 || p == version.Exchange2010
			}
			continue
		}
		o.modern = true
		o.appCapable = o.appCapable || p >= version.Exchange2016
		if p == version.Exchange2013 {
			if !s.Build.AtLeast(version.Exchange2013CU5) {
				o.below2013CU5 = true
			}
			if !s.Build.AtLeast(version.Exchange2013SP1) {
				o.below2013SP1 = true
			}
		}
		if isFrontEnd(s) {
			o.frontEnd = true
		}
		if s.Provides().Has(roles.ServiceClientProxy) {
			o.clientProxy = true
		}
	}
	return o
}

// isFrontEnd reports whether s can front hybrid EWS requests in a mixed
// organization using OAuth: Exchange 2013 SP1 or later with both the Client
// Access and Mailbox roles
// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help,
// step 8), which a 2016 or later Mailbox server has in one role.
func isFrontEnd(s roles.Server) bool {
	switch p := s.Product(); {
	case p == version.Exchange2013:
		return s.Build.AtLeast(version.Exchange2013SP1) && s.Roles.Has(roles.RoleMailbox) && s.Roles.Has(roles.RoleClientAccess)
	case p > version.Exchange2013 && p.OnPremises():
		return s.Roles.Has(roles.RoleMailbox)
	}
	return false
}

// checkLegacyFreeBusy applies the rules for free/busy of Exchange 2007 and
// 2010 mailboxes over organization relationships
// (https://learn.microsoft.com/exchange/sharing-exchange-2013-help,
// "Coexistence with Exchange 2007", "Coexistence with Exchange 2010" and
// limitation 3). Paths are "servers[i]…", or "servers" for the list.
//
// The two sections differ in reach. Exchange 2007 has no organization
// relationships of its own (New-OrganizationRelationship applies from
// Exchange 2010, https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship):
// its mailboxes need SP2 and a 2013 or later client access front end
// whatever else the organization runs. The Exchange 2010 section speaks of
// "organizations that contain both Exchange 2010 and Exchange 2013
// servers", so its rules (SP2, a 2013 or later client access front end)
// apply only when a 2013 or later server is present: an organization of
// Exchange 2010 alone shares over its own relationships, as an Exchange
// 2010-based hybrid deployment does
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites),
// and that page's update rule, not this one, sets its service pack.
//
// The page, written for Exchange 2013, asks for "at least one Exchange 2013
// Client Access server"; an Exchange 2016 or later Mailbox server holds the
// same client access front end, so it is accepted too.
func checkLegacyFreeBusy(fs *exhybrid.Findings, servers []roles.Server, o org) {
	for i, s := range servers {
		if s.IsEdge() {
			continue
		}
		switch s.Product() {
		case version.Exchange2007:
			if s.Roles.Has(roles.RoleMailbox) && !s.Build.AtLeast(version.Exchange2007SP2) {
				fs.Add(rules, serverPath(i).Child("build"), CodeLegacyFreeBusyBelowSP2,
					"Update "+s.Label()+" to Exchange 2007 SP2 or later",
					"Exchange 2007 Mailbox server %s runs %v; its users can use organization relationships only from Exchange 2007 SP2", s.Label(), s.Build)
			}
			if s.Roles.Has(roles.RoleClientAccess) {
				fs.Add(rules, serverPath(i), CodeQueryInterval2007,
					`Add <add key="maximumQueryIntervalDays" value="62" /> to appSettings in the EWS web.config of `+s.Label()+" and restart IIS",
					"Exchange 2007 Client Access server %s answers free/busy requests for at most 42 days by default; Exchange 2013 and later may ask for 62, and such requests fail", s.Label())
			}
		case version.Exchange2010:
			if o.modern && (s.Roles.Has(roles.RoleMailbox) || s.Roles.Has(roles.RoleClientAccess)) && !s.Build.AtLeast(version.Exchange2010SP2) {
				fs.Add(rules, serverPath(i).Child("build"), CodeLegacyFreeBusyBelowSP2,
					"Update "+s.Label()+" to Exchange 2010 SP2 or later",
					"Exchange 2010 server %s runs %v; next to Exchange 2013 or later, Exchange 2010 Client Access and Mailbox servers need SP2 for organization relationships", s.Label(), s.Build)
			}
		}
	}
	if o.clientProxy {
		return
	}
	switch {
	case o.mailbox2007:
		fs.Add(rules, "servers", CodeLegacyFreeBusyNeeds2013,
			"Install an Exchange 2013 or later server with the Client Access role",
			"the organization has Exchange 2007 mailboxes but no Exchange 2013 or later client access front end; their users cannot use organization relationships")
	case o.mailbox2010 && o.modern:
		fs.Add(rules, "servers", CodeLegacyFreeBusyNeeds2013,
			"Install an Exchange 2013 or later server with the Client Access role",
			"the organization has Exchange 2010 mailboxes and Exchange 2013 or later servers, but no Exchange 2013 or later client access front end; the 2010 users cannot use organization relationships")
	}
}

func serverPath(i int) exhybrid.Path { return exhybrid.Path("servers").Index(i) }
