package clixml

import (
	"fmt"
	"math"
)

// diffValues returns where a and b differ, or "" when they are the same
// values: same kinds, texts, numbers (NaN equal to NaN) and objects,
// ignoring positions and RefIds, which a canonical write renumbers. Shared
// and cyclic objects are compared once per pair.
func diffValues(a, b Value) string {
	return (&differ{seen: map[[2]*Object]bool{}}).value("$", a, b)
}

type differ struct{ seen map[[2]*Object]bool }

func (d *differ) value(path string, a, b Value) string {
	if a.kind != b.kind {
		return fmt.Sprintf("%s: kind %v, then %v", path, a.kind, b.kind)
	}
	switch a.kind {
	case Float, Double:
		fa, _ := a.Float()
		fb, _ := b.Float()
		if fa != fb && !(math.IsNaN(fa) && math.IsNaN(fb)) {
			return fmt.Sprintf("%s: %v, then %v", path, fa, fb)
		}
		return ""
	case Obj, ProgressRecord, MemberSet:
		return d.object(path, a.obj, b.obj)
	}
	if a.text != b.text || a.bits != b.bits {
		return fmt.Sprintf("%s: %q/%d, then %q/%d", path, a.text, a.bits, b.text, b.bits)
	}
	return ""
}

func (d *differ) object(path string, a, b *Object) string {
	if a == nil || b == nil {
		if a != b {
			return path + ": nil object"
		}
		return ""
	}
	if d.seen[[2]*Object{a, b}] {
		return ""
	}
	d.seen[[2]*Object{a, b}] = true
	if fmt.Sprint(a.TypeNames) != fmt.Sprint(b.TypeNames) || len(a.TypeNames) != len(b.TypeNames) {
		return fmt.Sprintf("%s: types %q, then %q", path, a.TypeNames, b.TypeNames)
	}
	if a.HasToString != b.HasToString || a.ToString != b.ToString {
		return fmt.Sprintf("%s: ToString %q, then %q", path, a.ToString, b.ToString)
	}
	if a.Container != b.Container || len(a.Items) != len(b.Items) || len(a.Entries) != len(b.Entries) {
		return fmt.Sprintf("%s: container %v[%d], then %v[%d]", path, a.Container, len(a.Items)+len(a.Entries), b.Container, len(b.Items)+len(b.Entries))
	}
	if a.Value.kind != Invalid || b.Value.kind != Invalid {
		if s := d.value(path+".@value", a.Value, b.Value); s != "" {
			return s
		}
	}
	for i := range a.Items {
		if s := d.value(fmt.Sprintf("%s[%d]", path, i), a.Items[i], b.Items[i]); s != "" {
			return s
		}
	}
	for i := range a.Entries {
		if s := d.value(fmt.Sprintf("%s{%d}.Key", path, i), a.Entries[i].Key, b.Entries[i].Key); s != "" {
			return s
		}
		if s := d.value(fmt.Sprintf("%s{%d}.Value", path, i), a.Entries[i].Value, b.Entries[i].Value); s != "" {
			return s
		}
	}
	if s := d.props(path+".Props", a.Props, b.Props); s != "" {
		return s
	}
	return d.props(path+".MS", a.MS, b.MS)
}

func (d *differ) props(path string, a, b []Property) string {
	if len(a) != len(b) {
		return fmt.Sprintf("%s: %d members, then %d", path, len(a), len(b))
	}
	for i := range a {
		if a[i].Name != b[i].Name {
			return fmt.Sprintf("%s[%d]: name %q, then %q", path, i, a[i].Name, b[i].Name)
		}
		if s := d.value(path+"."+a[i].Name, a[i].Value, b[i].Value); s != "" {
			return s
		}
	}
	return ""
}
