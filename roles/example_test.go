package roles_test

import (
	"fmt"

	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

func ExampleValidateServer() {
	s := roles.Server{
		Name:      "EX2010-EDGE",
		Build:     version.MustParseBuild("14.3.513.0"),
		Roles:     roles.Of(roles.RoleHubTransport, roles.RoleEdgeTransport),
		Perimeter: true,
	}
	for _, f := range roles.ValidateServer(s) {
		fmt.Println(f.Path, f.Code)
	}
	// Output:
	// roles roles/edge-combined
	// perimeter roles/internal-in-perimeter
}

func ExampleCheckCoexistence() {
	servers := []roles.Server{
		{Name: "EX2007", Build: version.MustParseBuild("8.3.297.2"), Roles: roles.Of(roles.RoleMailbox, roles.RoleClientAccess, roles.RoleHubTransport)},
		{Name: "EX2013", Build: version.MustParseBuild("15.0.712.24"), Roles: roles.Of(roles.RoleMailbox, roles.RoleClientAccess)},
	}
	fs := roles.CheckCoexistence(servers).Under("servers")
	fmt.Print(fs)
	// Output:
	// error servers[0].build: EX2007 runs 8.3.297.2; coexistence with Exchange Server 2013 needs Exchange 2007 SP3 Update Rollup 10 (8.3.298.3) or later [roles/coexistence-below-minimum]
}

func ExampleRoleSet() {
	set, err := roles.ParseRoleSet("MB, CA")
	if err != nil {
		panic(err)
	}
	fmt.Println(set, set.Has(roles.RoleClientAccess))
	fmt.Println(roles.Available(version.MustParseBuild("15.0.775.38")))
	fmt.Println(roles.Provides(version.Exchange2013, roles.RoleClientAccess))
	// Output:
	// Mailbox, ClientAccess true
	// Mailbox, ClientAccess
	// ClientProxy, FrontendTransport
}
