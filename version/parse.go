package version

import (
	"errors"
	"strconv"
	"strings"
)

// ErrSyntax reports that a value does not have the syntax of a build: not
// four dot-separated decimal parts, or a part with a sign, a space, a prefix
// or more than five digits.
var ErrSyntax = errors.New("invalid syntax")

// ErrRange reports that a part of a build is greater than 65535, the largest
// value a file version part can hold, or that the build is "0.0.0.0": the
// zero Build, which stands for no build.
var ErrRange = errors.New("value out of range")

// ParseError records a failed parse, in the manner of strconv.NumError.
// Err is [ErrSyntax] or [ErrRange]; match it with errors.Is.
type ParseError struct {
	Func  string // the function that failed: "ParseBuild" or "ParseAdminDisplayVersion"
	Input string // the input, copied
	Err   error  // ErrSyntax or ErrRange
}

// Error returns a message such as `version.ParseBuild("15.2.x"): invalid syntax`.
func (e *ParseError) Error() string {
	return "version." + e.Func + "(" + strconv.Quote(e.Input) + "): " + e.Err.Error()
}

// Unwrap returns e.Err, so errors.Is(err, ErrSyntax) works.
func (e *ParseError) Unwrap() error { return e.Err }

// parseError copies the input, so that a caller's ParseBuild(string(b))
// stays free of allocation when it succeeds.
func parseError(fn, s string, err error) error {
	return &ParseError{Func: fn, Input: strings.Clone(s), Err: err}
}

// maxPartDigits is the longest run of digits a part may have. 65535 has five
// digits and the long form pads to at most four, so five digits hold every
// valid part, padded or not.
const maxPartDigits = 5

// ParseBuild parses a build in the short form "15.2.1544.4" or in Microsoft's
// zero-padded long form "15.02.1544.004" (also "8.03.0297.002" and the page's
// own irregular "8.01.0336.01"). It accepts exactly four parts of one to five
// decimal digits each, separated by dots, each at most 65535 and not all
// zero; it rejects signs, spaces, a "v" prefix and empty parts. Failures are a *[ParseError]
// wrapping [ErrSyntax] or [ErrRange].
//
// For the "Version 15.2 (Build 1544.4)" form that Get-ExchangeServer shows,
// use [ParseAdminDisplayVersion].
func ParseBuild(s string) (Build, error) {
	var parts [4]uint16
	i := 0
	overflow := false
	for p := range parts {
		if p > 0 {
			if i >= len(s) || s[i] != '.' {
				return Build{}, parseError("ParseBuild", s, ErrSyntax)
			}
			i++
		}
		v, n, ok := parsePart(s[i:])
		if n == 0 {
			return Build{}, parseError("ParseBuild", s, ErrSyntax)
		}
		overflow = overflow || !ok
		parts[p] = v
		i += n
	}
	switch {
	case i != len(s):
		return Build{}, parseError("ParseBuild", s, ErrSyntax)
	case overflow || parts == [4]uint16{}:
		// Reported only once the whole input has the syntax of a build, so
		// that "70000" is a syntax error, not a range error. "0.0.0.0" is
		// the zero Build, which stands for no build, so it is out of range.
		return Build{}, parseError("ParseBuild", s, ErrRange)
	}
	return Build{parts[0], parts[1], parts[2], parts[3]}, nil
}

// parsePart reads one run of one to five decimal digits at the start of s
// and returns its value, its length, and whether the value fits in 16 bits.
// A length of 0 means a syntax error: no digits, or more than five.
func parsePart(s string) (v uint16, n int, ok bool) {
	var x uint32
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		if n == maxPartDigits {
			return 0, 0, false
		}
		x = x*10 + uint32(s[n]-'0')
		n++
	}
	if x > 0xFFFF {
		return 0, n, false
	}
	return uint16(x), n, true
}

// MustParseBuild is like [ParseBuild] but panics if s cannot be parsed. It is
// intended for use in tests with hard-coded strings.
func MustParseBuild(s string) Build {
	b, err := ParseBuild(s)
	if err != nil {
		panic(err)
	}
	return b
}

// ParseAdminDisplayVersion parses the AdminDisplayVersion that
// Get-ExchangeServer shows, such as "Version 15.2 (Build 1544.4)" or
// "Version 8.3 (Build 83.6)", into a Build. The spacing must be exactly as
// Exchange prints it. The leading "Version " may be absent, because the value
// is also rendered as "15.0 (Build 847.32)"
// (https://learn.microsoft.com/exchange/configure-oauth-authentication-between-exchange-and-exchange-online-organizations-exchange-2013-help).
//
// AdminDisplayVersion is stored in Active Directory when a server is set up
// or updated with a cumulative update or service pack, so it names that
// level and not later security or hotfix updates: a 2019 CU14 server with
// the Nov24SU installed still shows "Version 15.2 (Build 1544.4)".
//
// For Exchange 2007 and 2010 it changes only with service packs, not with
// update rollups, so it names the service pack only: a 2010 SP3 server with
// any update rollup still shows SP3's build, 14.3.123.4. The rollup is read
// from the file version of ExSetup.exe, which is what Microsoft's build
// numbers page tells 2007 and 2010 admins to read, while it sends 2013 and
// later admins to AdminDisplayVersion: "To view the build number of an
// Exchange 2010 server, run the following command in the Exchange
// Management Shell: Get-Command ExSetup | ForEach {$_.FileVersionInfo}"
// (the same for Exchange 2007), and "To view the build number of an
// Exchange 2013 server, run the following command in the Exchange
// Management Shell. Get-ExchangeServer | Format-List
// Name,Edition,AdminDisplayVersion" (the same for 2016 and 2019)
// (MicrosoftDocs/OfficeDocs-Exchange
// Exchange/ExchangeServer/new-features/build-numbers-and-release-dates.md@65422fcce066,
// published at https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates).
// For the exact build of any version, read ExSetup.exe's file version.
func ParseAdminDisplayVersion(s string) (Build, error) {
	const fn = "ParseAdminDisplayVersion"
	rest, _ := strings.CutPrefix(s, "Version ")
	var parts [4]uint16
	overflow := false
	for p, sep := range [...]string{".", " (Build ", ".", ")"} {
		v, n, ok := parsePart(rest)
		if n == 0 {
			return Build{}, parseError(fn, s, ErrSyntax)
		}
		overflow = overflow || !ok
		parts[p] = v
		if rest, ok = strings.CutPrefix(rest[n:], sep); !ok {
			return Build{}, parseError(fn, s, ErrSyntax)
		}
	}
	switch {
	case rest != "":
		return Build{}, parseError(fn, s, ErrSyntax)
	case overflow || parts == [4]uint16{}:
		return Build{}, parseError(fn, s, ErrRange)
	}
	return Build{parts[0], parts[1], parts[2], parts[3]}, nil
}
