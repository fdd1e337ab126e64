package version

import (
	stdcmp "cmp"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/mod/semver"
)

// buildCase is a row of a table of a function that reads a Build: the
// input, the build, and the error (nil when the input parses).
type buildCase struct {
	in      string
	want    Build
	wantErr error
}

// testParseBuild runs parse, the function named fn, on each case: the
// build must be want, the error wantErr, and every error a *ParseError that
// names fn and the input.
func testParseBuild(t *testing.T, fn string, parse func(string) (Build, error), tests []buildCase) {
	t.Helper()
	for _, tt := range tests {
		got, err := parse(tt.in)
		if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
			t.Errorf("%s(%q) error mismatch (-want +got):\n%s", fn, tt.in, diff)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", fn, tt.in, got, tt.want)
		}
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != tt.in || pe.Func != fn {
				t.Errorf("%s(%q) error %#v is not a *ParseError for the input", fn, tt.in, err)
			}
		}
	}
}

var parseTests = []buildCase{
	// Short form, as the page's "Build number (short format)" column.
	{"15.2.1544.4", Build{15, 2, 1544, 4}, nil},
	{"8.3.83.6", Build{8, 3, 83, 6}, nil},
	{"14.3.513.0", Build{14, 3, 513, 0}, nil},
	{"0.0.0.1", Build{0, 0, 0, 1}, nil},
	{"0.0.0.0", Build{}, ErrRange}, // the zero Build means "no build"
	{"00.000.0.00000", Build{}, ErrRange},
	{"65535.65535.65535.65535", Build{65535, 65535, 65535, 65535}, nil},
	// Long form, as the page's "Build number (long format)" column.
	{"15.02.1544.004", Build{15, 2, 1544, 4}, nil},
	{"8.03.0297.002", Build{8, 3, 297, 2}, nil},
	{"8.03.0083.006", Build{8, 3, 83, 6}, nil},
	{"14.00.0639.021", Build{14, 0, 639, 21}, nil},
	// The page prints 2007 SP1 Update Rollup 5 with a two-digit revision.
	{"8.01.0336.01", Build{8, 1, 336, 1}, nil},
	{"00015.00002.01544.00004", Build{15, 2, 1544, 4}, nil},
	// Syntax errors.
	{"", Build{}, ErrSyntax},
	{"15", Build{}, ErrSyntax},
	{"15.2", Build{}, ErrSyntax},
	{"15.2.1544", Build{}, ErrSyntax},
	{"15.2.1544.4.1", Build{}, ErrSyntax},
	{"15.2.1544.", Build{}, ErrSyntax},
	{".15.2.1544.4", Build{}, ErrSyntax},
	{"15..1544.4", Build{}, ErrSyntax},
	{"15.2.x.4", Build{}, ErrSyntax},
	{"v15.2.1544.4", Build{}, ErrSyntax},
	{"+15.2.1544.4", Build{}, ErrSyntax},
	{"-15.2.1544.4", Build{}, ErrSyntax},
	{"15.2.-1544.4", Build{}, ErrSyntax},
	{" 15.2.1544.4", Build{}, ErrSyntax},
	{"15.2.1544.4 ", Build{}, ErrSyntax},
	{"15.2. 1544.4", Build{}, ErrSyntax},
	{"15,2,1544,4", Build{}, ErrSyntax},
	{"15.2.1544.4\x00", Build{}, ErrSyntax},
	{"１5.2.1544.4", Build{}, ErrSyntax}, // a full-width digit
	{"15.2.000001.4", Build{}, ErrSyntax},
	{"15.2.1544.123456", Build{}, ErrSyntax},
	// Range errors.
	{"65536.0.0.0", Build{}, ErrRange},
	{"15.2.99999.4", Build{}, ErrRange},
	{"15.2.1544.70000", Build{}, ErrRange},
}

func TestParseBuild(t *testing.T) {
	testParseBuild(t, "ParseBuild", ParseBuild, parseTests)
}

func TestMustParseBuildPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseBuild(\"bad\") did not panic")
		}
	}()
	MustParseBuild("bad")
}

func TestParseAdminDisplayVersion(t *testing.T) {
	testParseBuild(t, "ParseAdminDisplayVersion", ParseAdminDisplayVersion, []buildCase{
		{"Version 15.2 (Build 1544.4)", Build{15, 2, 1544, 4}, nil},
		{"Version 8.3 (Build 83.6)", Build{8, 3, 83, 6}, nil},
		{"Version 14.3 (Build 123.4)", Build{14, 3, 123, 4}, nil},
		{"15.0 (Build 847.32)", Build{15, 0, 847, 32}, nil},
		{"Version 15.2 (Build 2562.17)", Build{15, 2, 2562, 17}, nil},
		{"", Build{}, ErrSyntax},
		{"Version", Build{}, ErrSyntax},
		{"Version 15.2", Build{}, ErrSyntax},
		{"Version 15.2 (Build 1544)", Build{}, ErrSyntax},
		{"Version 15.2 (Build 1544.4", Build{}, ErrSyntax},
		{"Version 15.2 (Build 1544.4) ", Build{}, ErrSyntax},
		{"Version 15.2  (Build 1544.4)", Build{}, ErrSyntax},
		{"version 15.2 (Build 1544.4)", Build{}, ErrSyntax},
		{"Version 15.2.1544.4", Build{}, ErrSyntax},
		{"Version 15.2 (Build 1544.4.1)", Build{}, ErrSyntax},
		{"Version 15.2 (Build 99999.4)", Build{}, ErrRange},
	})
}

func TestParseErrorMessage(t *testing.T) {
	// The message shape is part of the contract for humans; tests of
	// behaviour match with errors.Is instead.
	_, err := ParseBuild("15.2.x")
	if got, want := err.Error(), `version.ParseBuild("15.2.x"): invalid syntax`; got != want {
		t.Errorf("error text = %q, want %q", got, want)
	}
}

// ascending lists builds in strictly increasing order; every pair is compared
// by index in TestCompare, as x/mod/semver's tests do.
var ascending = []Build{
	{0, 0, 0, 1},
	{8, 0, 685, 25},
	{8, 1, 240, 6},
	{8, 3, 83, 6},
	{8, 3, 297, 2},
	{8, 3, 298, 3},
	{8, 3, 517, 0},
	{14, 0, 639, 21},
	{14, 3, 123, 4},
	{14, 3, 266, 2},
	{15, 0, 516, 32},
	{15, 0, 620, 29},
	{15, 0, 1497, 2},
	{15, 0, 1497, 48},
	{15, 1, 225, 42},
	{15, 1, 2507, 6},
	{15, 2, 221, 12},
	{15, 2, 1544, 4},
	{15, 2, 1544, 9},
	{15, 2, 1544, 13},
	{15, 2, 1748, 10},
	{15, 2, 2562, 17},
	{15, 20, 7452, 28},
	{255, 0, 0, 0},
	{256, 0, 0, 0},
	{65535, 65535, 65535, 65535},
}

func TestCompare(t *testing.T) {
	for i, x := range ascending {
		for j, y := range ascending {
			if got, want := x.Compare(y), stdcmp.Compare(i, j); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", x, y, got, want)
			}
			if got := x.AtLeast(y); got != (i >= j) {
				t.Errorf("%v.AtLeast(%v) = %v, want %v", x, y, got, i >= j)
			}
		}
	}
}

func TestSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		got := slices.Clone(ascending)
		r.Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
		slices.SortFunc(got, Build.Compare)
		if diff := cmp.Diff(ascending, got); diff != "" {
			t.Fatalf("sorted builds mismatch (-want +got):\n%s", diff)
		}
	}
}

func TestSemver(t *testing.T) {
	for i, x := range ascending {
		sx := x.Semver()
		if !semver.IsValid(sx) {
			t.Errorf("%v.Semver() = %q, not valid semver", x, sx)
		}
		for _, y := range ascending[i:] {
			// semver ignores build metadata, so it compares Major.Minor.Build;
			// Level clears the Revision for the same comparison on our side.
			want := x.Level().Compare(y.Level())
			if got := semver.Compare(sx, y.Semver()); got != want {
				t.Errorf("semver.Compare(%q, %q) = %d, want %d", sx, y.Semver(), got, want)
			}
		}
	}
	if got := (Build{15, 2, 1544, 4}).Semver(); got != "v15.2.1544+4" {
		t.Errorf("Semver() = %q, want %q", got, "v15.2.1544+4")
	}
	if got := (Build{}).Semver(); got != "" {
		t.Errorf("zero Build Semver() = %q, want empty", got)
	}
}

func TestFormats(t *testing.T) {
	tests := []struct {
		b           Build
		short, long string
	}{
		{Build{15, 2, 1544, 4}, "15.2.1544.4", "15.02.1544.004"},
		{Build{8, 3, 83, 6}, "8.3.83.6", "8.03.0083.006"},
		{Build{14, 0, 639, 21}, "14.0.639.21", "14.00.0639.021"},
		{Build{15, 2, 2562, 17}, "15.2.2562.17", "15.02.2562.017"},
		{Build{65535, 65535, 65535, 65535}, "65535.65535.65535.65535", "65535.65535.65535.65535"},
		{Build{}, "", ""},
	}
	for _, tt := range tests {
		if got := tt.b.String(); got != tt.short {
			t.Errorf("%#v.String() = %q, want %q", tt.b, got, tt.short)
		}
		if got := string(tt.b.AppendTo([]byte("x"))); got != "x"+tt.short {
			t.Errorf("%#v.AppendTo = %q, want %q", tt.b, got, "x"+tt.short)
		}
		if got := tt.b.Long(); got != tt.long {
			t.Errorf("%#v.Long() = %q, want %q", tt.b, got, tt.long)
		}
		if tt.b.IsValid() {
			for _, s := range []string{tt.short, tt.long} {
				if got, err := ParseBuild(s); err != nil || got != tt.b {
					t.Errorf("ParseBuild(%q) = %v, %v, want %v", s, got, err, tt.b)
				}
			}
		}
	}
}

func TestLevel(t *testing.T) {
	if got, want := (Build{15, 2, 1544, 13}).Level(), (Build{15, 2, 1544, 0}); got != want {
		t.Errorf("Level() = %v, want %v", got, want)
	}
}

func TestTextMarshalling(t *testing.T) {
	type doc struct {
		Build Build  `json:"build"`
		Opt   Build  `json:"opt"`
		Ptr   *Build `json:"ptr,omitempty"`
	}
	in := doc{Build: Build{15, 2, 1544, 4}}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(data), `{"build":"15.2.1544.4","opt":""}`; got != want {
		t.Errorf("json = %s, want %s", got, want)
	}
	var out doc
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"build":"15.02.1544.004"}`), &out); err != nil || out.Build != in.Build {
		t.Errorf("long form: got %v, %v", out.Build, err)
	}
	err = json.Unmarshal([]byte(`{"build":"15.2"}`), &out)
	if !errors.Is(err, ErrSyntax) {
		t.Errorf("bad build: err = %v, want ErrSyntax", err)
	}
	text, err := Build{8, 3, 298, 3}.AppendText(nil)
	if err != nil || string(text) != "8.3.298.3" {
		t.Errorf("AppendText = %q, %v", text, err)
	}
}

func TestNoAllocs(t *testing.T) {
	short, long := "15.2.1544.4", []byte("15.02.1544.004")
	a, b := Build{15, 2, 1544, 4}, Build{15, 2, 1748, 10}
	buf := make([]byte, 0, 32)
	var sink int
	checks := []struct {
		name string
		f    func()
	}{
		{"ParseBuild", func() { _, _ = ParseBuild(short) }},
		{"ParseBuild(string(b))", func() { _, _ = ParseBuild(string(long)) }},
		{"Compare", func() { sink += a.Compare(b) }},
		{"AtLeast", func() {
			if a.AtLeast(b) {
				sink++
			}
		}},
		{"AppendTo", func() { buf = a.AppendTo(buf[:0]) }},
		{"AppendLong", func() { buf = a.AppendLong(buf[:0]) }},
		{"Lookup", func() { _, _ = Lookup(a) }},
		{"Nearest", func() { _, _ = Nearest(Build{15, 2, 1544, 10}) }},
		{"ParseAdminDisplayVersion", func() { _, _ = ParseAdminDisplayVersion("Version 15.2 (Build 1544.4)") }},
	}
	for _, c := range checks {
		if n := testing.AllocsPerRun(1000, c.f); n != 0 {
			t.Errorf("%s allocates %v times per run, want 0", c.name, n)
		}
	}
	_ = sink
}

// TestMarshalTextAllocatesOnce checks that MarshalText sizes its buffer for
// the longest build, "65535.65535.65535.65535" (23 bytes), so that it never
// grows it.
func TestMarshalTextAllocatesOnce(t *testing.T) {
	for _, b := range []Build{{15, 2, 1544, 4}, {65535, 65535, 65535, 65535}} {
		var text []byte
		if n := testing.AllocsPerRun(100, func() { text, _ = b.MarshalText() }); n != 1 {
			t.Errorf("%v.MarshalText() allocates %v times, want 1", b, n)
		}
		if string(text) != b.String() {
			t.Errorf("%v.MarshalText() = %q", b, text)
		}
	}
}
