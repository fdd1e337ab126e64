package exhybrid

import (
	"errors"
	"strconv"
	"strings"
)

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

	cloudCount = iota
)

var cloudNames = [cloudCount]string{"Unknown", "Worldwide", "GCCHigh", "DoD", "21Vianet"}

// String returns "Worldwide", "GCCHigh", "DoD" or "21Vianet".
func (c Cloud) String() string {
	if c < cloudCount {
		return cloudNames[c]
	}
	return "Cloud(" + strconv.Itoa(int(c)) + ")"
}

// IsValid reports whether c is one of the declared instances.
func (c Cloud) IsValid() bool { return c > CloudUnknown && c < cloudCount }

// ErrCloud is wrapped by the error of [ParseCloud].
var ErrCloud = errors.New("unknown cloud instance, want Worldwide, GCCHigh, DoD or 21Vianet")

// ParseCloud parses a cloud name without regard to case. Besides
// [Cloud.String] it accepts "Commercial" and "GCC" for Worldwide, "GCC High"
// for GCCHigh and "China" for 21Vianet.
func ParseCloud(s string) (Cloud, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "worldwide", "commercial", "gcc":
		return CloudWorldwide, nil
	case "gcchigh", "gcc high", "gcc-high":
		return CloudGCCHigh, nil
	case "dod":
		return CloudDoD, nil
	case "21vianet", "china":
		return Cloud21Vianet, nil
	}
	return CloudUnknown, &ValueError{Type: "cloud", Input: s, Err: ErrCloud}
}

// MarshalText implements encoding.TextMarshaler.
func (c Cloud) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, ErrCloud
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseCloud].
func (c *Cloud) UnmarshalText(text []byte) error {
	v, err := ParseCloud(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
