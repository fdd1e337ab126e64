// Package roles models Exchange server roles and servers: which roles each
// version offers, which may share a server, what each provides, and the
// rules a set of servers must follow to be one supported organization.
//
// # Roles
//
// A [Role] is one of Mailbox, ClientAccess, HubTransport, UnifiedMessaging
// and EdgeTransport; a [RoleSet] is the set installed on a server, written
// as Get-ExchangeServer writes it ("Mailbox, ClientAccess"). [Offered] and
// [Available] give the roles of a version, [Provides] what a role does on
// it:
//
//	Exchange 2007, 2010  five roles; Edge Transport alone on its server
//	Exchange 2013        Mailbox (client protocols, transport, databases,
//	                     unified messaging) and Client Access (a stateless
//	                     proxy); Edge Transport from SP1
//	Exchange 2016+       Mailbox (everything) and Edge Transport
//
// # Servers
//
// A [Server] is a plain value with JSON tags. [ValidateServer] checks one,
// [ValidateServers] a list (duplicates, per-site roles) and
// [CheckCoexistence] whether their versions can share an organization. All
// three return [exhybrid.Findings] with paths relative to what they were
// given, which callers place with [exhybrid.Findings.Under].
//
// # Codes
//
// Every finding carries one of these codes. [Rules] gives each one's
// severity and source.
//
//	roles/name-missing                the server has no name
//	roles/name-invalid                the name cannot be a NetBIOS computer name
//	roles/fqdn-invalid                the FQDN is not a fully qualified host name
//	roles/build-missing               the server has no build
//	roles/build-unknown-product       the build belongs to no Exchange 2007 to SE release
//	roles/build-not-on-premises       the build is an Exchange Online build
//	roles/build-unknown               the build is below every release of its version
//	roles/build-unlisted              the build is not listed; treated as the release before it
//	roles/build-service-pack-only     a 2007 or 2010 build at a service pack: maybe AdminDisplayVersion
//	roles/roles-empty                 the server has no role
//	roles/role-not-offered            the version has no such role
//	roles/edge-combined               Edge Transport shares the server with another role
//	roles/clustered-roles             a 2007 clustered mailbox server has a role other than Mailbox
//	roles/clustered-not-2007          a clustered mailbox server that is not Exchange 2007
//	roles/internal-in-perimeter       an internal role in the perimeter network
//	roles/edge-not-in-perimeter       an Edge Transport server outside the perimeter network
//	roles/mailbox-internet-facing     a 2013 Mailbox-only server reachable from the Internet
//	roles/edgesync-not-edge           an Edge Subscription on a server that is not Edge Transport
//	roles/duplicate-name              two servers share a name
//	roles/duplicate-fqdn              two servers share an FQDN
//	roles/site-without-hub            a 2007 Mailbox site without a 2007 Hub Transport server
//	roles/site-without-client-access  a 2007 or 2013 Mailbox site without a Client Access server
//	roles/coexistence-unsupported     versions that cannot share an organization
//	roles/coexistence-below-minimum   a server below the update needed to coexist
//	roles/edgesync-below-minimum      a Hub Transport server too old for a 2013 SP1 Edge
package roles
