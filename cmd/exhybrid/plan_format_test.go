package main

import (
	"strings"
	"testing"

	"github.com/exhybrid/exhybrid"
)

// TestFindingsPowerShell checks that findings become comments, whatever
// their text, and that an error finding stops the script.
func TestFindingsPowerShell(t *testing.T) {
	for _, tt := range []struct {
		fs        exhybrid.Findings
		wantThrow bool
	}{
		{nil, false},
		{testFindings[1:], false},
		{testFindings, true},
	} {
		var b strings.Builder
		writeFindingsPowerShell(&b, "org\n.json", "2025-06-01", tt.fs)
		throws := 0
		for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
			switch {
			case line == "", strings.HasPrefix(line, "# "):
			case strings.HasPrefix(line, "throw '"):
				throws++
			default:
				t.Errorf("line %q is neither a comment nor the throw", line)
			}
		}
		if (throws == 1) != tt.wantThrow || throws > 1 {
			t.Errorf("%d throw statements for %s", throws, summary(tt.fs))
		}
	}
}
