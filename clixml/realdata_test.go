package clixml

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// readFile reads every value of a test file with d's options.
func readFile(t *testing.T, name string, setup func(*Decoder)) []Value {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	require.NoError(t, err)
	defer f.Close()
	d := NewDecoder(f)
	if setup != nil {
		setup(d)
	}
	vs, err := d.readAll()
	require.NoError(t, err, "%s", name)
	return vs
}

func toJSON(t *testing.T, vs []Value) []byte {
	t.Helper()
	b := []byte{'['}
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = v.AppendJSON(b); err != nil {
			t.Fatal(err)
		}
	}
	b = append(b, ']')
	var out bytes.Buffer
	require.NoError(t, json.Indent(&out, b, "", "  "), "AppendJSON wrote invalid JSON")
	out.WriteByte('\n')
	return out.Bytes()
}

// TestRealFilesGolden reads real Exchange exports and compares their JSON
// form, SerializationData skipped, with the goldens.
func TestRealFilesGolden(t *testing.T) {
	for _, name := range []string{
		"E19CU11AdminDisplayVersion.xml", "ExSetup.xml", "GetExchangeServer.xml",
		"GetSendConnector.xml", "GetHybridConfiguration.xml", "GetPartnerApplication.xml",
	} {
		t.Run(name, func(t *testing.T) {
			got := toJSON(t, readFile(t, name, nil))
			golden := filepath.Join("testdata", strings.TrimSuffix(name, ".xml")+".json")
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test -update writes it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// TestRealFacts checks what FORMAT.md says these files hold, through the
// API an importer uses.
func TestRealFacts(t *testing.T) {
	srv := readFile(t, "GetExchangeServer.xml", nil)[0].Object()
	role, _ := srv.Prop("ServerRole")
	n, _ := role.Object().Value.Int()
	if !role.Object().IsEnum() || role.Object().ToString != "Mailbox" || n != 2 {
		t.Errorf("ServerRole = %q %d, want the enum Mailbox 2", role.Object().ToString, n)
	}
	if v, _ := srv.Prop("PSComputerName"); v.Text() != "solo-e19a.solo.com" {
		t.Errorf("PSComputerName (MS) = %q", v.Text())
	}
	if _, ok := srv.Prop("SerializationData"); ok {
		t.Errorf("SerializationData kept, want it skipped")
	}
	id, _ := srv.Prop("Id")
	identity, _ := srv.Prop("Identity")
	if id.Object() == nil || id.Object() != identity.Object() {
		t.Errorf("Id is not a Ref to Identity")
	}
	if srv.Pos != (Pos{Line: 2, Column: 3}) {
		t.Errorf("Pos = %v, want 2:3", srv.Pos)
	}

	kept := readFile(t, "GetExchangeServer.xml", func(d *Decoder) { d.KeepSerializationData = true })[0].Object()
	blob, ok := kept.Prop("SerializationData")
	if !ok {
		t.Fatal("SerializationData missing with KeepSerializationData")
	}
	if b, err := blob.Bytes(); err != nil || !bytes.HasPrefix(b, []byte{0, 1, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF}) {
		t.Errorf("SerializationData = % x…, %v; want a BinaryFormatter header", b[:min(len(b), 9)], err)
	}

	setup := readFile(t, "ExSetup.xml", nil)[0].Object()
	if v, _ := setup.Prop("FileVersionRaw"); v.Kind() != Version || v.Text() != "15.2.986.5" {
		t.Errorf("FileVersionRaw = %v %q", v.Kind(), v.Text())
	}
	if !strings.Contains(setup.ToString, "\r\n") {
		t.Errorf("ExSetup ToString %q: _x000D__x000A_ not decoded", setup.ToString)
	}

	hybrid := readFile(t, "GetHybridConfiguration.xml", nil)[0].Object()
	features, _ := hybrid.Prop("Features")
	var names []string
	for _, f := range features.Object().Items {
		names = append(names, f.Object().ToString)
	}
	want := []string{"FreeBusy", "MoveMailbox", "Mailtips", "MessageTracking", "OwaRedirection", "OnlineArchive", "SecureMail", "Photos"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("Features (-want +got):\n%s", diff)
	}
}

// TestUTF16Cycle reads the UTF-16LE HealthChecker export, which has a Ref
// cycle (PSDrive → Provider → Drives → PSDrive): an ErrCycle error at the
// Ref by default, the whole file with AllowCycles.
func TestUTF16Cycle(t *testing.T) {
	f, err := os.Open("testdata/E19_Edge_CU9.xml")
	require.NoError(t, err)
	defer f.Close()
	_, err = ReadAll(f)
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, ErrCycle) || e.Pos != (Pos{Line: 4591, Column: 41}) {
		t.Fatalf("err = %v, want ErrCycle at 4591:41", err)
	}
	vs := readFile(t, "E19_Edge_CU9.xml", func(d *Decoder) { d.AllowCycles = true })
	if len(vs) != 1 {
		t.Fatalf("%d values, want 1", len(vs))
	}
	if _, err := vs[0].AppendJSON(nil); !errors.Is(err, ErrCycle) {
		t.Errorf("AppendJSON of a cycle: %v, want ErrCycle", err)
	}
	roundTrip(t, vs, func(d *Decoder) { d.AllowCycles = true })
}

// TestRealRoundTrip writes each real file canonically and reads it back.
func TestRealRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.xml")
	for _, file := range files {
		name := filepath.Base(file)
		if name == "E19_Edge_CU9.xml" {
			continue // TestUTF16Cycle
		}
		t.Run(name, func(t *testing.T) {
			keep := func(d *Decoder) { d.KeepSerializationData = true }
			roundTrip(t, readFile(t, name, keep), keep)
		})
	}
}

// roundTrip encodes vs, decodes the result and compares.
func roundTrip(t *testing.T, vs []Value, setup func(*Decoder)) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := NewEncoder(&buf)
	for _, v := range vs {
		require.NoError(t, enc.Encode(v), "Encode")
	}
	require.NoError(t, enc.Close())
	d := NewDecoder(bytes.NewReader(buf.Bytes()))
	if setup != nil {
		setup(d)
	}
	for i, v := range vs {
		got, err := d.Next()
		if err != nil {
			t.Fatalf("reading the canonical form back: %v\n%s", err, buf.Bytes())
		}
		if diff := diffValues(v, got); diff != "" {
			t.Fatalf("value %d differs after a round trip: %s", i, diff)
		}
	}
	if _, err := d.Next(); err != io.EOF {
		t.Fatalf("after the last value: %v, want io.EOF", err)
	}
	return buf.Bytes()
}
