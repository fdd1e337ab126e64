package clixml

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"testing"
)

// FuzzDecoder checks that the reader never panics, that every error is an
// *Error of one kind (or the reader's own), that AppendJSON writes valid
// JSON, and that read → canonical write → read gives the same values.
func FuzzDecoder(f *testing.F) {
	for _, name := range []string{"E19CU11AdminDisplayVersion.xml", "ExSetup.xml"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, tc := range badCases(&testing.T{}) {
		if len(tc.in) < 4096 {
			f.Add(tc.in)
		}
	}
	f.Add([]byte(doc(`<Obj RefId="0"><TN RefId="0"><T>T</T></TN><DCT><En><S N="Key">k</S><Ref N="Value" RefId="0"/></En></DCT></Obj>`)))
	f.Add([]byte(doc(`<PR><AV>a</AV><AI>1</AI><S>op</S><PI>-1</PI><PC>5</PC><T>Completed</T><SR>0</SR><SD>s</SD></PR><Obj><MS><MS N="x"><S N="y">_xD83D__xDE00_</S></MS></MS></Obj>`)))
	kinds := []error{ErrEncoding, ErrSyntax, ErrTruncated, ErrStructure, ErrValue, ErrRef, ErrCycle, ErrLimit}
	f.Fuzz(func(t *testing.T, in []byte) {
		setup := func(d *Decoder) {
			d.Limits = Limits{MaxDepth: 64, MaxValues: 10_000, MaxValueBytes: 1 << 16, MaxRetained: 1000}
			d.AllowCycles = true
			d.KeepSerializationData = true
		}
		d := NewDecoder(bytes.NewReader(in))
		setup(d)
		var vs []Value
		for {
			v, err := d.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("error %v is not an *Error", err)
				}
				n := 0
				for _, k := range kinds {
					if errors.Is(err, k) {
						n++
					}
				}
				if n != 1 {
					t.Fatalf("error %v has %d kinds", err, n)
				}
				return
			}
			if j, err := v.AppendJSON(nil); err == nil && !json.Valid(j) {
				t.Fatalf("invalid JSON %s", j)
			} else if err != nil && !errors.Is(err, ErrCycle) {
				t.Fatalf("AppendJSON: %v", err)
			}
			vs = append(vs, v)
		}
		roundTrip(t, vs, setup)
	})
}
