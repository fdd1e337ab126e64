package version

import (
	"slices"
	"time"
)

// esuFrom holds, for the products Microsoft sold Extended Security Updates
// for, the first day of the program: the day after the end of extended
// support. Every security or hotfix update of those products released from
// that day on went only to customers enrolled in the paid ESU program; it is
// on no public download.
//
// Sources:
//   - The Exchange Team blog, "Released: October 2025 Exchange Server Security
//     Updates"
//     (https://techcommunity.microsoft.com/blog/exchange/released-october-2025-exchange-server-security-updates/4461276):
//     "October 2025 SUs are the last publicly available SUs for Exchange
//     Server 2016 and 2019. From this point forward, only customers who
//     contacted their Microsoft Account Teams to get the Extended Security
//     Update (ESU) for those versions will receive new SUs".
//   - Period 1 of the program ran to April 14, 2026; Period 2, a separate
//     purchase, from May to October 2026, for 2016 CU23 and 2019 CU14 and
//     CU15, with "no further extensions" (the Exchange Team blog, "Announcing
//     Period 2 Exchange 2016/2019 Extended Security Update (ESU) program",
//     April 2026,
//     https://techcommunity.microsoft.com/blog/exchange/announcing-period-2-exchange-20162019-extended-security-update-esu-program/4511603).
//
// Exchange 2007, 2010 and 2013 had no ESU program: the updates Microsoft
// shipped for them after their end of support (the March 2021 updates for
// Exchange 2010 SP3) were public. Exchange Server SE has no end of support,
// so no entry.
var esuFrom = [productCount]Date{
	Exchange2016: {2025, time.October, 15},
	Exchange2019: {2025, time.October, 15},
}

// ESUOnly reports whether r went only to customers of Microsoft's paid
// Extended Security Update program for Exchange Server 2016 and 2019: a
// security or hotfix update of either, released after October 14, 2025, the
// end of their extended support. "CU15 Oct25SU" (October 14, 2025) is the
// last public update of Exchange 2019 CU15; "CU15 Dec25SU" and later are
// ESU-only. No release of another product is.
func (r Release) ESUOnly() bool { return r.esuOnly(r.Kind()) }

// esuOnly is ESUOnly for a release whose kind k is known.
func (r Release) esuOnly(k ReleaseKind) bool {
	if !r.Product.OnPremises() || (k != KindSecurityUpdate && k != KindHotfixUpdate) {
		return false
	}
	from := esuFrom[r.Product]
	return from.IsValid() && !r.Date.Before(from)
}

// PatchStatus is the answer of [PatchStatusOf]: how far a build is behind
// the newest release of its own update level on a given day. It is a second
// answer next to [UpdateStatus], which judges only the level: a server on
// the latest cumulative update without any of the security updates released
// for it is [CurrencyLatest] there and many updates behind here.
//
// Every field is zero when it could not be found, and is then left out of
// JSON, except the two counts.
type PatchStatus struct {
	// Level is the update level (RTM, service pack, update rollup or
	// cumulative update) whose first three parts the build shares, such as
	// 2019 "CU15" for 15.2.1748.10; zero if the catalog knows no such level.
	Level Release `json:"level,omitzero"`

	// Latest is the newest release of Level released on or before the day:
	// its newest security or hotfix update, or Level itself while it has
	// none. It is zero if Level is zero or was released after the day.
	Latest Release `json:"latest,omitzero"`

	// LatestESUOnly reports whether Latest went only to customers of the
	// paid Exchange 2016/2019 ESU program ([Release.ESUOnly]).
	LatestESUOnly bool `json:"latestESUOnly,omitzero"`

	// LatestPublic is the newest release of Level, on or before the day,
	// that Microsoft released publicly: Latest itself unless that is
	// ESU-only, such as 2019 "CU15 Oct25SU" when Latest is "CU15 Sep26SUv2".
	LatestPublic Release `json:"latestPublic,omitzero"`

	// Behind counts the releases of Level, released on or before the day,
	// whose build is above the build's: the security and hotfix updates it
	// lacks (a re-released update such as "CU15 Nov24SUv2" counts on its
	// own). BehindPublic counts those of them released publicly.
	Behind       int `json:"behind"`
	BehindPublic int `json:"behindPublic"` // of Behind, those not ESU-only ([Release.ESUOnly])
}

// PatchStatusOf tells how many releases of b's own update level b is
// behind on the day on, and which is the newest: the second question
// HealthChecker asks of a server after its cumulative update. HealthChecker
// warns "Not on the latest SU" for a build below the newest security or
// hotfix update of its cumulative update
// (https://github.com/microsoft/CSS-Exchange/blob/f88378b1e7a252e413cb2e579e88411393737c11/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerExchangeInformation.ps1),
// and its security analyzers report each vulnerability a build lacks the
// update for
// (https://github.com/microsoft/CSS-Exchange/blob/f88378b1e7a252e413cb2e579e88411393737c11/Diagnostics/HealthChecker/Analyzer/Security/Invoke-AnalyzerSecurityCveCheck.ps1).
//
// A level is told apart by the first three parts of its build, as in
// [StatusOf]; security and hotfix updates raise only the revision. Only
// updates of b's level count: a server on an older cumulative update is
// not behind the updates of a newer one here (that is [StatusOf]'s
// answer), and the newest update of its own level may no longer be enough.
// Exchange 2007 and 2010 were serviced with update rollups, each a level of
// its own, so a 2007 or 2010 build is behind only a re-release of its
// rollup ("SP3 Update Rollup 8 v2").
//
// The updates of Exchange 2016 and 2019 released after their end of support
// went only to customers of the paid ESU program: LatestESUOnly and
// LatestPublic say so, and BehindPublic counts the updates anyone could
// install. Like [StatusOf], the answer is only as new as the catalog
// ([CatalogDate]).
//
// PatchStatusOf does not allocate.
func PatchStatusOf(b Build, on Date) PatchStatus {
	var ps PatchStatus
	p := ProductOf(b)
	if !p.OnPremises() || !on.IsValid() {
		return ps
	}
	rs := catalogs[p]
	level := b.Level()
	// A level's rows are adjacent in rs, which is sorted by build, and start
	// at the first build not below the level.
	i, _ := slices.BinarySearchFunc(rs, level, compareReleaseBuild)
	for ; i < len(rs) && rs[i].Build.Level() == level; i++ {
		r := rs[i]
		k := r.Kind()
		if k == KindPreview {
			continue // no one is serviced on a preview; 2016's shares RTM's level
		}
		if isUpdateLevel(k) && !ps.Level.Build.IsValid() {
			ps.Level = r // the first; a re-released rollup is the same level
		}
		if r.Date.After(on) {
			continue
		}
		esu := r.esuOnly(k)
		ps.Latest, ps.LatestESUOnly = r, esu
		if !esu {
			ps.LatestPublic = r
		}
		if r.Build.Compare(b) > 0 {
			ps.Behind++
			if !esu {
				ps.BehindPublic++
			}
		}
	}
	if !ps.Level.Build.IsValid() {
		return PatchStatus{} // updates of a level the catalog does not list
	}
	return ps
}
