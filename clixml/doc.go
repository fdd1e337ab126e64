// Package clixml reads and writes CLIXML, the XML that PowerShell's
// Export-Clixml writes and PowerShell remoting sends: [MS-PSRP] §2.2.5,
// "Serialization" (https://learn.microsoft.com/openspecs/windows_protocols/ms-psrp/).
// It knows nothing of Exchange: it returns what the file says, for an
// importer to interpret.
//
// # Reading
//
// A [Decoder] reads one top-level value at a time from an io.Reader, in
// UTF-8 (with or without a byte order mark) or UTF-16 with one, keeping in
// memory only that value and what later Refs may name. Each [Value] is a
// primitive (S, I32, DT, BA… one [Kind] per element of the specification),
// a null, or an [*Object]: its type names ([Object.TypeNames], from TN or
// TNRef), its ToString, the primitive, list or dictionary it wraps, and its
// Props and MS in file order. A Ref is the *Object it names. Strings and
// names are decoded from PowerShell's _xHHHH_ escapes.
//
// An enum is an Object whose type names include System.Enum: its ToString
// is the name ("Mailbox, ClientAccess" for flags) and its Value the number
// (<I32>6</I32>). [Object.HasType] matches a type name with or without
// the "Deserialized." prefix.
//
// # Bad input
//
// A bad file gets an [*Error] with the line and column, whose Kind is one
// of [ErrEncoding], [ErrSyntax], [ErrTruncated], [ErrStructure],
// [ErrValue], [ErrRef], [ErrCycle] and [ErrLimit], for [errors.Is]. The
// reader never panics. [Limits] bound the nesting depth, the values of one
// top-level value (a Ref counting as what it repeats), the size of one
// value and what is retained for Refs, so that memory stays flat however
// long the file; Exchange's SerializationData blobs (a BinaryFormatter
// payload) are skipped without being decoded.
//
// # Writing
//
// [Value.AppendJSON] gives the JSON form that `exhybrid clixml` prints.
// An [Encoder] writes values back as canonical CLIXML, which a Decoder
// reads to the same values.
package clixml
