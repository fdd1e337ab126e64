package roles

import "github.com/exhybrid/exhybrid/version"

// Server is one on-premises Exchange server, as an administrator would
// describe it from Get-ExchangeServer and the network design. It is a plain
// value; the zero Server is invalid (it has no name, build or role).
type Server struct {
	// Name is the computer's NetBIOS name, as Get-ExchangeServer shows it
	// ("EX2013-01").
	Name string `json:"name"`
	// FQDN is the server's fully qualified domain name
	// ("ex2013-01.corp.contoso.com"). Optional, but connectors and
	// certificates refer to it.
	FQDN string `json:"fqdn,omitempty"`
	// Site is the Active Directory site of an internal server. Edge
	// Transport servers are outside the forest and have none.
	Site string `json:"site,omitempty"`
	// Build is the server's build: the file version of ExSetup.exe, best.
	// The AdminDisplayVersion of Get-ExchangeServer names the cumulative
	// update of 2013 and later but not later security updates, and for 2007
	// and 2010 only the service pack, not the update rollup
	// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates
	// tells 2007 and 2010 administrators to read ExSetup's file version).
	Build version.Build `json:"build"`
	// Roles are the installed server roles.
	Roles RoleSet `json:"roles"`
	// Perimeter is true for a server in the perimeter network (DMZ).
	Perimeter bool `json:"perimeter,omitempty"`
	// InternetFacing is true for a server that hosts can reach from the
	// Internet: published through the firewall for HTTPS or SMTP.
	InternetFacing bool `json:"internetFacing,omitempty"`
	// ClusteredMailbox is true for an Exchange 2007 clustered mailbox server
	// (a CCR or SCC cluster node).
	ClusteredMailbox bool `json:"clusteredMailbox,omitempty"`
	// EdgeSync is true for an Edge Transport server subscribed to an Active
	// Directory site (an Edge Subscription), which hybrid mail flow through
	// Edge requires.
	EdgeSync bool `json:"edgeSync,omitempty"`
}

// Product returns the product of the server's build.
func (s Server) Product() version.Product { return version.ProductOf(s.Build) }

// IsEdge reports whether the server has the Edge Transport role.
func (s Server) IsEdge() bool { return s.Roles.Has(RoleEdgeTransport) }

// Provides returns what the server's roles provide on its version.
func (s Server) Provides() Services { return providesOn(s.Product(), s.Roles) }

// Label returns the server's name for messages, or "(unnamed)".
func (s Server) Label() string {
	if s.Name == "" {
		return "(unnamed)"
	}
	return s.Name
}
