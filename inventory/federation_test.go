package inventory_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/findingtest"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/google/go-cmp/cmp"
)

// The thumbprints of the certificates generated for
// Synthetic_GetFederationTrust.xml (see testdata/README.md), which the
// file's OrgPrivCertificate and OrgNextPrivCertificate repeat.
const (
	orgCert      = "9334204C4A5BBFF44A7D877705B4257F07C17F7A"
	orgNextCert  = "893778EE67ACF930CC77266C51B488D22F98DF2B"
	issuerCert   = "3D7BA3901992FA0D0E88B7E5FE0D03B75D397C74"
	gatewayTrust = "Microsoft Federation Gateway"
)

var syntheticTrust = inventory.FederationTrust{
	Name:                   gatewayTrust,
	ApplicationURI:         "FYDIBOHF25SPDLT.contoso.com",
	ApplicationIdentifier:  "0000000040123456",
	TokenIssuerURI:         "urn:federation:MicrosoftOnline",
	TokenIssuerMetadataEPR: "https://nexus.microsoftonline-p.com/federationmetadata/2006-12/federationmetadata.xml",
	OrgCertificate:         orgCert,
	OrgNextCertificate:     orgNextCert,
	OrgCertificateNotAfter: utc("2029-11-19 23:50:00"),
	OrgPrivCertificate:     orgCert,
	OrgNextPrivCertificate: orgNextCert,
	TokenIssuerCertificate: issuerCert,
}

var syntheticIdentifier = inventory.FederatedOrganizationIdentifier{
	AccountNamespace:    "FYDIBOHF25SPDLT.contoso.com",
	Domains:             []string{"contoso.com", "sales.contoso.com"},
	Enabled:             true,
	OrganizationContact: "exchange-admins@contoso.com",
	DelegationTrustLink: gatewayTrust,
}

func TestFederation(t *testing.T) {
	inv, keys := read(t, file{"Synthetic_GetFederationTrust.xml", ""}, file{"Synthetic_GetFederatedOrganizationIdentifier.xml", ""},
		file{"Synthetic_GetFederatedOrganizationIdentifier.xml", ""})
	if len(keys) != 0 {
		t.Errorf("findings: %v", keys)
	}
	if d := cmp.Diff([]inventory.FederationTrust{syntheticTrust}, inv.FederationTrusts, ignoreOrigin); d != "" {
		t.Errorf("trusts (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]inventory.FederatedOrganizationIdentifier{syntheticIdentifier}, inv.FederatedOrganizationIdentifiers, ignoreOrigin); d != "" {
		t.Errorf("identifiers (-want +got):\n%s", d)
	}
}

// TestTrust joins the identifier to the trust it names, as the federation
// package's Trust, whose methods then read it.
func TestTrust(t *testing.T) {
	joined := federation.Trust{
		Name: gatewayTrust, ApplicationURI: "FYDIBOHF25SPDLT.contoso.com", ApplicationIdentifier: "0000000040123456",
		AccountNamespace: "FYDIBOHF25SPDLT.contoso.com", Enabled: true, FederatedDomains: []string{"contoso.com", "sales.contoso.com"},
		MetadataURL: "https://nexus.microsoftonline-p.com/federationmetadata/2006-12/federationmetadata.xml",
	}
	unlinked := syntheticIdentifier
	unlinked.DelegationTrustLink = ""
	other := syntheticTrust
	other.Name = "Other"
	tests := []struct {
		name   string
		id     inventory.FederatedOrganizationIdentifier
		trusts []inventory.FederationTrust
		want   federation.Trust
		found  bool
	}{
		{"linked", syntheticIdentifier, []inventory.FederationTrust{other, syntheticTrust}, joined, true},
		{"name without regard to case", inventory.FederatedOrganizationIdentifier{DelegationTrustLink: "microsoft federation gateway"},
			[]inventory.FederationTrust{syntheticTrust}, federation.Trust{Name: gatewayTrust, ApplicationURI: joined.ApplicationURI,
				ApplicationIdentifier: joined.ApplicationIdentifier, MetadataURL: joined.MetadataURL}, true},
		{"trust not exported", syntheticIdentifier, []inventory.FederationTrust{other},
			federation.Trust{AccountNamespace: joined.AccountNamespace, Enabled: true, FederatedDomains: joined.FederatedDomains}, false},
		{"no link", unlinked, []inventory.FederationTrust{syntheticTrust},
			federation.Trust{AccountNamespace: joined.AccountNamespace, Enabled: true, FederatedDomains: joined.FederatedDomains}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, found := tt.id.Trust(tt.trusts)
			if d := cmp.Diff(tt.want, got); d != "" || found != tt.found {
				t.Errorf("found %v, want %v; (-want +got):\n%s", found, tt.found, d)
			}
		})
	}
	got, _ := syntheticIdentifier.Trust([]inventory.FederationTrust{syntheticTrust})
	if got.SharedDomain() != "contoso.com" || got.OrganizationID() != got.ApplicationURI {
		t.Errorf("shared domain %q, organization ID %q, application URI %q", got.SharedDomain(), got.OrganizationID(), got.ApplicationURI)
	}
}

const (
	tnTrust = "Microsoft.Exchange.Data.Directory.SystemConfiguration.FederationTrust"
	tnOrgID = "Microsoft.Exchange.Data.Directory.Management.FederatedOrganizationIdWithDomainStatus"
)

// cert writes an X509Certificate2 property with the base64 RawData b64.
func cert(name, b64 string) string {
	return `<Obj N="` + name + `"><TN><T>System.Security.Cryptography.X509Certificates.X509Certificate2</T></TN><Props><BA N="RawData">` +
		b64 + `</BA></Props></Obj>`
}

func TestBadFederation(t *testing.T) {
	testKept(t, inventory.Source{}, []keptCase{
		{"no name", objs(obj(tnTrust, uri("ApplicationUri", "FYDIBOHF25SPDLT.contoso.com"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Name", inventory.CodeFieldMissing)}},
		{"certificate not DER", objs(obj(tnTrust, s("Name", "a"), cert("OrgCertificate", "AAEC"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: OrgCertificate.RawData", inventory.CodeFieldInvalid)}},
		{"certificate without RawData", objs(obj(tnTrust, s("Name", "a"), value("OrgNextCertificate", "[Subject] CN=x"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: OrgNextCertificate.RawData", inventory.CodeFieldMissing)}},
		{"certificate a string", objs(obj(tnTrust, s("Name", "a"), s("TokenIssuerCertificate", orgCert))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: TokenIssuerCertificate", inventory.CodeFieldInvalid)}},
		{"RawData a string", objs(obj(tnTrust, s("Name", "a"), `<Obj N="OrgCertificate"><TN><T>X</T></TN><Props>`+s("RawData", "AAEC")+`</Props></Obj>`)), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: OrgCertificate.RawData", inventory.CodeFieldInvalid)}},
		{"metadata URL relative", objs(obj(tnTrust, s("Name", "a"), uri("TokenIssuerMetadataEpr", "federationmetadata.xml"))), 1,
			[]findingtest.Key{findingtest.E("x.xml: object 1: TokenIssuerMetadataEpr", inventory.CodeFieldInvalid)}},
		// An organization that is not federated has an empty identifier.
		{"empty identifier", objs(obj(tnOrgID, `<B N="Enabled">false</B>`, `<Nil N="AccountNamespace"/>`, list("Domains"))), 0, nil},
		{"two identifiers that differ", objs(obj(tnOrgID, value("AccountNamespace", "FYDIBOHF25SPDLT.contoso.com")), obj(tnOrgID)), 0,
			[]findingtest.Key{findingtest.W("x.xml: object 2", inventory.CodeConflict)}},
		{"domains not a list", objs(obj(tnOrgID, s("Domains", "contoso.com"))), 0,
			[]findingtest.Key{findingtest.E("x.xml: object 1: Domains", inventory.CodeFieldInvalid)}},
	}, func(inv *inventory.Inventory) int { return len(inv.FederationTrusts) })
}
