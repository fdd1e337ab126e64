package clixml

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// An Encoder writes values as CLIXML in a canonical form: UTF-8 without a
// byte order mark, the envelope and indentation Export-Clixml uses, RefIds
// numbered from 0 in the order objects are written (an object written
// before is written again as a <Ref>), a <TN> per distinct list of type
// names and a <TNRef> after that, and strings escaped as PowerShell
// escapes them (plus U+FFFE and U+FFFF, which XML forbids). A [Decoder]
// reads back the same values: that is what the package's fuzz test checks.
type Encoder struct {
	w       io.Writer
	b       []byte
	started bool
	refs    map[*Object]int
	types   map[string]int
	err     error
}

// NewEncoder returns an encoder that writes to w. Call Close after the
// last value.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, refs: map[*Object]int{}, types: map[string]int{}}
}

const envelope = `<Objs Version="1.1.0.1" xmlns="` + Namespace + `">` + "\n"

// Encode writes one top-level value. A zero Value, or a string that is not
// UTF-8, is an [ErrValue] error.
func (e *Encoder) Encode(v Value) error {
	if e.err != nil {
		return e.err
	}
	e.begin()
	if e.err = e.value(1, nil, v); e.err != nil {
		return e.err
	}
	_, e.err = e.w.Write(e.b)
	return e.err
}

// begin empties the buffer of a write, starting it with the envelope when
// nothing was written yet.
func (e *Encoder) begin() {
	e.b = e.b[:0]
	if !e.started {
		e.started = true
		e.b = append(e.b, envelope...)
	}
}

// Close writes the end of the document (the whole of an empty one).
func (e *Encoder) Close() error {
	if e.err != nil {
		return e.err
	}
	e.begin()
	e.b = append(e.b, "</Objs>\n"...)
	_, e.err = e.w.Write(e.b)
	if e.err == nil {
		e.err = &Error{Kind: ErrStructure, Msg: "Encode after Close"}
		return nil
	}
	return e.err
}

func (e *Encoder) indent(depth int) {
	for range depth {
		e.b = append(e.b, ' ', ' ')
	}
}

// open writes <el N="name" and leaves the tag open.
func (e *Encoder) open(depth int, el string, name *string) {
	e.indent(depth)
	e.b = append(e.b, '<')
	e.b = append(e.b, el...)
	if name != nil {
		e.b = append(e.b, ` N="`...)
		e.b = appendEncoded(e.b, *name)
		e.b = append(e.b, '"')
	}
}

func (e *Encoder) close(depth int, el string) {
	e.indent(depth)
	e.b = append(append(append(e.b, "</"...), el...), ">\n"...)
}

// leaf writes a text element; encoded says whether the text takes
// _xHHHH_ escapes.
func (e *Encoder) leaf(depth int, el string, name *string, text string, encoded bool) error {
	if !utf8.ValidString(text) {
		return &Error{Kind: ErrValue, Msg: "<" + el + ">: text that is not UTF-8"}
	}
	e.open(depth, el, name)
	e.b = append(e.b, '>')
	if encoded {
		e.b = appendEncoded(e.b, text)
	} else {
		e.b = appendXMLText(e.b, text)
	}
	e.b = append(append(append(e.b, "</"...), el...), ">\n"...)
	return nil
}

func (e *Encoder) value(depth int, name *string, v Value) error {
	switch v.kind {
	case Invalid:
		return &Error{Kind: ErrValue, Msg: "the zero Value has no CLIXML form"}
	case Nil:
		e.open(depth, "Nil", name)
		e.b = append(e.b, " />\n"...)
		return nil
	case String, URI, XMLDocument, ScriptBlock:
		return e.leaf(depth, v.kind.String(), name, v.text, true)
	case Char:
		return e.leaf(depth, "C", name, strconv.FormatUint(v.bits, 10), false)
	case Obj:
		return e.object(depth, name, v.obj)
	case ProgressRecord:
		return e.progress(depth, name, v.obj)
	case MemberSet:
		if name == nil {
			return &Error{Kind: ErrValue, Msg: "a member set outside an MS"}
		}
		e.open(depth, "MS", name)
		e.b = append(e.b, ">\n"...)
		if err := e.members(depth+1, v.obj.MS); err != nil {
			return err
		}
		e.close(depth, "MS")
		return nil
	}
	if v.kind > MemberSet {
		return &Error{Kind: ErrValue, Msg: "unknown kind " + v.kind.String()}
	}
	return e.leaf(depth, v.kind.String(), name, v.Text(), false)
}

func (e *Encoder) members(depth int, props []Property) error {
	for i := range props {
		if err := e.value(depth, &props[i].Name, props[i].Value); err != nil {
			return err
		}
	}
	return nil
}

// object writes o as an <Obj>, or as a <Ref> if it was written before.
func (e *Encoder) object(depth int, name *string, o *Object) error {
	if o == nil {
		return &Error{Kind: ErrValue, Msg: "an Obj value without an object"}
	}
	if id, ok := e.refs[o]; ok {
		e.open(depth, "Ref", name)
		e.b = append(strconv.AppendInt(append(e.b, ` RefId="`...), int64(id), 10), "\" />\n"...)
		return nil
	}
	id := len(e.refs)
	e.refs[o] = id
	e.open(depth, "Obj", name)
	e.b = append(strconv.AppendInt(append(e.b, ` RefId="`...), int64(id), 10), "\">\n"...)
	if o.TypeNames != nil {
		if err := e.typeNames(depth+1, o.TypeNames); err != nil {
			return err
		}
	}
	if o.HasToString {
		if err := e.leaf(depth+1, "ToString", nil, o.ToString, true); err != nil {
			return err
		}
	}
	if err := e.base(depth+1, o); err != nil {
		return err
	}
	if err := e.memberSets(depth+1, o); err != nil {
		return err
	}
	e.close(depth, "Obj")
	return nil
}

// typeNames writes a <TN> of names, or a <TNRef> to the <TN> written
// before for an equal list.
func (e *Encoder) typeNames(depth int, names []string) error {
	key := typeKey(names)
	if tn, ok := e.types[key]; ok {
		e.indent(depth)
		e.b = append(strconv.AppendInt(append(e.b, `<TNRef RefId="`...), int64(tn), 10), "\" />\n"...)
		return nil
	}
	tn := len(e.types)
	e.types[key] = tn
	e.indent(depth)
	e.b = append(strconv.AppendInt(append(e.b, `<TN RefId="`...), int64(tn), 10), "\">\n"...)
	for _, t := range names {
		if err := e.leaf(depth+1, "T", nil, t, true); err != nil {
			return err
		}
	}
	e.close(depth, "TN")
	return nil
}

// base writes the base value of o, if it has one: its dictionary, its list
// or its primitive or object value.
func (e *Encoder) base(depth int, o *Object) error {
	switch {
	case o.Container == Dictionary:
		return e.dictionary(depth, o.Entries)
	case o.Container != NoContainer:
		el := o.Container.String()
		e.open(depth, el, nil)
		e.b = append(e.b, ">\n"...)
		for _, it := range o.Items {
			if err := e.value(depth+1, nil, it); err != nil {
				return err
			}
		}
		e.close(depth, el)
	case o.Value.kind != Invalid:
		return e.value(depth, nil, o.Value)
	}
	return nil
}

// dictionary writes a <DCT> of entries.
func (e *Encoder) dictionary(depth int, entries []Entry) error {
	e.open(depth, "DCT", nil)
	e.b = append(e.b, ">\n"...)
	key, val := "Key", "Value"
	for _, en := range entries {
		e.open(depth+1, "En", nil)
		e.b = append(e.b, ">\n"...)
		if err := e.value(depth+2, &key, en.Key); err != nil {
			return err
		}
		if err := e.value(depth+2, &val, en.Value); err != nil {
			return err
		}
		e.close(depth+1, "En")
	}
	e.close(depth, "DCT")
	return nil
}

// memberSets writes the <Props> and the <MS> of o, those it has.
func (e *Encoder) memberSets(depth int, o *Object) error {
	for _, set := range [2]struct {
		el    string
		props []Property
	}{{"Props", o.Props}, {"MS", o.MS}} {
		if set.props == nil {
			continue
		}
		e.open(depth, set.el, nil)
		e.b = append(e.b, ">\n"...)
		if err := e.members(depth+1, set.props); err != nil {
			return err
		}
		e.close(depth, set.el)
	}
	return nil
}

// typeKey returns a key that tells lists of type names apart, whatever
// characters the names hold.
func typeKey(names []string) string {
	var b strings.Builder
	for _, n := range names {
		b.WriteString(strconv.Itoa(len(n)))
		b.WriteByte(':')
		b.WriteString(n)
	}
	return b.String()
}

var progressElements = [...]string{"AV", "AI", "", "PI", "PC", "T", "SR", "SD"}

func (e *Encoder) progress(depth int, name *string, o *Object) error {
	if o == nil || len(o.Props) != len(progressFields) {
		return &Error{Kind: ErrValue, Msg: "a PR value needs its eight fields"}
	}
	e.open(depth, "PR", name)
	e.b = append(e.b, ">\n"...)
	for i, p := range o.Props {
		var err error
		if progressElements[i] == "" {
			err = e.value(depth+1, nil, p.Value)
		} else {
			err = e.leaf(depth+1, progressElements[i], nil, p.Value.Text(), p.Value.kind == String)
		}
		if err != nil {
			return err
		}
	}
	e.close(depth, "PR")
	return nil
}
