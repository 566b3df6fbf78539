package sandboxtest_test

import (
	"os"
	"testing"

	"github.com/octollm/octollm/internal/sandbox"
	"github.com/octollm/octollm/internal/sandbox/sandboxtest"
)

func TestMain(m *testing.M) {
	sandbox.MaybeRunInit()
	os.Exit(m.Run())
}

func TestEscapeSuite(t *testing.T) {
	sb, err := sandbox.New(sandbox.Config{})
	if err != nil {
		t.Fatalf("sandbox.New: %v", err)
	}
	defer sb.Close()
	t.Logf("tier %s", sb.Tier())
	if n := len(sandboxtest.Cases()); n < 25 {
		t.Fatalf("escape suite has %d cases, want at least 25", n)
	}
	sandboxtest.Run(t, sb)
}
