package orchestrator_test

import (
	"context"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/orchestrator"
	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storetest"
)

// TestCrashAndRestart runs a batch of two-step tasks, aborts the workers
// mid-batch (running jobs are cancelled and, as after kill -9, left marked
// running in River's table, with their task leases held), restarts on the
// same database and checks that every task reaches a terminal status and
// that no completed step ran again. On PostgreSQL the restarted process is
// another lease owner: it resumes the tasks once their leases expire.
func TestCrashAndRestart(t *testing.T) {
	t.Parallel()
	forBackends(t, testCrashAndRestart)
}

func testCrashAndRestart(t *testing.T, be string) {
	db := filepath.Join(t.TempDir(), "octollm.db")
	pgURL := ""
	if be == backendPostgres {
		pgURL = storetest.NewPostgresDatabase(t)
	}
	leases := orchestrator.Config{LeaseTTL: 2 * time.Second, ReapInterval: 200 * time.Millisecond}
	plan := `{"steps":[{"id":"a","arm":"executor","action":"shell","inputs":{"argv":["echo","one"]}},` +
		`{"id":"b","arm":"executor","action":"shell","inputs":{"argv":["sleep","0.3"]},"depends_on":["a"]}],"rationale":"r","confidence":1}`
	const n = 50
	replies := make([]string, 0, 100)
	for range 100 {
		replies = append(replies, plan)
	}
	exec := newProcExecutor("executor")
	// Step b of all but the first crashFreeB tasks to reach it waits until
	// the crash, so the crash comes mid-batch however fast or slowly the
	// machine works. (A fixed sleep after the submissions could find no
	// step completed yet when the workers were slow, or, after a slow
	// submitter, most of the batch past step a.)
	const crashFreeB = 3
	var bSeen atomic.Int32
	held := make(chan string, n)
	gate := make(chan struct{})
	release := sync.OnceFunc(func() { close(gate) })
	exec.hold = func(ctx context.Context, req arm.Request) error {
		if req.StepID != "b" || bSeen.Add(1) <= crashFreeB {
			return nil
		}
		select {
		case held <- req.TaskID:
		default:
		}
		select {
		case <-gate:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	cfg1 := leases
	cfg1.Workers, cfg1.CacheTTL = 5, -1
	h1 := newHarness(t, harnessOpts{backend: be, dbPath: db, pgURL: pgURL, model: &scriptModel{replies: replies}, mode: "llm", exec: exec, cfg: cfg1})
	t.Cleanup(release) // before h1 stops, should the test fail before the crash
	ids := make([]string, 0, n)
	for range n {
		ids = append(ids, h1.submit("two steps", map[string]any{"no_cache": true}))
	}
	// Crash once a task is held in step b with its step a recorded
	// completed: it must resume without running step a again.
	var heldID string
	select {
	case heldID = <-held:
	case <-time.After(60 * time.Second):
		t.Fatal("no task reached step b")
	}
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		steps, err := h1.st.ListTaskSteps(context.Background(), heldID)
		if err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(steps, func(s store.TaskStep) bool { return s.StepID == "a" && s.Status == "completed" }) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("task %s is in step b but its step a is not recorded completed: %+v", heldID, steps)
		}
	}
	if err := h1.o.Abort(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Simulate kill -9: the jobs River had fetched stay "running".
	h1.execSQL(`UPDATE river_job SET state = 'running' WHERE state IN ('available', 'retryable') AND attempted_at IS NOT NULL AND kind = 'octollm_task'`)
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
	release() // the restarted process runs step b freely
	if len(before) == 0 {
		t.Fatal("no task had completed a step before the crash; the test proves nothing")
	}
	t.Logf("%d of %d tasks had step a completed at the crash", len(before), n)

	cfg2 := leases
	cfg2.Workers, cfg2.CacheTTL = 10, -1
	h2 := newHarness(t, harnessOpts{backend: be, dbPath: db, pgURL: pgURL, model: &scriptModel{replies: replies}, mode: "llm", exec: exec, cfg: cfg2})
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
