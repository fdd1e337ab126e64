package federation

import "github.com/exhybrid/exhybrid/internal/enum"

// SharingFeature is a cross-premises feature that an authentication method
// makes possible. The zero value, [SharingUnknown] ("Unknown"), is
// invalid.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type SharingFeature = enum.Value[sharingFeatureTag]

// The capabilities, in the order of [SharingFeatures].
const (
	SharingUnknown            SharingFeature = iota // invalid
	SharingFreeBusy                                 // calendar free/busy in both directions
	SharingMailTips                                 // MailTips across premises
	SharingMessageTracking                          // cross-premises message tracking (delivery reports)
	SharingOnlineArchive                            // Exchange Online archive for on-premises mailboxes
	SharingMultiMailboxSearch                       // multi-mailbox search across premises (the hybrid free/busy page's term)
	SharingEDiscovery                               // In-place eDiscovery: discovery searches of mailboxes and archives in both premises
	SharingPhotos                                   // user photos across premises
	SharingMRM                                      // messaging records management (retention) across premises
)

var sharingFeatureEnum = &enum.Table{Pkg: "federation", Type: "SharingFeature", Names: []string{"Unknown", "FreeBusy", "MailTips", "MessageTracking", "OnlineArchive", "MultiMailboxSearch", "EDiscovery", "Photos", "MRM"}, Aliases: sharingFeatureAliases, Err: ErrUnknownValue}

// sharingFeatureAliases are the names Microsoft's pages and the hybrid
// Features list use for the same things, lower case: "Mailtips" (the
// wizard's feature spelling), "Exchange Online Archiving" and "Multi-mailbox
// search" (https://learn.microsoft.com/exchange/shared-free-busy), "Exchange
// In-place eDiscovery", "Exchange In-place Archiving", "Message Records
// Management" (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help),
// "Cross-premises discovery searches"
// (https://learn.microsoft.com/exchange/decommission-on-premises-exchange)
// and "Profile pictures"
// (https://github.com/microsoft/CSS-Exchange/blob/main/docs/Diagnostics/HealthChecker/ExchangeHybridApplicationCheck.md).
var sharingFeatureAliases = map[string]string{
	"free/busy":                         "FreeBusy",
	"message tracking":                  "MessageTracking",
	"exchange online archiving":         "OnlineArchive",
	"exchange in-place archiving":       "OnlineArchive",
	"multi-mailbox search":              "MultiMailboxSearch",
	"exchange in-place ediscovery":      "EDiscovery",
	"cross-premises discovery searches": "EDiscovery",
	"profile pictures":                  "Photos",
	"message records management":        "MRM",
}

// ParseSharingFeature parses a sharing feature's name without regard to
// case, and the spellings Microsoft's pages use ("Mailtips", "Exchange Online Archiving",
// "Multi-mailbox search", "Exchange In-place eDiscovery", "Profile
// pictures", "Message Records Management").
func ParseSharingFeature(s string) (SharingFeature, error) { return enum.Parse[sharingFeatureTag](s) }

// Support is one row of the capability table: whether each method carries
// the capability, and the page that says so.
type Support struct {
	Capability SharingFeature `json:"capability"` // the feature the row is about
	// DAuth: a federation trust and organization relationships carry it.
	DAuth bool `json:"dauth"`
	// OAuth: intra-organization connectors and OAuth carry it.
	OAuth bool `json:"oauth"`
	// NeedsOAuth: it works across premises only with OAuth.
	NeedsOAuth bool `json:"needsOAuth,omitempty"`
	// Exchange2013 is true when it needs Exchange 2013 or later on premises.
	Exchange2013 bool `json:"exchange2013,omitempty"`
	// Source is the page (or pages) for the row.
	Source string `json:"source"`
}

// capabilities is the table. A method not marked for a capability is one no
// page read names for it, not one known to fail.
var capabilities = [...]Support{
	// Shared free/busy needs the federation trust and organization
	// relationships; FreeBusyChecker shows an enabled intra-organization
	// connector takes over free/busy with OAuth, the organization
	// relationship being used otherwise.
	{SharingFreeBusy, true, true, false, false, srcSharedFreeBusy + " " + srcHybridApp + " " +
		"https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/FreeBusyChecker/Functions/OnPremOAuthFunctions.ps1"},
	{SharingMailTips, true, true, false, false, srcSharedFreeBusy + " " + srcHybridApp},
	{SharingMessageTracking, true, false, false, false, srcSharedFreeBusy + " " + srcNewOrgRel},
	{SharingOnlineArchive, true, true, false, false, srcSharedFreeBusy + " " + srcOAuth},
	// The free/busy page lists multi-mailbox search under the trust and
	// relationships; the prerequisites' endpoint table gives "Auth Server"
	// as its authentication provider, the OAuth issuer.
	{SharingMultiMailboxSearch, true, true, false, false, srcSharedFreeBusy + " " + srcPrereq},
	// The free/busy page lists In-place eDiscovery under the trust too, but
	// the OAuth page names it among the features "only fully available
	// across your organization" with OAuth, and the decommissioning page
	// says cross-premises discovery searches require OAuth: DAuth is not
	// marked.
	{SharingEDiscovery, false, true, true, false, srcOAuth + " " + srcDecommission},
	{SharingPhotos, true, true, false, true, srcNewOrgRel + " " + srcHybridApp},
	{SharingMRM, false, true, true, false, srcOAuth},
}

// SharingFeatures returns the capability table, one row per capability in
// [SharingFeature] order:
//
//	Capability          DAuth  OAuth  Notes
//	FreeBusy            yes    yes    an enabled intra-organization connector takes over from the relationship
//	MailTips            yes    yes
//	MessageTracking     yes    -      DeliveryReportEnabled on both relationships
//	OnlineArchive       yes    yes
//	MultiMailboxSearch  yes    yes
//	EDiscovery          -      yes    cross-premises discovery searches require OAuth
//	Photos              yes    yes    Exchange 2013 or later (PhotosEnabled)
//	MRM                 -      yes    OAuth only
//
// The returned slice is a fresh copy.
func SharingFeatures() []Support {
	out := make([]Support, len(capabilities))
	copy(out, capabilities[:])
	return out
}

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	sharingFeatureTag struct{}
)

func (sharingFeatureTag) Enum() *enum.Table { return sharingFeatureEnum }
