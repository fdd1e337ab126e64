package hybrid

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestServerNamesResolve checks that a server is named by its name or its
// FQDN, in any case, the FQDN with or without its trailing dot: the one
// resolver of internal/servername that roles and transport use too.
// REVIEW.md found hybrid rejecting "ex2013-01.corp.contoso.com." that
// transport accepted.
func TestServerNamesResolve(t *testing.T) {
	want := Validate(seed(t), day)
	for _, names := range [][]string{
		{"ex2013-01", "EX2013-02"},
		{"ex2013-01.corp.contoso.com.", "EX2013-02.CORP.CONTOSO.COM"},
	} {
		org := seed(t)
		org.HybridServers = names
		org.Certificate.Servers = names
		if diff := cmp.Diff(want, Validate(org, day)); diff != "" {
			t.Errorf("hybrid servers named %q: findings differ from the seed's (-seed +got):\n%s", names, diff)
		}
	}
}
