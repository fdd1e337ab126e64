package strictjson

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// utf32Bytes encodes s as UTF-32, with a byte order mark when bom is set.
func utf32Bytes(s string, bigEndian, bom bool) []byte {
	var b []byte
	if bom {
		s = "\uFEFF" + s
	}
	for _, r := range s {
		if bigEndian {
			b = append(b, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
		} else {
			b = append(b, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}
	}
	return b
}

func utf16Bytes(s string, bigEndian bool) []byte {
	return utf16Units(utf16.Encode([]rune(s)), bigEndian)
}

// utf16Units encodes UTF-16 code units, surrogates alone included, with a
// byte order mark.
func utf16Units(units []uint16, bigEndian bool) []byte {
	var b []byte
	if bigEndian {
		b = append(b, 0xFE, 0xFF)
	} else {
		b = append(b, 0xFF, 0xFE)
	}
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestToUTF8(t *testing.T) {
	const s = `{"name": "Zürich 😀"}`
	units := func(s string) []uint16 { return utf16.Encode([]rune(s)) }
	// "{\n\"a\": \"x" and then a surrogate alone: line 2, column 8 of
	// the converted text.
	prefix := units("{\n\"a\": \"x")
	tests := []struct {
		name      string
		in        []byte
		want      string
		wantErr   error
		line, col int
	}{
		{"plain", []byte(s), s, nil, 0, 0},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, s...), s, nil, 0, 0},
		{"utf-16le", utf16Bytes(s, false), s, nil, 0, 0},
		{"utf-16be", utf16Bytes(s, true), s, nil, 0, 0},
		{"odd utf-16", append(utf16Bytes(s, false), 0), "", ErrUTF16Odd, 0, 0},
		{"lone high surrogate", utf16Units(append(prefix, 0xD83D, '"', '}'), false), "", ErrUTF16Surrogate, 2, 8},
		{"high surrogate at the end", utf16Units(append(prefix, 0xD83D), true), "", ErrUTF16Surrogate, 2, 8},
		{"lone low surrogate", utf16Units(append(prefix, 0xDE00, '"', '}'), false), "", ErrUTF16Surrogate, 2, 8},
		{"two high surrogates", utf16Units(append(prefix, 0xD83D, 0xD83D, 0xDE00), false), "", ErrUTF16Surrogate, 2, 8},
		{"a pair after text", utf16Units(append(prefix, 0xD83D, 0xDE00, '"', '}'), false), "{\n\"a\": \"x😀\"}", nil, 0, 0},
		{"empty", nil, "", nil, 0, 0},
		{"utf-16le without bom", utf16Bytes(s, false)[2:], "", ErrUTF16NoBOM, 0, 0},
		{"utf-16be without bom", utf16Bytes(s, true)[2:], "", ErrUTF16NoBOM, 0, 0},
		{"utf-16le without bom, one character", utf16Bytes("{", false)[2:], "", ErrUTF16NoBOM, 0, 0},
		{"utf-32le", utf32Bytes(s, false, false), "", ErrUTF32, 0, 0},
		{"utf-32be", utf32Bytes(s, true, false), "", ErrUTF32, 0, 0},
		{"utf-32le with bom", utf32Bytes(s, false, true), "", ErrUTF32, 0, 0},
		{"utf-32be with bom", utf32Bytes(s, true, true), "", ErrUTF32, 0, 0},
	}
	for _, tt := range tests {
		got, err := ToUTF8(tt.in)
		if tt.wantErr == nil {
			require.Nil(t, err, tt.name)
			require.Equal(t, tt.want, string(got), tt.name)
			continue
		}
		require.ErrorIs(t, err, tt.wantErr, tt.name)
		require.Equal(t, [2]int{tt.line, tt.col}, [2]int{err.Line, err.Col}, tt.name)
	}
}

// TestToUTF8Message checks the message of an unpaired surrogate, which
// names it.
func TestToUTF8Message(t *testing.T) {
	_, err := ToUTF8(utf16Units([]uint16{'{', 0xD83D}, false))
	require.NotNil(t, err)
	require.Equal(t, "1:2: invalid UTF-16: unpaired surrogate 0xD83D; save the file as UTF-8", err.Error())
}

// FuzzToUTF8 checks that the conversion never panics, gives valid UTF-8 or
// an error, and reads back what UTF-16 encoding wrote.
func FuzzToUTF8(f *testing.F) {
	for _, s := range []string{"", "{}", `{"name": "Zürich 😀"}`, "\xff\xfe{\x00", "\xfe\xff\xd8\x3d", "\xef\xbb\xbf{}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := ToUTF8(data)
		if err != nil {
			if err.Line < 0 || err.Col < 0 || (err.Line == 0) != (err.Col == 0) {
				t.Errorf("bad position %d:%d", err.Line, err.Col)
			}
			return
		}
		bom := len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
		if bom && !utf8.Valid(out) {
			t.Errorf("converted UTF-16 is not valid UTF-8: %q", out)
		}
		// FF FE 00 00 is the UTF-32 byte order mark before it is UTF-16's
		// and a NUL, which no JSON text starts with.
		if !utf8.Valid(data) || len(data) > 0 && data[0] == 0 {
			return
		}
		s := string(data)
		for _, be := range []bool{false, true} {
			back, err := ToUTF8(utf16Bytes(s, be))
			if err != nil || string(back) != s {
				t.Errorf("UTF-16 round trip of %q = %q, %v", s, back, err)
			}
		}
	})
}
