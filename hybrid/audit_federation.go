package hybrid

import (
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/inventory"
)

// sharing runs federation.Validate on the exported federation trust,
// organization identifier and organization relationships, the rules of
// free/busy, MailTips and the other sharing features, and places its
// findings on the exported objects. Its input rules (tenant, cloud,
// domains) are Validate's on the organization and are left out, and so
// is the rule that federated domains have published proofs: the proofs
// are DNS records, which no export holds. The OAuth objects are
// federation.AuditOAuth's (see oauth).
func (a *auditor) sharing() {
	inv := a.inv
	c := federation.Config{
		Tenant: a.org.Tenant, Cloud: a.org.Cloud, Domains: a.org.HybridDomains, Servers: a.org.Servers,
		Features: federation.Features{
			FreeBusy: a.org.Features.Has(FeatureFreeBusy), MoveMailbox: a.org.Features.Has(FeatureMoveMailbox),
			MailTips: a.org.Features.Has(FeatureMailTips), MessageTracking: a.org.Features.Has(FeatureMessageTracking),
			OnlineArchive: a.org.Features.Has(FeatureOnlineArchive), Photos: a.org.Features.Has(FeaturePhotos),
		},
	}
	var s sharingPaths
	if ids := inv.FederatedOrganizationIdentifiers; len(ids) == 1 {
		t, found := ids[0].Trust(inv.FederationTrusts)
		c.Trust = &t
		s.identifier = ids[0].Path()
		if found {
			for _, ft := range inv.FederationTrusts {
				if strings.EqualFold(ft.Name, t.Name) {
					s.trust = ft.Path()
				}
			}
		}
	}
	if r := relationshipNamed(inv.OrganizationRelationships, federation.OnPremisesRelationshipPrefix); r != nil {
		c.Relationships = &federation.Pair{OnPremises: r.OrganizationRelationship}
		s.onPremises = r.Path()
		if r := relationshipNamed(inv.Online.OrganizationRelationships, federation.CloudRelationshipPrefix); r != nil {
			c.Relationships.Cloud = r.OrganizationRelationship
			s.cloud = r.Path()
		}
	}
	if c.Trust == nil && c.Relationships == nil {
		return
	}
	for _, f := range federation.Rules().WithoutInputs(federation.Validate(c)) {
		if f.Code == federation.CodeFederatedDomainWithoutProof {
			continue
		}
		if p, ok := s.place(f.Path); ok {
			f.Path = p
			a.fs = append(a.fs, f)
		}
	}
}

// relationshipNamed returns the one relationship of list whose name has
// the wizard's prefix, or nil when there is none or more than one.
func relationshipNamed(list []inventory.OrganizationRelationship, prefix string) *inventory.OrganizationRelationship {
	var found *inventory.OrganizationRelationship
	for i := range list {
		if len(list[i].Name) >= len(prefix) && strings.EqualFold(list[i].Name[:len(prefix)], prefix) {
			if found != nil {
				return nil
			}
			found = &list[i]
		}
	}
	return found
}

// sharingPaths are the paths of the exported objects behind a
// federation.Config; "" for one not exported.
type sharingPaths struct {
	trust, identifier, onPremises, cloud exhybrid.Path
}

// trustProperties name the fields of federation.Trust as the cmdlets name
// the properties they come from, with the object that holds each: the
// federation trust (Get-FederationTrust) or else the organization
// identifier (Get-FederatedOrganizationIdentifier). See
// inventory.FederatedOrganizationIdentifier.Trust.
var trustProperties = map[string]struct {
	prop  string
	trust bool
}{
	"name": {"Name", true}, "applicationUri": {"ApplicationUri", true}, "applicationIdentifier": {"ApplicationIdentifier", true},
	"metadataUrl":      {"TokenIssuerMetadataEPR", true},
	"accountNamespace": {"AccountNamespace", false}, "enabled": {"Enabled", false}, "federatedDomains": {"Domains", false},
}

// place returns where a finding of federation.Validate belongs: on the
// exported object its Config field came from, with the property as the
// cmdlet names it ("trust.federatedDomains[1]" is
// "GetFederatedOrganizationIdentifier.xml: object 1: Domains[1]"), or on
// the organization for the fields the organization gave (servers,
// features). It reports false for a finding about an object that was not
// exported: the trust (the identifier's, or the federation trust's own
// properties when only the identifier was exported), or Exchange Online's
// relationship.
func (s sharingPaths) place(p exhybrid.Path) (exhybrid.Path, bool) {
	head, rest, _ := strings.Cut(string(p), ".")
	switch head {
	case "trust":
		if s.identifier == "" {
			return "", false // not exported, which is not the same as absent
		}
		field, tail := splitField(rest)
		if tp, ok := trustProperties[field]; ok {
			base := s.identifier
			if tp.trust {
				base = s.trust
			}
			if base == "" {
				// The trust was built from the identifier alone: its own
				// properties were not exported, and their absence from the
				// Config is not theirs from the organization.
				return "", false
			}
			return base.Prop(tp.prop + tail), true
		}
		return s.identifier, true
	case "relationships":
		side, rest, _ := strings.Cut(rest, ".")
		base := s.onPremises
		if side == "cloud" {
			base = s.cloud
		}
		if base == "" {
			return "", false
		}
		if rest == "" {
			return base, true
		}
		field, tail := splitField(rest)
		return base.Prop(strings.ToUpper(field[:1]) + field[1:] + tail), true
	case "domains":
		return exhybrid.Path("hybridDomains").Join(exhybrid.Path(strings.TrimPrefix(string(p), "domains"))), true
	}
	return p, true
}

// splitField splits "federatedDomains[1].x" into "federatedDomains" and
// "[1].x".
func splitField(s string) (string, string) {
	if i := strings.IndexAny(s, "[."); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}
