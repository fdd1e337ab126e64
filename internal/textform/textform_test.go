package textform

import (
	"errors"
	"strconv"
	"testing"
)

func TestUnmarshal(t *testing.T) {
	tests := []struct {
		text    string
		start   int
		want    int
		wantErr bool
	}{
		{"", 7, 0, false},
		{"42", 7, 42, false},
		{"x", 7, 7, true},
	}
	for _, tt := range tests {
		got := tt.start
		err := Unmarshal(&got, []byte(tt.text), strconv.Atoi)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("Unmarshal(%q) from %d = %d, %v; want %d, error %t", tt.text, tt.start, got, err, tt.want, tt.wantErr)
		}
		var ne *strconv.NumError
		if tt.wantErr && !errors.As(err, &ne) {
			t.Errorf("Unmarshal(%q) error %v is not parse's", tt.text, err)
		}
	}
}
