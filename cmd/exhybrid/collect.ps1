# .SYNOPSIS
# Exports, without changing anything, what "exhybrid import" reads from an
# Exchange organization.
#
# .DESCRIPTION
# Run it in the Exchange Management Shell. It writes into the folder -Path,
# with Export-Clixml, one file per cmdlet, named as the cmdlet without its
# dash (GetExchangeServer.xml, GetSendConnector.xml...), the certificates
# in one file per server, GetExchangeCertificate_<SERVER>.xml, and one file
# per server of ExSetup.exe's version, ExSetup_<SERVER>.xml, read on the server
# itself. The other cmdlets that read one server at a time
# (Get-ReceiveConnector, the virtual directories) run for every server into
# one file. Then give the folder to "exhybrid import".
#
# With -ExchangeOnline it also exports the Exchange Online side, into the
# subfolder ExchangeOnline. Connect to Exchange Online first in the same
# shell, with a prefix, so that its cmdlets do not hide the on-premises
# cmdlets of the same name:
#
#     Connect-ExchangeOnline -Prefix Cloud
#
# The script only reads. It runs Get- cmdlets, Export-Clixml with
# -NoClobber, and New-Item for the folder, which must be new or empty. A
# server that cannot be reached, or a cmdlet that fails, is a warning and
# the run goes on; an organization-wide cmdlet that fails writes no file,
# so that the import does not take a failure for an empty list.
#
# .PARAMETER Path
# The folder to write, new or empty. The default is a new folder
# exhybrid-<date>-<time> under the current directory.
#
# .PARAMETER ExchangeOnline
# Also export the Exchange Online cmdlets, through a connection made
# before with Connect-ExchangeOnline -Prefix <OnlinePrefix>.
#
# .PARAMETER OnlinePrefix
# The prefix given to Connect-ExchangeOnline. The default is Cloud. EXO is
# not allowed: the Exchange Online module reserves it for its own Get-EXO*
# cmdlets (https://learn.microsoft.com/powershell/module/exchange/connect-exchangeonline).
#
# .EXAMPLE
# .\Collect-ExHybrid.ps1 -Path C:\Temp\hybrid
#
# .EXAMPLE
# Connect-ExchangeOnline -Prefix Cloud
# .\Collect-ExHybrid.ps1 -Path C:\Temp\hybrid -ExchangeOnline

[CmdletBinding()]
param(
    [string]$Path = (Join-Path -Path (Get-Location).Path -ChildPath ('exhybrid-' + (Get-Date -Format 'yyyyMMdd-HHmmss'))),
    [switch]$ExchangeOnline,
    [ValidateScript({ $_ -match '^[A-Za-z0-9]+$' -and $_ -ne 'EXO' })]
    [string]$OnlinePrefix = 'Cloud'
)

# Export-Clixml writes objects to -Depth 2 unless told otherwise, and an
# object past the depth as its ToString only
# (https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-clixml).
# The deepest value the importer reads is three objects below the one
# exported: a send connector's SmartHosts list, a SmartHost in it, and its
# Address (four nested objects in CSS-Exchange's real GetSendConnector.xml).
# Depth 4 keeps them with one level to spare, without writing whole object
# graphs the importer does not read.
$Depth = 4

# Windows PowerShell 5.1 writes UTF-16 by default; UTF-8 makes files half
# as large, and the importer reads both.
$Encoding = 'UTF8'

# The Exchange Online cmdlets the importer reads, with their parameters.
# Each is called with the prefix after its verb: Get-OrganizationConfig as
# Get-CloudOrganizationConfig.
$OnlineExports = @(
    @{ File = 'GetInboundConnector.xml'; Cmdlet = 'Get-InboundConnector' }
    @{ File = 'GetOutboundConnector.xml'; Cmdlet = 'Get-OutboundConnector' }
    @{ File = 'GetOnPremisesOrganization.xml'; Cmdlet = 'Get-OnPremisesOrganization' }
    @{ File = 'GetOrganizationRelationship.xml'; Cmdlet = 'Get-OrganizationRelationship' }
    @{ File = 'GetIntraOrganizationConnector.xml'; Cmdlet = 'Get-IntraOrganizationConnector' }
    # EwsEnabled and EwsAllowedAppIDs, which Exchange Online's EWS
    # retirement turns on, come only with this switch
    # (https://learn.microsoft.com/powershell/module/exchange/get-organizationconfig).
    @{ File = 'GetOrganizationConfig.xml'; Cmdlet = 'Get-OrganizationConfig'; Parameters = @{ RetrieveEwsOperationAccessPolicy = $true } }
)

# Read-Objects runs $Command with $Arguments and returns what it writes.
# Its errors, terminating or not, are not shown one by one: they make one
# warning naming $What, and $Failed says there were some. Nothing stops
# the run.
function Read-Objects {
    param([string]$What, [scriptblock]$Command, [object[]]$Arguments = @(), [ref]$Failed)
    $errors = @()
    try {
        foreach ($item in @(& $Command @Arguments 2>&1)) {
            if ($item -is [System.Management.Automation.ErrorRecord]) {
                $errors += $item
            } else {
                $item
            }
        }
    } catch {
        $errors += $_
    }
    if ($errors.Count -gt 0) {
        Write-Warning ('{0}: {1} error(s), the first: {2}' -f $What, $errors.Count, $errors[0])
    }
    if ($Failed) {
        $Failed.Value = $errors.Count -gt 0
    }
}

# Export-Objects writes $Objects into $File of $Folder, never over an
# existing file.
function Export-Objects {
    param([string]$Folder, [string]$File, [object[]]$Objects)
    $target = Join-Path -Path $Folder -ChildPath $File
    $Objects | Export-Clixml -LiteralPath $target -Depth $Depth -Encoding $Encoding -NoClobber -ErrorAction Stop
    Write-Host ('{0}: {1} object(s)' -f $target, $Objects.Count)
}

# Export-Organization exports an organization-wide cmdlet, run by
# $Command. When it fails the file is not written: an empty file would
# tell the import there is nothing. With -PassThru it returns the objects.
function Export-Organization {
    param([string]$File, [scriptblock]$Command, [switch]$PassThru)
    $failed = $false
    $objects = @(Read-Objects -What $File -Command $Command -Failed ([ref]$failed))
    if ($failed) {
        Write-Warning ('{0} is not written.' -f $File)
        return
    }
    Export-Objects -Folder $Path -File $File -Objects $objects
    if ($PassThru) {
        $objects
    }
}

# Export-PerServer exports a cmdlet that reads one server at a time: it
# runs $Command for each server, whose name it takes as its argument, and
# writes what the servers it reached returned into one file. A server it
# cannot reach is a warning.
function Export-PerServer {
    param([string]$File, [scriptblock]$Command)
    $objects = @(foreach ($server in $Servers) {
            Read-Objects -What ('{0}, server {1}' -f $File, $server.Name) -Command $Command -Arguments $server.Name
        })
    Export-Objects -Folder $Path -File $File -Objects $objects
}

# Export-EachServer exports a cmdlet that reads one server at a time into
# a file per server: $File with _<SERVER> before .xml
# (GetExchangeCertificate_EX01.xml), SERVER being the server's Name in
# GetExchangeServer.xml. The objects do not name their server, the file
# name does, as ExSetup_<SERVER>.xml's do: the importer then knows which
# server holds each certificate. A server it cannot reach is a warning and
# has no file: an empty file would say the server returned nothing.
function Export-EachServer {
    param([string]$File, [scriptblock]$Command)
    foreach ($server in $Servers) {
        $name = $File -replace '\.xml$', ('_{0}.xml' -f $server.Name)
        $failed = $false
        $objects = @(Read-Objects -What $name -Command $Command -Arguments $server.Name -Failed ([ref]$failed))
        if ($failed) {
            Write-Warning ('{0} is not written.' -f $name)
            continue
        }
        Export-Objects -Folder $Path -File $name -Objects $objects
    }
}

# ExSetup.exe's file version is the server's exact build, with its security
# update, which Get-ExchangeServer's AdminDisplayVersion does not show. It
# is read on the server itself, as HealthChecker does
# (https://github.com/microsoft/CSS-Exchange/blob/main/Shared/Get-ExSetupFileVersionInfo.ps1):
# ExSetup.exe from the path, or else from the install folder that setup
# records in the registry (Exchange 2013 and later).
$ReadExSetup = {
    $command = Get-Command ExSetup.exe -ErrorAction SilentlyContinue
    if (-not $command) {
        $setup = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\Setup' -ErrorAction Stop
        $command = Get-Command -Name (Join-Path -Path $setup.MsiInstallPath -ChildPath 'bin\ExSetup.exe') -ErrorAction Stop
    }
    $command | ForEach-Object { $_.FileVersionInfo }
}

# Export-ExSetup writes each server's ExSetup.exe version into
# ExSetup_<SERVER>.xml, SERVER being the server's Name in
# GetExchangeServer.xml: the FileVersionInfo does not name its server, the
# file name does. Another server is read through Invoke-Command at its
# FQDN; a server that cannot be reached is a warning and has no file.
function Export-ExSetup {
    foreach ($server in $Servers) {
        $file = 'ExSetup_{0}.xml' -f $server.Name
        $failed = $false
        if ($server.Name -eq $env:COMPUTERNAME) {
            $objects = @(Read-Objects -What $file -Command $ReadExSetup -Failed ([ref]$failed))
        } else {
            $computer = [string]$server.Fqdn
            if (-not $computer) {
                $computer = [string]$server.Name
            }
            $objects = @(Read-Objects -What $file -Command {
                    param($Computer)
                    Invoke-Command -ComputerName $Computer -ScriptBlock $ReadExSetup -ErrorAction Continue
                } -Arguments $computer -Failed ([ref]$failed))
        }
        if ($failed -or $objects.Count -eq 0) {
            Write-Warning ('{0} is not written: the build of {1} will be its AdminDisplayVersion.' -f $file, $server.Name)
            continue
        }
        Export-Objects -Folder $Path -File $file -Objects $objects
    }
}

# Export-Online exports the Exchange Online cmdlets of $OnlineExports into
# the subfolder ExchangeOnline.
function Export-Online {
    $folder = Join-Path -Path $Path -ChildPath 'ExchangeOnline'
    New-Item -ItemType Directory -Path $folder | Out-Null
    foreach ($export in $OnlineExports) {
        $what = 'ExchangeOnline\{0}' -f $export.File
        $failed = $false
        $objects = @(Read-Objects -What $what -Command {
                param($Name, $Parameters)
                & $Name @Parameters -ErrorAction Continue
            } -Arguments (Resolve-OnlineName $export.Cmdlet), $export.Parameters -Failed ([ref]$failed))
        if ($failed) {
            Write-Warning ('{0} is not written.' -f $what)
            continue
        }
        Export-Objects -Folder $folder -File $export.File -Objects $objects
    }
}

# Resolve-OnlineName returns the prefixed name of an Exchange Online
# cmdlet, which must be a Get- cmdlet: no other is ever run.
function Resolve-OnlineName {
    param([string]$Cmdlet)
    if ($Cmdlet -notmatch '^Get-[A-Za-z]+$') {
        throw ('{0} is not a Get- cmdlet.' -f $Cmdlet)
    }
    'Get-{0}{1}' -f $OnlinePrefix, $Cmdlet.Substring(4)
}

# Every check comes before the first file, so that a run that cannot
# work writes nothing.
if (-not (Get-Command -Name Get-ExchangeServer -ErrorAction SilentlyContinue)) {
    throw 'Get-ExchangeServer is not available: run this script in the Exchange Management Shell.'
}
if ($ExchangeOnline) {
    foreach ($export in $OnlineExports) {
        $name = Resolve-OnlineName $export.Cmdlet
        if (-not (Get-Command -Name $name -ErrorAction SilentlyContinue)) {
            throw ('{0} is not available: run Connect-ExchangeOnline -Prefix {1} first, in this shell.' -f $name, $OnlinePrefix)
        }
    }
}
if ((Test-Path -LiteralPath $Path) -and (Get-ChildItem -LiteralPath $Path -Force | Select-Object -First 1)) {
    throw ('{0} is not empty: give a new folder, so that two runs do not mix.' -f $Path)
}
New-Item -ItemType Directory -Path $Path -Force | Out-Null

$Servers = @(Export-Organization 'GetExchangeServer.xml' { Get-ExchangeServer -ErrorAction Continue } -PassThru)
Export-ExSetup
Export-Organization 'GetAcceptedDomain.xml' { Get-AcceptedDomain -ErrorAction Continue }
Export-Organization 'GetSendConnector.xml' { Get-SendConnector -ErrorAction Continue }
Export-Organization 'GetHybridConfiguration.xml' { Get-HybridConfiguration -ErrorAction Continue }
Export-Organization 'GetOrganizationConfig.xml' { Get-OrganizationConfig -ErrorAction Continue }
Export-Organization 'GetMailboxServer.xml' { Get-MailboxServer -ErrorAction Continue }
Export-Organization 'GetOrganizationRelationship.xml' { Get-OrganizationRelationship -ErrorAction Continue }
Export-Organization 'GetFederationTrust.xml' { Get-FederationTrust -ErrorAction Continue }
Export-Organization 'GetFederatedOrganizationIdentifier.xml' { Get-FederatedOrganizationIdentifier -ErrorAction Continue }
Export-Organization 'GetEmailAddressPolicy.xml' { Get-EmailAddressPolicy -ErrorAction Continue }
Export-Organization 'GetRemoteDomain.xml' { Get-RemoteDomain -ErrorAction Continue }
Export-Organization 'GetAuthConfig.xml' { Get-AuthConfig -ErrorAction Continue }
Export-Organization 'GetAuthServer.xml' { Get-AuthServer -ErrorAction Continue }
Export-Organization 'GetPartnerApplication.xml' { Get-PartnerApplication -ErrorAction Continue }
Export-Organization 'GetIntraOrganizationConnector.xml' { Get-IntraOrganizationConnector -ErrorAction Continue }
Export-Organization 'GetSettingOverride.xml' { Get-SettingOverride -ErrorAction Continue }

# Without -Server these cmdlets read the local server only. Without
# -ADPropertiesOnly the virtual directory cmdlets read each server's IIS
# metabase too, not only Active Directory
# (https://learn.microsoft.com/powershell/module/exchange/get-owavirtualdirectory):
# another reason a server may fail alone.
Export-EachServer 'GetExchangeCertificate.xml' { param($Server) Get-ExchangeCertificate -Server $Server -ErrorAction Continue }
Export-PerServer 'GetReceiveConnector.xml' { param($Server) Get-ReceiveConnector -Server $Server -ErrorAction Continue }
Export-PerServer 'GetWebServicesVirtualDirectory.xml' { param($Server) Get-WebServicesVirtualDirectory -Server $Server -ErrorAction Continue }
Export-PerServer 'GetOwaVirtualDirectory.xml' { param($Server) Get-OwaVirtualDirectory -Server $Server -ErrorAction Continue }

if ($ExchangeOnline) {
    Export-Online
}

Write-Host ('Done. Read the export with: exhybrid import "{0}"' -f $Path)
