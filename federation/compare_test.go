package federation_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/federation"
	"github.com/google/go-cmp/cmp"
)

func TestDiffOrganizationRelationship(t *testing.T) {
	want := federation.OrganizationRelationship{
		Name: "O365 to On-premises", DomainNames: []string{"contoso.com", "fabrikam.com"}, Enabled: true,
		FreeBusyAccessEnabled: true, FreeBusyAccessLevel: federation.FreeBusyLimitedDetails, DeliveryReportEnabled: true,
		MailTipsAccessEnabled: true, MailTipsAccessLevel: federation.MailTipsAll, PhotosEnabled: true,
		TargetApplicationURI: "FYDIBOHF25SPDLT.contoso.com", TargetAutodiscoverEPR: "https://autodiscover.contoso.com/autodiscover/autodiscover.svc/WSSecurity",
		TargetOWAURL: "https://mail.contoso.com/owa",
	}
	tests := []struct {
		name string
		edit func(*federation.OrganizationRelationship)
		want []string
	}{
		{"the same", func(*federation.OrganizationRelationship) {}, nil},
		{"spelt otherwise", func(r *federation.OrganizationRelationship) {
			r.Name = "another name"
			r.DomainNames = []string{"FABRIKAM.com.", "contoso.com", "Contoso.com"}
			r.TargetApplicationURI = "fydibohf25spdlt.CONTOSO.com"
			r.TargetOWAURL += "/"
		}, nil},
		{"a level of a disabled access", func(r *federation.OrganizationRelationship) {
			r.MailTipsAccessEnabled, r.MailTipsAccessLevel = false, federation.MailTipsLimited
		}, []string{"MailTipsAccessEnabled", "MailTipsAccessLevel"}},
		{"settings changed", func(r *federation.OrganizationRelationship) {
			r.DomainNames = r.DomainNames[:1]
			r.FreeBusyAccessLevel = federation.FreeBusyAvailabilityOnly
			r.TargetSharingEPR = "https://agent.resource.mailboxmigration.his.msappproxy.net/EWS/Exchange.asmx"
		}, []string{"DomainNames", "FreeBusyAccessLevel", "TargetSharingEpr"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			have := want
			have.DomainNames = append([]string(nil), want.DomainNames...)
			tt.edit(&have)
			if diff := cmp.Diff(tt.want, federation.DiffOrganizationRelationship(have, want)); diff != "" {
				t.Errorf("differing parameters (-want +got):\n%s", diff)
			}
		})
	}
}
