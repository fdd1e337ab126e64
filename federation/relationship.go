package federation

// MaxRelationshipName is the longest organization relationship name
// (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship).
const MaxRelationshipName = 64

// The name prefixes of the organization relationships the Hybrid
// Configuration Wizard creates, each followed by a GUID: "O365 to
// On-Premises - <unique identifier>" in Exchange Online
// (https://learn.microsoft.com/exchange/decommission-on-premises-exchange;
// the wizard's logs write "On-premises") and "On-premises to O365 - <GUID>"
// on premises (transcriptions of wizard logs; Microsoft's pages read do not
// name it).
const (
	OnPremisesRelationshipPrefix = "On-premises to O365 - "
	CloudRelationshipPrefix      = "O365 to On-premises - "
)

// OrganizationRelationship is one organization relationship: the settings
// New-OrganizationRelationship and Set-OrganizationRelationship take that
// hybrid uses (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship).
// The cross-tenant migration parameters of Exchange Online
// (MailboxMoveCapability, MailboxMovePublishedScopes, OAuthApplicationId)
// are not part of hybrid and are left out.
//
// It is a plain value; URLs are values to check, never fetched.
type OrganizationRelationship struct {
	// Name is unique, at most [MaxRelationshipName] characters.
	Name string `json:"name"`
	// DomainNames are the SMTP domains of the other organization.
	DomainNames []string `json:"domainNames"`
	// Enabled false stops all sharing over the relationship.
	Enabled bool `json:"enabled"`

	// FreeBusyAccessEnabled makes the relationship fetch free/busy
	// information from the other organization.
	FreeBusyAccessEnabled bool `json:"freeBusyAccessEnabled"`
	// FreeBusyAccessLevel is the most detail returned; meaningful only when
	// FreeBusyAccessEnabled is true.
	FreeBusyAccessLevel FreeBusyAccessLevel `json:"freeBusyAccessLevel,omitzero"`
	// FreeBusyAccessScope is a mail-enabled security group whose members'
	// free/busy is shared; empty for everyone, the standard value.
	FreeBusyAccessScope string `json:"freeBusyAccessScope,omitempty"`

	// MailboxMoveEnabled allows moving mailboxes to and from the other
	// organization.
	MailboxMoveEnabled bool `json:"mailboxMoveEnabled"`
	// DeliveryReportEnabled shares delivery reports; cross-premises message
	// tracking needs it true on both sides.
	DeliveryReportEnabled bool `json:"deliveryReportEnabled"`

	// MailTipsAccessEnabled returns this organization's MailTips.
	MailTipsAccessEnabled bool `json:"mailTipsAccessEnabled"`
	// MailTipsAccessLevel is which MailTips; meaningful only when
	// MailTipsAccessEnabled is true.
	MailTipsAccessLevel MailTipsAccessLevel `json:"mailTipsAccessLevel,omitzero"`
	// MailTipsAccessScope is a group limiting recipient-specific MailTips;
	// empty for everyone.
	MailTipsAccessScope string `json:"mailTipsAccessScope,omitempty"`

	// PhotosEnabled returns user photos (Exchange 2013 and later only).
	PhotosEnabled bool `json:"photosEnabled"`
	// ArchiveAccessEnabled marks the other organization as providing remote
	// (cloud) archives.
	ArchiveAccessEnabled bool `json:"archiveAccessEnabled"`

	// TargetApplicationURI is the URI Exchange names when it asks for a
	// delegation token for the other organization: "outlook.com" for
	// Exchange Online, FYDIBOHF25SPDLT.<domain> for an on-premises
	// organization.
	TargetApplicationURI string `json:"targetApplicationUri,omitempty"`
	// TargetAutodiscoverEPR is the other organization's WS-Security
	// Autodiscover URL.
	TargetAutodiscoverEPR string `json:"targetAutodiscoverEpr,omitempty"`
	// TargetSharingEPR is the other organization's EWS URL; when set,
	// Autodiscover is not used. Empty is the standard value.
	TargetSharingEPR string `json:"targetSharingEpr,omitempty"`
	// TargetOWAURL is the other organization's Outlook on the web URL, used
	// for Outlook on the web redirection.
	TargetOWAURL string `json:"targetOwaUrl,omitempty"`
	// OrganizationContact is an address to contact the other organization.
	OrganizationContact string `json:"organizationContact,omitempty"`
}

// Pair is the two organization relationships of a hybrid deployment: the
// on-premises organization's relationship with Exchange Online, and
// Exchange Online's relationship with the on-premises organization.
type Pair struct {
	OnPremises OrganizationRelationship `json:"onPremises"` // on premises, sharing with Exchange Online
	Cloud      OrganizationRelationship `json:"cloud"`      // in Exchange Online, sharing with on premises
}
