package inventory

import (
	"fmt"
	"strings"
	"time"

	"github.com/exhybrid/exhybrid/federation"
)

// The type names this file reads.
const (
	typeAuthConfig         = "Microsoft.Exchange.Data.Directory.SystemConfiguration.AuthConfig"
	typePartnerApplication = "Microsoft.Exchange.Data.Directory.SystemConfiguration.PartnerApplication"
	typeAuthServer         = "Microsoft.Exchange.Data.Directory.SystemConfiguration.AuthServer"
	typeSettingOverride    = "Microsoft.Exchange.Data.Directory.SystemConfiguration.ConfigurationSettings.SettingOverride"
	typeIntraOrgConnector  = "Microsoft.Exchange.Data.Directory.SystemConfiguration.IntraOrganizationConnector"
)

// The OAuth objects are read into the federation package's types, which
// own server-to-server authentication, as SendConnector embeds the
// transport package's: the audit rules of package federation then run on
// what was exported, and the wizard's plan and an export describe the same
// objects in the same terms.

// AuthConfig is the organization's Get-AuthConfig
// (https://learn.microsoft.com/powershell/module/exchange/get-authconfig).
// There is one per organization, named "Auth Configuration".
type AuthConfig struct {
	federation.AuthConfig
	Name string `json:"name"` // Name, "Auth Configuration"
	From Origin `json:"from"` // the export file and object it was read from
}

func (c AuthConfig) key() string    { return strings.ToLower(c.Name) }
func (c AuthConfig) origin() Origin { return c.From }

// same compares the effective dates as instants: two exports taken in
// different time zones write the same date with different offsets.
func (c AuthConfig) same(other any) bool {
	o := other.(AuthConfig)
	if !c.NextCertificateEffectiveDate.Equal(o.NextCertificateEffectiveDate) {
		return false
	}
	c.From, o.From = Origin{}, Origin{}
	c.NextCertificateEffectiveDate, o.NextCertificateEffectiveDate = time.Time{}, time.Time{}
	return c == o
}

// AuthServer is one Get-AuthServer object, identified by its name ("EvoSts
// - <GUID>", "ACS - <GUID>").
type AuthServer struct {
	federation.AuthServer
	From Origin `json:"from"` // the export file and object it was read from
}

func (s AuthServer) key() string    { return strings.ToLower(s.Name) }
func (s AuthServer) origin() Origin { return s.From }

// PartnerApplication is one Get-PartnerApplication object, identified by
// its name ("Exchange Online", "Microsoft Graph", "SfBLegacy").
type PartnerApplication struct {
	federation.PartnerApplication
	From Origin `json:"from"` // the export file and object it was read from
}

func (a PartnerApplication) key() string    { return strings.ToLower(a.Name) }
func (a PartnerApplication) origin() Origin { return a.From }

// SettingOverride is one Get-SettingOverride object, identified by its
// name.
type SettingOverride struct {
	federation.SettingOverride
	From Origin `json:"from"` // the export file and object it was read from
}

func (o SettingOverride) key() string    { return strings.ToLower(o.Name) }
func (o SettingOverride) origin() Origin { return o.From }

// IntraOrganizationConnector is one Get-IntraOrganizationConnector object,
// identified by its name: of the Exchange Management Shell in
// [Inventory] IntraOrganizationConnectors, of Exchange Online PowerShell in
// [ExchangeOnline] IntraOrganizationConnectors.
type IntraOrganizationConnector struct {
	federation.IntraOrganizationConnector
	From Origin `json:"from"` // the export file and object it was read from
}

func (c IntraOrganizationConnector) key() string    { return strings.ToLower(c.Name) }
func (c IntraOrganizationConnector) origin() Origin { return c.From }

// readAuthConfig reads a Get-AuthConfig object. Exchange writes an unset
// thumbprint as "" and an unset NextCertificateEffectiveDate as Nil.
func readAuthConfig(o object, name string) (AuthConfig, bool) {
	c := federation.AuthConfig{
		CurrentCertificateThumbprint:  o.text("CurrentCertificateThumbprint"),
		PreviousCertificateThumbprint: o.text("PreviousCertificateThumbprint"),
		NextCertificateThumbprint:     o.text("NextCertificateThumbprint"),
		ServiceName:                   o.text("ServiceName"),
		Realm:                         o.text("Realm"),
	}
	if v, ok := o.obj.Prop("NextCertificateEffectiveDate"); ok && !v.IsNil() {
		t, err := v.Time()
		if err != nil {
			o.invalid("NextCertificateEffectiveDate", "", err)
		} else if t.Year() > 1 { // DateTime.MinValue is unset
			c.NextCertificateEffectiveDate = t
		}
	}
	return AuthConfig{AuthConfig: c, Name: name, From: o.origin()}, true
}

// readAuthServer reads a Get-AuthServer object. One without a Name is
// skipped; a Type that is not one of federation.AuthServerType's is dropped
// with its finding.
func readAuthServer(o object, name string) (AuthServer, bool) {
	s := federation.AuthServer{
		Name:                           name,
		AuthMetadataURL:                o.text("AuthMetadataUrl"),
		Enabled:                        o.boolean("Enabled"),
		ApplicationIdentifier:          o.text("ApplicationIdentifier"),
		IssuerIdentifier:               o.text("IssuerIdentifier"),
		Realm:                          o.text("Realm"),
		TokenIssuingEndpoint:           o.text("TokenIssuingEndpoint"),
		DomainName:                     o.list("DomainName"),
		IsDefaultAuthorizationEndpoint: o.boolean("IsDefaultAuthorizationEndpoint"),
	}
	s.Type = parsed(o, "Type", federation.ParseAuthServerType)
	return AuthServer{AuthServer: s, From: o.origin()}, true
}

// readPartnerApplication reads a Get-PartnerApplication object. One
// without a Name is skipped.
func readPartnerApplication(o object, name string) (PartnerApplication, bool) {
	a := federation.PartnerApplication{
		Name:                                name,
		ApplicationIdentifier:               o.text("ApplicationIdentifier"),
		Enabled:                             o.boolean("Enabled"),
		AuthMetadataURL:                     o.text("AuthMetadataUrl"),
		Realm:                               o.text("Realm"),
		UseAuthServer:                       o.boolean("UseAuthServer"),
		LinkedAccount:                       o.text("LinkedAccount"),
		AcceptSecurityIdentifierInformation: o.boolean("AcceptSecurityIdentifierInformation"),
	}
	if a.ApplicationIdentifier == "" {
		o.missing("ApplicationIdentifier", "")
	}
	return PartnerApplication{PartnerApplication: a, From: o.origin()}, true
}

// readSettingOverride reads a Get-SettingOverride object. One without a
// Name is skipped; a parameter that is not "Name=Value" is dropped with its
// finding.
func readSettingOverride(o object, name string) (SettingOverride, bool) {
	s := federation.SettingOverride{
		Name:       name,
		Server:     o.list("Server"),
		Reason:     o.text("Reason"),
		MinVersion: o.text("MinVersion"),
		MaxVersion: o.text("MaxVersion"),
		FixVersion: o.text("FixVersion"),
	}
	s.ComponentName, _ = o.required("ComponentName", "")
	s.SectionName, _ = o.required("SectionName", "")
	for i, p := range o.list("Parameters") {
		param, err := federation.ParseOverrideParameter(p)
		if err != nil {
			o.invalid(fmt.Sprintf("Parameters[%d]", i), "Give each parameter as Name=Value (Set-SettingOverride -Parameters)", err)
			continue
		}
		s.Parameters = append(s.Parameters, param)
	}
	return SettingOverride{SettingOverride: s, From: o.origin()}, true
}

// readIntraOrgConnector reads a Get-IntraOrganizationConnector object. One
// without a Name is skipped.
func readIntraOrgConnector(o object, name string) (IntraOrganizationConnector, bool) {
	c := federation.IntraOrganizationConnector{
		Name:                 name,
		Enabled:              o.boolean("Enabled"),
		TargetAddressDomains: o.list("TargetAddressDomains"),
		DiscoveryEndpoint:    o.text("DiscoveryEndpoint"),
		TargetSharingEPR:     o.text("TargetSharingEpr"),
	}
	return IntraOrganizationConnector{IntraOrganizationConnector: c, From: o.origin()}, true
}
