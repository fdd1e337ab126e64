package hybrid

import (
	"strconv"

	"github.com/exhybrid/exhybrid/version"
)

// updates warns of every server that lacks security or hotfix updates of its
// own update level released by the day (version.PatchStatusOf). It is
// separate from the "latest or previous update" rule (checkCurrent), which
// looks only at the cumulative update: a server on the latest cumulative
// update without its security updates meets that rule and is still exposed
// to every vulnerability they fix, as HealthChecker reports them
// (https://github.com/microsoft/CSS-Exchange/blob/f88378b1e7a252e413cb2e579e88411393737c11/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerExchangeInformation.ps1,
// "Not on the latest SU"). Every server is judged, not only the hybrid ones:
// each is reachable from the others.
//
// The updates of Exchange 2016 and 2019 released after their end of support
// went only to customers of the paid Extended Security Update program; the
// message says which updates those are, and the fix names the last public
// update for an organization without it. Microsoft recommends moving to
// Exchange Server SE rather than buying ESU
// (https://techcommunity.microsoft.com/blog/exchange/released-october-2025-exchange-server-security-updates/4461276).
func (v *validator) updates() {
	if !v.on.IsValid() {
		return
	}
	for i, s := range v.org.Servers {
		ps := version.PatchStatusOf(s.Build, v.on)
		if ps.Behind == 0 {
			continue
		}
		path := serverPath(i).Child("build")
		latest, level := ps.Latest, ps.Level.Name
		// On a level Microsoft no longer services, the goal is the newest
		// public update of the latest level, as the plan's update step
		// installs; the newest update of the server's own level is only a
		// stopgap (hybrid/update-not-current gives the rule for hybrid
		// servers).
		if version.StatusOf(s.Build, v.on).Currency == version.CurrencyOutdated {
			if goal := updateTarget(ps.Level.Product, version.Build{}, v.on); goal.Build.IsValid() {
				v.add(path, CodeUpdatesMissing,
					"Move "+s.Label()+" to "+goal.String()+" ("+goal.Build.String()+"); until then, "+latest.String()+" ("+latest.Build.String()+") is the newest update of "+level+", which Microsoft no longer services",
					"%s runs %v, %s behind on %v %s: the newest is %s (%v, %v)",
					s.Label(), s.Build, updatesCount(ps.Behind), ps.Level.Product, level, latest.Name, latest.Build, latest.Date)
				continue
			}
		}
		switch esu := ps.Behind - ps.BehindPublic; {
		case !ps.LatestESUOnly:
			v.add(path, CodeUpdatesMissing,
				"Install "+latest.String()+" ("+latest.Build.String()+") on "+s.Label(),
				"%s runs %v, %s behind on %v %s: the newest is %s (%v, %v)",
				s.Label(), s.Build, updatesCount(ps.Behind), ps.Level.Product, level, latest.Name, latest.Build, latest.Date)
		case ps.BehindPublic > 0:
			public := ps.LatestPublic
			v.add(path, CodeUpdatesMissing,
				"Install "+latest.String()+" ("+latest.Build.String()+") on "+s.Label()+" if the organization is an ESU customer, else at least the last public update, "+
					public.Name+" ("+public.Build.String()+"); then move to Exchange Server SE",
				"%s runs %v, %s behind on %v %s: %d public, up to %s (%v, %v), and %d released only to customers of the paid Exchange 2016/2019 Extended Security Update (ESU) program, up to %s (%v, %v)",
				s.Label(), s.Build, updatesCount(ps.Behind), ps.Level.Product, level,
				ps.BehindPublic, public.Name, public.Build, public.Date, esu, latest.Name, latest.Build, latest.Date)
		default:
			v.add(path, CodeUpdatesMissing,
				"Install "+latest.String()+" ("+latest.Build.String()+") on "+s.Label()+" if the organization is an ESU customer; without it no update is left: move to Exchange Server SE",
				"%s runs %v, %s behind on %v %s, all released only to customers of the paid Exchange 2016/2019 Extended Security Update (ESU) program, up to %s (%v, %v); it has the last public update",
				s.Label(), s.Build, updatesCount(ps.Behind), ps.Level.Product, level, latest.Name, latest.Build, latest.Date)
		}
	}
}

// updatesCount says "1 update" or "7 updates".
func updatesCount(n int) string {
	if n == 1 {
		return "1 update"
	}
	return strconv.Itoa(n) + " updates"
}
