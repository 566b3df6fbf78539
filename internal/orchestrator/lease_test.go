package orchestrator_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/orchestrator"
	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storepg"
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
	armRuns    map[string]int    // arm id/task/step → executions
	ranBy      map[string]string // task → arm id of the last execution
	armTasks   map[string]int    // arm id → executions
	started    chan string       // task/step, when a test wants to know
	stepLength time.Duration
	// hold, when set (before any harness starts), says which executions
	// wait for gate to close, or for their context to end, before their
	// stepLength: a test keeps a step running for as long as it needs.
	hold func(armID, key string) bool
	gate chan struct{}
}

func newProbe(step time.Duration) *probe {
	return &probe{inFlight: map[string]int{}, runs: map[string]int{}, armRuns: map[string]int{}, ranBy: map[string]string{},
		armTasks: map[string]int{}, started: make(chan string, 1000), stepLength: step, gate: make(chan struct{})}
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
	p.armRuns[e.id+"/"+key]++
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
	if p.hold != nil && p.hold(e.id, key) {
		select {
		case <-ctx.Done():
			return arm.Result{}, arm.Errorf(arm.CodeTimeout, "interrupted")
		case <-p.gate:
		}
	}
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

// countBy is how often arm armID executed key.
func (p *probe) countBy(armID, key string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.armRuns[armID+"/"+key]
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
	// A lease's run stops itself after LeaseTTL*5/6 without a renewal, and
	// its task then runs again elsewhere: the lease must outlast the
	// stalls of a loaded machine for "exactly once" to hold (at 2 s that
	// was some 1.7 s, which a busy CI machine can exceed).
	cfg := orchestrator.Config{Workers: 4, LeaseTTL: 5 * time.Second, ReapInterval: 50 * time.Millisecond}
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
	// Step a runs until the test ends it, so it is surely still running
	// when the job is woken however slowly a loaded machine starts the
	// second orchestrator. The lease is long enough that a busy machine's
	// delays do not lose it: the watchdog gives up only after some 1.7 s
	// without a renewal.
	const ttl = 2 * time.Second
	p := newProbe(30 * time.Millisecond)
	p.hold = func(_, key string) bool { return strings.HasSuffix(key, "/a") }
	release := sync.OnceFunc(func() { close(p.gate) })
	cfg := orchestrator.Config{Workers: 2, LeaseTTL: ttl, ReapInterval: 20 * time.Millisecond}
	a := pgHarness(t, pgURL, "executor-a", p, cfg)
	s, err := a.o.Submit(context.Background(), "tenant", orchestrator.TaskRequest{Goal: "long step", NoCache: true})
	if err != nil {
		t.Fatal(err)
	}
	var began time.Time
	select {
	case <-p.started:
		began = time.Now()
	case <-time.After(60 * time.Second):
		t.Fatal("step never started")
	}
	b := pgHarness(t, pgURL, "executor-b", p, cfg)
	t.Cleanup(release) // before the harnesses stop, should the test fail
	// Once the claim's lease would have run out but for the heartbeat,
	// wake the job while A runs it: B fetches it and must find A's lease.
	time.Sleep(time.Until(began.Add(ttl + ttl/2)))
	b.execSQL(`UPDATE river_job SET state = 'available' WHERE state = 'running' AND kind = 'octollm_task'`)
	for deadline := time.Now().Add(60 * time.Second); b.queryInt(`SELECT count(*) FROM river_job WHERE state = 'available' AND kind = 'octollm_task'`) > 0; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the woken job was never fetched")
		}
	}
	// The step ends after outlasting its lease several times over.
	time.Sleep(time.Until(began.Add(3 * ttl)))
	release()
	waitAll(t, a, []string{s.TaskID}, 60*time.Second)
	if got := p.count(s.TaskID + "/a"); got != 1 {
		t.Fatalf("step a ran %d times", got)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.armTasks["executor-b"] != 0 || len(p.overlaps) > 0 {
		t.Fatalf("the live task was taken over: runs %v overlaps %v", p.armTasks, p.overlaps)
	}
}

// queryInt runs a query for one integer on h's PostgreSQL database.
func (h *harness) queryInt(q string) int {
	h.t.Helper()
	var n int
	if err := h.st.(*storepg.Store).Pool().QueryRow(context.Background(), q).Scan(&n); err != nil {
		h.t.Fatal(err)
	}
	return n
}

// waitStepCompleted waits until the store records step of each task in ids
// completed.
func waitStepCompleted(t *testing.T, h *harness, ids []string, step string, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for _, id := range ids {
		for {
			steps, err := h.st.ListTaskSteps(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			if slices.ContainsFunc(steps, func(s store.TaskStep) bool { return s.StepID == step && s.Status == "completed" }) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("task %s: step %s not recorded completed after %s: %+v", id, step, within, steps)
			}
			time.Sleep(20 * time.Millisecond)
		}
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
	// A's step b runs until A dies, so A surely dies mid-task however
	// slowly a loaded machine starts B.
	p.hold = func(armID, key string) bool { return armID == "executor-a" && strings.HasSuffix(key, "/b") }
	const ttl = time.Second
	cfg := orchestrator.Config{Workers: 5, LeaseTTL: ttl, ReapInterval: 100 * time.Millisecond}
	a := pgHarness(t, pgURL, "executor-a", p, cfg)
	t.Cleanup(func() { close(p.gate) }) // before A stops, should the test fail before A dies
	var ids []string
	for i := range 5 {
		s, err := a.o.Submit(context.Background(), "tenant", orchestrator.TaskRequest{Goal: fmt.Sprintf("task %d", i), NoCache: true})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, s.TaskID)
	}
	// Let A complete step a of its tasks (on record) and start step b.
	for seen := 0; seen < 10; {
		select {
		case <-p.started:
			seen++
		case <-time.After(60 * time.Second):
			t.Fatalf("steps started: %d", seen)
		}
	}
	waitStepCompleted(t, a, ids, "a", 60*time.Second)
	// B runs beside A (leaving its live tasks alone) before A dies, so
	// what is timed is the resumption, not B's start.
	b := pgHarness(t, pgURL, "executor-b", p, cfg)
	if err := a.o.Abort(context.Background()); err != nil {
		t.Fatal(err)
	}
	a.execSQL(`UPDATE river_job SET state = 'running' WHERE state IN ('available', 'retryable') AND attempted_at IS NOT NULL AND kind = 'octollm_task'`)
	died := time.Now()
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
	// B resumes each task: it runs its step b.
	for _, id := range ids {
		for p.countBy("executor-b", id+"/b") == 0 {
			if time.Since(died) > 60*time.Second {
				t.Fatalf("B did not resume task %s within 60 s", id)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	took := time.Since(died)
	if took > 3*ttl+2*time.Second {
		t.Fatalf("resumed after %s, want about the %s lease", took, ttl)
	}
	waitAll(t, b, ids, 60*time.Second)
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
	t.Logf("A's %d tasks resumed by B %s after A died", len(ids), took)
}
