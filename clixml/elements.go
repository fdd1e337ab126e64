package clixml

import (
	"strings"
)

// value reads the value element whose start tag is t, at depth.
func (d *Decoder) value(t *tag, depth int) (Value, error) {
	s := &d.s
	if depth > d.lim.MaxDepth {
		return Value{}, errAt(t.pos(s), ErrLimit, "elements nested deeper than %d (Limits.MaxDepth)", d.lim.MaxDepth)
	}
	if err := d.add(1, t); err != nil {
		return Value{}, err
	}
	d.deepest = max(d.deepest, depth)
	switch t.el {
	case elPrimitive:
		raw, err := d.leaf(t)
		if err != nil {
			return Value{}, err
		}
		v, err := parsePrimitive(t.kind, raw)
		if err != nil {
			return Value{}, errAt(t.pos(s), ErrValue, "%s: %v", t.describe(), err)
		}
		return v, nil
	case elNil:
		return Value{kind: Nil}, d.empty(t)
	case elRef:
		return d.ref(t, depth)
	case elObj:
		o, err := d.object(t, depth)
		return Value{kind: Obj, obj: o}, err
	case elPR:
		o, err := d.progress(t, depth)
		return Value{kind: ProgressRecord, obj: o}, err
	}
	return Value{}, errAt(t.pos(s), ErrStructure, "%s where a value is expected", t.describe())
}

// add counts n values at the element t, a Ref counting as the values it
// repeats.
func (d *Decoder) add(n int, t *tag) error {
	if d.count += n; d.count > d.lim.MaxValues {
		return errAt(t.pos(&d.s), ErrLimit,
			"more than %d values in one top-level value, a Ref counting as what it repeats (Limits.MaxValues)", d.lim.MaxValues)
	}
	return nil
}

// leaf reads the content of a text-only element and its end tag. The
// result is valid until the next call.
func (d *Decoder) leaf(t *tag) ([]byte, error) {
	d.text = d.text[:0]
	if t.empty {
		return d.text, nil
	}
	s := &d.s
	for {
		var err error
		if d.text, err = s.text(d.text, d.lim.MaxValueBytes); err != nil {
			return nil, err
		}
		if !s.ensure(2) {
			return nil, s.endErr("inside " + t.describe())
		}
		switch {
		case s.buf[s.pos+1] == '/':
			return d.text, d.endTag(t.name())
		case s.at("<!--"):
			s.pos += 4
			err = s.skipUntil("-->", "a comment")
		case s.at("<![CDATA["):
			d.text, err = s.cdata(d.text, d.lim.MaxValueBytes)
		case s.at("<?"):
			s.pos += 2
			err = s.skipUntil("?>", "a processing instruction")
		default:
			return nil, errAt(s.here(), ErrStructure, "an element inside %s, which holds text only", t.describe())
		}
		if err != nil {
			return nil, err
		}
	}
}

// empty reads an element that must have no content but white space.
func (d *Decoder) empty(t *tag) error {
	raw, err := d.leaf(t)
	if err != nil {
		return err
	}
	if len(xmlSpace(raw)) > 0 {
		return errAt(t.pos(&d.s), ErrStructure, "text inside %s, which is empty", t.describe())
	}
	return nil
}

// skipBlob skips a <BA N="SerializationData">: Exchange's BinaryFormatter
// payload, most of an export's bytes and the classic deserialization attack
// surface. It checks that the text is base64 characters, without decoding
// or keeping them. The value still counts toward Limits.MaxValues.
func (d *Decoder) skipBlob(t *tag) error {
	if err := d.add(1, t); err != nil {
		return err
	}
	if t.empty {
		return nil
	}
	s := &d.s
	for {
		i, buf := s.pos, s.buf[:s.end]
		for i < len(buf) && base64Class[buf[i]] != b64Bad {
			i++
		}
		s.pos = i
		if i == s.end {
			if !s.fill() {
				return s.endErr("inside " + t.describe())
			}
			continue
		}
		if buf[i] == '<' {
			if !s.ensure(2) {
				return s.endErr("inside " + t.describe())
			}
			if s.buf[s.pos+1] == '/' {
				return d.endTag("BA")
			}
		}
		return errAt(s.here(), ErrValue, "%s: a character that is not base64", t.describe())
	}
}

// ref resolves a <Ref> at depth. The object it names counts as if it
// were written there, for Limits.MaxValues and Limits.MaxDepth, so that a
// caller that expands Refs (as AppendJSON does) stays within the limits.
func (d *Decoder) ref(t *tag, depth int) (Value, error) {
	s := &d.s
	if !t.hasRef {
		return Value{}, errAt(t.pos(s), ErrStructure, "%s without a RefId", t.describe())
	}
	if err := d.empty(t); err != nil {
		return Value{}, err
	}
	o := d.refs[t.refID]
	switch {
	case o == nil:
		return Value{}, errAt(t.pos(s), ErrRef,
			"%s: RefId %q names no earlier <Obj>; a Ref can only repeat an object written before it", t.describe(), t.refID)
	case o.open && d.AllowCycles:
		return Value{kind: Obj, obj: o}, nil
	case o.open:
		return Value{}, errAt(t.pos(s), ErrCycle,
			"%s: RefId %q names an object that contains this Ref, so the object would contain itself", t.describe(), t.refID)
	}
	if depth+o.height > d.lim.MaxDepth {
		return Value{}, errAt(t.pos(s), ErrLimit,
			"%s repeats an object %d levels deep here, deeper than %d (Limits.MaxDepth)", t.describe(), o.height, d.lim.MaxDepth)
	}
	d.deepest = max(d.deepest, depth+o.height)
	if err := d.add(o.size-1, t); err != nil {
		return Value{}, err
	}
	return Value{kind: Obj, obj: o}, nil
}

// object reads an <Obj>.
func (d *Decoder) object(t *tag, depth int) (*Object, error) {
	s := &d.s
	o := &Object{Pos: t.pos(s), RefID: t.refID, open: true, gen: d.gen}
	if t.hasRef {
		d.refs[t.refID] = o
		d.ids = append(d.ids, t.refID)
	}
	first, outer := d.count, d.deepest
	d.deepest = depth
	defer func() {
		o.open, o.size, o.height = false, d.count-first+1, d.deepest-depth
		d.deepest = max(outer, d.deepest)
	}()
	if t.empty {
		return o, nil
	}
	var had objectParts
	for {
		c, ok, err := d.child(elObj)
		if err != nil {
			return o, err
		}
		if !ok {
			return o, nil
		}
		if err := d.objectPart(o, &c, depth, &had); err != nil {
			return o, err
		}
	}
}

// objectParts records the parts an <Obj> has had: each may appear once.
type objectParts struct {
	types, props, ms, base bool
}

// baseValue names the one part of an <Obj> that its primitive, list or
// dictionary elements share.
const baseValue = "base value (a primitive, a list or a dictionary)"

// objectPart reads the child c of the <Obj> o, which is at depth.
func (d *Decoder) objectPart(o *Object, c *tag, depth int, had *objectParts) error {
	var err error
	switch c.el {
	case elTN, elTNRef:
		if err = d.once(c, &had.types, "TN or TNRef"); err == nil {
			o.TypeNames, err = d.typeNames(c)
		}
	case elToString:
		if err = d.once(c, &o.HasToString, "ToString"); err == nil {
			o.ToString, err = d.decodedText(c)
		}
	case elProps:
		if err = d.once(c, &had.props, "Props"); err == nil {
			o.Props, err = d.members(c, depth+1, false)
		}
	case elMS:
		if err = d.once(c, &had.ms, "MS"); err == nil {
			o.MS, err = d.members(c, depth+1, true)
		}
	case elLST, elIE, elQUE, elSTK:
		if err = d.once(c, &had.base, baseValue); err == nil {
			o.Container = Container(c.el-elLST) + List
			o.Items, err = d.items(c, depth+1)
		}
	case elDCT:
		if err = d.once(c, &had.base, baseValue); err == nil {
			o.Container = Dictionary
			o.Entries, err = d.entries(c, depth+1)
		}
	case elPrimitive, elObj, elPR:
		if err = d.once(c, &had.base, baseValue); err == nil {
			o.Value, err = d.value(c, depth+1)
		}
	default:
		err = errAt(c.pos(&d.s), ErrStructure, "%s inside <Obj>", c.describe())
	}
	return err
}

// once sets *had for the part c of an <Obj>, or fails if it was set: the
// <Obj> has had a part what already.
func (d *Decoder) once(c *tag, had *bool, what string) error {
	if *had {
		return errAt(c.pos(&d.s), ErrStructure, "a second %s in one <Obj>", what)
	}
	*had = true
	return nil
}

// decodedText reads a text element whose text has _xHHHH_ escapes.
func (d *Decoder) decodedText(t *tag) (string, error) {
	raw, err := d.leaf(t)
	if err != nil {
		return "", err
	}
	v, err := parsePrimitive(String, raw)
	if err != nil {
		return "", errAt(t.pos(&d.s), ErrValue, "%s: %v", t.describe(), err)
	}
	return v.text, nil
}

// typeNames reads a <TN> or <TNRef>.
func (d *Decoder) typeNames(t *tag) ([]string, error) {
	s := &d.s
	if t.el == elTNRef {
		if !t.hasRef {
			return nil, errAt(t.pos(s), ErrStructure, "<TNRef> without a RefId")
		}
		if err := d.empty(t); err != nil {
			return nil, err
		}
		names, ok := d.types[t.refID]
		if !ok {
			return nil, errAt(t.pos(s), ErrRef, "<TNRef>: RefId %q names no earlier <TN>", t.refID)
		}
		return names, nil
	}
	names := []string{}
	if !t.empty {
		for {
			c, ok, err := d.child(elTN)
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			if c.el != elT {
				return nil, errAt(c.pos(s), ErrStructure, "%s inside <TN>, which holds <T> elements", c.describe())
			}
			if err := d.add(1, &c); err != nil {
				return nil, err
			}
			name, err := d.decodedText(&c)
			if err != nil {
				return nil, err
			}
			names = append(names, d.internBytes([]byte(name)))
		}
	}
	if t.hasRef {
		// A TN that defines its RefId again replaces the earlier list.
		if d.typeCost += typeCost(names) - typeCost(d.types[t.refID]); d.typeCost > d.lim.MaxTypeNames {
			return nil, errAt(t.pos(s), ErrLimit,
				"more than %d type names kept for TNRef (Limits.MaxTypeNames)", d.lim.MaxTypeNames)
		}
		d.types[t.refID] = names
	}
	return names, nil
}

// typeCost is what a list of type names counts toward Limits.MaxTypeNames.
func typeCost(names []string) int {
	cost := 0
	for _, n := range names {
		cost += 1 + len(n)>>10
	}
	return cost
}

// members reads a <Props> or an <MS>.
func (d *Decoder) members(t *tag, depth int, ms bool) ([]Property, error) {
	s := &d.s
	if depth > d.lim.MaxDepth {
		return nil, errAt(t.pos(s), ErrLimit, "elements nested deeper than %d (Limits.MaxDepth)", d.lim.MaxDepth)
	}
	if t.empty {
		return nil, nil
	}
	parent := elProps
	if ms {
		parent = elMS
	}
	var props []Property
	for {
		c, ok, err := d.child(parent)
		if err != nil {
			return props, err
		}
		if !ok {
			return props, nil
		}
		if !c.hasN {
			return props, errAt(c.pos(s), ErrStructure,
				"%s inside <%s> without a name (N attribute)", c.describe(), elementNames[parent])
		}
		var v Value
		switch {
		case ms && c.el == elMS:
			if err := d.add(1, &c); err != nil {
				return props, err
			}
			set := &Object{Pos: c.pos(s)}
			set.MS, err = d.members(&c, depth+1, true)
			v = Value{kind: MemberSet, obj: set}
		case ms && c.el == elPrimitive && c.kind == Bytes && c.n == "SerializationData" && !d.KeepSerializationData:
			if err = d.skipBlob(&c); err != nil {
				return props, err
			}
			continue
		default:
			v, err = d.value(&c, depth+1)
		}
		if err != nil {
			return props, err
		}
		props = append(props, Property{Name: c.n, Value: v})
	}
}

// items reads the items of an LST, IE, QUE or STK.
func (d *Decoder) items(t *tag, depth int) ([]Value, error) {
	if t.empty {
		return []Value{}, nil
	}
	items := []Value{}
	for {
		c, ok, err := d.child(t.el)
		if err != nil || !ok {
			return items, err
		}
		v, err := d.value(&c, depth+1)
		if err != nil {
			return items, err
		}
		items = append(items, v)
	}
}

// entries reads the <En> entries of a DCT.
func (d *Decoder) entries(t *tag, depth int) ([]Entry, error) {
	s := &d.s
	if t.empty {
		return []Entry{}, nil
	}
	entries := []Entry{}
	for {
		c, ok, err := d.child(elDCT)
		if err != nil || !ok {
			return entries, err
		}
		if c.el != elEn || c.empty {
			return entries, errAt(c.pos(s), ErrStructure,
				"%s inside <DCT>, which holds <En> entries of a Key and a Value", c.describe())
		}
		var e Entry
		for i, want := range [2]string{"Key", "Value"} {
			k, ok, err := d.child(elEn)
			if err != nil {
				return entries, err
			}
			if !ok || !strings.EqualFold(k.n, want) {
				return entries, errAt(c.pos(s), ErrStructure, "<En> must hold a value named Key, then one named Value")
			}
			v, err := d.value(&k, depth+2)
			if err != nil {
				return entries, err
			}
			if i == 0 {
				if v.kind == Nil {
					return entries, errAt(k.pos(s), ErrStructure, "a dictionary key that is <Nil>")
				}
				e.Key = v
			} else {
				e.Value = v
			}
		}
		if _, ok, err := d.child(elEn); err != nil || ok {
			if err == nil {
				err = errAt(c.pos(s), ErrStructure, "<En> holds more than a Key and a Value")
			}
			return entries, err
		}
		entries = append(entries, e)
	}
}

// The fields of a <PR>, in the order PowerShell writes them, with the
// names of System.Management.Automation.ProgressRecord's properties
// (serialization.cs, WriteProgressRecord).
var progressFields = [...]struct {
	el   element
	name string
	kind Kind
}{
	{elAV, "Activity", String},
	{elAI, "ActivityId", Int32},
	{elUnknown, "CurrentOperation", Invalid}, // any value, written without a name
	{elPI, "ParentActivityId", Int32},
	{elPC, "PercentComplete", Int32},
	{elT, "RecordType", String},
	{elSR, "SecondsRemaining", Int32},
	{elSD, "StatusDescription", String},
}

// progress reads a <PR>.
func (d *Decoder) progress(t *tag, depth int) (*Object, error) {
	s := &d.s
	o := &Object{Pos: t.pos(s)}
	if t.empty {
		return o, errAt(t.pos(s), ErrStructure, "an empty <PR>")
	}
	for _, f := range progressFields {
		c, ok, err := d.child(elPR)
		if err != nil {
			return o, err
		}
		if !ok || (f.el != elUnknown && c.el != f.el) {
			return o, errAt(t.pos(s), ErrStructure,
				"<PR> must hold AV, AI, a value, PI, PC, T, SR and SD, in this order")
		}
		var v Value
		if f.el == elUnknown {
			v, err = d.value(&c, depth+1)
		} else {
			var raw []byte
			if raw, err = d.leaf(&c); err == nil {
				if v, err = parsePrimitive(f.kind, raw); err != nil {
					err = errAt(c.pos(s), ErrValue, "%s: %v", c.describe(), err)
				}
			}
		}
		if err != nil {
			return o, err
		}
		o.Props = append(o.Props, Property{Name: f.name, Value: v})
	}
	if _, ok, err := d.child(elPR); err != nil || ok {
		if err == nil {
			err = errAt(t.pos(s), ErrStructure, "<PR> holds more than its eight fields")
		}
		return o, err
	}
	return o, nil
}
