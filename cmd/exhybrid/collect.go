package main

import _ "embed"

// collectScript is the PowerShell script that exports, read-only, what
// package inventory reads. TestCollectScript keeps its cmdlets equal to
// [inventory.Cmdlets] and its commands to read-only ones.
//
//go:embed collect.ps1
var collectScript []byte

var collectScriptCommand = &command{
	name:    "collect-script",
	summary: "print the read-only PowerShell script that exports an organization",
	help: `Collect-script prints a PowerShell script to run in the Exchange Management
Shell. It exports with Export-Clixml, into one folder, the output of every
cmdlet that exhybrid reads: one file per cmdlet named as the cmdlet without
its dash (GetExchangeServer.xml, GetSendConnector.xml...), and the version
of ExSetup.exe of each server, read on the server itself, in
ExSetup_<SERVER>.xml. With -ExchangeOnline, after Connect-ExchangeOnline
-Prefix Cloud in the same shell, it also exports the Exchange Online side
into the subfolder ExchangeOnline.

The script changes nothing: it runs only Get- cmdlets, Export-Clixml (never
over an existing file) and New-Item for the folder, which must be new or
empty. A server it cannot reach is a warning, not the end of the run. Its
parameters are described at its top:

    exhybrid collect-script > Collect-ExHybrid.ps1
    .\Collect-ExHybrid.ps1 -Path C:\Temp\hybrid

The script is plain ASCII, so it runs whatever encoding it is saved in,
such as the UTF-16 that ">" writes in Windows PowerShell.`,
	maxArgs: 0,
	run: func(e *env, _ *options, _ []string) int {
		e.stdout.Write(collectScript)
		return exitOK
	},
}
