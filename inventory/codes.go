package inventory

import "github.com/exhybrid/exhybrid"

// Finding codes of this package. They are about reading an export, not
// about whether what it holds is right: those rules belong to the packages
// of their concepts. The package documentation lists them all.
const (
	// CodeUnknownType notes top-level objects of a type this package does
	// not read, counted per file and type name. An export may hold other
	// cmdlets' output; it is not an error to pass it.
	CodeUnknownType exhybrid.Code = "inventory/unknown-type"

	// CodeFieldMissing reports a property that an object of a known type
	// needs and does not have (absent, null or empty). When the property
	// names the object, such as a server's Name, the object is skipped.
	CodeFieldMissing exhybrid.Code = "inventory/field-missing"

	// CodeFieldInvalid reports a property whose value cannot be read: an
	// AdminDisplayVersion that is not "Version 15.2 (Build 986.5)", a
	// certificate's RawData that is not a DER certificate. The object is
	// kept without it, or skipped when it cannot be identified.
	CodeFieldInvalid exhybrid.Code = "inventory/field-invalid"

	// CodeConflict reports an object read twice, from two files or twice
	// from one, with different values: two exports taken at different
	// times. The first one read is kept.
	CodeConflict exhybrid.Code = "inventory/conflict"

	// CodeNotExSetup notes a FileVersionInfo of a file other than
	// ExSetup.exe: only ExSetup's file version is an Exchange build. The
	// object is skipped.
	CodeNotExSetup exhybrid.Code = "inventory/not-exsetup"

	// CodeExSetupNoServer reports ExSetup's FileVersionInfo read from a
	// file that names no server: Get-Command ExSetup.exe runs on one server
	// and its output does not say which, so the caller must (see
	// [Source]). The build is not kept: it would belong to no server.
	CodeExSetupNoServer exhybrid.Code = "inventory/exsetup-no-server"

	// CodeStaleToString notes an object whose ToString disagrees with its
	// properties, as in a hand-edited export. The properties are what the
	// object holds; the ToString is only its display text.
	CodeStaleToString exhybrid.Code = "inventory/stale-tostring"
)

var rules = exhybrid.MustRuleTable([]exhybrid.Rule{
	{Code: CodeUnknownType, Severity: exhybrid.SeverityInfo, Summary: "objects of a type this package does not read",
		Source: "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-clixml"},
	{Code: CodeFieldMissing, Severity: exhybrid.SeverityError, Summary: "a property the object needs is missing",
		Source: "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-clixml"},
	{Code: CodeFieldInvalid, Severity: exhybrid.SeverityError, Summary: "a property's value cannot be read",
		Source: "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-clixml"},
	{Code: CodeConflict, Severity: exhybrid.SeverityWarning, Summary: "the same object read twice with different values",
		Source: "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-clixml"},
	{Code: CodeNotExSetup, Severity: exhybrid.SeverityInfo, Summary: "the file version of a file other than ExSetup.exe",
		Source: "https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates"},
	{Code: CodeExSetupNoServer, Severity: exhybrid.SeverityWarning, Summary: "ExSetup's file version with no server named",
		Source: "https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates"},
	{Code: CodeStaleToString, Severity: exhybrid.SeverityInfo, Summary: "the ToString disagrees with the properties",
		Source: "https://learn.microsoft.com/dotnet/api/system.diagnostics.fileversioninfo.tostring"},
})

// Rules returns the rule table of this package: each code with the
// severity of its findings, a summary and its source.
func Rules() *exhybrid.RuleTable { return rules }
