package exhybrid_test

import (
	"fmt"

	"github.com/exhybrid/exhybrid/version"
)

// Example tours the library with the build numbers of an Exchange 2007
// organization that adds Exchange 2013 servers for hybrid.
func Example() {
	on, _ := version.ParseDate("2014-03-01")
	for _, s := range []string{"8.03.0298.003", "15.0.712.24"} {
		b, err := version.ParseBuild(s)
		if err != nil {
			panic(err)
		}
		st := version.StatusOf(b, on)
		fmt.Printf("%s: %s, latest %s: %s\n", b, st.Level, st.Latest.Name, st.Currency)
	}
	// Output:
	// 8.3.298.3: Exchange Server 2007 SP3 Update Rollup 10, latest SP3 Update Rollup 13: Outdated
	// 15.0.712.24: Exchange Server 2013 CU2, latest SP1: Outdated
}
