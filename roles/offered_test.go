package roles

import (
	"testing"

	"github.com/exhybrid/exhybrid/version"
)

func mustBuild(s string) version.Build { return version.MustParseBuild(s) }

func TestOfferedAndAvailable(t *testing.T) {
	tests := []struct {
		build string
		want  RoleSet
	}{
		{"8.3.517.0", Of(RoleMailbox, RoleClientAccess, RoleHubTransport, RoleUnifiedMessaging, RoleEdgeTransport)},
		{"14.3.513.0", Of(RoleMailbox, RoleClientAccess, RoleHubTransport, RoleUnifiedMessaging, RoleEdgeTransport)},
		{"15.0.775.38", Of(RoleMailbox, RoleClientAccess)}, // 2013 CU3: no Edge before SP1
		{"15.0.847.32", Of(RoleMailbox, RoleClientAccess, RoleEdgeTransport)},
		{"15.1.2507.6", Of(RoleMailbox, RoleEdgeTransport)},
		{"15.2.1748.10", Of(RoleMailbox, RoleEdgeTransport)},
		{"15.2.2562.17", Of(RoleMailbox, RoleEdgeTransport)},
		{"15.20.7452.28", 0},
	}
	for _, tt := range tests {
		if got := Available(mustBuild(tt.build)); got != tt.want {
			t.Errorf("Available(%s) = %v, want %v", tt.build, got, tt.want)
		}
	}
	if Offered(version.Exchange2013) != Of(RoleMailbox, RoleClientAccess, RoleEdgeTransport) {
		t.Error("Offered(2013) wrong")
	}
}

func TestProvides(t *testing.T) {
	tests := []struct {
		p    version.Product
		r    Role
		want Services
	}{
		{version.Exchange2007, RoleHubTransport, services(ServiceTransport)},
		{version.Exchange2010, RoleClientAccess, services(ServiceClientProtocols)},
		{version.Exchange2010, RoleMailbox, services(ServiceMailboxDatabases)},
		{version.Exchange2013, RoleClientAccess, services(ServiceClientProxy, ServiceFrontendTransport)},
		{version.Exchange2013, RoleMailbox, services(ServiceClientProtocols, ServiceTransport, ServiceMailboxDatabases, ServiceUnifiedMessaging)},
		{version.Exchange2016, RoleMailbox, services(ServiceClientProxy, ServiceClientProtocols, ServiceFrontendTransport, ServiceTransport, ServiceMailboxDatabases, ServiceUnifiedMessaging)},
		{version.Exchange2019, RoleMailbox, services(ServiceClientProxy, ServiceClientProtocols, ServiceFrontendTransport, ServiceTransport, ServiceMailboxDatabases)},
		{version.ExchangeSE, RoleEdgeTransport, services(ServiceEdgeTransport)},
		{version.Exchange2016, RoleClientAccess, 0},
		{version.Exchange2019, RoleUnifiedMessaging, 0},
		{version.ExchangeOnline, RoleMailbox, 0},
	}
	for _, tt := range tests {
		if got := Provides(tt.p, tt.r); got != tt.want {
			t.Errorf("Provides(%v, %v) = %v, want %v", tt.p, tt.r, got, tt.want)
		}
	}
	s := Server{Build: mustBuild("15.0.1497.2"), Roles: Of(RoleMailbox, RoleClientAccess)}
	if !s.Provides().Has(ServiceFrontendTransport) || !s.Provides().Has(ServiceMailboxDatabases) || s.Provides().Has(ServiceEdgeTransport) {
		t.Errorf("2013 multi-role server provides %v", s.Provides())
	}
	if got := services(ServiceTransport, ServiceEdgeTransport).String(); got != "Transport, EdgeTransport" {
		t.Errorf("Services.String() = %q", got)
	}
}
