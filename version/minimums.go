package version

// Named minimum builds that coexistence and hybrid rules refer to. They are
// variables only because Go has no struct constants; treat them as constants.
// Each is a row of the catalog (a test checks it) and names the rule that
// needs it. Build numbers: "Exchange Server build numbers and release dates"
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates).
var (
	// Exchange2007SP2 (8.2.176.2) is the oldest Exchange 2007 Mailbox server
	// whose users can see free/busy across an organization relationship, given
	// at least one Exchange 2013 Client Access server
	// (https://learn.microsoft.com/exchange/sharing-exchange-2013-help, "Coexistence with Exchange 2007").
	Exchange2007SP2 = Build{8, 2, 176, 2}

	// Exchange2007SP3 (8.3.83.6) is the last Exchange 2007 service pack.
	Exchange2007SP3 = Build{8, 3, 83, 6}

	// Exchange2007SP3RU10 (8.3.298.3) is required on every Exchange 2007
	// server, Edge Transport included, before Exchange 2013 joins the
	// organization, and so for a 2007 hybrid deployment
	// (https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help,
	// https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles).
	Exchange2007SP3RU10 = Build{8, 3, 298, 3}

	// Exchange2007SP3RU13 (8.3.348.2) is required on Exchange 2007 Hub
	// Transport servers that synchronize with an Exchange 2013 SP1 Edge
	// Transport server through EdgeSync
	// (https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help, footnote 1).
	Exchange2007SP3RU13 = Build{8, 3, 348, 2}

	// Exchange2010SP2 (14.2.247.5) is the oldest Exchange 2010 Client Access
	// and Mailbox server whose users can share free/busy across an
	// organization relationship
	// (https://learn.microsoft.com/exchange/sharing-exchange-2013-help).
	Exchange2010SP2 = Build{14, 2, 247, 5}

	// Exchange2010SP3 (14.3.123.4) is required on every Exchange 2010 server
	// before Exchange 2013 joins the organization
	// (https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help)
	// and on Exchange 2010-based hybrid servers
	// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites).
	Exchange2010SP3 = Build{14, 3, 123, 4}

	// Exchange2010SP3RU5 (14.3.181.6) is required on Exchange 2010 Hub
	// Transport servers that synchronize with an Exchange 2013 SP1 Edge
	// Transport server
	// (https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help, footnote 2).
	Exchange2010SP3RU5 = Build{14, 3, 181, 6}

	// Exchange2010SP3RU11 (14.3.266.2) is required on every Exchange 2010
	// server, Edge Transport included, before Exchange 2016 joins the
	// organization
	// (https://learn.microsoft.com/exchange/plan-and-deploy/system-requirements,
	// https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e14coexistenceminversionrequirement).
	Exchange2010SP3RU11 = Build{14, 3, 266, 2}

	// Exchange2013CU1 (15.0.620.29) is the oldest Exchange 2013 build the
	// Hybrid Configuration Wizard supports, and the minimum for the Exchange
	// 2013 hybrid server of an Exchange 2007 or 2010 organization
	// (https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs,
	// https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles).
	Exchange2013CU1 = Build{15, 0, 620, 29}

	// Exchange2013CU2 (15.0.712.24) is the oldest Exchange 2013 build that
	// may coexist with Exchange 2007 or 2010 in one organization
	// (https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help).
	// It is stricter than the hybrid pages' "CU1 or later", so a 2013 hybrid
	// server in a 2007 or 2010 organization needs it.
	Exchange2013CU2 = Build{15, 0, 712, 24}

	// Exchange2013SP1 (15.0.847.32, also called CU4) reintroduced the Edge
	// Transport role and MAPI over HTTP
	// (https://learn.microsoft.com/exchange/what-s-new-in-exchange-2013-exchange-2013-help),
	// and is the minimum for Internet-facing hybrid servers that use OAuth in
	// an organization with older versions
	// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help).
	Exchange2013SP1 = Build{15, 0, 847, 32}

	// Exchange2013CU5 (15.0.913.22) is the first Exchange 2013 build for which
	// the Hybrid Configuration Wizard configures OAuth itself, when the
	// organization has no older Exchange: "If your on-premises organization
	// is running only Exchange 2013 servers with Cumulative Update 5 or later
	// installed, run the Hybrid Deployment Wizard instead of performing the
	// steps in this topic"
	// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help).
	Exchange2013CU5 = Build{15, 0, 913, 22}

	// Exchange2013CU10 (15.0.1130.7) is required on every Exchange 2013
	// server before Exchange 2016 joins the organization
	// (https://learn.microsoft.com/exchange/plan-and-deploy/system-requirements,
	// https://learn.microsoft.com/exchange/plan-and-deploy/deployment-ref/ms-exch-setupreadiness-e16e15coexistenceminversionrequirement).
	Exchange2013CU10 = Build{15, 0, 1130, 7}

	// Exchange2013CU21 (15.0.1395.4) is required on every Exchange 2013
	// server before Exchange 2019 joins the organization
	// (https://learn.microsoft.com/exchange/plan-and-deploy/system-requirements).
	Exchange2013CU21 = Build{15, 0, 1395, 4}

	// Exchange2016CU11 (15.1.1591.10) is required on every Exchange 2016
	// server before Exchange 2019 joins the organization
	// (https://learn.microsoft.com/exchange/plan-and-deploy/system-requirements).
	Exchange2016CU11 = Build{15, 1, 1591, 10}

	// Exchange2019CU14 (15.2.1544.4) is the oldest Exchange 2019 build that
	// can be upgraded in place to Exchange Server SE
	// (https://learn.microsoft.com/exchange/plan-and-deploy/deploy-new-installations/upgrade-to-exchange-server-se).
	Exchange2019CU14 = Build{15, 2, 1544, 4}

	// ExchangeSERTM (15.2.2562.17) is the first build of Exchange Server
	// Subscription Edition.
	ExchangeSERTM = Build{15, 2, 2562, 17}
)
