package version

import (
	"strconv"
	"time"
)

// endOfSupport holds the end of extended support of each product: the last
// day Microsoft supports it. After that day a product gets no fixes, no
// security updates and no support.
//
// Sources, Microsoft's lifecycle pages:
//   - 2007: April 11, 2017 (https://learn.microsoft.com/lifecycle/products/exchange-server-2007)
//   - 2010: October 13, 2020 (https://learn.microsoft.com/lifecycle/products/microsoft-exchange-server-2010),
//     moved from January 14, 2020
//     (https://techcommunity.microsoft.com/blog/exchange/exchange-server-2010-end-of-support-extended-to-october-13-2020/610706)
//   - 2013: April 11, 2023 (https://learn.microsoft.com/lifecycle/products/exchange-server-2013)
//   - 2016 and 2019: October 14, 2025
//     (https://learn.microsoft.com/lifecycle/products/exchange-server-2016,
//     https://learn.microsoft.com/lifecycle/products/exchange-server-2019)
//
// Exchange Server SE follows the Modern Lifecycle Policy, which sets no end
// date while the product is serviced
// (https://learn.microsoft.com/lifecycle/products/exchange-server-subscription-edition-se),
// so it has no entry.
var endOfSupport = [productCount]Date{
	Exchange2007: {2017, time.April, 11},
	Exchange2010: {2020, time.October, 13},
	Exchange2013: {2023, time.April, 11},
	Exchange2016: {2025, time.October, 14},
	Exchange2019: {2025, time.October, 14},
}

// EndOfSupport returns the last day of extended support of p. It reports
// false for Exchange Server SE, which has no end date under the Modern
// Lifecycle Policy, and for products that are not on premises.
func EndOfSupport(p Product) (Date, bool) {
	if !p.OnPremises() || endOfSupport[p] == (Date{}) {
		return Date{}, false
	}
	return endOfSupport[p], true
}

// OutOfSupport reports whether p is past the end of its extended support on
// the given day. It is false for Exchange Server SE and for an invalid day.
func OutOfSupport(p Product, on Date) bool {
	end, ok := EndOfSupport(p)
	return ok && on.IsValid() && on.After(end)
}

// Currency says how current a build is against the updates Microsoft had
// released by a given day. The zero Currency is [CurrencyUnknown].
type Currency uint8

// Hybrid deployments require every Exchange server, Edge Transport servers
// included, to run the latest cumulative update (Exchange 2013 and later) or
// update rollup (Exchange 2010) for its version, or the immediately previous
// one when the latest cannot be installed; anything older is not supported
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites,
// https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs).
const (
	CurrencyUnknown  Currency = iota // the build or the day is not one the catalog can judge
	CurrencyLatest                   // on the latest update level released by the day, or newer
	CurrencyPrevious                 // on the update level just before the latest ("N-1")
	CurrencyOutdated                 // older than the previous update level

	currencyCount = iota
)

var currencyNames = [currencyCount]string{"Unknown", "Latest", "Previous", "Outdated"}

// String returns "Latest", "Previous", "Outdated" or "Unknown".
func (c Currency) String() string {
	if c < currencyCount {
		return currencyNames[c]
	}
	return "Currency(" + strconv.Itoa(int(c)) + ")"
}

// Supported reports whether c meets the hybrid rule: latest or previous.
func (c Currency) Supported() bool { return c == CurrencyLatest || c == CurrencyPrevious }

// UpdateStatus is the answer of [StatusOf]: where a build stands among the
// update levels of its product on a given day.
type UpdateStatus struct {
	Product  Product  // the build's product
	Level    Release  // the update level the build is on: the newest RTM, SP, RU or CU at or below it
	Latest   Release  // the newest update level released on or before the day
	Previous Release  // the update level before Latest; zero if there was none
	Currency Currency // Latest, Previous or Outdated; Unknown if the others could not be found
}

// StatusOf places b among the update levels (RTM, service packs, update
// rollups, cumulative updates) of its product that were released on or
// before the day on. Security and hotfix updates do not count as levels: a
// build with the Mar24SU of 2019 CU14 is on level CU14.
//
// Levels are told apart by their first three parts, so re-released rollups
// ("SP3 Update Rollup 8 v2") are one level, and ordered by build, so a build
// on an older service pack's rollup is older than any rollup of a later
// service pack. A build newer than every level released by the day counts
// as [CurrencyLatest].
func StatusOf(b Build, on Date) UpdateStatus {
	st := UpdateStatus{Product: ProductOf(b)}
	if !st.Product.OnPremises() || !on.IsValid() {
		return st
	}
	for _, r := range catalogs[st.Product] {
		if !r.Kind().IsUpdateLevel() {
			continue
		}
		if r.Build.Compare(b) <= 0 && r.Build.Major == b.Major && r.Build.Minor == b.Minor {
			st.Level = r
		}
		if r.Date.After(on) {
			continue
		}
		switch {
		case st.Latest.Build.Level() == r.Build.Level():
			st.Latest = r // a re-release of the same level
		default:
			st.Previous, st.Latest = st.Latest, r
		}
	}
	if !st.Level.Build.IsValid() || !st.Latest.Build.IsValid() {
		return st
	}
	lvl := st.Level.Build.Level()
	switch {
	case lvl.Compare(st.Latest.Build.Level()) >= 0:
		st.Currency = CurrencyLatest
	case st.Previous.Build.IsValid() && lvl == st.Previous.Build.Level():
		st.Currency = CurrencyPrevious
	default:
		st.Currency = CurrencyOutdated
	}
	return st
}

// LatestUpdate returns the newest update level (RTM, service pack, update
// rollup or cumulative update) of p released on or before the day on: what
// a new server of p should be installed with that day. It reports false for
// a product without a catalog or a day before its first release.
func LatestUpdate(p Product, on Date) (Release, bool) {
	if !p.OnPremises() {
		return Release{}, false
	}
	st := StatusOf(catalogs[p][len(catalogs[p])-1].Build, on)
	return st.Latest, st.Latest.Build.IsValid()
}
