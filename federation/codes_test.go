package federation

import (
	"testing"

	codecheck "github.com/exhybrid/exhybrid/internal/codecheck/legacy"
)

func TestCodesDocumented(t *testing.T) { codecheck.Check(t, ".") }
