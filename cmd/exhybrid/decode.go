package main

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/exhybrid/exhybrid/internal/strictjson"
)

// The organization and options files are read with internal/strictjson,
// which reports every problem with its line, column and field path. Three
// of its errors are worded here for the people who run exhybrid: a value
// that a library type rejects (wording.go), XML where JSON belongs, and
// nesting no organization file has.

var (
	errCLIXML = &plainError{
		msg: "this looks like an XML export (CLIXML, as Export-Clixml writes it), not JSON; exhybrid reads JSON organization files, and the coming exhybrid import command is to read such exports",
		err: strictjson.ErrXML,
	}
	errXML     = fmt.Errorf("%w; exhybrid reads JSON organization files", strictjson.ErrXML)
	errTooDeep = fmt.Errorf("%w; an organization file nests a few", strictjson.ErrTooDeep)
)

// clixmlNamespace is the XML namespace of an Export-Clixml file; it names
// an export whose root element is not the usual <Objs>.
var clixmlNamespace = []byte("schemas.microsoft.com/powershell/2004/04")

// decodeStrict decodes the JSON object in data, UTF-8, into target, and
// returns its problems in input order, named name and worded for people.
func decodeStrict(name string, data []byte, target any) []*strictjson.Error {
	errs := strictjson.Decode(data, target)
	for _, err := range errs {
		err.Name = name
		err.Err = reword(data, err)
	}
	return errs
}

// reword returns the error of e as exhybrid's users read it.
func reword(data []byte, e *strictjson.Error) error {
	var ve *strictjson.ValueError
	switch {
	case errors.As(e.Err, &ve):
		return plain(ve.Text, ve.Err)
	case errors.Is(e.Err, strictjson.ErrXML):
		rest := data[e.Offset:]
		if bytes.HasPrefix(rest, []byte("<Objs")) || bytes.Contains(rest[:min(len(rest), 512)], clixmlNamespace) {
			return errCLIXML
		}
		return errXML
	case errors.Is(e.Err, strictjson.ErrTooDeep):
		return errTooDeep
	}
	return e.Err
}
