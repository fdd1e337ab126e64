package inventory

import (
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/clixml"
)

// kind is one kind of object this package reads: the cmdlet that writes
// it, the type name it is recognised by, and how it joins an Inventory.
type kind struct {
	cmdlet   string // "Get-ExchangeServer", or the pipeline that writes it
	online   bool   // the cmdlet is Exchange Online PowerShell's
	typeName string // without "Deserialized."
	// read reads o into its list of inv when it can be read.
	read func(inv *Inventory, o object)
	// merge adds next's list of this kind to inv's (see [mergeBy]).
	merge func(inv, next *Inventory, fs *exhybrid.Findings)
}

// newKind returns the kind whose objects read reads into the list of an
// Inventory that list returns.
func newKind[T entry](cmdlet string, online bool, typeName string, read func(object) (T, bool), list func(*Inventory) *[]T) kind {
	return kind{
		cmdlet: cmdlet, online: online, typeName: typeName,
		read: func(inv *Inventory, o object) {
			if v, ok := read(o); ok {
				l := list(inv)
				*l = append(*l, v)
			}
		},
		merge: func(inv, next *Inventory, fs *exhybrid.Findings) {
			l := list(inv)
			*l = mergeBy(*l, *list(next), fs)
		},
	}
}

// named is the reader of a kind whose objects are identified by their
// Name: an object without one is skipped, with a field-missing finding
// that asks for the cmdlet's whole export, and read gets the name.
func named[T any](read func(o object, name string) (T, bool)) func(object) (T, bool) {
	return func(o object) (T, bool) {
		name, ok := o.required("Name", o.exportAll())
		if !ok {
			var zero T
			return zero, false
		}
		return read(o, name)
	}
}

// kinds are the kinds of objects this package reads, in the order of the
// package documentation, each list of [Inventory] once. [Cmdlets] lists
// their cmdlets; [Inventory.Read] merges in this order.
var kinds = []kind{
	newKind("Get-ExchangeServer", false, typeExchangeServer, named(readServer),
		func(inv *Inventory) *[]Server { return &inv.Servers }),
	newKind("Get-Command ExSetup.exe", false, typeFileVersionInfo, readFileVersion,
		func(inv *Inventory) *[]FileVersion { return &inv.FileVersions }),
	newKind("Get-AcceptedDomain", false, typeAcceptedDomain, named(readAcceptedDomain),
		func(inv *Inventory) *[]AcceptedDomain { return &inv.AcceptedDomains }),
	newKind("Get-ExchangeCertificate", false, typeExchangeCertificate, readCertificate,
		func(inv *Inventory) *[]Certificate { return &inv.Certificates }),
	newKind("Get-SendConnector", false, typeSendConnector, named(readSendConnector),
		func(inv *Inventory) *[]SendConnector { return &inv.SendConnectors }),
	newKind("Get-ReceiveConnector", false, typeReceiveConnector, readReceiveConnector,
		func(inv *Inventory) *[]ReceiveConnector { return &inv.ReceiveConnectors }),
	newKind("Get-HybridConfiguration", false, typeHybridConfiguration, readHybridConfiguration,
		func(inv *Inventory) *[]HybridConfiguration { return &inv.HybridConfigurations }),
	newKind("Get-OrganizationConfig", false, typeOrganizationConfig, named(readOrganizationConfig),
		func(inv *Inventory) *[]OrganizationConfig { return &inv.OrganizationConfigs }),
	// Web services, Outlook on the web, Mailbox servers, federation,
	// addresses and remote domains.
	newKind("Get-WebServicesVirtualDirectory", false, typeWebServicesVirtualDirectory, readWebServicesVirtualDirectory,
		func(inv *Inventory) *[]WebServicesVirtualDirectory { return &inv.WebServicesVirtualDirectories }),
	newKind("Get-OwaVirtualDirectory", false, typeOwaVirtualDirectory, readOwaVirtualDirectory,
		func(inv *Inventory) *[]OwaVirtualDirectory { return &inv.OwaVirtualDirectories }),
	newKind("Get-MailboxServer", false, typeMailboxServer, named(readMailboxServer),
		func(inv *Inventory) *[]MailboxServer { return &inv.MailboxServers }),
	newKind("Get-OrganizationRelationship", false, typeOrganizationRelationship, named(readOrganizationRelationship),
		func(inv *Inventory) *[]OrganizationRelationship { return &inv.OrganizationRelationships }),
	newKind("Get-FederationTrust", false, typeFederationTrust, named(readFederationTrust),
		func(inv *Inventory) *[]FederationTrust { return &inv.FederationTrusts }),
	newKind("Get-FederatedOrganizationIdentifier", false, typeFederatedOrganizationIdentifier, readFederatedOrganizationIdentifier,
		func(inv *Inventory) *[]FederatedOrganizationIdentifier { return &inv.FederatedOrganizationIdentifiers }),
	newKind("Get-EmailAddressPolicy", false, typeEmailAddressPolicy, named(readEmailAddressPolicy),
		func(inv *Inventory) *[]EmailAddressPolicy { return &inv.EmailAddressPolicies }),
	newKind("Get-RemoteDomain", false, typeRemoteDomain, named(readRemoteDomain),
		func(inv *Inventory) *[]RemoteDomain { return &inv.RemoteDomains }),
	// Exchange Online PowerShell's cmdlets, read into Inventory.Online.
	newKind("Get-InboundConnector", true, typeInboundConnector, named(readInboundConnector),
		func(inv *Inventory) *[]InboundConnector { return &inv.Online.InboundConnectors }),
	newKind("Get-OutboundConnector", true, typeOutboundConnector, named(readOutboundConnector),
		func(inv *Inventory) *[]OutboundConnector { return &inv.Online.OutboundConnectors }),
	newKind("Get-OnPremisesOrganization", true, typeOnPremisesOrganization, named(readOnPremisesOrganization),
		func(inv *Inventory) *[]OnPremisesOrganization { return &inv.Online.OnPremisesOrganizations }),
	newKind("Get-OrganizationConfig -RetrieveEwsOperationAccessPolicy", true, typeOrganizationConfig, named(readOnlineOrganizationConfig),
		func(inv *Inventory) *[]OnlineOrganizationConfig { return &inv.Online.OrganizationConfigs }),
	newKind("Get-OrganizationRelationship", true, typeOrganizationRelationship, named(readOrganizationRelationship),
		func(inv *Inventory) *[]OrganizationRelationship { return &inv.Online.OrganizationRelationships }),
	newKind("Get-IntraOrganizationConnector", true, typeIntraOrgConnector, named(readIntraOrgConnector),
		func(inv *Inventory) *[]IntraOrganizationConnector { return &inv.Online.IntraOrganizationConnectors }),
	// OAuth and the dedicated hybrid app (oauth.go).
	newKind("Get-AuthConfig", false, typeAuthConfig, named(readAuthConfig),
		func(inv *Inventory) *[]AuthConfig { return &inv.AuthConfigs }),
	newKind("Get-AuthServer", false, typeAuthServer, named(readAuthServer),
		func(inv *Inventory) *[]AuthServer { return &inv.AuthServers }),
	newKind("Get-PartnerApplication", false, typePartnerApplication, named(readPartnerApplication),
		func(inv *Inventory) *[]PartnerApplication { return &inv.PartnerApplications }),
	newKind("Get-SettingOverride", false, typeSettingOverride, named(readSettingOverride),
		func(inv *Inventory) *[]SettingOverride { return &inv.SettingOverrides }),
	newKind("Get-IntraOrganizationConnector", false, typeIntraOrgConnector, named(readIntraOrgConnector),
		func(inv *Inventory) *[]IntraOrganizationConnector { return &inv.IntraOrganizationConnectors }),
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
