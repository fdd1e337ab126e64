package exhybrid

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/exhybrid/exhybrid/internal/enum"
)

// Severity says how much a [Finding] matters: "error", "warning" or "info"
// as text. The zero Severity is not valid; it prints as "unknown".
//
// It has the methods of every enumeration: String, IsValid, MarshalText
// and UnmarshalText, documented once under Enumerations in the package
// documentation.
type Severity = enum.Value[severityTag]

// The severities, most severe first.
const (
	SeverityUnknown Severity = iota // invalid
	SeverityError                   // the configuration is unsupported or will not work
	SeverityWarning                 // it works but goes against Microsoft's recommendation
	SeverityInfo                    // worth knowing; nothing to fix
)

var severityTable = &enum.Table{
	Pkg: "exhybrid", Type: "Severity", Names: []string{"unknown", "error", "warning", "info"}, Err: ErrUnknownValue,
}

// ParseSeverity parses "error", "warning" or "info", ignoring case and
// surrounding spaces.
func ParseSeverity(s string) (Severity, error) { return enum.Parse[severityTag](s) }

// ErrUnknownValue is wrapped by the error of every Parse function and
// UnmarshalText method of this package's enumerations ([Severity],
// [Cloud]).
var ErrUnknownValue = errors.New("exhybrid: unknown value")

// ValueError is the error of every enumeration of the module: a name that
// its Parse function or UnmarshalText method does not know, or one named
// twice in a set. It wraps the sentinel of the enumeration's package
// ([ErrUnknownValue] here, roles.ErrUnknownValue, ...); match it with
// errors.Is, or with errors.As for the input and the accepted names.
type ValueError = enum.Error

// Code names a rule. It is a stable, machine-readable string of the form
// "package/rule-name", such as "roles/edge-combined", declared as a constant
// by the package that checks the rule, with a doc comment that states the
// rule and cites its source. Callers and tests match findings on Code (and
// Path), never on the message.
//
// Code implements error, so a finding's code can be matched with errors.Is:
//
//	errors.Is(findings.Err(), roles.CodeEdgeCombined)
type Code string

// Error returns the code itself.
func (c Code) Error() string { return string(c) }

// Package returns the part of c before the slash: the package that declares
// it.
func (c Code) Package() string {
	pkg, _, _ := strings.Cut(string(c), "/")
	return pkg
}

// Path locates a value inside the input, rendered like a Go or JSON
// accessor: "servers[3].build", "connectors.send.tlsCertificateName". The
// empty Path is the input itself.
//
// Paths are plain strings, built only when a finding is reported, so that
// valid input costs nothing.
type Path string

// Child returns p extended by a field name: Path("servers[3]").Child("build")
// is "servers[3].build".
func (p Path) Child(name string) Path {
	if p == "" {
		return Path(name)
	}
	return p + "." + Path(name)
}

// Index returns p extended by a list index: Path("servers").Index(3) is
// "servers[3]".
func (p Path) Index(i int) Path {
	return p + "[" + Path(strconv.Itoa(i)) + "]"
}

// Key returns p extended by a map key or name, quoted: Path("sites").Key("HQ")
// is `sites["HQ"]`.
func (p Path) Key(k string) Path {
	return p + "[" + Path(strconv.Quote(k)) + "]"
}

// Prop returns p extended by a property of an object named in an export
// file, after a colon, as the administrator reads it in the file:
// Path("GetSendConnector.xml: Mail to O365").Prop("TlsAuthLevel") is
// "GetSendConnector.xml: Mail to O365: TlsAuthLevel". Package inventory
// names its objects this way.
func (p Path) Prop(name string) Path {
	if p == "" {
		return Path(name)
	}
	return p + ": " + Path(name)
}

// Join returns q inside p: Path("organization").Join("servers[3].build") is
// "organization.servers[3].build". A q that starts with an index joins
// without a dot.
func (p Path) Join(q Path) Path {
	switch {
	case p == "":
		return q
	case q == "":
		return p
	case q[0] == '[':
		return p + q
	}
	return p + "." + q
}

// Compare orders paths as a reader expects: piece by piece, with list
// indices compared as numbers, so "servers[2]" comes before "servers[10]"
// and a path before the paths inside it. It returns -1, 0 or +1.
func (p Path) Compare(q Path) int {
	a, b := string(p), string(q)
	for a != "" && b != "" {
		i, j := digitsAt(a), digitsAt(b)
		if i > 0 && j > 0 {
			// Both pieces start with a number: compare by length first
			// (no leading zeros in indices), then by digits.
			if c := cmp.Or(cmp.Compare(i, j), strings.Compare(a[:i], b[:j])); c != 0 {
				return c
			}
			a, b = a[i:], b[j:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

// digitsAt returns the length of the run of ASCII digits that starts s.
func digitsAt(s string) int {
	n := 0
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	return n
}

// Finding is one problem or remark about the input: where it is, how much it
// matters, which rule says so, a message for people and, when there is one,
// the fix as an imperative phrase ("Install Exchange 2007 SP3 Update Rollup
// 10 or later on EX2007").
//
// Finding implements error and unwraps to its Code, so errors.Is(err, code)
// and errors.As(err, &finding) both work on the error of [Findings.Err].
type Finding struct {
	Path     Path     `json:"path"`          // where in the input; "" for the input as a whole
	Severity Severity `json:"severity"`      // the rule's severity, or the caller's for [Findings.Addf]
	Code     Code     `json:"code"`          // the rule, "roles/edge-combined"; match findings on it
	Message  string   `json:"message"`       // for people; match on Code, never on this text
	Fix      string   `json:"fix,omitempty"` // what to do, as an imperative phrase; "" when there is none
}

// Error renders the finding as "path: message [code]".
func (f Finding) Error() string {
	var b strings.Builder
	b.Grow(len(f.Path) + len(f.Message) + len(f.Code) + 5)
	if f.Path != "" {
		b.WriteString(string(f.Path))
		b.WriteString(": ")
	}
	b.WriteString(f.Message)
	b.WriteString(" [")
	b.WriteString(string(f.Code))
	b.WriteString("]")
	return b.String()
}

// Unwrap returns the finding's Code.
func (f Finding) Unwrap() error { return f.Code }

// Findings is the result of a validation: every problem found, not just the
// first. A nil or empty Findings means the input passed.
type Findings []Finding

// Addf appends a finding whose message is formatted from format and args.
// Validators call it only on failure, so valid input formats nothing.
func (fs *Findings) Addf(path Path, sev Severity, code Code, fix, format string, args ...any) {
	*fs = append(*fs, Finding{Path: path, Severity: sev, Code: code, Message: fmt.Sprintf(format, args...), Fix: fix})
}

// HasErrors reports whether any finding has [SeverityError].
func (fs Findings) HasErrors() bool {
	return slices.ContainsFunc(fs, func(f Finding) bool { return f.Severity == SeverityError })
}

// Errors returns the findings with [SeverityError], in order.
func (fs Findings) Errors() Findings { return fs.bySeverity(SeverityError) }

// Warnings returns the findings with [SeverityWarning], in order.
func (fs Findings) Warnings() Findings { return fs.bySeverity(SeverityWarning) }

// Infos returns the findings with [SeverityInfo], in order.
func (fs Findings) Infos() Findings { return fs.bySeverity(SeverityInfo) }

func (fs Findings) bySeverity(s Severity) Findings {
	var out Findings
	for _, f := range fs {
		if f.Severity == s {
			out = append(out, f)
		}
	}
	return out
}

// Has reports whether any finding carries code c.
func (fs Findings) Has(c Code) bool {
	return slices.ContainsFunc(fs, func(f Finding) bool { return f.Code == c })
}

// Err returns nil when there is no error-severity finding, and otherwise the
// errors.Join of the error-severity findings, so that
//
//	errors.Is(fs.Err(), roles.CodeEdgeCombined)
//
// tells whether that rule failed and errors.As(fs.Err(), &finding) gets the
// first failing finding. Warnings and infos are not part of the error.
func (fs Findings) Err() error {
	errs := fs.Errors()
	if len(errs) == 0 {
		return nil
	}
	list := make([]error, len(errs))
	for i, f := range errs {
		list[i] = f
	}
	return errors.Join(list...)
}

// Under returns a copy of fs with every path placed under prefix, for a
// caller that validated a part of a larger input: a server's findings at
// "build" become "servers[3].build".
func (fs Findings) Under(prefix Path) Findings {
	if len(fs) == 0 {
		return nil
	}
	out := make(Findings, len(fs))
	for i, f := range fs {
		f.Path = prefix.Join(f.Path)
		out[i] = f
	}
	return out
}

// Sort sorts fs in place by path (see [Path.Compare]: list indices in
// numeric order), then severity (errors first), then code, message and
// fix: an order that depends only on the findings, so the same input
// always reports the same list.
func (fs Findings) Sort() {
	slices.SortStableFunc(fs, compareFindings)
}

// compareFindings orders two findings as [Findings.Sort] does.
func compareFindings(a, b Finding) int {
	return cmp.Or(
		a.Path.Compare(b.Path),
		cmp.Compare(a.Severity, b.Severity),
		strings.Compare(string(a.Code), string(b.Code)),
		strings.Compare(a.Message, b.Message),
		strings.Compare(a.Fix, b.Fix),
	)
}

// String renders one finding per line as "severity path: message [code]".
func (fs Findings) String() string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Severity.String())
		b.WriteByte(' ')
		b.WriteString(f.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

// The tags of this file's enumerations: each is an empty type whose Enum
// method selects its table (see internal/enum).
type (
	severityTag struct{}
)

func (severityTag) Enum() *enum.Table { return severityTable }
