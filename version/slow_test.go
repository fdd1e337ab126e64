package version

import (
	"strconv"
	"strings"
)

// slowParseBuild is a deliberately plain reference for ParseBuild, written
// with strings.Split and strconv so that FuzzParseBuild can check the fast
// parser against an independent reading of the same rules: four parts of
// one to five ASCII digits, each at most 65535, not all zero.
func slowParseBuild(s string) (Build, error) {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return Build{}, ErrSyntax
	}
	var v [4]uint16
	rangeErr := false
	for i, p := range parts {
		if len(p) == 0 || len(p) > maxPartDigits {
			return Build{}, ErrSyntax
		}
		for _, c := range []byte(p) {
			if c < '0' || c > '9' {
				return Build{}, ErrSyntax
			}
		}
		n, err := strconv.ParseUint(p, 10, 16)
		if err != nil {
			rangeErr = true
			continue
		}
		v[i] = uint16(n)
	}
	if rangeErr || v == [4]uint16{} {
		return Build{}, ErrRange
	}
	return Build{v[0], v[1], v[2], v[3]}, nil
}
