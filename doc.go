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
//	version     builds, products, the release catalog, support dates, the N-1 rule
//	roles       server roles, role sets, servers, coexistence of versions
//	transport   connectors, TLS certificate names, hybrid mail routing
//	federation  federation trust, domain proofs, organization relationships, OAuth
//	hybrid      the organization, prerequisites, validation and the deployment plan
//	clixml      CLIXML, what Export-Clixml writes, read as typed values (a leaf)
//	inventory   the Exchange objects of such exports, typed and merged across files
//
// This root package holds what they share: the findings vocabulary of
// validation ([Finding], [Findings], [Severity], [Code], [Path]), the
// Microsoft 365 [Cloud] instance and the [Tenant]. The command
// cmd/exhybrid reads an organization from a JSON file and prints its
// findings and plan; it is the only code that does I/O.
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
//
// # Enumerations
//
// Every closed set of values (a [Severity], a [Cloud], a server role, a
// connector's TLS level, a hybrid feature) is a small integer type with
// named constants, and every one behaves the same way, because one
// mechanism implements them all:
//
//   - String returns the value's name as the cmdlets or the wizard spell
//     it ("DomainValidation", "OnPremises"); a zero value that stands for
//     an unset parameter prints as "", an invalid zero value as its
//     constant's name (usually "Unknown"), and a value out of range as
//     "Type(n)";
//   - IsValid reports whether the value is a declared one other than zero;
//   - MarshalText and UnmarshalText use the names, so JSON carries
//     "DomainValidation", not 3; an invalid zero value does not marshal,
//     and the fields that may hold it are tagged omitzero;
//   - UnmarshalText, and the package's ParseX function where it has one,
//     ignore case and surrounding spaces and accept the documented other
//     spellings ("MB" for Mailbox); an unknown name is a [*ValueError]
//     wrapping the package's sentinel (ErrUnknownValue).
//
// Sets of them (roles.RoleSet, hybrid.FeatureSet) are bit sets with Has,
// With, Without, Union, Intersect, Minus, Len, IsEmpty, All (in value
// order), String (the names in value order, with the separator the
// cmdlets print, which each set type's comment gives) and the text
// methods; a name given twice is an error.
//
// The types are aliases of one generic type of an internal package, so
// godoc lists their constants under each type and their methods here,
// once. Reflection shows that generic type: %T of a
// transport.TLSAuthLevel, and an encoding/json error about one, name
// enum.Value[github.com/exhybrid/exhybrid/transport.tlsAuthTag].
//
// # Validation
//
// Validators return every problem as [Findings], never just the first.
// Each [Finding] has a path into the input ("servers[3].build"), a
// severity, a stable [Code] that names the rule and a message; codes are
// documented, with their sources, in each package's "Codes" section.
// [Findings.Err] turns the errors into an error that errors.Is matches
// against a code:
//
//	fs := hybrid.Validate(org, version.DateOf(time.Now()))
//	if errors.Is(fs.Err(), roles.CodeCoexistenceBelowMinimum) { ... }
//
// Nothing reads the clock: rules that depend on time (the latest or previous
// update, end of support, certificate expiry) take the day as an argument.
//
// # Planning
//
// [hybrid.Plan] turns an organization into an ordered, deterministic
// deployment plan: updates and new hybrid servers, the certificate,
// namespaces and DNS, federation or OAuth, organization relationships,
// connectors, address policies, OWA redirection, the MRS proxy and the MX
// cut-over, each step with what it changes, why (a code) and what it
// depends on, and the before/after table of where each service is
// answered. It renders as text, Markdown and the Exchange Management Shell
// and Exchange Online PowerShell commands that would apply it, for review:
// the library runs nothing.
//
// # A hybrid that exists
//
// Most hybrids were built by the wizard years ago. Their state is read
// offline from what Exchange exports with Export-Clixml: package clixml
// decodes the files, [inventory.Inventory.Read] turns each object into a
// typed value (a server at its ExSetup build, a Send connector in package
// transport's terms) and merges the files, and [hybrid.FromInventory]
// builds the organization the exports describe, keeping every object read
// in [hybrid.Organization] Observed, each with the file it came from:
//
//	var inv inventory.Inventory
//	fs, err := inv.Read(inventory.Source{Name: "GetSendConnector.xml"}, r)
//	org, more := hybrid.FromInventory(&inv)
//	audit := hybrid.Audit(org, on)
//
// What no export holds (the hybrid type, the MX choice) is left out, named
// by an info finding, never guessed. [hybrid.Audit] says what is wrong with
// the hybrid on a day: Validate's rules on the organization, and the rules
// on what exists, each in the package of its concept (the connectors in
// transport, OAuth and sharing in federation), whose findings name the
// file and the object: "GetSendConnector.xml: Mail to O365: RequireTLS".
package exhybrid
