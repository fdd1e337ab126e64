package clixmlgen

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBytes(t *testing.T) {
	const doc = "\uFEFF<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">" +
		`<Obj RefId="0"><S N="Name">EX1</S><S N="Fqdn">ex1.contoso.com</S><Obj N="Site" RefId="1"><TNRef RefId="0" /></Obj><Ref N="Again" RefId="1" /></Obj>` +
		"</Objs>"
	tests := []struct {
		name  string
		n     int
		names []string
		want  string
	}{
		{"none", 0, nil, `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"></Objs>`},
		{"renumbered", 2, []string{"EX1", "ex1"},
			`<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">` +
				`<Obj RefId="0"><S N="Name">EX1-0</S><S N="Fqdn">ex1-0.contoso.com</S><Obj N="Site" RefId="1"><TNRef RefId="0" /></Obj><Ref N="Again" RefId="1" /></Obj>` +
				`<Obj RefId="2"><S N="Name">EX1-1</S><S N="Fqdn">ex1-1.contoso.com</S><Obj N="Site" RefId="3"><TNRef RefId="0" /></Obj><Ref N="Again" RefId="3" /></Obj>` +
				`</Objs>`},
		{"names kept", 2, nil,
			`<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">` +
				`<Obj RefId="0"><S N="Name">EX1</S><S N="Fqdn">ex1.contoso.com</S><Obj N="Site" RefId="1"><TNRef RefId="0" /></Obj><Ref N="Again" RefId="1" /></Obj>` +
				`<Obj RefId="2"><S N="Name">EX1</S><S N="Fqdn">ex1.contoso.com</S><Obj N="Site" RefId="3"><TNRef RefId="0" /></Obj><Ref N="Again" RefId="3" /></Obj>` +
				`</Objs>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Bytes([]byte(doc), tt.n, tt.names...)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestNoEnvelope(t *testing.T) {
	for _, doc := range []string{"", "<Obj RefId=\"0\" />", "</Objs><Objs >"} {
		if _, err := Repeat([]byte(doc), 1); err == nil {
			t.Errorf("Repeat(%q): no error", doc)
		}
	}
}
