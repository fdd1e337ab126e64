package roles

import (
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/internal/codecheck"
	"github.com/exhybrid/exhybrid/internal/findingtest"
)

func TestCodesDocumented(t *testing.T) { codecheck.Check(t, ".", rules) }

// good returns a valid server of the given build and roles, internal and
// not published.
func good(name, build string, roles ...Role) Server {
	return Server{Name: name, FQDN: hostLabel(name) + ".corp.contoso.com", Site: "HQ", Build: mustBuild(build), Roles: Of(roles...)}
}

// hostLabel makes a DNS label of a server name, so that tests of bad names
// do not also produce bad FQDNs.
func hostLabel(name string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9', r == '-':
			return r
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		}
		return -1
	}, name)
}

func edge(name, build string) Server {
	return Server{Name: name, FQDN: hostLabel(name) + ".contoso.com", Build: mustBuild(build), Roles: Of(RoleEdgeTransport), Perimeter: true, InternetFacing: true, EdgeSync: true}
}

func TestValidateServer(t *testing.T) {
	tests := []struct {
		name string
		s    Server
		want []findingtest.Key
	}{
		// Valid servers of every version and layout.
		{"2007 mailbox", good("EX07MBX", "8.3.517.0", RoleMailbox), nil},
		{"2007 multi-role", good("EX07", "8.3.298.3", RoleMailbox, RoleClientAccess, RoleHubTransport, RoleUnifiedMessaging), nil},
		{"2007 clustered mailbox", func() Server { s := good("EX07CMS", "8.3.517.0", RoleMailbox); s.ClusteredMailbox = true; return s }(), nil},
		{"2010 multi-role", good("EX10", "14.3.513.0", RoleMailbox, RoleClientAccess, RoleHubTransport), nil},
		{"2013 both roles published", func() Server {
			s := good("EX13", "15.0.1497.2", RoleMailbox, RoleClientAccess)
			s.InternetFacing = true
			return s
		}(), nil},
		{"2013 CAS published", func() Server { s := good("CAS13", "15.0.1497.2", RoleClientAccess); s.InternetFacing = true; return s }(), nil},
		{"2016 mailbox", good("EX16", "15.1.2507.6", RoleMailbox), nil},
		{"2019 edge", edge("EDGE19", "15.2.1748.10"), nil},
		{"SE mailbox", good("EXSE", "15.2.2562.17", RoleMailbox), nil},
		{"2013 SP1 edge", edge("EDGE13", "15.0.847.32"), nil},

		// Names.
		{"no name", Server{Build: mustBuild("15.1.2507.6"), Roles: Of(RoleMailbox)}, []findingtest.Key{findingtest.E("name", CodeNameMissing)}},
		{"name too long", good("EXCHANGE-SERVER-01", "15.1.2507.6", RoleMailbox), []findingtest.Key{findingtest.E("name", CodeNameInvalid)}},
		{"name with colon", good("EX:16", "15.1.2507.6", RoleMailbox), []findingtest.Key{findingtest.E("name", CodeNameInvalid)}},
		{"name with trailing space", good("EX16 ", "15.1.2507.6", RoleMailbox), []findingtest.Key{findingtest.E("name", CodeNameInvalid)}},
		{"name with control character", good("EX\t16", "15.1.2507.6", RoleMailbox), []findingtest.Key{findingtest.E("name", CodeNameInvalid)}},
		{"name with a Unicode quote", good("A\u2019$(calc)", "15.1.2507.6", RoleMailbox), []findingtest.Key{findingtest.E("name", CodeNameInvalid)}},
		{"name with an apostrophe", good("EX'16", "15.1.2507.6", RoleMailbox), []findingtest.Key{findingtest.E("name", CodeNameInvalid)}},
		{"name with an underscore", good("EX_16", "15.1.2507.6", RoleMailbox), []findingtest.Key{findingtest.E("name", CodeNameInvalid)}},
		{"name of digits only", good("2016", "15.1.2507.6", RoleMailbox), []findingtest.Key{findingtest.E("name", CodeNameInvalid)}},
		{"name of 15 characters", good("EXCHANGE-SRV-01", "15.1.2507.6", RoleMailbox), nil},
		{"bad fqdn", withFQDN(good("EX16", "15.1.2507.6", RoleMailbox), "ex16"), []findingtest.Key{findingtest.E("fqdn", CodeFQDNInvalid)}},
		{"fqdn with underscore", withFQDN(good("EX16", "15.1.2507.6", RoleMailbox), "ex_16.contoso.com"), []findingtest.Key{findingtest.E("fqdn", CodeFQDNInvalid)}},

		// Builds.
		{"no build", Server{Name: "EX16", Roles: Of(RoleMailbox)}, []findingtest.Key{findingtest.E("build", CodeBuildMissing)}},
		{"exchange online build", good("EX", "15.20.7452.28", RoleMailbox), []findingtest.Key{findingtest.E("build", CodeBuildNotOnPremises)}},
		{"exchange 2003 build", good("EX03", "6.5.7638.1", RoleMailbox), []findingtest.Key{findingtest.E("build", CodeBuildUnknownProduct)}},
		{"pre-release 2013", good("EX13", "15.0.100.0", RoleMailbox, RoleClientAccess), []findingtest.Key{findingtest.W("build", CodeBuildUnknown)}},
		{"unlisted hotfix", good("EX19", "15.2.1544.10", RoleMailbox), []findingtest.Key{findingtest.I("build", CodeBuildUnlisted)}},
		{"2007 at SP3 itself", good("EX07", "8.3.83.6", RoleMailbox), []findingtest.Key{findingtest.I("build", CodeBuildServicePackOnly)}},
		{"2010 at SP3 itself", good("EX10", "14.3.123.4", RoleMailbox), []findingtest.Key{findingtest.I("build", CodeBuildServicePackOnly)}},
		{"2013 at SP1 is a full build", good("EX13", "15.0.847.32", RoleMailbox, RoleClientAccess), nil},

		// Roles.
		{"no roles", good("EX16", "15.1.2507.6"), []findingtest.Key{findingtest.E("roles", CodeRolesEmpty)}},
		{"hub on 2013", good("EX13", "15.0.1497.2", RoleMailbox, RoleHubTransport), []findingtest.Key{findingtest.E("roles", CodeRoleNotOffered)}},
		{"client access on 2016", good("EX16", "15.1.2507.6", RoleMailbox, RoleClientAccess), []findingtest.Key{findingtest.E("roles", CodeRoleNotOffered)}},
		{"unified messaging on 2019", good("EX19", "15.2.1748.10", RoleMailbox, RoleUnifiedMessaging), []findingtest.Key{findingtest.E("roles", CodeRoleNotOffered)}},
		{"edge on 2013 RTM", edge("EDGE13", "15.0.516.32"), []findingtest.Key{findingtest.E("roles", CodeRoleNotOffered)}},
		{"edge with mailbox on 2010", func() Server { s := good("EX10", "14.3.513.0", RoleMailbox, RoleEdgeTransport); return s }(), []findingtest.Key{findingtest.E("roles", CodeEdgeCombined)}},
		{"edge with mailbox on 2016", func() Server { s := good("EX16", "15.1.2507.6", RoleMailbox, RoleEdgeTransport); return s }(), []findingtest.Key{findingtest.E("roles", CodeEdgeCombined)}},
		{"clustered 2007 with hub", func() Server {
			s := good("EX07", "8.3.517.0", RoleMailbox, RoleHubTransport)
			s.ClusteredMailbox = true
			return s
		}(), []findingtest.Key{findingtest.E("roles", CodeClusteredRoles)}},
		{"clustered 2010", func() Server { s := good("EX10", "14.3.513.0", RoleMailbox); s.ClusteredMailbox = true; return s }(), []findingtest.Key{findingtest.E("clusteredMailbox", CodeClusteredNot2007)}},
		{"edgesync on mailbox", func() Server { s := good("EX16", "15.1.2507.6", RoleMailbox); s.EdgeSync = true; return s }(), []findingtest.Key{findingtest.E("edgeSync", CodeEdgeSyncNotEdge)}},

		// Placement.
		{"mailbox in perimeter", func() Server { s := good("EX16", "15.1.2507.6", RoleMailbox); s.Perimeter = true; return s }(), []findingtest.Key{findingtest.E("perimeter", CodeInternalInPerimeter)}},
		{"2013 CAS in perimeter", func() Server { s := good("CAS13", "15.0.1497.2", RoleClientAccess); s.Perimeter = true; return s }(), []findingtest.Key{findingtest.E("perimeter", CodeInternalInPerimeter)}},
		{"edge inside", func() Server { s := edge("EDGE16", "15.1.2507.6"); s.Perimeter = false; return s }(), []findingtest.Key{findingtest.W("perimeter", CodeEdgeNotInPerimeter)}},
		{"2013 mailbox-only published", func() Server { s := good("MBX13", "15.0.1497.2", RoleMailbox); s.InternetFacing = true; return s }(), []findingtest.Key{findingtest.E("internetFacing", CodeMailboxInternetFacing)}},
		{"edge sharing roles in perimeter", func() Server {
			s := good("EX10", "14.3.513.0", RoleHubTransport, RoleEdgeTransport)
			s.Perimeter = true
			return s
		}(), []findingtest.Key{findingtest.E("roles", CodeEdgeCombined), findingtest.E("perimeter", CodeInternalInPerimeter)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := ValidateServer(tt.s)
			if diff := findingtest.Diff(tt.want, fs); diff != "" {
				t.Errorf("findings mismatch (-want +got):\n%s\n%s", diff, fs)
			}
			for _, f := range fs {
				if f.Message == "" {
					t.Errorf("finding %s has no message", f.Code)
				}
			}
		})
	}
}

func TestValidServerAllocatesNothing(t *testing.T) {
	servers := []Server{
		good("EX13", "15.0.1497.2", RoleMailbox, RoleClientAccess),
		edge("EDGE19", "15.2.1748.10"),
		good("EX07", "8.3.517.0", RoleMailbox, RoleClientAccess, RoleHubTransport),
	}
	for _, s := range servers {
		if n := testing.AllocsPerRun(100, func() { _ = ValidateServer(s) }); n != 0 {
			t.Errorf("ValidateServer(%s) allocates %v times", s.Name, n)
		}
	}
}
