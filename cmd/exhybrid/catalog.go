package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/exhybrid/exhybrid/internal/textsafe"
	"github.com/exhybrid/exhybrid/version"
)

var catalogCommand = &command{
	name:    "catalog",
	args:    "[product]",
	summary: "list the known Exchange builds, of all products or one",
	help: `Catalog lists the releases the library knows, from Microsoft's page
"Exchange Server build numbers and release dates": for each, the build in
the short and the long form, the release date and the name. With a product
("2007", "2010", "2013", "2016", "2019", "SE", "Exchange Server 2019", ...)
it lists that product only.

The json form is a list of {"product", "name", "kind", "build", "long",
"date"} objects.`,
	formats: []string{formatText, formatMarkdown, formatJSON},
	maxArgs: 1,
	run:     runCatalog,
}

// releaseJSON is a release in JSON output.
type releaseJSON struct {
	Product version.Product `json:"product"`
	Name    string          `json:"name"`
	Kind    string          `json:"kind"`
	Build   version.Build   `json:"build"`
	Long    string          `json:"long"`
	Date    version.Date    `json:"date"`
}

func toReleaseJSON(r version.Release) releaseJSON {
	return releaseJSON{Product: r.Product, Name: r.Name, Kind: r.Kind().String(), Build: r.Build, Long: r.Build.Long(), Date: r.Date}
}

func runCatalog(e *env, o *options, args []string) int {
	var releases []version.Release
	if len(args) == 0 {
		for r := range version.Releases() {
			releases = append(releases, r)
		}
	} else {
		p, err := version.ParseProduct(args[0])
		if err != nil {
			e.usageErrorf(e.cmd, "%v", plain(args[0], err))
			return exitUsage
		}
		if !p.OnPremises() {
			e.errorf("catalog: %v is a service, not an on-premises product; it has no build catalog", p)
			return exitUsage
		}
		for r := range version.ReleasesOf(p) {
			releases = append(releases, r)
		}
	}

	return e.print(o.format, output{
		text: func(w io.Writer) {
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "BUILD\tLONG\tDATE\tRELEASE")
			for _, r := range releases {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Build, r.Build.Long(), r.Date, r)
			}
			tw.Flush()
		},
		markdown: func(w io.Writer) {
			io.WriteString(w, "| Build | Long form | Date | Release |\n|---|---|---|---|\n")
			for _, r := range releases {
				fmt.Fprintf(w, "| %s | %s | %s | %s |\n", r.Build, r.Build.Long(), r.Date, textsafe.MarkdownCell(r.String()))
			}
		},
		json: func() any {
			out := make([]releaseJSON, len(releases))
			for i, r := range releases {
				out[i] = toReleaseJSON(r)
			}
			return out
		},
	}, exitOK)
}
