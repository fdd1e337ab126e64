package version

import "time"

// exchangeSEReleases lists every Exchange Server Subscription Edition (SE) release on Microsoft's
// page "Exchange Server build numbers and release dates"
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates#exchange-server-se),
// oldest first (sorted by build), and the newer security updates.
//
// Rows up to "RTM May26HU" are from the newest copy of the page read, the rendered PDF of
// Microsoft's Exchange Server documentation, pages 41-80
// (learn.microsoft.com/en-us/exchange/exchange-servertoc-p0041-0080; the article before it is
// stamped "Last updated on 05/29/2026"), cross-checked against microsoft/CSS-Exchange
// Shared/Get-ExchangeBuildVersionInformation.ps1@01bad118924c, the build dictionary of Microsoft's
// HealthChecker (builds up to Sep26SUv2, no SU dates), and microsoft/Get-ExchangeBuildNumber
// ExchangeBuildNumbers.csv@110255280e91 (builds, dates, KBs and the Exchange Team blog post of each
// release up to SE RTM May26HU). The later rows (Jun26SU to Sep26SUv2) are on no page copy read:
// their builds are from HealthChecker's dictionary and their dates from the Exchange Team blog post
// cited above each row. SE shares version 15.2 with Exchange 2019; its builds start at 15.2.2562.
var exchangeSEReleases = []Release{
	{ExchangeSE, "RTM", Build{15, 2, 2562, 17}, Date{2025, time.July, 1}},
	{ExchangeSE, "RTM Aug25SU", Build{15, 2, 2562, 20}, Date{2025, time.August, 12}},
	{ExchangeSE, "RTM Sep25HU", Build{15, 2, 2562, 27}, Date{2025, time.September, 8}},
	{ExchangeSE, "RTM Oct25SU", Build{15, 2, 2562, 29}, Date{2025, time.October, 14}},
	{ExchangeSE, "RTM Dec25SU", Build{15, 2, 2562, 35}, Date{2025, time.December, 9}},
	{ExchangeSE, "RTM Feb26SU", Build{15, 2, 2562, 37}, Date{2026, time.February, 10}},
	// Newest SE row on the 2026 page copy.
	{ExchangeSE, "RTM May26HU", Build{15, 2, 2562, 41}, Date{2026, time.May, 7}},
	// Newer than the page copy.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: June 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-june-2026-exchange-server-security-updates/4524491.
	{ExchangeSE, "RTM Jun26SU", Build{15, 2, 2562, 43}, Date{2026, time.June, 9}},
	// Newer than the page copy.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: July 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-july-2026-exchange-server-security-updates/4534146.
	{ExchangeSE, "RTM Jul26SU", Build{15, 2, 2562, 45}, Date{2026, time.July, 14}},
	// Newer than the page copy.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: August 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-august-2026-exchange-server-security-updates/4543951.
	{ExchangeSE, "RTM Aug26SU", Build{15, 2, 2562, 46}, Date{2026, time.August, 11}},
	// Newer than the page copy.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: September 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-september-2026-exchange-server-security-updates/4554411.
	{ExchangeSE, "RTM Sep26SU", Build{15, 2, 2562, 49}, Date{2026, time.September, 8}},
	// Newer than the page copy; "Version 2" of the September 2026 SU, released in October.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: September 2026 V2 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-september-2026-v2-exchange-server-security-updates/4561718.
	{ExchangeSE, "RTM Sep26SUv2", Build{15, 2, 2562, 53}, Date{2026, time.October, 2}},
}
