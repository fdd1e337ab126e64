package hybrid

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestServiceTableMixedVersions checks the before/after table of
// organizations whose servers run two versions: every server is named with
// its own product, and only the servers newer than the mailboxes' version
// are said to proxy to it. Exchange 2016 and later front ends proxy to the
// version that holds the mailbox
// (https://learn.microsoft.com/exchange/architecture/architecture); an
// Exchange 2013 organization with 2016 hybrid servers is the prerequisites
// table's "2016-based hybrid" for 2013
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites).
func TestServiceTableMixedVersions(t *testing.T) {
	type row struct{ Before, OnPremises string }
	tests := []struct {
		name string
		org  func(t testing.TB) Organization
		want map[string]row // by service, the client rows
	}{
		{"2016 mailboxes, 2019 hybrid servers", org2016And2019, map[string]row{
			"Outlook on the web (https://mail.contoso.com/owa)": {
				Before:     "Exchange 2016 Mailbox servers (EX2016-01)",
				OnPremises: "Exchange 2019 Mailbox servers (EX2019-01, EX2019-02) proxy to the Exchange 2016 servers that hold the mailboxes",
			},
		}},
		{"2019 and SE hybrid servers", org2019AndSE, map[string]row{
			"Mail to the other organization": {
				Before:     "none",
				OnPremises: "Exchange Server 2019 Mailbox (EX19-01) → Exchange Server 2019 Mailbox (EX19-01, EX19-02) or Exchange Server SE Mailbox (EXSE-01) → Exchange Online Protection → Exchange Online",
			},
			"Outlook on the web (https://mail.contoso.com/owa)": {
				Before:     "Exchange 2019 Mailbox servers (EX19-01, EX19-02)",
				OnPremises: "Exchange 2019 Mailbox servers (EX19-01, EX19-02) and Exchange SE Mailbox servers (EXSE-01); the Exchange SE servers proxy to the Exchange 2019 servers that hold the mailboxes",
			},
		}},
		{"2013 mailboxes, 2016 hybrid servers", org2013And2016, map[string]row{
			"Outlook on the web (https://mail.contoso.com/owa)": {
				Before:     "Exchange 2013 Client Access servers (EX2013-01)",
				OnPremises: "Exchange 2016 Mailbox servers (EX2016-01, EX2016-02) proxy to the Exchange 2013 servers that hold the mailboxes",
			},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := Plan(tt.org(t), Options{Date: day, ID: testID})
			got := map[string]row{}
			for _, r := range p.Services {
				if _, ok := tt.want[r.Service]; ok {
					got[r.Service] = row{r.Before, r.OnPremises}
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("services (-want +got):\n%s\n%+v", diff, p.Services)
			}
		})
	}
}
