package federation_test

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

const (
	testID      = "177cd94d-be11-44e9-b09f-db69389f3a35"
	testCloudID = "a3e87a2d-b84e-43cb-bf18-59aac4c4f1e5"
	// testProof is Microsoft's example proof value
	// (https://learn.microsoft.com/exchange/renew-the-federation-certificate-exchange-2013-help).
	testProof = "znMfbkgSbOQSsWFdsW+gm3to0nZSdE3zbcPPHGVAqdgsLFGsCPuLHiyVbKoPmgyZKX90NH2g1PbCZH0YTQF6oA=="
)

func server(name, build string, rs ...roles.Role) roles.Server {
	return roles.Server{Name: name, Build: version.MustParseBuild(build), Roles: roles.Of(rs...), Site: "HQ"}
}

func internetFacing(s roles.Server) roles.Server { s.InternetFacing = true; return s }

// Builds from "Exchange Server build numbers and release dates".
const (
	b2007SP1     = "8.1.240.6"
	b2007SP3RU10 = "8.3.298.3"
	b2010SP1     = "14.1.218.15"
	b2010SP3     = "14.3.123.4"
	b2013CU3     = "15.0.775.38"
	b2013SP1     = "15.0.847.32"
	b2013CU5     = "15.0.913.22"
	b2013CU23    = "15.0.1497.2"
	b2016CU23    = "15.1.2507.6"
	b2019CU14    = "15.2.1544.4"
	bSERTM       = "15.2.2562.17"
)

// org2016 is an Exchange 2016 organization with one Internet-facing
// Mailbox server.
func org2016() []roles.Server {
	return []roles.Server{internetFacing(server("EX2016-01", b2016CU23, roles.RoleMailbox))}
}

// org2013_2007 is an Exchange 2007 organization with an Exchange 2013
// hybrid server that has both roles.
func org2013and2007() []roles.Server {
	return []roles.Server{
		server("EX2007-MBX", b2007SP3RU10, roles.RoleMailbox),
		server("EX2007-CAS", b2007SP3RU10, roles.RoleClientAccess, roles.RoleHubTransport),
		internetFacing(server("EX2013-01", b2013CU23, roles.RoleMailbox, roles.RoleClientAccess)),
	}
}

func params(servers []roles.Server) federation.Params {
	return federation.Params{
		ID:              testID,
		CloudID:         testCloudID,
		Servers:         servers,
		Tenant:          "contoso.onmicrosoft.com",
		Cloud:           exhybrid.CloudWorldwide,
		Domains:         []string{"contoso.com", "sales.contoso.com"},
		AutodiscoverURL: "https://autodiscover.contoso.com/autodiscover/autodiscover.svc",
		EWSURL:          "https://mail.contoso.com/EWS/Exchange.asmx",
		OWAURL:          "https://mail.contoso.com/owa",
		OWAForm:         federation.OWAFormOutlookCom,
	}
}

// chooseAuth and relationships are the two halves of Configure, as the
// tests of each look at them: the findings are Configure's, of both.
func chooseAuth(p federation.Params) (federation.Choice, exhybrid.Findings) {
	c, fs := federation.Configure(p)
	return c.Auth, fs
}

func relationships(p federation.Params) (federation.Pair, exhybrid.Findings) {
	c, fs := federation.Configure(p)
	return c.Relationships, fs
}
