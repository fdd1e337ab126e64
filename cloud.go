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
type Cloud uint8

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

var cloudTable = &enum.Table[Cloud]{
	Pkg: "exhybrid", Type: "Cloud", Names: []string{"Unknown", "Worldwide", "GCCHigh", "DoD", "21Vianet"},
	Aliases: map[string]Cloud{
		"commercial": CloudWorldwide, "gcc": CloudWorldwide,
		"gcc high": CloudGCCHigh, "gcc-high": CloudGCCHigh,
		"china": Cloud21Vianet,
	},
	Err: ErrUnknownValue,
}

// String returns "Worldwide", "GCCHigh", "DoD" or "21Vianet".
func (c Cloud) String() string { return cloudTable.String(c) }

// IsValid reports whether c is one of the declared instances.
func (c Cloud) IsValid() bool { return cloudTable.Valid(c) }

// ParseCloud parses a cloud name without regard to case. Besides
// [Cloud.String] it accepts "Commercial" and "GCC" for Worldwide, "GCC High"
// for GCCHigh and "China" for 21Vianet.
func ParseCloud(s string) (Cloud, error) { return cloudTable.Parse(s) }

// MarshalText implements encoding.TextMarshaler.
func (c Cloud) MarshalText() ([]byte, error) { return cloudTable.MarshalText(c) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseCloud].
func (c *Cloud) UnmarshalText(text []byte) error { return cloudTable.UnmarshalText(c, text) }
