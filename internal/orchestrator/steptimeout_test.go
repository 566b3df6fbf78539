package orchestrator_test

import (
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/orchestrator"
)

// A step gets the task's step_timeout_seconds when the caller set one, else
// its arm type's own default, else the orchestrator's default.
func TestStepTimeoutPerArmType(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		cfg    orchestrator.Config
		budget map[string]any
		want   time.Duration
	}{
		{"orchestrator default", orchestrator.Config{}, nil, 30 * time.Second},
		{"arm type default", orchestrator.Config{ArmStepTimeouts: map[string]time.Duration{arm.TypeExecutor: 77 * time.Second}}, nil, 77 * time.Second},
		{"task budget wins", orchestrator.Config{ArmStepTimeouts: map[string]time.Duration{arm.TypeExecutor: 77 * time.Second}},
			map[string]any{"budget": map[string]any{"step_timeout_seconds": 5}}, 5 * time.Second},
		{"capped", orchestrator.Config{ArmStepTimeouts: map[string]time.Duration{arm.TypeExecutor: time.Hour}}, nil, 300 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var mu sync.Mutex
			var got []time.Duration
			ex := newProcExecutor("executor")
			ex.fail = func(req arm.Request) error {
				mu.Lock()
				got = append(got, req.Timeout)
				mu.Unlock()
				return nil
			}
			h := newHarness(t, harnessOpts{cfg: tt.cfg, exec: ex})
			if v, _ := h.wait(h.submit("echo hi", tt.budget), 20*time.Second); v.Status != orchestrator.StatusCompleted {
				t.Fatalf("task %s: %+v", v.Status, v.Error)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(got) != 1 || got[0] != tt.want {
				t.Fatalf("executor step timeouts %v, want [%s]", got, tt.want)
			}
		})
	}
}
