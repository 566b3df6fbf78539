package executor

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/sandbox"
	"github.com/octollm/octollm/internal/store/storesqlite"
)

// The benchmarks time create → exec → result of `echo hi` through the arm
// (arm.Arm.Execute as the orchestrator calls it in process): token
// verification, policy checks, the sandbox run, the response and the
// audit/provenance record (written off the request path to a real SQLite
// action log and the JSONL file). p50/p99 are reported in milliseconds.
//
//	go test -run '^$' -bench 'Arm' -benchtime 300x ./internal/arm/executor/

func benchKit(b *testing.B, cfg Config) *kit {
	b.Helper()
	st, err := storesqlite.New(context.Background(), storesqlite.Config{Path: filepath.Join(b.TempDir(), "bench.db")})
	if err != nil {
		b.Fatal(err)
	}
	if err := st.Migrate(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = st.Close() })
	return newKitWith(b, cfg, Deps{Actions: st})
}

func echoRequest(b *testing.B, k *kit) arm.Request {
	g := auth.Grant{TaskID: "0b5e6f5e-2f43-4a5c-9d6e-3f1a2b3c4d5e", StepID: "step_1", Commands: []string{"echo"}, Capabilities: []string{"shell"}}
	return arm.Request{TaskID: g.TaskID, StepID: g.StepID, Action: arm.ActionShell,
		Inputs: map[string]any{"argv": []any{"echo", "hi"}}, CapabilityToken: k.token(b, g), Timeout: 30 * time.Second}
}

// BenchmarkArmEchoHi runs back to back.
func BenchmarkArmEchoHi(b *testing.B) { benchArmEcho(b, 0) }

// BenchmarkArmEchoHiPaced leaves 25 ms between runs (not timed), as when
// steps reach an executor that is not saturated.
func BenchmarkArmEchoHiPaced(b *testing.B) { benchArmEcho(b, 25*time.Millisecond) }

func benchArmEcho(b *testing.B, gap time.Duration) {
	k := benchKit(b, Config{})
	req := echoRequest(b, k)
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	minted := time.Now()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if gap > 0 || time.Since(minted) > 4*time.Minute {
			b.StopTimer()
			time.Sleep(gap)
			if time.Since(minted) > 4*time.Minute {
				req, minted = echoRequest(b, k), time.Now()
			}
			b.StartTimer()
		}
		t0 := time.Now()
		res, err := k.e.Execute(ctx, req)
		lat = append(lat, time.Since(t0))
		if err != nil || res.Output != "hi\n" {
			b.Fatalf("run %d: %v %+v", i, err, res)
		}
	}
	b.StopTimer()
	reportPercentiles(b, lat)
}

// BenchmarkArmFiftyConcurrent starts 50 executions at once per iteration
// (16 run at a time, the default, the others queue) and reports per-run
// latency percentiles and failures.
func BenchmarkArmFiftyConcurrent(b *testing.B) { benchFifty(b, 0) }

// BenchmarkArmFiftyConcurrentUnbounded lets all 50 run at once.
func BenchmarkArmFiftyConcurrentUnbounded(b *testing.B) { benchFifty(b, 64) }

func benchFifty(b *testing.B, maxConc int) {
	k := benchKit(b, Config{MaxConcurrent: maxConc})
	req := echoRequest(b, k)
	ctx := context.Background()
	var all, batches []time.Duration
	failures := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var wg sync.WaitGroup
		var mu sync.Mutex
		t0 := time.Now()
		for j := 0; j < 50; j++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s := time.Now()
				res, err := k.e.Execute(ctx, req)
				d := time.Since(s)
				mu.Lock()
				defer mu.Unlock()
				all = append(all, d)
				if err != nil || res.Output != "hi\n" {
					failures++
					b.Errorf("concurrent run: %v %+v", err, res)
				}
			}()
		}
		wg.Wait()
		batches = append(batches, time.Since(t0))
	}
	b.StopTimer()
	reportPercentiles(b, all)
	sort.Slice(batches, func(i, j int) bool { return batches[i] < batches[j] })
	b.ReportMetric(float64(batches[len(batches)/2].Microseconds())/1000, "batch-p50-ms")
	b.ReportMetric(float64(failures), "failures")
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		i := int(p * float64(len(lat)-1))
		return float64(lat[i].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(0, "ns/op")
}

// TestFiftyConcurrentExecutions is the concurrency acceptance in
// every test run: 50 executions at once through the arm, none failing.
func TestFiftyConcurrentExecutions(t *testing.T) {
	k := newKit(t, Config{})
	g := auth.Grant{Commands: []string{"echo"}, Capabilities: []string{"shell"}}
	tok := k.token(t, g)
	var wg sync.WaitGroup
	errs := make(chan error, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := k.e.Execute(context.Background(), arm.Request{Action: arm.ActionShell,
				Inputs: map[string]any{"argv": []any{"echo", "hi"}}, CapabilityToken: tok, Timeout: time.Minute})
			if err == nil && res.Output != "hi\n" {
				err = &arm.Error{Code: "wrong_output", Message: res.Output}
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if n := len(k.actions.list()); n > 50 {
		t.Fatalf("%d provenance records for 50 runs", n)
	}
}

// instantSandbox answers at once: BenchmarkArmOverhead measures what the
// executor adds to a sandbox run (token verification, policy, response,
// audit record).
type instantSandbox struct{}

func (instantSandbox) Run(_ context.Context, s sandbox.Spec) (sandbox.Result, error) {
	return sandbox.Result{Stdout: []byte("hi\n"), Tier: "instant"}, nil
}
func (instantSandbox) Tier() string { return "instant" }

func BenchmarkArmOverhead(b *testing.B) {
	st, err := storesqlite.New(context.Background(), storesqlite.Config{Path: filepath.Join(b.TempDir(), "bench.db")})
	if err != nil {
		b.Fatal(err)
	}
	if err := st.Migrate(context.Background()); err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var actions ActionLog = st
	if os.Getenv("BENCH_FAKE_LOG") != "" {
		actions = &fakeActions{}
	}
	k := newKitWith(b, Config{}, Deps{Sandbox: instantSandbox{}, Actions: actions})
	req := echoRequest(b, k)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := k.e.Execute(ctx, req); err != nil {
			b.Fatal(err)
		}
	}
}
