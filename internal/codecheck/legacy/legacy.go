// Package legacy is codecheck before rule tables, kept while packages move
// to tables (issue 15); it goes when the last one has moved.
//
// It holds the test that keeps finding codes documented. Each
// package that declares codes calls [Check] from a test, so that every code
// constant has a doc comment that names its rule and cites a source, every
// code is listed in the "# Codes" section of the package documentation, and
// the list names no code that does not exist.
package legacy

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Code is a finding code constant found in a package's source.
type Code struct {
	Name     string // the Go identifier, such as CodeEdgeCombined
	Value    string // the code, such as "roles/edge-combined"
	Doc      string // its doc comment
	Severity string // "error", "warning" or "info" from "Severity: …."; "" for a plan reason or a severity that depends on the caller
}

// severityLine matches the severity statement: "Severity: error." fixes
// the severity; "Severity: error (warning with OAuth)" or "Severity: error
// from ChooseAuth; ..." states a severity that varies, which tests of
// emitted severities then skip.
var severityLine = regexp.MustCompile(`Severity: (error|warning|info)([.\s])`)

var codeValue = regexp.MustCompile(`^[a-z]+/[a-z0-9]+(-[a-z0-9]+)*$`)

// Check parses the non-test Go files in dir (the package under test, "."
// from its own test), finds every constant whose type is exhybrid.Code (or
// Code inside package exhybrid), and checks it and the package's "# Codes"
// documentation section. It returns the codes it found, sorted by value.
func Check(t testing.TB, dir string) []Code {
	t.Helper()
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
	codes := collect(t, files, pkgName)
	if len(codes) == 0 {
		t.Fatalf("package %s declares no finding codes", pkgName)
	}
	seen := map[string]string{}
	for k, c := range codes {
		if !codeValue.MatchString(c.Value) || !strings.HasPrefix(c.Value, pkgName+"/") {
			t.Errorf("%s = %q: want the form %q", c.Name, c.Value, pkgName+"/rule-name")
		}
		if other, dup := seen[c.Value]; dup {
			t.Errorf("%s and %s share the code %q", c.Name, other, c.Value)
		}
		seen[c.Value] = c.Name
		if !strings.HasPrefix(c.Doc, c.Name+" ") {
			t.Errorf("%s: doc comment must start with its name", c.Name)
		}
		if !strings.Contains(c.Doc, "https://") {
			t.Errorf("%s: doc comment must cite its source (an https:// link)", c.Name)
		}
		switch m := severityLine.FindStringSubmatch(c.Doc); {
		case m != nil && m[2] == ".":
			codes[k].Severity = m[1]
		case m != nil:
			// A severity that varies with the caller.
		case !strings.Contains(c.Doc, "Plan step."):
			t.Errorf("%s: doc comment must state its severity (\"Severity: error.\", warning or info), or say \"Plan step.\" for a plan reason", c.Name)
		}
	}
	listed := listedCodes(t, files)
	for _, c := range codes {
		if !listed[c.Value] {
			t.Errorf("%s (%q) is missing from the # Codes section of the package documentation", c.Name, c.Value)
		}
		delete(listed, c.Value)
	}
	for v := range listed {
		t.Errorf("the # Codes section lists %q, which no constant declares", v)
	}
	slices.SortFunc(codes, func(a, b Code) int { return strings.Compare(a.Value, b.Value) })
	return codes
}

// Severities returns the documented severity of every finding code that
// the packages in dirs declare, for tests that check findings carry the
// severity their code's documentation states.
func Severities(t testing.TB, dirs ...string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, dir := range dirs {
		for _, c := range Check(t, dir) {
			if c.Severity != "" {
				out[c.Value] = c.Severity
			}
		}
	}
	return out
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

// listedCodes returns the codes named in the "# Codes" section of the
// package documentation: the first word of each indented line.
func listedCodes(t testing.TB, files []*ast.File) map[string]bool {
	var text string
	for _, f := range files {
		if f.Doc != nil {
			text += f.Doc.Text()
		}
	}
	_, section, ok := strings.Cut(text, "\n# Codes\n")
	if !ok {
		t.Fatal("package documentation has no # Codes section")
		return nil
	}
	if i := strings.Index(section, "\n# "); i >= 0 {
		section = section[:i]
	}
	listed := map[string]bool{}
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "\t") && !strings.HasPrefix(line, "  ") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) > 0 && codeValue.MatchString(fields[0]) {
			listed[fields[0]] = true
		}
	}
	return listed
}
