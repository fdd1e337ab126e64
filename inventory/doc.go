// Package inventory reads what Exchange exports: the objects that
// Exchange cmdlets write with Export-Clixml, decoded by package clixml,
// turned into typed values by their type names and merged across files
// into an [Inventory].
//
// It speaks Exchange, not policy: a server's build is parsed with package
// version, its roles with package roles, but whether the build is
// supported or the roles may share a server is for those packages to say,
// on what this package returns. It reads an io.Reader and nothing else;
// the caller opens the files and names them in a [Source].
//
// # Objects read
//
// Each object is recognised by its most specific type name, with or
// without the "Deserialized." prefix of an object PowerShell could not
// rehydrate, whatever the name of its file:
//
//	Get-ExchangeServer       ExchangeServer                [Server]
//	Get-Command ExSetup.exe  FileVersionInfo (ExSetup.exe)  [FileVersion], joined to its Server
//	Get-AcceptedDomain       AcceptedDomain                [AcceptedDomain]
//	Get-ExchangeCertificate  ExchangeCertificate           [Certificate], from its RawData
//	Get-SendConnector        SmtpSendConnectorConfig       [SendConnector]
//	Get-ReceiveConnector     ReceiveConnector              [ReceiveConnector]
//	Get-HybridConfiguration  HybridConfiguration           [HybridConfiguration]
//	Get-OrganizationConfig   OrganizationConfig            [OrganizationConfig]
//
//	Get-WebServicesVirtualDirectory      ADWebServicesVirtualDirectory            [WebServicesVirtualDirectory]
//	Get-OwaVirtualDirectory              ADOwaVirtualDirectory                    [OwaVirtualDirectory]
//	Get-MailboxServer                    MailboxServer                            [MailboxServer]
//	Get-OrganizationRelationship         OrganizationRelationship                 [OrganizationRelationship]
//	Get-FederationTrust                  FederationTrust                          [FederationTrust]
//	Get-FederatedOrganizationIdentifier  FederatedOrganizationIdWithDomainStatus  [FederatedOrganizationIdentifier]
//	Get-EmailAddressPolicy               EmailAddressPolicy                       [EmailAddressPolicy]
//	Get-RemoteDomain                     DomainContentConfig                      [RemoteDomain]
//
// and from Exchange Online PowerShell, into [Inventory.Online]:
//
//	Get-InboundConnector            TenantInboundConnector      [InboundConnector]
//	Get-OutboundConnector           TenantOutboundConnector     [OutboundConnector]
//	Get-OnPremisesOrganization      OnPremisesOrganization      [OnPremisesOrganization]
//	Get-OrganizationConfig          OrganizationConfig          [OnlineOrganizationConfig]
//	  -RetrieveEwsOperationAccessPolicy
//	Get-OrganizationRelationship    OrganizationRelationship    [OrganizationRelationship], the tenant's
//	Get-IntraOrganizationConnector  IntraOrganizationConnector  [IntraOrganizationConnector], the tenant's
//
// and the OAuth objects, as values of package federation, which owns
// server-to-server authentication and checks them:
//
//	Get-AuthConfig                  AuthConfig                  [AuthConfig]
//	Get-AuthServer                  AuthServer                  [AuthServer]
//	Get-PartnerApplication          PartnerApplication          [PartnerApplication]
//	Get-SettingOverride             SettingOverride             [SettingOverride], Parameters as Name=Value
//	Get-IntraOrganizationConnector  IntraOrganizationConnector  [IntraOrganizationConnector], the on-premises one
//
// [Cmdlets] returns this list for a collection script, such as the one
// "exhybrid collect-script" prints, which a test keeps equal to it.
// Exchange Online PowerShell writes some of the same types as the Exchange
// Management Shell, such as OrganizationConfig; [Source.Online] says which
// side an export comes from. A type only one side writes is read as that
// side's whatever the Source says.
//
// Every value keeps its [Origin], the file and the object's number, so
// that a rule run on it later names what the administrator must open.
//
// Values with a syntax of their own are parsed with the parsers of the
// packages that own them: a connector's AddressSpaces with
// [transport.ParseAddressSpace], its TlsCertificateName with
// [transport.ParseCertificateName], a receive connector's
// TlsDomainCapabilities with [transport.ParseTLSDomainCapability], an
// organization relationship's access levels with
// [federation.ParseFreeBusyAccessLevel] and
// [federation.ParseMailTipsAccessLevel]. An item
// that does not parse is left out, with a finding that names it.
//
// An object read from two files is one entry, by its identity: a server
// by name, an accepted domain by name, a certificate by thumbprint, a file
// version by server, a send connector by name, a receive connector by
// server and name, a web services or Outlook on the web virtual directory
// by server and name, a Mailbox server, organization relationship,
// federation trust, email address policy or remote domain by name, the
// federated organization identifier, of which an organization has one,
// once, each OAuth object and each Exchange Online object by name.
// Objects of other types are counted in [Inventory.Unknown] and noted,
// never an error.
//
// [Inventory.Exported] lists the cmdlets whose output was read, by the
// objects' types or by the file's name (GetSettingOverride.xml), so that a
// cmdlet that returned nothing, an empty export, is told from one not
// exported: "no setting override" is then a fact, not a gap.
//
// # Codes
//
// Every finding carries one of these codes. [Rules] gives each one's
// severity and source.
//
//	inventory/unknown-type       objects of a type this package does not read
//	inventory/field-missing      a property the object needs is missing
//	inventory/field-invalid      a property's value cannot be read
//	inventory/conflict           the same object read twice with different values
//	inventory/not-exsetup        the file version of a file other than ExSetup.exe
//	inventory/exsetup-no-server  ExSetup's file version with no server named
//	inventory/stale-tostring     the ToString disagrees with the properties
package inventory
