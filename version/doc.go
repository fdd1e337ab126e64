// Package version models Exchange Server build numbers, the products they
// belong to, and Microsoft's catalog of releases from Exchange Server 2007 RTM
// to Exchange Server Subscription Edition.
//
// # Builds
//
// A [Build] is the four-part file version of an Exchange server, such as
// 15.2.1544.4 (Exchange Server 2019 CU14). [ParseBuild] reads the short form
// and Microsoft's zero-padded long form ("15.02.1544.004");
// [ParseAdminDisplayVersion] reads what Get-ExchangeServer shows ("Version
// 15.2 (Build 1544.4)"). Builds compare with [Build.Compare] and
// [Build.AtLeast], and marshal as text, the zero Build as "".
//
//	ParseBuild("15.02.1544.004") = 15.2.1544.4
//	Compare(15.2.1544.4, 15.2.1748.10) = -1
//	ProductOf(15.2.2562.17) = Exchange Server SE
//
// # Products
//
// [ProductOf] maps a build to its [Product] by its major and minor numbers:
// 8.x is 2007, 14.x is 2010, 15.0 is 2013, 15.1 is 2016, 15.2 is 2019 below
// build 2562 and Subscription Edition from it. Builds of 15.20 and later are
// Exchange Online, which is never installed on premises.
//
// # The catalog
//
// The catalog holds every row of Microsoft's page "Exchange Server build
// numbers and release dates"
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates)
// as a [Release]: RTM, service packs, update rollups, cumulative updates,
// security updates and hotfix updates. It adds the newer security updates
// (June to September 2026, ESU-only for 2016 and 2019) that no copy of the
// page read had yet: their builds are from the build dictionary of
// Microsoft's HealthChecker
// (https://github.com/microsoft/CSS-Exchange/blob/01bad118924cbe49c50f6a5233bb04fc6010ddd2/Shared/Get-ExchangeBuildVersionInformation.ps1)
// and their dates from the Exchange Team blog post of each release, cited
// next to each row. [Lookup] finds a build exactly, [Nearest] finds the
// release a patched server is on, [Releases] and [ReleasesOf] walk the
// catalog, [Latest] gives the newest release of a product and
// [CatalogDate] the newest date the catalog knows. The catalog is a
// point-in-time copy: a build newer than it knows is not wrong, only
// unknown.
//
// # Support
//
// Support is a pure function of a date the caller passes: the package never
// reads the clock. [EndOfSupport] and [OutOfSupport] give the end of each
// product's extended support. [StatusOf] applies the hybrid rule that every
// Exchange server runs the latest or the immediately previous cumulative
// update or update rollup of its version, as of a given [Date]; the previous
// one counts only while Microsoft still services it, as HealthChecker
// judges it. [PatchStatusOf] gives the second, separate answer: how many
// security and hotfix updates of its own level a build lacks on the day,
// which is the newest, and whether that one went only to customers of the
// paid Exchange 2016/2019 Extended Security Update program
// ([Release.ESUOnly]).
//
// The named minimums, such as [Exchange2007SP3RU10] and [Exchange2013CU2],
// are the builds that coexistence and hybrid rules in the other packages of
// this module refer to; each cites its source.
package version
