package federation

import (
	"strings"

	"github.com/exhybrid/exhybrid/internal/servername"
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
	var out []string
	check := func(name string, same bool) {
		if !same {
			out = append(out, name)
		}
	}
	check("DomainNames", servername.SameSet(current.DomainNames, desired.DomainNames))
	check("FreeBusyAccessEnabled", current.FreeBusyAccessEnabled == desired.FreeBusyAccessEnabled)
	check("FreeBusyAccessLevel", !desired.FreeBusyAccessEnabled || current.FreeBusyAccessLevel == desired.FreeBusyAccessLevel)
	check("MailboxMoveEnabled", current.MailboxMoveEnabled == desired.MailboxMoveEnabled)
	check("DeliveryReportEnabled", current.DeliveryReportEnabled == desired.DeliveryReportEnabled)
	check("MailTipsAccessEnabled", current.MailTipsAccessEnabled == desired.MailTipsAccessEnabled)
	check("MailTipsAccessLevel", !desired.MailTipsAccessEnabled || current.MailTipsAccessLevel == desired.MailTipsAccessLevel)
	check("PhotosEnabled", current.PhotosEnabled == desired.PhotosEnabled)
	check("ArchiveAccessEnabled", current.ArchiveAccessEnabled == desired.ArchiveAccessEnabled)
	check("TargetApplicationUri", sameURI(current.TargetApplicationURI, desired.TargetApplicationURI))
	check("TargetAutodiscoverEpr", sameURI(current.TargetAutodiscoverEPR, desired.TargetAutodiscoverEPR))
	check("TargetSharingEpr", sameURI(current.TargetSharingEPR, desired.TargetSharingEPR))
	check("TargetOwaURL", sameURI(current.TargetOWAURL, desired.TargetOWAURL))
	return out
}

// sameURI reports whether two URIs or URI-like names (TargetApplicationUri
// is a host name, "outlook.com") are the same without regard to case or
// a trailing slash.
func sameURI(a, b string) bool {
	return strings.EqualFold(strings.TrimSuffix(a, "/"), strings.TrimSuffix(b, "/"))
}
