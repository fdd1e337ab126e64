package hybrid

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
)

// resolvePath checks that p names a field of the input Validate and Plan
// read, following the JSON tags: a field of Organization, or under
// "options" a field of Options, with list indices and map keys where the
// field is a list or map. The empty path is the organization itself. A
// JSON tag renamed on one side, or a translation in paths.go that no
// longer matches the other package, makes a finding's path fail here.
func resolvePath(p exhybrid.Path) error {
	s := string(p)
	t := reflect.TypeFor[Organization]()
	if rest, ok := strings.CutPrefix(s, "options"); ok && (rest == "" || rest[0] == '.') {
		t, s = reflect.TypeFor[Options](), strings.TrimPrefix(rest, ".")
	}
	for s != "" {
		switch {
		case s[0] == '[':
			end := strings.IndexByte(s, ']')
			if end < 0 {
				return fmt.Errorf("path %q: unclosed [", p)
			}
			key := s[1:end]
			switch t.Kind() {
			case reflect.Slice, reflect.Array:
				if _, err := strconv.Atoi(key); err != nil {
					return fmt.Errorf("path %q: index %q of a list", p, key)
				}
			case reflect.Map:
				if _, err := strconv.Unquote(key); err != nil {
					return fmt.Errorf("path %q: key %q of a map is not quoted", p, key)
				}
			default:
				return fmt.Errorf("path %q: %v has no elements", p, t)
			}
			t, s = t.Elem(), strings.TrimPrefix(s[end+1:], ".")
		default:
			end := strings.IndexAny(s, ".[")
			if end < 0 {
				end = len(s)
			}
			f, ok := fieldTypeByJSONName(t, s[:end])
			if !ok {
				return fmt.Errorf("path %q: %v has no JSON field %q", p, t, s[:end])
			}
			t, s = f, strings.TrimPrefix(s[end:], ".")
		}
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
	}
	return nil
}

// fieldTypeByJSONName returns the type of the field of struct t whose
// JSON name (leaveout.go's jsonName) is name.
func fieldTypeByJSONName(t reflect.Type, name string) (reflect.Type, bool) {
	if t.Kind() != reflect.Struct {
		return nil, false
	}
	for i := range t.NumField() {
		if n, ok := jsonName(t.Field(i)); ok && n == name {
			return t.Field(i).Type, true
		}
	}
	return nil, false
}

// checkPaths reports every finding whose path resolvePath rejects.
func checkPaths(t *testing.T, name string, fs exhybrid.Findings) {
	t.Helper()
	for _, f := range fs {
		if err := resolvePath(f.Path); err != nil {
			t.Errorf("%s: %s: %v", name, f.Code, err)
		}
	}
}

func TestResolvePath(t *testing.T) {
	tests := []struct {
		path exhybrid.Path
		ok   bool
	}{
		{"", true},
		{"servers[3].build", true},
		{"hybridDomains[0]", true},
		{"certificate.names[2]", true},
		{"options.transport.tlsAuthLevel", true},
		{"options.id", true},
		{"certificate.name", false}, // the path REVIEW.md found: no such field
		{"connectors.sendingServers[0]", false},
		{"servers.build", false},
		{"servers[x]", false},
		{"servers[3", false},
	}
	for _, tt := range tests {
		if err := resolvePath(tt.path); (err == nil) != tt.ok {
			t.Errorf("resolvePath(%q) = %v, want ok %v", tt.path, err, tt.ok)
		}
	}
}

// TestFindingPathsResolve checks the paths of every finding the scenarios
// and rule tests give, from Validate and from Plan.
func TestFindingPathsResolve(t *testing.T) {
	for _, sc := range scenarios {
		_, fs := Plan(sc.org(t), Options{Date: day, ID: testID})
		checkPaths(t, sc.name, fs)
	}
	for _, sc := range scenarios2026 {
		opts := Options{Date: sc.on, ID: testID}
		if sc.opts != nil {
			sc.opts(&opts)
		}
		_, fs := Plan(sc.org(t), opts)
		checkPaths(t, sc.name, fs)
	}
	for _, r := range ruleTests {
		org := r.base(t)
		if r.mutate != nil {
			r.mutate(&org)
		}
		checkPaths(t, r.name, Validate(org, r.on))
	}
	for _, o := range optionTests {
		opts := o.opts
		opts.Date = day
		_, fs := Plan(o.base(t), opts)
		checkPaths(t, o.name, fs)
	}
	checkPaths(t, "servers of no on-premises build", Validate(erroneousOrganization(t, 3), day))
}
