package sandbox_test

import (
	"os"
	"testing"

	"github.com/octollm/octollm/internal/sandbox"
)

func TestMain(m *testing.M) {
	sandbox.MaybeRunInit()
	os.Exit(m.Run())
}
