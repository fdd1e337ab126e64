package inventory

import (
	"fmt"

	"github.com/exhybrid/exhybrid"
)

// Origin says where an object was read: the file, as its [Source] named
// it, and the object's number in the file, counting the top-level objects
// from 1. Every typed value keeps its Origin, so that a rule run on it
// later can name the file the administrator must look at, and it travels
// with the value in JSON.
type Origin struct {
	File   string `json:"file"`   // the file's name, as [Source.Name] gave it
	Object int    `json:"object"` // the object's number among the file's top-level objects, from 1
}

// Path returns the path of the object's property prop, or of the object
// itself when prop is "": "GetSendConnector.xml: object 2: TlsCertificateName".
func (o Origin) Path(prop string) exhybrid.Path {
	p := fmt.Sprintf("%s: object %d", o.File, o.Object)
	if prop != "" {
		p += ": " + prop
	}
	return exhybrid.Path(p)
}
