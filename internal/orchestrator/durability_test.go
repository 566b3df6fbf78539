package orchestrator_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/orchestrator"
)

// TestCrashAndRestart runs a batch of two-step tasks, aborts the workers
// mid-batch (running jobs are cancelled and, as after kill -9, left marked
// running in River's table), restarts on the same database and checks that
// every task reaches a terminal status and that no completed step ran again.
func TestCrashAndRestart(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "octollm.db")
	plan := `{"steps":[{"id":"a","arm":"executor","action":"shell","inputs":{"argv":["echo","one"]}},` +
		`{"id":"b","arm":"executor","action":"shell","inputs":{"argv":["sleep","0.3"]},"depends_on":["a"]}],"rationale":"r","confidence":1}`
	replies := make([]string, 0, 100)
	for range 100 {
		replies = append(replies, plan)
	}
	exec := newProcExecutor("executor")
	h1 := newHarness(t, harnessOpts{dbPath: db, model: &scriptModel{replies: replies}, mode: "llm", exec: exec,
		cfg: orchestrator.Config{Workers: 5, CacheTTL: -1}})
	const n = 50
	ids := make([]string, 0, n)
	for range n {
		ids = append(ids, h1.submit("two steps", map[string]any{"no_cache": true}))
	}
	time.Sleep(700 * time.Millisecond)
	if err := h1.o.Abort(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Simulate kill -9: whatever River had running stays "running".
	if _, err := h1.st.DB().Exec(`UPDATE river_job SET state = 'running' WHERE state IN ('available', 'retryable') AND kind = 'octollm_task'`); err != nil {
		t.Fatal(err)
	}
	before := map[string]bool{}
	for _, id := range ids {
		steps, _ := h1.st.ListTaskSteps(context.Background(), id)
		for _, s := range steps {
			if s.Status == "completed" && s.StepID == "a" {
				before[id] = true
			}
		}
	}
	h1.close()
	if len(before) == 0 {
		t.Fatal("no task had completed a step before the crash; the test proves nothing")
	}
	t.Logf("%d of %d tasks had step a completed at the crash", len(before), n)

	h2 := newHarness(t, harnessOpts{dbPath: db, model: &scriptModel{replies: replies}, mode: "llm", exec: exec,
		cfg: orchestrator.Config{Workers: 10, CacheTTL: -1}})
	deadline := time.Now().Add(60 * time.Second)
	for _, id := range ids {
		for {
			v := h2.get(id)
			if orchestrator.Terminal(v.Status) {
				if v.Status != orchestrator.StatusCompleted {
					t.Fatalf("task %s ended %s: %+v", id, v.Status, v.Error)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("task %s still %s after restart", id, v.Status)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	for id := range before {
		if got := exec.runCount(id, "a"); got != 1 {
			t.Fatalf("task %s: step a completed before the crash but ran %d times", id, got)
		}
	}
	for _, id := range ids {
		if got := exec.runCount(id, "b"); got < 1 {
			t.Fatalf("task %s: step b never ran", id)
		}
	}
}
