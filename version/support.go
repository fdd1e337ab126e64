package version

import (
	"github.com/exhybrid/exhybrid/internal/enum"
	"slices"
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
// released by a given day. The zero Currency is [CurrencyUnknown], which
// cannot be marshalled.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type Currency = enum.Value[currencyTag]

// Hybrid deployments require every Exchange server, Edge Transport servers
// included, to run the latest cumulative update (Exchange 2013 and later) or
// update rollup (Exchange 2010) for its version: "Hybrid deployments require
// the latest Cumulative Update (CU) or Update Rollup (RU) that's available
// for your version of Exchange. If you can't install the latest update, the
// immediately previous release is also supported."
// (https://learn.microsoft.com/exchange/hybrid-deployment-prerequisites,
// https://learn.microsoft.com/exchange/hybrid-configuration-wizard-faqs).
//
// The immediately previous release counts only while Microsoft still
// services it. Once the latest level has had a security or hotfix update
// that the previous level did not get, the previous level is Outdated, as
// Microsoft's HealthChecker judges it: it marks every build below 2016 CU23
// and below 2013 CU23 "$supportedBuildNumber = $false", while it keeps 2019
// CU14, which got the same updates as CU15, supported
// (https://github.com/microsoft/CSS-Exchange/blob/01bad118924cbe49c50f6a5233bb04fc6010ddd2/Shared/Get-ExchangeBuildVersionInformation.ps1).
// [StatusOf] gives the exact rule.
const (
	CurrencyUnknown  Currency = iota // the build or the day is not one the catalog can judge
	CurrencyLatest                   // on the latest update level released by the day, or newer
	CurrencyPrevious                 // on the update level just before the latest ("N-1"), which Microsoft still services
	CurrencyOutdated                 // older than the previous update level, or on a previous level Microsoft no longer services

	currencyCount = iota
)

var currencyEnum = &enum.Table{
	Pkg: "version", Type: "Currency", Err: ErrUnknownValue,
	Names:   []string{"Unknown", "Latest", "Previous", "Outdated"},
	Aliases: map[string]string{"n-1": "Previous"},
}

// ParseCurrency returns the currency named s: "Latest", "Previous" or
// "Outdated", without regard to case. "N-1", the name admins give the
// previous update, is accepted for [CurrencyPrevious]. "Unknown" is not
// accepted: it is the zero value, not a currency.
func ParseCurrency(s string) (Currency, error) { return enum.Parse[currencyTag](s) }

// UpdateStatus is the answer of [StatusOf]: where a build stands among the
// update levels of its product on a given day. Every field is zero when it
// could not be found, and is then left out of JSON.
type UpdateStatus struct {
	Product  Product  `json:"product,omitzero"`  // the build's product
	Level    Release  `json:"level,omitzero"`    // the update level the build is on: the newest RTM, SP, RU or CU at or below it
	Latest   Release  `json:"latest,omitzero"`   // the newest update level released on or before the day
	Previous Release  `json:"previous,omitzero"` // the update level before Latest; zero if there was none
	Currency Currency `json:"currency,omitzero"` // Latest, Previous or Outdated; Unknown if the others could not be found

	// PreviousSupported reports whether Previous still counts as supported
	// on the day: Microsoft still services it (see [StatusOf]). It is false
	// when there is no Previous.
	PreviousSupported bool `json:"previousSupported,omitzero"`
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
//
// A build on the previous level is [CurrencyPrevious] only while Microsoft
// still services that level (the hybrid prerequisites page and HealthChecker
// are cited on [Currency]). The previous level stops counting once the latest
// level has had a security or hotfix update (a catalog row of
// [KindSecurityUpdate] or [KindHotfixUpdate] on the latest level, dated on
// or before on) dated after the previous level's newest release: its own
// release, or its newest security or hotfix update dated on or before on.
// So right after a new cumulative update ships, the one before it is still
// N-1; while both get the same monthly security update, both are supported;
// and 2016 CU22 and 2013 CU22, which stopped getting updates that CU23 kept
// getting (2016 CU23 Jan23SU, 2013 CU23 Apr21SU), are Outdated.
//
// The rule reads the catalog, so it inherits its gaps. The page lists
// security updates only from March 2021 on, so before then a previous
// cumulative update stays N-1 until the next one ships. Exchange 2007 and
// 2010 were serviced with update rollups, each a new level, and have no
// security or hotfix update rows, so their previous rollup stays Previous
// for good: 2010 SP3 Update Rollup 31 (December 1, 2020) is Previous to
// Update Rollup 32 (March 2, 2021) on any later day. Whether the product
// itself is still supported is [OutOfSupport]'s answer, not this one's.
//
// StatusOf does not allocate.
func StatusOf(b Build, on Date) UpdateStatus {
	st := UpdateStatus{Product: ProductOf(b)}
	if !st.Product.OnPremises() || !on.IsValid() {
		return st
	}
	rs := catalogs[st.Product]
	for _, r := range rs {
		if !isUpdateLevel(r.Kind()) {
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
	if st.Previous.Build.IsValid() {
		prevNewest := newestOn(rs, st.Previous.Build.Level(), on, false)
		latestUpdate := newestOn(rs, st.Latest.Build.Level(), on, true)
		st.PreviousSupported = !latestUpdate.After(prevNewest)
	}
	if !st.Level.Build.IsValid() || !st.Latest.Build.IsValid() {
		return st
	}
	lvl := st.Level.Build.Level()
	switch {
	case lvl.Compare(st.Latest.Build.Level()) >= 0:
		st.Currency = CurrencyLatest
	case st.Previous.Build.IsValid() && lvl == st.Previous.Build.Level() && st.PreviousSupported:
		st.Currency = CurrencyPrevious
	default:
		st.Currency = CurrencyOutdated
	}
	return st
}

// newestOn returns the newest date, on or before on, of the rows of rs on
// the given level (a build with its Revision cleared); with updatesOnly,
// only of its security and hotfix updates. It returns the zero Date, which
// is before every date, if there is none. A level's rows are adjacent in
// rs, which is sorted by build, and start at the first build not below the
// level.
func newestOn(rs []Release, level Build, on Date, updatesOnly bool) Date {
	var newest Date
	i, _ := slices.BinarySearchFunc(rs, level, compareReleaseBuild)
	for ; i < len(rs) && rs[i].Build.Level() == level; i++ {
		r := rs[i]
		if r.Date.After(on) || !r.Date.After(newest) {
			continue
		}
		if k := r.Kind(); updatesOnly && k != KindSecurityUpdate && k != KindHotfixUpdate {
			continue
		}
		newest = r.Date
	}
	return newest
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

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	currencyTag struct{}
)

func (currencyTag) Enum() *enum.Table { return currencyEnum }
