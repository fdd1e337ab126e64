package version

import "time"

// exchange2007Releases lists every Exchange Server 2007 release on Microsoft's page "Exchange
// Server build numbers and release dates"
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates#exchange-server-2007),
// oldest first (sorted by build).
//
// The 2007 section of the 2026 PDF copy of the page begins on a page beyond the range that could be
// read, so the rows come from the docs-repository copy of the page in x13-me/OfficeDocs-Exchange
// (fork of MicrosoftDocs/OfficeDocs-Exchange),
// Exchange/ExchangeServer/new-features/build-numbers-and-release-dates.md@085686598d05 (January
// 2022). They match the 2019 copy of the same file in MicrosoftDocs/OfficeDocs-Exchange
// (@65422fcce066) and were cross-checked against microsoft/Get-ExchangeBuildNumber
// ExchangeBuildNumbers.csv@110255280e91 (builds, dates, KBs and the Exchange Team blog post of each
// release up to SE RTM May26HU). Names drop the product and move the service pack first ("Update
// Rollup 10 for Exchange Server 2007 SP3" -> "SP3 Update Rollup 10"). The page names the seven
// rollups of the first release "Update Rollup N for Exchange Server 2007", with no service pack;
// they apply to the page's "Exchange Server 2007 RTM" row and are named "RTM Update Rollup N"
// here (as SE's "RTM May26HU"), so that "Update Rollup 1" cannot be read as SP3's. Every other
// name was checked against MicrosoftDocs/OfficeDocs-Exchange
// Exchange/ExchangeServer/new-features/build-numbers-and-release-dates.md@95e2f190cfa3.
var exchange2007Releases = []Release{
	{Exchange2007, "RTM", Build{8, 0, 685, 25}, Date{2007, time.March, 8}},
	{Exchange2007, "RTM Update Rollup 1", Build{8, 0, 708, 3}, Date{2007, time.April, 17}},
	{Exchange2007, "RTM Update Rollup 2", Build{8, 0, 711, 2}, Date{2007, time.May, 8}},
	{Exchange2007, "RTM Update Rollup 3", Build{8, 0, 730, 1}, Date{2007, time.June, 28}},
	{Exchange2007, "RTM Update Rollup 4", Build{8, 0, 744, 0}, Date{2007, time.August, 23}},
	{Exchange2007, "RTM Update Rollup 5", Build{8, 0, 754, 0}, Date{2007, time.October, 25}},
	{Exchange2007, "RTM Update Rollup 6", Build{8, 0, 783, 2}, Date{2008, time.February, 21}},
	// Released after SP1 but for RTM, so it sorts before SP1 by build.
	{Exchange2007, "RTM Update Rollup 7", Build{8, 0, 813, 0}, Date{2008, time.July, 8}},
	{Exchange2007, "SP1", Build{8, 1, 240, 6}, Date{2007, time.November, 29}},
	{Exchange2007, "SP1 Update Rollup 1", Build{8, 1, 263, 1}, Date{2008, time.February, 28}},
	// Microsoft's Get-ExchangeBuildNumber CSV dates this rollup 5/8/2008; the page's date is kept.
	{Exchange2007, "SP1 Update Rollup 2", Build{8, 1, 278, 2}, Date{2008, time.May, 9}},
	{Exchange2007, "SP1 Update Rollup 3", Build{8, 1, 291, 2}, Date{2008, time.July, 8}},
	{Exchange2007, "SP1 Update Rollup 4", Build{8, 1, 311, 3}, Date{2008, time.October, 7}},
	// The page's long form is "8.01.0336.01" (one revision digit short); the short form 8.1.336.1 is used.
	{Exchange2007, "SP1 Update Rollup 5", Build{8, 1, 336, 1}, Date{2008, time.November, 20}},
	{Exchange2007, "SP1 Update Rollup 6", Build{8, 1, 340, 1}, Date{2009, time.February, 10}},
	{Exchange2007, "SP1 Update Rollup 7", Build{8, 1, 359, 2}, Date{2009, time.March, 18}},
	{Exchange2007, "SP1 Update Rollup 8", Build{8, 1, 375, 2}, Date{2009, time.May, 19}},
	{Exchange2007, "SP1 Update Rollup 9", Build{8, 1, 393, 1}, Date{2009, time.July, 16}},
	{Exchange2007, "SP1 Update Rollup 10", Build{8, 1, 436, 0}, Date{2010, time.April, 13}},
	{Exchange2007, "SP2", Build{8, 2, 176, 2}, Date{2009, time.August, 24}},
	{Exchange2007, "SP2 Update Rollup 1", Build{8, 2, 217, 3}, Date{2009, time.November, 19}},
	{Exchange2007, "SP2 Update Rollup 2", Build{8, 2, 234, 1}, Date{2010, time.January, 22}},
	{Exchange2007, "SP2 Update Rollup 3", Build{8, 2, 247, 2}, Date{2010, time.March, 17}},
	{Exchange2007, "SP2 Update Rollup 4", Build{8, 2, 254, 0}, Date{2010, time.April, 9}},
	{Exchange2007, "SP2 Update Rollup 5", Build{8, 2, 305, 3}, Date{2010, time.December, 7}},
	{Exchange2007, "SP3", Build{8, 3, 83, 6}, Date{2010, time.June, 7}},
	{Exchange2007, "SP3 Update Rollup 1", Build{8, 3, 106, 2}, Date{2010, time.September, 9}},
	{Exchange2007, "SP3 Update Rollup 2", Build{8, 3, 137, 3}, Date{2010, time.December, 10}},
	// The page has no row for the original Update Rollup 3 (Microsoft's Get-ExchangeBuildNumber CSV:
	// 8.3.159.0, March 2, 2011); only the page's v2 row is included.
	{Exchange2007, "SP3 Update Rollup 3-v2", Build{8, 3, 159, 2}, Date{2011, time.March, 30}},
	{Exchange2007, "SP3 Update Rollup 4", Build{8, 3, 192, 1}, Date{2011, time.May, 28}},
	{Exchange2007, "SP3 Update Rollup 5", Build{8, 3, 213, 1}, Date{2011, time.September, 21}},
	{Exchange2007, "SP3 Update Rollup 6", Build{8, 3, 245, 2}, Date{2012, time.January, 26}},
	{Exchange2007, "SP3 Update Rollup 7", Build{8, 3, 264, 0}, Date{2012, time.April, 16}},
	{Exchange2007, "SP3 Update Rollup 8", Build{8, 3, 279, 3}, Date{2012, time.August, 13}},
	// Older page copies (2018) join "8" and "v2" with an en dash (U+2013); normalised to "-"
	// (the 2022 copy and the 2026 transcription already print "8-v2").
	{Exchange2007, "SP3 Update Rollup 8-v2", Build{8, 3, 279, 5}, Date{2012, time.October, 9}},
	{Exchange2007, "SP3 Update Rollup 8-v3", Build{8, 3, 279, 6}, Date{2012, time.November, 13}},
	{Exchange2007, "SP3 Update Rollup 9", Build{8, 3, 297, 2}, Date{2012, time.December, 10}},
	{Exchange2007, "SP3 Update Rollup 10", Build{8, 3, 298, 3}, Date{2013, time.February, 11}},
	{Exchange2007, "SP3 Update Rollup 11", Build{8, 3, 327, 1}, Date{2013, time.August, 13}},
	{Exchange2007, "SP3 Update Rollup 12", Build{8, 3, 342, 4}, Date{2013, time.December, 9}},
	// Microsoft's Get-ExchangeBuildNumber CSV has 8.3.348.1 for this rollup; the page's build is kept.
	{Exchange2007, "SP3 Update Rollup 13", Build{8, 3, 348, 2}, Date{2014, time.February, 24}},
	{Exchange2007, "SP3 Update Rollup 14", Build{8, 3, 379, 2}, Date{2014, time.August, 26}},
	{Exchange2007, "SP3 Update Rollup 15", Build{8, 3, 389, 2}, Date{2014, time.December, 9}},
	{Exchange2007, "SP3 Update Rollup 16", Build{8, 3, 406, 0}, Date{2015, time.March, 17}},
	// Page typo: "Update Rollup 17 forExchange Server 2007 SP3" (missing space).
	{Exchange2007, "SP3 Update Rollup 17", Build{8, 3, 417, 1}, Date{2015, time.June, 17}},
	// Page typo: "Update Rollup 18 forExchange Server 2007 SP3". The page dates it only "December, 2015";
	// the day is from Microsoft's Get-ExchangeBuildNumber CSV (ExchangeBuildNumbers.csv@110255280e91:
	// "Exchange 2007 SP3 RU18,8.3.445.0,12/10/2015,KB3078672"), which links the Exchange Team blog post
	// "Released: December 2015 Quarterly Exchange Updates",
	// https://techcommunity.microsoft.com/t5/exchange-team-blog/released-december-2015-quarterly-exchange-updates/ba-p/604618.
	{Exchange2007, "SP3 Update Rollup 18", Build{8, 3, 445, 0}, Date{2015, time.December, 10}},
	// Page typo: "Update Rollup 19 forExchange Server 2007 SP3" (missing space).
	{Exchange2007, "SP3 Update Rollup 19", Build{8, 3, 459, 0}, Date{2016, time.March, 15}},
	{Exchange2007, "SP3 Update Rollup 20", Build{8, 3, 468, 0}, Date{2016, time.June, 21}},
	// Microsoft's Get-ExchangeBuildNumber CSV dates this rollup 9/12/2016; the page's date is kept.
	{Exchange2007, "SP3 Update Rollup 21", Build{8, 3, 485, 1}, Date{2016, time.September, 20}},
	{Exchange2007, "SP3 Update Rollup 22", Build{8, 3, 502, 0}, Date{2016, time.December, 13}},
	{Exchange2007, "SP3 Update Rollup 23", Build{8, 3, 517, 0}, Date{2017, time.March, 21}},
}
