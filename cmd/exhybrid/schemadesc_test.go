package main

import (
	"reflect"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// The descriptions of the schema, which the generator in schema_test.go
// puts in schema.json. Reflection cannot read doc comments, so
// they are condensed here from the doc comments of the types;
// TestSchemaDescriptions fails when a field or a type has none, so a field
// added to the library cannot go undescribed.

// typeDescriptions describes the structs, by Go type name.
var typeDescriptions = map[string]string{
	"AcceptedDomain": "An accepted domain of the on-premises organization (Get-AcceptedDomain).",
	"Namespaces":     "The public host names clients and Exchange Online use to reach the on-premises organization. A host may serve several services.",
	"Certificate":    "The certificate the hybrid servers present for HTTPS (EWS, Autodiscover) and for TLS on port 25.",
	"Site":           "An Active Directory site with Exchange servers.",
	"Server":         "An on-premises Exchange server, as Get-ExchangeServer and the network design describe it.",
	"HybridApp":      "The dedicated Exchange hybrid app (ExchangeServerApp-<organization GUID>) in the tenant's Entra ID, through which on-premises Exchange reaches Exchange Online for free/busy, MailTips and photos since 2025-10-31.",
}

// fieldDescriptions describes the fields, by "GoType.jsonName".
var fieldDescriptions = map[string]string{
	"Organization.name":            `The Exchange organization's name, as Get-OrganizationConfig shows it ("Contoso"): letters A to Z, digits, hyphens and spaces, at most 64 characters, as Exchange Setup allows.`,
	"Organization.tenant":          `The Exchange Online tenant's initial domain ("contoso.onmicrosoft.com").`,
	"Organization.cloud":           "The Microsoft 365 cloud instance of the tenant.",
	"Organization.type":            "The kind of hybrid deployment the Hybrid Configuration Wizard sets up.",
	"Organization.features":        "The hybrid features to enable. The wizard enables every feature but CentralizedTransport by default; centralized mail transport is an explicit choice.",
	"Organization.mx":              "Where the MX records of the hybrid domains point: the choice that decides inbound Internet mail routing.",
	"Organization.hybridDomains":   `The SMTP domains shared by both organizations ("contoso.com"). Each must be an accepted domain.`,
	"Organization.acceptedDomains": "The on-premises accepted domains (Get-AcceptedDomain).",
	"Organization.namespaces":      "The public host names of the on-premises services.",
	"Organization.certificate":     "The third-party certificate for the hybrid services and secure mail.",
	"Organization.sites":           "The Active Directory sites that hold Exchange servers.",
	"Organization.servers":         "Every on-premises Exchange server, Edge Transport servers included.",
	"Organization.hybridServers":   "The names of the servers that carry hybrid traffic (the wizard's server choice). When empty, every server that can be a hybrid server is used.",
	"Organization.edgeServers":     "The names of the Edge Transport servers that carry hybrid mail instead of the internal hybrid servers (the wizard's EdgeTransportServers).",
	"Organization.hybridApp":       "Whether the dedicated Exchange hybrid app is configured, and its application ID when known.",
	"Organization.observed":        "What exists, as exhybrid import read it from the organization's exports: the objects behind this model (servers, connectors, certificates, the HybridConfiguration...), each with the file and object it came from. Written by exhybrid import, read by audit and plan --current; its fields are those of the Go type inventory.Inventory (https://pkg.go.dev/github.com/exhybrid/exhybrid/inventory#Inventory), unknown keys refused.",

	"HybridApp.configured": "True once the app is fully configured (created, Auth Certificate uploaded, EvoSts authorization server pointing at it, EnableExchangeHybrid3PAppFeature setting override on); the plan then has no steps for it.",
	"HybridApp.appId":      "The app's application (client) ID, a GUID, when known; without it the plan's commands hold a placeholder that stops the script.",

	"AcceptedDomain.domain": `The SMTP domain ("contoso.com").`,
	"AcceptedDomain.type":   "The accepted domain type, as New-AcceptedDomain names it.",

	"Namespaces.owa":             "The Outlook on the web host name.",
	"Namespaces.autodiscover":    `The Autodiscover host name ("autodiscover.contoso.com").`,
	"Namespaces.ews":             "The Exchange Web Services host name: free/busy, MailTips and mailbox moves.",
	"Namespaces.activeSync":      "The Exchange ActiveSync host name.",
	"Namespaces.outlookAnywhere": "The Outlook Anywhere and MAPI over HTTP host name.",
	"Namespaces.smtp":            "The host Exchange Online delivers mail to (the outbound connector's smart host).",
	"Namespaces.legacy":          `The Exchange 2007 Client Access namespace ("legacy.contoso.com").`,

	"Certificate.subject":    `The subject distinguished name ("CN=mail.contoso.com").`,
	"Certificate.issuer":     "The issuer distinguished name of the certification authority.",
	"Certificate.names":      "The DNS names in the subject alternative name extension.",
	"Certificate.selfSigned": "True for a certificate signed by its own key.",
	"Certificate.notAfter":   "The last day the certificate is valid.",
	"Certificate.servers":    "The names of the servers the certificate is installed on and enabled for SMTP and IIS.",

	"Site.name":           "The site's name.",
	"Site.internetFacing": "True for the site whose servers are published to the Internet.",

	"Server.name":             `The computer's NetBIOS name, as Get-ExchangeServer shows it ("EX2013-01").`,
	"Server.fqdn":             `The server's fully qualified domain name ("ex2013-01.corp.contoso.com").`,
	"Server.site":             "The Active Directory site of an internal server. Edge Transport servers have none.",
	"Server.build":            "The server's build: the file version of ExSetup.exe, or the build in its AdminDisplayVersion.",
	"Server.roles":            "The installed server roles.",
	"Server.perimeter":        "True for a server in the perimeter network (DMZ).",
	"Server.internetFacing":   "True for a server that hosts on the Internet can reach for HTTPS or SMTP.",
	"Server.clusteredMailbox": "True for an Exchange 2007 clustered mailbox server (a CCR or SCC node).",
	"Server.edgeSync":         "True for an Edge Transport server subscribed to an Active Directory site (an Edge Subscription).",
}

// textSchemaInfo is the schema of a type that is written as a string and
// parsed by its UnmarshalText.
type textSchemaInfo struct {
	name        string // the $defs name: the Go name, which reflect does not give for an alias of enum.Value
	description string
	enum        func() []string // the canonical names, for an enumeration
	list        func() []string // the names a comma-separated set accepts
	pattern     string          // the syntax, for a type with no fixed set of values
}

// textTypes lists every type of the organization that parses text. A type
// missing here makes the schema fail to generate, which its test catches.
var textTypes = map[reflect.Type]textSchemaInfo{
	reflect.TypeFor[exhybrid.Cloud](): {
		name:        "Cloud",
		description: `The Microsoft 365 cloud instance. "Commercial" and "GCC" are also read as Worldwide, "GCC High" as GCCHigh and "China" as 21Vianet.`,
		enum:        enumNames[exhybrid.Cloud],
	},
	reflect.TypeFor[hybrid.Type](): {
		name:        "Type",
		description: `The kind of hybrid deployment. "Full", "Minimal", "Express" and "Modern" are also read as ClassicFull, ClassicMinimal, ClassicExpress and ModernFull.`,
		enum:        enumNames[hybrid.Type],
	},
	reflect.TypeFor[transport.MXTarget](): {
		name:        "MXTarget",
		description: `Where the MX records of the hybrid domains point. "EOP" and "Office365" are also read as ExchangeOnline.`,
		enum:        enumNames[transport.MXTarget],
	},
	reflect.TypeFor[hybrid.DomainType](): {
		name:        "DomainType",
		description: "The type of an accepted domain.",
		enum:        enumNames[hybrid.DomainType],
	},
	reflect.TypeFor[hybrid.FeatureSet](): {
		name:        "FeatureSet",
		description: `A comma-separated list of hybrid features, each named once, as Get-HybridConfiguration shows them ("FreeBusy, MoveMailbox"); "" is none. Case does not matter, and the cmdlet reference's spellings "Centralized", "MailTips" and "OWARedirection" are read too.`,
		list:        enumNames[hybrid.Feature],
	},
	reflect.TypeFor[roles.RoleSet](): {
		name:        "RoleSet",
		description: `A comma-separated list of server roles, each named once ("Mailbox, ClientAccess"); case does not matter, and setup's short names ("MB", "CA", "HT", "UM", "ET") are read too.`,
		list:        enumNames[roles.Role],
	},
	reflect.TypeFor[version.Build](): {
		name:        "Build",
		description: `An Exchange build: four dot-separated numbers of up to five digits, each at most 65535, in the short form ("15.2.1544.4") or the long form ("15.02.1544.004"); "" for none.`,
		pattern:     `^$|^[0-9]{1,5}(\.[0-9]{1,5}){3}$`,
	},
	reflect.TypeFor[version.Date](): {
		name:        "Date",
		description: `A calendar day, YYYY-MM-DD ("2027-06-30"); "" for none.`,
		pattern:     `^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$`,
	},
}

// enumNames returns the names of the valid values of an enumeration whose
// values run from 1 while IsValid holds, as every enumeration of the
// library does (its zero value is the invalid Unknown).
func enumNames[T interface {
	~uint8
	IsValid() bool
	String() string
}]() []string {
	var names []string
	for v := T(1); v.IsValid(); v++ {
		names = append(names, v.String())
	}
	return names
}
