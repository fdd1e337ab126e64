package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/internal/pstoken"
)

// hostileChars are PowerShell's nine quote characters and the characters
// that start code outside a literal.
var hostileChars = []string{"'", "\u2018", "\u2019", "\u201a", "\u201b", `"`, "\u201c", "\u201d", "\u201e", "`", "$", ";", "(", ")"}

// hostileOptions are the string fields of the options file that reach a
// command, with the options that make them do so.
var hostileOptions = []struct {
	field string
	extra map[string]any
}{
	{"id", nil},
	{"customOwaUrl", map[string]any{"owaForm": "Custom"}},
	{"agentUrl", nil},
	{"tlsDomain", nil},
	{"eopSmartHost", map[string]any{"sendRouting": "SmartHost"}},
}

// TestPlanPowerShellHostile runs plan --format powershell with a hostile
// value in each string field of the built-in example organization and of
// the options: the exit status is 0 or 1, the script's first statement is
// the throw when there are errors, and no part of the value is outside a
// single-quoted literal or a comment.
func TestPlanPowerShellHostile(t *testing.T) {
	var example map[string]any
	if err := json.Unmarshal(exampleJSON, &example); err != nil {
		t.Fatal(err)
	}
	leaves := stringLeafPaths(example, nil)
	if len(leaves) < 20 {
		t.Fatalf("only %d string fields in the example", len(leaves))
	}
	dir := t.TempDir()
	planned := 0
	for _, c := range hostileChars {
		v := "zq" + c + "zq"
		for _, leaf := range leaves {
			org := cloneJSON(t, example)
			setLeaf(org, leaf, v+leafValue(example, leaf))
			planned += runHostile(t, dir, pathString(leaf), mustJSON(t, org), nil, v)
		}
		for _, o := range hostileOptions {
			opts := map[string]any{"id": "5f3a0c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b"}
			target := opts
			if o.field == "tlsDomain" || o.field == "eopSmartHost" {
				target = map[string]any{}
				opts["transport"] = target
			}
			for k, x := range o.extra {
				target[k] = x
			}
			target[o.field] = v
			planned += runHostile(t, dir, "options."+o.field, exampleJSON, opts, v)
		}
	}
	if want := (len(leaves) + len(hostileOptions)) * len(hostileChars) / 2; planned < want {
		t.Errorf("only %d of the hostile inputs were planned, want at least %d", planned, want)
	}
}

// runHostile plans org with options opts (none when nil) and checks the
// script; it returns 1 when the input was planned, 0 when it was rejected
// as input (an enum field that cannot hold the value).
func runHostile(t *testing.T, dir, field string, org []byte, opts map[string]any, v string) int {
	t.Helper()
	args := []string{"plan", "--format", "powershell", "--date", day, "-"}
	if opts != nil {
		file := filepath.Join(dir, "options.json")
		if err := os.WriteFile(file, mustJSON(t, opts), 0o600); err != nil {
			t.Fatal(err)
		}
		args = append(args, "--options", file)
	}
	var stdout, stderr bytes.Buffer
	status := run(args, bytes.NewReader(org), &stdout, &stderr, nil)
	switch {
	case status == exitUsage && stdout.Len() == 0:
		return 0
	case status != 0 && status != 1:
		t.Errorf("%s = %q: exit %d: %s", field, v, status, stderr.String())
		return 0
	}
	toks := pstoken.Tokenize(stdout.String())
	first := slices.IndexFunc(toks, func(tok pstoken.Token) bool { return tok.Kind != pstoken.Comment })
	if status == 1 && (first < 0 || toks[first] != (pstoken.Token{Kind: pstoken.Word, Value: "throw"}) || toks[first+1].Kind != pstoken.String) {
		t.Errorf("%s = %q: the script does not start with a throw", field, v)
	}
	for _, tok := range toks {
		if tok.Kind != pstoken.Comment && tok.Kind != pstoken.String && strings.Contains(strings.ToLower(tok.Value), "zq") {
			t.Errorf("%s = %q: outside a literal: %q", field, v, tok.Value)
		}
		if tok.Kind == pstoken.String && strings.Contains(tok.Value, "zq") && !strings.Contains(strings.ToLower(tok.Value), strings.ToLower(v)) {
			t.Errorf("%s = %q: a literal holds part of the value: %q", field, v, tok.Value)
		}
	}
	return 1
}

// stringLeafPaths lists the paths of the strings in a decoded JSON value.
func stringLeafPaths(v any, path []any) [][]any {
	var out [][]any
	switch x := v.(type) {
	case string:
		out = append(out, slices.Clone(path))
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			out = append(out, stringLeafPaths(x[k], append(path, k))...)
		}
	case []any:
		for i, e := range x {
			out = append(out, stringLeafPaths(e, append(path, i))...)
		}
	}
	return out
}

func leafValue(v any, path []any) string {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			v = v.(map[string]any)[k]
		case int:
			v = v.([]any)[k]
		}
	}
	return v.(string)
}

func setLeaf(v any, path []any, s string) {
	for i, p := range path {
		last := i == len(path)-1
		switch k := p.(type) {
		case string:
			m := v.(map[string]any)
			if last {
				m[k] = s
				return
			}
			v = m[k]
		case int:
			l := v.([]any)
			if last {
				l[k] = s
				return
			}
			v = l[k]
		}
	}
}

func pathString(path []any) string {
	var b strings.Builder
	for _, p := range path {
		switch k := p.(type) {
		case string:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(k)
		case int:
			b.WriteString("[" + strconv.Itoa(k) + "]")
		}
	}
	return b.String()
}

func cloneJSON(t *testing.T, v map[string]any) map[string]any {
	t.Helper()
	var out map[string]any
	if err := json.Unmarshal(mustJSON(t, v), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
