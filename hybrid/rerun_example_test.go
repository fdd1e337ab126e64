package hybrid_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/version"
)

// Rerun answers the question asked before a wizard run: what would it
// change? Here on the example export shipped with the repository, as of
// 2026-12-05: its server needs the dedicated hybrid app's build and that
// app's setting override is missing; the wizard's Send connector to the
// tenant is missing. The hybrid server its HybridConfiguration names
// (ex-02, of another lab) is not among its servers: a finding says so,
// and the plan keeps it, as a wizard run does, which configures servers
// and installs none. The domains, features and servers recorded are
// kept.
func ExampleRerun() {
	var inv inventory.Inventory
	files, _ := filepath.Glob("../examples/export/*.xml")
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			fmt.Println(err)
			return
		}
		src := inventory.Source{Name: filepath.Base(file)}
		if rest, ok := strings.CutPrefix(src.Name, "ExSetup_"); ok {
			src.Server = strings.TrimSuffix(rest, ".xml")
		}
		_, err = inv.Read(src, f)
		f.Close()
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	_, plan, fs := hybrid.Rerun(&inv, hybrid.Options{Date: version.Date{Year: 2026, Month: 12, Day: 5}})
	for _, s := range plan.Steps {
		if s.Observation == hybrid.ObservationObserved {
			fmt.Println(s.Action, s.ID)
		}
	}
	fmt.Println(plan.Tally())
	for _, f := range fs {
		if f.Code == hybrid.CodeNotObserved && strings.Contains(string(f.Path), "TransportServers") {
			fmt.Println(f.Code, f.Path)
		}
	}
	// Output:
	// Update upgrade/SOLO-E19A
	// Unchanged hybrid-configuration
	// Create hybrid-app/setting-override
	// Create mailflow/send
	// 2 to create, 1 to update, 1 unchanged, 17 not observed
	// hybrid/not-observed GetHybridConfiguration.xml: object 1: SendingTransportServers[0]
	// hybrid/not-observed GetHybridConfiguration.xml: object 1: ReceivingTransportServers[0]

}
