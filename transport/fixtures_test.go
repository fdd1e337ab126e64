package transport_test

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
	"github.com/exhybrid/exhybrid/version"
)

// Builds used by the fixtures, from Microsoft's build list
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates).
var (
	build2007SP3RU13 = version.MustParseBuild("8.3.348.2")
	build2010SP2     = version.MustParseBuild("14.2.247.5")
	build2010SP3     = version.MustParseBuild("14.3.123.4")
	build2013CU23    = version.MustParseBuild("15.0.1497.2")
	build2016CU23    = version.MustParseBuild("15.1.2507.6")
	build2019CU14    = version.MustParseBuild("15.2.1544.4")
)

const testID = "2f5a8d6c-3b1e-4c7a-9d2f-6e8b1a0c4d37"

var (
	hybridCert = transport.TLSCertificate{
		Name:     transport.MustParseCertificateName("<I>CN=Contoso Issuing CA, O=Contoso, C=US<S>CN=mail.contoso.com, O=Contoso, C=US"),
		DNSNames: []string{"mail.contoso.com", "autodiscover.contoso.com"},
	}
	oldCert = transport.MustParseCertificateName("<I>CN=Contoso Issuing CA, O=Contoso, C=US<S>CN=old.contoso.com, O=Contoso, C=US")
)

// servers2019 is an Exchange 2019 organization with two Mailbox servers.
func servers2019() []roles.Server {
	return []roles.Server{
		{Name: "EX01", FQDN: "ex01.corp.contoso.com", Site: "HQ", Build: build2019CU14, Roles: roles.Of(roles.RoleMailbox)},
		{Name: "EX02", FQDN: "ex02.corp.contoso.com", Site: "HQ", Build: build2019CU14, Roles: roles.Of(roles.RoleMailbox)},
	}
}

// params2019 sends and receives on both Mailbox servers, with the default
// options in the worldwide cloud.
func params2019() transport.Params {
	return transport.Params{
		Tenant:              "contoso.onmicrosoft.com",
		Certificate:         hybridCert,
		Servers:             servers2019(),
		SendingServers:      []string{"EX01", "EX02"},
		ReceivingServers:    []string{"EX01", "EX02"},
		Domains:             []string{"contoso.com"},
		OnPremisesSmartHost: "mail.contoso.com",
		Options:             transport.Options{Cloud: exhybrid.CloudWorldwide, ID: testID},
	}
}

// servers2007 is an Exchange 2007 organization with Exchange 2013 hybrid
// servers: the Client Access and Mailbox roles on separate servers.
func servers2007() []roles.Server {
	return []roles.Server{
		{Name: "EX07MBX", FQDN: "ex07mbx.corp.contoso.com", Site: "HQ", Build: build2007SP3RU13, Roles: roles.Of(roles.RoleMailbox)},
		{Name: "HUB07", FQDN: "hub07.corp.contoso.com", Site: "HQ", Build: build2007SP3RU13, Roles: roles.Of(roles.RoleHubTransport, roles.RoleClientAccess)},
		{Name: "EX13MBX", FQDN: "ex13mbx.corp.contoso.com", Site: "HQ", Build: build2013CU23, Roles: roles.Of(roles.RoleMailbox)},
		{Name: "EX13CAS", FQDN: "ex13cas.corp.contoso.com", Site: "HQ", Build: build2013CU23, Roles: roles.Of(roles.RoleClientAccess)},
	}
}

// params2007 sends from the 2013 Mailbox server and receives on the 2013
// Client Access server.
func params2007() transport.Params {
	p := params2019()
	p.Servers = servers2007()
	p.SendingServers = []string{"EX13MBX"}
	p.ReceivingServers = []string{"EX13CAS"}
	return p
}

// serversEdge is an Exchange 2016 organization with a subscribed Exchange
// 2016 Edge Transport server.
func serversEdge() []roles.Server {
	return []roles.Server{
		{Name: "EX16", FQDN: "ex16.corp.contoso.com", Site: "HQ", Build: build2016CU23, Roles: roles.Of(roles.RoleMailbox)},
		{Name: "EDGE01", FQDN: "edge01.contoso.com", Build: build2016CU23, Roles: roles.Of(roles.RoleEdgeTransport), Perimeter: true, InternetFacing: true, EdgeSync: true},
	}
}

// paramsEdge carries hybrid mail through the Edge Transport server.
func paramsEdge() transport.Params {
	p := params2019()
	p.Servers = serversEdge()
	p.SendingServers, p.ReceivingServers = nil, nil
	p.EdgeServers = []string{"EDGE01"}
	return p
}

// rolesServer returns an internal server in site HQ with the given roles
// ("Mailbox, HubTransport").
func rolesServer(name string, b version.Build, roleList string) roles.Server {
	rs, err := roles.ParseRoleSet(roleList)
	if err != nil {
		panic(err)
	}
	return roles.Server{Name: name, Site: "HQ", Build: b, Roles: rs}
}

// servers2010 is an Exchange 2010 organization with one multi-role server,
// which is the hybrid server of an Exchange 2010-based hybrid.
func servers2010() []roles.Server {
	return []roles.Server{
		{Name: "EX10", FQDN: "ex10.corp.contoso.com", Site: "HQ", Build: build2010SP3, Roles: roles.Of(roles.RoleMailbox, roles.RoleHubTransport, roles.RoleClientAccess)},
	}
}

// params2010 sends and receives on the Exchange 2010 Hub Transport server.
func params2010() transport.Params {
	p := params2019()
	p.Servers = servers2010()
	p.SendingServers, p.ReceivingServers = []string{"EX10"}, []string{"EX10"}
	return p
}

// servers2016 is an Exchange 2016 organization with two Mailbox servers.
func servers2016() []roles.Server {
	return []roles.Server{
		{Name: "EX01", FQDN: "ex01.corp.contoso.com", Site: "HQ", Build: build2016CU23, Roles: roles.Of(roles.RoleMailbox)},
		{Name: "EX02", FQDN: "ex02.corp.contoso.com", Site: "HQ", Build: build2016CU23, Roles: roles.Of(roles.RoleMailbox)},
	}
}
