package inventory

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/exhybrid/exhybrid/clixml"
	"github.com/exhybrid/exhybrid/transport"
)

// The type names this file reads.
const (
	typeSendConnector    = "Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig"
	typeReceiveConnector = "Microsoft.Exchange.Data.Directory.SystemConfiguration.ReceiveConnector"
)

// SendConnector is one Send connector as Get-SendConnector shows it, in
// the transport package's terms, so that the rules on a desired connector
// run on an exported one unchanged. A send connector belongs to the
// organization, not to a server, and is identified by its name.
type SendConnector struct {
	transport.SendConnector
	// Enabled is false for a connector switched off, which sends nothing.
	// An export without the property is read as enabled, Exchange's
	// default (New-SendConnector -Enabled,
	// https://learn.microsoft.com/powershell/module/exchange/new-sendconnector),
	// with a field-missing finding; so is JSON without "enabled", such as
	// an organization file written before the field was read.
	Enabled bool   `json:"enabled"`
	From    Origin `json:"from"` // the export file and object it was read from
}

// UnmarshalJSON reads a Send connector, enabled unless "enabled" says
// otherwise, refusing unknown keys as [Inventory.UnmarshalJSON] does.
func (c *SendConnector) UnmarshalJSON(data []byte) error {
	type plain SendConnector // without this method, which decoding would call again
	return decodeEnabled(data, (*plain)(c), func(p *plain) { p.Enabled = true })
}

// decodeEnabled decodes data into *c, a connector whose Enabled is true
// unless data says otherwise (enable sets it first), refusing unknown keys
// as [Inventory.UnmarshalJSON] does. *c is left as it was on an error.
func decodeEnabled[T any](data []byte, c *T, enable func(*T)) error {
	var v T
	enable(&v)
	if err := decodeStrict(data, &v); err != nil {
		return err
	}
	*c = v
	return nil
}

// decodeStrict decodes data into v, refusing unknown keys: an
// organization file is checked as strictly as the model beside it.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

func (c SendConnector) key() string    { return strings.ToLower(c.Name) }
func (c SendConnector) origin() Origin { return c.From }

// ReceiveConnector is one Receive connector as Get-ReceiveConnector shows
// it, in the transport package's terms. It is identified by its server and
// name, as its Identity "SERVER\Default Frontend SERVER" is.
type ReceiveConnector struct {
	transport.ReceiveConnector
	// Enabled is false for a connector switched off, which accepts no mail;
	// missing, it is read as enabled, Exchange's default, as for
	// [SendConnector]
	// (https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector).
	Enabled bool   `json:"enabled"`
	From    Origin `json:"from"` // the export file and object it was read from
}

// UnmarshalJSON reads a Receive connector, enabled unless "enabled" says
// otherwise, refusing unknown keys.
func (c *ReceiveConnector) UnmarshalJSON(data []byte) error {
	type plain ReceiveConnector // without this method, which decoding would call again
	return decodeEnabled(data, (*plain)(c), func(p *plain) { p.Enabled = true })
}

func (c ReceiveConnector) key() string    { return strings.ToLower(c.Server + `\` + c.Name) }
func (c ReceiveConnector) origin() Origin { return c.From }

// readSendConnector reads a Get-SendConnector object. One without a Name is
// skipped; an address space, TLS level or certificate name that cannot be
// parsed is dropped with its finding.
func readSendConnector(o object, name string) (SendConnector, bool) {
	c := transport.SendConnector{
		Name:                     name,
		SourceTransportServers:   o.list("SourceTransportServers"),
		DNSRoutingEnabled:        o.boolean("DNSRoutingEnabled"),
		SmartHosts:               o.list("SmartHosts"),
		RequireTLS:               o.boolean("RequireTLS"),
		IgnoreSTARTTLS:           o.boolean("IgnoreSTARTTLS"),
		TLSDomain:                o.text("TlsDomain"),
		FQDN:                     o.text("Fqdn"),
		CloudServicesMailEnabled: o.boolean("CloudServicesMailEnabled"),
		TLSCertificateName:       o.certificateName("TlsCertificateName"),
	}
	for i, s := range o.list("AddressSpaces") {
		a, err := transport.ParseAddressSpace(s)
		if err != nil {
			o.invalid(fmt.Sprintf("AddressSpaces[%d]", i), "", err)
			continue
		}
		c.AddressSpaces = append(c.AddressSpaces, a)
	}
	c.TLSAuthLevel = parsed(o, "TlsAuthLevel", transport.ParseTLSAuthLevel)
	return SendConnector{SendConnector: c, Enabled: o.enabled(), From: o.origin()}, true
}

// enabled reads a connector's Enabled: missing or null, it is true, the
// default of New-SendConnector, New-ReceiveConnector, New-InboundConnector
// and New-OutboundConnector
// (https://learn.microsoft.com/powershell/module/exchange/new-inboundconnector,
// https://learn.microsoft.com/powershell/module/exchange/new-outboundconnector),
// with a field-missing finding naming the cmdlet to export again.
func (o object) enabled() bool { return o.boolOr("Enabled", o.exportAll(), true) }

// readReceiveConnector reads a Get-ReceiveConnector object. One without a
// Server or Name is skipped.
func readReceiveConnector(o object) (ReceiveConnector, bool) {
	server, ok := o.required("Server", o.exportAll())
	if !ok {
		return ReceiveConnector{}, false
	}
	name, ok := o.required("Name", o.exportAll())
	if !ok {
		return ReceiveConnector{}, false
	}
	c := transport.ReceiveConnector{Server: server, Name: name, TLSCertificateName: o.certificateName("TlsCertificateName")}
	c.TransportRole = parsed(o, "TransportRole", transport.ParseTransportRole)
	for i, s := range o.list("TlsDomainCapabilities") {
		d, err := transport.ParseTLSDomainCapability(s)
		if err != nil {
			o.invalid(fmt.Sprintf("TlsDomainCapabilities[%d]", i), "", err)
			continue
		}
		c.TLSDomainCapabilities = append(c.TLSDomainCapabilities, d)
	}
	return ReceiveConnector{ReceiveConnector: c, Enabled: o.enabled(), From: o.origin()}, true
}

// certificateName parses the SmtpX509Identifier property name from its
// ToString "<I>issuer<S>subject"; null or absent is the zero name.
func (o object) certificateName(name string) transport.CertificateName {
	s := o.text(name)
	if s == "" {
		return transport.CertificateName{}
	}
	n, err := transport.ParseCertificateName(s)
	if err != nil {
		o.invalid(name, "Set the connector's TlsCertificateName to \"<I>issuer<S>subject\"", err)
	}
	return n
}

// list returns the items of the multi-valued property name as text: each
// item's ToString, or a string's value. Exchange writes a multi-valued
// property as an object holding an LST, and an empty one as an empty LST;
// null or absent is an empty list. An item without text is reported.
func (o object) list(name string) []string {
	v, ok := o.obj.Prop(name)
	lst := v.Object()
	if !ok || lst == nil {
		if ok && !v.IsNil() {
			o.invalid(name, "", fmt.Errorf("a %s, not a list", v.Kind()))
		}
		return nil
	}
	if lst.Container != clixml.List && lst.Container != clixml.Enumerable {
		o.invalid(name, "", fmt.Errorf("an object without a list"))
		return nil
	}
	var out []string
	for i, item := range lst.Items {
		s := item.Text()
		if obj := item.Object(); obj != nil {
			s = obj.ToString
		}
		if s == "" {
			o.missing(fmt.Sprintf("%s[%d]", name, i), "")
			continue
		}
		out = append(out, s)
	}
	return out
}
