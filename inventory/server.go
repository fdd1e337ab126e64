package inventory

import (
	"reflect"
	"strings"

	"github.com/exhybrid/exhybrid/clixml"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// The type names this file reads.
const (
	typeExchangeServer  = "Microsoft.Exchange.Data.Directory.Management.ExchangeServer"
	typeFileVersionInfo = "System.Diagnostics.FileVersionInfo"
)

// Server is one Exchange server as Get-ExchangeServer shows it, with the
// exact build when ExSetup's file version was read for it too.
type Server struct {
	Name string `json:"name"`           // Name, the computer's NetBIOS name ("SOLO-E19A")
	FQDN string `json:"fqdn,omitempty"` // Fqdn ("Solo-E19A.Solo.com")
	// Site is the name of the Active Directory site, the Name of the Site
	// ADObjectId ("Default-First-Site-Name"); "" for an Edge Transport
	// server, which is outside the forest.
	Site string `json:"site,omitempty"`
	// AdminDisplayVersion is the build Get-ExchangeServer shows, parsed with
	// [version.ParseAdminDisplayVersion]: the cumulative update or service
	// pack, not the security update installed since.
	AdminDisplayVersion version.Build `json:"adminDisplayVersion,omitzero"`
	// ExSetup is the file version of ExSetup.exe on the server, joined from
	// [Inventory.FileVersions]: the exact build. It is the zero Build when
	// no FileVersionInfo was read for the server.
	ExSetup version.Build `json:"exSetup,omitzero"`
	// Roles are the roles of ServerRole. Get-ExchangeServer writes "Edge"
	// for Edge Transport and, from Exchange 2016, only "Mailbox" for a
	// Mailbox server, whose transport and client access services are
	// not separate roles.
	Roles roles.RoleSet `json:"roles,omitzero"`
	Edge  bool          `json:"edge,omitempty"` // IsEdgeServer; false when the export has no such property

	From Origin `json:"from"` // the export file and object it was read from
}

// Build returns the server's exact build when ExSetup's file version is
// known, and AdminDisplayVersion's otherwise.
func (s Server) Build() version.Build {
	if s.ExSetup != (version.Build{}) {
		return s.ExSetup
	}
	return s.AdminDisplayVersion
}

func (s Server) key() string    { return strings.ToLower(s.Name) }
func (s Server) origin() Origin { return s.From }
func (s Server) same(other any) bool {
	t := other.(Server)
	s.From, t.From, s.ExSetup, t.ExSetup = Origin{}, Origin{}, version.Build{}, version.Build{}
	return reflect.DeepEqual(s, t)
}

// readServer reads a Get-ExchangeServer object. A server without a Name is
// skipped; the other properties are optional, each missing or unreadable
// one with its finding.
func readServer(o object, name string) (Server, bool) {
	s := Server{Name: name, FQDN: o.text("Fqdn"), Edge: o.boolean("IsEdgeServer"), From: o.origin()}
	if s.FQDN == "" {
		o.missing("Fqdn", "")
	}
	s.AdminDisplayVersion = readAdminDisplayVersion(o)
	s.Site = readSite(o)
	if r, ok := o.required("ServerRole", ""); ok {
		s.Roles = parseServerRole(o, r)
	}
	return s, true
}

// readAdminDisplayVersion reads the ServerVersion of AdminDisplayVersion:
// its Major, Minor, Build and Revision properties when it has all four,
// which win over a ToString that says otherwise, as a hand-edited export
// can; else its ToString "Version 15.2 (Build 986.5)", parsed with
// [version.ParseAdminDisplayVersion].
func readAdminDisplayVersion(o object) version.Build {
	text, ok := o.required("AdminDisplayVersion", "")
	if !ok {
		return version.Build{}
	}
	shown, err := version.ParseAdminDisplayVersion(text)
	v, _ := o.obj.Prop("AdminDisplayVersion")
	parts, found := buildParts(v.Object())
	switch {
	case !found && err != nil:
		o.invalid("AdminDisplayVersion", "", err)
		return version.Build{}
	case !found:
		return shown
	case err != nil || shown != parts:
		o.fs.Add(rules, o.path("AdminDisplayVersion"), CodeStaleToString, "",
			"the ToString says %q, the properties %s; the properties are used", text, parts)
	}
	return parts
}

// buildParts returns the build of a ServerVersion's Major, Minor, Build
// and Revision properties, and whether it has all four, each from 0 to
// 65535, not all zero.
func buildParts(sv *clixml.Object) (version.Build, bool) {
	if sv == nil {
		return version.Build{}, false
	}
	var p [4]uint16
	for i, name := range []string{"Major", "Minor", "Build", "Revision"} {
		v, ok := sv.Prop(name)
		if !ok {
			return version.Build{}, false
		}
		n, ok := v.Int()
		if !ok || n < 0 || n > 0xFFFF {
			return version.Build{}, false
		}
		p[i] = uint16(n)
	}
	b := version.Build{Major: p[0], Minor: p[1], Build: p[2], Revision: p[3]}
	return b, b.IsValid()
}

// readSite returns the name of the Site ADObjectId: its Name property, or
// else the last part of its ToString, the canonical name
// "Solo.com/Configuration/Sites/Default-First-Site-Name".
func readSite(o object) string {
	v, ok := o.obj.Prop("Site")
	site := v.Object()
	if !ok || site == nil {
		return ""
	}
	if n, ok := site.Prop("Name"); ok && n.Text() != "" {
		return n.Text()
	}
	return site.ToString[strings.LastIndexByte(site.ToString, '/')+1:]
}

// parseServerRole parses the ToString of the ServerRole flags enum, such
// as "Mailbox, ClientAccess", one name at a time with [roles.ParseRole],
// which knows Get-ExchangeServer's "Edge" for Edge Transport. A name that
// is not a role is reported and the others kept.
func parseServerRole(o object, text string) roles.RoleSet {
	var rs roles.RoleSet
	for name := range strings.SplitSeq(text, ",") {
		r, err := roles.ParseRole(strings.TrimSpace(name))
		if err != nil {
			o.invalid("ServerRole", "", err)
			continue
		}
		rs = rs.With(r)
	}
	return rs
}

// FileVersion is the file version of ExSetup.exe on one server, as
// Get-Command ExSetup.exe | ForEach-Object FileVersionInfo exports it:
// the exact build, with the security update, that Microsoft's build
// numbers page tells administrators to read
// (https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates).
type FileVersion struct {
	// Server is the server the file was read on, from [Source.Server], by
	// name or FQDN as the caller gave it.
	Server string `json:"server"`
	// Build is the FileVersion property ("15.02.1118.025"), which is what
	// the file holds even when a hand-edited ToString says otherwise.
	Build version.Build `json:"build"`

	From Origin `json:"from"` // the export file and object it was read from
}

func (f FileVersion) key() string         { return strings.ToLower(f.Server) }
func (f FileVersion) origin() Origin      { return f.From }
func (f FileVersion) same(other any) bool { return f.Build == other.(FileVersion).Build }

// readFileVersion reads a FileVersionInfo, which must be ExSetup.exe's.
func readFileVersion(o object) (FileVersion, bool) {
	file := o.text("OriginalFilename")
	if !strings.EqualFold(file, "ExSetup.exe") {
		o.fs.Add(rules, o.path("OriginalFilename"), CodeNotExSetup, "Export Get-Command ExSetup.exe's FileVersionInfo",
			"the file version of %q, not of ExSetup.exe", file)
		return FileVersion{}, false
	}
	fv, ok := o.required("FileVersion", "")
	if !ok {
		return FileVersion{}, false
	}
	b, err := version.ParseBuild(fv)
	if err != nil {
		o.invalid("FileVersion", "", err)
		return FileVersion{}, false
	}
	if shown, ok := toStringField(o.obj.ToString, "FileVersion:"); ok && shown != fv {
		o.fs.Add(rules, o.path("ToString"), CodeStaleToString, "",
			"the ToString says FileVersion %s, the property %s; the property is used", shown, fv)
	}
	if o.src.Server == "" {
		o.fs.Add(rules, o.path(""), CodeExSetupNoServer, "Name the file ExSetup_<SERVER>.xml after the server it was taken on, from which exhybrid reads the server (a program gives Source.Server)",
			"ExSetup.exe's file version %s names no server; it is not kept", b)
		return FileVersion{}, false
	}
	return FileVersion{Server: o.src.Server, Build: b, From: o.origin()}, true
}

// toStringField returns the value of the line "name value" of
// FileVersionInfo.ToString, which is "File: …\r\nInternalName: …\r\n…".
func toStringField(s, name string) (string, bool) {
	for line := range strings.Lines(s) {
		if rest, ok := strings.CutPrefix(line, name); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// join sets each server's ExSetup from the file version read for it, by
// name or FQDN.
func (inv *Inventory) join() {
	if len(inv.FileVersions) == 0 {
		return
	}
	// One lookup per server, not a scan: join runs after every file read,
	// and the collection script writes one ExSetup file per server.
	builds := make(map[string]version.Build, len(inv.FileVersions))
	for _, f := range inv.FileVersions {
		builds[strings.ToLower(f.Server)] = f.Build
	}
	for i := range inv.Servers {
		s := &inv.Servers[i]
		if b, ok := builds[strings.ToLower(s.Name)]; ok {
			s.ExSetup = b
		} else if b, ok := builds[strings.ToLower(s.FQDN)]; ok && s.FQDN != "" {
			s.ExSetup = b
		}
	}
}
