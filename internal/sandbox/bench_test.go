package sandbox_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/sandbox"
)

func BenchmarkEchoHi(b *testing.B) {
	sb, err := sandbox.New(sandbox.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer sb.Close()
	ctx := context.Background()
	spec := sandbox.Spec{Argv: []string{"echo", "hi"}}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		res, err := sb.Run(ctx, spec)
		lat = append(lat, time.Since(t0))
		if err != nil || string(res.Stdout) != "hi\n" {
			b.Fatalf("run: %v %q", err, res.Stdout)
		}
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
