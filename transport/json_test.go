package transport_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/jsontest"
	"github.com/exhybrid/exhybrid/transport"
)

func mustCloud(s string) exhybrid.Cloud {
	c, err := exhybrid.ParseCloud(s)
	if err != nil {
		panic(err)
	}
	return c
}

func TestSetJSONRoundTrip(t *testing.T) {
	for _, p := range []transport.Params{params2019(), params2007(), paramsEdge(), params2010(), paramsSmartHost(),
		with(paramsEdge, func(p *transport.Params) {
			p.Servers[1].Build = build2010SP3
			p.Options = transport.Options{Centralized: true, Cloud: exhybrid.CloudGCCHigh, TLSAuthLevel: transport.TLSAuthCertificateValidation,
				SendRouting: transport.SendRoutingDNS, Names: transport.NamesHCWLog, ID: testID, EdgeAcceptOorgProtocol: true}
		})(),
	} {
		set, _ := transport.HybridConnectors(p)
		jsontest.RoundTrip(t, "Set", set)
		jsontest.RoundTrip(t, "Params", p)
	}
}

// TestSetJSONZero checks that the zero Set, with every optional field
// unset, survives a round trip.
func TestSetJSONZero(t *testing.T) {
	in := transport.Set{Receive: []transport.ReceiveConnector{{Server: "EX01"}}}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	var out transport.Set
	require.NoError(t, json.Unmarshal(b, &out), "Unmarshal(%s)", b)
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip (-in +out):\n%s", diff)
	}
}

func TestSetJSONShape(t *testing.T) {
	set, _ := transport.HybridConnectors(params2019())
	b, err := json.Marshal(set.Receive[0])
	require.NoError(t, err)
	want := `{"server":"EX01","name":"Default Frontend EX01","transportRole":"FrontendTransport",` +
		`"tlsDomainCapabilities":["mail.protection.outlook.com:AcceptCloudServicesMail"],` +
		`"tlsCertificateName":"\u003cI\u003eCN=Contoso Issuing CA, O=Contoso, C=US\u003cS\u003eCN=mail.contoso.com, O=Contoso, C=US"}`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant   %s", b, want)
	}
}
