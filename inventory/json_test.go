package inventory_test

import (
	"encoding/json"
	"testing"

	"github.com/exhybrid/exhybrid/internal/jsontest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestJSONRoundTrip checks that an inventory read from real exports
// survives JSON, origins included: the organization file carries it.
func TestJSONRoundTrip(t *testing.T) {
	inv, _ := read(t, allFiles...)
	jsontest.RoundTrip(t, "inventory", *inv)
}

// TestOrigin checks that each object remembers its file and number.
func TestOrigin(t *testing.T) {
	inv, _ := read(t, file{"monitor/GetExchangeServer.xml", ""}, file{"E19/GetSendConnector.xml", ""})
	var got []inventory.Origin
	for _, s := range inv.Servers {
		got = append(got, s.From)
	}
	for _, c := range inv.SendConnectors {
		got = append(got, c.From)
	}
	want := []inventory.Origin{
		{File: "monitor/GetExchangeServer.xml", Object: 1},
		{File: "monitor/GetExchangeServer.xml", Object: 2},
		{File: "E19/GetSendConnector.xml", Object: 1},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("origins (-want +got):\n%s", d)
	}
	require.Equal(t, "E19/GetSendConnector.xml: object 1: TlsAuthLevel", string(want[2].Path("TlsAuthLevel")))
}

// TestCmdlets checks that the list of cmdlets has each command once.
func TestCmdlets(t *testing.T) {
	seen := map[inventory.Cmdlet]bool{}
	for _, c := range inventory.Cmdlets() {
		require.False(t, seen[c], "%v listed twice", c)
		require.NotEmpty(t, c.Name)
		seen[c] = true
	}
	require.Contains(t, inventory.Cmdlets(), inventory.Cmdlet{Name: "Get-ExchangeServer"})
}

func TestUnmarshalJSONErrors(t *testing.T) {
	tests := []struct{ name, in string }{
		{"unknown field", `{"servers": [{"name": "EX1", "bulid": "15.2.986.5"}]}`},
		{"wrong type", `{"servers": "EX1"}`},
		{"a conflict", `{"acceptedDomains": [{"name": "a", "domainName": "a.com", "type": "Authoritative"}, {"name": "A", "domainName": "b.com", "type": "Authoritative"}]}`},
	}
	for _, tt := range tests {
		var inv inventory.Inventory
		require.Error(t, json.Unmarshal([]byte(tt.in), &inv), tt.name)
	}
	var inv inventory.Inventory
	require.NoError(t, json.Unmarshal([]byte(`{"servers": [{"name": "EX2"}, {"name": "ex1"}]}`), &inv))
	require.Equal(t, "ex1", inv.Servers[0].Name, "sorted by identity")
}

// TestSendConnectorEnabledJSON checks that a Send connector without
// "enabled" in JSON is enabled, Exchange's default, and that unknown keys
// are still refused.
func TestSendConnectorEnabledJSON(t *testing.T) {
	tests := []struct {
		in      string
		enabled bool
		err     bool
	}{
		{`{"sendConnectors":[{"name":"a","from":{"file":"","object":0}}]}`, true, false},
		{`{"sendConnectors":[{"name":"a","enabled":false,"from":{"file":"","object":0}}]}`, false, false},
		{`{"sendConnectors":[{"name":"a","enabled":true}]}`, true, false},
		{`{"sendConnectors":[{"name":"a","enabeld":false}]}`, false, true},
	}
	online := []struct {
		in      string
		enabled bool
	}{
		{`{"online":{"inboundConnectors":[{"name":"a"}],"outboundConnectors":[{"name":"a"}]}}`, true},
		{`{"online":{"inboundConnectors":[{"name":"a","enabled":false}],"outboundConnectors":[{"name":"a","enabled":false}]}}`, false},
	}
	for _, tt := range online {
		var inv inventory.Inventory
		if err := json.Unmarshal([]byte(tt.in), &inv); err != nil {
			t.Fatalf("%s: %v", tt.in, err)
		}
		if inv.Online.InboundConnectors[0].Enabled != tt.enabled || inv.Online.OutboundConnectors[0].Enabled != tt.enabled {
			t.Errorf("%s: Enabled not %t", tt.in, tt.enabled)
		}
	}
	for _, tt := range tests {
		var inv inventory.Inventory
		err := json.Unmarshal([]byte(tt.in), &inv)
		if (err != nil) != tt.err {
			t.Errorf("%s: error %v, want error %t", tt.in, err, tt.err)
			continue
		}
		if err == nil && inv.SendConnectors[0].Enabled != tt.enabled {
			t.Errorf("%s: Enabled %t, want %t", tt.in, inv.SendConnectors[0].Enabled, tt.enabled)
		}
	}
}

// TestConnectorsEnabledByDefault checks that a connector of an
// organization file without "enabled" is enabled, Exchange's default, and
// that false is kept.
func TestConnectorsEnabledByDefault(t *testing.T) {
	var inv inventory.Inventory
	require.NoError(t, json.Unmarshal([]byte(`{"sendConnectors": [{"name": "a"}], "receiveConnectors": [{"server": "EX1", "name": "b"}, {"server": "EX1", "name": "c", "enabled": false}]}`), &inv))
	require.True(t, inv.SendConnectors[0].Enabled)
	require.True(t, inv.ReceiveConnectors[0].Enabled)
	require.False(t, inv.ReceiveConnectors[1].Enabled)
	require.Error(t, json.Unmarshal([]byte(`{"receiveConnectors": [{"server": "EX1", "name": "b", "enabld": true}]}`), &inv), "unknown keys stay refused")
}
