package cachemem

import (
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

// BenchmarkGCFullCache measures what a full cache (DefaultMaxEntries
// entries shaped like the reflex service's: a 53-byte key, a 40-byte value)
// costs each garbage collection: the time of one forced collection, the
// live heap objects and the heap bytes the collector has to scan. The last
// two do not depend on the machine's load.
//
//	go test -run '^$' -bench BenchmarkGCFullCache -benchtime 20x ./internal/cache/cachemem/
func BenchmarkGCFullCache(b *testing.B) {
	be, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = be.Close() })
	ctx := context.Background()
	val := make([]byte, 40)
	for i := range DefaultMaxEntries {
		if err := be.Set(ctx, fmt.Sprintf("reflex:process:cache:%032x", i), val, time.Hour); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	b.ResetTimer()
	for range b.N {
		runtime.GC()
	}
	b.StopTimer()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	sample := []metrics.Sample{{Name: "/gc/scan/heap:bytes"}}
	metrics.Read(sample)
	b.ReportMetric(float64(ms.HeapObjects), "heap-objects")
	if sample[0].Value.Kind() == metrics.KindUint64 {
		b.ReportMetric(float64(sample[0].Value.Uint64()), "scan-heap-bytes")
	}
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(be)
}
