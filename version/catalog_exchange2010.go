package version

import "time"

// exchange2010Releases lists every Exchange Server 2010 release on Microsoft's page "Exchange
// Server build numbers and release dates"
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates#exchange-server-2010),
// oldest first (sorted by build).
//
// Rows are from the newest copy of the page read, the rendered PDF of Microsoft's Exchange Server
// documentation, pages 41-80 (learn.microsoft.com/en-us/exchange/exchange-servertoc-p0041-0080; the
// article before it is stamped "Last updated on 05/29/2026"), and are identical to the
// docs-repository copy in x13-me/OfficeDocs-Exchange (fork of MicrosoftDocs/OfficeDocs-Exchange),
// Exchange/ExchangeServer/new-features/build-numbers-and-release-dates.md@085686598d05 (January
// 2022). Cross-checked against microsoft/Get-ExchangeBuildNumber
// ExchangeBuildNumbers.csv@110255280e91 (builds, dates, KBs and the Exchange Team blog post of each
// release up to SE RTM May26HU). Names drop the product and move the service pack first ("Update
// Rollup 8 v2 for Exchange Server 2010 SP3" -> "SP3 Update Rollup 8 v2"). The page names the five
// rollups of the first release "Update Rollup N for Exchange Server 2010", with no service pack;
// they apply to the page's "Exchange Server 2010 RTM" row and are named "RTM Update Rollup N"
// here (as SE's "RTM May26HU"), so that "Update Rollup 1" cannot be read as SP3's. Every other
// name was checked against MicrosoftDocs/OfficeDocs-Exchange
// Exchange/ExchangeServer/new-features/build-numbers-and-release-dates.md@95e2f190cfa3.
var exchange2010Releases = []Release{
	{Exchange2010, "RTM", Build{14, 0, 639, 21}, Date{2009, time.November, 9}},
	{Exchange2010, "RTM Update Rollup 1", Build{14, 0, 682, 1}, Date{2009, time.December, 9}},
	{Exchange2010, "RTM Update Rollup 2", Build{14, 0, 689, 0}, Date{2010, time.March, 4}},
	{Exchange2010, "RTM Update Rollup 3", Build{14, 0, 694, 0}, Date{2010, time.April, 13}},
	{Exchange2010, "RTM Update Rollup 4", Build{14, 0, 702, 1}, Date{2010, time.June, 10}},
	{Exchange2010, "RTM Update Rollup 5", Build{14, 0, 726, 0}, Date{2010, time.December, 13}},
	{Exchange2010, "SP1", Build{14, 1, 218, 15}, Date{2010, time.August, 23}},
	{Exchange2010, "SP1 Update Rollup 1", Build{14, 1, 255, 2}, Date{2010, time.October, 4}},
	{Exchange2010, "SP1 Update Rollup 2", Build{14, 1, 270, 1}, Date{2010, time.December, 9}},
	// Microsoft's Get-ExchangeBuildNumber CSV calls this build "SP1 RU3v3" and lists an earlier
	// RU3 14.1.289.3 (March 7, 2011) that the page does not; the page's name is kept.
	{Exchange2010, "SP1 Update Rollup 3", Build{14, 1, 289, 7}, Date{2011, time.April, 6}},
	// Microsoft's Get-ExchangeBuildNumber CSV calls this build "SP1 RU4v2" and lists an earlier
	// RU4 14.1.323.1 (June 22, 2011) that the page does not; the page's name is kept.
	{Exchange2010, "SP1 Update Rollup 4", Build{14, 1, 323, 6}, Date{2011, time.July, 27}},
	{Exchange2010, "SP1 Update Rollup 5", Build{14, 1, 339, 1}, Date{2011, time.August, 23}},
	{Exchange2010, "SP1 Update Rollup 6", Build{14, 1, 355, 2}, Date{2011, time.October, 27}},
	{Exchange2010, "SP1 Update Rollup 7", Build{14, 1, 421, 0}, Date{2012, time.August, 8}},
	{Exchange2010, "SP1 Update Rollup 7 v2", Build{14, 1, 421, 2}, Date{2012, time.October, 10}},
	{Exchange2010, "SP1 Update Rollup 7 v3", Build{14, 1, 421, 3}, Date{2012, time.November, 13}},
	{Exchange2010, "SP1 Update Rollup 8", Build{14, 1, 438, 0}, Date{2012, time.December, 10}},
	{Exchange2010, "SP2", Build{14, 2, 247, 5}, Date{2011, time.December, 4}},
	{Exchange2010, "SP2 Update Rollup 1", Build{14, 2, 283, 3}, Date{2012, time.February, 13}},
	{Exchange2010, "SP2 Update Rollup 2", Build{14, 2, 298, 4}, Date{2012, time.April, 16}},
	{Exchange2010, "SP2 Update Rollup 3", Build{14, 2, 309, 2}, Date{2012, time.May, 29}},
	{Exchange2010, "SP2 Update Rollup 4", Build{14, 2, 318, 2}, Date{2012, time.August, 13}},
	{Exchange2010, "SP2 Update Rollup 4 v2", Build{14, 2, 318, 4}, Date{2012, time.October, 9}},
	// Page typo: printed as 14.3.328.5 (long form 14.03.0328.005, so the long form repeats the
	// error). SP2 builds are 14.2.x; Microsoft's Get-ExchangeBuildNumber CSV lists "Exchange 2010
	// SP2 RU5" as 14.2.328.5 (KB2719800), and RU5 v2 is 14.2.328.10.
	{Exchange2010, "SP2 Update Rollup 5", Build{14, 2, 328, 5}, Date{2012, time.November, 13}},
	{Exchange2010, "SP2 Update Rollup 5 v2", Build{14, 2, 328, 10}, Date{2012, time.December, 10}},
	// Page typo: "Update Rollup 6 Exchange Server 2010 SP2" (missing "for").
	{Exchange2010, "SP2 Update Rollup 6", Build{14, 2, 342, 3}, Date{2013, time.February, 12}},
	{Exchange2010, "SP2 Update Rollup 7", Build{14, 2, 375, 0}, Date{2013, time.August, 3}},
	{Exchange2010, "SP2 Update Rollup 8", Build{14, 2, 390, 3}, Date{2013, time.December, 9}},
	{Exchange2010, "SP3", Build{14, 3, 123, 4}, Date{2013, time.February, 12}},
	{Exchange2010, "SP3 Update Rollup 1", Build{14, 3, 146, 0}, Date{2013, time.May, 29}},
	{Exchange2010, "SP3 Update Rollup 2", Build{14, 3, 158, 1}, Date{2013, time.August, 8}},
	{Exchange2010, "SP3 Update Rollup 3", Build{14, 3, 169, 1}, Date{2013, time.November, 25}},
	{Exchange2010, "SP3 Update Rollup 4", Build{14, 3, 174, 1}, Date{2013, time.December, 9}},
	{Exchange2010, "SP3 Update Rollup 5", Build{14, 3, 181, 6}, Date{2014, time.February, 24}},
	{Exchange2010, "SP3 Update Rollup 6", Build{14, 3, 195, 1}, Date{2014, time.May, 27}},
	{Exchange2010, "SP3 Update Rollup 7", Build{14, 3, 210, 2}, Date{2014, time.August, 26}},
	// Recalled: the page lists this row as "Update Rollup 8 v1 for Exchange Server 2010 SP3 (recalled)".
	{Exchange2010, "SP3 Update Rollup 8 v1", Build{14, 3, 224, 1}, Date{2014, time.December, 9}},
	{Exchange2010, "SP3 Update Rollup 8 v2", Build{14, 3, 224, 2}, Date{2014, time.December, 12}},
	{Exchange2010, "SP3 Update Rollup 9", Build{14, 3, 235, 1}, Date{2015, time.March, 17}},
	{Exchange2010, "SP3 Update Rollup 10", Build{14, 3, 248, 2}, Date{2015, time.June, 17}},
	// Microsoft's Get-ExchangeBuildNumber CSV has 14.3.266.1 for this rollup; the page's build is kept.
	{Exchange2010, "SP3 Update Rollup 11", Build{14, 3, 266, 2}, Date{2015, time.September, 15}},
	{Exchange2010, "SP3 Update Rollup 12", Build{14, 3, 279, 2}, Date{2015, time.December, 15}},
	{Exchange2010, "SP3 Update Rollup 13", Build{14, 3, 294, 0}, Date{2016, time.March, 15}},
	{Exchange2010, "SP3 Update Rollup 14", Build{14, 3, 301, 0}, Date{2016, time.June, 21}},
	{Exchange2010, "SP3 Update Rollup 15", Build{14, 3, 319, 2}, Date{2016, time.September, 20}},
	// Microsoft's Get-ExchangeBuildNumber CSV has 14.3.339.0 for this rollup; the page's build is kept.
	{Exchange2010, "SP3 Update Rollup 16", Build{14, 3, 336, 0}, Date{2016, time.December, 13}},
	{Exchange2010, "SP3 Update Rollup 17", Build{14, 3, 352, 0}, Date{2017, time.March, 21}},
	{Exchange2010, "SP3 Update Rollup 18", Build{14, 3, 361, 1}, Date{2017, time.July, 11}},
	{Exchange2010, "SP3 Update Rollup 19", Build{14, 3, 382, 0}, Date{2017, time.December, 19}},
	{Exchange2010, "SP3 Update Rollup 20", Build{14, 3, 389, 1}, Date{2018, time.March, 5}},
	{Exchange2010, "SP3 Update Rollup 21", Build{14, 3, 399, 2}, Date{2018, time.May, 7}},
	{Exchange2010, "SP3 Update Rollup 22", Build{14, 3, 411, 0}, Date{2018, time.June, 19}},
	{Exchange2010, "SP3 Update Rollup 23", Build{14, 3, 417, 1}, Date{2018, time.August, 13}},
	{Exchange2010, "SP3 Update Rollup 24", Build{14, 3, 419, 0}, Date{2018, time.September, 5}},
	{Exchange2010, "SP3 Update Rollup 25", Build{14, 3, 435, 0}, Date{2019, time.January, 8}},
	{Exchange2010, "SP3 Update Rollup 26", Build{14, 3, 442, 0}, Date{2019, time.February, 12}},
	{Exchange2010, "SP3 Update Rollup 27", Build{14, 3, 452, 0}, Date{2019, time.April, 9}},
	{Exchange2010, "SP3 Update Rollup 28", Build{14, 3, 461, 1}, Date{2019, time.June, 7}},
	{Exchange2010, "SP3 Update Rollup 29", Build{14, 3, 468, 0}, Date{2019, time.July, 9}},
	{Exchange2010, "SP3 Update Rollup 30", Build{14, 3, 496, 0}, Date{2020, time.February, 11}},
	{Exchange2010, "SP3 Update Rollup 31", Build{14, 3, 509, 0}, Date{2020, time.December, 1}},
	{Exchange2010, "SP3 Update Rollup 32", Build{14, 3, 513, 0}, Date{2021, time.March, 2}},
}
