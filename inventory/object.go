package inventory

import (
	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/clixml"
)

// object is one top-level object being read, with what its findings need.
type object struct {
	src    Source
	n      int    // the object's number in its file, from 1
	cmdlet string // the cmdlet of its kind, which the fixes name
	obj    *clixml.Object
	fs     *exhybrid.Findings
}

// exportAll is the fix for a property every object of its kind has: the
// export left it out, so the cmdlet must be exported again, whole.
func (o object) exportAll() string { return "Export " + o.cmdlet + " with all its properties" }

// origin says where the object was read.
func (o object) origin() Origin { return Origin{File: o.src.Name, Object: o.n} }

// path is the path of the object, or of its property prop when prop is
// not empty: "GetSendConnector.xml: object 2: TlsCertificateName".
func (o object) path(prop string) exhybrid.Path {
	return o.origin().Path(prop)
}

// missing adds a field-missing finding for prop.
func (o object) missing(prop, fix string) {
	o.fs.Add(rules, o.path(prop), CodeFieldMissing, fix, "%s has no %s", o.kind(), prop)
}

// invalid adds a field-invalid finding for prop.
func (o object) invalid(prop, fix string, err error) {
	o.fs.Add(rules, o.path(prop), CodeFieldInvalid, fix, "%s's %s: %v", o.kind(), prop, err)
}

// kind names the object's type for messages: its most derived type name.
func (o object) kind() string { return typeName(clixml.ObjectValue(o.obj)) }

// text returns the text of the property name: a string's value, or an
// object's ToString (Exchange value types such as SmtpDomainWithSubdomains
// and enums are objects whose ToString is their canonical text). It is ""
// when the property is absent, null or empty.
func (o object) text(name string) string {
	v, ok := o.obj.Prop(name)
	if !ok {
		return ""
	}
	if obj := v.Object(); obj != nil {
		return obj.ToString
	}
	return v.Text()
}

// required returns the text of the property name, adding a field-missing
// finding when it is "".
func (o object) required(name, fix string) (string, bool) {
	s := o.text(name)
	if s == "" {
		o.missing(name, fix)
		return "", false
	}
	return s, true
}

// parsed returns the property name parsed with parse, the way an enum
// such as TlsAuthLevel is read: the zero value when it is absent, null or
// empty, and what parse returns, with a field-invalid finding, when parse
// refuses the text.
func parsed[T any](o object, name string, parse func(string) (T, error)) T {
	s := o.text(name)
	if s == "" {
		var zero T
		return zero
	}
	v, err := parse(s)
	if err != nil {
		o.invalid(name, "", err)
	}
	return v
}

// boolean returns the value of the Boolean property name; an absent or
// null property is false without a finding, and any other value is
// false with a field-invalid finding.
func (o object) boolean(name string) bool {
	b := o.optionalBool(name)
	return b != nil && *b
}
