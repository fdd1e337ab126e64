package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/exhybrid/exhybrid"
	"github.com/exhybrid/exhybrid/clixml"
	"github.com/exhybrid/exhybrid/internal/fold"
	"github.com/exhybrid/exhybrid/internal/textsafe"
	"github.com/exhybrid/exhybrid/inventory"
)

// onlineFolder is the folder the collection script writes Exchange Online's
// exports into: a file under a folder of this name, at any depth and in
// any case, is read as Exchange Online's (inventory.Source.Online).
const onlineFolder = "ExchangeOnline"

// perServerPrefixes start the names of the files that hold what one
// server returned, the server named by the rest of the name, as the
// collection script writes them: ExSetup.exe's file version
// ("ExSetup_EX01.xml"), which does not name its server, and the
// certificates installed on it ("GetExchangeCertificate_EX01.xml"), which
// do not either.
var perServerPrefixes = []string{"ExSetup_", "GetExchangeCertificate_"}

// export is one CLIXML file to read: its path on disk and its source for
// the inventory, whose Name is the path as the user gave it or, for a file
// found in a folder, relative to that folder.
type export struct {
	path string
	src  inventory.Source
}

// readExports reads the CLIXML exports named by args, files and folders
// (every *.xml below a folder, in lexical order), "-" for standard input,
// into one inventory. It prints the problem and returns false on the first
// input that cannot be read or is not CLIXML: the result is all or
// nothing.
func (e *env) readExports(args []string) (*inventory.Inventory, exhybrid.Findings, bool) {
	var files []export
	for _, arg := range args {
		found, ok := e.listExports(arg)
		if !ok {
			return nil, nil, false
		}
		files = append(files, found...)
	}
	var inv inventory.Inventory
	var all exhybrid.Findings
	for _, f := range files {
		fs, ok := e.readExport(&inv, f)
		if !ok {
			return nil, nil, false
		}
		all = append(all, fs...)
	}
	return &inv, all, true
}

// listExports returns the exports arg names: itself when it is a file or
// "-", the *.xml files below it when it is a folder.
func (e *env) listExports(arg string) ([]export, bool) {
	if arg == "-" {
		return []export{{path: "-", src: inventory.Source{Name: stdinName}}}, true
	}
	info, err := os.Stat(arg)
	if err != nil {
		e.errorf("%s: %s", arg, describeFileError(err))
		return nil, false
	}
	if !info.IsDir() {
		return []export{{path: arg, src: sourceOf(arg, arg)}}, true
	}
	var out []export
	err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.EqualFold(filepath.Ext(path), ".xml") {
			return err
		}
		rel, err := filepath.Rel(arg, path)
		if err != nil {
			return err
		}
		out = append(out, export{path: path, src: sourceOf(rel, path)})
		return nil
	})
	if err != nil {
		e.errorf("%s: %s", arg, describeFileError(err))
		return nil, false
	}
	if len(out) == 0 {
		e.errorf("%s: no .xml export in this folder", arg)
		return nil, false
	}
	return out, true
}

// sourceOf names the export at path for the inventory: name, with
// forward slashes, is how findings show it; the server of a file per
// server (ExSetup_SERVER.xml, GetExchangeCertificate_SERVER.xml); and
// whether path lies under an ExchangeOnline folder, judged on the
// absolute path, so that the folder given itself, or a file named from
// inside it, counts.
func sourceOf(name, path string) inventory.Source {
	src := inventory.Source{Name: filepath.ToSlash(name)}
	base := filepath.Base(path)
	for _, prefix := range perServerPrefixes {
		if rest, ok := fold.CutPrefix(base, prefix); ok {
			src.Server = strings.TrimSuffix(rest, filepath.Ext(rest))
		}
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	for _, dir := range strings.Split(filepath.ToSlash(filepath.Dir(path)), "/") {
		if strings.EqualFold(dir, onlineFolder) {
			src.Online = true
		}
	}
	return src
}

// readExport reads one export into inv. A file that is not CLIXML is
// reported with the path on disk and its line and column.
func (e *env) readExport(inv *inventory.Inventory, f export) (exhybrid.Findings, bool) {
	r := e.stdin
	if f.path != "-" {
		file, err := os.Open(f.path)
		if err != nil {
			e.errorf("%s: %s", f.path, describeFileError(err))
			return nil, false
		}
		defer file.Close()
		r = file
	}
	fs, err := inv.Read(f.src, r)
	if err != nil {
		name := f.path
		if f.path == "-" {
			name = stdinName
		}
		var ce *clixml.Error
		if errors.As(err, &ce) {
			io.WriteString(e.stderr, textsafe.NoControl(name+":"+ce.Error())+"\n")
		} else {
			if inner := errors.Unwrap(err); inner != nil {
				err = inner // the name is already in the message
			}
			e.errorf("%s: %s", name, describeFileError(err))
		}
		return nil, false
	}
	return fs, true
}
