package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/exhybrid/exhybrid/internal/textsafe"
	"github.com/exhybrid/exhybrid/version"
)

var buildCommand = &command{
	name:    "build",
	args:    "<build>...",
	summary: "name a build: product, release, support, update status",
	help: `Build names each Exchange build given: its product, the release it is (or,
for a build the catalog does not list, the nearest release below it), the
end of the product's extended support, and where it stands among the
product's update levels on the day, as version.StatusOf gives it: the level
it is on, the latest and the previous level released by then, and its
currency (Latest, Previous, Outdated or Unknown). That is the rule hybrid
support depends on, and it looks only at the level: a server on the latest
cumulative update without any of its security updates is Latest. So a
second answer, version.PatchStatusOf's, follows it: how many security and
hotfix updates of the build's own level were released by the day above it,
and the newest of them. Exchange 2016 and 2019 updates released after
their end of support (October 14, 2025) went only to customers of the paid
Extended Security Update (ESU) program; the answer says so and names the
last public update too. For an Exchange 2007
build it also names the update a 2007 server needs to coexist with
Exchange 2013. The day is today in the local time zone unless --date is
given; when it is after the newest release of the catalog, a note says that
later updates are unknown.

A build is written "15.2.1544.4", "15.02.1544.004" (the long form) or as
Get-ExchangeServer's AdminDisplayVersion, "Version 15.2 (Build 1544.4)",
quoted for the shell.

The json form is a list with one object per build.

Exit status: 0, or 2 if a build cannot be parsed; the builds that can are
printed all the same.`,
	formats: []string{formatText, formatMarkdown, formatJSON},
	date:    true,
	minArgs: 1, maxArgs: -1,
	run: runBuild,
}

// buildInfo is what build says about one build; it is also the JSON
// output.
type buildInfo struct {
	Input        string          `json:"input"`
	Build        version.Build   `json:"build"`
	Long         string          `json:"long"`
	Product      version.Product `json:"product,omitempty"`
	Release      *releaseJSON    `json:"release,omitempty"` // the exact release, or the nearest below
	Exact        bool            `json:"exact"`             // Release is the build itself
	EndOfSupport version.Date    `json:"endOfSupport,omitzero"`
	OutOfSupport bool            `json:"outOfSupport"`
	Date         version.Date    `json:"date"`
	Status       *statusJSON     `json:"status,omitempty"`
	Patches      *patchesJSON    `json:"patches,omitempty"`
	// Coexistence2013 is, for an Exchange 2007 build, the oldest 2007
	// build that can coexist with Exchange 2013.
	Coexistence2013 *releaseJSON `json:"exchange2013CoexistenceMinimum,omitempty"`
	Notes           []string     `json:"notes,omitempty"`
}

// statusJSON is version.UpdateStatus in JSON output, as it is.
type statusJSON struct {
	Level    *releaseJSON `json:"level,omitempty"`
	Latest   *releaseJSON `json:"latest,omitempty"`
	Previous *releaseJSON `json:"previous,omitempty"`
	// PreviousSupported is false once the previous level no longer
	// receives updates (version.UpdateStatus.PreviousSupported).
	PreviousSupported bool   `json:"previousSupported"`
	Currency          string `json:"currency"`
}

// patchesJSON is version.PatchStatus in JSON output, as it is.
type patchesJSON struct {
	Level  *releaseJSON `json:"level,omitempty"`
	Latest *releaseJSON `json:"latest,omitempty"`
	// LatestESUOnly is true when Latest went only to customers of the paid
	// Exchange 2016/2019 ESU program (version.Release.ESUOnly).
	LatestESUOnly bool         `json:"latestESUOnly"`
	LatestPublic  *releaseJSON `json:"latestPublic,omitempty"`
	Behind        int          `json:"behind"`
	BehindPublic  int          `json:"behindPublic"`
}

func releasePtr(r version.Release) *releaseJSON {
	if !r.Build.IsValid() {
		return nil
	}
	j := toReleaseJSON(r)
	return &j
}

// parseAnyBuild parses the short or long form, or else an
// AdminDisplayVersion. It reports whether the input was an
// AdminDisplayVersion.
func parseAnyBuild(s string) (b version.Build, adv bool, err error) {
	b, err = version.ParseBuild(s)
	if err == nil {
		return b, false, nil
	}
	if b, advErr := version.ParseAdminDisplayVersion(s); advErr == nil {
		return b, true, nil
	}
	if errors.Is(err, version.ErrSyntax) {
		return version.Build{}, false, &plainError{
			msg: fmt.Sprintf(`invalid build %q: want four numbers separated by dots, such as 15.2.1544.4, or an AdminDisplayVersion such as "Version 15.2 (Build 1544.4)"`, s),
			err: err,
		}
	}
	return version.Build{}, false, plain(s, err)
}

func runBuild(e *env, o *options, args []string) int {
	status := exitOK
	var on version.Date
	var infos []buildInfo
	for _, a := range args {
		b, adv, err := parseAnyBuild(a)
		if err != nil {
			e.errorf("build: %v", err)
			status = exitUsage
			continue
		}
		if infos == nil {
			on = e.today(o) // read once, and only for a build to describe
		}
		infos = append(infos, describeBuild(a, b, adv, on))
	}
	if len(infos) == 0 {
		return status
	}

	each := func(write func(io.Writer, buildInfo)) func(io.Writer) {
		return func(w io.Writer) {
			for i, info := range infos {
				if i > 0 {
					io.WriteString(w, "\n")
				}
				write(w, info)
			}
		}
	}
	return e.print(o.format, output{
		text:     each(writeBuildText),
		markdown: each(writeBuildMarkdown),
		json:     func() any { return infos },
	}, status)
}

// describeBuild says what build b is on the day on. in is the build as the
// user wrote it, an AdminDisplayVersion when adv is set.
func describeBuild(in string, b version.Build, adv bool, on version.Date) buildInfo {
	info := buildInfo{Input: in, Build: b, Long: b.Long(), Date: on}
	p := version.ProductOf(b)
	if p.IsValid() {
		info.Product = p
	}
	switch {
	case p == version.ExchangeOnline:
		// Exchange Online reports builds of 15.20 and later; they are never
		// an on-premises server (see version.ProductOf).
		info.Notes = append(info.Notes, "an Exchange Online build: the service, not an on-premises server")
		return info
	case !p.IsValid():
		info.Notes = append(info.Notes, "not the build of a known Exchange product")
		return info
	}
	placeInCatalog(&info, b, p)
	noteCaveats(&info, adv, on)
	setStatus(&info, b, p, on)
	if p == version.Exchange2007 {
		info.Coexistence2013 = coexistence2013Minimum()
	}
	return info
}

// placeInCatalog sets the release that build b of product p is, or else the
// nearest release below it, with a note on how b stands to the catalog.
func placeInCatalog(info *buildInfo, b version.Build, p version.Product) {
	if r, ok := version.Lookup(b); ok {
		info.Release, info.Exact = releasePtr(r), true
	} else if r, ok := version.Nearest(b); ok {
		info.Release = releasePtr(r)
		note := "not in the catalog; the nearest release below it is " + r.String() + " (" + r.Build.String() + ")"
		if latest, ok := version.Latest(p); ok && b.Compare(latest.Build) > 0 {
			note = "newer than every release in the catalog; the newest known is " + latest.String() + " (" + latest.Build.String() + ")"
		}
		info.Notes = append(info.Notes, note)
	} else {
		info.Notes = append(info.Notes, "not in the catalog, and no release of "+p.String()+" is at or below it")
	}
}

// noteCaveats notes what limits the answer: a release after the day, a
// build given as an AdminDisplayVersion (adv), a day after the catalog's.
func noteCaveats(info *buildInfo, adv bool, on version.Date) {
	if info.Release != nil && info.Release.Date.After(on) {
		info.Notes = append(info.Notes, "released on "+info.Release.Date.String()+", after "+on.String())
	}
	if adv {
		// https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates
		info.Notes = append(info.Notes, "an AdminDisplayVersion names the cumulative update, service pack or update rollup, not later security or hotfix updates; the file version of ExSetup.exe gives the exact build")
	}
	// The catalog is a copy of Microsoft's page as of its newest release:
	// after that day, "Latest" means the latest the catalog knows.
	if cat := version.CatalogDate(); on.After(cat) {
		info.Notes = append(info.Notes, "catalog as of "+cat.String()+"; updates released later are unknown")
	}
}

// setStatus sets the support of product p and the update and patch status
// of build b on the day on.
func setStatus(info *buildInfo, b version.Build, p version.Product, on version.Date) {
	if end, ok := version.EndOfSupport(p); ok {
		info.EndOfSupport = end
	}
	info.OutOfSupport = version.OutOfSupport(p, on)

	st := version.StatusOf(b, on)
	info.Status = &statusJSON{
		Level:             releasePtr(st.Level),
		Latest:            releasePtr(st.Latest),
		Previous:          releasePtr(st.Previous),
		PreviousSupported: st.PreviousSupported,
		Currency:          st.Currency.String(),
	}
	ps := version.PatchStatusOf(b, on)
	info.Patches = &patchesJSON{
		Level:         releasePtr(ps.Level),
		Latest:        releasePtr(ps.Latest),
		LatestESUOnly: ps.LatestESUOnly,
		LatestPublic:  releasePtr(ps.LatestPublic),
		Behind:        ps.Behind,
		BehindPublic:  ps.BehindPublic,
	}
}

// coexistence2013Minimum returns the release every Exchange 2007 server
// needs before Exchange 2013 joins the organization:
// version.Exchange2007SP3RU10
// (https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help,
// https://learn.microsoft.com/exchange/exchange-2013-and-2007-hybrid/server-roles).
// The build output names it and gives no verdict: the build row is there to
// compare, and check judges the organization.
func coexistence2013Minimum() *releaseJSON {
	minimum := version.Release{Product: version.Exchange2007, Build: version.Exchange2007SP3RU10}
	if r, ok := version.Lookup(version.Exchange2007SP3RU10); ok {
		minimum = r
	}
	return releasePtr(minimum)
}

func releaseText(r *releaseJSON) string {
	if r == nil {
		return "none"
	}
	return r.Product.String() + " " + r.Name + " (" + r.Build.String() + ", " + r.Date.String() + ")"
}

// buildRows returns the label/value rows shown in text and Markdown.
func buildRows(info buildInfo) [][2]string {
	rows := [][2]string{{"build", info.Build.String() + " (long form " + info.Long + ")"}}
	product := "unknown"
	if info.Product.IsValid() {
		product = info.Product.String()
	}
	rows = append(rows, [2]string{"product", product})
	if info.Status == nil { // not an on-premises product
		for _, n := range info.Notes {
			rows = append(rows, [2]string{"note", n})
		}
		return rows
	}
	release := "unknown"
	switch {
	case info.Exact:
		release = releaseText(info.Release)
	case info.Release != nil:
		release = "nearest " + releaseText(info.Release)
	}
	rows = append(rows, [2]string{"release", release})

	support := "no end date: Exchange Server SE follows the Modern Lifecycle Policy" // https://learn.microsoft.com/lifecycle/products/exchange-server-subscription-edition-se
	if info.EndOfSupport.IsValid() {
		support = "extended support ends " + info.EndOfSupport.String()
		if info.OutOfSupport {
			support = "ended " + info.EndOfSupport.String() + "; out of support on " + info.Date.String()
		}
	}
	rows = append(rows, [2]string{"support", support})
	rows = append(rows,
		[2]string{"update level", releaseText(info.Status.Level)},
		[2]string{"latest", releaseText(info.Status.Latest)},
		[2]string{"previous", previousText(info.Status)},
		[2]string{"currency", info.Status.Currency},
		[2]string{"updates", patchesText(info)},
	)
	if ps := info.Patches; ps.LatestESUOnly {
		last := "none"
		if ps.LatestPublic != nil {
			last = releaseText(ps.LatestPublic)
			if info.Build.Compare(ps.LatestPublic.Build) >= 0 {
				last += "; installed"
			}
		}
		rows = append(rows, [2]string{"last public", last})
	}
	if m := info.Coexistence2013; m != nil {
		rows = append(rows, [2]string{"coexistence", "an Exchange 2007 server needs " + releaseText(m) + " or later to coexist with Exchange 2013"})
	}
	for _, n := range info.Notes {
		rows = append(rows, [2]string{"note", n})
	}
	return rows
}

func writeBuildText(w io.Writer, info buildInfo) {
	for _, r := range buildRows(info) {
		fmt.Fprintf(w, "%-14s%s\n", r[0], textsafe.NoControl(r[1]))
	}
}

func writeBuildMarkdown(w io.Writer, info buildInfo) {
	fmt.Fprintf(w, "## %s\n\n| | |\n|---|---|\n", textsafe.MarkdownCell(info.Input))
	for _, r := range buildRows(info) {
		fmt.Fprintf(w, "| %s | %s |\n", r[0], textsafe.MarkdownCell(r[1]))
	}
}

// patchesText says how many updates of its own level the build lacks and
// names the newest.
func patchesText(info buildInfo) string {
	ps := info.Patches
	switch {
	case ps.Level == nil:
		return "unknown: the catalog lists no update level with the build's first three numbers"
	case ps.Latest == nil:
		return "none: " + ps.Level.Name + " was not yet released on " + info.Date.String()
	case ps.Latest.Build == ps.Level.Build:
		return "none: " + ps.Level.Name + " had no security or hotfix update by " + info.Date.String()
	}
	newest := "newest " + releaseText(ps.Latest)
	if ps.LatestESUOnly {
		newest += ", released only to Exchange 2016/2019 ESU customers"
	}
	switch esu := ps.Behind - ps.BehindPublic; {
	case ps.Behind == 0:
		return "none missing; " + newest
	case esu == 0:
		return fmt.Sprintf("%d missing; %s", ps.Behind, newest)
	case esu == ps.Behind:
		return fmt.Sprintf("%d missing, all ESU-only; %s", ps.Behind, newest)
	default:
		return fmt.Sprintf("%d missing, %d of them ESU-only; %s", ps.Behind, esu, newest)
	}
}

// previousText names the previous level and says when it no longer counts.
func previousText(st *statusJSON) string {
	s := releaseText(st.Previous)
	if st.Previous != nil && !st.PreviousSupported {
		s += "; no longer serviced, so only the latest level counts"
	}
	return s
}
