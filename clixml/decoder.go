package clixml

import (
	"bytes"
	"io"
	"strconv"
)

// Namespace is the XML namespace of CLIXML, which the <Objs> root declares.
const Namespace = "http://schemas.microsoft.com/powershell/2004/04"

// Limits bound what a [Decoder] accepts, so that a hostile file costs
// bounded memory and time. A zero field takes its default.
type Limits struct {
	// MaxDepth bounds the nesting of elements, a Ref counting as the
	// depth of the object it repeats. Default 256; the exports in
	// shared/realdata nest at most 22 deep.
	MaxDepth int
	// MaxValues bounds the values in one top-level value, a Ref counting
	// as every value of the object it repeats (so a chain of Refs that
	// doubles at each step fails here, not in a caller that expands it).
	// Default 1,000,000; a Get-ExchangeServer object has 176, the largest
	// object in shared/realdata (HealthChecker's own) 4,476.
	MaxValues int
	// MaxValueBytes bounds the text of one value, name or attribute.
	// Default 16 MiB. Skipped SerializationData is not kept, so it is not
	// bounded.
	MaxValueBytes int
	// MaxRetained bounds the values of earlier top-level objects that the
	// decoder keeps so that a later Ref can name them: PowerShell numbers
	// RefIds across the whole file and writes a Ref to an object of an
	// earlier pipeline item. Past the bound the oldest top-level values are
	// forgotten, and a Ref to them is an [ErrRef] error; this keeps memory
	// flat however long the file. Default 100,000: about 570
	// Get-ExchangeServer objects, some 20 MiB of memory. A Ref across
	// pipeline objects names an object written again, as
	// `$a, $a | Export-Clixml` does, which is seldom far back.
	MaxRetained int
	// MaxTypeNames bounds the type names the decoder keeps for later
	// TNRefs, over the whole file: each <T> of a <TN> with a RefId counts
	// one, and one more per KiB of its length. Default 100,000; PowerShell
	// writes one TN per distinct list of type names, and an Exchange export
	// has a few hundred names.
	MaxTypeNames int
}

// defaultLimits are the limits a zero field of [Limits] stands for; the
// comments of the fields give them.
var defaultLimits = Limits{
	MaxDepth:      256,
	MaxValues:     1_000_000,
	MaxValueBytes: 16 << 20,
	MaxRetained:   100_000,
	MaxTypeNames:  100_000,
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.MaxDepth, defaultLimits.MaxDepth)
	def(&l.MaxValues, defaultLimits.MaxValues)
	def(&l.MaxValueBytes, defaultLimits.MaxValueBytes)
	def(&l.MaxRetained, defaultLimits.MaxRetained)
	def(&l.MaxTypeNames, defaultLimits.MaxTypeNames)
	return l
}

// A Decoder reads CLIXML from an input stream, one top-level value at a
// time: the children of <Objs>, one per object of the pipeline that
// Export-Clixml wrote.
//
// The input is UTF-8, with or without a byte order mark, or UTF-16LE or
// UTF-16BE with one. A Ref resolves to the *Object it names, which may
// belong to an earlier top-level value. A <BA N="SerializationData"> in an
// <MS>, Exchange's BinaryFormatter payload, is skipped without being
// decoded or kept unless KeepSerializationData is set.
//
// Every bad input is an [*Error] with its position; the reader never
// panics. After an error, Next returns the same error again.
type Decoder struct {
	// Limits bound the input; set them before the first Next.
	Limits Limits
	// KeepSerializationData keeps <BA N="SerializationData"> members of an
	// <MS> as Bytes values, instead of skipping them.
	KeepSerializationData bool
	// AllowCycles accepts a Ref to an object that contains it, which
	// PowerShell writes for an object graph with a cycle (HealthChecker's
	// own export has one: a PSDriveInfo whose Provider lists the drive).
	// The Ref then resolves to the enclosing *Object, and the values form a
	// cyclic graph: a caller that walks them must stop at an object it has
	// seen. [Value.AppendJSON] fails on a cycle. Without it, such a Ref is
	// an [ErrCycle] error.
	AllowCycles bool

	s       scanner
	lim     Limits
	started bool
	done    bool
	err     error

	refs   map[string]*Object  // RefId → object, across top-level values
	types  map[string][]string // TN RefId → type names
	intern map[string]string   // names seen, so that equal names share memory

	count    int      // values in the current top-level value
	deepest  int      // the deepest element of the current top-level value, Refs expanded
	typeCost int      // what the types table holds, counted as Limits.MaxTypeNames says
	ids      []string // RefIds defined in the current top-level value
	retained []retainedTop
	kept     int // values in retained
	gen      int // the number of top-level values read

	name, val []byte // scratch: the tag name and attribute value
	text      []byte // scratch: character data
}

type retainedTop struct {
	ids  []string
	size int
	gen  int
}

// NewDecoder returns a decoder that reads from r. It reads ahead, in
// blocks, as a bufio.Reader would.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{s: scanner{src: r}}
}

// ReadAll reads every top-level value of r with the default limits.
func ReadAll(r io.Reader) ([]Value, error) {
	return NewDecoder(r).readAll()
}

// readAll reads every remaining top-level value with d's options. On an
// error it returns the values read before it.
func (d *Decoder) readAll() ([]Value, error) {
	var vs []Value
	for {
		v, err := d.Next()
		if err == io.EOF {
			return vs, nil
		}
		if err != nil {
			return vs, err
		}
		vs = append(vs, v)
	}
}

// Next returns the next top-level value, or io.EOF after the last one
// (after the </Objs> end tag and what may follow it: white space, comments
// and processing instructions).
func (d *Decoder) Next() (Value, error) {
	if d.err != nil {
		return Value{}, d.err
	}
	v, err := d.next()
	if err != nil {
		d.err = err
	}
	return v, err
}

func (d *Decoder) next() (Value, error) {
	if !d.started {
		d.started = true
		if err := d.start(); err != nil {
			return Value{}, err
		}
	}
	if d.done {
		return Value{}, io.EOF
	}
	t, ok, err := d.child(elObjs)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		d.done = true
		if err := d.end(); err != nil {
			return Value{}, err
		}
		return Value{}, io.EOF
	}
	d.count, d.deepest = 0, 0
	d.ids = d.ids[:0]
	v, err := d.value(&t, 2)
	if err != nil {
		return Value{}, err
	}
	d.retain()
	return v, nil
}

// retain keeps the objects of the value just read for later Refs, and
// forgets the oldest values past Limits.MaxRetained.
func (d *Decoder) retain() {
	d.gen++
	if len(d.ids) == 0 {
		return
	}
	d.retained = append(d.retained, retainedTop{ids: append([]string(nil), d.ids...), size: d.count, gen: d.gen - 1})
	d.kept += d.count
	for d.kept > d.lim.MaxRetained && len(d.retained) > 1 {
		old := d.retained[0]
		for _, id := range old.ids {
			// A later value may have defined the id again (PowerShell
			// lets the last definition win): forget only old's object.
			if o := d.refs[id]; o != nil && o.gen == old.gen {
				delete(d.refs, id)
			}
		}
		d.kept -= old.size
		d.retained[0] = retainedTop{}
		d.retained = d.retained[1:]
	}
}

// start reads the encoding, the prolog and the <Objs> start tag.
func (d *Decoder) start() error {
	d.lim = d.Limits.withDefaults()
	d.refs = map[string]*Object{}
	d.types = map[string][]string{}
	d.intern = map[string]string{}
	s := &d.s
	if err := s.sniff(); err != nil {
		return err
	}
	if err := s.skipMisc(); err != nil {
		return err
	}
	if s.at("<!DOCTYPE") {
		return errAt(s.here(), ErrSyntax, "a DOCTYPE, which CLIXML never has")
	}
	if !s.ensure(1) {
		if s.rerr == io.EOF && s.offset() == 0 {
			return errAt(s.here(), ErrTruncated, "the input is empty")
		}
		return s.endErr("before the <Objs> element")
	}
	if s.buf[s.pos] != '<' {
		return errAt(s.here(), ErrSyntax, "text before the <Objs> element")
	}
	var t tag
	if err := d.startTag(&t); err != nil {
		return err
	}
	if t.el != elObjs {
		return errAt(t.pos(s), ErrStructure, "the root element is <%s>, want <Objs>", t.name())
	}
	if !t.hasNS || t.ns != Namespace {
		return errAt(t.pos(s), ErrStructure, "<Objs> must declare xmlns=%q", Namespace)
	}
	if t.empty {
		d.done = true
		return d.end()
	}
	return nil
}

// end reads what follows the document: white space, comments and
// processing instructions, up to the end of input.
func (d *Decoder) end() error {
	s := &d.s
	if err := s.skipMisc(); err != nil {
		return err
	}
	if s.ensure(1) {
		return errAt(s.here(), ErrSyntax, "content after the end of <Objs>")
	}
	if s.rerr != io.EOF {
		return s.endErr("")
	}
	return nil
}

// Element codes of the names that CLIXML uses.
type element uint8

const (
	elUnknown element = iota
	elObjs
	elObj
	elRef
	elNil
	elTN
	elTNRef
	elT
	elToString
	elProps
	elMS
	elLST
	elIE
	elQUE
	elSTK
	elDCT
	elEn
	elPR
	elAV // the fields of a PR
	elAI
	elPI
	elPC
	elSR
	elSD
	elPrimitive // S, I32…: kind in tag.kind
)

var elementNames = map[element]string{
	elObjs: "Objs", elObj: "Obj", elRef: "Ref", elNil: "Nil", elTN: "TN", elTNRef: "TNRef", elT: "T",
	elToString: "ToString", elProps: "Props", elMS: "MS", elLST: "LST", elIE: "IE", elQUE: "QUE",
	elSTK: "STK", elDCT: "DCT", elEn: "En", elPR: "PR", elAV: "AV", elAI: "AI", elPI: "PI", elPC: "PC",
	elSR: "SR", elSD: "SD",
}

var primitiveKinds = map[string]Kind{}

func init() {
	for k := String; k <= SecureString; k++ {
		primitiveKinds[k.String()] = k
	}
}

func lookupElement(name []byte) (element, Kind) {
	switch string(name) {
	case "Objs":
		return elObjs, Invalid
	case "Obj":
		return elObj, Obj
	case "Ref":
		return elRef, Obj
	case "Nil":
		return elNil, Nil
	case "TN":
		return elTN, Invalid
	case "TNRef":
		return elTNRef, Invalid
	case "T":
		return elT, Invalid
	case "ToString":
		return elToString, Invalid
	case "Props":
		return elProps, Invalid
	case "MS":
		return elMS, MemberSet
	case "LST":
		return elLST, Invalid
	case "IE":
		return elIE, Invalid
	case "QUE":
		return elQUE, Invalid
	case "STK":
		return elSTK, Invalid
	case "DCT":
		return elDCT, Invalid
	case "En":
		return elEn, Invalid
	case "PR":
		return elPR, ProgressRecord
	case "AV":
		return elAV, Invalid
	case "AI":
		return elAI, Invalid
	case "PI":
		return elPI, Invalid
	case "PC":
		return elPC, Invalid
	case "SR":
		return elSR, Invalid
	case "SD":
		return elSD, Invalid
	}
	if k, ok := primitiveKinds[string(name)]; ok {
		return elPrimitive, k
	}
	return elUnknown, Invalid
}

// tag is a start tag.
type tag struct {
	el     element
	kind   Kind
	raw    string // the name, kept only for an unknown element
	off    int64  // offset of '<'
	at     Pos    // the position of '<', for elements with children
	hasAt  bool
	n      string // the N attribute, decoded
	hasN   bool
	refID  string
	hasRef bool
	ns     string
	hasNS  bool
	empty  bool // <X/>
}

func (t *tag) name() string {
	if t.el == elPrimitive {
		return t.kind.String()
	}
	if t.el == elUnknown {
		return t.raw
	}
	return elementNames[t.el]
}

// pos returns the position of the tag. An element with children has it
// from startTag: its children's tags take the scanner's pending position.
// A text element is the last tag read when its errors are found.
func (t *tag) pos(s *scanner) Pos {
	if t.hasAt {
		return t.at
	}
	if s.pend == t.off {
		return s.pending()
	}
	return s.posAt(t.off)
}

// describe names the element for messages: <I32 N="Port">.
func (t *tag) describe() string {
	if t.hasN {
		return "<" + t.name() + " N=" + strconv.Quote(t.n) + ">"
	}
	return "<" + t.name() + ">"
}

// startTag reads the start tag at s.pos ('<').
func (d *Decoder) startTag(t *tag) error {
	s := &d.s
	*t = tag{off: s.offset()}
	s.setPending(t.off)
	s.pos++ // '<'
	if err := d.tagName(t); err != nil {
		return err
	}
	// The loop over the attributes stays here, not in a callee: it runs for
	// every tag, and seen stays on the stack.
	var seen []string
	for {
		hadSpace := s.ensure(1) && isSpace(s.buf[s.pos])
		s.skipSpace()
		if !s.ensure(1) {
			return s.endErr("inside a tag")
		}
		switch c := s.buf[s.pos]; {
		case c == '>':
			s.pos++
			return nil
		case c == '/':
			return d.emptyTagEnd(t)
		case !hadSpace:
			return errAt(s.here(), ErrSyntax, "expected white space, '>' or '/>' in the tag of <%s>", t.name())
		}
		var err error
		if d.name, err = s.name(d.name[:0]); err != nil {
			return err
		}
		attr := string(d.name)
		for _, a := range seen {
			if a == attr {
				return errAt(s.here(), ErrSyntax, "attribute %s given twice", attr)
			}
		}
		seen = append(seen, attr)
		if err := d.attribute(t, attr); err != nil {
			return err
		}
	}
}

// tagName reads the name of the tag t and sets its element.
func (d *Decoder) tagName(t *tag) error {
	s := &d.s
	var err error
	if d.name, err = s.name(d.name[:0]); err != nil {
		return err
	}
	t.el, t.kind = lookupElement(d.name)
	switch t.el {
	case elObjs, elObj, elTN, elProps, elMS, elLST, elIE, elQUE, elSTK, elDCT, elEn, elPR:
		t.at, t.hasAt = s.pending(), true
	}
	if t.el == elUnknown {
		t.raw = string(d.name)
		if bytes.IndexByte(d.name, ':') >= 0 {
			return errAt(t.pos(s), ErrStructure,
				"element <%s> has a namespace prefix; CLIXML uses the default namespace", t.raw)
		}
	}
	return nil
}

// emptyTagEnd reads the "/>" at s.pos that closes the tag t of an empty
// element.
func (d *Decoder) emptyTagEnd(t *tag) error {
	s := &d.s
	if !s.at("/>") {
		return errAt(s.here(), ErrSyntax, "'/' in a tag not followed by '>'")
	}
	s.pos += 2
	t.empty = true
	return nil
}

// attribute reads the '=' and the value of the attribute attr, whose name
// has been read, and keeps the value if the tag t needs it.
func (d *Decoder) attribute(t *tag, attr string) error {
	s := &d.s
	s.skipSpace()
	if !s.at("=") {
		return errAt(s.here(), ErrSyntax, "expected '=' after attribute %s", attr)
	}
	s.pos++
	s.skipSpace()
	var err error
	if d.val, err = s.attrValue(d.val[:0], d.lim.MaxValueBytes); err != nil {
		return err
	}
	switch attr {
	case "N":
		t.hasN = true
		raw := d.val
		if hasEscape(raw) {
			if raw, err = appendDecoded(nil, raw); err != nil {
				return errAt(t.pos(s), ErrValue, "name %q: %v", d.val, err)
			}
		}
		t.n = d.internBytes(raw)
	case "RefId":
		t.hasRef = true
		t.refID = d.internSmall(d.val)
	case "xmlns":
		t.hasNS = true
		t.ns = string(d.val)
	}
	return nil
}

// internBytes returns b as a string, shared with earlier equal names. The
// table stops growing at 1<<16 names, so that a hostile file of distinct
// names does not fill it.
func (d *Decoder) internBytes(b []byte) string {
	if s, ok := d.intern[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(d.intern) < 1<<16 && len(b) <= 256 {
		d.intern[s] = s
	}
	return s
}

// RefIds are numbers counted up through the file: intern only the small
// ones, which every file repeats.
func (d *Decoder) internSmall(b []byte) string {
	if len(b) <= 2 {
		return d.internBytes(b)
	}
	return string(b)
}

// child reads up to the next start tag inside the element parent and
// returns it, or ok false after the end tag of parent. Text other than
// white space is an error: CLIXML containers hold elements only.
func (d *Decoder) child(parent element) (t tag, ok bool, err error) {
	s := &d.s
	if err := s.skipMisc(); err != nil {
		return t, false, err
	}
	if !s.ensure(2) {
		return t, false, s.endErr("inside <" + elementNames[parent] + ">")
	}
	if s.buf[s.pos] != '<' {
		return t, false, errAt(s.here(), ErrStructure,
			"text inside <%s>, which holds elements only", elementNames[parent])
	}
	if s.buf[s.pos+1] == '/' {
		return t, false, d.endTag(elementNames[parent])
	}
	if s.at("<![CDATA[") || s.at("<!") {
		return t, false, errAt(s.here(), ErrStructure,
			"a CDATA section or declaration inside <%s>, which holds elements only", elementNames[parent])
	}
	if err = d.startTag(&t); err == nil && t.hasNS && t.ns != Namespace {
		err = errAt(t.pos(s), ErrStructure, "%s declares namespace %q, not CLIXML's", t.describe(), t.ns)
	}
	return t, err == nil, err
}

// endTag reads the end tag at s.pos ("</") and checks its name.
func (d *Decoder) endTag(want string) error {
	s := &d.s
	at := s.here()
	s.pos += 2
	var err error
	if d.name, err = s.name(d.name[:0]); err != nil {
		return err
	}
	s.skipSpace()
	if !s.at(">") {
		if !s.ensure(1) {
			return s.endErr("inside an end tag")
		}
		return errAt(s.here(), ErrSyntax, "expected '>' to close </%s", d.name)
	}
	s.pos++
	if string(d.name) != want {
		return errAt(at, ErrSyntax, "end tag </%s> closes <%s>", d.name, want)
	}
	return nil
}
