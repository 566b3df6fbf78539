package orchestrator_test

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/orchestrator"
)

// nopExecutor is a trivial executor: it answers at once.
type nopExecutor struct{}

func (nopExecutor) ID() string { return "executor-nop" }
func (nopExecutor) Capabilities() arm.Capability {
	return arm.Capability{ArmID: "executor-nop", Type: arm.TypeExecutor, CostTier: 1}
}
func (nopExecutor) Execute(_ context.Context, req arm.Request) (arm.Result, error) {
	return arm.Result{Output: "ok", Confidence: 1, Data: map[string]any{"exit_code": 0}}, nil
}

type constModel struct{ reply string }

func (m constModel) Complete(context.Context, arm.Prompt) (arm.Completion, error) {
	return arm.Completion{Text: m.reply, Tokens: 10, Model: "zero-latency"}, nil
}

// forBenchBackends runs fn as a sub-benchmark per backend.
func forBenchBackends(b *testing.B, fn func(b *testing.B, backend string)) {
	for _, be := range []string{backendSQLite, backendPostgres} {
		b.Run(be, func(b *testing.B) { fn(b, be) })
	}
}

// chainPlan is a plan of n trivial steps, each depending on the previous.
func chainPlan(n int) string {
	steps := make([]string, n)
	for i := range n {
		dep := ""
		if i > 0 {
			dep = fmt.Sprintf(`,"depends_on":["s%d"]`, i-1)
		}
		steps[i] = fmt.Sprintf(`{"id":"s%d","arm":"executor","action":"shell","inputs":{"argv":["true"]}%s}`, i, dep)
	}
	// Only the last step has a criterion: one judge call per task.
	steps[n-1] = strings.TrimSuffix(steps[n-1], "}") + `,"acceptance_criteria":["exit code 0"]}`
	return `{"steps":[` + strings.Join(steps, ",") + `],"rationale":"r","confidence":1}`
}

// benchHarness is a harness whose planner is a zero-latency model
// returning plan and whose executor answers at once.
func benchHarness(b *testing.B, backend, plan string, cfg orchestrator.Config) *harness {
	cfg.CacheTTL = -1
	return newHarness(b, harnessOpts{backend: backend, model: constModel{plan}, mode: "llm", extra: []arm.Arm{nopExecutor{}},
		exec: newProcExecutor("executor-zzz"), // tier 3: the tier-1 nop arm wins routing
		cfg:  cfg})
}

// BenchmarkSubmit measures POST /api/v1/tasks through the HTTP stack
// (auth, reflex screen, store insert and River insert in one transaction)
// with workers stopped.
func BenchmarkSubmit(b *testing.B) {
	forBenchBackends(b, func(b *testing.B, be string) {
		h := newHarness(b, harnessOpts{backend: be, cfg: orchestrator.Config{CacheTTL: -1}})
		_ = h.o.Stop(context.Background())
		lat := make([]time.Duration, 0, b.N)
		b.ResetTimer()
		for range b.N {
			t0 := time.Now()
			if err := h.client.Do(context.Background(), http.MethodPost, "/api/v1/tasks", map[string]any{"goal": "echo bench"}, nil); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t0))
		}
		b.StopTimer()
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		b.ReportMetric(float64(lat[len(lat)*50/100].Microseconds())/1000, "p50_ms")
		b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95_ms")
	})
}

// submitters is how many clients submit concurrently in BenchmarkThroughput.
const submitters = 8

// BenchmarkThroughput submits b.N tasks from concurrent clients and runs
// them end to end (plan by a zero-latency model, one trivial step, judge)
// with the default configuration; it reports tasks per second from the
// first submission to the last terminal status.
func BenchmarkThroughput(b *testing.B) {
	forBenchBackends(b, func(b *testing.B, be string) {
		h := benchHarness(b, be, chainPlan(1), orchestrator.Config{}) // default workers
		ctx := context.Background()
		b.ResetTimer()
		t0 := time.Now()
		// Clients submit concurrently, as API users would.
		ids := make(chan string, b.N)
		var wg sync.WaitGroup
		var next atomic.Int64
		for range submitters {
			wg.Go(func() {
				for next.Add(1) <= int64(b.N) {
					s, err := h.o.Submit(ctx, "bench", orchestrator.TaskRequest{Goal: "trivial", NoCache: true})
					if err != nil {
						b.Error(err)
						return
					}
					ids <- s.TaskID
				}
			})
		}
		wg.Wait()
		close(ids)
		for id := range ids {
			waitTerminal(b, h, id)
		}
		el := time.Since(t0)
		b.StopTimer()
		b.ReportMetric(float64(b.N)/el.Seconds(), "tasks/s")
	})
}

// BenchmarkStepOverhead runs tasks one at a time, each a chain of trivial
// steps on a zero-latency executor, so the time per step is what the
// orchestrator itself spends: routing, the step's capability scope, the
// step and provenance records (the completion made durable before the next
// step starts), events. It reports the marginal cost of a step, from the
// difference between 21-step and 1-step tasks.
func BenchmarkStepOverhead(b *testing.B) {
	forBenchBackends(b, func(b *testing.B, be string) {
		const long = 20
		one := benchHarness(b, be, chainPlan(1), orchestrator.Config{})
		many := benchHarness(b, be, chainPlan(long), orchestrator.Config{})
		run := func(h *harness) time.Duration {
			t0 := time.Now()
			s, err := h.o.Submit(context.Background(), "bench", orchestrator.TaskRequest{Goal: "chain", NoCache: true})
			if err != nil {
				b.Fatal(err)
			}
			waitTerminal(b, h, s.TaskID)
			return time.Since(t0)
		}
		run(one)
		run(many)
		var tOne, tMany time.Duration
		b.ResetTimer()
		for range b.N {
			tOne += run(one)
			tMany += run(many)
		}
		b.StopTimer()
		perStep := (tMany - tOne).Seconds() / float64(b.N) / (long - 1)
		b.ReportMetric(perStep*1000, "ms/step")
		b.ReportMetric(tOne.Seconds()*1000/float64(b.N), "ms/1-step-task")
		b.ReportMetric(tMany.Seconds()*1000/float64(b.N), "ms/20-step-task")
	})
}

// waitTerminal waits for the task's terminal status event (or finds the
// status already terminal in the store) and checks it completed.
func waitTerminal(b *testing.B, h *harness, id string) {
	ch, unsub := h.o.Subscribe(id)
	defer unsub()
	t, err := h.st.GetTask(context.Background(), id)
	if err != nil {
		b.Fatal(err)
	}
	status := t.Status
	timeout := time.After(60 * time.Second)
	for !orchestrator.Terminal(status) {
		select {
		case e := <-ch:
			if e.Type == "status" {
				status = e.Status
			}
		case <-time.After(100 * time.Millisecond):
			// Events are best effort: re-read the store now and then.
			if t, err := h.st.GetTask(context.Background(), id); err == nil {
				status = t.Status
			}
		case <-timeout:
			b.Fatalf("task %s still %s", id, status)
		}
	}
	if status != orchestrator.StatusCompleted {
		t, _ := h.st.GetTask(context.Background(), id)
		b.Fatalf("task %s %s: %s", id, status, t.Error)
	}
}
