package textform

import (
	"errors"
	"strconv"
	"testing"
)

// TestUnmarshal runs Unmarshal three times on one value: an empty text
// zeroes it, a valid one sets it, and an invalid one returns parse's
// error and leaves it as it was.
func TestUnmarshal(t *testing.T) {
	n := 7
	if err := Unmarshal(&n, nil, strconv.Atoi); err != nil || n != 0 {
		t.Errorf("empty text: %d, %v; want 0, no error", n, err)
	}
	if err := Unmarshal(&n, []byte("42"), strconv.Atoi); err != nil || n != 42 {
		t.Errorf(`text "42": %d, %v; want 42, no error`, n, err)
	}
	err := Unmarshal(&n, []byte("x"), strconv.Atoi)
	if ne := (*strconv.NumError)(nil); !errors.As(err, &ne) || n != 42 {
		t.Errorf(`text "x": %d, %v; want 42 kept and strconv.Atoi's error`, n, err)
	}
}
