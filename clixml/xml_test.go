package clixml

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestXMLForms reads the XML forms a hand-edited or foreign file may use,
// which Export-Clixml does not write: each must read as the plain form.
func TestXMLForms(t *testing.T) {
	plain := doc(`<Obj RefId="0"><MS><S N="a b">x` + "\n" + `y</S><S N="q">&lt;&amp;"'</S></MS></Obj>`)
	want, err := ReadAll(strings.NewReader(plain))
	require.NoError(t, err)
	for name, in := range map[string]string{
		"declaration, comments, PIs": `<?xml version="1.0" encoding="utf-8"?>` + "\n<!-- exported -->\n" +
			`<Objs Version="1.1.0.1" xmlns="` + Namespace + `"><?pi x?><!-- a --><Obj RefId="0"><!-- b --><MS>` +
			`<S N="a b">x<!-- c -->` + "\r\n" + `y</S><S N="q">&lt;&amp;"'</S></MS></Obj></Objs><!-- end -->` + "\n",
		"single quotes, spaces, tab in a name": `<Objs Version='1.1.0.1' xmlns = '` + Namespace + `' ><Obj RefId='0' ><MS >` +
			"<S N='a\tb'>x\ry</S><S N=\"q\">&#60;&#x26;&quot;&apos;</S></MS></Obj></Objs>",
		"CDATA": doc(`<Obj RefId="0"><MS><S N="a b"><![CDATA[x` + "\r\n" + `y]]></S><S N="q"><![CDATA[<&"']]></S></MS></Obj>`),
	} {
		got, err := ReadAll(strings.NewReader(in))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d values, want %d", name, len(got), len(want))
			continue
		}
		if diff := diffValues(want[0], got[0]); diff != "" {
			t.Errorf("%s: %s", name, diff)
		}
	}
}

// TestChunkedReads reads every test input one byte at a time and in odd
// chunks: buffer boundaries must not change values or positions.
func TestChunkedReads(t *testing.T) {
	inputs := map[string][]byte{}
	files, _ := filepath.Glob("testdata/*.xml")
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		inputs[filepath.Base(f)] = data
	}
	for _, tc := range badCases(t) {
		inputs["bad: "+tc.name] = tc.in
	}
	read := func(r io.Reader) ([]Value, error) {
		d := NewDecoder(r)
		d.AllowCycles = true
		return d.readAll()
	}
	for name, data := range inputs {
		want, wantErr := read(bytes.NewReader(data))
		for how, r := range map[string]io.Reader{
			"one byte": iotest.OneByteReader(bytes.NewReader(data)),
			"halves":   iotest.HalfReader(bytes.NewReader(data)),
		} {
			got, err := read(r)
			var e, we *Error
			errors.As(err, &e)
			errors.As(wantErr, &we)
			if (err == nil) != (wantErr == nil) || (e != nil) != (we != nil) || (e != nil && (e.Pos != we.Pos || e.Kind != we.Kind)) {
				t.Errorf("%s, %s: err %v, want %v", name, how, err, wantErr)
				continue
			}
			for i := range want {
				if diff := diffValues(want[i], got[i]); diff != "" {
					t.Errorf("%s, %s: %s", name, how, diff)
				}
			}
		}
	}
}

// TestEncoderErrors: values that have no CLIXML form are ErrValue errors.
func TestEncoderErrors(t *testing.T) {
	for name, v := range map[string]Value{
		"zero Value":          {},
		"string not UTF-8":    ObjectValue(&Object{ToString: "\xff", HasToString: true}),
		"Obj without object":  {kind: Obj},
		"PR without fields":   {kind: ProgressRecord, obj: &Object{}},
		"member set alone":    {kind: MemberSet, obj: &Object{}},
		"kind past the last":  {kind: MemberSet + 1},
		"nested zero in list": ObjectValue(&Object{Container: List, Items: []Value{{}}}),
	} {
		if err := NewEncoder(&bytes.Buffer{}).Encode(v); !errors.Is(err, ErrValue) {
			t.Errorf("%s: %v, want ErrValue", name, err)
		}
	}
	var buf bytes.Buffer
	enc := NewEncoder(&buf)
	require.NoError(t, enc.Close())
	if buf.String() != envelope+"</Objs>\n" {
		t.Errorf("an empty document is %q", buf.String())
	}
	if vs, err := ReadAll(&buf); err != nil || len(vs) != 0 {
		t.Errorf("reading an empty document: %v, %v", vs, err)
	}
	if err := enc.Encode(NilValue()); err == nil {
		t.Errorf("Encode after Close succeeded")
	}
}

// TestMarshalJSON: a Value works with encoding/json.
func TestMarshalJSON(t *testing.T) {
	s, _ := Parse(String, "a")
	b, _ := Parse(Bool, "true")
	got, err := json.Marshal(map[string]Value{"s": s, "b": b, "n": NilValue()})
	require.NoError(t, err)
	if diff := cmp.Diff(`{"b":true,"n":null,"s":"a"}`, string(got)); diff != "" {
		t.Error(diff)
	}
	if x, ok := b.Bool(); !x || !ok || !NilValue().IsNil() || s.IsNil() {
		t.Errorf("Bool or IsNil wrong")
	}
	// Another kind is not a Boolean, whatever its bits: <I32>1</I32> is
	// not true.
	if one, _ := Parse(Int32, "1"); one.Kind() != Int32 {
		t.Fatalf("Parse(Int32, 1) = %v", one.Kind())
	} else if x, ok := one.Bool(); x || ok {
		t.Errorf("Bool of an I32 1 = %v, %v; want false, false", x, ok)
	}
}
