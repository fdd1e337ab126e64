package hybrid

import (
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/internal/textsafe"
)

// rejected is a value of the input with an error finding at its path.
type rejected struct {
	path  exhybrid.Path
	value string
}

// rejectedValues returns the string values of org and opts at the paths of
// the error findings in fs, in the order of fs. A value that is only
// spaces is left out: it cannot be told apart in a command.
func rejectedValues(org Organization, opts Options, fs exhybrid.Findings) []rejected {
	if !fs.HasErrors() {
		return nil
	}
	leaves := map[exhybrid.Path]string{}
	stringLeaves("", reflect.ValueOf(org), leaves)
	stringLeaves("options", reflect.ValueOf(opts), leaves)
	var out []rejected
	for _, f := range fs {
		if f.Severity != exhybrid.SeverityError {
			continue
		}
		if v, ok := leaves[f.Path]; ok && strings.TrimSpace(v) != "" {
			out = append(out, rejected{f.Path, v})
		}
	}
	return out
}

// stringLeaves records every string in v by its path, the JSON names of
// the fields and the indexes of the lists: "servers[2].name". Walking the
// types rather than naming the fields keeps a field added later from
// slipping past.
func stringLeaves(path exhybrid.Path, v reflect.Value, out map[exhybrid.Path]string) {
	switch v.Kind() {
	case reflect.String:
		out[path] = v.String()
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			stringLeaves(path, v.Elem(), out)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			stringLeaves(path.Index(i), v.Index(i), out)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			switch name {
			case "-":
				continue
			case "":
				name = f.Name
			}
			stringLeaves(path.Child(name), v.Field(i), out)
		}
	}
}

// leaveOutRejected replaces each command of the plan that holds a rejected
// value by a note that names the value's path. Shell commands hold a value
// as the content of a single-quoted literal, DNS records and manual tasks
// as it is; both are looked for, without regard to case, as the plan
// lowers host names.
func leaveOutRejected(p *DeploymentPlan, values []rejected) {
	if len(values) == 0 {
		return
	}
	for i := range p.Steps {
		cmds := p.Steps[i].Commands
		for k, c := range cmds {
			for _, r := range values {
				if holds(c.Text, r.value) {
					cmds[k] = leftOut(c.Shell, r.path)
					break
				}
			}
		}
	}
}

// holds reports whether text holds v, as it is or as the content of a
// PowerShell literal, between characters that are not letters or digits:
// a rejected server name "EX" is not found in "Exchange".
func holds(text, v string) bool {
	lower := strings.ToLower(text)
	for _, form := range []string{v, strings.TrimSuffix(strings.TrimPrefix(psQuote(v), "'"), "'")} {
		form = strings.ToLower(form)
		for from := 0; ; {
			i := strings.Index(lower[from:], form)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(form)
			before, _ := utf8.DecodeLastRuneInString(lower[:start])
			after, _ := utf8.DecodeRuneInString(lower[end:])
			if !wordRune(before) && !wordRune(after) {
				return true
			}
			from = start + 1
		}
	}
	return false
}

func wordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// leftOut is the note that takes the place of a command with a rejected
// value: a comment in the shells, plain text in DNS records and manual
// tasks, which the renderings show as comments.
func leftOut(shell Shell, path exhybrid.Path) Command {
	text := "left out: this command would hold the value of " + string(path) + ", which has an error finding; correct it and plan again"
	if shell == ShellEMS || shell == ShellEXO {
		text = comment(text)
	}
	return Command{Shell: shell, Text: text}
}

// controlCharacters reports every string of the organization and the
// options with a control character, at a path where no error is reported
// yet: the checks of names, domains and URLs reject them in their own
// terms, and this one covers the fields they do not, so that no control
// character reaches a command.
func (v *validator) controlCharacters(opts Options) {
	leaves := map[exhybrid.Path]string{}
	stringLeaves("", reflect.ValueOf(v.org), leaves)
	stringLeaves("options", reflect.ValueOf(opts), leaves)
	reported := map[exhybrid.Path]bool{}
	for _, f := range v.fs {
		if f.Severity == exhybrid.SeverityError {
			reported[f.Path] = true
		}
	}
	for path, s := range leaves {
		if !reported[path] && textsafe.HasControl(s) {
			v.add(path, exhybrid.SeverityError, CodeControlCharacter, "Remove the control character (a line break, tab or other invisible character) from "+string(path),
				"%s %q contains a control character", path, s)
		}
	}
}
