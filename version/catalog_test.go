package version

import (
	"encoding/json"
	"errors"
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// namePattern is the grammar of Release.Name: the page's product names with
// the product prefix removed and update rollups written service pack (or
// RTM) first, so that a rollup never lacks the release it applies to.
var namePattern = regexp.MustCompile(`^(Preview|RTM|SP[1-3]|CU[0-9]{1,2}|` +
	`((RTM|SP[1-3]) Update Rollup [0-9]{1,2}((-| )v[1-3])?)|` +
	`((RTM|SP1|CU[0-9]{1,2}) [A-Z][a-z]{2}[0-9]{2}(SU|HU)(v[2-9])?))$`)

func TestCatalogOrderAndShape(t *testing.T) {
	var all []Release
	for r := range Releases() {
		all = append(all, r)
	}
	if len(all) < 300 {
		t.Errorf("catalog has %d releases, want every row of Microsoft's page (over 300)", len(all))
	}
	seenNames := map[string]bool{}
	for i, r := range all {
		if i > 0 && all[i-1].Build.Compare(r.Build) >= 0 {
			t.Errorf("catalog not strictly ascending at %d: %v then %v", i, all[i-1].Build, r.Build)
		}
		if got := ProductOf(r.Build); got != r.Product {
			t.Errorf("%v: ProductOf(%v) = %v", r, r.Build, got)
		}
		if !namePattern.MatchString(r.Name) {
			t.Errorf("%v: name %q does not follow the naming rule", r, r.Name)
		}
		if r.Kind() == KindUnknown {
			t.Errorf("%v: Kind() unknown", r)
		}
		if !r.Date.IsValid() {
			t.Errorf("%v: invalid date %v", r, r.Date)
		}
		if r.Date.Before(Date{2006, time.December, 1}) || r.Date.After(Date{2026, time.December, 31}) {
			t.Errorf("%v: date %v outside the product era", r, r.Date)
		}
		if seenNames[r.String()] {
			t.Errorf("duplicate release name %q", r.String())
		}
		seenNames[r.String()] = true

		// Every row parses back from both of the page's forms and is found.
		for _, s := range []string{r.Build.String(), r.Build.Long()} {
			if b, err := ParseBuild(s); err != nil || b != r.Build {
				t.Errorf("%v: ParseBuild(%q) = %v, %v", r, s, b, err)
			}
		}
		if got, ok := Lookup(r.Build); !ok || got != r {
			t.Errorf("Lookup(%v) = %v, %v, want %v", r.Build, got, ok, r)
		}
		if got, ok := Nearest(r.Build); !ok || got != r {
			t.Errorf("Nearest(%v) = %v, %v, want %v", r.Build, got, ok, r)
		}
	}
	for _, p := range Products() {
		n := 0
		for r := range ReleasesOf(p) {
			if r.Product != p {
				t.Errorf("ReleasesOf(%v) yielded %v", p, r)
			}
			n++
		}
		if n == 0 {
			t.Errorf("ReleasesOf(%v) is empty", p)
		}
	}
}

// TestCatalogDatesFollowBuilds checks, within each line of updates (one
// Major.Minor.Build level and its security and hotfix updates), that a later
// build never carries an earlier date: a transposed date or build shows up
// here.
func TestCatalogDatesFollowBuilds(t *testing.T) {
	for _, p := range Products() {
		var prev Release
		for r := range ReleasesOf(p) {
			if prev.Build.Level() == r.Build.Level() && r.Date.Before(prev.Date) {
				t.Errorf("%v (%v) is dated before %v (%v)", r, r.Date, prev, prev.Date)
			}
			prev = r
		}
	}
}

// cuTable is an independent copy of the cumulative update builds from
// Microsoft's HealthChecker (CSS-Exchange Shared/Get-ExchangeBuildVersionInformation.ps1,
// GetExchangeBuildDictionary), which DOMAIN.md appendix A cross-checked
// against the build numbers page. The catalog must contain each of them
// under the given name.
var cuTable = []struct {
	product Product
	name    string
	build   string
	date    string
}{
	{Exchange2013, "RTM", "15.0.516.32", "2012-12-03"},
	{Exchange2013, "CU1", "15.0.620.29", "2013-04-02"},
	{Exchange2013, "CU2", "15.0.712.24", "2013-07-09"},
	{Exchange2013, "CU3", "15.0.775.38", "2013-11-25"},
	{Exchange2013, "SP1", "15.0.847.32", "2014-02-25"},
	{Exchange2013, "CU5", "15.0.913.22", "2014-05-27"},
	{Exchange2013, "CU10", "15.0.1130.7", "2015-09-15"},
	{Exchange2013, "CU21", "15.0.1395.4", "2018-06-19"},
	{Exchange2013, "CU23", "15.0.1497.2", "2019-06-18"},
	{Exchange2016, "RTM", "15.1.225.42", "2015-10-01"},
	{Exchange2016, "CU1", "15.1.396.30", "2016-03-15"},
	{Exchange2016, "CU11", "15.1.1591.10", "2018-10-16"},
	{Exchange2016, "CU22", "15.1.2375.7", "2021-09-28"},
	{Exchange2016, "CU23", "15.1.2507.6", "2022-04-20"},
	{Exchange2019, "RTM", "15.2.221.12", "2018-10-22"},
	{Exchange2019, "CU10", "15.2.922.7", "2021-06-29"},
	{Exchange2019, "CU12", "15.2.1118.7", "2022-04-20"},
	{Exchange2019, "CU13", "15.2.1258.12", "2023-05-03"},
	{Exchange2019, "CU14", "15.2.1544.4", "2024-02-13"},
	{Exchange2019, "CU15", "15.2.1748.10", "2025-02-10"},
	{ExchangeSE, "RTM", "15.2.2562.17", "2025-07-01"},
	// Key 2007 and 2010 builds (DOMAIN.md section 2.1, from the page).
	{Exchange2007, "RTM", "8.0.685.25", "2007-03-08"},
	{Exchange2007, "SP1", "8.1.240.6", "2007-11-29"},
	{Exchange2007, "SP2", "8.2.176.2", "2009-08-24"},
	{Exchange2007, "SP3", "8.3.83.6", "2010-06-07"},
	// The page's "Update Rollup 7 for Exchange Server 2007", a rollup of RTM.
	{Exchange2007, "RTM Update Rollup 7", "8.0.813.0", "2008-07-08"},
	{Exchange2007, "SP3 Update Rollup 10", "8.3.298.3", "2013-02-11"},
	{Exchange2007, "SP3 Update Rollup 13", "8.3.348.2", "2014-02-24"},
	{Exchange2007, "SP3 Update Rollup 23", "8.3.517.0", "2017-03-21"},
	{Exchange2010, "RTM", "14.0.639.21", "2009-11-09"},
	{Exchange2010, "SP1", "14.1.218.15", "2010-08-23"},
	{Exchange2010, "SP2", "14.2.247.5", "2011-12-04"},
	{Exchange2010, "SP3", "14.3.123.4", "2013-02-12"},
	// The page's "Update Rollup 5 for Exchange Server 2010", a rollup of RTM.
	{Exchange2010, "RTM Update Rollup 5", "14.0.726.0", "2010-12-13"},
	{Exchange2010, "SP3 Update Rollup 5", "14.3.181.6", "2014-02-24"},
	{Exchange2010, "SP3 Update Rollup 11", "14.3.266.2", "2015-09-15"},
	{Exchange2010, "SP3 Update Rollup 32", "14.3.513.0", "2021-03-02"},
}

func TestCatalogAgainstReference(t *testing.T) {
	for _, tt := range cuTable {
		b := MustParseBuild(tt.build)
		d, err := ParseDate(tt.date)
		require.NoError(t, err)
		want := Release{tt.product, tt.name, b, d}
		if got, ok := Lookup(b); !ok || got != want {
			t.Errorf("Lookup(%v) = %+v, %v, want %+v", b, got, ok, want)
		}
	}
}

// TestCatalogSUBuildsFromHealthChecker checks a sample of security and hotfix
// update builds from HealthChecker's dictionary, newest first, so that the
// newest rows of the page are held to an independent source.
func TestCatalogSUBuildsFromHealthChecker(t *testing.T) {
	tests := []struct {
		product Product
		name    string
		build   string
	}{
		{Exchange2013, "CU23 Mar23SU", "15.0.1497.48"},
		{Exchange2016, "CU23 Mar24SU", "15.1.2507.37"},
		{Exchange2016, "CU23 Nov24SUv2", "15.1.2507.44"},
		{Exchange2019, "CU14 Mar24SU", "15.2.1544.9"},
		{Exchange2019, "CU14 Apr24HU", "15.2.1544.11"},
		{Exchange2019, "CU15 Apr25HU", "15.2.1748.24"},
		{Exchange2019, "CU15 Aug25SU", "15.2.1748.36"},
		{ExchangeSE, "RTM Aug25SU", "15.2.2562.20"},
		{ExchangeSE, "RTM Feb26SU", "15.2.2562.37"},
		{ExchangeSE, "RTM May26HU", "15.2.2562.41"},
		// The rows newer than the page copies, at commit 01bad118924c.
		{Exchange2016, "CU23 Jun26SU", "15.1.2507.69"},
		{Exchange2016, "CU23 Sep26SUv2", "15.1.2507.75"},
		{Exchange2019, "CU14 Sep26SUv2", "15.2.1544.48"},
		{Exchange2019, "CU15 Aug26SU", "15.2.1748.49"},
		{ExchangeSE, "RTM Jul26SU", "15.2.2562.45"},
		{ExchangeSE, "RTM Sep26SUv2", "15.2.2562.53"},
	}
	for _, tt := range tests {
		b := MustParseBuild(tt.build)
		got, ok := Lookup(b)
		if !ok || got.Product != tt.product || got.Name != tt.name {
			t.Errorf("Lookup(%v) = %+v, %v, want %v %s", b, got, ok, tt.product, tt.name)
		}
	}
}

func TestLookupAndNearest(t *testing.T) {
	tests := []struct {
		in          string
		lookup      string // "" if absent
		nearest     string // "" if absent
		nearestName string
	}{
		{"15.2.1544.4", "15.2.1544.4", "15.2.1544.4", "CU14"},
		// An unlisted hotfix on CU14 Mar24SU still names Mar24SU.
		{"15.2.1544.10", "", "15.2.1544.9", "CU14 Mar24SU"},
		// Below 2013 RTM there is no 2013 release.
		{"15.0.100.0", "", "", ""},
		// A 2007 SP2 pre-release build is not attributed to SP1.
		{"8.2.1.0", "", "", ""},
		{"8.3.298.4", "", "8.3.298.3", "SP3 Update Rollup 10"},
		{"15.20.7452.28", "", "", ""},
		{"65535.0.0.0", "", "", ""},
		{"0.0.0.1", "", "", ""},
	}
	for _, tt := range tests {
		b := MustParseBuild(tt.in)
		r, ok := Lookup(b)
		if ok != (tt.lookup != "") || (ok && r.Build.String() != tt.lookup) {
			t.Errorf("Lookup(%v) = %v, %v, want %q", b, r, ok, tt.lookup)
		}
		n, ok := Nearest(b)
		if ok != (tt.nearest != "") || (ok && (n.Build.String() != tt.nearest || n.Name != tt.nearestName)) {
			t.Errorf("Nearest(%v) = %v, %v, want %q %q", b, n, ok, tt.nearest, tt.nearestName)
		}
	}
	// A build between the newest 2019 row and SE RTM is still 2019, on its
	// newest known release.
	if n, ok := Nearest(Build{15, 2, 2000, 0}); !ok || n.Name != "CU15 Sep26SUv2" || n.Build != (Build{15, 2, 1748, 53}) {
		t.Errorf("Nearest(15.2.2000.0) = %v (%v), %v, want CU15 Sep26SUv2 (15.2.1748.53)", n, n.Build, ok)
	}
}

func TestLatest(t *testing.T) {
	tests := []struct {
		p     Product
		name  string // "" if none
		build Build
	}{
		{Exchange2007, "SP3 Update Rollup 23", Build{8, 3, 517, 0}},
		{Exchange2010, "SP3 Update Rollup 32", Build{14, 3, 513, 0}},
		{Exchange2013, "CU23 Mar23SU", Build{15, 0, 1497, 48}},
		{Exchange2016, "CU23 Sep26SUv2", Build{15, 1, 2507, 75}},
		{Exchange2019, "CU15 Sep26SUv2", Build{15, 2, 1748, 53}},
		{ExchangeSE, "RTM Sep26SUv2", Build{15, 2, 2562, 53}},
		{ExchangeOnline, "", Build{}},
		{ProductUnknown, "", Build{}},
	}
	for _, tt := range tests {
		r, ok := Latest(tt.p)
		if ok != (tt.name != "") || r.Name != tt.name || r.Build != tt.build || (ok && r.Product != tt.p) {
			t.Errorf("Latest(%v) = %v (%v), %v, want %q (%v)", tt.p, r, r.Build, ok, tt.name, tt.build)
		}
	}
}

func TestMinimumsAreCatalogRows(t *testing.T) {
	mins := map[string]Build{
		"Exchange2007SP2": Exchange2007SP2, "Exchange2007SP3": Exchange2007SP3,
		"Exchange2007SP3RU10": Exchange2007SP3RU10, "Exchange2007SP3RU13": Exchange2007SP3RU13,
		"Exchange2010SP2": Exchange2010SP2, "Exchange2010SP3": Exchange2010SP3,
		"Exchange2010SP3RU5": Exchange2010SP3RU5, "Exchange2010SP3RU11": Exchange2010SP3RU11,
		"Exchange2013CU1": Exchange2013CU1, "Exchange2013CU2": Exchange2013CU2,
		"Exchange2013SP1": Exchange2013SP1, "Exchange2013CU5": Exchange2013CU5,
		"Exchange2013CU10": Exchange2013CU10, "Exchange2013CU21": Exchange2013CU21,
		"Exchange2016CU11": Exchange2016CU11, "Exchange2019CU14": Exchange2019CU14,
		"ExchangeSERTM": ExchangeSERTM,
	}
	for name, b := range mins {
		r, ok := Lookup(b)
		if !ok {
			t.Errorf("%s = %v is not a catalog row", name, b)
			continue
		}
		if !isUpdateLevel(r.Kind()) {
			t.Errorf("%s = %v is a %v, want an update level", name, b, r.Kind())
		}
	}
}

func TestReleaseKind(t *testing.T) {
	tests := []struct {
		name string
		want ReleaseKind
	}{
		{"RTM", KindRTM},
		{"Preview", KindPreview},
		{"SP3", KindServicePack},
		{"SP3 Update Rollup 10", KindUpdateRollup},
		{"SP3 Update Rollup 8 v2", KindUpdateRollup},
		{"SP3 Update Rollup 8-v3", KindUpdateRollup},
		{"RTM Update Rollup 5", KindUpdateRollup},
		{"CU23", KindCumulativeUpdate},
		{"CU14 Mar24SU", KindSecurityUpdate},
		{"CU23 Nov24SUv2", KindSecurityUpdate},
		{"CU15 Apr25HU", KindHotfixUpdate},
		{"RTM May26HU", KindHotfixUpdate},
		{"", KindUnknown},
		{"Beta 2", KindUnknown},
	}
	for _, tt := range tests {
		if got := (Release{Name: tt.name}).Kind(); got != tt.want {
			t.Errorf("Kind(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	// Collect the kinds so a new kind without catalog rows is noticed.
	seen := map[ReleaseKind]bool{}
	for r := range Releases() {
		seen[r.Kind()] = true
	}
	for _, k := range []ReleaseKind{KindRTM, KindServicePack, KindUpdateRollup, KindCumulativeUpdate, KindSecurityUpdate, KindHotfixUpdate} {
		if !seen[k] {
			t.Errorf("no catalog row of kind %v", k)
		}
	}
}

func TestCatalogDate(t *testing.T) {
	// The newest rows are the September 2026 V2 security updates, released
	// October 2, 2026.
	if got, want := CatalogDate(), (Date{2026, time.October, 2}); got != want {
		t.Errorf("CatalogDate() = %v, want %v", got, want)
	}
}

func TestReleaseKindAliases(t *testing.T) {
	// The page's words and abbreviations, in any case.
	aliases := map[string]ReleaseKind{
		"rtm": KindRTM, "Release to manufacturing": KindRTM,
		"SP": KindServicePack, "Service Pack": KindServicePack,
		"RU": KindUpdateRollup, "update rollup": KindUpdateRollup,
		"CU": KindCumulativeUpdate, "Cumulative Update": KindCumulativeUpdate, "cumulativeupdate": KindCumulativeUpdate,
		"SU": KindSecurityUpdate, "Security Update": KindSecurityUpdate,
		"hu": KindHotfixUpdate, "Hotfix Update": KindHotfixUpdate,
	}
	for in, want := range aliases {
		if got, err := ParseReleaseKind(in); err != nil || got != want {
			t.Errorf("ParseReleaseKind(%q) = %v, %v, want %v", in, got, err, want)
		}
	}
}

func TestReleaseJSON(t *testing.T) {
	// Every catalog row survives a JSON round trip.
	for r := range Releases() {
		data, err := json.Marshal(r)
		if err != nil {
			t.Errorf("json.Marshal(%v): %v", r, err)
			continue
		}
		var back Release
		if err := json.Unmarshal(data, &back); err != nil || back != r {
			t.Errorf("json.Unmarshal(%s) = %+v, %v, want %+v", data, back, err, r)
		}
	}
	// The field names are camelCase; product, build and date are text.
	r, _ := Lookup(Build{15, 2, 1544, 9})
	data, err := json.Marshal(r)
	require.NoError(t, err)
	const want = `{"product":"Exchange Server 2019","name":"CU14 Mar24SU","build":"15.2.1544.9","date":"2024-03-12"}`
	if string(data) != want {
		t.Errorf("json.Marshal(%v) = %s, want %s", r, data, want)
	}
	// A Release with no product cannot be marshalled: it is no release.
	if _, err := json.Marshal(Release{}); !errors.Is(err, ErrUnknownValue) {
		t.Errorf("json.Marshal(Release{}) error = %v, want ErrUnknownValue", err)
	}
}
