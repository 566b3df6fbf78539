package orchestrator_test

import (
	"context"
	"net/http"
	"sort"
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

// BenchmarkSubmit measures POST /api/v1/tasks through the HTTP stack
// (auth, reflex screen, store insert, River insert) with workers stopped.
func BenchmarkSubmit(b *testing.B) {
	h := newHarness(b, harnessOpts{cfg: orchestrator.Config{CacheTTL: -1}})
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
}

// BenchmarkThroughput runs b.N tasks end to end (plan by a zero-latency
// model, one trivial step, judge) and reports tasks per second.
func BenchmarkThroughput(b *testing.B) {
	plan := `{"steps":[{"id":"a","arm":"executor","action":"shell","inputs":{"argv":["true"]},"acceptance_criteria":["exit code 0"]}],"rationale":"r","confidence":1}`
	h := newHarness(b, harnessOpts{model: constModel{plan}, mode: "llm", extra: []arm.Arm{nopExecutor{}},
		exec: newProcExecutor("executor-zzz"), // tier 3: the tier-1 nop arm wins routing
		cfg:  orchestrator.Config{Workers: 50, CacheTTL: -1, PollInterval: 10 * time.Millisecond}})
	ctx := context.Background()
	b.ResetTimer()
	t0 := time.Now()
	ids := make([]string, 0, b.N)
	for range b.N {
		s, err := h.o.Submit(ctx, "bench", orchestrator.TaskRequest{Goal: "trivial", NoCache: true})
		if err != nil {
			b.Fatal(err)
		}
		ids = append(ids, s.TaskID)
	}
	for _, id := range ids {
		for {
			t, err := h.st.GetTask(ctx, id)
			if err != nil {
				b.Fatal(err)
			}
			if orchestrator.Terminal(t.Status) {
				if t.Status != orchestrator.StatusCompleted {
					b.Fatalf("task %s %s: %s", id, t.Status, t.Error)
				}
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	el := time.Since(t0)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/el.Seconds(), "tasks/s")
}
