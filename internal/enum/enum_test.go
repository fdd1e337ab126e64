package enum

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// color has an invalid zero value; level has an unset one.
type (
	colorTag struct{}
	levelTag struct{}
	color    = Value[colorTag]
	level    = Value[levelTag]
	colors   = Set[colorTag]
)

func (colorTag) Enum() *Table { return colorTable }
func (levelTag) Enum() *Table { return levelTable }

var (
	errTest    = errors.New("test: invalid value")
	colorTable = &Table{Pkg: "test", Type: "Color", Names: []string{"Unknown", "Red", "Green", "Blue"},
		Aliases: map[string]string{"r": "Red", "vert": "Green"}, Sep: ", ", Err: errTest}
	levelTable = &Table{Pkg: "test", Type: "Level", Names: []string{"", "Low", "High"}, Err: errTest}
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
		got, err := Parse[colorTag](tt.in)
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
		if got := tt.v.String(); got != tt.str {
			t.Errorf("String(%d) = %q, want %q", tt.v, got, tt.str)
		}
		if got := tt.v.IsValid(); got != tt.valid {
			t.Errorf("Valid(%d) = %v, want %v", tt.v, got, tt.valid)
		}
	}
	if diff := cmp.Diff([]color{1, 2, 3}, Values[colorTag]()); diff != "" {
		t.Errorf("Values (-want +got):\n%s", diff)
	}
}

func TestText(t *testing.T) {
	// An invalid zero refuses to marshal and "" does not unmarshal.
	if _, err := color(0).MarshalText(); !errors.Is(err, errTest) {
		t.Errorf("MarshalText(invalid zero) error = %v, want the sentinel", err)
	}
	if _, err := color(9).MarshalText(); !errors.Is(err, errTest) {
		t.Errorf("MarshalText(9) error = %v, want the sentinel", err)
	}
	c := color(2)
	if err := c.UnmarshalText(nil); !errors.Is(err, errTest) || c != 2 {
		t.Errorf("UnmarshalText(\"\") = %v, left %d; want the sentinel and 2 untouched", err, c)
	}
	// An unset zero round-trips as "".
	b, err := level(0).MarshalText()
	if err != nil || len(b) != 0 {
		t.Errorf("MarshalText(unset) = %q, %v; want \"\", nil", b, err)
	}
	l := level(2)
	if err := l.UnmarshalText([]byte{}); err != nil || l != 0 {
		t.Errorf("UnmarshalText(\"\") = %v, %d; want nil, 0", err, l)
	}
	if _, err := Parse[levelTag](""); !errors.Is(err, errTest) {
		t.Errorf("Parse(\"\") of an unset zero = %v; Parse never accepts the zero value", err)
	}
}

func TestErrorMessage(t *testing.T) {
	// The message is part of the CLI's output, so its shape is pinned once
	// here rather than in every package.
	_, err := Parse[colorTag]("Purple")
	want := `test: unknown Color "Purple", want Red, Green or Blue`
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err, want)
	}
	_, err = ParseSet[colorTag]("Red, Purple")
	want = `test: unknown Color "Purple" in "Red, Purple", want Red, Green or Blue`
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err, want)
	}
	_, err = ParseSet[colorTag](" Purple ")
	want = `test: unknown Color "Purple", want Red, Green or Blue`
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err, want)
	}
	_, err = ParseSet[colorTag]("Red, r")
	want = `test: Color "r" named twice in "Red, r"`
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err, want)
	}
}

func TestSet(t *testing.T) {
	s := SetOf[colorTag](3, 1, 0, 7)
	if diff := cmp.Diff(colors(1<<1|1<<3), s); diff != "" {
		t.Errorf("SetOf ignores invalid values (-want +got):\n%s", diff)
	}
	if !s.Has(1) || s.Has(2) || s.Has(0) {
		t.Errorf("Has on %b is wrong", s)
	}
	if got := s.String(); got != "Red, Blue" {
		t.Errorf("String = %q", got)
	}
	if got := (s | 1<<6 | 1).Len(); got != 2 {
		t.Errorf("Len counts only valid values: %d", got)
	}
	if !(colors(1<<6 | 1)).IsEmpty() || s.IsEmpty() {
		t.Error("IsEmpty counts bits that stand for no value")
	}
	if got := s.Without(1); got != 1<<3 {
		t.Errorf("Without = %b", got)
	}
	if got := s.With(2).Without(0); got != 1<<1|1<<2|1<<3 {
		t.Errorf("With = %b", got)
	}
	if s.Union(1<<2) != 1<<1|1<<2|1<<3 || s.Intersect(1<<1|1<<2) != 1<<1 || s.Minus(1<<1) != 1<<3 {
		t.Error("Union, Intersect or Minus is wrong")
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
		got, err := ParseSet[colorTag](tt.in)
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
		if v, err := Parse[colorTag](s); err == nil {
			b, err := v.MarshalText()
			if err != nil {
				t.Fatalf("MarshalText(%d) of a parsed value: %v", v, err)
			}
			var back color
			if err := back.UnmarshalText(b); err != nil || back != v {
				t.Fatalf("%q: round trip gave %d, %v; want %d", s, back, err, v)
			}
		}
		if set, err := ParseSet[colorTag](s); err == nil {
			b, _ := set.MarshalText()
			var back colors
			if err := back.UnmarshalText(b); err != nil || back != set {
				t.Fatalf("%q: set round trip gave %b, %v; want %b", s, back, err, set)
			}
		}
	})
}

func TestCheck(t *testing.T) {
	good := func() *Table {
		return &Table{Pkg: "test", Type: "Color", Names: []string{"Unknown", "Red", "Green"},
			Aliases: map[string]string{"r": "Red", "red": "Red"}, Sep: ", ", Err: errTest}
	}
	tests := []struct {
		name   string
		mutate func(*Table)
		ok     bool
	}{
		{"good", func(*Table) {}, true},
		{"no sentinel", func(t *Table) { t.Err = nil }, false},
		{"no valid name", func(t *Table) { t.Names = t.Names[:1] }, false},
		{"blank name", func(t *Table) { t.Names[2] = " " }, false},
		{"repeated name", func(t *Table) { t.Names[2] = "RED" }, false},
		{"alias upper case", func(t *Table) { t.Aliases["G"] = "Green" }, false},
		{"alias of zero", func(t *Table) { t.Aliases["none"] = "Unknown" }, false},
		{"alias of no name", func(t *Table) { t.Aliases["blue"] = "Blue" }, false},
		{"alias not as written", func(t *Table) { t.Aliases["g"] = "green" }, false},
		{"alias shadows a name", func(t *Table) { t.Aliases["green"] = "Red" }, false},
	}
	for _, tt := range tests {
		tab := good()
		tt.mutate(tab)
		if err := tab.Check(); (err == nil) != tt.ok {
			t.Errorf("%s: Check() = %v, want ok %v", tt.name, err, tt.ok)
		}
	}
	if err := colorTable.CheckSet(); err != nil {
		t.Errorf("colorTable.CheckSet() = %v", err)
	}
	wide := &Table{Pkg: "test", Type: "Wide", Err: errTest, Sep: ",", Names: make([]string, 33)}
	for i := range wide.Names {
		wide.Names[i] = strconv.Itoa(i)
	}
	if err := wide.Check(); err != nil {
		t.Fatal(err)
	}
	if err := wide.CheckSet(); err == nil {
		t.Error("a table of 33 names passed CheckSet")
	}
	if err := levelTable.CheckSet(); err == nil {
		t.Error("a table without Sep passed CheckSet")
	}
}
