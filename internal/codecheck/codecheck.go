// Package codecheck holds the test that keeps finding codes and rule
// tables in step. Each package that declares codes calls [Check] from a
// test with its rule table, so that every code constant has a doc comment
// that names its rule, every code is in the table and every table row is a
// code of the package, and the "# Codes" section of the package
// documentation lists the table, in its order, with its summaries.
package codecheck

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
)

// Code is a finding code constant found in a package's source.
type Code struct {
	Name  string // the Go identifier, such as CodeEdgeCombined
	Value string // the code, such as "roles/edge-combined"
	Doc   string // its doc comment
}

var codeValue = regexp.MustCompile(`^[a-z]+/[a-z0-9]+(-[a-z0-9]+)*$`)

// Check parses the non-test Go files in dir (the package under test, "."
// from its own test), finds every constant whose type is exhybrid.Code (or
// Code inside package exhybrid), and checks them against the package's
// rule tables and its "# Codes" documentation section. It returns the
// codes it found, in the order of the tables.
func Check(t testing.TB, dir string, tables ...*exhybrid.RuleTable) []Code {
	t.Helper()
	files, pkgName := parseDir(t, dir)
	codes := collect(t, files, pkgName)
	if len(codes) == 0 {
		t.Fatalf("package %s declares no finding codes", pkgName)
	}
	byValue := map[string]Code{}
	for _, c := range codes {
		if !codeValue.MatchString(c.Value) || !strings.HasPrefix(c.Value, pkgName+"/") {
			t.Errorf("%s = %q: want the form %q", c.Name, c.Value, pkgName+"/rule-name")
		}
		if other, dup := byValue[c.Value]; dup {
			t.Errorf("%s and %s share the code %q", c.Name, other.Name, c.Value)
		}
		byValue[c.Value] = c
		if !strings.HasPrefix(c.Doc, c.Name+" ") {
			t.Errorf("%s: doc comment must start with its name", c.Name)
		}
	}
	var ordered []Code
	var want strings.Builder
	width := 0
	for _, tab := range tables {
		for _, r := range tab.Rules() {
			width = max(width, len(r.Code))
		}
	}
	for _, tab := range tables {
		for _, r := range tab.Rules() {
			c, ok := byValue[string(r.Code)]
			if !ok {
				t.Errorf("the rule table has %q, which no constant of the package declares", r.Code)
				continue
			}
			delete(byValue, c.Value)
			ordered = append(ordered, c)
			fmt.Fprintf(&want, "%-*s  %s\n", width, r.Code, r.Summary)
		}
	}
	for _, c := range byValue {
		t.Errorf("%s (%q) is missing from the rule table", c.Name, c.Value)
	}
	if got := listedCodes(t, files); got != want.String() {
		t.Errorf("the # Codes section of the package documentation differs from the rule table; want these lines, each indented by a tab:\n%s", want.String())
	}
	return ordered
}

// Severities returns the severity of every rule of the tables whose
// severity is fixed, for tests that check findings of several packages
// carry their rule's severity.
func Severities(tables ...*exhybrid.RuleTable) map[exhybrid.Code]exhybrid.Severity {
	out := map[exhybrid.Code]exhybrid.Severity{}
	for _, tab := range tables {
		for _, r := range tab.Rules() {
			out[r.Code] = r.Severity
		}
	}
	return out
}

func parseDir(t testing.TB, dir string) ([]*ast.File, string) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	var pkgName string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		pkgName = f.Name.Name
		files = append(files, f)
	}
	return files, pkgName
}

func collect(t testing.TB, files []*ast.File, pkgName string) []Code {
	var codes []Code
	for _, f := range files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if !isCodeType(vs.Type, pkgName) {
					continue
				}
				for i, name := range vs.Names {
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						t.Errorf("%s: want a string literal value", name.Name)
						continue
					}
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					d := vs.Doc.Text()
					if d == "" && len(gd.Specs) == 1 {
						d = gd.Doc.Text()
					}
					codes = append(codes, Code{Name: name.Name, Value: v, Doc: d})
				}
			}
		}
	}
	return codes
}

func isCodeType(e ast.Expr, pkgName string) bool {
	switch e := e.(type) {
	case *ast.SelectorExpr:
		x, ok := e.X.(*ast.Ident)
		return ok && x.Name == "exhybrid" && e.Sel.Name == "Code"
	case *ast.Ident:
		return pkgName == "exhybrid" && e.Name == "Code"
	}
	return false
}

// listedCodes returns the indented lines of the "# Codes" section of the
// package documentation, each without its indent and with its spaces as
// written, one per line.
func listedCodes(t testing.TB, files []*ast.File) string {
	var text string
	for _, f := range files {
		if f.Doc != nil {
			text += f.Doc.Text()
		}
	}
	_, section, ok := strings.Cut(text, "\n# Codes\n")
	if !ok {
		t.Fatal("package documentation has no # Codes section")
		return ""
	}
	if i := strings.Index(section, "\n# "); i >= 0 {
		section = section[:i]
	}
	var b strings.Builder
	for _, line := range strings.Split(section, "\n") {
		if rest, ok := strings.CutPrefix(line, "\t"); ok {
			b.WriteString(rest + "\n")
		}
	}
	return b.String()
}
