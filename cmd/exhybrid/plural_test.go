package main

import "testing"

func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n    int
		word string
		want string
	}{
		{1, "email address policy", "1 email address policy"},
		{2, "email address policy", "2 email address policies"},
		{0, "EWS virtual directory", "0 EWS virtual directories"},
		{3, "error", "3 errors"},
		{2, "key", "2 keys"}, // a vowel before the y
		{2, "y", "2 ys"},
	} {
		if got := plural(tt.n, tt.word); got != tt.want {
			t.Errorf("plural(%d, %q) = %q, want %q", tt.n, tt.word, got, tt.want)
		}
	}
}
