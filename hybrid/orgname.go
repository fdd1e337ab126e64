package hybrid

import (
	"strconv"
	"strings"
)

// maxOrganizationName is the longest Exchange organization name Setup
// accepts (https://learn.microsoft.com/exchange/plan-and-deploy/prepare-ad-and-domains,
// https://learn.microsoft.com/exchange/plan-and-deploy/deploy-new-installations/unattended-installs).
const maxOrganizationName = 64

// organizationNameProblem says what is wrong with an Exchange organization
// name, or returns "" for a valid one. Exchange Setup allows only A to Z,
// a to z, 0 to 9, hyphen and space, no leading or trailing space, at most
// 64 characters and not blank (the pages of maxOrganizationName); the
// name cannot be changed after Setup, so every existing organization's
// name has this form, and a name outside it is a typing or import error.
func organizationNameProblem(name string) string {
	switch {
	case strings.TrimSpace(name) == "":
		return "is empty"
	case len(name) > maxOrganizationName:
		return "is " + strconv.Itoa(len(name)) + " characters long; Exchange allows at most " + strconv.Itoa(maxOrganizationName)
	case strings.TrimSpace(name) != name:
		return "starts or ends with a space"
	}
	for _, r := range name {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == ' ') {
			return "contains " + strconv.QuoteRune(r) + "; Exchange allows only letters A to Z, digits, hyphens and spaces"
		}
	}
	return ""
}
