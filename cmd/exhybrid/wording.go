package main

import (
	"errors"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/hybrid"
	"github.com/exhybrid/exhybrid/roles"
	"github.com/exhybrid/exhybrid/version"
)

// The library's parse errors name the function that failed
// (`version.ParseBuild("15.0.x"): invalid syntax`), which suits a Go
// program; the people who run exhybrid want to know what to write instead.
// plain rewords the errors they meet most, matched by the library's
// sentinel errors, and keeps the library's error underneath for errors.Is.

// plainError is a library error reworded for people.
type plainError struct {
	msg string
	err error
}

func (e *plainError) Error() string { return e.msg }
func (e *plainError) Unwrap() error { return e.err }

// plain rewords err, the error of parsing the text s as a value of the
// organization, a flag or an argument. An error it does not know is
// returned as it is.
func plain(s string, err error) error {
	q := strconv.Quote(s)
	var msg string
	switch {
	case errors.Is(err, version.ErrSyntax):
		msg = "invalid build " + q + ": want four numbers separated by dots, such as 15.2.1544.4"
	case errors.Is(err, version.ErrRange):
		msg = "invalid build " + q + ": each of its four numbers is at most 65535"
	case errors.Is(err, version.ErrDate):
		msg = "invalid date " + q + ": want a calendar day as YYYY-MM-DD, such as 2025-06-30"
	case isType(err, version.ErrUnknownValue, "Product"):
		msg = "unknown product " + q + ": want one of " + productList()
	case isRepeated(err, roles.ErrUnknownValue):
		msg = "invalid roles " + q + ": a role is named twice"
	case errors.Is(err, roles.ErrUnknownValue):
		msg = "invalid roles " + q + ": want role names separated by commas, from " + names(enumNames[roles.Role]())
	case errors.Is(err, hybrid.ErrRepeatedFeature):
		msg = "invalid features " + q + ": a feature is named twice"
	case errors.Is(err, hybrid.ErrUnknownFeature):
		msg = "unknown hybrid feature" + inList(s, err) + ": want feature names separated by commas, from " + names(enumNames[hybrid.Feature]())
	case errors.Is(err, hybrid.ErrUnknownType):
		msg = "unknown hybrid type " + q + ": want one of " + names(enumNames[hybrid.Type]())
	case errors.Is(err, hybrid.ErrUnknownMX):
		msg = "unknown MX choice " + q + ": want one of " + names(enumNames[hybrid.MX]())
	case errors.Is(err, hybrid.ErrUnknownDomainType):
		msg = "unknown accepted domain type " + q + ": want one of " + names(enumNames[hybrid.DomainType]())
	case errors.Is(err, exhybrid.ErrUnknownValue):
		msg = "unknown cloud " + q + ": want one of " + names(enumNames[exhybrid.Cloud]())
	default:
		return err
	}
	return &plainError{msg: msg, err: err}
}

// inList names the unknown feature and, when it is one of a list, the list:
// ` "Teleport" in "FreeBusy, Teleport"`.
func inList(s string, err error) string {
	var pe *hybrid.ParseError
	if errors.As(err, &pe) && pe.Input != s {
		return " " + strconv.Quote(strings.TrimSpace(pe.Input)) + " in " + strconv.Quote(s)
	}
	return " " + strconv.Quote(s)
}

// names joins the names of an enumeration for a message.
func names(ns []string) string { return strings.Join(ns, ", ") }

// enumNames returns the names of the valid values of an enumeration whose
// values run from 1 while IsValid holds, as every enumeration of the
// library does (its zero value is the invalid Unknown).
func enumNames[T interface {
	~uint8
	IsValid() bool
	String() string
}]() []string {
	var names []string
	for v := T(1); v.IsValid(); v++ {
		names = append(names, v.String())
	}
	return names
}

// productList names the products catalog and the messages accept.
func productList() string {
	var names []string
	for _, p := range version.Products() {
		if p.OnPremises() {
			names = append(names, strconv.Quote(p.String()))
		}
	}
	return strings.Join(names, ", ") + ` (or "2007" ... "2019", "SE")`
}

// isRepeated reports whether err is sentinel's error for a name repeated in
// a set.
func isRepeated(err, sentinel error) bool {
	var ve *exhybrid.ValueError
	return errors.Is(err, sentinel) && errors.As(err, &ve) && ve.Repeated
}

// isType reports whether err is sentinel's error for a value of the
// enumeration named typ.
func isType(err, sentinel error, typ string) bool {
	var ve *exhybrid.ValueError
	return errors.Is(err, sentinel) && errors.As(err, &ve) && ve.Type == typ
}
