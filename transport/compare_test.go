package transport_test

import (
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/transport"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestDiffConnectors compares the wizard's connectors of params2019 with
// copies changed one way or another: spellings Exchange treats as the
// same value differ in nothing, a changed setting in exactly its
// parameter.
func TestDiffConnectors(t *testing.T) {
	set, fs := transport.HybridConnectors(params2019())
	require.Empty(t, fs)
	tests := []struct {
		name string
		edit func(*transport.Set)
		want map[string][]string // connector ("send", "receive", "inbound", "outbound") to the parameters that differ
	}{{
		name: "the same",
		edit: func(*transport.Set) {},
	}, {
		name: "Exchange's other spellings",
		edit: func(s *transport.Set) {
			a := s.Send.AddressSpaces[0]
			s.Send.AddressSpaces = []transport.AddressSpace{transport.MustParseAddressSpace("smtp:" + strings.ToUpper(a.Address)), a}
			s.Send.SourceTransportServers = []string{"ex02", "ex01", "EX01"}
			s.Send.TLSDomain = "Mail.Protection.Outlook.COM."
			s.Send.TLSCertificateName.Subject = "cn=MAIL.contoso.com, o=Contoso, c=US"
			s.Send.FQDN += "."
			s.Receive[0].TLSDomainCapabilities = append(s.Receive[0].TLSDomainCapabilities,
				transport.MustParseTLSDomainCapability("MAIL.protection.outlook.com:AcceptCloudServicesMail"))
			s.Inbound.SenderDomains = []string{"smtp:*;1"}
			s.Outbound.RecipientDomains = []string{"SMTP:Contoso.com;1"}
		},
	}, {
		name: "one setting each",
		edit: func(s *transport.Set) {
			s.Send.RequireTLS = false
			s.Receive[1].TLSCertificateName = oldCert
			s.Inbound.TLSSenderCertificateName = "old.contoso.com"
			s.Outbound.RouteAllMessagesViaOnPremises = true
		},
		want: map[string][]string{
			"send": {"RequireTLS"}, "receive": {"TlsCertificateName"},
			"inbound": {"TlsSenderCertificateName"}, "outbound": {"RouteAllMessagesViaOnPremises"},
		},
	}, {
		name: "sets that differ",
		edit: func(s *transport.Set) {
			s.Send.AddressSpaces = append(s.Send.AddressSpaces, transport.MustParseAddressSpace("contoso.com"))
			s.Send.SourceTransportServers = s.Send.SourceTransportServers[:1]
			s.Receive[0].TLSDomainCapabilities = []transport.TLSDomainCapability{transport.MustParseTLSDomainCapability("mail.protection.outlook.com:AcceptOorgProtocol")}
			s.Outbound.RecipientDomains = append(s.Outbound.RecipientDomains, "fabrikam.com")
			s.Outbound.SmartHosts = []string{"smtp.contoso.com"}
		},
		want: map[string][]string{
			"send": {"AddressSpaces", "SourceTransportServers"}, "receive": {"TlsDomainCapabilities"},
			"outbound": {"RecipientDomains", "SmartHosts"},
		},
	}, {
		// A partner domain's entry an administrator added beside the
		// wizard's: the wanted entry is there, nothing differs.
		name: "an administrator's extra capability entry",
		edit: func(s *transport.Set) {
			s.Receive[0].TLSDomainCapabilities = append(s.Receive[0].TLSDomainCapabilities,
				transport.MustParseTLSDomainCapability("partner.fabrikam.com:AcceptOorgProtocol"))
		},
	}, {
		name: "a cost",
		edit: func(s *transport.Set) { s.Send.AddressSpaces[0].Cost = 2 },
		want: map[string][]string{"send": {"AddressSpaces"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cur := set
			cur.Send.AddressSpaces = append([]transport.AddressSpace(nil), set.Send.AddressSpaces...)
			cur.Send.SourceTransportServers = append([]string(nil), set.Send.SourceTransportServers...)
			cur.Receive = append([]transport.ReceiveConnector(nil), set.Receive...)
			cur.Outbound.RecipientDomains = append([]string(nil), set.Outbound.RecipientDomains...)
			tt.edit(&cur)
			got := map[string][]string{}
			add := func(k string, names []string) {
				if len(names) > 0 {
					got[k] = append(got[k], names...)
				}
			}
			add("send", transport.DiffSendConnector(cur.Send, set.Send))
			for i := range set.Receive {
				add("receive", transport.DiffReceiveConnector(cur.Receive[i], set.Receive[i]))
			}
			add("inbound", transport.DiffInboundConnector(cur.Inbound, set.Inbound))
			add("outbound", transport.DiffOutboundConnector(cur.Outbound, set.Outbound))
			want := tt.want
			if want == nil {
				want = map[string][]string{}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("differing parameters (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMissingCapabilities checks which wanted TLS domain capabilities a
// connector lacks: an entry of the same domain (any case, a trailing
// dot) with at least the wanted capabilities holds it.
func TestMissingCapabilities(t *testing.T) {
	c := transport.MustParseTLSDomainCapability
	eop := c("mail.protection.outlook.com:AcceptCloudServicesMail")
	tests := []struct {
		name       string
		have, want []transport.TLSDomainCapability
		missing    []transport.TLSDomainCapability
	}{
		{"none", nil, []transport.TLSDomainCapability{eop}, []transport.TLSDomainCapability{eop}},
		{"the same", []transport.TLSDomainCapability{eop}, []transport.TLSDomainCapability{eop}, nil},
		{"another spelling and a partner's entry",
			[]transport.TLSDomainCapability{c("partner.fabrikam.com:AcceptOorgProtocol"), {Domain: "MAIL.protection.outlook.com.", Capabilities: eop.Capabilities}},
			[]transport.TLSDomainCapability{eop}, nil},
		{"more capabilities", []transport.TLSDomainCapability{c("mail.protection.outlook.com:AcceptCloudServicesMail,AcceptOorgProtocol")},
			[]transport.TLSDomainCapability{eop}, nil},
		{"another capability", []transport.TLSDomainCapability{c("mail.protection.outlook.com:AcceptOorgProtocol")},
			[]transport.TLSDomainCapability{eop}, []transport.TLSDomainCapability{eop}},
		{"nothing wanted", []transport.TLSDomainCapability{eop}, nil, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.missing, transport.MissingCapabilities(tt.have, tt.want)); diff != "" {
			t.Errorf("%s: missing (-want +got):\n%s", tt.name, diff)
		}
	}
}
