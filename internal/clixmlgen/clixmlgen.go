// Package clixmlgen generates large CLIXML documents from a small real
// export, for the benchmarks and memory tests of packages clixml and
// inventory. Only tests import it.
//
// A generated document is the export's objects repeated, as Export-Clixml
// would write a pipeline of many such objects: the RefIds of Obj and Ref
// elements are renumbered in each copy, since Export-Clixml numbers them
// across the whole file, and chosen names (a server's) get the copy's
// number, so that every object is distinct and a reader keeps them all.
package clixmlgen

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"testing"
)

// Reader yields a generated document as it is read, without holding it:
// a document of any size costs the memory of one copy.
type Reader struct {
	head, tail []byte
	body       []piece
	stride     int // RefIds of copy c are c*stride + the original
	n, copies  int
	cur, buf   []byte
}

// piece is text followed by a RefId number (ref >= 0) or by the copy's
// number (ref == copyNumber), or by nothing (ref == none).
type piece struct {
	text []byte
	ref  int
}

const (
	none       = -1
	copyNumber = -2
)

// Repeat returns a Reader of doc with its top-level objects repeated n
// times. Each occurrence of each of names in the objects is followed by
// "-" and the copy's number, counting from 0: with names "SOLO-E19A" and
// "Solo-E19A", copy 7 holds SOLO-E19A-7 and Solo-E19A-7.Solo.com. doc is
// a CLIXML document in UTF-8, with or without a byte order mark; the
// generated document has none.
func Repeat(doc []byte, n int, names ...string) (*Reader, error) {
	doc = bytes.TrimPrefix(doc, []byte{0xEF, 0xBB, 0xBF})
	open := bytes.Index(doc, []byte("<Objs "))
	end := bytes.LastIndex(doc, []byte("</Objs>"))
	if open < 0 || end < open {
		return nil, errors.New("clixmlgen: no <Objs ...> ... </Objs> envelope")
	}
	start := open + bytes.IndexByte(doc[open:], '>') + 1
	body, stride := split(doc[start:end], names)
	return &Reader{head: doc[:start], tail: doc[end:], body: body, stride: stride, n: n}, nil
}

// Bytes returns the whole document of Repeat(doc, n, names...).
func Bytes(doc []byte, n int, names ...string) ([]byte, error) {
	r, err := Repeat(doc, n, names...)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// split cuts body before each RefId number of an Obj or a Ref and after
// each name, and returns the pieces with a stride larger than every RefId.
func split(body []byte, names []string) ([]piece, int) {
	const attr = `RefId="`
	var ps []piece
	stride := 1
	for len(body) > 0 {
		// The nearest of the next RefId attribute and the next name.
		at, kind, width := len(body), none, 0
		if i := bytes.Index(body, []byte(attr)); i >= 0 {
			at, kind, width = i, 0, len(attr)
		}
		for _, name := range names {
			if i := bytes.Index(body[:at], []byte(name)); i >= 0 {
				at, kind, width = i, copyNumber, len(name)
			}
		}
		switch kind {
		case none:
			ps = append(ps, piece{text: body, ref: none})
			body = nil
		case copyNumber:
			ps = append(ps, piece{text: body[:at+width], ref: copyNumber})
			body = body[at+width:]
		default:
			at += width
			j := bytes.IndexByte(body[at:], '"')
			if j < 0 {
				j = len(body) - at
			}
			tag := body[bytes.LastIndexByte(body[:at], '<')+1:]
			n, err := strconv.Atoi(string(body[at : at+j]))
			if err != nil || !bytes.HasPrefix(tag, []byte("Obj ")) && !bytes.HasPrefix(tag, []byte("Ref ")) {
				ps = append(ps, piece{text: body[:at+j], ref: none})
			} else {
				ps = append(ps, piece{text: body[:at], ref: n})
				stride = max(stride, n+1)
			}
			body = body[at+j:]
		}
	}
	return ps, stride
}

// Read reads the next bytes of the document.
func (r *Reader) Read(p []byte) (int, error) {
	for len(r.cur) == 0 {
		switch {
		case r.head != nil:
			r.cur, r.head = r.head, nil
		case r.n > 0:
			r.buf = r.buf[:0]
			for _, pc := range r.body {
				r.buf = append(r.buf, pc.text...)
				switch {
				case pc.ref >= 0:
					r.buf = strconv.AppendInt(r.buf, int64(r.copies*r.stride+pc.ref), 10)
				case pc.ref == copyNumber:
					r.buf = append(r.buf, '-')
					r.buf = strconv.AppendInt(r.buf, int64(r.copies), 10)
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

// RawTokens is the yardstick of the readers' benchmarks: it reads data
// with encoding/xml's RawToken, the least any XML reader does, so that a
// benchmark can report its reader's speed against it.
func RawTokens(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d := xml.NewDecoder(bytes.NewReader(data))
		for {
			_, err := d.RawToken()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
