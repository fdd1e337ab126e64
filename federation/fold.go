package federation

import (
	"github.com/exhybrid/exhybrid/internal/dnsname"
)

// containsFold reports whether list holds s, comparing domain names
// without case and a trailing dot.
func containsFold(list []string, s string) bool {
	for _, v := range list {
		if dnsname.Equal(v, s) {
			return true
		}
	}
	return false
}
