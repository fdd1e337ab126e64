package federation

import (
	"testing"

	"github.com/exhybrid/exhybrid/internal/codecheck"
)

func TestCodesDocumented(t *testing.T) { codecheck.Check(t, ".", rules) }
