package settingdiff

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNames(t *testing.T) {
	var same Names
	same.Check("A", true)
	if got := same.List(); got != nil {
		t.Errorf("List() with every setting the same = %q, want nil", got)
	}
	var d Names
	d.Check("B", false)
	d.Check("A", true)
	d.Check("C", false)
	if diff := cmp.Diff([]string{"B", "C"}, d.List()); diff != "" {
		t.Errorf("List() (-want +got):\n%s", diff)
	}
}
