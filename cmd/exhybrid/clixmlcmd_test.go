package main

// The runs of exhybrid clixml, compared with their golden files by
// TestRun.
var clixmlCases = []runCase{
	{name: "usage-help-clixml", args: []string{"help", "clixml"}},
	{name: "clixml/kinds", args: []string{"clixml", "testdata/in/clixml-kinds.xml"}},
	{name: "clixml/real", args: []string{"clixml", "../../clixml/testdata/E19CU11AdminDisplayVersion.xml"}},
	{name: "clixml/two-files", args: []string{"clixml", "testdata/in/clixml-utf16.xml", "-"}, stdin: "in/clixml-kinds.xml"},
	{name: "clixml/stdin", args: []string{"clixml"}, stdin: "in/clixml-utf16.xml"},
	{name: "clixml/empty", args: []string{"clixml", "-"}, stdin: "in/empty.json"},
	{name: "clixml/no-objects", args: []string{"clixml", "testdata/in/clixml-none.xml"}},
	{name: "clixml/truncated", args: []string{"clixml", "testdata/in/clixml-truncated.xml"}},
	{name: "clixml/cycle", args: []string{"clixml", "testdata/in/clixml-cycle.xml"}},
	{name: "clixml/ref-later", args: []string{"clixml", "testdata/in/clixml-ref-later.xml"}},
	{name: "clixml/lone-surrogate", args: []string{"clixml", "testdata/in/clixml-lone-surrogate.xml"}},
	{name: "clixml/lying-bom", args: []string{"clixml", "testdata/in/clixml-lying-bom.xml"}},
	{name: "clixml/not-clixml", args: []string{"clixml", "testdata/in/errors.json"}},
	{name: "clixml/second-file-bad", args: []string{"clixml", "testdata/in/clixml-utf16.xml", "testdata/in/clixml-cycle.xml"}},
	{name: "clixml/directory", args: []string{"clixml", "testdata/in"}},
	{name: "clixml/missing-file", args: []string{"clixml", "testdata/in/no-such-file.xml"}},
}

func init() { runCases = append(runCases, clixmlCases...) }
