package inventory

import (
	"fmt"
	"strings"

	"github.com/exhybrid/exhybrid/federation"
)

const typeOrganizationRelationship = "Microsoft.Exchange.Data.Directory.SystemConfiguration.OrganizationRelationship"

// OrganizationRelationship is one organization relationship as
// Get-OrganizationRelationship shows it, in the federation package's terms,
// so that the rules on a desired relationship run on an exported one
// unchanged. The cmdlet and its type are the same in the Exchange
// Management Shell and in Exchange Online PowerShell
// (https://learn.microsoft.com/powershell/module/exchange/get-organizationrelationship),
// so the type serves both sides; [Inventory.OrganizationRelationships] holds
// the on-premises organization's. It is identified by its name.
type OrganizationRelationship struct {
	federation.OrganizationRelationship
	// MailboxMoveCapability is Exchange Online's cross-tenant migration
	// setting, "None", "Inbound", "Outbound", "RemoteInbound" or
	// "RemoteOutbound", several joined by ", "
	// (https://learn.microsoft.com/powershell/module/exchange/set-organizationrelationship);
	// "" when the export has none, as on premises.
	MailboxMoveCapability string `json:"mailboxMoveCapability,omitempty"`

	From Origin `json:"from"` // the export file and object it was read from
}

func (r OrganizationRelationship) key() string    { return strings.ToLower(r.Name) }
func (r OrganizationRelationship) origin() Origin { return r.From }

// mailboxMoveCapabilities are the values of MailboxMoveCapability
// (https://learn.microsoft.com/powershell/module/exchange/set-organizationrelationship).
var mailboxMoveCapabilities = []string{"None", "Inbound", "Outbound", "RemoteInbound", "RemoteOutbound"}

// readOrganizationRelationship reads a Get-OrganizationRelationship
// object. One without a Name is skipped; an access level that is not one
// of the cmdlet's is left unknown, with its finding.
func readOrganizationRelationship(o object, name string) (OrganizationRelationship, bool) {
	r := federation.OrganizationRelationship{
		Name:                  name,
		DomainNames:           o.list("DomainNames"),
		Enabled:               o.boolean("Enabled"),
		FreeBusyAccessEnabled: o.boolean("FreeBusyAccessEnabled"),
		FreeBusyAccessScope:   o.text("FreeBusyAccessScope"),
		MailboxMoveEnabled:    o.boolean("MailboxMoveEnabled"),
		DeliveryReportEnabled: o.boolean("DeliveryReportEnabled"),
		MailTipsAccessEnabled: o.boolean("MailTipsAccessEnabled"),
		MailTipsAccessScope:   o.text("MailTipsAccessScope"),
		PhotosEnabled:         o.boolean("PhotosEnabled"),
		ArchiveAccessEnabled:  o.boolean("ArchiveAccessEnabled"),
		// TargetApplicationUri is a URI but not a URL: "outlook.com".
		TargetApplicationURI:  o.text("TargetApplicationUri"),
		TargetAutodiscoverEPR: o.absoluteURL("TargetAutodiscoverEpr"),
		TargetSharingEPR:      o.absoluteURL("TargetSharingEpr"),
		TargetOWAURL:          o.absoluteURL("TargetOwaURL"),
		OrganizationContact:   o.text("OrganizationContact"),
	}
	r.FreeBusyAccessLevel = parsed(o, "FreeBusyAccessLevel", federation.ParseFreeBusyAccessLevel)
	r.MailTipsAccessLevel = parsed(o, "MailTipsAccessLevel", federation.ParseMailTipsAccessLevel)
	return OrganizationRelationship{
		OrganizationRelationship: r,
		MailboxMoveCapability:    o.enumFlags("MailboxMoveCapability", mailboxMoveCapabilities),
		From:                     o.origin(),
	}, true
}

// enumFlags returns the ToString of the flags enum property name, "" when it
// is absent or null, each name written as in names. A name not in names
// is left out, with a field-invalid finding.
func (o object) enumFlags(name string, names []string) string {
	s := o.text(name)
	if s == "" {
		return ""
	}
	var out []string
	for part := range strings.SplitSeq(s, ",") {
		c := canonical(strings.TrimSpace(part), names)
		if c == "" {
			o.invalid(name, "", fmt.Errorf("%q is not one of %s", strings.TrimSpace(part), strings.Join(names, ", ")))
			continue
		}
		out = append(out, c)
	}
	return strings.Join(out, ", ")
}
