package hybrid

import (
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/version"
)

// oauth runs federation.AuditOAuth on the exported OAuth configuration:
// the Auth Certificate's lifecycle, the authorization servers and partner
// applications, the dedicated hybrid app's and the Graph flow's setting
// overrides. A kind of object the exports hold none of is given as
// exported and empty when its cmdlet's output was read (an empty
// GetSettingOverride.xml, inventory.Inventory.Exported), else as not
// exported, so that the rules needing its absence are skipped.
func (a *auditor) oauth() {
	inv := a.inv
	e := federation.ExportedOAuth{
		AuthServers: observed(inv, "Get-AuthServer", inv.AuthServers, func(s inventory.AuthServer) (federation.AuthServer, exhybrid.Path) {
			return s.AuthServer, s.Path()
		}),
		PartnerApplications: observed(inv, "Get-PartnerApplication", inv.PartnerApplications, func(p inventory.PartnerApplication) (federation.PartnerApplication, exhybrid.Path) {
			return p.PartnerApplication, p.Path()
		}),
		SettingOverrides: observed(inv, "Get-SettingOverride", inv.SettingOverrides, func(o inventory.SettingOverride) (federation.SettingOverride, exhybrid.Path) {
			return o.SettingOverride, o.Path()
		}),
		IntraOrganizationConnectors: observed(inv, "Get-IntraOrganizationConnector", inv.IntraOrganizationConnectors, func(c inventory.IntraOrganizationConnector) (federation.IntraOrganizationConnector, exhybrid.Path) {
			return c.IntraOrganizationConnector, c.Path()
		}),
		RichCoexistence: slices.ContainsFunc(richCoexistence, a.org.Features.Has),
	}
	if len(inv.AuthConfigs) > 0 {
		c := inv.AuthConfigs[0]
		e.AuthConfig = &federation.Observed[federation.AuthConfig]{Value: c.AuthConfig, Path: propsOf(c.Path())}
	}
	for _, c := range inv.Certificates {
		e.Certificates = append(e.Certificates, federation.CertificateLifetime{Thumbprint: c.Thumbprint, NotAfter: version.LastValidDay(c.NotAfter)})
	}
	e.Servers = a.serverBuilds()
	// A missing override, authorization server or partner application is
	// reported on the file that would hold it, or on the organization's
	// hybridApp.
	e.Path = "hybridApp"
	e.AuthServersPath = fileOf(inv, "Get-AuthServer", inv.AuthServers, func(s inventory.AuthServer) inventory.Origin { return s.From })
	e.PartnerApplicationsPath = fileOf(inv, "Get-PartnerApplication", inv.PartnerApplications,
		func(p inventory.PartnerApplication) inventory.Origin { return p.From })
	e.SettingOverridesPath = fileOf(inv, "Get-SettingOverride", inv.SettingOverrides, func(o inventory.SettingOverride) inventory.Origin { return o.From })
	a.fs = append(a.fs, federation.AuditOAuth(e, a.on)...)
	// With the overrides exported, the audit's finding on the dedicated
	// app, from the objects themselves, stands for Validate's, from the
	// organization's hybridApp.
	a.judgedHybridApp = e.SettingOverrides != nil
}

// observed returns the objects of list, which the on-premises cmdlet
// writes, with their paths: nil when the list is empty and the cmdlet's
// output was not read, which the OAuth audit must not read as "exported
// and none found", and an empty list when it was read empty.
func observed[E, T any](inv *inventory.Inventory, cmdlet string, list []E, value func(E) (T, exhybrid.Path)) []federation.Observed[T] {
	if len(list) == 0 && !inv.Has(inventory.Cmdlet{Name: cmdlet}) {
		return nil
	}
	out := make([]federation.Observed[T], len(list))
	for i, x := range list {
		v, path := value(x)
		out[i] = federation.Observed[T]{Value: v, Path: propsOf(path)}
	}
	return out
}

// fileOf returns the file the on-premises cmdlet's objects were read
// from: the first object's (the cmdlet's file name for one written in
// the organization file), the cmdlet's file name when it was exported
// empty, else "".
func fileOf[E any](inv *inventory.Inventory, cmdlet string, list []E, origin func(E) inventory.Origin) exhybrid.Path {
	c := inventory.Cmdlet{Name: cmdlet}
	switch {
	case len(list) > 0:
		return exhybrid.Path(origin(list[0]).In(c.FileName()).File)
	case inv.Has(c):
		return exhybrid.Path(c.FileName())
	}
	return ""
}

// propsOf returns the paths of an object's properties: the object's own
// path for "", else the property after it.
func propsOf(object exhybrid.Path) func(prop string) exhybrid.Path {
	return func(prop string) exhybrid.Path {
		if prop == "" {
			return object
		}
		return object.Prop(prop)
	}
}

// authCertificates returns the thumbprints, in upper case, of the
// certificates Get-AuthConfig names: their lifetime is the Auth
// Certificate's, which federation.AuditOAuth judges in its own terms.
func (a *auditor) authCertificates() map[string]bool {
	if len(a.inv.AuthConfigs) == 0 {
		return nil
	}
	c := a.inv.AuthConfigs[0]
	out := map[string]bool{}
	for _, t := range []string{c.CurrentCertificateThumbprint, c.NextCertificateThumbprint, c.PreviousCertificateThumbprint} {
		if t != "" {
			out[strings.ToUpper(t)] = true
		}
	}
	return out
}

// serverBuilds returns the organization's servers with their builds, for
// the rules on the Graph flow.
func (a *auditor) serverBuilds() []federation.ServerBuild {
	out := make([]federation.ServerBuild, len(a.org.Servers))
	for i, s := range a.org.Servers {
		out[i] = federation.ServerBuild{Name: s.Name, Build: s.Build, Edge: s.IsEdge()}
	}
	return out
}
