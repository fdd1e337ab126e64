// Package guid checks and derives the GUIDs the Hybrid Configuration Wizard
// puts in the names of the objects it creates. The library has no
// randomness, so a missing identifier is derived from a name, the same name
// always giving the same GUID.
package guid

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
)

// Valid reports whether s has the 8-4-4-4-12 hexadecimal form of a GUID
// (https://www.rfc-editor.org/rfc/rfc9562#section-4), in either case.
func Valid(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
				return false
			}
		}
	}
	return true
}

// dnsNamespace is the name space ID for DNS names of RFC 9562 section 6.6
// (https://www.rfc-editor.org/rfc/rfc9562#section-6.6),
// 6ba7b810-9dad-11d1-80b4-00c04fd430c8.
var dnsNamespace = [16]byte{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// FromName returns the version 5 (SHA-1, name-based) UUID of name, lower
// cased, in the DNS name space (https://www.rfc-editor.org/rfc/rfc9562#section-5.5).
func FromName(name string) string {
	h := sha1.New()
	h.Write(dnsNamespace[:])
	h.Write([]byte(strings.ToLower(name)))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // the RFC 9562 variant
	var b [36]byte
	hex.Encode(b[0:8], u[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], u[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], u[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], u[8:10])
	b[23] = '-'
	hex.Encode(b[24:], u[10:])
	return string(b[:])
}
