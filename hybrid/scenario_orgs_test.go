package hybrid

import (
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
)

// The organizations of the scenarios: the source material's Exchange 2007
// organization and its variations, and organizations of the later versions.

// seedOneServer is the seed with a single Exchange 2013 server.
func seedOneServer(t testing.TB) Organization {
	org := seed(t)
	org.Servers = org.Servers[:3]
	org.HybridServers = []string{"EX2013-01"}
	org.Certificate.Servers = []string{"EX2013-01"}
	return org
}

// seedRU9 has its Exchange 2007 Mailbox server at SP3 Update Rollup 9, one
// below the minimum for coexistence with Exchange 2013.
func seedRU9(t testing.TB) Organization {
	org := seed(t)
	org.Servers[0].Build = mustBuild("8.3.297.2")
	return org
}

// seed2013RTM has one Exchange 2013 hybrid server at RTM.
func seed2013RTM(t testing.TB) Organization {
	org := seed(t)
	org.Servers[2].Build = mustBuild("15.0.516.32")
	return org
}

// seedEdgeSharingRoles adds an Exchange 2013 SP1 "Edge" server that also
// holds the Mailbox role, named as the hybrid Edge server.
func seedEdgeSharingRoles(t testing.TB) Organization {
	org := seed(t)
	edge := server("EDGE01", "15.0.1497.48", roles.Of(roles.RoleEdgeTransport, roles.RoleMailbox), true)
	edge.Site, edge.Perimeter, edge.EdgeSync = "", true, true
	org.Servers = append(org.Servers, edge)
	org.EdgeServers = []string{"EDGE01"}
	org.Certificate.Servers = append(org.Certificate.Servers, "EDGE01")
	return org
}

// org2010 is an Exchange 2010 SP3 organization with two multi-role servers
// as its 2010-based hybrid servers.
func org2010(t testing.TB) Organization {
	org := modern(t,
		server("EX2010-01", "14.3.513.0", all10, true),
		server("EX2010-02", "14.3.509.0", all10, true),
	)
	org.Features = AllFeatures.Without(FeaturePhotos)
	return org
}

// org2016And2019 is an Exchange 2016 organization with two Exchange 2019
// hybrid servers.
func org2016And2019(t testing.TB) Organization {
	org := modern(t,
		server("EX2016-01", "15.1.2507.75", mbx, false),
		server("EX2019-01", "15.2.1748.53", mbx, true),
		server("EX2019-02", "15.2.1748.53", mbx, true),
	)
	org.HybridServers = []string{"EX2019-01", "EX2019-02"}
	org.MX = transport.MXExchangeOnline
	return org
}

// orgSE is an Exchange Server SE organization.
func orgSE(t testing.TB) Organization {
	return modern(t,
		server("EXSE-01", "15.2.2562.53", mbx, true),
		server("EXSE-02", "15.2.2562.53", mbx, true),
	)
}

// orgMinimal is an Exchange 2016 organization in a minimal hybrid, for a
// migration of weeks: mailbox moves only.
func orgMinimal(t testing.TB) Organization {
	org := modern(t,
		server("EX2016-01", "15.1.2507.75", mbx, true),
		server("EX2016-02", "15.1.2507.75", mbx, true),
	)
	org.Type = TypeClassicMinimal
	org.Features = Features(FeatureMoveMailbox)
	org.MX = transport.MXUnknown
	return org
}

// seed2007Only is the seed before any Exchange 2013 server: its two
// Exchange 2007 servers at SP2, below the SP3 Update Rollup 10 that
// Exchange 2013 needs beside them.
func seed2007Only(t testing.TB) Organization {
	org := seed(t)
	org.Servers = org.Servers[:2]
	org.Servers[0].Build = mustBuild("8.2.176.2")
	org.Servers[1].Build = mustBuild("8.2.176.2")
	org.HybridServers = nil
	org.Certificate.Servers = nil
	return org
}

// orgModern is an Exchange 2019 organization in a modern full hybrid:
// the Hybrid Agent carries free/busy and moves, EWS is not published, and
// the Mailbox servers still receive mail on 25.
func orgModern(t testing.TB) Organization {
	org := modern(t,
		server("EX2019-01", "15.2.1748.53", mbx, true),
		server("EX2019-02", "15.2.1748.53", mbx, true),
	)
	org.Type = TypeModernFull
	org.Features = AllowedFeatures(TypeModernFull).Without(FeatureCentralizedTransport)
	return org
}

// orgExpress is an Exchange 2016 organization in an express migration.
func orgExpress(t testing.TB) Organization {
	org := orgMinimal(t)
	org.Type = TypeClassicExpress
	return org
}

// orgEdges is an Exchange 2019 organization whose hybrid mail goes through
// two Exchange 2019 Edge Transport servers: EDGE01 subscribed but two
// updates behind, EDGE02 current but not subscribed.
func orgEdges(t testing.TB) Organization {
	org := modern(t,
		server("EX2019-01", "15.2.1748.53", mbx, true),
		server("EX2019-02", "15.2.1748.53", mbx, true),
		server("EDGE01", "15.2.1258.12", roles.Of(roles.RoleEdgeTransport), true),
		server("EDGE02", "15.2.1748.53", roles.Of(roles.RoleEdgeTransport), true),
	)
	for i := 2; i < 4; i++ {
		org.Servers[i].Site, org.Servers[i].Perimeter = "", true
		org.Servers[i].FQDN = strings.ToLower(org.Servers[i].Name) + ".contoso.com"
	}
	org.Servers[2].EdgeSync = true
	org.EdgeServers = []string{"edge01.contoso.com", "EDGE02"}
	return org
}

// org2019AndSE is the organization of issue 14: two Exchange 2019 CU15
// servers and one Exchange SE server, all hybrid servers.
func org2019AndSE(t testing.TB) Organization {
	return modern(t,
		server("EX19-01", "15.2.1748.53", mbx, true),
		server("EX19-02", "15.2.1748.53", mbx, true),
		server("EXSE-01", "15.2.2562.53", mbx, true),
	)
}

// org2013And2016 is an Exchange 2013 organization with two Exchange 2016
// hybrid servers.
func org2013And2016(t testing.TB) Organization {
	org := modern(t,
		server("EX2013-01", "15.0.1497.48", mbxCAS, false),
		server("EX2016-01", "15.1.2507.75", mbx, true),
		server("EX2016-02", "15.1.2507.75", mbx, true),
	)
	org.HybridServers = []string{"EX2016-01", "EX2016-02"}
	return org
}
