package inventory

import (
	"strconv"

	"github.com/exhybrid/exhybrid"
)

// Named returns the path of the object named name in o's file, the form
// the audit's findings use so that an administrator finds the object by
// what the file calls it: "GetSendConnector.xml: Mail to O365". A property
// is added with [exhybrid.Path.Prop]: "GetSendConnector.xml: Mail to O365:
// TlsAuthLevel". An object without a name is named by its number
// ("object 2"), and an Origin without a file (a value written by hand in
// the organization file) gives the name alone; the objects' Path methods
// name the file their cmdlet's export would be then (see [Origin.In]).
func (o Origin) Named(name string) exhybrid.Path {
	if name == "" {
		name = "object " + strconv.Itoa(o.Object)
	}
	return exhybrid.Path(o.File).Prop(name)
}

// In returns o, with File set to file when o has none: an object of the
// organization file written without "from" is then named in the file its
// cmdlet's export would be ("GetSendConnector.xml: Mail to O365"), not by
// its name alone, which a path of the organization's JSON could take.
func (o Origin) In(file string) Origin {
	if o.File == "" {
		o.File = file
	}
	return o
}

// Path returns the server's path: its file and Name.
func (s Server) Path() exhybrid.Path { return s.From.In("GetExchangeServer.xml").Named(s.Name) }

// Path returns the accepted domain's path: its file and Name.
func (a AcceptedDomain) Path() exhybrid.Path { return a.From.In("GetAcceptedDomain.xml").Named(a.Name) }

// Path returns the certificate's path: its file and Thumbprint, the name
// Get-ExchangeCertificate identifies it by.
func (c Certificate) Path() exhybrid.Path {
	return c.From.In("GetExchangeCertificate.xml").Named(c.Thumbprint)
}

// Path returns the Send connector's path: its file and Name.
func (c SendConnector) Path() exhybrid.Path { return c.From.In("GetSendConnector.xml").Named(c.Name) }

// Path returns the Receive connector's path: its file and Identity,
// "SERVER\Default Frontend SERVER".
func (c ReceiveConnector) Path() exhybrid.Path {
	return c.From.In("GetReceiveConnector.xml").Named(c.Server + `\` + c.Name)
}

// Path returns the EWS virtual directory's path: its file and Identity,
// "SERVER\EWS (Default Web Site)".
func (d WebServicesVirtualDirectory) Path() exhybrid.Path {
	return d.From.In("GetWebServicesVirtualDirectory.xml").Named(d.Server + `\` + d.Name)
}

// Path returns the HybridConfiguration's path: its file and the name every
// HybridConfiguration has, "Hybrid Configuration".
func (h HybridConfiguration) Path() exhybrid.Path {
	return h.From.In("GetHybridConfiguration.xml").Named("Hybrid Configuration")
}

// Path returns the Exchange Online Inbound connector's path: its file and
// Name.
func (c InboundConnector) Path() exhybrid.Path {
	return c.From.In("GetInboundConnector.xml").Named(c.Name)
}

// Path returns the Exchange Online Outbound connector's path: its file and
// Name.
func (c OutboundConnector) Path() exhybrid.Path {
	return c.From.In("GetOutboundConnector.xml").Named(c.Name)
}

// Path returns the path of Exchange Online's OrganizationConfig: its file
// and Name, the tenant's initial domain.
func (c OnlineOrganizationConfig) Path() exhybrid.Path {
	return c.From.In("GetOrganizationConfig.xml").Named(c.Name)
}

// Path returns the federation trust's path: its file and Name.
func (t FederationTrust) Path() exhybrid.Path {
	return t.From.In("GetFederationTrust.xml").Named(t.Name)
}

// Path returns the federated organization identifier's path: its file
// and number, since it has no name of its own.
func (f FederatedOrganizationIdentifier) Path() exhybrid.Path {
	return f.From.In("GetFederatedOrganizationIdentifier.xml").Named("")
}

// Path returns the organization relationship's path: its file and Name.
func (r OrganizationRelationship) Path() exhybrid.Path {
	return r.From.In("GetOrganizationRelationship.xml").Named(r.Name)
}

// Path returns the authorization server's path: its file and Name.
func (s AuthServer) Path() exhybrid.Path { return s.From.In("GetAuthServer.xml").Named(s.Name) }

// Path returns the partner application's path: its file and Name.
func (p PartnerApplication) Path() exhybrid.Path {
	return p.From.In("GetPartnerApplication.xml").Named(p.Name)
}

// Path returns the setting override's path: its file and Name.
func (o SettingOverride) Path() exhybrid.Path {
	return o.From.In("GetSettingOverride.xml").Named(o.Name)
}

// Path returns the on-premises intra-organization connector's path: its
// file and Name.
func (c IntraOrganizationConnector) Path() exhybrid.Path {
	return c.From.In("GetIntraOrganizationConnector.xml").Named(c.Name)
}

// Path returns the authentication configuration's path: its file and
// Name.
func (c AuthConfig) Path() exhybrid.Path { return c.From.In("GetAuthConfig.xml").Named(c.Name) }
