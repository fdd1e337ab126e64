package federation

import (
	"strings"

	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/internal/settingdiff"
)

// DiffOrganizationRelationship returns the parameters of
// New-OrganizationRelationship whose values differ between the
// relationship that exists and the desired one, in the order of the
// cmdlet's parameters as the Hybrid Configuration Wizard sets them
// (https://learn.microsoft.com/powershell/module/exchange/new-organizationrelationship).
// It compares the way Exchange does: DomainNames as a set of domains,
// without regard to case or a trailing dot; the URIs and endpoints
// without regard to case or a trailing slash; the access levels only
// where their access is enabled, since Exchange ignores them otherwise.
// The name, which identifies the relationship, is not compared.
func DiffOrganizationRelationship(current, desired OrganizationRelationship) []string {
	var d settingdiff.Names
	d.Check("DomainNames", servername.SameSet(current.DomainNames, desired.DomainNames))
	d.Check("FreeBusyAccessEnabled", current.FreeBusyAccessEnabled == desired.FreeBusyAccessEnabled)
	d.Check("FreeBusyAccessLevel", !desired.FreeBusyAccessEnabled || current.FreeBusyAccessLevel == desired.FreeBusyAccessLevel)
	d.Check("MailboxMoveEnabled", current.MailboxMoveEnabled == desired.MailboxMoveEnabled)
	d.Check("DeliveryReportEnabled", current.DeliveryReportEnabled == desired.DeliveryReportEnabled)
	d.Check("MailTipsAccessEnabled", current.MailTipsAccessEnabled == desired.MailTipsAccessEnabled)
	d.Check("MailTipsAccessLevel", !desired.MailTipsAccessEnabled || current.MailTipsAccessLevel == desired.MailTipsAccessLevel)
	d.Check("PhotosEnabled", current.PhotosEnabled == desired.PhotosEnabled)
	d.Check("ArchiveAccessEnabled", current.ArchiveAccessEnabled == desired.ArchiveAccessEnabled)
	d.Check("TargetApplicationUri", sameURI(current.TargetApplicationURI, desired.TargetApplicationURI))
	d.Check("TargetAutodiscoverEpr", sameURI(current.TargetAutodiscoverEPR, desired.TargetAutodiscoverEPR))
	d.Check("TargetSharingEpr", sameURI(current.TargetSharingEPR, desired.TargetSharingEPR))
	d.Check("TargetOwaURL", sameURI(current.TargetOWAURL, desired.TargetOWAURL))
	return d.List()
}

// sameURI reports whether two URIs or URI-like names (TargetApplicationUri
// is a host name, "outlook.com") are the same without regard to case or
// a trailing slash.
func sameURI(a, b string) bool {
	return strings.EqualFold(strings.TrimSuffix(a, "/"), strings.TrimSuffix(b, "/"))
}
