package federation_test

import (
	"encoding/json"
	"testing"

	"github.com/exhybrid/exhybrid/federation"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// roundTrip marshals v, unmarshals the JSON into a new *T and compares.
func roundTrip[T any](t *testing.T, name string, v T) {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err, "%s: Marshal", name)
	var got T
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("%s: Unmarshal: %v\n%s", name, err, data)
	}
	if diff := cmp.Diff(v, got); diff != "" {
		t.Errorf("%s: JSON round trip mismatch (-want +got):\n%s\n%s", name, diff, data)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	mixed := configMixed()
	mixed.Trust.ApplicationIdentifier = "0000000040123456"
	mixed.Trust.Certificate = &federation.TrustCertificate{SubjectKeyIdentifier: true, CryptoAPI: true, RSASignature: true,
		ExportablePrivateKey: true, ClientAuthentication: true, Expired: true, Revoked: true}
	mixed.Relationships.OnPremises.FreeBusyAccessScope = "Hybrid Free Busy Users"
	mixed.Relationships.OnPremises.MailTipsAccessScope = "Hybrid MailTips Users"
	mixed.Relationships.OnPremises.TargetSharingEPR = "https://outlook.office365.com/EWS/Exchange.asmx"
	mixed.Relationships.Cloud.OrganizationContact = "admin@contoso.com"
	roundTrip(t, "Config", mixed)
	roundTrip(t, "empty Config", federation.Config{})

	p := params(org2013and2007())
	p.ManualOAuth, p.TrustOnlyWithExchange2010 = true, true
	p.OWAForm, p.CustomOWAURL = federation.OWAFormCustom, "http://cloudowa.contoso.com/owa"
	roundTrip(t, "Params", p)
	// Params with every enum at its zero value still marshal, so invalid
	// input can be logged and read back.
	roundTrip(t, "empty Params", federation.Params{})
	roundTrip(t, "Choice without a method", federation.Choice{})
	roundTrip(t, "AuthServer without a type", federation.AuthServer{Name: "evoSTS", AuthMetadataURL: "https://login.windows.net/x/federationmetadata/2007-06/federationmetadata.xml"})

	choice, cfs := chooseAuth(p)
	if len(cfs) == 0 {
		t.Fatal("want a Choice with findings")
	}
	roundTrip(t, "Choice", choice)
	pair, _ := relationships(params(org2016()))
	roundTrip(t, "Pair", pair)
	roundTrip(t, "Endpoints", federation.EndpointsOf(1))
	roundTrip(t, "Capabilities", federation.SharingFeatures())
	roundTrip(t, "DomainProof", federation.DomainProof{Domain: "contoso.com", Value: testProof, Published: true})
	roundTrip(t, "TXTRecord", federation.TXTRecord{Name: "contoso.com", Text: testProof})
}

// TestJSONNames pins the camelCase field names that paths use.
func TestJSONNames(t *testing.T) {
	data, err := json.Marshal(federation.OrganizationRelationship{
		FreeBusyAccessLevel: federation.FreeBusyLimitedDetails, MailTipsAccessLevel: federation.MailTipsAll,
		TargetApplicationURI: "outlook.com", TargetAutodiscoverEPR: "https://a.b.com/", TargetSharingEPR: "https://a.b.com/", TargetOWAURL: "https://a.b.com/",
	})
	require.NoError(t, err)
	const want = `{"name":"","domainNames":null,"enabled":false,"freeBusyAccessEnabled":false,"freeBusyAccessLevel":"LimitedDetails",` +
		`"mailboxMoveEnabled":false,"deliveryReportEnabled":false,"mailTipsAccessEnabled":false,"mailTipsAccessLevel":"All",` +
		`"photosEnabled":false,"archiveAccessEnabled":false,"targetApplicationUri":"outlook.com","targetAutodiscoverEpr":"https://a.b.com/",` +
		`"targetSharingEpr":"https://a.b.com/","targetOwaUrl":"https://a.b.com/"}`
	if string(data) != want {
		t.Errorf("JSON = %s\nwant   %s", data, want)
	}
	var r federation.OrganizationRelationship
	if err := json.Unmarshal([]byte(`{"freeBusyAccessLevel":"Free/busy access with time only"}`), &r); err != nil || r.FreeBusyAccessLevel != federation.FreeBusyAvailabilityOnly {
		t.Errorf("alias in JSON: %v, %v", r.FreeBusyAccessLevel, err)
	}
	if err := json.Unmarshal([]byte(`{"freeBusyAccessLevel":"Everything"}`), &r); err == nil {
		t.Error("unknown level accepted")
	}
}
