package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The documents the tests decode: every kind of Go type Decode fills, in
// the shapes of a configuration file.

type testDoc struct {
	Name          string         `json:"name"`
	Tenant        string         `json:"tenant,omitempty"`
	Servers       []testServer   `json:"servers"`
	HybridDomains []string       `json:"hybridDomains"`
	Certificate   testCert       `json:"certificate"`
	Namespaces    testNamespaces `json:"namespaces,omitzero"`
	Sites         []testSite     `json:"sites,omitempty"`
	Notes         string         // no tag: the JSON name is the Go name
	Observed      *testObserved  `json:"observed,omitempty"`
}

// testObserved reads its own JSON, refusing unknown fields, as
// inventory.Inventory does.
type testObserved struct {
	Count int `json:"count"`
}

func (o *testObserved) UnmarshalJSON(data []byte) error {
	type plain testObserved
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode((*plain)(o))
}

type testServer struct {
	Name  string `json:"name"`
	Build dotted `json:"build"`
	FQDN  string `json:"fqdn,omitempty"`
	Roles string `json:"roles,omitempty"`
}

type testCert struct {
	Names      []string `json:"names"`
	Thumbprint string   `json:"thumbprint,omitempty"`
}

type testNamespaces struct {
	Mail string `json:"mail,omitempty"`
}

type testSite struct {
	Name           string `json:"name"`
	InternetFacing bool   `json:"internetFacing"`
}

// dotted is a text type: two numbers separated by a dot, such as "15.2".
type dotted struct{ Major, Minor uint16 }

var errDotted = errors.New("want two numbers separated by a dot")

// UnmarshalText returns a two-line error, which Error puts on one line.
func (d *dotted) UnmarshalText(b []byte) error {
	a, c, ok := strings.Cut(string(b), ".")
	major, err1 := strconv.ParseUint(a, 10, 16)
	minor, err2 := strconv.ParseUint(c, 10, 16)
	if !ok || err1 != nil || err2 != nil {
		return errors.Join(fmt.Errorf("invalid dotted %q", b), errDotted)
	}
	*d = dotted{uint16(major), uint16(minor)}
	return nil
}

func (d dotted) MarshalText() ([]byte, error) {
	return fmt.Appendf(nil, "%d.%d", d.Major, d.Minor), nil
}
