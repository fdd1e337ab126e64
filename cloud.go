package exhybrid

import "github.com/exhybrid/exhybrid/internal/enum"

// Cloud is the Microsoft 365 cloud instance a tenant lives in. Endpoints,
// TLS domains and federation values differ between instances; each package
// maps a Cloud to its own values and cites them, and leaves out what no
// source gives. The zero Cloud is [CloudUnknown] and is not valid.
//
// Only the worldwide cloud is modelled end to end: [Tenant] accepts only
// the worldwide initial domain (.onmicrosoft.com), and the hybrid package
// reports other clouds as not modelled.
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in the package
// documentation.
type Cloud = enum.Value[cloudTag]

// The cloud instances. Exchange hybrid names the 21Vianet instance with
// ServiceInstance 1 on the HybridConfiguration object
// (https://learn.microsoft.com/powershell/module/exchange/set-hybridconfiguration).
const (
	CloudUnknown   Cloud = iota // invalid
	CloudWorldwide              // the commercial cloud, also used by GCC
	CloudGCCHigh                // Office 365 U.S. Government GCC High
	CloudDoD                    // Office 365 U.S. Government DoD
	Cloud21Vianet               // Office 365 operated by 21Vianet in China
)

var cloudTable = &enum.Table{
	Pkg: "exhybrid", Type: "Cloud", Names: []string{"Unknown", "Worldwide", "GCCHigh", "DoD", "21Vianet"},
	Aliases: map[string]string{
		"commercial": "Worldwide", "gcc": "Worldwide",
		"gcc high": "GCCHigh", "gcc-high": "GCCHigh",
		"china": "21Vianet",
	},
	Err: ErrUnknownValue,
}

// ParseCloud parses a cloud name without regard to case. Besides
// the names ("Worldwide", "GCCHigh", "DoD", "21Vianet") it accepts "Commercial" and "GCC" for Worldwide, "GCC High"
// for GCCHigh and "China" for 21Vianet.
func ParseCloud(s string) (Cloud, error) { return enum.Parse[cloudTag](s) }

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	cloudTag struct{}
)

func (cloudTag) Enum() *enum.Table { return cloudTable }
