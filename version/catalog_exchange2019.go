package version

import "time"

// exchange2019Releases lists every Exchange Server 2019 release on Microsoft's page "Exchange
// Server build numbers and release dates"
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates#exchange-server-2019),
// oldest first (sorted by build), and the newer ESU-only security updates.
//
// Rows up to "CU14/CU15 Feb26SU" are from the newest copy of the page read, the rendered PDF of
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
// blog post cited above each row. The half-year label the page appends to CUs ("CU15 (2025H1)") is
// dropped. The page lists SUs only from March 2021 on. The Preview row is still on the 2026 page
// copy and is kept. Oct25SU is the last public update; every row after it, from Dec25SU on (the
// page's rows included), went only to customers of the paid ESU program, which Release.ESUOnly
// derives from the release date (sources on esuFrom).
var exchange2019Releases = []Release{
	// Preview build; still listed on the 2026 page copy, so kept.
	{Exchange2019, "Preview", Build{15, 2, 196, 0}, Date{2018, time.July, 24}},
	{Exchange2019, "RTM", Build{15, 2, 221, 12}, Date{2018, time.October, 22}},
	{Exchange2019, "RTM Mar21SU", Build{15, 2, 221, 18}, Date{2021, time.March, 2}},
	{Exchange2019, "CU1", Build{15, 2, 330, 5}, Date{2019, time.February, 12}},
	{Exchange2019, "CU1 Mar21SU", Build{15, 2, 330, 11}, Date{2021, time.March, 2}},
	{Exchange2019, "CU2", Build{15, 2, 397, 3}, Date{2019, time.June, 18}},
	{Exchange2019, "CU2 Mar21SU", Build{15, 2, 397, 11}, Date{2021, time.March, 2}},
	{Exchange2019, "CU3", Build{15, 2, 464, 5}, Date{2019, time.September, 17}},
	{Exchange2019, "CU3 Mar21SU", Build{15, 2, 464, 15}, Date{2021, time.March, 2}},
	{Exchange2019, "CU4", Build{15, 2, 529, 5}, Date{2019, time.December, 17}},
	{Exchange2019, "CU4 Mar21SU", Build{15, 2, 529, 13}, Date{2021, time.March, 2}},
	{Exchange2019, "CU5", Build{15, 2, 595, 3}, Date{2020, time.March, 17}},
	{Exchange2019, "CU5 Mar21SU", Build{15, 2, 595, 8}, Date{2021, time.March, 2}},
	{Exchange2019, "CU6", Build{15, 2, 659, 4}, Date{2020, time.June, 16}},
	{Exchange2019, "CU6 Mar21SU", Build{15, 2, 659, 12}, Date{2021, time.March, 2}},
	{Exchange2019, "CU7", Build{15, 2, 721, 2}, Date{2020, time.September, 15}},
	{Exchange2019, "CU7 Mar21SU", Build{15, 2, 721, 13}, Date{2021, time.March, 2}},
	{Exchange2019, "CU8", Build{15, 2, 792, 3}, Date{2020, time.December, 15}},
	{Exchange2019, "CU8 Mar21SU", Build{15, 2, 792, 10}, Date{2021, time.March, 2}},
	{Exchange2019, "CU8 Apr21SU", Build{15, 2, 792, 13}, Date{2021, time.April, 13}},
	{Exchange2019, "CU8 May21SU", Build{15, 2, 792, 15}, Date{2021, time.May, 11}},
	{Exchange2019, "CU9", Build{15, 2, 858, 5}, Date{2021, time.March, 16}},
	{Exchange2019, "CU9 Apr21SU", Build{15, 2, 858, 10}, Date{2021, time.April, 13}},
	{Exchange2019, "CU9 May21SU", Build{15, 2, 858, 12}, Date{2021, time.May, 11}},
	{Exchange2019, "CU9 Jul21SU", Build{15, 2, 858, 15}, Date{2021, time.July, 13}},
	{Exchange2019, "CU10", Build{15, 2, 922, 7}, Date{2021, time.June, 29}},
	{Exchange2019, "CU10 Jul21SU", Build{15, 2, 922, 13}, Date{2021, time.July, 13}},
	{Exchange2019, "CU10 Oct21SU", Build{15, 2, 922, 14}, Date{2021, time.October, 12}},
	{Exchange2019, "CU10 Nov21SU", Build{15, 2, 922, 19}, Date{2021, time.November, 9}},
	{Exchange2019, "CU10 Jan22SU", Build{15, 2, 922, 20}, Date{2022, time.January, 11}},
	{Exchange2019, "CU10 Mar22SU", Build{15, 2, 922, 27}, Date{2022, time.March, 8}},
	{Exchange2019, "CU11", Build{15, 2, 986, 5}, Date{2021, time.September, 28}},
	{Exchange2019, "CU11 Oct21SU", Build{15, 2, 986, 9}, Date{2021, time.October, 12}},
	{Exchange2019, "CU11 Nov21SU", Build{15, 2, 986, 14}, Date{2021, time.November, 9}},
	{Exchange2019, "CU11 Jan22SU", Build{15, 2, 986, 15}, Date{2022, time.January, 11}},
	{Exchange2019, "CU11 Mar22SU", Build{15, 2, 986, 22}, Date{2022, time.March, 8}},
	{Exchange2019, "CU11 May22SU", Build{15, 2, 986, 26}, Date{2022, time.May, 10}},
	{Exchange2019, "CU11 Aug22SU", Build{15, 2, 986, 29}, Date{2022, time.August, 9}},
	{Exchange2019, "CU11 Oct22SU", Build{15, 2, 986, 30}, Date{2022, time.October, 11}},
	{Exchange2019, "CU11 Nov22SU", Build{15, 2, 986, 36}, Date{2022, time.November, 8}},
	{Exchange2019, "CU11 Jan23SU", Build{15, 2, 986, 37}, Date{2023, time.January, 10}},
	{Exchange2019, "CU11 Feb23SU", Build{15, 2, 986, 41}, Date{2023, time.February, 14}},
	{Exchange2019, "CU11 Mar23SU", Build{15, 2, 986, 42}, Date{2023, time.March, 14}},
	// Page: "Exchange Server 2019 CU12 (2022H1)".
	{Exchange2019, "CU12", Build{15, 2, 1118, 7}, Date{2022, time.April, 20}},
	{Exchange2019, "CU12 May22SU", Build{15, 2, 1118, 9}, Date{2022, time.May, 10}},
	{Exchange2019, "CU12 Aug22SU", Build{15, 2, 1118, 12}, Date{2022, time.August, 9}},
	{Exchange2019, "CU12 Oct22SU", Build{15, 2, 1118, 15}, Date{2022, time.October, 11}},
	{Exchange2019, "CU12 Nov22SU", Build{15, 2, 1118, 20}, Date{2022, time.November, 8}},
	{Exchange2019, "CU12 Jan23SU", Build{15, 2, 1118, 21}, Date{2023, time.January, 10}},
	{Exchange2019, "CU12 Feb23SU", Build{15, 2, 1118, 25}, Date{2023, time.February, 14}},
	{Exchange2019, "CU12 Mar23SU", Build{15, 2, 1118, 26}, Date{2023, time.March, 14}},
	{Exchange2019, "CU12 Jun23SU", Build{15, 2, 1118, 30}, Date{2023, time.June, 13}},
	{Exchange2019, "CU12 Aug23SU", Build{15, 2, 1118, 36}, Date{2023, time.August, 8}},
	{Exchange2019, "CU12 Aug23SUv2", Build{15, 2, 1118, 37}, Date{2023, time.August, 15}},
	{Exchange2019, "CU12 Oct23SU", Build{15, 2, 1118, 39}, Date{2023, time.October, 10}},
	{Exchange2019, "CU12 Nov23SU", Build{15, 2, 1118, 40}, Date{2023, time.November, 14}},
	// Page: "Exchange Server 2019 CU13 (2023H1)".
	{Exchange2019, "CU13", Build{15, 2, 1258, 12}, Date{2023, time.May, 3}},
	{Exchange2019, "CU13 Jun23SU", Build{15, 2, 1258, 16}, Date{2023, time.June, 13}},
	{Exchange2019, "CU13 Aug23SU", Build{15, 2, 1258, 23}, Date{2023, time.August, 8}},
	{Exchange2019, "CU13 Aug23SUv2", Build{15, 2, 1258, 25}, Date{2023, time.August, 15}},
	{Exchange2019, "CU13 Oct23SU", Build{15, 2, 1258, 27}, Date{2023, time.October, 10}},
	{Exchange2019, "CU13 Nov23SU", Build{15, 2, 1258, 28}, Date{2023, time.November, 14}},
	{Exchange2019, "CU13 Mar24SU", Build{15, 2, 1258, 32}, Date{2024, time.March, 12}},
	{Exchange2019, "CU13 Apr24HU", Build{15, 2, 1258, 34}, Date{2024, time.April, 23}},
	{Exchange2019, "CU13 Nov24SU", Build{15, 2, 1258, 38}, Date{2024, time.November, 12}},
	{Exchange2019, "CU13 Nov24SUv2", Build{15, 2, 1258, 39}, Date{2024, time.November, 27}},
	// Page: "Exchange Server 2019 CU14 (2024H1)".
	{Exchange2019, "CU14", Build{15, 2, 1544, 4}, Date{2024, time.February, 13}},
	{Exchange2019, "CU14 Mar24SU", Build{15, 2, 1544, 9}, Date{2024, time.March, 12}},
	{Exchange2019, "CU14 Apr24HU", Build{15, 2, 1544, 11}, Date{2024, time.April, 23}},
	{Exchange2019, "CU14 Nov24SU", Build{15, 2, 1544, 13}, Date{2024, time.November, 12}},
	{Exchange2019, "CU14 Nov24SUv2", Build{15, 2, 1544, 14}, Date{2024, time.November, 27}},
	{Exchange2019, "CU14 Apr25HU", Build{15, 2, 1544, 25}, Date{2025, time.April, 18}},
	{Exchange2019, "CU14 May25HU", Build{15, 2, 1544, 27}, Date{2025, time.May, 29}},
	{Exchange2019, "CU14 Aug25SU", Build{15, 2, 1544, 33}, Date{2025, time.August, 12}},
	{Exchange2019, "CU14 Sep25HU", Build{15, 2, 1544, 34}, Date{2025, time.September, 8}},
	{Exchange2019, "CU14 Oct25SU", Build{15, 2, 1544, 36}, Date{2025, time.October, 14}},
	{Exchange2019, "CU14 Dec25SU", Build{15, 2, 1544, 37}, Date{2025, time.December, 9}},
	{Exchange2019, "CU14 Feb26SU", Build{15, 2, 1544, 39}, Date{2026, time.February, 10}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: June 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-june-2026-exchange-server-security-updates/4524491.
	{Exchange2019, "CU14 Jun26SU", Build{15, 2, 1544, 41}, Date{2026, time.June, 9}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: July 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-july-2026-exchange-server-security-updates/4534146.
	{Exchange2019, "CU14 Jul26SU", Build{15, 2, 1544, 43}, Date{2026, time.July, 14}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: August 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-august-2026-exchange-server-security-updates/4543951.
	{Exchange2019, "CU14 Aug26SU", Build{15, 2, 1544, 44}, Date{2026, time.August, 11}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: September 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-september-2026-exchange-server-security-updates/4554411.
	{Exchange2019, "CU14 Sep26SU", Build{15, 2, 1544, 46}, Date{2026, time.September, 8}},
	// Newer than the page copy; "Version 2" of the September 2026 SU, released in October. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: September 2026 V2 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-september-2026-v2-exchange-server-security-updates/4561718.
	{Exchange2019, "CU14 Sep26SUv2", Build{15, 2, 1544, 48}, Date{2026, time.October, 2}},
	// Page: "Exchange Server 2019 CU15 (2025H1)".
	{Exchange2019, "CU15", Build{15, 2, 1748, 10}, Date{2025, time.February, 10}},
	{Exchange2019, "CU15 Apr25HU", Build{15, 2, 1748, 24}, Date{2025, time.April, 18}},
	{Exchange2019, "CU15 May25HU", Build{15, 2, 1748, 26}, Date{2025, time.May, 29}},
	{Exchange2019, "CU15 Aug25SU", Build{15, 2, 1748, 36}, Date{2025, time.August, 12}},
	{Exchange2019, "CU15 Sep25HU", Build{15, 2, 1748, 37}, Date{2025, time.September, 8}},
	{Exchange2019, "CU15 Oct25SU", Build{15, 2, 1748, 39}, Date{2025, time.October, 14}},
	{Exchange2019, "CU15 Dec25SU", Build{15, 2, 1748, 42}, Date{2025, time.December, 9}},
	{Exchange2019, "CU15 Feb26SU", Build{15, 2, 1748, 43}, Date{2026, time.February, 10}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: June 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-june-2026-exchange-server-security-updates/4524491.
	{Exchange2019, "CU15 Jun26SU", Build{15, 2, 1748, 46}, Date{2026, time.June, 9}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: July 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-july-2026-exchange-server-security-updates/4534146.
	{Exchange2019, "CU15 Jul26SU", Build{15, 2, 1748, 48}, Date{2026, time.July, 14}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: August 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-august-2026-exchange-server-security-updates/4543951.
	{Exchange2019, "CU15 Aug26SU", Build{15, 2, 1748, 49}, Date{2026, time.August, 11}},
	// Newer than the page copy. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: September 2026 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-september-2026-exchange-server-security-updates/4554411.
	{Exchange2019, "CU15 Sep26SU", Build{15, 2, 1748, 51}, Date{2026, time.September, 8}},
	// Newer than the page copy; "Version 2" of the September 2026 SU, released in October. ESU-only release.
	// Build: HealthChecker's dictionary. Date: Exchange Team blog, "Released: September 2026 V2 Exchange Server
	// Security Updates", https://techcommunity.microsoft.com/blog/exchange/released-september-2026-v2-exchange-server-security-updates/4561718.
	{Exchange2019, "CU15 Sep26SUv2", Build{15, 2, 1748, 53}, Date{2026, time.October, 2}},
}
