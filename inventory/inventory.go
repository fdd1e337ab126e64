package inventory

import (
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/clixml"
)

// Source names an export for [Inventory.Read].
type Source struct {
	// Name is the file's name as the user knows it ("GetSendConnector.xml"),
	// the start of every finding's path and of the error of a bad file.
	Name string
	// Server is the server the export was taken on, when the caller knows
	// it: a FileVersionInfo of ExSetup.exe says nothing of its server, so
	// its build joins the server named here, by name or FQDN. It may be
	// empty for exports of organization-wide cmdlets.
	Server string
	// Online says the export was taken in Exchange Online PowerShell. A
	// type that both sides have, such as OrganizationRelationship, is read
	// as the side this says; a type that only one side has is read as that
	// side's whatever this says.
	Online bool
}

// Inventory is what a set of Exchange exports holds, as typed values,
// merged across files: an object read from two files is one entry. Each
// list is sorted by its identity, so the order of the files changes
// nothing but which of two conflicting copies is kept (the first read).
// The zero Inventory is empty and ready to use. Read relies on the lists
// being sorted: read them freely, but change them only through Read.
//
// Its JSON form, with each object's [Origin], is what the organization
// file of package hybrid carries as the observed state.
type Inventory struct {
	Servers         []Server         `json:"servers,omitempty"`         // by Name, without regard to case
	FileVersions    []FileVersion    `json:"fileVersions,omitempty"`    // ExSetup builds, by Server
	AcceptedDomains []AcceptedDomain `json:"acceptedDomains,omitempty"` // by Name, without regard to case
	Certificates    []Certificate    `json:"certificates,omitempty"`    // by Thumbprint
	// SendConnectors are by Name, without regard to case.
	SendConnectors []SendConnector `json:"sendConnectors,omitempty"`
	// ReceiveConnectors are by Server and Name, without regard to case.
	ReceiveConnectors []ReceiveConnector `json:"receiveConnectors,omitempty"`
	// HybridConfigurations and OrganizationConfigs have at most one entry
	// each: an organization has one of each, and a second one read is a
	// copy or a conflict.
	HybridConfigurations []HybridConfiguration `json:"hybridConfigurations,omitempty"`
	OrganizationConfigs  []OrganizationConfig  `json:"organizationConfigs,omitempty"` // the on-premises Get-OrganizationConfig
	// WebServicesVirtualDirectories and OwaVirtualDirectories are by Server
	// and Name, without regard to case.
	WebServicesVirtualDirectories []WebServicesVirtualDirectory `json:"webServicesVirtualDirectories,omitempty"`
	OwaVirtualDirectories         []OwaVirtualDirectory         `json:"owaVirtualDirectories,omitempty"` // Get-OwaVirtualDirectory
	// MailboxServers are by Name, without regard to case.
	MailboxServers []MailboxServer `json:"mailboxServers,omitempty"`
	// OrganizationRelationships are the on-premises organization's, read
	// from exports of the Exchange Management Shell, by Name without regard
	// to case.
	OrganizationRelationships []OrganizationRelationship `json:"organizationRelationships,omitempty"`
	// FederationTrusts are by Name, without regard to case.
	FederationTrusts []FederationTrust `json:"federationTrusts,omitempty"`
	// FederatedOrganizationIdentifiers holds the on-premises organization's
	// identifier: one, or none when no export had it.
	FederatedOrganizationIdentifiers []FederatedOrganizationIdentifier `json:"federatedOrganizationIdentifiers,omitempty"`
	// EmailAddressPolicies and RemoteDomains are by Name, without regard to
	// case.
	EmailAddressPolicies []EmailAddressPolicy `json:"emailAddressPolicies,omitempty"`
	RemoteDomains        []RemoteDomain       `json:"remoteDomains,omitempty"` // Get-RemoteDomain
	// Online is what exports of Exchange Online PowerShell hold.
	Online ExchangeOnline `json:"online,omitzero"`
	// The OAuth objects, each list by Name without regard to case:
	// Get-AuthConfig (one per organization), Get-AuthServer,
	// Get-PartnerApplication, Get-SettingOverride and the on-premises
	// Get-IntraOrganizationConnector.
	AuthConfigs                 []AuthConfig                 `json:"authConfigs,omitempty"`
	AuthServers                 []AuthServer                 `json:"authServers,omitempty"`                 // Get-AuthServer
	PartnerApplications         []PartnerApplication         `json:"partnerApplications,omitempty"`         // Get-PartnerApplication
	SettingOverrides            []SettingOverride            `json:"settingOverrides,omitempty"`            // Get-SettingOverride
	IntraOrganizationConnectors []IntraOrganizationConnector `json:"intraOrganizationConnectors,omitempty"` // the on-premises Get-IntraOrganizationConnector
	// Unknown counts the objects of types not read, by TypeName.
	Unknown []TypeCount `json:"unknown,omitempty"`
	// Exported lists the cmdlets whose output was read, sorted by Name and
	// then Online, each once, so that an empty list of objects can be told
	// from a cmdlet not exported: an organization that never configured a
	// setting override exports an empty GetSettingOverride.xml, and "none"
	// is then a fact a rule may judge. See [Inventory.Read] for what counts.
	Exported []Cmdlet `json:"exported,omitempty"`
}

// TypeCount counts the top-level objects of one type that the inventory
// did not read.
type TypeCount struct {
	// TypeName is the object's most derived type name without the
	// "Deserialized." prefix, or the element name ("S", "I32") of a
	// top-level value that is not an object.
	TypeName string `json:"typeName"`
	Count    int    `json:"count"` // how many, over every file read
}

// Read reads one export, CLIXML as Export-Clixml writes it, and merges
// its objects into inv. It recognises each object by its type names (with
// or without the "Deserialized." prefix), whatever cmdlet wrote the file.
//
// The findings concern the objects: unknown types, missing or unreadable
// properties, conflicts with objects read before. Their paths name the
// file, the object's number, counting from 1, and the property:
// "GetExchangeServer.xml: object 1: AdminDisplayVersion".
//
// Read records in [Inventory.Exported] the cmdlets it read output of: the
// cmdlet of every kind of object the file held, and the cmdlet the file is
// named for, as the collection script names its files ("Get-SettingOverride"
// for GetSettingOverride.xml, ignoring case and any folder), even when the
// file holds no object: Export-Clixml writes an empty <Objs/> for an empty
// pipeline
// (https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-clixml),
// which is the cmdlet's answer "none". A name shared by both sides'
// cmdlets is taken as src.Online says. Any other file name says nothing.
//
// A file that is not well-formed CLIXML is an error, prefixed with the
// file's name and wrapping a [*clixml.Error] with its line and column.
// Read is all or nothing: after an error inv is as it was.
func (inv *Inventory) Read(src Source, r io.Reader) (exhybrid.Findings, error) {
	var next Inventory
	var fs exhybrid.Findings
	unknown := map[string]int{}
	d := clixml.NewDecoder(r)
	// PowerShell writes an object graph with a cycle as a Ref to an
	// enclosing object (a PSDriveInfo whose Provider lists the drive, in
	// HealthChecker's own export). The readers look up properties by name
	// and never walk a graph, so such a file is read, its object counted
	// as a type this package does not read, rather than refused.
	d.AllowCycles = true
	for n := 1; ; n++ {
		v, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%w", src.Name, err)
		}
		o := object{src: src, n: n, fs: &fs, obj: v.Object()}
		if k := kindOf(o.obj, src.Online); k != nil {
			o.cmdlet = k.cmdlet
			k.read(&next, o)
			next.Exported = append(next.Exported, k.command())
		} else {
			unknown[typeName(v)]++
		}
	}
	for _, t := range sortedKeys(unknown) {
		fs.Add(rules, exhybrid.Path(src.Name), CodeUnknownType, "",
			"%d %s of type %s, which this package does not read", unknown[t], objects(unknown[t]), t)
		next.Unknown = append(next.Unknown, TypeCount{TypeName: t, Count: unknown[t]})
	}
	if k := kindOfFile(src.Name, src.Online); k != nil {
		next.Exported = append(next.Exported, k.command())
	}
	inv.merge(&next, &fs)
	return fs, nil
}

// typeName names v's type for the count of unknown objects.
func typeName(v clixml.Value) string {
	obj := v.Object()
	if obj == nil || len(obj.TypeNames) == 0 {
		return v.Kind().String()
	}
	return strings.TrimPrefix(obj.TypeNames[0], "Deserialized.")
}

// merge adds next's objects to inv, one kind at a time in the order of
// kinds, each by its own identity, and joins the ExSetup builds to their
// servers.
func (inv *Inventory) merge(next *Inventory, fs *exhybrid.Findings) {
	for _, k := range kinds {
		k.merge(inv, next, fs)
	}
	for _, u := range next.Unknown {
		i, found := slices.BinarySearchFunc(inv.Unknown, u.TypeName, func(t TypeCount, name string) int {
			return strings.Compare(t.TypeName, name)
		})
		if found {
			inv.Unknown[i].Count += u.Count
		} else {
			inv.Unknown = slices.Insert(inv.Unknown, i, u)
		}
	}
	inv.Exported = slices.Concat(inv.Exported, next.Exported)
	slices.SortFunc(inv.Exported, Cmdlet.compare)
	inv.Exported = slices.Compact(inv.Exported)
	inv.join()
}

// Has reports whether the output of the cmdlet was read, even empty: a
// Cmdlets entry, such as {Name: "Get-SettingOverride"}.
func (inv *Inventory) Has(c Cmdlet) bool {
	_, found := slices.BinarySearchFunc(inv.Exported, c, Cmdlet.compare)
	return found
}

// entry is what every kind of object has for merging.
type entry interface {
	// key is the object's identity in its list: two objects of one key
	// are copies of one object.
	key() string
	// origin says where the object was read, for the finding of a conflict.
	origin() Origin
}

// sameValuer is implemented by the kinds whose copies compare otherwise
// than on all their values but the origin: a server is the same without
// its joined ExSetup build, a certificate always is (its thumbprint is its
// DER).
type sameValuer interface {
	same(other any) bool
}

// joiner is implemented by the kinds whose copies add to each other: a
// certificate exported from several servers is one certificate, on each.
type joiner[T any] interface {
	join(other T) T
}

// sameValues reports whether two copies of one object hold the same
// values, not counting where they were read: with the kind's own same
// method, or else all fields but From, which every kind has.
func sameValues[T entry](a, b T) bool {
	if s, ok := any(a).(sameValuer); ok {
		return s.same(b)
	}
	reflect.ValueOf(&a).Elem().FieldByName("From").SetZero()
	reflect.ValueOf(&b).Elem().FieldByName("From").SetZero()
	return reflect.DeepEqual(a, b)
}

// mergeBy adds the objects of add to have, both kept sorted by key; an
// object whose key is already there is dropped, with a conflict finding
// when its values differ. It sorts once, with each key computed once, so
// that reading n objects takes O(n log n), not one insertion each.
func mergeBy[T entry](have, add []T, fs *exhybrid.Findings) []T {
	if len(add) == 0 {
		return have
	}
	type keyed struct {
		key string
		v   T
	}
	all := make([]keyed, 0, len(have)+len(add))
	for _, x := range slices.Concat(have, add) {
		all = append(all, keyed{x.key(), x})
	}
	// Stable: of two copies, the one read first stays first and is kept.
	slices.SortStableFunc(all, func(a, b keyed) int { return strings.Compare(a.key, b.key) })
	out := make([]T, 0, len(all))
	for i := 0; i < len(all); {
		kept := all[i]
		out = append(out, kept.v)
		for i++; i < len(all) && all[i].key == kept.key; i++ {
			if j, ok := any(out[len(out)-1]).(joiner[T]); ok {
				out[len(out)-1] = j.join(all[i].v)
			}
			if !sameValues(kept.v, all[i].v) {
				fs.Add(rules, all[i].v.origin().Path(""), CodeConflict, "Export both files again at the same time",
					"the same object as %s, with different values; the first one read is kept", kept.v.origin().Path(""))
			}
		}
	}
	return out
}

// objects is "object" or "objects", as n asks.
func objects(n int) string {
	if n == 1 {
		return "object"
	}
	return "objects"
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// UnmarshalJSON reads the JSON form of an inventory, refusing unknown
// fields: an organization file is checked as strictly as the model beside
// it, and a misspelt key is an error rather than a value silently lost.
// The lists are sorted again, as [Inventory.Read] keeps them, so a hand
// edit that reorders them changes nothing; one that lists an object twice
// with different values is an error.
func (inv *Inventory) UnmarshalJSON(data []byte) error {
	type plain Inventory
	var v plain
	if err := decodeStrict(data, &v); err != nil {
		return err
	}
	var next Inventory
	var fs exhybrid.Findings
	next.merge((*Inventory)(&v), &fs)
	if len(fs) > 0 {
		return fmt.Errorf("inventory: %s: %s", fs[0].Path, fs[0].Message)
	}
	*inv = next
	return nil
}
