package version

import (
	"github.com/exhybrid/exhybrid/internal/enum"
	"iter"
	"slices"
	"strings"
)

// Release is one row of Microsoft's page "Exchange Server build numbers and
// release dates"
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates):
// a release to manufacturing, service pack, update rollup, cumulative update,
// security update or hotfix update, with its build and general release date.
//
// Name is the page's product name without the product prefix: "RTM", "SP3",
// "SP3 Update Rollup 10", "CU23", "CU14 Mar24SU", "CU15 Apr25HU",
// "RTM May26HU". Update rollups, which the page writes "Update Rollup 10 for
// Exchange Server 2007 SP3", are named service pack first, and the rollups
// the page writes without a service pack ("Update Rollup 5 for Exchange
// Server 2010") are rollups of the page's "Exchange Server 2010 RTM" row and
// are named "RTM Update Rollup 5", as SE's hotfix on RTM is "RTM May26HU",
// so that no name reads as a rollup of the latest service pack; the half-year label
// the page adds to recent cumulative updates ("CU15 (2025H1)") is left out.
// Re-released update rollups keep the page's spelling, which differs between
// products: "SP3 Update Rollup 8-v3" for Exchange 2007 and "SP3 Update Rollup
// 8 v2" for Exchange 2010.
//
// A Release marshals to JSON as {"product", "name", "build", "date"}, with
// the product, build and date as text; the zero Release cannot be
// marshalled (its Product is not valid), so an optional Release field is
// tagged omitzero.
type Release struct {
	Product Product `json:"product"` // the product line, such as [Exchange2019]
	Name    string  `json:"name"`    // the page's name without the product: "CU14 Mar24SU" (see above)
	Build   Build   `json:"build"`   // the build number the page lists for the release
	Date    Date    `json:"date"`    // the release date the page lists
}

// String returns the full name, such as "Exchange Server 2019 CU14 Mar24SU".
func (r Release) String() string {
	if !r.Product.IsValid() {
		return r.Name
	}
	return r.Product.String() + " " + r.Name
}

// ReleaseKind classifies a [Release]. The zero ReleaseKind is not valid.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in
// [github.com/exhybrid/exhybrid].
type ReleaseKind = enum.Value[releaseKindTag]

// The kinds of release Microsoft ships (https://learn.microsoft.com/exchange/plan-and-deploy/supportability-matrix):
// Exchange 2007 and 2010 ship service packs and cumulative update rollups;
// Exchange 2013 and later ship cumulative updates, each a full installation,
// and between them security updates and hotfix updates that raise only the
// revision.
const (
	KindUnknown          ReleaseKind = iota // invalid
	KindPreview                             // a public preview build
	KindRTM                                 // release to manufacturing
	KindServicePack                         // service pack ("SP1"); Exchange 2013 SP1 is also CU4
	KindUpdateRollup                        // update rollup for 2007 or 2010 ("SP3 Update Rollup 10")
	KindCumulativeUpdate                    // cumulative update for 2013 and later ("CU23")
	KindSecurityUpdate                      // security update on top of a CU or RTM ("CU14 Mar24SU")
	KindHotfixUpdate                        // hotfix update on top of a CU or RTM ("CU15 Apr25HU")

	kindCount = iota
)

// kindAliases holds the spellings ParseReleaseKind accepts besides String,
// compared without case: the words and abbreviations of Microsoft's build
// numbers page ("Service Pack (SP), Cumulative Update (CU), Security Update
// (SU), Hotfix Update (HU), or Update Rollup (RU)",
// https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates)
// and its "release to manufacturing" for RTM.
var kindEnum = &enum.Table{
	Pkg: "version", Type: "ReleaseKind", Err: ErrUnknownValue,
	Names: []string{"Unknown", "Preview", "RTM", "ServicePack", "UpdateRollup", "CumulativeUpdate", "SecurityUpdate", "HotfixUpdate"},
	Aliases: map[string]string{
		"release to manufacturing": "RTM",
		"service pack":             "ServicePack", "sp": "ServicePack",
		"update rollup": "UpdateRollup", "ru": "UpdateRollup",
		"cumulative update": "CumulativeUpdate", "cu": "CumulativeUpdate",
		"security update": "SecurityUpdate", "su": "SecurityUpdate",
		"hotfix update": "HotfixUpdate", "hu": "HotfixUpdate",
	},
}

// ParseReleaseKind returns the kind named s, without regard to case: the
// name ("CumulativeUpdate"), the words with spaces
// ("Cumulative Update", "Release to manufacturing") or the abbreviations
// SP, RU, CU, SU and HU. "Unknown" is not accepted: it is the zero value,
// not a kind.
func ParseReleaseKind(s string) (ReleaseKind, error) { return enum.Parse[releaseKindTag](s) }

// isUpdateLevel reports whether a release of kind k starts an update level
// (RTM, service pack, update rollup or cumulative update): the levels that
// the hybrid "latest or previous update" rule counts. Security and hotfix
// updates only patch a level.
func isUpdateLevel(k ReleaseKind) bool {
	return k == KindRTM || k == KindServicePack || k == KindUpdateRollup || k == KindCumulativeUpdate
}

// Kind derives the release kind from its name.
func (r Release) Kind() ReleaseKind {
	n := r.Name
	last := n[strings.LastIndexByte(n, ' ')+1:]
	switch {
	case n == "":
		return KindUnknown
	case n == "Preview":
		return KindPreview
	case n == "RTM":
		return KindRTM
	case strings.Contains(n, "Update Rollup"):
		return KindUpdateRollup
	case strings.HasSuffix(last, "SU") || strings.Contains(last, "SUv"):
		return KindSecurityUpdate
	case strings.HasSuffix(last, "HU") || strings.Contains(last, "HUv"):
		return KindHotfixUpdate
	case strings.HasPrefix(n, "CU") && !strings.Contains(n, " "):
		return KindCumulativeUpdate
	case strings.HasPrefix(n, "SP") && !strings.Contains(n, " "):
		return KindServicePack
	}
	return KindUnknown
}

// catalogs holds the releases of each on-premises product, each slice sorted
// by build. The order of products is the order of their builds, so walking
// them in order walks every release in build order.
var catalogs = [productCount][]Release{
	Exchange2007: exchange2007Releases,
	Exchange2010: exchange2010Releases,
	Exchange2013: exchange2013Releases,
	Exchange2016: exchange2016Releases,
	Exchange2019: exchange2019Releases,
	ExchangeSE:   exchangeSEReleases,
}

// Releases returns an iterator over every known release of every on-premises
// product, in ascending build order (which is also product order).
func Releases() iter.Seq[Release] {
	return func(yield func(Release) bool) {
		for _, rs := range catalogs {
			for _, r := range rs {
				if !yield(r) {
					return
				}
			}
		}
	}
}

// ReleasesOf returns an iterator over the known releases of p, in ascending
// build order. It yields nothing for a product that has no catalog, such as
// [ExchangeOnline].
func ReleasesOf(p Product) iter.Seq[Release] {
	return func(yield func(Release) bool) {
		if p >= productCount {
			return
		}
		for _, r := range catalogs[p] {
			if !yield(r) {
				return
			}
		}
	}
}

// Lookup returns the release whose build is exactly b.
func Lookup(b Build) (Release, bool) {
	p := ProductOf(b)
	if !p.OnPremises() {
		return Release{}, false
	}
	rs := catalogs[p]
	i, found := slices.BinarySearchFunc(rs, b, compareReleaseBuild)
	if !found {
		return Release{}, false
	}
	return rs[i], true
}

func compareReleaseBuild(r Release, b Build) int { return r.Build.Compare(b) }

// Nearest returns the newest known release at or below b with the same
// product and the same major and minor version. A server patched with a
// hotfix that the catalog does not list still names its update:
// Nearest(15.2.1544.10) is 2019 "CU14 Mar24SU" (15.2.1544.9). For Exchange
// 2007 and 2010 the minor version is the service pack, so a build is never
// attributed to an earlier service pack.
func Nearest(b Build) (Release, bool) {
	p := ProductOf(b)
	if !p.OnPremises() {
		return Release{}, false
	}
	rs := catalogs[p]
	i, found := slices.BinarySearchFunc(rs, b, compareReleaseBuild)
	if found {
		return rs[i], true
	}
	if i == 0 {
		return Release{}, false
	}
	r := rs[i-1]
	if r.Build.Major != b.Major || r.Build.Minor != b.Minor {
		return Release{}, false
	}
	return r, true
}

// Latest returns the newest known release of p: the one with the highest
// build. It reports false for a product with no catalog.
func Latest(p Product) (Release, bool) {
	if !p.OnPremises() || len(catalogs[p]) == 0 {
		return Release{}, false
	}
	rs := catalogs[p]
	return rs[len(rs)-1], true
}

// CatalogDate returns the release date of the newest release the catalog
// knows. The catalog is a copy of Microsoft's page as of about that day: on
// a later day, a newer update may exist that the catalog does not know, and
// "latest" in [StatusOf] means the latest known.
func CatalogDate() Date {
	var newest Date
	for r := range Releases() {
		if r.Date.After(newest) {
			newest = r.Date
		}
	}
	return newest
}

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	releaseKindTag struct{}
)

func (releaseKindTag) Enum() *enum.Table { return kindEnum }
