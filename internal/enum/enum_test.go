package enum

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// color has an invalid zero value; level has an unset one.
type (
	color  uint8
	level  uint8
	colors uint8
)

var (
	errTest    = errors.New("test: invalid value")
	colorTable = &Table[color]{Pkg: "test", Type: "Color", Names: []string{"Unknown", "Red", "Green", "Blue"},
		Aliases: map[string]color{"r": 1, "vert": 2}, Err: errTest}
	levelTable = &Table[level]{Pkg: "test", Type: "Level", Names: []string{"", "Low", "High"}, Err: errTest}
	colorSet   = &Set[colors, color]{Elem: colorTable, Sep: ", "}
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want color
		ok   bool
	}{
		{"Red", 1, true},
		{" green ", 2, true},
		{"BLUE", 3, true},
		{"r", 1, true},
		{"Vert", 2, true},
		{"Unknown", 0, false},
		{"", 0, false},
		{"Purple", 0, false},
		{"Red,Green", 0, false},
	}
	for _, tt := range tests {
		got, err := colorTable.Parse(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("Parse(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if err == nil {
			continue
		}
		var e *Error
		if !errors.As(err, &e) || !errors.Is(err, errTest) || e.Input != tt.in {
			t.Errorf("Parse(%q) error %#v does not wrap the sentinel with the input", tt.in, err)
		}
	}
}

func TestStringAndValid(t *testing.T) {
	tests := []struct {
		v     color
		str   string
		valid bool
	}{
		{0, "Unknown", false},
		{1, "Red", true},
		{3, "Blue", true},
		{4, "Color(4)", false},
		{255, "Color(255)", false},
	}
	for _, tt := range tests {
		if got := colorTable.String(tt.v); got != tt.str {
			t.Errorf("String(%d) = %q, want %q", tt.v, got, tt.str)
		}
		if got := colorTable.Valid(tt.v); got != tt.valid {
			t.Errorf("Valid(%d) = %v, want %v", tt.v, got, tt.valid)
		}
	}
	if diff := cmp.Diff([]color{1, 2, 3}, colorTable.Values()); diff != "" {
		t.Errorf("Values (-want +got):\n%s", diff)
	}
}

func TestText(t *testing.T) {
	// An invalid zero refuses to marshal and "" does not unmarshal.
	if _, err := colorTable.MarshalText(0); !errors.Is(err, errTest) {
		t.Errorf("MarshalText(invalid zero) error = %v, want the sentinel", err)
	}
	if _, err := colorTable.MarshalText(9); !errors.Is(err, errTest) {
		t.Errorf("MarshalText(9) error = %v, want the sentinel", err)
	}
	c := color(2)
	if err := colorTable.UnmarshalText(&c, nil); !errors.Is(err, errTest) || c != 2 {
		t.Errorf("UnmarshalText(\"\") = %v, left %d; want the sentinel and 2 untouched", err, c)
	}
	// An unset zero round-trips as "".
	b, err := levelTable.MarshalText(0)
	if err != nil || len(b) != 0 {
		t.Errorf("MarshalText(unset) = %q, %v; want \"\", nil", b, err)
	}
	l := level(2)
	if err := levelTable.UnmarshalText(&l, []byte{}); err != nil || l != 0 {
		t.Errorf("UnmarshalText(\"\") = %v, %d; want nil, 0", err, l)
	}
	if _, err := levelTable.Parse(""); !errors.Is(err, errTest) {
		t.Errorf("Parse(\"\") of an unset zero = %v; Parse never accepts the zero value", err)
	}
}

func TestErrorMessage(t *testing.T) {
	// The message is part of the CLI's output, so its shape is pinned once
	// here rather than in every package.
	_, err := colorTable.Parse("Purple")
	want := `test: unknown Color "Purple", want Red, Green or Blue`
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err, want)
	}
	_, err = colorSet.Parse("Red, Purple")
	want = `test: unknown Color "Purple" in "Red, Purple", want Red, Green or Blue`
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err, want)
	}
	_, err = colorSet.Parse(" Purple ")
	want = `test: unknown Color "Purple", want Red, Green or Blue`
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err, want)
	}
	_, err = colorSet.Parse("Red, r")
	want = `test: Color "r" named twice in "Red, r"`
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err, want)
	}
}

func TestSet(t *testing.T) {
	s := colorSet.Of(3, 1, 0, 7)
	if diff := cmp.Diff(colors(1<<1|1<<3), s); diff != "" {
		t.Errorf("Of ignores invalid values (-want +got):\n%s", diff)
	}
	if !colorSet.Has(s, 1) || colorSet.Has(s, 2) || colorSet.Has(s, 0) {
		t.Errorf("Has on %b is wrong", s)
	}
	if got := colorSet.String(s); got != "Red, Blue" {
		t.Errorf("String = %q", got)
	}
	if got := colorSet.Len(s | 1<<6); got != 2 {
		t.Errorf("Len counts only valid values: %d", got)
	}
	if got := colorSet.Without(s, 1); got != 1<<3 {
		t.Errorf("Without = %b", got)
	}
	tests := []struct {
		in       string
		want     colors
		repeated bool
		ok       bool
	}{
		{"", 0, false, true},
		{"  ", 0, false, true},
		{"Blue,red", 1<<1 | 1<<3, false, true},
		{"Blue, ,Red", 0, false, false},
		{"Blue,Teal", 0, false, false},
		{"Green, vert", 0, true, false},
		{"Teal", 0, false, false},
	}
	for _, tt := range tests {
		got, err := colorSet.Parse(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("Parse(%q) = %b, %v; want %b, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		var e *Error
		wantList := "" // a single name is not repeated as its own list
		if strings.Contains(tt.in, ",") {
			wantList = tt.in
		}
		if err != nil && (!errors.As(err, &e) || e.Repeated != tt.repeated || e.List != wantList || !errors.Is(err, errTest)) {
			t.Errorf("Parse(%q) error %#v: want Repeated %v, List the input, the sentinel", tt.in, err, tt.repeated)
		}
	}
}

// FuzzTable is the one fuzz target of every enumeration and set: they all
// run this code. Whatever the text, Parse does not panic, and what it
// accepts prints and parses back to the same value.
func FuzzTable(f *testing.F) {
	for _, s := range []string{"Red", " blue", "R", "Red, Green", "Green,vert", "", ",", "Unknown", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, err := colorTable.Parse(s); err == nil {
			b, err := colorTable.MarshalText(v)
			if err != nil {
				t.Fatalf("MarshalText(%d) of a parsed value: %v", v, err)
			}
			var back color
			if err := colorTable.UnmarshalText(&back, b); err != nil || back != v {
				t.Fatalf("%q: round trip gave %d, %v; want %d", s, back, err, v)
			}
		}
		if set, err := colorSet.Parse(s); err == nil {
			b, _ := colorSet.MarshalText(set)
			var back colors
			if err := colorSet.UnmarshalText(&back, b); err != nil || back != set {
				t.Fatalf("%q: set round trip gave %b, %v; want %b", s, back, err, set)
			}
		}
	})
}

func TestCheck(t *testing.T) {
	good := func() *Table[color] {
		return &Table[color]{Pkg: "test", Type: "Color", Names: []string{"Unknown", "Red", "Green"},
			Aliases: map[string]color{"r": 1, "red": 1}, Err: errTest}
	}
	tests := []struct {
		name   string
		mutate func(*Table[color])
		ok     bool
	}{
		{"good", func(*Table[color]) {}, true},
		{"no sentinel", func(t *Table[color]) { t.Err = nil }, false},
		{"no valid name", func(t *Table[color]) { t.Names = t.Names[:1] }, false},
		{"blank name", func(t *Table[color]) { t.Names[2] = " " }, false},
		{"repeated name", func(t *Table[color]) { t.Names[2] = "RED" }, false},
		{"alias upper case", func(t *Table[color]) { t.Aliases["G"] = 2 }, false},
		{"alias of zero", func(t *Table[color]) { t.Aliases["none"] = 0 }, false},
		{"alias shadows a name", func(t *Table[color]) { t.Aliases["green"] = 1 }, false},
	}
	for _, tt := range tests {
		tab := good()
		tt.mutate(tab)
		if err := tab.Check(); (err == nil) != tt.ok {
			t.Errorf("%s: Check() = %v, want ok %v", tt.name, err, tt.ok)
		}
	}
	if err := colorSet.Check(); err != nil {
		t.Errorf("colorSet.Check() = %v", err)
	}
	wide := &Table[color]{Pkg: "test", Type: "Wide", Err: errTest,
		Names: []string{"Unknown", "a", "b", "c", "d", "e", "f", "g", "h"}}
	if err := (&Set[colors, color]{Elem: wide}).Check(); err == nil {
		t.Error("a table of 9 names in an 8-bit set passed Check")
	}
}
