package inventory_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/exhybrid/exhybrid/inventory"
	"github.com/exhybrid/exhybrid/transport"
)

// BenchmarkMerge reads inventories of n Receive connectors, listed in
// reverse order of their identity, from their JSON form: every object
// goes through the merge that Read uses too, which must not grow faster
// than n log n.
func BenchmarkMerge(b *testing.B) {
	for _, n := range []int{2_000, 8_000, 32_000} {
		var inv inventory.Inventory
		for i := range n {
			inv.ReceiveConnectors = append(inv.ReceiveConnectors, inventory.ReceiveConnector{
				ReceiveConnector: transport.ReceiveConnector{Server: fmt.Sprintf("EX%05d", i), Name: "Default Frontend"},
				From:             inventory.Origin{File: "GetReceiveConnector.xml", Object: i + 1},
			})
		}
		slices.Reverse(inv.ReceiveConnectors)
		data, err := json.Marshal(&inv)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var back inventory.Inventory
				if err := json.Unmarshal(data, &back); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
