package inventory

import (
	"fmt"
	"net/netip"
	"strings"

	"github.com/exhybrid/exhybrid/clixml"
	"github.com/exhybrid/exhybrid/internal/guid"
)

// ExchangeOnline is what exports taken in Exchange Online PowerShell hold:
// the tenant's side of the hybrid. Its lists are sorted and merged like
// those of [Inventory].
//
// The type names of these objects come from Exchange's own classes, not
// from a real export (none is public); each reader's file cites its
// source. Objects that reach the client from Exchange Online PowerShell
// are deserialized ones, whose exported type names may carry the
// "Deserialized." prefix: [Inventory.Read] accepts them with or without
// it.
type ExchangeOnline struct {
	// InboundConnectors are by Name, without regard to case.
	InboundConnectors []InboundConnector `json:"inboundConnectors,omitempty"`
	// OutboundConnectors are by Name, without regard to case.
	OutboundConnectors []OutboundConnector `json:"outboundConnectors,omitempty"`
	// OnPremisesOrganizations are by Name, without regard to case: the
	// tenant's record of each on-premises organization in the hybrid.
	OnPremisesOrganizations []OnPremisesOrganization `json:"onPremisesOrganizations,omitempty"`
	// OrganizationConfigs are by Name, without regard to case: one per
	// tenant.
	OrganizationConfigs []OnlineOrganizationConfig `json:"organizationConfigs,omitempty"`
	// OrganizationRelationships are by Name, without regard to case: the
	// tenant's side of the relationships, the wizard's "O365 to On-premises
	// - <GUID>".
	OrganizationRelationships []OrganizationRelationship `json:"organizationRelationships,omitempty"`
	// IntraOrganizationConnectors are by Name, without regard to case: the
	// tenant's side of OAuth, the wizard's "HybridIOC - <GUID>".
	IntraOrganizationConnectors []IntraOrganizationConnector `json:"intraOrganizationConnectors,omitempty"`
}

// optionalBool returns the value of the nullable Boolean property name:
// nil when it is absent or null, which for a setting such as EwsEnabled
// means "not configured", not false. Any other value is nil with a
// field-invalid finding.
func (o object) optionalBool(name string) *bool {
	v, ok := o.obj.Prop(name)
	if !ok || v.IsNil() {
		return nil
	}
	b, ok := v.Bool()
	if !ok {
		o.invalid(name, "", fmt.Errorf("a %s, not a Boolean", v.Kind()))
		return nil
	}
	return &b
}

// boolOr returns the value of the Boolean property name, which every
// object of its kind has. Absent or null, it is def, the cmdlet's default,
// with a field-missing finding: a connector's Enabled must not look
// switched off, nor an Outbound connector's UseMXRecord look like smart
// host routing, because an export left them out.
func (o object) boolOr(name, fix string, def bool) bool {
	v, ok := o.obj.Prop(name)
	if !ok || v.IsNil() {
		o.missing(name, fix)
		return def
	}
	return o.boolean(name)
}

// enumText returns the name of the enum property name, canonical among
// names, or "" when it is absent or null. A name that is not one of names
// is "" with a field-invalid finding.
func (o object) enumText(name string, names []string) string {
	s := o.text(name)
	if s == "" {
		return ""
	}
	c := canonical(s, names)
	if c == "" {
		o.invalid(name, "", fmt.Errorf("%q is not one of %s", s, strings.Join(names, ", ")))
	}
	return c
}

// ipRanges returns the items of the IPRange list property name as
// written. The cmdlet reference documents a single address ("192.0.2.25")
// and a CIDR prefix ("192.0.2.0/24")
// (https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector,
// SenderIPAddresses); an IPRange can also hold a range, which Exchange
// writes "lo-hi" (RemoteIPRanges "0.0.0.0-255.255.255.255" in
// testdata/unit/GetReceiveConnector.xml), so that form is accepted too. An item that
// is none of these is dropped with a field-invalid finding.
func (o object) ipRanges(name string) []string {
	var out []string
	for i, s := range o.list(name) {
		if err := checkIPRange(s); err != nil {
			o.invalid(fmt.Sprintf("%s[%d]", name, i), "", err)
			continue
		}
		out = append(out, s)
	}
	return out
}

func checkIPRange(s string) error {
	if lo, hi, ok := strings.Cut(s, "-"); ok {
		a, errA := netip.ParseAddr(lo)
		b, errB := netip.ParseAddr(hi)
		if errA != nil || errB != nil || a.Is4() != b.Is4() || b.Less(a) {
			return fmt.Errorf("%q is not a range of addresses from the lower to the upper", s)
		}
		return nil
	}
	if strings.Contains(s, "/") {
		if _, err := netip.ParsePrefix(s); err != nil {
			return fmt.Errorf("%q is not a CIDR prefix", s)
		}
		return nil
	}
	if _, err := netip.ParseAddr(s); err != nil {
		return fmt.Errorf("%q is not an IP address, a CIDR prefix or a range", s)
	}
	return nil
}

// appIDs returns the application IDs of the property name, lower case.
// Third-party scripts that read EwsAllowedAppIDs join its items and split
// them at commas again, reporting a list of one comma-joined string rather
// than one item per ID (unconfirmed by Microsoft's reference); reading
// both forms costs nothing, so a list or a plain string is read and every
// item is split at commas. An ID that is not a GUID is dropped with a
// field-invalid finding whose index counts the IDs after the split;
// absent, null or empty is an empty list.
func (o object) appIDs(name string) []string {
	v, ok := o.obj.Prop(name)
	if !ok || v.IsNil() {
		return nil
	}
	var items []string
	if v.Kind() == clixml.String {
		items = []string{v.Text()}
	} else {
		items = o.list(name)
	}
	var out []string
	n := 0
	for _, item := range items {
		for _, id := range strings.Split(item, ",") {
			id = strings.TrimSpace(id)
			if id == "" {
				continue
			}
			if !guid.Valid(id) {
				o.invalid(fmt.Sprintf("%s[%d]", name, n), "Give each application by its Entra ID application (client) ID, a GUID",
					fmt.Errorf("%q is not a GUID", id))
			} else {
				out = append(out, strings.ToLower(id))
			}
			n++
		}
	}
	return out
}
