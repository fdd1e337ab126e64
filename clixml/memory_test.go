package clixml

import (
	"bytes"
	"io"
	"runtime"
	"strconv"
	"testing"
)

// repeatReader yields head, then body n times, then tail, without holding
// the document: a file of any size, generated as it is read. The RefIds
// of Obj and Ref elements are renumbered in each copy, as Export-Clixml
// numbers them across the file, so that every object is distinct and the
// decoder retains them for Refs as it would in a real file.
type repeatReader struct {
	head, tail []byte
	body       []piece
	n, copies  int
	cur, buf   []byte
}

// piece is text followed by a RefId number, or by none when ref < 0.
type piece struct {
	text []byte
	ref  int
}

// splitRefIDs cuts body before each number of an Obj's or a Ref's RefId.
func splitRefIDs(body []byte) []piece {
	var ps []piece
	for {
		i := bytes.Index(body, []byte(`RefId="`))
		if i < 0 {
			return append(ps, piece{text: body, ref: -1})
		}
		i += len(`RefId="`)
		tagStart := bytes.LastIndexByte(body[:i], '<')
		name := body[tagStart+1:]
		j := bytes.IndexByte(body[i:], '"')
		if !bytes.HasPrefix(name, []byte("Obj ")) && !bytes.HasPrefix(name, []byte("Ref ")) {
			ps = append(ps, piece{text: body[:i+j], ref: -1})
		} else {
			n, _ := strconv.Atoi(string(body[i : i+j]))
			ps = append(ps, piece{text: body[:i], ref: n})
		}
		body = body[i+j:]
	}
}

func (r *repeatReader) Read(p []byte) (int, error) {
	for len(r.cur) == 0 {
		switch {
		case r.head != nil:
			r.cur, r.head = r.head, nil
		case r.n > 0:
			r.buf = r.buf[:0]
			for _, pc := range r.body {
				r.buf = append(r.buf, pc.text...)
				if pc.ref >= 0 {
					r.buf = strconv.AppendInt(r.buf, int64(r.copies*1000+pc.ref), 10)
				}
			}
			r.cur = r.buf
			r.copies++
			r.n--
		case r.tail != nil:
			r.cur, r.tail = r.tail, nil
		default:
			return 0, io.EOF
		}
	}
	n := copy(p, r.cur)
	r.cur = r.cur[n:]
	return n, nil
}

// TestFlatMemory reads 1 GB of Get-ExchangeServer objects generated on the
// fly and checks that the heap stays flat: what it holds after 1 GB is
// within 16 MiB of what it held after the first 54 MiB (the benchmark's
// 500 objects), and under 256 MiB.
func TestFlatMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 1 GB")
	}
	one := exchangeServers(t, 1)
	start := bytes.IndexByte(one, '>') + 1
	end := bytes.LastIndex(one, []byte("</Objs>"))
	body := one[start:end]
	n := (1 << 30) / len(body)
	r := &repeatReader{head: one[:start], body: splitRefIDs(body), tail: one[end:], n: n}
	d := NewDecoder(r)
	var at500, peak uint64
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse
	}
	for i := 0; ; i++ {
		_, err := d.Next()
		if err == io.EOF {
			if i != n {
				t.Fatalf("%d objects, want %d", i, n)
			}
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if i == 500 {
			at500 = heap()
		}
		if i > 500 && i%1000 == 0 {
			peak = max(peak, heap())
		}
	}
	peak = max(peak, heap())
	t.Logf("%d objects, %d MiB read; heap in use after 54 MiB: %.1f MiB, peak after: %.1f MiB",
		n, int64(n)*int64(len(body))>>20, float64(at500)/(1<<20), float64(peak)/(1<<20))
	if peak > at500+16<<20 || peak > 256<<20 {
		t.Errorf("heap grew from %d to %d bytes", at500, peak)
	}
}
