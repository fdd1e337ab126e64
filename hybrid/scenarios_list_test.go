package hybrid

import "testing"

// TestScenarios runs the organizations of the source material and DOMAIN.md
// through Plan and Validate, matching every finding by path, code and
// severity, and the plan's steps by ID, in order.
func TestScenarios(t *testing.T) { runScenarios(t, scenarios) }

// scenarios are the organizations of the source material and DOMAIN.md,
// judged on day; every finding and step they must give is in their golden
// files.
var scenarios = []scenario{
	{name: "the 2007 organization with two 2013 hybrid servers", org: seed},
	{name: "the 2007 organization with one 2013 hybrid server", org: seedOneServer},
	{name: "a 2007 server at SP3 RU9", org: seedRU9},
	{name: "a 2013 RTM hybrid server", org: seed2013RTM},
	{name: "an Edge server sharing roles", org: seedEdgeSharingRoles},
	{name: "a 2010 organization", org: org2010},
	{name: "a 2016 organization with 2019 hybrid servers", org: org2016And2019},
	{name: "an SE organization", org: orgSE},
	{name: "a minimal hybrid", org: orgMinimal},
	{name: "the 2007 organization before Exchange 2013, at SP2", org: seed2007Only},
	{name: "a modern full hybrid", org: orgModern},
	{name: "an express migration", org: orgExpress},
	{name: "Edge servers, one behind and one not subscribed", org: orgEdges},
}
