package main

import (
	"errors"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid"
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
	var ve *exhybrid.ValueError
	switch {
	case errors.Is(err, version.ErrSyntax):
		msg = "invalid build " + q + ": want four numbers separated by dots, such as 15.2.1544.4"
	case errors.Is(err, version.ErrRange):
		msg = "invalid build " + q + ": each of its four numbers is at most 65535"
	case errors.Is(err, version.ErrDate):
		msg = "invalid date " + q + ": want a calendar day as YYYY-MM-DD, such as 2025-06-30"
	case isType(err, version.ErrUnknownValue, "Product"):
		msg = "unknown product " + q + ": want one of " + productList()
	case errors.As(err, &ve):
		what, ok := enumWords[ve.Type]
		if !ok {
			what = ve.Type
		}
		msg = ve.Describe(what)
	default:
		return err
	}
	return &plainError{msg: msg, err: err}
}

// enumWords names, for people, the enumerations whose Go type name says
// less than a word would; the others are named by their type.
var enumWords = map[string]string{
	"Cloud":      "cloud",
	"Role":       "role",
	"Feature":    "hybrid feature",
	"Type":       "hybrid type",
	"MXTarget":   "MX choice",
	"DomainType": "accepted domain type",
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

// isType reports whether err is sentinel's error for a value of the
// enumeration named typ.
func isType(err, sentinel error, typ string) bool {
	var ve *exhybrid.ValueError
	return errors.Is(err, sentinel) && errors.As(err, &ve) && ve.Type == typ
}
