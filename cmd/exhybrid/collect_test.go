package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/exhybrid/exhybrid/internal/pstoken"
	"github.com/exhybrid/exhybrid/inventory"
)

// The collection script is read through its tokens (package pstoken): its
// commands are its words of the form Verb-Noun, which the script keeps
// outside double-quoted strings, and it uses line comments only, which the
// tokenizer knows.

// helperGets are the Get- commands of the script that are not exports: they
// find the folder, the date, whether a cmdlet is there, ExSetup.exe's
// install folder.
var helperGets = []string{"Get-ChildItem", "Get-Command", "Get-Date", "Get-ItemProperty", "Get-Location"}

// exSetupPipeline is how the script reads ExSetup.exe's version, the name
// [inventory.Cmdlets] gives it: Get-Command followed by ExSetup.exe.
const exSetupPipeline = "Get-Command ExSetup.exe"

// scriptExport is one file the script writes: its name and the cmdlet that
// fills it, with the parameters the script passes.
type scriptExport struct {
	File, Cmdlet string
	Parameters   []string // "-Server", "-RetrieveEwsOperationAccessPolicy"
	Online       bool     // an entry of $OnlineExports
}

// collected is what the script exports, read from its tokens.
type collected struct {
	// OnPremises are the Get- commands of the script that are not helpers:
	// what it runs in the Exchange Management Shell.
	OnPremises []string
	// Exports are the files of Export-Organization, Export-PerServer and
	// $OnlineExports, with their cmdlets.
	Exports []scriptExport
	// Online are the cmdlets of $OnlineExports.
	Online []string
}

var (
	verbNoun      = regexp.MustCompile(`^[A-Za-z]+-[A-Za-z]+$`)
	parameterName = regexp.MustCompile(`^-[A-Za-z]+$`)
)

// functions returns the names of the functions the script defines.
func functions(toks []pstoken.Token) []string {
	var names []string
	for i, t := range toks {
		if t.Kind == pstoken.Word && strings.EqualFold(t.Value, "function") && i+1 < len(toks) {
			names = append(names, toks[i+1].Value)
		}
	}
	return names
}

// block returns the tokens of the { } block that starts at toks[i], and the
// index after it; nil when toks[i] opens none or the block is not closed.
func block(toks []pstoken.Token, i int) ([]pstoken.Token, int) {
	if i >= len(toks) || toks[i] != (pstoken.Token{Kind: pstoken.Punct, Value: "{"}) {
		return nil, i
	}
	depth := 0
	for j := i; j < len(toks); j++ {
		if toks[j].Kind != pstoken.Punct {
			continue
		}
		switch toks[j].Value {
		case "{":
			depth++
		case "}":
			depth--
			if depth == 0 {
				return toks[i+1 : j], j + 1
			}
		}
	}
	return nil, i
}

// parameters returns the words of toks that name a parameter ("-Server").
func parameters(toks []pstoken.Token) []string {
	var ps []string
	for _, t := range toks {
		if t.Kind == pstoken.Word && parameterName.MatchString(t.Value) {
			ps = append(ps, t.Value)
		}
	}
	return ps
}

// readCollected reads what script exports.
func readCollected(script string) (collected, error) {
	toks := pstoken.Tokenize(script)
	var c collected
	defined := functions(toks)
	for i, t := range toks {
		if t.Kind != pstoken.Word || !strings.HasPrefix(t.Value, "Get-") || !verbNoun.MatchString(t.Value) || slices.Contains(defined, t.Value) {
			continue
		}
		// A cmdlet's name given to Get-Command, which checks that it is
		// there, is not run.
		if i > 0 && (toks[i-1].Value == "-Name" || toks[i-1].Value == "Get-Command") {
			continue
		}
		if t.Value == "Get-Command" && i+1 < len(toks) && toks[i+1] == (pstoken.Token{Kind: pstoken.Word, Value: "ExSetup.exe"}) {
			c.OnPremises = append(c.OnPremises, exSetupPipeline)
			continue
		}
		if !slices.Contains(helperGets, t.Value) {
			c.OnPremises = append(c.OnPremises, t.Value)
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Kind == pstoken.Word && (t.Value == "Export-Organization" || t.Value == "Export-PerServer" || t.Value == "Export-EachServer") &&
			(i == 0 || !strings.EqualFold(toks[i-1].Value, "function")):
			// Export-Organization 'File.xml' { Get-Cmdlet -Parameter ... }
			if i+2 >= len(toks) || toks[i+1].Kind != pstoken.String {
				return c, fmt.Errorf("%s without a file name in single quotes", t.Value)
			}
			body, _ := block(toks, i+2)
			var cmdlets []string
			for _, b := range body {
				if b.Kind == pstoken.Word && strings.HasPrefix(b.Value, "Get-") {
					cmdlets = append(cmdlets, b.Value)
				}
			}
			if len(cmdlets) != 1 {
				return c, fmt.Errorf("%s %s: the block runs %q, want one Get- cmdlet", t.Value, toks[i+1].Value, cmdlets)
			}
			c.Exports = append(c.Exports, scriptExport{File: toks[i+1].Value, Cmdlet: cmdlets[0], Parameters: parameters(body)})
		case t == pstoken.Token{Kind: pstoken.Word, Value: "$OnlineExports"} && i+3 < len(toks) &&
			toks[i+1].Value == "=" && toks[i+2].Value == "@" && toks[i+3].Value == "(":
			// $OnlineExports = @( @{ File = '...'; Cmdlet = '...'; Parameters = @{ Switch = $true } } ... )
			for j := i + 4; j < len(toks) && toks[j].Value != ")"; j++ {
				entry, next := block(toks, j)
				if entry == nil {
					continue
				}
				e := scriptExport{Online: true}
				for k := 0; k+2 < len(entry); k++ {
					key, value := entry[k].Value, entry[k+2]
					if entry[k+1].Value != "=" {
						continue
					}
					switch key {
					case "File":
						e.File = value.Value
					case "Cmdlet":
						e.Cmdlet = value.Value
					case "Parameters":
						ps, _ := block(entry, k+3)
						for m := 0; m+1 < len(ps); m++ {
							if ps[m].Kind == pstoken.Word && ps[m+1].Value == "=" {
								e.Parameters = append(e.Parameters, "-"+ps[m].Value)
							}
						}
					}
				}
				if e.File == "" || !strings.HasPrefix(e.Cmdlet, "Get-") {
					return c, fmt.Errorf("$OnlineExports entry %+v: want File = '...' and Cmdlet = 'Get-...'", e)
				}
				c.Online = append(c.Online, e.Cmdlet)
				c.Exports = append(c.Exports, e)
				j = next - 1
			}
		}
	}
	return c, nil
}

// nameAndParameters splits a name of [inventory.Cmdlet], "Get-Command
// ExSetup.exe" or "Get-OrganizationConfig -RetrieveEwsOperationAccessPolicy",
// into the command with its positional arguments and its parameters.
func nameAndParameters(name string) (string, []string) {
	var words, params []string
	for _, w := range strings.Fields(name) {
		if strings.HasPrefix(w, "-") {
			params = append(params, w)
		} else {
			words = append(words, w)
		}
	}
	return strings.Join(words, " "), params
}

// TestCollectScriptCmdlets keeps the script's cmdlets equal to the
// importer's, on each side, whatever [inventory.Cmdlets] holds when the
// test runs: a command on one side only fails it, and so does a parameter
// that inventory names and the script does not pass. Each file is named as
// its cmdlet without the dash.
func TestCollectScriptCmdlets(t *testing.T) {
	c, err := readCollected(string(collectScript))
	if err != nil {
		t.Fatal(err)
	}
	var onPremises, online []string
	params := map[inventory.Cmdlet][]string{} // by the name without parameters
	for _, k := range inventory.Cmdlets() {
		name, ps := nameAndParameters(k.Name)
		if k.Online {
			online = append(online, name)
		} else {
			onPremises = append(onPremises, name)
		}
		params[inventory.Cmdlet{Name: name, Online: k.Online}] = ps
	}
	sorted := func(s []string) []string { return slices.Compact(slices.Sorted(slices.Values(s))) }
	if diff := cmp.Diff(sorted(onPremises), sorted(c.OnPremises)); diff != "" {
		t.Errorf("on-premises cmdlets: (-inventory.Cmdlets +collect.ps1)\n%s", diff)
	}
	if diff := cmp.Diff(sorted(online), sorted(c.Online)); diff != "" {
		t.Errorf("Exchange Online cmdlets: (-inventory.Cmdlets +collect.ps1)\n%s", diff)
	}
	for _, e := range c.Exports {
		if want := strings.ReplaceAll(e.Cmdlet, "-", "") + ".xml"; e.File != want {
			t.Errorf("%s is exported into %s, want %s", e.Cmdlet, e.File, want)
		}
		for _, p := range params[inventory.Cmdlet{Name: e.Cmdlet, Online: e.Online}] {
			if !slices.Contains(e.Parameters, p) {
				t.Errorf("%s is exported without %s, which inventory reads", e.Cmdlet, p)
			}
		}
	}
}

// TestReadCollected checks the reading of the script on small ones.
func TestReadCollected(t *testing.T) {
	tests := []struct {
		name, script string
		want         collected
	}{
		{"organization and helpers", `$p = Get-Location
Export-Organization 'GetSendConnector.xml' { Get-SendConnector -ErrorAction Continue }`,
			collected{OnPremises: []string{"Get-SendConnector"}, Exports: []scriptExport{{"GetSendConnector.xml", "Get-SendConnector", []string{"-ErrorAction"}, false}}}},
		{"per server", `Export-PerServer 'GetReceiveConnector.xml' { param($Server) Get-ReceiveConnector -Server $Server }`,
			collected{OnPremises: []string{"Get-ReceiveConnector"}, Exports: []scriptExport{{"GetReceiveConnector.xml", "Get-ReceiveConnector", []string{"-Server"}, false}}}},
		{"a file per server", `Export-EachServer 'GetExchangeCertificate.xml' { param($Server) Get-ExchangeCertificate -Server $Server }`,
			collected{OnPremises: []string{"Get-ExchangeCertificate"}, Exports: []scriptExport{{"GetExchangeCertificate.xml", "Get-ExchangeCertificate", []string{"-Server"}, false}}}},
		{"ExSetup", `$b = { Get-Command ExSetup.exe | ForEach-Object { $_.FileVersionInfo } }`,
			collected{OnPremises: []string{exSetupPipeline}}},
		{"a cmdlet looked for, not run", `Get-Command -Name Get-ExchangeServer; Get-Command Get-SendConnector`, collected{}},
		{"a Get- command outside an export", `Get-Mailbox | Out-Null`, collected{OnPremises: []string{"Get-Mailbox"}}},
		{"a function of the script", "function Get-Things { }\nGet-Things", collected{}},
		{"online", `$OnlineExports = @(
    @{ File = 'GetOrganizationConfig.xml'; Cmdlet = 'Get-OrganizationConfig'; Parameters = @{ RetrieveEwsOperationAccessPolicy = $true } }
    @{ File = 'GetInboundConnector.xml'; Cmdlet = 'Get-InboundConnector' }
)`, collected{
			Online: []string{"Get-OrganizationConfig", "Get-InboundConnector"},
			Exports: []scriptExport{
				{"GetOrganizationConfig.xml", "Get-OrganizationConfig", []string{"-RetrieveEwsOperationAccessPolicy"}, true},
				{"GetInboundConnector.xml", "Get-InboundConnector", nil, true},
			}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readCollected(tt.script)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	for _, bad := range []string{
		`Export-Organization { Get-SendConnector }`,
		`Export-Organization 'GetX.xml' { Get-SendConnector; Get-ReceiveConnector }`,
		`$OnlineExports = @( @{ File = 'GetX.xml'; Cmdlet = 'Set-X' } )`,
	} {
		if _, err := readCollected(bad); err == nil {
			t.Errorf("readCollected(%q): no error", bad)
		}
	}
}

// readOnlyCommands are the commands other than Get- ones that the script
// may run: none changes anything but the folder it creates and the files
// it writes there.
var readOnlyCommands = []string{
	"Export-Clixml", // with -NoClobber, into the new folder
	"ForEach-Object",
	"Invoke-Command", // runs the script's own blocks, themselves checked
	"Join-Path",
	"New-Item", // with -ItemType Directory only
	"Out-Null",
	"Select-Object",
	"Test-Path",
	"Where-Object",
	"Write-Host",
	"Write-Verbose",
	"Write-Warning",
}

// readOnlyVerbs are the verbs of the functions the script may define.
var readOnlyVerbs = []string{"Export", "Read", "Resolve"}

// writingAliases are the aliases of Windows PowerShell 5.1 for commands
// that change something (Get-Alias; about_Aliases,
// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_aliases):
// the script must not hide such a command behind its alias.
var writingAliases = []string{
	"ac", "clc", "cli", "clp", "copy", "cp", "cpi", "cpp", "del", "epal", "erase", "iex", "ipal",
	"kill", "md", "mi", "mkdir", "mount", "move", "mp", "mv", "nal", "ni", "nmo", "nsn", "nv",
	"rd", "ren", "ri", "rm", "rmdir", "rni", "rnp", "rp", "rv", "sal", "saps", "sasv", "sc", "set",
	"si", "sp", "spps", "spsv", "start", "sv",
}

// readOnlyProblems returns what in script could change something: a
// command that is neither a Get- one nor read-only, an alias of a writing
// command, code that the token check cannot follow.
func readOnlyProblems(script string) []string {
	var problems []string
	for i, r := range script {
		if r > 0x7e || r < 0x20 && r != '\n' && r != '\r' && r != '\t' {
			problems = append(problems, fmt.Sprintf("byte %d: %q is not printable ASCII", i, r))
			break
		}
	}
	toks := pstoken.Tokenize(script)
	defined := functions(toks)
	for i, t := range toks {
		switch t.Kind {
		case pstoken.Bad:
			problems = append(problems, "an unterminated string: "+t.Value)
			continue
		case pstoken.Expanding:
			if strings.Contains(t.Value, "$(") {
				problems = append(problems, "a subexpression in a double-quoted string, code the check cannot see: "+t.Value)
			}
			continue
		case pstoken.Punct:
			// & runs a command given as a value: only the script's own
			// blocks ($Command) and a name made by Resolve-OnlineName
			// ($Name), and 2>&1, which is a redirection.
			if t.Value == "&" && (i+1 >= len(toks) || toks[i+1].Value != "$Command" && toks[i+1].Value != "$Name") &&
				(i == 0 || toks[i-1].Value != "2>") {
				problems = append(problems, "& runs a command the check cannot see")
			}
			continue
		case pstoken.Word:
		default:
			continue
		}
		w := t.Value
		switch {
		case strings.HasPrefix(w, "<#"):
			problems = append(problems, "a block comment, which the tokenizer does not know: use # lines")
		case strings.Contains(w, "::") || strings.Contains(strings.ToLower(w), ".invoke"):
			problems = append(problems, w+": a .NET call the check cannot see")
		case w == ".":
			problems = append(problems, "dot-sourcing, code the check cannot see")
		case slices.Contains(writingAliases, strings.ToLower(w)):
			problems = append(problems, w+": the alias of a command that changes something")
		case !verbNoun.MatchString(w):
		case slices.Contains(defined, w):
			verb, _, _ := strings.Cut(w, "-")
			if !slices.Contains(readOnlyVerbs, verb) {
				problems = append(problems, w+": a function whose verb is not one of "+strings.Join(readOnlyVerbs, ", "))
			}
		case strings.HasPrefix(w, "Get-"):
		case !slices.Contains(readOnlyCommands, w):
			problems = append(problems, w+": not a read-only command")
		case w == "New-Item" && (i+2 >= len(toks) || toks[i+1].Value != "-ItemType" || toks[i+2].Value != "Directory"):
			problems = append(problems, "New-Item without -ItemType Directory just after it")
		case w == "Export-Clixml" && !slices.ContainsFunc(toks[i:min(i+16, len(toks))], func(t pstoken.Token) bool { return t.Value == "-NoClobber" }):
			problems = append(problems, "Export-Clixml without -NoClobber")
		}
	}
	return problems
}

// TestCollectScriptReadOnly checks that the script runs only commands that
// read, and that the check itself rejects those that write.
func TestCollectScriptReadOnly(t *testing.T) {
	if problems := readOnlyProblems(string(collectScript)); len(problems) != 0 {
		t.Errorf("collect.ps1 could change something:\n%s", strings.Join(problems, "\n"))
	}
	tests := []struct{ name, script string }{
		{"Set-", "Set-SendConnector -Identity x -Enabled $false"},
		{"New- other than New-Item", "New-SendConnector -Name x"},
		{"New-Item of a file", "New-Item -ItemType File -Path x"},
		{"New-Item, type later", "New-Item -Path x -ItemType Directory"},
		{"Remove-", "Get-SendConnector | Remove-SendConnector"},
		{"Enable-", "Enable-ExchangeCertificate -Services SMTP"},
		{"Disable-", "Disable-Mailbox x"},
		{"Add-", "Add-Content x y"},
		{"Update-", "Update-HybridConfiguration"},
		{"Start-", "Start-Process x"},
		{"Export-Clixml over a file", "Get-X | Export-Clixml -Path x"},
		{"an alias", "ls | rm"},
		{"a .NET call", "[System.IO.File]::Delete('x')"},
		{"a script block invoked", "$b.Invoke()"},
		{"a dynamic command", "& ('Set-' + 'X')"},
		{"a subexpression", `Write-Host "$(Set-X)"`},
		{"a block comment", "<# Get-X #>"},
		{"a writing function", "function Set-Thing { }"},
		{"not ASCII", "Write-Host 'caf\u00e9'"},
		{"unterminated", "Write-Host 'x"},
	}
	for _, tt := range tests {
		if len(readOnlyProblems(tt.script)) == 0 {
			t.Errorf("%s: %q passes the read-only check", tt.name, tt.script)
		}
	}
	for _, ok := range []string{
		"Get-SendConnector | Export-Clixml -LiteralPath x -NoClobber",
		"New-Item -ItemType Directory -Path x | Out-Null",
		"function Read-Objects { & $Command @Arguments 2>&1 }",
	} {
		if problems := readOnlyProblems(ok); len(problems) != 0 {
			t.Errorf("%q: %q", ok, problems)
		}
	}
}

// TestCollectScriptPrinted checks that collect-script prints the script
// as it is in the repository.
func TestCollectScriptPrinted(t *testing.T) {
	want, err := os.ReadFile("collect.ps1")
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if status := run([]string{"collect-script"}, nil, &stdout, &stderr, nil); status != exitOK || stderr.Len() != 0 {
		t.Fatalf("exit %d, stderr %q", status, stderr.String())
	}
	if !bytes.Equal(stdout.Bytes(), want) {
		t.Error("collect-script does not print collect.ps1")
	}
}
