package federation_test

import (
	"testing"

	"github.com/exhybrid/exhybrid/federation"
	"github.com/exhybrid/exhybrid/version"
)

func TestGraphFlowOn(t *testing.T) {
	override := func(s federation.OverrideSection, enabled string, servers ...string) federation.SettingOverride {
		return federation.SettingOverride{Name: s.Section, ComponentName: s.Component, SectionName: s.Section, Server: servers,
			Parameters: []federation.OverrideParameter{{Name: "Enabled", Value: enabled}}}
	}
	app, graph := override(federation.HybridAppOverride, "true"), override(federation.GraphFlowOverride, "True")
	below := version.Build{Major: 15, Minor: 2, Build: 2562, Revision: 37}
	se := func(name string) federation.ServerBuild {
		return federation.ServerBuild{Name: name, Build: federation.GraphFlowMinBuild}
	}
	tests := []struct {
		name      string
		overrides []federation.SettingOverride
		servers   []federation.ServerBuild
		want      bool
	}{
		{"both overrides, every server at the build", []federation.SettingOverride{app, graph}, []federation.ServerBuild{se("EX1"), se("EX2")}, true},
		{"an Edge server below the build does not count", []federation.SettingOverride{app, graph},
			[]federation.ServerBuild{se("EX1"), {Name: "EDGE", Build: below, Edge: true}}, true},
		{"a server below the build", []federation.SettingOverride{app, graph}, []federation.ServerBuild{se("EX1"), {Name: "EX2", Build: below}}, false},
		{"a server of unknown build", []federation.SettingOverride{app, graph}, []federation.ServerBuild{se("EX1"), {Name: "EX2"}}, false},
		{"no server known", []federation.SettingOverride{app, graph}, nil, false},
		{"the Graph override scoped to one of two servers", []federation.SettingOverride{app, override(federation.GraphFlowOverride, "true", "ex1")},
			[]federation.ServerBuild{se("EX1"), se("EX2")}, false},
		{"the Graph override scoped to every server", []federation.SettingOverride{app, override(federation.GraphFlowOverride, "true", "EX1", "EX2")},
			[]federation.ServerBuild{se("EX1"), se("EX2")}, true},
		{"the app's override disabled", []federation.SettingOverride{override(federation.HybridAppOverride, "false"), graph}, []federation.ServerBuild{se("EX1")}, false},
		{"no Graph override", []federation.SettingOverride{app}, []federation.ServerBuild{se("EX1")}, false},
		{"the Graph override disabled, then enabled", []federation.SettingOverride{app, override(federation.GraphFlowOverride, "false"), graph},
			[]federation.ServerBuild{se("EX1")}, true},
	}
	for _, tt := range tests {
		if got := federation.GraphFlowOn(tt.overrides, tt.servers); got != tt.want {
			t.Errorf("%s: GraphFlowOn = %t, want %t", tt.name, got, tt.want)
		}
	}
}
