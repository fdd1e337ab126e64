package version

import (
	"os/exec"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// TestInlining checks, as net/netip's test of the same name does, that the
// small methods callers use in loops inline: a change that makes one too
// big to inline shows here, not only in a benchmark.
func TestInlining(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the package with -gcflags=-m")
	}
	out, err := exec.Command(runtime.GOROOT()+"/bin/go", "build", "-gcflags=-m", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build -gcflags=-m: %v\n%s", err, out)
	}
	can := regexp.MustCompile(`can inline (\S+)`)
	inlined := map[string]bool{}
	for _, m := range can.FindAllStringSubmatch(string(out), -1) {
		inlined[strings.TrimPrefix(m[1], "(*Build).")] = true
	}
	for _, fn := range []string{"Build.IsValid", "Build.Compare", "Build.AtLeast", "Build.Level", "Date.Before", "Date.After"} {
		if !inlined[fn] {
			t.Errorf("%s does not inline", fn)
		}
	}
}
