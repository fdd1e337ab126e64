package federation

import (
	"errors"
	"fmt"
	"strings"

	"github.com/exhybrid/exhybrid/internal/guid"
)

// SettingOverride is a setting override as Get-SettingOverride shows it
// (https://learn.microsoft.com/powershell/module/exchange/get-settingoverride;
// its parameters: https://learn.microsoft.com/powershell/module/exchange/new-settingoverride):
// a named change of one section of one component of Exchange's
// configuration, for the whole organization or for some servers. Setting
// overrides configure many things (AMSI scanning, serialization data
// signing); this package reads two of them, the dedicated hybrid app's and
// the Graph flow's (see [HybridAppOverride], [GraphFlowOverride]).
type SettingOverride struct {
	// Name identifies the override ("EnableExchangeHybrid3PAppFeature").
	Name string `json:"name"`
	// ComponentName and SectionName say what it overrides ("Global",
	// "ExchangeOnpremAsThirdPartyAppId").
	ComponentName string `json:"componentName"`
	SectionName   string `json:"sectionName"` // the section of ComponentName (New-SettingOverride -Section)
	// Parameters are the settings it gives, "Name=Value" each
	// (-Parameters @("Enabled=true")), in the override's order.
	Parameters []OverrideParameter `json:"parameters,omitempty"`
	// Server are the servers it applies to; empty for every server.
	Server []string `json:"server,omitempty"`
	// Reason is the administrator's note ("Created by
	// ConfigureExchangeHybridApplication.ps1 on ...").
	Reason string `json:"reason,omitempty"`
	// MinVersion, MaxVersion and FixVersion bound the Exchange builds the
	// override applies to, as written; empty when unbounded.
	MinVersion string `json:"minVersion,omitempty"`
	MaxVersion string `json:"maxVersion,omitempty"` // the latest build it applies to, included (New-SettingOverride -MaxVersion)
	FixVersion string `json:"fixVersion,omitempty"` // Get-SettingOverride's FixVersion, carried as written, not judged
}

// OverrideParameter is one "Name=Value" item of a setting override's
// Parameters.
type OverrideParameter struct {
	Name  string `json:"name"`  // the text before the first "=", trimmed: "Enabled"
	Value string `json:"value"` // the text after it, trimmed, "true"; may be ""
}

// ErrOverrideParameter is wrapped by the error of [ParseOverrideParameter].
var ErrOverrideParameter = errors.New("federation: setting override parameter is not Name=Value")

// ParseOverrideParameter parses a "Name=Value" item: the name is the text
// before the first "=", both parts trimmed of spaces. The name must not be
// empty; the value may be.
func ParseOverrideParameter(s string) (OverrideParameter, error) {
	name, value, ok := strings.Cut(s, "=")
	name, value = strings.TrimSpace(name), strings.TrimSpace(value)
	if !ok || name == "" {
		return OverrideParameter{}, fmt.Errorf("%w: %q", ErrOverrideParameter, s)
	}
	return OverrideParameter{Name: name, Value: value}, nil
}

// String returns "Name=Value".
func (p OverrideParameter) String() string { return p.Name + "=" + p.Value }

// Is reports whether the override is of component and section, without
// regard to case.
func (o SettingOverride) Is(component, section string) bool {
	return strings.EqualFold(o.ComponentName, component) && strings.EqualFold(o.SectionName, section)
}

// Enabled reads the override's "Enabled" parameter as
// ConfigureExchangeHybridApplication.ps1 does (the name and the value
// true or false without regard to case): enabled is its value, and known
// is false when there is no such parameter or its value is neither true
// nor false. (The script's version of April 2026 counted "Enabled=false"
// as enabled, because it tested the matched text for being non-empty;
// this method does not.)
func (o SettingOverride) Enabled() (enabled, known bool) {
	for _, p := range o.Parameters {
		if !strings.EqualFold(p.Name, "Enabled") {
			continue
		}
		switch {
		case strings.EqualFold(p.Value, "true"):
			return true, true
		case strings.EqualFold(p.Value, "false"):
			return false, true
		}
		return false, false
	}
	return false, false
}

// The two setting overrides of the dedicated Exchange hybrid app, as
// ConfigureExchangeHybridApplication.ps1 creates them
// (https://github.com/microsoft/CSS-Exchange/blob/main/Hybrid/ConfigureExchangeHybridApplication/ConfigureExchangeHybridApplication.ps1;
// https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app):
//
//	New-SettingOverride -Name EnableExchangeHybrid3PAppFeature -Component Global
//	  -Section ExchangeOnpremAsThirdPartyAppId -Parameters @("Enabled=true")
//	New-SettingOverride -Name EnableRouteThroughMSGraphFeature -Component SettingOverride
//	  -Section RouteThroughMSGraph -Parameters @("Enabled=true")
//
// Both are recognised by component and section, not by name, as the script
// and HealthChecker do.
var (
	// HybridAppOverride makes Exchange use the dedicated app instead of the
	// shared Exchange Online service principal.
	HybridAppOverride = OverrideSection{Component: "Global", Section: "ExchangeOnpremAsThirdPartyAppId"}
	// GraphFlowOverride routes the dedicated app's requests through
	// Microsoft Graph instead of EWS (Exchange SE May 2026 hotfix update
	// and later, see [GraphFlowMinBuild]).
	GraphFlowOverride = OverrideSection{Component: "SettingOverride", Section: "RouteThroughMSGraph"}
)

// OverrideSection names what a setting override changes: a component and
// one of its sections.
type OverrideSection struct {
	Component, Section string // a setting override's ComponentName and SectionName
}

// String returns "Component\Section".
func (s OverrideSection) String() string { return s.Component + `\` + s.Section }

// EnabledOverride returns the position in overrides of the first override
// of the section that is enabled (its Enabled parameter true), or -1.
// Several overrides of one section are reported by [AuditOAuth]
// ([CodeSettingOverrideDuplicate]); the first enabled one is taken for
// the feature's state, as [AuditOAuth] takes it.
func EnabledOverride(overrides []SettingOverride, s OverrideSection) int {
	for i, o := range overrides {
		if on, _ := o.Enabled(); on && o.Is(s.Component, s.Section) {
			return i
		}
	}
	return -1
}

// GraphFlowOn reports whether the dedicated hybrid app's requests go
// through Microsoft Graph on every server that serves them: the app's
// override ([HybridAppOverride]) and the Graph flow's ([GraphFlowOverride])
// are enabled, and every server but the Edge Transport servers is within
// the Graph flow override's Server list (all when it has none) and at
// [GraphFlowMinBuild] or later. A server of unknown build is not known to
// be, nor are the servers when none is given, so the flow is then not
// counted as on: conservative, since the EWS
// rules it turns off are then still applied. The flow needs the app
// ("Starting with the May 2026 Hotfix Update, Graph API permissions can
// also be configured as a replacement for EWS API permissions",
// https://learn.microsoft.com/exchange/hybrid-deployment/deploy-dedicated-hybrid-app).
func GraphFlowOn(overrides []SettingOverride, servers []ServerBuild) bool {
	if EnabledOverride(overrides, HybridAppOverride) < 0 {
		return false
	}
	g := EnabledOverride(overrides, GraphFlowOverride)
	if g < 0 {
		return false
	}
	scope := overrides[g].Server
	served := false
	for _, s := range servers {
		if s.Edge {
			continue
		}
		if !s.Build.IsValid() || !s.Build.AtLeast(GraphFlowMinBuild) || len(scope) > 0 && !containsFold(scope, s.Name) {
			return false
		}
		served = true
	}
	return served
}

// HoldsHybridApp reports whether s is the authorization server that holds
// the dedicated hybrid app, as HealthChecker finds it: an enabled AzureAD
// (EvoSts) server whose ApplicationIdentifier is a GUID
// (https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerHybridInformation.ps1).
// HealthChecker matches the identifier with an unanchored GUID pattern,
// which any text holding a GUID passes; here it must be a GUID.
func (s AuthServer) HoldsHybridApp() bool {
	return s.Enabled && s.Type == AuthServerAzureAD && guid.Valid(s.ApplicationIdentifier)
}
