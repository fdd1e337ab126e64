package inventory

import (
	"strings"

	"github.com/exhybrid/exhybrid/clixml"
)

// kind is one kind of object this package reads: the cmdlet that writes
// it, the type name it is recognised by, and how it joins an Inventory.
type kind struct {
	cmdlet   string // "Get-ExchangeServer", or the pipeline that writes it
	online   bool   // the cmdlet is Exchange Online PowerShell's
	typeName string // without "Deserialized."
	read     func(inv *Inventory, o object)
}

// kinds are the kinds of objects this package reads, in the order of the
// package documentation. [Cmdlets] lists their cmdlets.
var kinds = []kind{
	{cmdlet: "Get-ExchangeServer", typeName: typeExchangeServer,
		read: func(inv *Inventory, o object) { add(&inv.Servers, o, readServer) }},
	{cmdlet: "Get-Command ExSetup.exe", typeName: typeFileVersionInfo,
		read: func(inv *Inventory, o object) { add(&inv.FileVersions, o, readFileVersion) }},
	{cmdlet: "Get-AcceptedDomain", typeName: typeAcceptedDomain,
		read: func(inv *Inventory, o object) { add(&inv.AcceptedDomains, o, readAcceptedDomain) }},
	{cmdlet: "Get-ExchangeCertificate", typeName: typeExchangeCertificate,
		read: func(inv *Inventory, o object) { add(&inv.Certificates, o, readCertificate) }},
	{cmdlet: "Get-SendConnector", typeName: typeSendConnector,
		read: func(inv *Inventory, o object) { add(&inv.SendConnectors, o, readSendConnector) }},
	{cmdlet: "Get-ReceiveConnector", typeName: typeReceiveConnector,
		read: func(inv *Inventory, o object) { add(&inv.ReceiveConnectors, o, readReceiveConnector) }},
	{cmdlet: "Get-HybridConfiguration", typeName: typeHybridConfiguration,
		read: func(inv *Inventory, o object) { add(&inv.HybridConfigurations, o, readHybridConfiguration) }},
	{cmdlet: "Get-OrganizationConfig", typeName: typeOrganizationConfig,
		read: func(inv *Inventory, o object) { add(&inv.OrganizationConfigs, o, readOrganizationConfig) }},

	// Web services, Outlook on the web, Mailbox servers, federation,
	// addresses and remote domains.
	{cmdlet: "Get-WebServicesVirtualDirectory", typeName: typeWebServicesVirtualDirectory,
		read: func(inv *Inventory, o object) {
			add(&inv.WebServicesVirtualDirectories, o, readWebServicesVirtualDirectory)
		}},
	{cmdlet: "Get-OwaVirtualDirectory", typeName: typeOwaVirtualDirectory,
		read: func(inv *Inventory, o object) { add(&inv.OwaVirtualDirectories, o, readOwaVirtualDirectory) }},
	{cmdlet: "Get-MailboxServer", typeName: typeMailboxServer,
		read: func(inv *Inventory, o object) { add(&inv.MailboxServers, o, readMailboxServer) }},
	{cmdlet: "Get-OrganizationRelationship", typeName: typeOrganizationRelationship,
		read: func(inv *Inventory, o object) {
			add(&inv.OrganizationRelationships, o, readOrganizationRelationship)
		}},
	{cmdlet: "Get-FederationTrust", typeName: typeFederationTrust,
		read: func(inv *Inventory, o object) { add(&inv.FederationTrusts, o, readFederationTrust) }},
	{cmdlet: "Get-FederatedOrganizationIdentifier", typeName: typeFederatedOrganizationIdentifier,
		read: func(inv *Inventory, o object) {
			add(&inv.FederatedOrganizationIdentifiers, o, readFederatedOrganizationIdentifier)
		}},
	{cmdlet: "Get-EmailAddressPolicy", typeName: typeEmailAddressPolicy,
		read: func(inv *Inventory, o object) { add(&inv.EmailAddressPolicies, o, readEmailAddressPolicy) }},
	{cmdlet: "Get-RemoteDomain", typeName: typeRemoteDomain,
		read: func(inv *Inventory, o object) { add(&inv.RemoteDomains, o, readRemoteDomain) }},
	// Exchange Online PowerShell's cmdlets, read into Inventory.Online.
	{cmdlet: "Get-InboundConnector", online: true, typeName: typeInboundConnector,
		read: func(inv *Inventory, o object) { add(&inv.Online.InboundConnectors, o, readInboundConnector) }},
	{cmdlet: "Get-OutboundConnector", online: true, typeName: typeOutboundConnector,
		read: func(inv *Inventory, o object) { add(&inv.Online.OutboundConnectors, o, readOutboundConnector) }},
	{cmdlet: "Get-OnPremisesOrganization", online: true, typeName: typeOnPremisesOrganization,
		read: func(inv *Inventory, o object) {
			add(&inv.Online.OnPremisesOrganizations, o, readOnPremisesOrganization)
		}},
	{cmdlet: "Get-OrganizationConfig -RetrieveEwsOperationAccessPolicy", online: true, typeName: typeOrganizationConfig,
		read: func(inv *Inventory, o object) { add(&inv.Online.OrganizationConfigs, o, readOnlineOrganizationConfig) }},
	{cmdlet: "Get-OrganizationRelationship", online: true, typeName: typeOrganizationRelationship,
		read: func(inv *Inventory, o object) {
			add(&inv.Online.OrganizationRelationships, o, readOrganizationRelationship)
		}},
	{cmdlet: "Get-IntraOrganizationConnector", online: true, typeName: typeIntraOrgConnector,
		read: func(inv *Inventory, o object) {
			add(&inv.Online.IntraOrganizationConnectors, o, readIntraOrgConnector)
		}},
	// OAuth and the dedicated hybrid app (oauth.go).
	{cmdlet: "Get-AuthConfig", typeName: typeAuthConfig,
		read: func(inv *Inventory, o object) { add(&inv.AuthConfigs, o, readAuthConfig) }},
	{cmdlet: "Get-AuthServer", typeName: typeAuthServer,
		read: func(inv *Inventory, o object) { add(&inv.AuthServers, o, readAuthServer) }},
	{cmdlet: "Get-PartnerApplication", typeName: typePartnerApplication,
		read: func(inv *Inventory, o object) { add(&inv.PartnerApplications, o, readPartnerApplication) }},
	{cmdlet: "Get-SettingOverride", typeName: typeSettingOverride,
		read: func(inv *Inventory, o object) { add(&inv.SettingOverrides, o, readSettingOverride) }},
	{cmdlet: "Get-IntraOrganizationConnector", typeName: typeIntraOrgConnector,
		read: func(inv *Inventory, o object) { add(&inv.IntraOrganizationConnectors, o, readIntraOrgConnector) }},
}

// add reads o with read and appends the value to list when it could be
// read.
func add[T any](list *[]T, o object, read func(object) (T, bool)) {
	if v, ok := read(o); ok {
		*list = append(*list, v)
	}
}

// kindOf returns the kind of obj, or nil when this package does not read
// it or obj is nil. A type name both sides write is read as the side
// online says; one only one side writes is read as that side's.
func kindOf(obj *clixml.Object, online bool) *kind {
	if obj == nil {
		return nil
	}
	var other *kind
	for i := range kinds {
		k := &kinds[i]
		if !obj.HasType(k.typeName) {
			continue
		}
		if k.online == online {
			return k
		}
		other = k
	}
	return other
}

// Cmdlet is a command whose output this package reads.
type Cmdlet struct {
	// Name is the cmdlet, or for a build the pipeline that exports it:
	// "Get-Command ExSetup.exe".
	Name string `json:"name"`
	// Online says it runs in Exchange Online PowerShell, not the Exchange
	// Management Shell.
	Online bool `json:"online,omitempty"`
}

// compare orders cmdlets by Name, then the Exchange Management Shell's
// before Exchange Online's.
func (c Cmdlet) compare(d Cmdlet) int {
	if n := strings.Compare(c.Name, d.Name); n != 0 {
		return n
	}
	switch {
	case c.Online == d.Online:
		return 0
	case d.Online:
		return -1
	}
	return 1
}

// FileName returns the name the collection script gives the cmdlet's
// export: the cmdlet without its dash and parameters, and ".xml"
// ("GetSettingOverride.xml" for Get-SettingOverride). It is "" for
// ExSetup's builds, which have a file per server (ExSetup_SERVER.xml).
func (c Cmdlet) FileName() string {
	verb, _, _ := strings.Cut(c.Name, " ")
	if verb == "Get-Command" {
		return ""
	}
	return strings.Replace(verb, "-", "", 1) + ".xml"
}

func (k *kind) command() Cmdlet { return Cmdlet{Name: k.cmdlet, Online: k.online} }

// kindOfFile returns the kind whose cmdlet the file is named for, as the
// collection script names its exports: the cmdlet's first word without
// its dash, and ".xml" ("GetSettingOverride.xml"), or for a file per
// server with "_SERVER" before ".xml" ("GetExchangeCertificate_EX01.xml"),
// ignoring case and the folders before it. Of two kinds of that name
// (Get-OrganizationRelationship on both sides), online chooses; a name
// only one side has is that side's, as [kindOf] reads types. ExSetup's builds have files of their own
// (ExSetup_SERVER.xml) and are known by their objects only.
func kindOfFile(name string, online bool) *kind {
	base := name[strings.LastIndexAny(name, `/\`)+1:]
	if stem, _, perServer := strings.Cut(base, "_"); perServer {
		base = stem + ".xml" // a file per server: GetExchangeCertificate_EX01.xml
	}
	var other *kind
	for i := range kinds {
		k := &kinds[i]
		if f := k.command().FileName(); f == "" || !strings.EqualFold(base, f) {
			continue
		}
		if k.online == online {
			return k
		}
		other = k
	}
	return other
}

// Cmdlets returns the commands whose output this package reads, in the
// order of the package documentation, each once. A collection script that
// exports them all gives [Inventory.Read] everything it can use.
func Cmdlets() []Cmdlet {
	var out []Cmdlet
	for _, k := range kinds {
		c := Cmdlet{Name: k.cmdlet, Online: k.online}
		if len(out) == 0 || out[len(out)-1] != c {
			out = append(out, c)
		}
	}
	return out
}
