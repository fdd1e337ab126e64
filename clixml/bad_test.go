package clixml

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf16"
)

// doc wraps the top-level elements in the <Objs> envelope, on line 1.
func doc(body string) string {
	return `<Objs Version="1.1.0.1" xmlns="` + Namespace + `">` + body + `</Objs>`
}

// utf16LE encodes s as UTF-16LE with a byte order mark; units replace the
// code units of s from index at.
func utf16LE(s string, be bool) []byte {
	var b []byte
	if be {
		b = []byte{0xFE, 0xFF}
	} else {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if be {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// nested returns n <Obj> elements, each the base value of the one around it.
func nested(n int) string {
	return strings.Repeat("<Obj>", n) + strings.Repeat("</Obj>", n)
}

// laughs returns objects that each hold two Refs to the one before: n
// levels repeat 2^n values.
func laughs(n int) string {
	var b strings.Builder
	b.WriteString(`<Obj RefId="0"><S>lol</S></Obj>`)
	b.WriteString(`<Obj RefId="x"><LST>`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `<Obj RefId="%d"><LST><Ref RefId="%d"/><Ref RefId="%d"/></LST></Obj>`, i, i-1, i-1)
	}
	b.WriteString(`</LST></Obj>`)
	return b.String()
}

type badCase struct {
	name  string
	in    []byte
	lim   Limits
	kind  error
	pos   Pos // checked when not zero
	after int // values read before the error
}

func badCases(t *testing.T) []badCase {
	conn, err := os.ReadFile("testdata/GetSendConnector.xml")
	if err != nil {
		t.Fatal(err)
	}
	s := func(x string) []byte { return []byte(x) }
	head := strings.TrimSuffix(doc(""), "</Objs>")
	loneUTF16 := append(utf16LE(head+`<S>a`, false), 0x00, 0xD8) // U+D800 alone
	loneUTF16 = append(loneUTF16, utf16LE(`b</S>`+`</Objs>`, false)[2:]...)
	return []badCase{
		// The bad inputs of issue 16.
		{name: "nesting 200000 deep", in: s(doc(nested(200_000))), kind: ErrLimit, pos: Pos{1, 81 + 5*255}},
		{name: "truncated", in: conn[:len(conn)/2], kind: ErrTruncated},
		{name: "Ref to an unknown id", in: s(doc(`<Obj RefId="0"><MS><Ref N="x" RefId="7"/></MS></Obj>`)), kind: ErrRef, pos: Pos{1, 100}},
		{name: "Ref to a later id", in: s(doc(`<Ref RefId="1"/><Obj RefId="1"/>`)), kind: ErrRef, pos: Pos{1, 81}},
		{name: "Ref cycle", in: s(doc(`<Obj RefId="0"><MS><Obj N="a" RefId="1"><LST><Ref RefId="0"/></LST></Obj></MS></Obj>`)), kind: ErrCycle, pos: Pos{1, 126}},
		{name: "Ref to itself", in: s(doc(`<Obj RefId="0"><MS><Ref N="me" RefId="0"/></MS></Obj>`)), kind: ErrCycle},
		{name: "lone UTF-16 surrogate in the file", in: loneUTF16, kind: ErrEncoding, pos: Pos{1, 85}},
		{name: "lone surrogate escape", in: s(doc(`<S>_xD800_x</S>`)), kind: ErrValue, pos: Pos{1, 81}},
		{name: "low surrogate escape first", in: s(doc(`<S>_xDC00__xD800_</S>`)), kind: ErrValue},
		{name: "UTF-16LE mark on UTF-8 text", in: append([]byte{0xFF, 0xFE}, doc("")...), kind: ErrEncoding, pos: Pos{1, 1}},
		{name: "UTF-16BE mark on UTF-16LE text", in: append([]byte{0xFE, 0xFF}, utf16LE(doc(""), false)[2:]...), kind: ErrEncoding},
		{name: "UTF-8 mark on UTF-16LE text", in: append([]byte{0xEF, 0xBB, 0xBF}, utf16LE(doc(""), false)[2:]...), kind: ErrEncoding},
		{name: "UTF-16 without a mark", in: utf16LE(doc(""), false)[2:], kind: ErrEncoding},
		{name: "Latin-1 byte", in: s(doc("<S>caf\xe9</S>")), kind: ErrEncoding},
		{name: "control character", in: s(doc("<S>a\x01</S>")), kind: ErrEncoding, pos: Pos{1, 85}},
		{name: "UTF-16 odd length", in: append(utf16LE(doc(""), false), '<'), kind: ErrEncoding},

		// XML.
		{name: "empty input", in: nil, kind: ErrTruncated, pos: Pos{1, 1}},
		{name: "mismatched end tag", in: s(doc(`<S>a</B>`)), kind: ErrSyntax, pos: Pos{1, 85}},
		{name: "unknown entity", in: s(doc(`<S>&nbsp;</S>`)), kind: ErrSyntax},
		{name: "bad character reference", in: s(doc(`<S>&#0;</S>`)), kind: ErrSyntax},
		{name: "unquoted attribute", in: s(doc(`<S N=a>x</S>`)), kind: ErrSyntax},
		{name: "attribute twice", in: s(doc(`<S N="a" N="b">x</S>`)), kind: ErrSyntax},
		{name: "DOCTYPE", in: s(`<!DOCTYPE x [<!ENTITY a "b">]>` + doc("")), kind: ErrSyntax},
		{name: "content after Objs", in: s(doc("") + "<Objs/>"), kind: ErrSyntax},
		{name: "two roots", in: s(doc("") + "x"), kind: ErrSyntax},
		{name: "text before the root", in: s("x" + doc("")), kind: ErrSyntax},

		// CLIXML.
		{name: "wrong root", in: s(`<Obj xmlns="` + Namespace + `"/>`), kind: ErrStructure},
		{name: "no namespace", in: s(`<Objs Version="1.1.0.1"></Objs>`), kind: ErrStructure},
		{name: "unknown element", in: s(doc(`<Obj><Foo/></Obj>`)), kind: ErrStructure, pos: Pos{1, 86}},
		{name: "prefixed element", in: s(doc(`<ps:S xmlns:ps="x">a</ps:S>`)), kind: ErrStructure},
		{name: "property without a name", in: s(doc(`<Obj><Props><S>a</S></Props></Obj>`)), kind: ErrStructure},
		{name: "text in an Obj", in: s(doc(`<Obj>text</Obj>`)), kind: ErrStructure},
		{name: "element in a string", in: s(doc(`<S>a<B>true</B></S>`)), kind: ErrStructure},
		{name: "two ToStrings", in: s(doc(`<Obj><ToString>a</ToString><ToString>b</ToString></Obj>`)), kind: ErrStructure},
		{name: "two base values", in: s(doc(`<Obj><I32>1</I32><LST/></Obj>`)), kind: ErrStructure},
		{name: "text in Nil", in: s(doc(`<Nil>x</Nil>`)), kind: ErrStructure},
		{name: "Ref without RefId", in: s(doc(`<Ref/>`)), kind: ErrStructure},
		{name: "TNRef to an unknown TN", in: s(doc(`<Obj><TNRef RefId="3"/></Obj>`)), kind: ErrRef},
		{name: "Nil dictionary key", in: s(doc(`<Obj><DCT><En><Nil N="Key"/><S N="Value">v</S></En></DCT></Obj>`)), kind: ErrStructure},
		{name: "entry without a Value", in: s(doc(`<Obj><DCT><En><S N="Key">k</S></En></DCT></Obj>`)), kind: ErrStructure},
		{name: "entry without a Value, over lines", in: s(doc("\n<Obj>\n <DCT>\n  <En>\n   <S N=\"Key\">k</S>\n  </En>\n </DCT>\n</Obj>")), kind: ErrStructure, pos: Pos{4, 3}},
		{name: "MaxTypeNames, over lines", in: s(doc("\n<Obj>\n <TN RefId=\"0\">\n  <T>a</T>\n  <T>b</T>\n </TN>\n</Obj>")), lim: Limits{MaxTypeNames: 1}, kind: ErrLimit, pos: Pos{3, 2}},
		{name: "PR out of order", in: s(doc(`<PR><AI>1</AI></PR>`)), kind: ErrStructure},

		// Values.
		{name: "I32 not a number", in: s(doc(`<I32>abc</I32>`)), kind: ErrValue, pos: Pos{1, 81}},
		{name: "I32 overflow", in: s(doc(`<I32>2147483648</I32>`)), kind: ErrValue},
		{name: "By negative", in: s(doc(`<By>-1</By>`)), kind: ErrValue},
		{name: "B yes", in: s(doc(`<B>yes</B>`)), kind: ErrValue},
		{name: "Db Go spelling", in: s(doc(`<Db>Inf</Db>`)), kind: ErrValue},
		{name: "GUID short", in: s(doc(`<G>ae7ffd61-d227-4f30-b04a</G>`)), kind: ErrValue},
		{name: "DT month 13", in: s(doc(`<DT>2022-13-01T00:00:00</DT>`)), kind: ErrValue},
		{name: "TS without parts", in: s(doc(`<TS>PT</TS>`)), kind: ErrValue},
		{name: "Version with one part", in: s(doc(`<Version>15</Version>`)), kind: ErrValue},
		{name: "BA not base64", in: s(doc(`<BA>ab!d</BA>`)), kind: ErrValue},
		{name: "BA padding inside", in: s(doc(`<BA>AA=AAAAA</BA>`)), kind: ErrValue},
		{name: "BA length", in: s(doc(`<BA>AAA</BA>`)), kind: ErrValue},
		{name: "BA three pads", in: s(doc(`<BA>A===</BA>`)), kind: ErrValue},
		{name: "SerializationData not base64", in: s(doc(`<Obj><MS><BA N="SerializationData">AAAA&amp;</BA></MS></Obj>`)), kind: ErrValue},
		{name: "D with exponent", in: s(doc(`<D>1E5</D>`)), kind: ErrValue},
		{name: "lone surrogate escape in a name", in: s(doc(`<Obj><MS><S N="_xD800_">a</S></MS></Obj>`)), kind: ErrValue},

		// Limits.
		{name: "MaxDepth", in: s(doc(nested(5))), lim: Limits{MaxDepth: 4}, kind: ErrLimit},
		{name: "Refs that double (MaxValues)", in: s(doc(laughs(64))), kind: ErrLimit, after: 1},
		{name: "MaxValueBytes", in: s(doc(`<S>` + strings.Repeat("a", 100) + `</S>`)), lim: Limits{MaxValueBytes: 99}, kind: ErrLimit, pos: Pos{1, 81}},
		{name: "MaxValueBytes of a name", in: s(doc(`<Obj><MS><S N="` + strings.Repeat("a", 100) + `">x</S></MS></Obj>`)), lim: Limits{MaxValueBytes: 99}, kind: ErrLimit},
		{name: "MaxTypeNames", in: s(doc(`<Obj><TN RefId="0"><T>a</T></TN></Obj><Obj><TN RefId="1"><T>b</T></TN></Obj>`)), lim: Limits{MaxTypeNames: 1}, kind: ErrLimit, after: 1},
		{name: "MaxTypeNames, a TN defined again replaces", in: s(doc(`<Obj><TN RefId="0"><T>a</T></TN></Obj><Obj><TN RefId="0"><T>b</T></TN></Obj><Obj><TN RefId="1"><T>c</T></TN></Obj>`)),
			lim: Limits{MaxTypeNames: 1}, kind: ErrLimit, after: 2},
		{name: "MaxTypeNames counts long names", in: s(doc(`<Obj><TN RefId="0"><T>` + strings.Repeat("a", 3000) + `</T></TN></Obj>`)), lim: Limits{MaxTypeNames: 2}, kind: ErrLimit},
		{name: "Refs that nest past MaxDepth", in: s(doc(`<Obj RefId="0"><Obj><Obj/></Obj></Obj><Obj><MS><Ref N="r" RefId="0"/></MS></Obj>`)), lim: Limits{MaxDepth: 5}, kind: ErrLimit, after: 1},
		{name: "another namespace", in: s(doc(`<S xmlns="urn:x">a</S>`)), kind: ErrStructure},
		{name: "MaxRetained forgets old objects", in: s(doc(`<Obj RefId="0"><I32>1</I32></Obj><Obj RefId="1"><I32>2</I32></Obj><Obj RefId="2"><I32>3</I32></Obj><Ref RefId="0"/>`)),
			lim: Limits{MaxRetained: 4}, kind: ErrRef, after: 3},
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range badCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			d := NewDecoder(bytes.NewReader(tc.in))
			d.Limits = tc.lim
			n := 0
			var err error
			for {
				if _, err = d.Next(); err != nil {
					break
				}
				n++
			}
			if !errors.Is(err, tc.kind) {
				t.Fatalf("err = %v, want %v", err, tc.kind)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err %T is not an *Error", err)
			}
			if tc.pos != (Pos{}) && e.Pos != tc.pos {
				t.Errorf("position %v, want %v (%v)", e.Pos, tc.pos, err)
			}
			if n != tc.after {
				t.Errorf("%d values before the error, want %d", n, tc.after)
			}
			if _, again := d.Next(); again != err {
				t.Errorf("Next after an error = %v, want the same error", again)
			}
		})
	}
}

// TestTruncatedEverywhere cuts a real file at many points: each cut is an
// ErrTruncated error, never a panic or a short success.
func TestTruncatedEverywhere(t *testing.T) {
	data, err := os.ReadFile("testdata/GetSendConnector.xml")
	if err != nil {
		t.Fatal(err)
	}
	for cut := 0; cut < len(data)-len("</Objs>")-1; cut += 97 {
		_, err := ReadAll(bytes.NewReader(data[:cut]))
		if !errors.Is(err, ErrTruncated) {
			t.Errorf("cut at %d: %v, want ErrTruncated", cut, err)
		}
	}
}

// TestReadError passes on an error of the reader that is not bad input.
func TestReadError(t *testing.T) {
	boom := errors.New("boom")
	_, err := ReadAll(io.MultiReader(strings.NewReader(`<Objs xmlns="`+Namespace+`"><S>a`), &errReader{boom}))
	var e *Error
	if !errors.Is(err, boom) || errors.As(err, &e) {
		t.Errorf("err = %v, want the reader's error, not an *Error", err)
	}
}

type errReader struct{ err error }

func (r *errReader) Read([]byte) (int, error) { return 0, r.err }
