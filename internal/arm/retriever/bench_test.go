package retriever_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm/retriever"
	"github.com/octollm/octollm/internal/hnsw"
)

// TestSearchLatencyLarge is the benchmark of docs/bench/retriever.md:
// OCTOLLM_RETRIEVER_BENCH_N single-chunk documents of ~60 words drawn with
// a Zipf distribution from a 20 000-word vocabulary, indexed in an SQLite
// store, then 300 queries of 3-6 words per method; it logs P50/P95/P99.
// Skipped unless the variable is set (it takes minutes).
func TestSearchLatencyLarge(t *testing.T) {
	nStr := os.Getenv("OCTOLLM_RETRIEVER_BENCH_N")
	if nStr == "" {
		t.Skip("set OCTOLLM_RETRIEVER_BENCH_N to run")
	}
	n, _ := strconv.Atoi(nStr)
	rng := rand.New(rand.NewSource(7))
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx", i)
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	text := func(words int) string {
		parts := make([]string, words)
		for i := range parts {
			parts[i] = vocab[zipf.Uint64()]
		}
		return strings.Join(parts, " ")
	}
	r := newRetriever(t, retriever.Config{HNSW: hnsw.Config{M: 16, EfConstruction: 100}})
	ctx := context.Background()
	start := time.Now()
	batch := make([]retriever.Document, 0, 1000)
	for i := range n {
		batch = append(batch, retriever.Document{ID: fmt.Sprintf("doc%06d", i), Source: fmt.Sprintf("bench://%d", i),
			Content: text(60), Metadata: map[string]any{"shard": float64(i % 10)}})
		if len(batch) == cap(batch) || i == n-1 {
			if _, err := r.Index(ctx, batch); err != nil {
				t.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	docs, chunks := r.Stats()
	t.Logf("indexed %d documents / %d chunks in %s", docs, chunks, time.Since(start).Round(time.Second))
	for _, tc := range []struct {
		method  string
		filters map[string]any
	}{{"vector", nil}, {"keyword", nil}, {"hybrid", nil}, {"hybrid", map[string]any{"shard": 3.0}}} {
		var lat []time.Duration
		for q := 0; q < 300; q++ {
			zero := 0.0
			req := retriever.SearchRequest{Query: text(3 + q%4), Method: tc.method, Limit: 10, Filters: tc.filters, MinRelevanceScore: &zero}
			s := time.Now()
			if _, err := r.Search(ctx, req); err != nil {
				t.Fatal(err)
			}
			lat = append(lat, time.Since(s))
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))].Round(10 * time.Microsecond) }
		t.Logf("%s filters=%v: P50 %s P95 %s P99 %s", tc.method, tc.filters != nil, p(0.5), p(0.95), p(0.99))
	}
}
