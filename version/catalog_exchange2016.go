package version

import "time"

// exchange2016Releases lists every Exchange Server 2016 release on Microsoft's page "Exchange
// Server build numbers and release dates"
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates#exchange-server-2016),
// oldest first (sorted by build), and the newer ESU-only security updates.
//
// Rows up to "CU23 Feb26SU" are from the newest copy of the page read, the rendered PDF of
// Microsoft's Exchange Server documentation, pages 41-80
// (learn.microsoft.com/en-us/exchange/exchange-servertoc-p0041-0080; the article before it is
// stamped "Last updated on 05/29/2026"); rows up to January 2022 also match the docs-repository
// copy in x13-me/OfficeDocs-Exchange (fork of MicrosoftDocs/OfficeDocs-Exchange),
// Exchange/ExchangeServer/new-features/build-numbers-and-release-dates.md@085686598d05 (January
// 2022). Builds were cross-checked against microsoft/CSS-Exchange
// Shared/Get-ExchangeBuildVersionInformation.ps1@01bad118924c, the build dictionary of Microsoft's
// HealthChecker (builds up to Sep26SUv2, no SU dates), and microsoft/Get-ExchangeBuildNumber
// ExchangeBuildNumbers.csv@110255280e91 (builds, dates, KBs and the Exchange Team blog post of each
// release up to SE RTM May26HU). The later ESU-only rows (Jun26SU to Sep26SUv2) are on no page copy
// read: their builds are from HealthChecker's dictionary and their dates from the Exchange Team
// blog post cited above each row. The half-year label the page appends to CUs ("CU23 (2022H1)") is
// dropped. The page lists SUs only from March 2021 on. The Preview row is still on the 2026 page
// copy and is kept. Oct25SU is the last public update; every row after it, from Dec25SU on (the
// page's rows included), went only to customers of the paid ESU program, which Release.ESUOnly
// derives from the release date (sources on esuFrom).
var exchange2016Releases = []Release{
	// Preview build; still listed on the 2026 page copy, so kept.
	{Exchange2016, "Preview", Build{15, 1, 225, 16}, Date{2015, time.July, 22}},
	{Exchange2016, "RTM", Build{15, 1, 225, 42}, Date{2015, time.October, 1}},
	{Exchange2016, "CU1", Build{15, 1, 396, 30}, Date{2016, time.March, 15}},
	{Exchange2016, "CU2", Build{15, 1, 466, 34}, Date{2016, time.June, 21}},
	{Exchange2016, "CU3", Build{15, 1, 544, 27}, Date{2016, time.September, 20}},
	{Exchange2016, "CU4", Build{15, 1, 669, 32}, Date{2016, time.December, 13}},
	{Exchange2016, "CU5", Build{15, 1, 845, 34}, Date{2017, time.March, 21}},
	{Exchange2016, "CU6", Build{15, 1, 1034, 26}, Date{2017, time.June, 27}},
	{Exchange2016, "CU7", Build{15, 1, 1261, 35}, Date{2017, time.September, 19}},
	{Exchange2016, "CU8", Build{15, 1, 1415, 2}, Date{2017, time.December, 19}},
	// Page and Microsoft's Get-ExchangeBuildNumber CSV agree on this build; CSS-Exchange's
	// build dictionary has 15.1.1415.8 for this SU instead.
	{Exchange2016, "CU8 Mar21SU", Build{15, 1, 1415, 10}, Date{2021, time.March, 2}},
	{Exchange2016, "CU9", Build{15, 1, 1466, 3}, Date{2018, time.March, 20}},
	// Page and Microsoft's Get-ExchangeBuildNumber CSV agree on this build; CSS-Exchange's
	// build dictionary has 15.1.1466.13 for this SU instead.
	{Exchange2016, "CU9 Mar21SU", Build{15, 1, 1466, 16}, Date{2021, time.March, 2}},
	{Exchange2016, "CU10", Build{15, 1, 1531, 3}, Date{2018, time.June, 19}},
	{Exchange2016, "CU10 Mar21SU", Build{15, 1, 1531, 12}, Date{2021, time.March, 2}},
	{Exchange2016, "CU11", Build{15, 1, 1591, 10}, Date{2018, time.October, 16}},
	{Exchange2016, "CU11 Mar21SU", Build{15, 1, 1591, 18}, Date{2021, time.March, 2}},
	{Exchange2016, "CU12", Build{15, 1, 1713, 5}, Date{2019, time.February, 12}},
	{Exchange2016, "CU12 Mar21SU", Build{15, 1, 1713, 10}, Date{2021, time.March, 2}},
	{Exchange2016, "CU13", Build{15, 1, 1779, 2}, Date{2019, time.June, 18}},
	{Exchange2016, "CU13 Mar21SU", Build{15, 1, 1779, 8}, Date{2021, time.March, 2}},
	{Exchange2016, "CU14", Build{15, 1, 1847, 3}, Date{2019, time.September, 17}},
	{Exchange2016, "CU14 Mar21SU", Build{15, 1, 1847, 12}, Date{2021, time.March, 2}},
	{Exchange2016, "CU15", Build{15, 1, 1913, 5}, Date{2019, time.December, 17}},
	{Exchange2016, "CU15 Mar21SU", Build{15, 1, 1913, 12}, Date{2021, time.March, 2}},
	{Exchange2016, "CU16", Build{15, 1, 1979, 3}, Date{2020, time.March, 17}},
	{Exchange2016, "CU16 Mar21SU", Build{15, 1, 1979, 8}, Date{2021, time.March, 2}},
	{Exchange2016, "CU17", Build{15, 1, 2044, 4}, Date{2020, time.June, 16}},
	{Exchange2016, "CU17 Mar21SU", Build{15, 1, 2044, 13}, Date{2021, time.March, 2}},
	{Exchange2016, "CU18", Build{15, 1, 2106, 2}, Date{2020, time.September, 15}},
	{Exchange2016, "CU18 Mar21SU", Build{15, 1, 2106, 13}, Date{2021, time.March, 2}},
	{Exchange2016, "CU19", Build{15, 1, 2176, 2}, Date{2020, time.December, 15}},
	{Exchange2016, "CU19 Mar21SU", Build{15, 1, 2176, 9}, Date{2021, time.March, 2}},
	{Exchange2016, "CU19 Apr21SU", Build{15, 1, 2176, 12}, Date{2021, time.April, 13}},
	{Exchange2016, "CU19 May21SU", Build{15, 1, 2176, 14}, Date{2021, time.May, 11}},
	{Exchange2016, "CU20", Build{15, 1, 2242, 4}, Date{2021, time.March, 16}},
	{Exchange2016, "CU20 Apr21SU", Build{15, 1, 2242, 8}, Date{2021, time.April, 13}},
	{Exchange2016, "CU20 May21SU", Build{15, 1, 2242, 10}, Date{2021, time.May, 11}},
	{Exchange2016, "CU20 Jul21SU", Build{15, 1, 2242, 12}, Date{2021, time.July, 13}},
	{Exchange2016, "CU21", Build{15, 1, 2308, 8}, Date{2021, time.June, 29}},
	{Exchange2016, "CU21 Jul21SU", Build{15, 1, 2308, 14}, Date{2021, time.July, 13}},
	{Exchange2016, "CU21 Oct21SU", Build{15, 1, 2308, 15}, Date{2021, time.October, 12}},
	{Exchange2016, "CU21 Nov21SU", Build{15, 1, 2308, 20}, Date{2021, time.November, 9}},
	{Exchange2016, "CU21 Jan22SU", Build{15, 1, 2308, 21}, Date{2022, time.January, 11}},
	{Exchange2016, "CU21 Mar22SU", Build{15, 1, 2308, 27}, Date{2022, time.March, 8}},
	{Exchange2016, "CU22", Build{15, 1, 2375, 7}, Date{2021, time.September, 28}},
	{Exchange2016, "CU22 Oct21SU", Build{15, 1, 2375, 12}, Date{2021, time.October, 12}},
	{Exchange2016, "CU22 Nov21SU", Build{15, 1, 2375, 17}, Date{2021, time.November, 9}},
	{Exchange2016, "CU22 Jan22SU", Build{15, 1, 2375, 18}, Date{2022, time.January, 11}},
	{Exchange2016, "CU22 Mar22SU", Build{15, 1, 2375, 24}, Date{2022, time.March, 8}},
	{Exchange2016, "CU22 May22SU", Build{15, 1, 2375, 28}, Date{2022, time.May, 10}},
	{Exchange2016, "CU22 Aug22SU", Build{15, 1, 2375, 31}, Date{2022, time.August, 9}},
	{Exchange2016, "CU22 Oct22SU", Build{15, 1, 2375, 32}, Date{2022, time.October, 11}},
	{Exchange2016, "CU22 Nov22SU", Build{15, 1, 2375, 37}, Date{2022, time.November, 8}},
	// Page: "Exchange Server 2016 CU23 (2022H1)".
	{Exchange2016, "CU23", Build{15, 1, 2507, 6}, Date{2022, time.April, 20}},
	{Exchange2016, "CU23 May22SU", Build{15, 1, 2507, 9}, Date{2022, time.May, 10}},
	{Exchange2016, "CU23 Aug22SU", Build{15, 1, 2507, 12}, Date{2022, time.August, 9}},
	{Exchange2016, "CU23 Oct22SU", Build{15, 1, 2507, 13}, Date{2022, time.October, 11}},
	{Exchange2016, "CU23 Nov22SU", Build{15, 1, 2507, 16}, Date{2022, time.November, 8}},
	{Exchange2016, "CU23 Jan23SU", Build{15, 1, 2507, 17}, Date{2023, time.January, 10}},
	{Exchange2016, "CU23 Feb23SU", Build{15, 1, 2507, 21}, Date{2023, time.February, 14}},
	{Exchange2016, "CU23 Mar23SU", Build{15, 1, 2507, 23}, Date{2023, time.March, 14}},
	{Exchange2016, "CU23 Jun23SU", Build{15, 1, 2507, 27}, Date{2023, time.June, 13}},
	{Exchange2016, "CU23 Aug23SU", Build{15, 1, 2507, 31}, Date{2023, time.August, 8}},
	{Exchange2016, "CU23 Aug23SUv2", Build{15, 1, 2507, 32}, Date{2023, time.August, 15}},
	{Exchange2016, "CU23 Oct23SU", Build{15, 1, 2507, 34}, Date{2023, time.October, 10}},
	{Exchange2016, "CU23 Nov23SU", Build{15, 1, 2507, 35}, Date{2023, time.November, 14}},
	{Exchange2016, "CU23 Mar24SU", Build{15, 1, 2507, 37}, Date{2024, time.March, 12}},
	{Exchange2016, "CU23 Apr24HU", Build{15, 1, 2507, 39}, Date{2024, time.April, 23}},
	{Exchange2016, "CU23 Nov24SU", Build{15, 1, 2507, 43}, Date{2024, time.November, 12}},
	{Exchange2016, "CU23 Nov24SUv2", Build{15, 1, 2507, 44}, Date{2024, time.November, 27}},
	{Exchange2016, "CU23 Apr25HU", Build{15, 1, 2507, 55}, Date{2025, time.April, 18}},
	{Exchange2016, "CU23 May25HU", Build{15, 1, 2507, 57}, Date{2025, time.May, 29}},
	{Exchange2016, "CU23 Aug25SU", Build{15, 1, 2507, 58}, Date{2025, time.August, 12}},
	{Exchange2016, "CU23 Sep25HU", Build{15, 1, 2507, 59}, Date{2025, time.September, 8}},
	{Exchange2016, "CU23 Oct25SU", Build{15, 1, 2507, 61}, Date{2025, time.October, 14}},
	{Exchange2016, "CU23 Dec25SU", Build{15, 1, 2507, 63}, Date{2025, time.December, 9}},
	{Exchange2016, "CU23 Feb26SU", Build{15, 1, 2507, 66}, Date{2026, time.February, 10}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: June 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-june-2026-exchange-server-security-updates/4524491.
	{Exchange2016, "CU23 Jun26SU", Build{15, 1, 2507, 69}, Date{2026, time.June, 9}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: July 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-july-2026-exchange-server-security-updates/4534146.
	{Exchange2016, "CU23 Jul26SU", Build{15, 1, 2507, 71}, Date{2026, time.July, 14}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: August 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-august-2026-exchange-server-security-updates/4543951.
	{Exchange2016, "CU23 Aug26SU", Build{15, 1, 2507, 72}, Date{2026, time.August, 11}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: September 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-september-2026-exchange-server-security-updates/4554411.
	{Exchange2016, "CU23 Sep26SU", Build{15, 1, 2507, 73}, Date{2026, time.September, 8}},
	// Newer than the page copy; "Version 2" of the September 2026 SU, released in October. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: September 2026 V2 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-september-2026-v2-exchange-server-security-updates/4561718.
	{Exchange2016, "CU23 Sep26SUv2", Build{15, 1, 2507, 75}, Date{2026, time.October, 2}},
}
