package sandbox_test

import (
	"context"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/sandbox"
)

// The latency benchmarks time create → exec → result of `echo hi` as the
// caller sees it (one Sandbox.Run) and report p50/p99 in milliseconds.
//
//	go test -run '^$' -bench 'EchoHi|Fifty' -benchtime 300x ./internal/sandbox/

// BenchmarkEchoHi runs back to back: every run also competes with the
// restart of the init it consumed.
func BenchmarkEchoHi(b *testing.B) {
	benchEcho(b, sandbox.Config{}, 0)
}

// BenchmarkEchoHiPaced leaves 25 ms between runs (not timed), as when
// requests arrive at an executor that is not saturated.
func BenchmarkEchoHiPaced(b *testing.B) {
	benchEcho(b, sandbox.Config{}, 25*time.Millisecond)
}

// BenchmarkEchoHiCold disables the prestarted inits: every run pays for the
// namespaces, the exec and the cgroup migration.
func BenchmarkEchoHiCold(b *testing.B) {
	benchEcho(b, sandbox.Config{Warm: -1}, 0)
}

func benchEcho(b *testing.B, cfg sandbox.Config, gap time.Duration) {
	sb := newSandbox(b, cfg)
	ctx := context.Background()
	spec := sandbox.Spec{Argv: []string{"echo", "hi"}}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if gap > 0 {
			b.StopTimer()
			time.Sleep(gap)
			b.StartTimer()
		}
		t0 := time.Now()
		res, err := sb.Run(ctx, spec)
		lat = append(lat, time.Since(t0))
		if err != nil || string(res.Stdout) != "hi\n" {
			b.Fatalf("run %d: %v %q", i, err, res.Stdout)
		}
	}
	b.StopTimer()
	reportPercentiles(b, lat)
	st := sb.Stats()
	b.ReportMetric(float64(st.ColdStarts)/float64(st.Runs), "cold-frac")
}

// BenchmarkFiftyConcurrent starts 50 runs at once per iteration and reports
// the slowest run's latency (p50/p99 over iterations) and failures.
func BenchmarkFiftyConcurrent(b *testing.B) {
	sb := newSandbox(b, sandbox.Config{})
	ctx := context.Background()
	var all []time.Duration
	failures := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var wg sync.WaitGroup
		var mu sync.Mutex
		for j := 0; j < 50; j++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				t0 := time.Now()
				res, err := sb.Run(ctx, sandbox.Spec{Argv: []string{"echo", "hi"}, Timeout: time.Minute})
				d := time.Since(t0)
				mu.Lock()
				defer mu.Unlock()
				all = append(all, d)
				if err != nil || string(res.Stdout) != "hi\n" {
					failures++
				}
			}()
		}
		wg.Wait()
	}
	b.StopTimer()
	reportPercentiles(b, all)
	b.ReportMetric(float64(failures), "failures")
	if failures > 0 {
		b.Fatalf("%d of %d runs failed", failures, len(all))
	}
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		i := int(p * float64(len(lat)-1))
		return float64(lat[i].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
