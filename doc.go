// Package exhybrid models Microsoft Exchange hybrid deployments: on-premises
// Exchange organizations (Exchange Server 2007, 2010, 2013, 2016, 2019 and
// Subscription Edition) connected to Exchange Online. Programs describe
// servers, roles, builds, connectors, federation and hybrid settings as typed
// values, validate them, and compute a deployment plan. Nothing in the
// library does I/O or reads the clock: every rule that depends on time takes
// the date as an argument.
//
// # Overview
//
// The packages build on each other, leaves first:
//
//	version     builds, products, the release catalog, support dates
//
// This root package holds what every package shares: the findings
// vocabulary of validation.
//
// # Build numbers
//
// Every Exchange server has a four-part build number. [version.ParseBuild]
// reads both forms Microsoft prints, [version.Build.Compare] orders builds,
// and the catalog knows every release on Microsoft's page "Exchange Server
// build numbers and release dates":
//
//	b := version.MustParseBuild("15.02.1544.004")
//	r, _ := version.Lookup(b)           // Exchange Server 2019 CU14, 2024-02-13
//	version.ProductOf(b)                // Exchange Server 2019
//	b.AtLeast(version.Exchange2019CU14) // true
package exhybrid
