package roles

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRoleText(t *testing.T) {
	for r := Mailbox; r < roleCount; r++ {
		text, err := r.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", r, err)
		}
		var back Role
		if err := back.UnmarshalText(text); err != nil || back != r {
			t.Errorf("round trip of %v = %v, %v", r, back, err)
		}
	}
	if _, err := RoleUnknown.MarshalText(); !errors.Is(err, ErrUnknownRole) {
		t.Errorf("RoleUnknown.MarshalText err = %v", err)
	}
	if Role(99).String() != "Role(99)" {
		t.Errorf("Role(99).String() = %q", Role(99).String())
	}
}

func TestParseRoleAliases(t *testing.T) {
	tests := map[string]Role{
		"mailbox": Mailbox, "MB": Mailbox, "m": Mailbox,
		"ClientAccess": ClientAccess, "CA": ClientAccess, "Client Access": ClientAccess,
		"HT": HubTransport, "hub transport": HubTransport,
		"UM": UnifiedMessaging, "Unified Messaging": UnifiedMessaging,
		"ET": EdgeTransport, "Edge": EdgeTransport, "edgetransport": EdgeTransport,
	}
	for in, want := range tests {
		if got, err := ParseRole(in); err != nil || got != want {
			t.Errorf("ParseRole(%q) = %v, %v, want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "Unknown", "ManagementTools", "MT", "Mailboxes"} {
		if _, err := ParseRole(bad); !errors.Is(err, ErrUnknownRole) {
			t.Errorf("ParseRole(%q) err = %v, want ErrUnknownRole", bad, err)
		}
	}
}

func TestRoleSet(t *testing.T) {
	s := Of(ClientAccess, Mailbox, RoleUnknown)
	if !s.Has(Mailbox) || !s.Has(ClientAccess) || s.Has(EdgeTransport) || s.Has(RoleUnknown) {
		t.Errorf("Has wrong for %v", s)
	}
	if s.Len() != 2 || s.IsEmpty() || !RoleSet(0).IsEmpty() {
		t.Errorf("Len/IsEmpty wrong for %v", s)
	}
	if got := slices.Collect(s.All()); !slices.Equal(got, []Role{Mailbox, ClientAccess}) {
		t.Errorf("All() = %v", got)
	}
	if s.String() != "Mailbox, ClientAccess" {
		t.Errorf("String() = %q", s.String())
	}
	if s.Without(Mailbox) != Of(ClientAccess) || s.With(Role(77)) != s || s.Without(Role(77)) != s {
		t.Error("With/Without wrong")
	}
	if s.Union(Of(EdgeTransport)).Len() != 3 || s.Intersect(Of(Mailbox, HubTransport)) != Of(Mailbox) || s.Minus(Of(Mailbox)) != Of(ClientAccess) {
		t.Error("set algebra wrong")
	}
}

func TestParseRoleSet(t *testing.T) {
	tests := []struct {
		in      string
		want    RoleSet
		wantErr error
	}{
		{"Mailbox, ClientAccess", Of(Mailbox, ClientAccess), nil},
		{"MB,CA,HT", Of(Mailbox, ClientAccess, HubTransport), nil},
		{"  EdgeTransport ", Of(EdgeTransport), nil},
		{"", 0, nil},
		{"Mailbox, Mailbox", 0, ErrRepeatedRole},
		{"Mailbox,,ClientAccess", 0, ErrUnknownRole},
		{"Mailbox; ClientAccess", 0, ErrUnknownRole},
	}
	for _, tt := range tests {
		got, err := ParseRoleSet(tt.in)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("ParseRoleSet(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestServerJSONRoundTrip(t *testing.T) {
	in := []Server{{
		Name: "EX2013-01", FQDN: "ex2013-01.corp.contoso.com", Site: "HQ",
		Build: mustBuild("15.0.1497.48"), Roles: Of(Mailbox, ClientAccess), InternetFacing: true,
	}, {
		Name: "EDGE01", FQDN: "edge01.contoso.com", Build: mustBuild("15.2.1748.10"),
		Roles: Of(EdgeTransport), Perimeter: true, InternetFacing: true, EdgeSync: true,
	}, {
		Name: "EX07CMS", Build: mustBuild("8.3.517.0"), Roles: Of(Mailbox), ClusteredMailbox: true,
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
	if err := json.Unmarshal([]byte(`{"name":"X","roles":"Mailbox, Gateway"}`), &bad); !errors.Is(err, ErrUnknownRole) {
		t.Errorf("unknown role accepted: %v", err)
	}
}

func FuzzParseRoleSet(f *testing.F) {
	for _, s := range []string{"Mailbox, ClientAccess", "MB,CA", "", "Edge", "Mailbox,Mailbox", ",", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		set, err := ParseRoleSet(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownRole) && !errors.Is(err, ErrRepeatedRole) {
				t.Fatalf("ParseRoleSet(%q) error %v wraps neither ErrUnknownRole nor ErrRepeatedRole", s, err)
			}
			return
		}
		back, err := ParseRoleSet(set.String())
		if err != nil || back != set {
			t.Fatalf("ParseRoleSet(String()) = %v, %v, want %v", back, err, set)
		}
	})
}
