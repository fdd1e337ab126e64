package version

import (
	"strconv"

	"github.com/exhybrid/exhybrid/internal/textform"
)

// Build is an Exchange build number: the four parts of the file version of
// ExSetup.exe, as listed on Microsoft's page "Exchange Server build numbers and
// release dates" (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates).
//
// Build is a comparable value type: it supports == and can be used as a map
// key. Each part is 16 bits wide, as in a Windows file version
// (VS_FIXEDFILEINFO), so every combination of field values is well-formed.
// The zero Build is not a valid Exchange build; it stands for "no build" and
// marshals to the empty string.
//
// Security updates (SU) and hotfix updates (HU) raise only the Revision; the
// first three parts name the cumulative update, update rollup or service pack
// level ("15.2.922.7" is 2019 CU10, "15.2.922.13" its Jul21SU).
type Build struct {
	Major, Minor, Build, Revision uint16 // 15, 2, 1118 and 25 of "15.2.1118.25" (2019 CU12 Feb23SU)
}

// IsValid reports whether b is not the zero Build.
func (b Build) IsValid() bool { return b != Build{} }

// key packs b into an integer whose order is the order of builds.
func (b Build) key() uint64 {
	return uint64(b.Major)<<48 | uint64(b.Minor)<<32 | uint64(b.Build)<<16 | uint64(b.Revision)
}

// Compare returns -1, 0 or +1 as b is lower than, equal to or higher than o,
// comparing Major, then Minor, then Build, then Revision. It can be passed
// directly to slices.SortFunc and slices.BinarySearchFunc.
//
//	Compare(15.2.1544.4, 15.2.1748.10) = -1
//	Compare(15.2.1544.13, 15.2.1544.4) = +1
func (b Build) Compare(o Build) int {
	x, y := b.key(), o.key()
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	return 0
}

// AtLeast reports whether b is min or a later build. It is the check behind
// every minimum version requirement, such as "Exchange 2007 SP3 Update Rollup
// 10 or later" ([Exchange2007SP3RU10]).
func (b Build) AtLeast(min Build) bool { return b.key() >= min.key() }

// Level returns b with the Revision cleared: the cumulative update, service
// pack or update rollup level that b belongs to. Two builds with the same
// level differ only by security or hotfix updates.
func (b Build) Level() Build {
	b.Revision = 0
	return b
}

// String returns the short form of b, for example "15.2.1544.4", or "" for
// the zero Build.
func (b Build) String() string { return b.form(0, 0, 0) }

// AppendTo appends the short form of b (as returned by [Build.String]) to dst
// and returns the extended buffer. It appends nothing for the zero Build.
func (b Build) AppendTo(dst []byte) []byte { return b.appendForm(dst, 0, 0, 0) }

// Long returns Microsoft's zero-padded long form of b: the minor part padded
// to two digits, the build to four and the revision to three, for example
// "15.02.1544.004" or "8.03.0083.006". It returns "" for the zero Build.
// [ParseBuild] accepts both forms.
func (b Build) Long() string { return b.form(2, 4, 3) }

// AppendLong appends the long form of b (as returned by [Build.Long]) to dst.
func (b Build) AppendLong(dst []byte) []byte { return b.appendForm(dst, 2, 4, 3) }

// form returns b, "" for the zero Build, with its minor, build and
// revision parts zero-padded to the widths given (0 for none), built on
// the stack.
func (b Build) form(minor, build, revision int) string {
	if !b.IsValid() {
		return ""
	}
	var buf [26]byte
	return string(b.appendForm(buf[:0], minor, build, revision))
}

// appendForm appends b, nothing for the zero Build, with its minor, build
// and revision parts zero-padded to the widths given (0 for none).
func (b Build) appendForm(dst []byte, minor, build, revision int) []byte {
	if !b.IsValid() {
		return dst
	}
	dst = strconv.AppendUint(dst, uint64(b.Major), 10)
	dst = appendPadded(append(dst, '.'), b.Minor, minor)
	dst = appendPadded(append(dst, '.'), b.Build, build)
	return appendPadded(append(dst, '.'), b.Revision, revision)
}

func appendPadded(dst []byte, v uint16, width int) []byte {
	if width > 1 {
		for n := digits(v); n < width; n++ {
			dst = append(dst, '0')
		}
	}
	return strconv.AppendUint(dst, uint64(v), 10)
}

func digits(v uint16) int {
	n := 1
	for v >= 10 {
		v /= 10
		n++
	}
	return n
}

// Semver returns b as a semantic version string for tools that speak semver,
// such as golang.org/x/mod/semver: "v15.2.1544+4" for 15.2.1544.4. Major,
// Minor and Build become the semver major, minor and patch; the Revision is
// carried as build metadata, which semver ignores when comparing, so
// semver.Compare agrees with [Build.Compare] on the first three parts. It
// returns "" for the zero Build.
func (b Build) Semver() string {
	if !b.IsValid() {
		return ""
	}
	var buf [24]byte
	dst := append(buf[:0], 'v')
	dst = strconv.AppendUint(dst, uint64(b.Major), 10)
	dst = append(dst, '.')
	dst = strconv.AppendUint(dst, uint64(b.Minor), 10)
	dst = append(dst, '.')
	dst = strconv.AppendUint(dst, uint64(b.Build), 10)
	dst = append(dst, '+')
	dst = strconv.AppendUint(dst, uint64(b.Revision), 10)
	return string(dst)
}

// AppendText implements encoding.TextAppender. It appends the short form, or
// nothing for the zero Build.
func (b Build) AppendText(dst []byte) ([]byte, error) { return b.AppendTo(dst), nil }

// MarshalText implements encoding.TextMarshaler. The zero Build marshals to
// an empty text, so an optional build needs no pointer in JSON.
func (b Build) MarshalText() ([]byte, error) {
	// The longest build, "65535.65535.65535.65535", has 23 bytes, so one
	// allocation holds every build.
	return b.AppendTo(make([]byte, 0, 24)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts what
// [ParseBuild] accepts; an empty text yields the zero Build.
func (b *Build) UnmarshalText(text []byte) error {
	return textform.Unmarshal(b, text, ParseBuild)
}
