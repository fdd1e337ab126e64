package roles

import (
	"strconv"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/dnsname"
	"github.com/exhybrid/exhybrid/version"
)

// maxNetBIOSName is the longest NetBIOS computer name
// (https://learn.microsoft.com/windows/win32/sysinfo/computer-names).
// Exchange does not support a server with a longer name: it depends on
// NetBIOS names (Exchange Server Analyzer, "Server name too long",
// https://technet.microsoft.com/library/aa996445(v=exchg.80).aspx).
const maxNetBIOSName = 15

// computerNameProblem says why name cannot be the computer name of an
// Exchange server, or returns "" for a valid one. The NetBIOS computer name
// is the first label of the computer's DNS host name, so the DNS host name
// rules apply to it: letters A to Z, digits and hyphens, at most 15
// characters, and not only digits for a domain member
// (https://learn.microsoft.com/troubleshoot/windows-server/active-directory/naming-conventions-for-computer-domain-site-ou).
// Every Exchange server has a DNS host name (its FQDN; Edge Transport
// servers too, for EdgeSync and SMTP), and its name reaches the plan's
// commands, so nothing else is accepted.
func computerNameProblem(name string) string {
	if len(name) > maxNetBIOSName {
		return "is " + strconv.Itoa(len(name)) + " characters long; a computer name has at most " + strconv.Itoa(maxNetBIOSName)
	}
	digits := true
	for _, r := range name {
		switch {
		case r >= '0' && r <= '9':
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r == '-':
			digits = false
		default:
			return "contains " + strconv.QuoteRune(r) + "; a computer name has only letters A to Z, digits and hyphens"
		}
	}
	if digits {
		return "has only digits; a domain member's name needs a letter or hyphen"
	}
	return ""
}

// ValidateServer checks one server on its own and returns every finding,
// with paths relative to the server ("build", "roles"). A valid server gives
// no findings and costs no allocation.
//
// It checks the name and FQDN, that the build belongs to a known
// on-premises product and release, that the roles exist in that version and
// may share the server, and that the server is placed where its roles
// belong (only Edge Transport in the perimeter; no 2013 Mailbox-only server
// reachable from the Internet).
func ValidateServer(s Server) exhybrid.Findings {
	var fs exhybrid.Findings
	checkName(&fs, s)
	checkBuild(&fs, s)
	checkRoles(&fs, s)
	checkPlacement(&fs, s)
	return fs
}

func checkName(fs *exhybrid.Findings, s Server) {
	switch {
	case s.Name == "":
		fs.Add(rules, "name", CodeNameMissing, "Give the server its computer name", "the server has no name")
	default:
		if problem := computerNameProblem(s.Name); problem != "" {
			fs.Add(rules, "name", CodeNameInvalid, "Use the server's computer name (NetBIOS name) as Get-ExchangeServer shows it",
				"server name %q %s", s.Name, problem)
		}
	}
	if s.FQDN != "" {
		if err := dnsname.CheckFQDN(s.FQDN); err != nil {
			fs.Add(rules, "fqdn", CodeFQDNInvalid, "Give the server's fully qualified DNS name, such as ex01.corp.contoso.com",
				"FQDN %q of %s is not a fully qualified host name: %v", s.FQDN, s.Label(), err)
		}
	}
}

func checkBuild(fs *exhybrid.Findings, s Server) {
	b := s.Build
	if !b.IsValid() {
		fs.Add(rules, "build", CodeBuildMissing, "Set the build from Get-ExchangeServer or ExSetup.exe", "%s has no build number", s.Label())
		return
	}
	switch p := version.ProductOf(b); {
	case p == version.ExchangeOnline:
		fs.Add(rules, "build", CodeBuildNotOnPremises, "Use the on-premises server's own build",
			"%s has build %v, which is an Exchange Online build, not an on-premises server", s.Label(), b)
		return
	case !p.OnPremises():
		fs.Add(rules, "build", CodeBuildUnknownProduct, "Check the build number",
			"%s has build %v, which belongs to no Exchange 2007 to SE release", s.Label(), b)
		return
	}
	if r, ok := version.Lookup(b); ok {
		if k := r.Kind(); (r.Product == version.Exchange2007 || r.Product == version.Exchange2010) && (k == version.KindRTM || k == version.KindServicePack) {
			fs.Add(rules, "build", CodeBuildServicePackOnly, "Give the file version of ExSetup.exe (Get-Command ExSetup | ForEach {$_.FileVersionInfo})",
				"%s has build %v, %v itself; if it was read from AdminDisplayVersion, which names only the service pack, an update rollup may be installed", s.Label(), b, r)
		}
		return
	}
	if r, ok := version.Nearest(b); ok {
		fs.Add(rules, "build", CodeBuildUnlisted, "",
			"%s has build %v, which is not on Microsoft's list; it is treated as %v (%v)", s.Label(), b, r, r.Build)
		return
	}
	fs.Add(rules, "build", CodeBuildUnknown, "Check the build number",
		"%s has build %v, which is below every released %v build", s.Label(), b, version.ProductOf(b))
}

func checkRoles(fs *exhybrid.Findings, s Server) {
	if s.Roles.IsEmpty() {
		fs.Add(rules, "roles", CodeRolesEmpty, "List the installed roles", "%s has no server role", s.Label())
		return
	}
	p := version.ProductOf(s.Build)
	if p.OnPremises() {
		if extra := s.Roles.Minus(Available(s.Build)); !extra.IsEmpty() {
			fs.Add(rules, "roles", CodeRoleNotOffered, "Remove the roles this version does not have",
				"%s runs %v, which has no %v role (it offers %v)", s.Label(), p, extra, Available(s.Build))
		}
	}
	if s.IsEdge() && s.Roles.Len() > 1 {
		fs.Add(rules, "roles", CodeEdgeCombined, "Install Edge Transport on a server of its own",
			"%s combines Edge Transport with %v; Edge Transport cannot share a server with another role", s.Label(), s.Roles.Without(RoleEdgeTransport))
	}
	if s.ClusteredMailbox {
		switch {
		case p != version.Exchange2007 && p.OnPremises():
			fs.Add(rules, "clusteredMailbox", CodeClusteredNot2007, "Clear clusteredMailbox; use a database availability group",
				"%s runs %v; clustered mailbox servers exist only in Exchange 2007", s.Label(), p)
		case s.Roles != Of(RoleMailbox):
			fs.Add(rules, "roles", CodeClusteredRoles, "Install only the Mailbox role on a clustered mailbox server",
				"%s is a clustered mailbox server with %v; only the Mailbox role can be installed on a cluster", s.Label(), s.Roles)
		}
	}
	if s.EdgeSync && !s.IsEdge() {
		fs.Add(rules, "edgeSync", CodeEdgeSyncNotEdge, "Clear edgeSync on servers without the Edge Transport role",
			"%s has an Edge Subscription but no Edge Transport role", s.Label())
	}
}

// internalRoles are the roles that must stay inside the organization.
var internalRoles = Of(RoleMailbox, RoleClientAccess, RoleHubTransport, RoleUnifiedMessaging)

func checkPlacement(fs *exhybrid.Findings, s Server) {
	if s.Perimeter && !s.Roles.Intersect(internalRoles).IsEmpty() {
		fs.Add(rules, "perimeter", CodeInternalInPerimeter, "Move the server into the internal network; only Edge Transport belongs in the perimeter",
			"%s has the %v role in the perimeter network", s.Label(), s.Roles.Intersect(internalRoles))
	}
	if s.IsEdge() && !s.Perimeter && s.Roles.Len() == 1 {
		fs.Add(rules, "perimeter", CodeEdgeNotInPerimeter, "Place the Edge Transport server in the perimeter network",
			"Edge Transport server %s is not in the perimeter network", s.Label())
	}
	if s.InternetFacing && s.Product() == version.Exchange2013 && s.Roles.Has(RoleMailbox) && !s.Roles.Has(RoleClientAccess) {
		fs.Add(rules, "internetFacing", CodeMailboxInternetFacing, "Publish a Client Access server instead and close the Mailbox server to the Internet",
			"Exchange 2013 Mailbox server %s is reachable from the Internet", s.Label())
	}
}
