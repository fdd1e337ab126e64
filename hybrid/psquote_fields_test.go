package hybrid

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid/internal/pstoken"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/transport"
)

// hostileChars are the characters of the field table: the nine quote
// characters of PowerShell's two quote classes, the characters that start
// code in a bare or double-quoted context, and three more that end a
// statement or a line.
var hostileChars = []string{
	"'", "\u2018", "\u2019", "\u201a", "\u201b", // single-quote class
	`"`, "\u201c", "\u201d", "\u201e", // double-quote class
	"`", "$", ";", "(", ")",
	"|", "#", "\n",
}

// marker surrounds the character in every value of the field table, so
// that a part of the value found outside a literal is recognized.
const marker = "zq"

// scriptField is a string field of Organization or Options that reaches a
// command, with an organization in which it does.
type scriptField struct {
	path string // the field's path, with the base organization in parentheses where it is not the seed
	base func(t testing.TB) (Organization, Options)
	// set puts v into the field, and into every field that must name the
	// same thing (a server's name into hybridServers).
	set func(org *Organization, opts *Options, v string)
	// format is the value around the hostile part ("%s.contoso.com").
	format string
}

func baseSeed(t testing.TB) (Organization, Options) {
	return seed(t), Options{Date: day, ID: testID}
}

// baseEdge is an Exchange 2019 organization whose hybrid mail goes through
// an Edge Transport server that is not subscribed yet, so that the plan
// subscribes it to its site.
func baseEdge(t testing.TB) (Organization, Options) {
	org := modern(t,
		server("EX2019-01", "15.2.1748.53", mbx, true),
		server("EX2019-02", "15.2.1748.53", mbx, true),
		server("EDGE01", "15.2.1748.53", roles.Of(roles.RoleEdgeTransport), true),
	)
	org.Servers[2].Site, org.Servers[2].Perimeter, org.Servers[2].FQDN = "", true, "edge01.contoso.com"
	org.EdgeServers = []string{"EDGE01"}
	org.Sites = []Site{{Name: "HQ", InternetFacing: true}}
	return org, Options{Date: day, ID: testID}
}

// base2010 has Exchange 2010 hybrid servers, whose Receive connector the
// plan leaves unnamed.
func base2010(t testing.TB) (Organization, Options) {
	return org2010(t), Options{Date: day, ID: testID}
}

func baseModern(t testing.TB) (Organization, Options) {
	return orgModern(t), Options{Date: day, ID: testID, AgentURL: "0f3e8d2c-1b7a-4c55-9e61-2d4f8a9b7c30.resource.mailboxmigration.his.msappproxy.net"}
}

// renameServer gives server i a new name everywhere the organization names it.
func renameServer(org *Organization, i int, v string) {
	old := org.Servers[i].Name
	org.Servers[i].Name = v
	for _, list := range [][]string{org.HybridServers, org.EdgeServers, org.Certificate.Servers} {
		for k, s := range list {
			if strings.EqualFold(s, old) {
				list[k] = v
			}
		}
	}
}

var scriptFields = []scriptField{
	{"name", baseSeed, func(o *Organization, _ *Options, v string) { o.Name = v }, "Contoso %s"},
	{"tenant", baseSeed, func(o *Organization, _ *Options, v string) { o.Tenant = exhybrid.Tenant(v) }, "%s.onmicrosoft.com"},
	{"hybridDomains[0]", baseSeed, func(o *Organization, _ *Options, v string) {
		o.HybridDomains[0], o.AcceptedDomains[0].Domain = v, v
	}, "%s.com"},
	{"namespaces.owa", baseSeed, func(o *Organization, _ *Options, v string) { o.Namespaces.OWA = v }, "%s.contoso.com"},
	{"namespaces.autodiscover", baseSeed, func(o *Organization, _ *Options, v string) { o.Namespaces.Autodiscover = v }, "%s.contoso.com"},
	{"namespaces.ews", baseSeed, func(o *Organization, _ *Options, v string) { o.Namespaces.EWS = v }, "%s.contoso.com"},
	{"namespaces.activeSync", baseSeed, func(o *Organization, _ *Options, v string) { o.Namespaces.ActiveSync = v }, "%s.contoso.com"},
	{"namespaces.outlookAnywhere", baseSeed, func(o *Organization, _ *Options, v string) { o.Namespaces.OutlookAnywhere = v }, "%s.contoso.com"},
	{"namespaces.smtp", baseSeed, func(o *Organization, _ *Options, v string) { o.Namespaces.SMTP = v }, "%s.contoso.com"},
	{"namespaces.legacy", baseSeed, func(o *Organization, _ *Options, v string) { o.Namespaces.Legacy = v }, "%s.contoso.com"},
	{"certificate.subject", baseSeed, func(o *Organization, _ *Options, v string) { o.Certificate.Subject = v }, "CN=%s.contoso.com, O=Contoso"},
	{"certificate.issuer", baseSeed, func(o *Organization, _ *Options, v string) { o.Certificate.Issuer = v }, "CN=%s CA, O=DigiCert Inc, C=US"},
	{"certificate.names[1]", baseSeed, func(o *Organization, _ *Options, v string) { o.Certificate.Names[1] = v }, "%s.contoso.com"},
	{"servers[2].name", baseSeed, func(o *Organization, _ *Options, v string) { renameServer(o, 2, v) }, "EX%s"},
	{"servers[2].name (Edge)", baseEdge, func(o *Organization, _ *Options, v string) { renameServer(o, 2, v) }, "EDGE%s"},
	{"servers[0].name (2010)", base2010, func(o *Organization, _ *Options, v string) { renameServer(o, 0, v) }, "EX%s"},
	{"servers[1].name (2007)", baseSeed, func(o *Organization, _ *Options, v string) { renameServer(o, 1, v) }, "EX%s"},
	{"sites[0].name", baseEdge, func(o *Organization, _ *Options, v string) {
		o.Sites[0].Name = v
		for i := range o.Servers {
			if o.Servers[i].Site != "" {
				o.Servers[i].Site = v
			}
		}
	}, "HQ%s"},
	{"options.id", baseSeed, func(_ *Organization, p *Options, v string) { p.ID = v }, "b2f0c0de-%s"},
	{"options.customOwaUrl", baseSeed, func(_ *Organization, p *Options, v string) {
		p.OWAForm, p.CustomOWAURL = federation.OWAFormCustom, v
	}, "http://%s.contoso.com/owa"},
	{"options.agentUrl", baseModern, func(_ *Organization, p *Options, v string) { p.AgentURL = v }, "%s.resource.mailboxmigration.his.msappproxy.net"},
	{"options.transport.tlsDomain", baseSeed, func(_ *Organization, p *Options, v string) { p.Transport.TLSDomain = v }, "%s.contoso.com"},
	{"options.transport.eopSmartHost", baseSeed, func(_ *Organization, p *Options, v string) {
		p.Transport.SendRouting, p.Transport.EOPSmartHost = transport.SendRoutingSmartHost, v
	}, "%s.mail.protection.outlook.com"},
}

// scriptValue is the value of the field table for field f and character c.
func (f scriptField) value(c string) string { return fmt.Sprintf(f.format, marker+c+marker) }

// leaks returns the tokens of script outside a comment that hold a part
// of v but not v whole inside a single-quoted literal, and whether some
// literal holds v whole.
func leaks(script, v string) (bad []pstoken.Token, whole bool) {
	lv := strings.ToLower(v)
	for _, tok := range pstoken.Tokenize(script) {
		lt := strings.ToLower(tok.Value)
		switch {
		case tok.Kind == pstoken.Comment:
		case tok.Kind == pstoken.String && strings.Contains(lt, lv):
			whole = true
		case strings.Contains(lt, marker):
			bad = append(bad, tok)
		}
	}
	return bad, whole
}

// commandsOf joins the text of every command of p that PowerShell would
// parse: shell commands; DNS records and manual tasks are comments.
func commandsOf(p DeploymentPlan) string {
	var b strings.Builder
	for _, s := range p.Steps {
		for _, c := range s.Commands {
			b.WriteString(commandLine(c) + "\n")
		}
	}
	return b.String()
}

// fieldPath is the path of f's field in findings.
func (f scriptField) fieldPath() exhybrid.Path {
	p, _, _ := strings.Cut(f.path, " (")
	return exhybrid.Path(p)
}

// gatedFields reach commands only when valid: the plan derives what it
// prints from them (the tenant's coexistence domain, the Autodiscover SRV
// record) or uses them only after their own check (the agent's host, the
// OWA URL and the TLS domain of the federation and transport packages, the
// certificate's DNS names in a new request).
// With a hostile character they reach no command, and the table checks
// that nothing of them leaks.
var gatedFields = map[string]bool{
	"tenant": true, "namespaces.autodiscover": true, "options.agentUrl": true,
	"options.customOwaUrl": true, "options.transport.tlsDomain": true, "certificate.names[1]": true,
}

// validReach are the valid values of the fields whose format with the
// marker is not valid, and what the commands show of them.
var validReach = map[string][2]string{
	// The commands show the tenant's coexistence domain.
	"tenant": {"zqzq.onmicrosoft.com", "zqzq.mail.onmicrosoft.com"},
	// The agent's host starts with a GUID.
	"options.agentUrl": {"0f3e8d2c-1b7a-4c55-9e61-2d4f8a9b7c31.resource.mailboxmigration.his.msappproxy.net", "0f3e8d2c-1b7a-4c55-9e61-2d4f8a9b7c31.resource.mailboxmigration.his.msappproxy.net"},
}

// TestScriptFieldsStayLiteral is the field table: every string field of
// Organization and Options that reaches a command, with each hostile
// character, must come back whole from the tokenizer as one single-quoted
// literal, and no part of it may appear outside one. The plan is the draft
// before rejected values are left out, so that the table shows the
// quoting of every field whatever validation says of its value.
func TestScriptFieldsStayLiteral(t *testing.T) {
	for _, f := range scriptFields {
		for _, c := range hostileChars {
			org, opts := f.base(t)
			v := f.value(c)
			f.set(&org, &opts, v)
			p, _ := draftPlan(org, opts, nil)
			bad, whole := leaks(commandsOf(p), v)
			if len(bad) > 0 {
				t.Errorf("%s = %q: outside a literal: %q", f.path, v, bad)
			}
			if !whole && !gatedFields[f.path] {
				t.Errorf("%s = %q: no command holds the value whole in a literal", f.path, v)
			}
		}
		// Every field of the table reaches a command with a valid value.
		org, opts := f.base(t)
		v, shown := f.value(""), f.value("")
		if r, ok := validReach[f.path]; ok {
			v, shown = r[0], r[1]
		}
		f.set(&org, &opts, v)
		p, _ := draftPlan(org, opts, nil)
		if _, whole := leaks(commandsOf(p), shown); !whole {
			t.Errorf("%s = %q reaches no command as %q", f.path, v, shown)
		}
	}
}

// TestRejectedValuesLeftOut runs the field table through Plan: a value
// with an error finding at its path is in no command at all, and no value
// is outside a literal.
func TestRejectedValuesLeftOut(t *testing.T) {
	for _, f := range scriptFields {
		rejected := 0
		for _, c := range hostileChars {
			org, opts := f.base(t)
			v := f.value(c)
			f.set(&org, &opts, v)
			p, fs := Plan(org, opts)
			script := commandsOf(p)
			if bad, _ := leaks(script, v); len(bad) > 0 {
				t.Errorf("%s = %q: outside a literal: %q", f.path, v, bad)
			}
			if !slices.ContainsFunc(fs, func(x exhybrid.Finding) bool {
				return x.Path == f.fieldPath() && x.Severity == exhybrid.SeverityError
			}) {
				continue
			}
			rejected++
			if _, whole := leaks(script, v); whole {
				t.Errorf("%s = %q has an error finding but is printed in a command", f.path, v)
			}
		}
		if f.path == "name" && rejected != len(hostileChars) {
			t.Errorf("name: %d of %d hostile values rejected", rejected, len(hostileChars))
		}
	}
}

// TestScriptFieldsComplete keeps the field table complete: every string
// of the table's organizations and of fully set options that reaches a
// command when given a marked valid value must have a row, by its path
// without indexes.
func TestScriptFieldsComplete(t *testing.T) {
	rows := map[string]bool{}
	for _, f := range scriptFields {
		rows[withoutIndexes(string(f.fieldPath()))] = true
	}
	// The servers' site is a row as the sites' name: both name the site.
	rows["servers[].site"] = rows["sites[].name"]
	bases := map[string]func(testing.TB) (Organization, Options){"seed": baseSeed, "edge": baseEdge, "2010": base2010, "modern": baseModern}
	names := []string{"seed", "edge", "2010", "modern"}
	for _, name := range names {
		org, opts := bases[name](t)
		opts.CustomOWAURL, opts.Transport.TLSDomain, opts.Transport.EOPSmartHost = "http://cloudowa.contoso.com/owa", "mail.protection.outlook.com", "contoso-com.mail.protection.outlook.com"
		var paths []string
		walkStrings(reflect.ValueOf(org), &pathStack{}, func(_ string, at *pathStack) { paths = append(paths, string(at.path())) })
		walkStrings(reflect.ValueOf(opts), &pathStack{root: "options"}, func(_ string, at *pathStack) { paths = append(paths, string(at.path())) })
		for _, path := range paths {
			if rows[withoutIndexes(path)] {
				continue
			}
			o, p := bases[name](t)
			p.CustomOWAURL, p.Transport.TLSDomain, p.Transport.EOPSmartHost = opts.CustomOWAURL, opts.Transport.TLSDomain, opts.Transport.EOPSmartHost
			root, rest := reflect.ValueOf(&o).Elem(), path
			if r, ok := strings.CutPrefix(path, "options."); ok {
				root, rest = reflect.ValueOf(&p).Elem(), r
			}
			v, ok := valueAt(root, rest, jsonFields{})
			if !ok || !v.CanSet() {
				t.Fatalf("%s: cannot set %s", name, path)
			}
			v.SetString(marker + v.String())
			plan, _ := draftPlan(o, p, nil)
			if strings.Contains(strings.ToLower(commandsOf(plan)), marker) {
				t.Errorf("%s reaches a command in the %s organization but has no row in the field table", path, name)
			}
		}
	}
}

// withoutIndexes turns "servers[2].name" into "servers[].name".
func withoutIndexes(path string) string {
	var b strings.Builder
	skip := false
	for _, r := range path {
		switch {
		case r == '[':
			skip = true
			b.WriteRune(r)
		case r == ']':
			skip = false
			b.WriteRune(r)
		case !skip:
			b.WriteRune(r)
		}
	}
	return b.String()
}
