package roles

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/servername"
	"github.com/exhybrid/exhybrid/version"
)

// ValidateServers checks each server with [ValidateServer] and then the list
// as a whole: no two servers share a name or FQDN, and each Active
// Directory site with Exchange 2007 or 2013 Mailbox servers has the Hub
// Transport and Client Access servers those versions need in the same site.
// Paths are relative to the list: "[3].build".
//
// Its cost is linear in the number of servers. Valid servers add no
// allocation; the list checks use a few fixed allocations for their tables.
// It does not check coexistence of versions; see [CheckCoexistence].
func ValidateServers(servers []Server) exhybrid.Findings {
	var fs exhybrid.Findings
	for i, s := range servers {
		if sf := ValidateServer(s); len(sf) > 0 {
			fs = append(fs, sf.Under(exhybrid.Path("").Index(i))...)
		}
	}
	checkDuplicates(&fs, servers, "name", CodeDuplicateName, func(s Server) string { return s.Name })
	checkDuplicates(&fs, servers, "fqdn", CodeDuplicateFQDN, func(s Server) string { return s.FQDN })
	checkSites(&fs, servers)
	return fs
}

// checkDuplicates reports every server whose key was already used by an
// earlier server, comparing keys as servername.Equal does: ignoring case
// and a trailing dot. Empty keys are skipped.
func checkDuplicates(fs *exhybrid.Findings, servers []Server, field string, code exhybrid.Code, key func(Server) string) {
	x := servername.NewIndex(len(servers), func(i int) (string, string) { return key(servers[i]), "" })
	for i, s := range servers {
		k := key(s)
		if k == "" {
			continue
		}
		if j := x.Find(k); j != i {
			fs.Add(rules, exhybrid.Path("").Index(i).Child(field), code, "Give each server its own "+field,
				"%s %q of server %d is already used by server %d (%s)", field, k, i, j, servers[j].Label())
		}
	}
}

// foldHash hashes s with FNV-1a over its ASCII-lowercased bytes, so that
// site names can be compared without case and without building lowercase
// copies. Two of a few hundred sites share a 64-bit hash with a
// probability near 1e-15, which is why no collision check follows.
func foldHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// siteRoles records which servers an Active Directory site holds.
type siteRoles uint8

const (
	site2007Hub siteRoles = 1 << iota
	site2007ClientAccess
	site2013ClientAccess
)

// checkSites applies the per-site rules of Exchange 2007 (a Mailbox server
// needs a Hub Transport and a Client Access server of 2007 in its site) and
// Exchange 2013 (a Mailbox server needs a 2013 Client Access server in its
// site). Servers without a site are skipped.
func checkSites(fs *exhybrid.Findings, servers []Server) {
	var sites map[uint64]siteRoles
	for _, s := range servers {
		if s.Site == "" {
			continue
		}
		var has siteRoles
		switch s.Product() {
		case version.Exchange2007:
			if s.Roles.Has(RoleHubTransport) {
				has |= site2007Hub
			}
			if s.Roles.Has(RoleClientAccess) {
				has |= site2007ClientAccess
			}
		case version.Exchange2013:
			if s.Roles.Has(RoleClientAccess) {
				has |= site2013ClientAccess
			}
		}
		if sites == nil {
			sites = make(map[uint64]siteRoles)
		}
		sites[foldHash(s.Site)] |= has
	}
	for i, s := range servers {
		if s.Site == "" || !s.Roles.Has(RoleMailbox) {
			continue
		}
		has := sites[foldHash(s.Site)]
		path := func() exhybrid.Path { return exhybrid.Path("").Index(i).Child("site") }
		switch s.Product() {
		case version.Exchange2007:
			if has&site2007Hub == 0 {
				fs.Add(rules, path(), CodeSiteWithoutHub, "Install an Exchange 2007 Hub Transport server in site "+s.Site,
					"site %q has Exchange 2007 Mailbox server %s but no Exchange 2007 Hub Transport server; its mailboxes cannot send or receive mail", s.Site, s.Label())
			}
			if has&site2007ClientAccess == 0 {
				fs.Add(rules, path(), CodeSiteWithoutClientAccess, "Install an Exchange 2007 Client Access server in site "+s.Site,
					"site %q has Exchange 2007 Mailbox server %s but no Exchange 2007 Client Access server; only Outlook can reach its mailboxes", s.Site, s.Label())
			}
		case version.Exchange2013:
			if has&site2013ClientAccess == 0 {
				fs.Add(rules, path(), CodeSiteWithoutClientAccess, "Install the Client Access role on an Exchange 2013 server in site "+s.Site,
					"site %q has Exchange 2013 Mailbox server %s but no Exchange 2013 Client Access server", s.Site, s.Label())
			}
		}
	}
}
