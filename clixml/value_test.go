package clixml

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestPrimitives reads every primitive element of [MS-PSRP] §2.2.5.1 and
// checks its kind, its Text and its JSON form.
func TestPrimitives(t *testing.T) {
	for _, tc := range []struct {
		el, text string
		kind     Kind
		wantText string
		json     string
	}{
		{"S", "a &amp; b", String, "a & b", `"a & b"`},
		{"S", "", String, "", `""`},
		{"S", "line_x000D__x000A_two", String, "line\r\ntwo", `"line\r\ntwo"`},
		{"S", "_x005F_x0000_", String, "_x0000_", `"_x0000_"`},
		{"S", "_xD83D__xDE00_", String, "😀", `"😀"`},
		{"S", "_x0001F600_", String, "😀", `"😀"`},
		{"S", "_x0041__X0042_", String, "AB", `"AB"`},
		{"S", "Order_x005f_x0020_", String, "Order_x0020_", `"Order_x0020_"`},
		{"S", "_x00_ and _xZZZZ_", String, "_x00_ and _xZZZZ_", `"_x00_ and _xZZZZ_"`},
		{"S", "a\r\nb", String, "a\nb", `"a\nb"`},
		{"S", "<![CDATA[<x>]]>", String, "<x>", `"<x>"`},
		{"S", "a<!-- note -->b", String, "ab", `"ab"`},
		{"S", "&#x1F600;&#65;", String, "😀A", `"😀A"`},
		{"C", "97", Char, "a", `"a"`},
		{"C", "55296", Char, "\uFFFD", `"\ud800"`},
		{"B", "true", Bool, "true", `true`},
		{"B", "0", Bool, "false", `false`},
		{"DT", "2022-03-23T18:00:30.1234567+01:00", DateTime, "2022-03-23T18:00:30.1234567+01:00", `"2022-03-23T18:00:30.1234567+01:00"`},
		{"DT", "0001-01-01T00:00:00", DateTime, "0001-01-01T00:00:00", `"0001-01-01T00:00:00"`},
		{"TS", "PT2M", Duration, "PT2M", `"PT2M"`},
		{"TS", "-P63DT18H18M53.795414S", Duration, "-P63DT18H18M53.795414S", `"-P63DT18H18M53.795414S"`},
		{"By", "255", UnsignedByte, "255", `255`},
		{"SB", "-128", SignedByte, "-128", `-128`},
		{"U16", "65535", UInt16, "65535", `65535`},
		{"I16", "-32768", Int16, "-32768", `-32768`},
		{"U32", "4294967295", UInt32, "4294967295", `4294967295`},
		{"I32", " 25 ", Int32, "25", `25`},
		{"I64", "9007199254740992", Int64, "9007199254740992", `9007199254740992`},
		{"I64", "9007199254740993", Int64, "9007199254740993", `"9007199254740993"`},
		{"I64", "-9007199254740993", Int64, "-9007199254740993", `"-9007199254740993"`},
		{"U64", "18446744073709551615", UInt64, "18446744073709551615", `"18446744073709551615"`},
		{"Sg", "1.5", Float, "1.5", `1.5`},
		{"Db", "0.1", Double, "0.1", `0.1`},
		{"Db", "1E+21", Double, "1E+21", `1e+21`},
		{"Db", "NaN", Double, "NaN", `"NaN"`},
		{"Db", "INF", Double, "INF", `"INF"`},
		{"Db", "-INF", Double, "-INF", `"-INF"`},
		{"D", "79228162514264337593543950335", Decimal, "79228162514264337593543950335", `"79228162514264337593543950335"`},
		{"BA", "AQID", Bytes, "AQID", `"AQID"`},
		{"BA", "AQ\n ID", Bytes, "AQ\n ID", `"AQ\n ID"`},
		{"G", "ae7ffd61-d227-4f30-b04a-97a1178934ed", GUID, "ae7ffd61-d227-4f30-b04a-97a1178934ed", `"ae7ffd61-d227-4f30-b04a-97a1178934ed"`},
		{"URI", "https://solo-e19a.solo.com/owa", URI, "https://solo-e19a.solo.com/owa", `"https://solo-e19a.solo.com/owa"`},
		{"Version", "15.2.986.5", Version, "15.2.986.5", `"15.2.986.5"`},
		{"XD", "&lt;a/&gt;", XMLDocument, "<a/>", `"<a/>"`},
		{"SBK", "Get-Date_x000A_", ScriptBlock, "Get-Date\n", `"Get-Date\n"`},
		{"SS", "AQID", SecureString, "AQID", `"AQID"`},
	} {
		in := doc("<" + tc.el + ">" + tc.text + "</" + tc.el + ">")
		vs, err := ReadAll(strings.NewReader(in))
		if err != nil {
			t.Errorf("<%s>%s: %v", tc.el, tc.text, err)
			continue
		}
		v := vs[0]
		j, err := v.AppendJSON(nil)
		if v.Kind() != tc.kind || v.Text() != tc.wantText || string(j) != tc.json || err != nil {
			t.Errorf("<%s>%s = %v %q %s %v, want %v %q %s", tc.el, tc.text, v.Kind(), v.Text(), j, err, tc.kind, tc.wantText, tc.json)
		}
		roundTrip(t, vs, nil)
	}
}

// TestObjectJSON checks the JSON form of an object: the @ keys, Props
// before MS with Props winning, a Ref written in full, lists and
// dictionaries, a nested MS and a PR.
func TestObjectJSON(t *testing.T) {
	in := doc(`<Obj RefId="0"><TN RefId="0"><T>My.Type</T><T>System.Object</T></TN><ToString>x</ToString>` +
		`<Props><S N="Name">props</S><I32 N="@types">1</I32></Props>` +
		`<MS><S N="Name">ms</S><S N="Only_x005F_x0020_MS">m</S><MS N="Set"><B N="In">true</B></MS>` +
		`<Obj N="List" RefId="1"><TNRef RefId="0"/><LST><S>a</S><Nil/></LST></Obj>` +
		`<Obj N="Map" RefId="2"><DCT><En><S N="Key">k</S><Ref N="Value" RefId="1"/></En></DCT></Obj>` +
		`<PR N="Progress"><AV>Act</AV><AI>1</AI><Nil/><PI>-1</PI><PC>50</PC><T>Processing</T><SR>-1</SR><SD>Half</SD></PR>` +
		`</MS></Obj>` +
		`<Obj RefId="3"><TNRef RefId="0"/><ToString>Mailbox</ToString><I32>2</I32></Obj>` +
		`<Ref RefId="1"/>`)
	vs, err := ReadAll(strings.NewReader(in))
	require.NoError(t, err)
	var got []string
	for _, v := range vs {
		b, err := v.AppendJSON(nil)
		require.NoError(t, err)
		got = append(got, string(b))
	}
	list := `{"@types":["My.Type","System.Object"],"@value":["a",null]}`
	want := []string{
		`{"@types":["My.Type","System.Object"],"@toString":"x","Name":"props","@@types":1,"Only_x0020_MS":"m","Set":{"In":true},` +
			`"List":` + list + `,"Map":{"@types":[],"@value":[{"Key":"k","Value":` + list + `}]},` +
			`"Progress":{"Activity":"Act","ActivityId":1,"CurrentOperation":null,"ParentActivityId":-1,"PercentComplete":50,"RecordType":"Processing","SecondsRemaining":-1,"StatusDescription":"Half"}}`,
		`{"@types":["My.Type","System.Object"],"@toString":"Mailbox","@value":2}`,
		list,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
	if vs[2].Object() != vs[0].Object().MS[3].Value.Object() {
		t.Errorf("a top-level Ref does not share the object it names")
	}
	roundTrip(t, vs, nil)
}

// TestTypeNamesApart: lists of type names that a naive join would confuse
// keep their own TN after a canonical write.
func TestTypeNamesApart(t *testing.T) {
	vs, err := ReadAll(strings.NewReader(doc(`<Obj><TN RefId="0"><T>a_x0000_b</T></TN></Obj><Obj><TN RefId="1"><T>a</T><T>b</T></TN></Obj>`)))
	require.NoError(t, err)
	roundTrip(t, vs, nil)
}

// TestEncodings reads the same document in every accepted encoding.
func TestEncodings(t *testing.T) {
	text := doc("\r\n" + `<Obj RefId="0"><ToString>Solo-E19A · 😀</ToString><MS><S N="Ä">ü</S></MS></Obj>` + "\r\n<I32>\r\n7</I32>\r\n")
	want, err := ReadAll(strings.NewReader(text))
	require.NoError(t, err)
	for name, in := range map[string][]byte{
		"UTF-8 with a mark": append([]byte{0xEF, 0xBB, 0xBF}, text...),
		"UTF-16LE":          utf16LE(text, false),
		"UTF-16BE":          utf16LE(text, true),
	} {
		got, err := ReadAll(bytes.NewReader(in))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for i := range want {
			if diff := diffValues(want[i], got[i]); diff != "" {
				t.Errorf("%s: %s", name, diff)
			}
		}
		if got[0].Object().Pos != (Pos{Line: 2, Column: 1}) {
			t.Errorf("%s: Pos %v, want 2:1", name, got[0].Object().Pos)
		}
	}
	// Columns count the bytes of the line in UTF-8, also for UTF-16.
	_, err = ReadAll(bytes.NewReader(utf16LE(doc("\r\n<S>é</S><I32>x</I32>"), false)))
	var e *Error
	if !errors.As(err, &e) || e.Pos != (Pos{Line: 2, Column: 10}) {
		t.Errorf("UTF-16 error at %v, want 2:10: %v", e, err)
	}
}

// TestParse checks Parse against the reader's rules.
func TestParse(t *testing.T) {
	v, err := Parse(Int32, "25")
	if n, ok := v.Int(); err != nil || !ok || n != 25 {
		t.Errorf("Parse(Int32, 25) = %v %v", n, err)
	}
	if _, err := Parse(GUID, "x"); !errors.Is(err, ErrValue) {
		t.Errorf("Parse(GUID, x) = %v, want ErrValue", err)
	}
	if _, err := Parse(Obj, ""); !errors.Is(err, ErrValue) {
		t.Errorf("Parse(Obj) = %v, want ErrValue", err)
	}
}

// TestRetainedRefs: a Ref may name an object of an earlier top-level
// value, as Export-Clixml numbers RefIds across the file.
func TestRetainedRefs(t *testing.T) {
	vs, err := ReadAll(strings.NewReader(doc(`<Obj RefId="0"><S>a</S></Obj><Obj RefId="1"><MS><Ref N="first" RefId="0"/></MS></Obj>`)))
	require.NoError(t, err)
	if vs[1].Object().MS[0].Value.Object() != vs[0].Object() {
		t.Errorf("the Ref does not name the first object")
	}
}

func TestTimeAndDuration(t *testing.T) {
	for _, tc := range []struct {
		text string
		want time.Time
	}{
		{"2022-03-23T18:00:30+01:00", time.Date(2022, 3, 23, 17, 0, 30, 0, time.UTC)},
		{"2021-09-29T08:48:53.9293872-07:00", time.Date(2021, 9, 29, 15, 48, 53, 929387200, time.UTC)},
		{"0001-01-01T00:00:00", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)},
	} {
		v, err := Parse(DateTime, tc.text)
		require.NoError(t, err)
		got, err := v.Time()
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("Time(%s) = %v, %v; want %v", tc.text, got, err, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		want time.Duration
		err  bool
	}{
		{"PT2M", 2 * time.Minute, false},
		{"-P63DT18H18M53.795414S", -(63*24*time.Hour + 18*time.Hour + 18*time.Minute + 53795414*time.Microsecond), false},
		{"P1Y", 0, true},
		{"P200000D", 0, true},
	} {
		v, err := Parse(Duration, tc.text)
		require.NoError(t, err)
		got, err := v.Duration()
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("Duration(%s) = %v, %v; want %v", tc.text, got, err, tc.want)
		}
	}
	if _, err := (Value{}).Time(); !errors.Is(err, ErrValue) {
		t.Errorf("Time of the zero Value: %v", err)
	}
}
