package main

import (
	"fmt"
	"io"

	"github.com/exhybrid/exhybrid/internal/textsafe"
)

// errWriter remembers the first error of the writer under it and fails
// every write after it, so that a command can write its output without a
// check at each call and run can turn a failure (a full disk, a closed
// pipe) into exit status 2 instead of a success with half an output.
type errWriter struct {
	w   io.Writer
	err error
}

func (w *errWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	w.err = err
	return n, err
}

// errorf prints "exhybrid: message" on standard error. The message may
// hold text of the input (a file name, a value), so control characters
// are taken out: they would reach the terminal.
func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "exhybrid: %s\n", textsafe.NoControl(fmt.Sprintf(format, args...)))
}

// usageErrorf prints a usage error of c and where to find its help.
func (e *env) usageErrorf(c *command, format string, args ...any) {
	fmt.Fprintf(e.stderr, "exhybrid %s: %s\nusage: %s\nRun \"exhybrid help %s\" for details.\n",
		c.name, textsafe.NoControl(fmt.Sprintf(format, args...)), c.synopsis(), c.name)
}
