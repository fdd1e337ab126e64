package roles

import (
	"github.com/exhybrid/exhybrid/internal/enum"
	"github.com/exhybrid/exhybrid/version"
)

// Offered returns the roles that setup of product p can install, at any
// build:
//
//	Exchange 2007, 2010     Mailbox, ClientAccess, HubTransport, UnifiedMessaging, EdgeTransport
//	Exchange 2013           Mailbox, ClientAccess, EdgeTransport (EdgeTransport from SP1)
//	Exchange 2016, 2019, SE Mailbox, EdgeTransport
//
// Sources: Exchange 2007 setup's role list
// (https://learn.microsoft.com/exchange/setup-failure-occurred-while-installing-a-server-role-installwatermark-exchange-2013-help),
// Exchange 2013 "What's new" ("Exchange 2013 architecture",
// https://learn.microsoft.com/exchange/what-s-new-in-exchange-2013-exchange-2013-help)
// and Exchange 2016/2019 architecture ("Server role consolidation",
// https://learn.microsoft.com/exchange/architecture/architecture). Exchange
// SE is upgraded in place from Exchange 2019 CU14 or CU15
// (https://learn.microsoft.com/exchange/plan-and-deploy/deploy-new-installations/upgrade-to-exchange-server-se)
// and keeps its roles; Microsoft's pages read for this library do not list
// SE's roles themselves, so the 2019 set is used.
// The Unified Messaging role is gone from 2013 on: its functions moved into
// the Client Access and Mailbox roles, and Exchange 2019 removed them
// (https://learn.microsoft.com/exchange/exchange-hybrid).
//
// Offered returns the empty set for a product that is not on premises.
func Offered(p version.Product) RoleSet {
	switch p {
	case version.Exchange2007, version.Exchange2010:
		return Of(RoleMailbox, RoleClientAccess, RoleHubTransport, RoleUnifiedMessaging, RoleEdgeTransport)
	case version.Exchange2013:
		return Of(RoleMailbox, RoleClientAccess, RoleEdgeTransport)
	case version.Exchange2016, version.Exchange2019, version.ExchangeSE:
		return Of(RoleMailbox, RoleEdgeTransport)
	}
	return 0
}

// Available returns the roles that the setup of build b can install: the
// [Offered] roles of its product, without Edge Transport on Exchange 2013
// before SP1 (15.0.847.32), which re-introduced the role
// (https://learn.microsoft.com/exchange/what-s-new-in-exchange-2013-exchange-2013-help).
func Available(b version.Build) RoleSet {
	p := version.ProductOf(b)
	s := Offered(p)
	if p == version.Exchange2013 && !b.AtLeast(version.Exchange2013SP1) {
		s = s.Without(RoleEdgeTransport)
	}
	return s
}

// Service is a piece of work an Exchange server does, used to say what each
// role provides. The zero Service is not valid. Its String is the name of
// the constant without "Service", such as "FrontendTransport".
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Service = enum.Value[serviceTag]

// The services, from the client's side inwards.
const (
	ServiceUnknown Service = iota // invalid
	// ServiceClientProxy authenticates client connections (HTTP, POP, IMAP,
	// SMTP submission) and proxies or redirects them to the server that holds
	// the mailbox, keeping no state: the Exchange 2013 Client Access role and
	// the front end of 2016 and later Mailbox servers.
	ServiceClientProxy
	// ServiceClientProtocols processes and renders client protocols: Outlook
	// on the web, Exchange ActiveSync, EWS, Autodiscover, Outlook Anywhere,
	// MAPI over HTTP, POP3 and IMAP4.
	ServiceClientProtocols
	// ServiceFrontendTransport is the stateless SMTP proxy in front of the
	// transport service (Exchange 2013 and later).
	ServiceFrontendTransport
	// ServiceTransport routes, categorizes and delivers mail inside the
	// organization: the Hub Transport role of 2007 and 2010, the Transport
	// service of 2013 and later Mailbox servers.
	ServiceTransport
	// ServiceMailboxDatabases hosts mailbox and public folder databases.
	ServiceMailboxDatabases
	// ServiceUnifiedMessaging answers calls, records voice mail and serves
	// voice access.
	ServiceUnifiedMessaging
	// ServiceEdgeTransport is the perimeter SMTP gateway: anti-spam,
	// anti-malware and transport rules on mail to and from the Internet,
	// configured through EdgeSync.
	ServiceEdgeTransport
)

var serviceEnum = &enum.Table{
	Pkg: "roles", Sep: ", ", Type: "Service", Err: ErrUnknownValue,
	Names: []string{"Unknown", "ClientProxy", "ClientProtocols", "FrontendTransport", "Transport", "MailboxDatabases", "UnifiedMessaging", "EdgeTransport"},
}

// Services is a set of [Service] values. Its String lists them in order,
// separated by ", ".
//
// It has the methods of every set: Has, With, Without, Union, Intersect,
// Minus, Len, IsEmpty, All (in value order), String, MarshalText and
// UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Services = enum.Set[serviceTag]

func services(ss ...Service) Services { return enum.SetOf(ss...) }

// Provides returns what role r provides on product p; it is empty when p
// does not offer r.
//
//	2007, 2010  Mailbox          MailboxDatabases
//	            ClientAccess     ClientProtocols (and, in 2010, RPC Client Access for Outlook)
//	            HubTransport     Transport
//	            UnifiedMessaging UnifiedMessaging
//	2013        Mailbox          ClientProtocols, Transport, MailboxDatabases, UnifiedMessaging
//	            ClientAccess     ClientProxy, FrontendTransport (stateless; UM calls are redirected)
//	2016        Mailbox          ClientProxy, ClientProtocols, FrontendTransport, Transport, MailboxDatabases, UnifiedMessaging
//	2019, SE    Mailbox          the same without UnifiedMessaging
//	all         EdgeTransport    EdgeTransport
//
// Sources: Exchange 2013 Mailbox and Client Access server pages
// (https://learn.microsoft.com/exchange/mailbox-server-exchange-2013-help,
// https://learn.microsoft.com/exchange/client-access-server-exchange-2013-help),
// Exchange 2016/2019 architecture
// (https://learn.microsoft.com/exchange/architecture/architecture), and the
// Exchange 2007 setup readiness pages on Hub Transport and Client Access
// (https://learn.microsoft.com/exchange/hub-transport-role-not-detected-in-local-site-bridgeheadrolenotpresentinsite-exchange-2013-help,
// https://learn.microsoft.com/exchange/client-access-role-not-detected-in-local-site-clientaccessrolenotpresentinsite-exchange-2013-help).
func Provides(p version.Product, r Role) Services {
	if !Offered(p).Has(r) {
		return 0
	}
	if r == RoleEdgeTransport {
		return services(ServiceEdgeTransport)
	}
	switch p {
	case version.Exchange2007, version.Exchange2010:
		return [RoleEdgeTransport + 1]Services{
			RoleMailbox:          services(ServiceMailboxDatabases),
			RoleClientAccess:     services(ServiceClientProtocols),
			RoleHubTransport:     services(ServiceTransport),
			RoleUnifiedMessaging: services(ServiceUnifiedMessaging),
		}[r]
	case version.Exchange2013:
		if r == RoleClientAccess {
			return services(ServiceClientProxy, ServiceFrontendTransport)
		}
		return services(ServiceClientProtocols, ServiceTransport, ServiceMailboxDatabases, ServiceUnifiedMessaging)
	case version.Exchange2016:
		return services(ServiceClientProxy, ServiceClientProtocols, ServiceFrontendTransport, ServiceTransport, ServiceMailboxDatabases, ServiceUnifiedMessaging)
	}
	// 2019 and SE: Unified Messaging was removed in Exchange 2019
	// (https://learn.microsoft.com/exchange/exchange-hybrid).
	return services(ServiceClientProxy, ServiceClientProtocols, ServiceFrontendTransport, ServiceTransport, ServiceMailboxDatabases)
}

// providesOn returns the union of what the roles in s provide on product p.
func providesOn(p version.Product, s RoleSet) Services {
	var out Services
	for r := range s.All() {
		out |= Provides(p, r)
	}
	return out
}

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	serviceTag struct{}
)

func (serviceTag) Enum() *enum.Table { return serviceEnum }
