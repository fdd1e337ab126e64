package inventory

const typeOrganizationConfig = "Microsoft.Exchange.Data.Directory.Management.OrganizationConfig"

// OrganizationConfig is what the inventory keeps of the on-premises
// Get-OrganizationConfig: the organization's name and the switch that
// hybrid modern authentication needs. An organization has one.
type OrganizationConfig struct {
	// Name is the Exchange organization's name ("SoloORG").
	Name string `json:"name"`
	// OAuth2ClientProfileEnabled turns on hybrid modern authentication for
	// on-premises clients
	// (https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deploy-hybrid-modern-authentication).
	OAuth2ClientProfileEnabled bool `json:"oAuth2ClientProfileEnabled,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

// key is the same for every OrganizationConfig: there is one per
// organization.
func (c OrganizationConfig) key() string    { return "" }
func (c OrganizationConfig) origin() Origin { return c.From }

// readOrganizationConfig reads a Get-OrganizationConfig object of the
// Exchange Management Shell. One without a Name is skipped.
func readOrganizationConfig(o object, name string) (OrganizationConfig, bool) {
	return OrganizationConfig{Name: name, OAuth2ClientProfileEnabled: o.boolean("OAuth2ClientProfileEnabled"), From: o.origin()}, true
}
