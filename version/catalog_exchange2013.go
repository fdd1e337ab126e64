package version

import "time"

// exchange2013Releases lists every Exchange Server 2013 release on Microsoft's page "Exchange
// Server build numbers and release dates"
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates#exchange-server-2013),
// oldest first (sorted by build).
//
// Rows are from the newest copy of the page read, the rendered PDF of Microsoft's Exchange Server
// documentation, pages 41-80 (learn.microsoft.com/en-us/exchange/exchange-servertoc-p0041-0080; the
// article before it is stamped "Last updated on 05/29/2026"); rows up to January 2022 also match
// the docs-repository copy in x13-me/OfficeDocs-Exchange (fork of
// MicrosoftDocs/OfficeDocs-Exchange),
// Exchange/ExchangeServer/new-features/build-numbers-and-release-dates.md@085686598d05 (January
// 2022). Builds were cross-checked against microsoft/CSS-Exchange
// Shared/Get-ExchangeBuildVersionInformation.ps1@01bad118924c, the build dictionary of Microsoft's
// HealthChecker (builds up to Sep26SUv2, no SU dates), and microsoft/Get-ExchangeBuildNumber
// ExchangeBuildNumbers.csv@110255280e91 (builds, dates, KBs and the Exchange Team blog post of each
// release up to SE RTM May26HU). The page lists security updates (SUs) only from March 2021 on;
// earlier SUs are not page rows.
var exchange2013Releases = []Release{
	{Exchange2013, "RTM", Build{15, 0, 516, 32}, Date{2012, time.December, 3}},
	{Exchange2013, "CU1", Build{15, 0, 620, 29}, Date{2013, time.April, 2}},
	{Exchange2013, "CU2", Build{15, 0, 712, 24}, Date{2013, time.July, 9}},
	{Exchange2013, "CU3", Build{15, 0, 775, 38}, Date{2013, time.November, 25}},
	// SP1 is the fourth cumulative update (CSS-Exchange keys it as "CU4"); the page has no CU4 row.
	{Exchange2013, "SP1", Build{15, 0, 847, 32}, Date{2014, time.February, 25}},
	{Exchange2013, "SP1 Mar21SU", Build{15, 0, 847, 64}, Date{2021, time.March, 2}},
	{Exchange2013, "CU5", Build{15, 0, 913, 22}, Date{2014, time.May, 27}},
	{Exchange2013, "CU6", Build{15, 0, 995, 29}, Date{2014, time.August, 26}},
	{Exchange2013, "CU7", Build{15, 0, 1044, 25}, Date{2014, time.December, 9}},
	{Exchange2013, "CU8", Build{15, 0, 1076, 9}, Date{2015, time.March, 17}},
	{Exchange2013, "CU9", Build{15, 0, 1104, 5}, Date{2015, time.June, 17}},
	{Exchange2013, "CU10", Build{15, 0, 1130, 7}, Date{2015, time.September, 15}},
	{Exchange2013, "CU11", Build{15, 0, 1156, 6}, Date{2015, time.December, 15}},
	{Exchange2013, "CU12", Build{15, 0, 1178, 4}, Date{2016, time.March, 15}},
	{Exchange2013, "CU13", Build{15, 0, 1210, 3}, Date{2016, time.June, 21}},
	{Exchange2013, "CU14", Build{15, 0, 1236, 3}, Date{2016, time.September, 20}},
	{Exchange2013, "CU15", Build{15, 0, 1263, 5}, Date{2016, time.December, 13}},
	{Exchange2013, "CU16", Build{15, 0, 1293, 2}, Date{2017, time.March, 21}},
	{Exchange2013, "CU17", Build{15, 0, 1320, 4}, Date{2017, time.June, 27}},
	{Exchange2013, "CU18", Build{15, 0, 1347, 2}, Date{2017, time.September, 19}},
	{Exchange2013, "CU19", Build{15, 0, 1365, 1}, Date{2017, time.December, 19}},
	{Exchange2013, "CU20", Build{15, 0, 1367, 3}, Date{2018, time.March, 20}},
	{Exchange2013, "CU21", Build{15, 0, 1395, 4}, Date{2018, time.June, 19}},
	{Exchange2013, "CU21 Mar21SU", Build{15, 0, 1395, 12}, Date{2021, time.March, 2}},
	{Exchange2013, "CU22", Build{15, 0, 1473, 3}, Date{2019, time.February, 12}},
	{Exchange2013, "CU22 Mar21SU", Build{15, 0, 1473, 6}, Date{2021, time.March, 2}},
	{Exchange2013, "CU23", Build{15, 0, 1497, 2}, Date{2019, time.June, 18}},
	{Exchange2013, "CU23 Mar21SU", Build{15, 0, 1497, 12}, Date{2021, time.March, 2}},
	{Exchange2013, "CU23 Apr21SU", Build{15, 0, 1497, 15}, Date{2021, time.April, 13}},
	{Exchange2013, "CU23 May21SU", Build{15, 0, 1497, 18}, Date{2021, time.May, 11}},
	{Exchange2013, "CU23 Jul21SU", Build{15, 0, 1497, 23}, Date{2021, time.July, 13}},
	{Exchange2013, "CU23 Oct21SU", Build{15, 0, 1497, 24}, Date{2021, time.October, 12}},
	{Exchange2013, "CU23 Nov21SU", Build{15, 0, 1497, 26}, Date{2021, time.November, 9}},
	{Exchange2013, "CU23 Jan22SU", Build{15, 0, 1497, 28}, Date{2022, time.January, 11}},
	{Exchange2013, "CU23 Mar22SU", Build{15, 0, 1497, 33}, Date{2022, time.March, 8}},
	{Exchange2013, "CU23 May22SU", Build{15, 0, 1497, 36}, Date{2022, time.May, 10}},
	{Exchange2013, "CU23 Aug22SU", Build{15, 0, 1497, 40}, Date{2022, time.August, 9}},
	{Exchange2013, "CU23 Oct22SU", Build{15, 0, 1497, 42}, Date{2022, time.October, 11}},
	{Exchange2013, "CU23 Nov22SU", Build{15, 0, 1497, 44}, Date{2022, time.November, 8}},
	{Exchange2013, "CU23 Jan23SU", Build{15, 0, 1497, 45}, Date{2023, time.January, 10}},
	{Exchange2013, "CU23 Feb23SU", Build{15, 0, 1497, 47}, Date{2023, time.February, 14}},
	{Exchange2013, "CU23 Mar23SU", Build{15, 0, 1497, 48}, Date{2023, time.March, 14}},
}
