package roles

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/google/go-cmp/cmp"
)

// TestEnumTables checks the data of the package's enumerations and sets;
// internal/enum tests the behaviour they share.
func TestEnumTables(t *testing.T) {
	for _, check := range []func() error{roleEnum.CheckSet, serviceEnum.CheckSet} {
		if err := check(); err != nil {
			t.Error(err)
		}
	}
}

func TestParseRoleAliases(t *testing.T) {
	tests := map[string]Role{
		"mailbox": RoleMailbox, "MB": RoleMailbox, "m": RoleMailbox,
		"ClientAccess": RoleClientAccess, "CA": RoleClientAccess, "Client Access": RoleClientAccess,
		"HT": RoleHubTransport, "hub transport": RoleHubTransport,
		"UM": RoleUnifiedMessaging, "Unified Messaging": RoleUnifiedMessaging,
		"ET": RoleEdgeTransport, "Edge": RoleEdgeTransport, "edgetransport": RoleEdgeTransport,
	}
	for in, want := range tests {
		if got, err := ParseRole(in); err != nil || got != want {
			t.Errorf("ParseRole(%q) = %v, %v, want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "Unknown", "ManagementTools", "MT", "Mailboxes"} {
		if _, err := ParseRole(bad); !errors.Is(err, ErrUnknownValue) {
			t.Errorf("ParseRole(%q) err = %v, want ErrUnknownValue", bad, err)
		}
	}
}

func TestRoleSet(t *testing.T) {
	s := Of(RoleClientAccess, RoleMailbox, RoleUnknown)
	if !s.Has(RoleMailbox) || !s.Has(RoleClientAccess) || s.Has(RoleEdgeTransport) || s.Has(RoleUnknown) {
		t.Errorf("Has wrong for %v", s)
	}
	if s.Len() != 2 || s.IsEmpty() || !RoleSet(0).IsEmpty() {
		t.Errorf("Len/IsEmpty wrong for %v", s)
	}
	if got := slices.Collect(s.All()); !slices.Equal(got, []Role{RoleMailbox, RoleClientAccess}) {
		t.Errorf("All() = %v", got)
	}
	if s.String() != "Mailbox, ClientAccess" {
		t.Errorf("String() = %q", s.String())
	}
	if s.Without(RoleMailbox) != Of(RoleClientAccess) || s.With(Role(77)) != s || s.Without(Role(77)) != s {
		t.Error("With/Without wrong")
	}
	if s.Union(Of(RoleEdgeTransport)).Len() != 3 || s.Intersect(Of(RoleMailbox, RoleHubTransport)) != Of(RoleMailbox) || s.Minus(Of(RoleMailbox)) != Of(RoleClientAccess) {
		t.Error("set algebra wrong")
	}
}

func TestParseRoleSet(t *testing.T) {
	tests := []struct {
		in       string
		want     RoleSet
		wantErr  error
		repeated bool
	}{
		{"Mailbox, ClientAccess", Of(RoleMailbox, RoleClientAccess), nil, false},
		{"MB,CA,HT", Of(RoleMailbox, RoleClientAccess, RoleHubTransport), nil, false},
		{"  EdgeTransport ", Of(RoleEdgeTransport), nil, false},
		{"", 0, nil, false},
		{"Mailbox, Mailbox", 0, ErrUnknownValue, true},
		{"Mailbox, MB", 0, ErrUnknownValue, true},
		{"Mailbox,,ClientAccess", 0, ErrUnknownValue, false},
		{"Mailbox; ClientAccess", 0, ErrUnknownValue, false},
	}
	for _, tt := range tests {
		got, err := ParseRoleSet(tt.in)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("ParseRoleSet(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		var ve *exhybrid.ValueError
		if err != nil && (!errors.As(err, &ve) || ve.Repeated != tt.repeated) {
			t.Errorf("ParseRoleSet(%q) error %#v, want Repeated %v", tt.in, err, tt.repeated)
		}
	}
}

func TestServerJSONRoundTrip(t *testing.T) {
	in := []Server{{
		Name: "EX2013-01", FQDN: "ex2013-01.corp.contoso.com", Site: "HQ",
		Build: mustBuild("15.0.1497.48"), Roles: Of(RoleMailbox, RoleClientAccess), InternetFacing: true,
	}, {
		Name: "EDGE01", FQDN: "edge01.contoso.com", Build: mustBuild("15.2.1748.10"),
		Roles: Of(RoleEdgeTransport), Perimeter: true, InternetFacing: true, EdgeSync: true,
	}, {
		Name: "EX07CMS", Build: mustBuild("8.3.517.0"), Roles: Of(RoleMailbox), ClusteredMailbox: true,
	}}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out []Server
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s\njson: %s", diff, data)
	}
	var bad Server
	if err := json.Unmarshal([]byte(`{"name":"X","roles":"Mailbox, Hub"}`), &bad); err != nil {
		t.Errorf("alias Hub rejected: %v", err)
	}
	if err := json.Unmarshal([]byte(`{"name":"X","roles":"Mailbox, Gateway"}`), &bad); !errors.Is(err, ErrUnknownValue) {
		t.Errorf("unknown role accepted: %v", err)
	}
}
