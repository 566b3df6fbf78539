package orchestrator_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/orchestrator"
	"github.com/octollm/octollm/internal/store/storetest"
)

// probe watches the executions of every executor arm of a test, across
// orchestrators: how often each step ran, by which arm, and whether two
// executions of one task ever overlapped.
type probe struct {
	mu         sync.Mutex
	inFlight   map[string]int // task → executions running now
	overlaps   []string
	runs       map[string]int    // task/step → executions
	ranBy      map[string]string // task → arm id of the last execution
	armTasks   map[string]int    // arm id → executions
	started    chan string       // task/step, when a test wants to know
	stepLength time.Duration
}

func newProbe(step time.Duration) *probe {
	return &probe{inFlight: map[string]int{}, runs: map[string]int{}, ranBy: map[string]string{}, armTasks: map[string]int{},
		started: make(chan string, 1000), stepLength: step}
}

// probeExecutor is an executor arm that takes probe.stepLength per step.
type probeExecutor struct {
	id string
	p  *probe
}

func (e probeExecutor) ID() string { return e.id }
func (e probeExecutor) Capabilities() arm.Capability {
	return arm.Capability{ArmID: e.id, Type: arm.TypeExecutor, CostTier: 1, Actions: []string{arm.ActionShell}}
}

func (e probeExecutor) Execute(ctx context.Context, req arm.Request) (arm.Result, error) {
	p := e.p
	key := req.TaskID + "/" + req.StepID
	p.mu.Lock()
	p.inFlight[req.TaskID]++
	if p.inFlight[req.TaskID] > 1 {
		p.overlaps = append(p.overlaps, key)
	}
	p.runs[key]++
	p.ranBy[req.TaskID] = e.id
	p.armTasks[e.id]++
	p.mu.Unlock()
	select {
	case p.started <- key:
	default:
	}
	defer func() {
		p.mu.Lock()
		p.inFlight[req.TaskID]--
		p.mu.Unlock()
	}()
	select {
	case <-ctx.Done():
		return arm.Result{}, arm.Errorf(arm.CodeTimeout, "interrupted")
	case <-time.After(p.stepLength):
	}
	return arm.Result{Output: "done " + req.StepID, Confidence: 1, Data: map[string]any{"exit_code": 0}}, nil
}

func (p *probe) count(key string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.runs[key]
}

// twoStepPlan is what the scripted model plans for every task.
const twoStepPlan = `{"steps":[{"id":"a","arm":"executor","action":"shell","inputs":{"argv":["step","a"]}},` +
	`{"id":"b","arm":"executor","action":"shell","inputs":{"argv":["step","b"]},"depends_on":["a"]}],"rationale":"r","confidence":1}`

func plans(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = twoStepPlan
	}
	return out
}

// pgHarness is one orchestrator on the shared PostgreSQL database pgURL.
func pgHarness(t *testing.T, pgURL, armID string, p *probe, cfg orchestrator.Config) *harness {
	cfg.CacheTTL = -1
	return newHarness(t, harnessOpts{backend: backendPostgres, pgURL: pgURL, model: &scriptModel{replies: plans(200)}, mode: "llm",
		exec: newProcExecutor("executor-zzz"), extra: []arm.Arm{probeExecutor{id: armID, p: p}}, cfg: cfg})
}

func waitAll(t *testing.T, h *harness, ids []string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for _, id := range ids {
		for {
			tk, err := h.st.GetTask(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			if orchestrator.Terminal(tk.Status) {
				if tk.Status != orchestrator.StatusCompleted {
					t.Fatalf("task %s ended %s: %s", id, tk.Status, tk.Error)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("task %s still %s after %s", id, tk.Status, within)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// TestTwoOrchestratorsShareWork runs two orchestrators on one PostgreSQL
// database with short, aggressively reaped leases: they share the tasks,
// every step runs exactly once, and no task ever runs in both at once.
func TestTwoOrchestratorsShareWork(t *testing.T) {
	t.Parallel()
	pgURL := storetest.NewPostgresDatabase(t)
	p := newProbe(30 * time.Millisecond)
	cfg := orchestrator.Config{Workers: 4, LeaseTTL: 2 * time.Second, ReapInterval: 50 * time.Millisecond}
	a := pgHarness(t, pgURL, "executor-a", p, cfg)
	b := pgHarness(t, pgURL, "executor-b", p, cfg)
	const n = 40
	var ids []string
	for i := range n {
		h := a
		if i%2 == 1 {
			h = b
		}
		s, err := h.o.Submit(context.Background(), "tenant", orchestrator.TaskRequest{Goal: fmt.Sprintf("task %d", i), NoCache: true})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, s.TaskID)
	}
	waitAll(t, a, ids, 60*time.Second)
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.overlaps) > 0 {
		t.Fatalf("steps of one task ran in two places at once: %v", p.overlaps)
	}
	for _, id := range ids {
		for _, s := range []string{"a", "b"} {
			if got := p.runs[id+"/"+s]; got != 1 {
				t.Fatalf("task %s step %s ran %d times", id, s, got)
			}
		}
	}
	if p.armTasks["executor-a"] == 0 || p.armTasks["executor-b"] == 0 {
		t.Fatalf("work not shared: %v", p.armTasks)
	}
	t.Logf("steps run per orchestrator: %v", p.armTasks)
}

// TestLiveLeaseNeverTakenOver runs a task whose step outlasts its lease
// several times over while a second orchestrator reaps every 20 ms, and
// wakes the task's job by hand meanwhile (as a duplicate job or River's
// rescuer would): the heartbeat keeps the lease, the second orchestrator
// declines the task, and the step runs once.
func TestLiveLeaseNeverTakenOver(t *testing.T) {
	t.Parallel()
	pgURL := storetest.NewPostgresDatabase(t)
	p := newProbe(2500 * time.Millisecond)
	cfg := orchestrator.Config{Workers: 2, LeaseTTL: time.Second, ReapInterval: 20 * time.Millisecond}
	a := pgHarness(t, pgURL, "executor-a", p, cfg)
	s, err := a.o.Submit(context.Background(), "tenant", orchestrator.TaskRequest{Goal: "long step", NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.started:
	case <-time.After(10 * time.Second):
		t.Fatal("step never started")
	}
	b := pgHarness(t, pgURL, "executor-b", p, cfg)
	// Wake the job while A runs it: B fetches it and must find A's lease.
	time.Sleep(1200 * time.Millisecond)
	b.execSQL(`UPDATE river_job SET state = 'available' WHERE state = 'running' AND kind = 'octollm_task'`)
	waitAll(t, a, []string{s.TaskID}, 30*time.Second)
	if got := p.count(s.TaskID + "/a"); got != 1 {
		t.Fatalf("step a ran %d times", got)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.armTasks["executor-b"] != 0 || len(p.overlaps) > 0 {
		t.Fatalf("the live task was taken over: runs %v overlaps %v", p.armTasks, p.overlaps)
	}
}

// TestDeadWorkerTasksResumeQuickly: orchestrator A dies as kill -9 would
// leave it (jobs marked running, leases held); B, running beside it,
// resumes A's tasks once their leases expire — within LeaseTTL plus a reap
// interval, not River's hour — and no step completed before the death runs
// again.
func TestDeadWorkerTasksResumeQuickly(t *testing.T) {
	t.Parallel()
	pgURL := storetest.NewPostgresDatabase(t)
	p := newProbe(300 * time.Millisecond)
	const ttl = time.Second
	cfg := orchestrator.Config{Workers: 5, LeaseTTL: ttl, ReapInterval: 100 * time.Millisecond}
	a := pgHarness(t, pgURL, "executor-a", p, cfg)
	var ids []string
	for i := range 5 {
		s, err := a.o.Submit(context.Background(), "tenant", orchestrator.TaskRequest{Goal: fmt.Sprintf("task %d", i), NoCache: true})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, s.TaskID)
	}
	// Let A complete step a of its tasks and start step b.
	for seen := 0; seen < 10; {
		select {
		case <-p.started:
			seen++
		case <-time.After(20 * time.Second):
			t.Fatalf("steps started: %d", seen)
		}
	}
	if err := a.o.Abort(context.Background()); err != nil {
		t.Fatal(err)
	}
	a.execSQL(`UPDATE river_job SET state = 'running' WHERE state IN ('available', 'retryable') AND attempted_at IS NOT NULL AND kind = 'octollm_task'`)
	completedA := map[string]bool{}
	for _, id := range ids {
		steps, _ := a.st.ListTaskSteps(context.Background(), id)
		for _, s := range steps {
			if s.Status == "completed" && s.StepID == "a" {
				completedA[id] = true
			}
		}
	}
	if len(completedA) == 0 {
		t.Fatal("no step a completed before the death: the test proves nothing")
	}
	died := time.Now()
	b := pgHarness(t, pgURL, "executor-b", p, cfg)
	waitAll(t, b, ids, 30*time.Second)
	took := time.Since(died)
	if took > 3*ttl+2*time.Second {
		t.Fatalf("resumed after %s, want about the %s lease", took, ttl)
	}
	for id := range completedA {
		if got := p.count(id + "/a"); got != 1 {
			t.Fatalf("task %s: step a completed before the death but ran %d times", id, got)
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.armTasks["executor-b"] == 0 {
		t.Fatalf("B ran nothing: %v", p.armTasks)
	}
	t.Logf("A's %d tasks finished by B %s after A died", len(ids), took)
}
