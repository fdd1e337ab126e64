package hybrid

import (
	"strings"

	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/inventory"
)

// relationshipOf finds the exported relationship the plan's want is: the
// one of its name or, the wizard's names holding its identifier, the one
// with the same partner domains. nil when none is.
func relationshipOf(list []inventory.OrganizationRelationship, want federation.OrganizationRelationship) *inventory.OrganizationRelationship {
	for i := range list {
		if strings.EqualFold(list[i].Name, want.Name) {
			return &list[i]
		}
	}
	for i := range list {
		if servername.SameSet(list[i].DomainNames, want.DomainNames) {
			return &list[i]
		}
	}
	return nil
}

// observeRelationship compares an organization relationship with the
// plan's, on premises or in Exchange Online.
func observeRelationship(p *planner, c *current, s *Step, _ string) {
	want, list, shell := p.w.pair.OnPremises, c.inv.OrganizationRelationships, ShellEMS
	cloud := s.ID == "sharing/exchange-online"
	if cloud {
		want, list, shell = p.w.pair.Cloud, c.inv.Online.OrganizationRelationships, ShellEXO
	}
	have := relationshipOf(list, want)
	if have == nil {
		if len(list) > 0 {
			s.missing()
		}
		return
	}
	s.settleSettings(shell, "Set-OrganizationRelationship", have.Name, relationshipSettings(have.OrganizationRelationship, cloud),
		relationshipSettings(want, cloud), federation.DiffOrganizationRelationship(have.OrganizationRelationship, want))
}

// observeOWARedirection compares the TargetOwaURL of the on-premises
// relationship with the plan's.
func observeOWARedirection(p *planner, c *current, s *Step, _ string) {
	want := p.w.pair.OnPremises
	have := relationshipOf(c.inv.OrganizationRelationships, want)
	if have == nil || len(s.Changes) != 1 {
		return
	}
	url := s.Changes[0].Value
	differs := !strings.EqualFold(strings.TrimSuffix(have.TargetOWAURL, "/"), strings.TrimSuffix(url, "/"))
	s.settle([]Comparison{{Setting: "TargetOwaURL", Current: have.TargetOWAURL, Desired: url, Differs: differs}},
		[]Command{{ShellEMS, cmd("Set-OrganizationRelationship").arg(ps(have.Name)).str("TargetOwaURL", url).String()}})
}
