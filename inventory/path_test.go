package inventory_test

import (
	"testing"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
)

// TestPaths checks that each object's path names its file and the name
// the file gives it, read from real exports.
func TestPaths(t *testing.T) {
	var inv inventory.Inventory
	for _, f := range []string{"E19/GetSendConnector.xml", "unit/GetReceiveConnector.xml", "E19/GetAcceptedDomain.xml",
		"E19/GetExchangeCertificate.xml", "E19/GetExchangeServer.xml", "E19/GetHybridConfiguration.xml"} {
		if _, err := inv.Read(inventory.Source{Name: f}, mustOpen(t, f)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		got  exhybrid.Path
		want exhybrid.Path
	}{
		{inv.SendConnectors[0].Path().Prop("TlsAuthLevel"), "E19/GetSendConnector.xml: Mail to O365: TlsAuthLevel"},
		{inv.ReceiveConnectors[0].Path(), `unit/GetReceiveConnector.xml: WIN-CTD3L0RGEN4\Client Frontend WIN-CTD3L0RGEN4`},
		{inv.AcceptedDomains[0].Path(), "E19/GetAcceptedDomain.xml: Contoso Wild"},
		{inv.Certificates[0].Path(), "E19/GetExchangeCertificate.xml: 38247AD2B76244411748274C508D13446311830B"},
		{inv.Servers[0].Path(), "E19/GetExchangeServer.xml: SOLO-E19A"},
		{inv.HybridConfigurations[0].Path().Prop("Domains"), "E19/GetHybridConfiguration.xml: Hybrid Configuration: Domains"},
		{inventory.Origin{File: "x.xml", Object: 2}.Named(""), "x.xml: object 2"},
		{inventory.Origin{}.Named("EX01"), "EX01"},
		// Objects of the organization file written without "from": the
		// file their cmdlet's export would be.
		{inventory.SendConnector{SendConnector: transport.SendConnector{Name: "Mail to O365"}}.Path(), "GetSendConnector.xml: Mail to O365"},
		{inventory.ReceiveConnector{ReceiveConnector: transport.ReceiveConnector{Server: "EX01", Name: "Default Frontend EX01"}}.Path(),
			`GetReceiveConnector.xml: EX01\Default Frontend EX01`},
		{inventory.AuthServer{AuthServer: federation.AuthServer{Name: "EvoSts"}}.Path(), "GetAuthServer.xml: EvoSts"},
		{inventory.SettingOverride{SettingOverride: federation.SettingOverride{Name: "EnableExchangeHybrid3PAppFeature"}}.Path(), "GetSettingOverride.xml: EnableExchangeHybrid3PAppFeature"},
		{inventory.FederatedOrganizationIdentifier{From: inventory.Origin{File: "ids.xml", Object: 1}}.Path(), "ids.xml: object 1"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("path %q, want %q", tt.got, tt.want)
		}
	}
}
