package roles

import "github.com/exhybrid/exhybrid"

// Finding codes of this package. Each states its rule, its severity and its
// source; the package documentation lists them all.
const (
	// CodeNameMissing reports a server without a name. Every Exchange server
	// is a computer with a name, which the other rules use to refer to it.
	CodeNameMissing exhybrid.Code = "roles/name-missing"

	// CodeNameInvalid reports a server name that cannot be the computer name
	// of a domain member: longer than 15 characters, only digits, or with a
	// character other than the letters A to Z, digits and hyphens that DNS
	// host names allow.
	CodeNameInvalid exhybrid.Code = "roles/name-invalid"

	// CodeFQDNInvalid reports a server FQDN that is not a fully qualified DNS
	// host name (letters, digits and hyphens, at least two labels).
	CodeFQDNInvalid exhybrid.Code = "roles/fqdn-invalid"

	// CodeBuildMissing reports a server without a build number: every rule
	// about versions depends on it.
	CodeBuildMissing exhybrid.Code = "roles/build-missing"

	// CodeBuildUnknownProduct reports a build that belongs to no Exchange
	// product this library knows (8.0-8.3, 14.0-14.3, 15.0, 15.1, 15.2).
	CodeBuildUnknownProduct exhybrid.Code = "roles/build-unknown-product"

	// CodeBuildNotOnPremises reports an Exchange Online build (15.20 and
	// later) given for an on-premises server.
	CodeBuildNotOnPremises exhybrid.Code = "roles/build-not-on-premises"

	// CodeBuildUnknown reports a build below every release of its service
	// pack or version in Microsoft's build list: a pre-release or a typing
	// mistake.
	CodeBuildUnknown exhybrid.Code = "roles/build-unknown"

	// CodeBuildUnlisted notes a build that is not on Microsoft's list but
	// follows a listed release, such as an interim hotfix; the rules treat the
	// server as being on that release.
	CodeBuildUnlisted exhybrid.Code = "roles/build-unlisted"

	// CodeBuildServicePackOnly notes an Exchange 2007 or 2010 build that is
	// exactly a release to manufacturing or service pack: the
	// AdminDisplayVersion of these versions names only the service pack, so
	// a build read from it hides the update rollup installed. The file
	// version of ExSetup.exe is the build the rules need.
	CodeBuildServicePackOnly exhybrid.Code = "roles/build-service-pack-only"

	// CodeRolesEmpty reports a server with no role: Exchange setup always
	// installs at least one.
	CodeRolesEmpty exhybrid.Code = "roles/roles-empty"

	// CodeRoleNotOffered reports a role the server's version does not have:
	// Hub Transport or Unified Messaging on 2013 and later, Client Access on
	// 2016 and later, Edge Transport on 2013 before SP1 (see [Available]).
	CodeRoleNotOffered exhybrid.Code = "roles/role-not-offered"

	// CodeEdgeCombined reports an Edge Transport server with another role:
	// the Edge Transport role cannot share a computer with any other role, in
	// every version.
	CodeEdgeCombined exhybrid.Code = "roles/edge-combined"

	// CodeClusteredRoles reports an Exchange 2007 clustered mailbox server
	// with a role other than Mailbox: only the Mailbox role can be installed
	// on a cluster node.
	CodeClusteredRoles exhybrid.Code = "roles/clustered-roles"

	// CodeClusteredNot2007 reports a clustered mailbox server that is not
	// Exchange 2007: clustered mailbox servers are an Exchange 2007 design,
	// replaced by database availability groups in 2010.
	CodeClusteredNot2007 exhybrid.Code = "roles/clustered-not-2007"

	// CodeInternalInPerimeter reports a Mailbox, Client Access, Hub Transport
	// or Unified Messaging server placed in the perimeter network: only Edge
	// Transport servers belong there, and Mailbox and Client Access servers in
	// a perimeter network are not supported.
	CodeInternalInPerimeter exhybrid.Code = "roles/internal-in-perimeter"

	// CodeEdgeNotInPerimeter reports an Edge Transport server that is not in
	// the perimeter network, where it is designed to run, outside the
	// internal Active Directory forest.
	CodeEdgeNotInPerimeter exhybrid.Code = "roles/edge-not-in-perimeter"

	// CodeMailboxInternetFacing reports an Exchange 2013 Mailbox server
	// without the Client Access role that is reachable from the Internet:
	// Mailbox servers must not be; clients reach them through Client Access.
	CodeMailboxInternetFacing exhybrid.Code = "roles/mailbox-internet-facing"

	// CodeEdgeSyncNotEdge reports an Edge Subscription on a server that is
	// not an Edge Transport server: only Edge Transport servers subscribe to
	// an Active Directory site.
	CodeEdgeSyncNotEdge exhybrid.Code = "roles/edgesync-not-edge"

	// CodeDuplicateName reports two servers with the same name (ignoring
	// case, as Windows does).
	CodeDuplicateName exhybrid.Code = "roles/duplicate-name"

	// CodeDuplicateFQDN reports two servers with the same FQDN.
	CodeDuplicateFQDN exhybrid.Code = "roles/duplicate-fqdn"

	// CodeSiteWithoutHub reports an Active Directory site with an Exchange
	// 2007 Mailbox server but no Exchange 2007 Hub Transport server: its
	// users can log on but cannot send or receive mail.
	CodeSiteWithoutHub exhybrid.Code = "roles/site-without-hub"

	// CodeSiteWithoutClientAccess reports an Active Directory site with an
	// Exchange 2007 or 2013 Mailbox server but no Client Access server of the
	// same version: only Outlook (2007) or no client at all (2013) can reach
	// those mailboxes.
	CodeSiteWithoutClientAccess exhybrid.Code = "roles/site-without-client-access"

	// CodeCoexistenceUnsupported reports versions that cannot share one
	// organization: 2016 or later with 2007, 2019 or later with 2010, SE
	// with 2013. Setup of the newer version blocks.
	CodeCoexistenceUnsupported exhybrid.Code = "roles/coexistence-unsupported"

	// CodeCoexistenceBelowMinimum reports a server below the update its
	// version needs to coexist with a newer one: 2007 SP3 RU10 and 2010 SP3
	// with 2013 (and 2013 itself at CU2); 2010 SP3 RU11 and 2013 CU10 with
	// 2016; 2013 CU21 and 2016 CU11 with 2019. Edge Transport servers count.
	CodeCoexistenceBelowMinimum exhybrid.Code = "roles/coexistence-below-minimum"

	// CodeEdgeSyncBelowMinimum reports an Exchange 2007 or 2010 Hub Transport
	// server too old to synchronize with an Exchange 2013 SP1 or later Edge
	// Transport server: 2007 needs SP3 RU13, 2010 needs SP3 RU5. The rule
	// holds for the Hub Transport servers of the site the Edge subscribes
	// to; the model does not record that site, so it is a warning for every
	// such Hub Transport server.
	CodeEdgeSyncBelowMinimum exhybrid.Code = "roles/edgesync-below-minimum"
)

var rules = exhybrid.MustRuleTable([]exhybrid.Rule{
	{Code: CodeNameMissing, Severity: exhybrid.SeverityError, Summary: "the server has no name",
		Source: "https://learn.microsoft.com/windows/win32/sysinfo/computer-names"},
	{Code: CodeNameInvalid, Severity: exhybrid.SeverityError, Summary: "the name cannot be a NetBIOS computer name",
		Source: "https://learn.microsoft.com/windows/win32/sysinfo/computer-names https://learn.microsoft.com/troubleshoot/windows-server/active-directory/naming-conventions-for-computer-domain-site-ou https://technet.microsoft.com/library/aa996445(v=exchg.80).aspx"},
	{Code: CodeFQDNInvalid, Severity: exhybrid.SeverityError, Summary: "the FQDN is not a fully qualified host name",
		Source: "https://www.rfc-editor.org/rfc/rfc1123#section-2.1"},
	{Code: CodeBuildMissing, Severity: exhybrid.SeverityError, Summary: "the server has no build",
		Source: "https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates"},
	{Code: CodeBuildUnknownProduct, Severity: exhybrid.SeverityError, Summary: "the build belongs to no Exchange 2007 to SE release",
		Source: "https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates"},
	{Code: CodeBuildNotOnPremises, Severity: exhybrid.SeverityError, Summary: "the build is an Exchange Online build",
		Source: "https://github.com/microsoft/CSS-Exchange/blob/main/Shared/Get-ExchangeBuildVersionInformation.ps1"},
	{Code: CodeBuildUnknown, Severity: exhybrid.SeverityWarning, Summary: "the build is below every release of its version",
		Source: "https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates"},
	{Code: CodeBuildUnlisted, Severity: exhybrid.SeverityInfo, Summary: "the build is not listed; treated as the release before it",
		Source: "https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates"},
	{Code: CodeBuildServicePackOnly, Severity: exhybrid.SeverityInfo, Summary: "a 2007 or 2010 build at a service pack: maybe AdminDisplayVersion",
		Source: "https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates"},
	{Code: CodeRolesEmpty, Severity: exhybrid.SeverityError, Summary: "the server has no role",
		Source: "https://learn.microsoft.com/exchange/architecture/architecture"},
	{Code: CodeRoleNotOffered, Severity: exhybrid.SeverityError, Summary: "the version has no such role",
		Source: "https://learn.microsoft.com/exchange/what-s-new-in-exchange-2013-exchange-2013-help https://learn.microsoft.com/exchange/architecture/architecture"},
	{Code: CodeEdgeCombined, Severity: exhybrid.SeverityError, Summary: "Edge Transport shares the server with another role",
		Source: "https://learn.microsoft.com/exchange/install-the-exchange-2013-edge-transport-role-using-the-setup-wizard-exchange-2013-help https://learn.microsoft.com/exchange/plan-and-deploy/deploy-new-installations/install-mailbox-role"},
	{Code: CodeClusteredRoles, Severity: exhybrid.SeverityError, Summary: "a 2007 clustered mailbox server has a role other than Mailbox",
		Source: "https://learn.microsoft.com/exchange/only-the-mailbox-role-can-be-installed-on-a-cluster-server-clussvcinstalledroleblock-exchange-2013-help"},
	{Code: CodeClusteredNot2007, Severity: exhybrid.SeverityError, Summary: "a clustered mailbox server that is not Exchange 2007",
		Source: "https://learn.microsoft.com/exchange/only-the-mailbox-role-can-be-installed-on-a-cluster-server-clussvcinstalledroleblock-exchange-2013-help"},
	{Code: CodeInternalInPerimeter, Severity: exhybrid.SeverityError, Summary: "an internal role in the perimeter network",
		Source: "https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites https://learn.microsoft.com/exchange/client-access-server-exchange-2013-help"},
	{Code: CodeEdgeNotInPerimeter, Severity: exhybrid.SeverityWarning, Summary: "an Edge Transport server outside the perimeter network",
		Source: "https://learn.microsoft.com/exchange/architecture/architecture https://learn.microsoft.com/exchange/install-the-exchange-2013-edge-transport-role-using-the-setup-wizard-exchange-2013-help"},
	{Code: CodeMailboxInternetFacing, Severity: exhybrid.SeverityError, Summary: "a 2013 Mailbox-only server reachable from the Internet",
		Source: "https://learn.microsoft.com/exchange/mailbox-server-exchange-2013-help"},
	{Code: CodeEdgeSyncNotEdge, Severity: exhybrid.SeverityError, Summary: "an Edge Subscription on a server that is not Edge Transport",
		Source: "https://learn.microsoft.com/exchange/architecture/architecture"},
	{Code: CodeDuplicateName, Severity: exhybrid.SeverityError, Summary: "two servers share a name",
		Source: "https://learn.microsoft.com/windows/win32/sysinfo/computer-names"},
	{Code: CodeDuplicateFQDN, Severity: exhybrid.SeverityError, Summary: "two servers share an FQDN",
		Source: "https://learn.microsoft.com/windows/win32/sysinfo/computer-names"},
	{Code: CodeSiteWithoutHub, Severity: exhybrid.SeverityWarning, Summary: "a 2007 Mailbox site without a 2007 Hub Transport server",
		Source: "https://learn.microsoft.com/exchange/hub-transport-role-not-detected-in-local-site-bridgeheadrolenotpresentinsite-exchange-2013-help"},
	{Code: CodeSiteWithoutClientAccess, Severity: exhybrid.SeverityWarning, Summary: "a 2007 or 2013 Mailbox site without a Client Access server",
		Source: "https://learn.microsoft.com/exchange/client-access-role-not-detected-in-local-site-clientaccessrolenotpresentinsite-exchange-2013-help https://learn.microsoft.com/exchange/client-access-server-exchange-2013-help"},
	{Code: CodeCoexistenceUnsupported, Severity: exhybrid.SeverityError, Summary: "versions that cannot share an organization",
		Source: "https://learn.microsoft.com/exchange/plan-and-deploy/system-requirements https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e12coexistenceminversionrequirement https://learn.microsoft.com/exchange/plan-and-deploy/deploy-new-installations/upgrade-to-exchange-server-se"},
	{Code: CodeCoexistenceBelowMinimum, Severity: exhybrid.SeverityError, Summary: "a server below the update needed to coexist",
		Source: "https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help https://learn.microsoft.com/exchange/plan-and-deploy/system-requirements"},
	{Code: CodeEdgeSyncBelowMinimum, Severity: exhybrid.SeverityWarning, Summary: "a Hub Transport server too old for a 2013 SP1 Edge",
		Source: "https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help"},
})

// Rules returns the rule table of this package: each code with the
// severity of its findings, a summary and its source.
func Rules() *exhybrid.RuleTable { return rules }
