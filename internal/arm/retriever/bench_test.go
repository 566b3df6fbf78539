package retriever_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/arm/retriever"
	"github.com/octollm/octollm/internal/hnsw"
	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storepg"
	"github.com/octollm/octollm/internal/store/storetest"
)

// TestSearchLatencyLarge is the benchmark of docs/bench/retriever.md:
// OCTOLLM_RETRIEVER_BENCH_N single-chunk documents of ~60 words drawn with
// a Zipf distribution from a 20 000-word vocabulary, indexed in an SQLite
// store, then 300 queries of 3-6 words per method; it logs P50/P95/P99.
// Skipped unless the variable is set (it takes minutes).
//
// OCTOLLM_RETRIEVER_BENCH_BACKEND picks the backend of backends():
// embedded (default: SQLite, in-process HNSW and BM25), postgres-inprocess
// or postgres-pgvector (PostgreSQL full-text search; vectors in process or
// in pgvector).
func TestSearchLatencyLarge(t *testing.T) {
	nStr := os.Getenv("OCTOLLM_RETRIEVER_BENCH_N")
	if nStr == "" {
		t.Skip("set OCTOLLM_RETRIEVER_BENCH_N to run")
	}
	n, _ := strconv.Atoi(nStr)
	text := storetest.ZipfText(7)
	name := os.Getenv("OCTOLLM_RETRIEVER_BENCH_BACKEND")
	if name == "" {
		name = "embedded"
	}
	i := slices.IndexFunc(backends(), func(b backend) bool { return b.name == name })
	if i < 0 {
		t.Fatalf("OCTOLLM_RETRIEVER_BENCH_BACKEND=%q: not a backend", name)
	}
	b := backends()[i]
	st := b.newStore(t)
	r := b.open(t, st, retriever.Config{HNSW: hnsw.Config{M: 16, EfConstruction: 100}})
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
	t.Logf("%s: indexed %d documents / %d chunks in %s", name, docs, chunks, time.Since(start).Round(time.Second))
	queries := make([]string, 300)
	for q := range queries {
		queries[q] = text(3 + q%4)
	}
	run := func(label string, r *retriever.Retriever) {
		for _, tc := range []struct {
			method  string
			filters map[string]any
		}{{"vector", nil}, {"keyword", nil}, {"hybrid", nil}, {"hybrid", map[string]any{"shard": 3.0}}} {
			var lat []time.Duration
			for _, query := range queries {
				zero := 0.0
				req := retriever.SearchRequest{Query: query, Method: tc.method, Limit: 10, Filters: tc.filters, MinRelevanceScore: &zero}
				s := time.Now()
				res, err := r.Search(ctx, req)
				if err != nil {
					t.Fatal(err)
				}
				if res.Metadata.VectorBackend != b.vector {
					t.Fatalf("searched by %s", res.Metadata.VectorBackend)
				}
				lat = append(lat, time.Since(s))
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))].Round(10 * time.Microsecond) }
			t.Logf("%s: %s filters=%v: P50 %s P95 %s P99 %s", label, tc.method, tc.filters != nil, p(0.5), p(0.95), p(0.99))
		}
	}
	run(name, r)
	if pg, ok := st.(*storepg.Store); ok && b.vector == retriever.VectorPgvector {
		pgvectorRecall(t, pg, queries[:100])
	}
	if b.name != "embedded" {
		// The same PostgreSQL data searched with in-process BM25 as the
		// keyword half, to separate the vector backend's cost from
		// PostgreSQL full-text search's.
		r2, err := retriever.New(retriever.Config{Store: st, Backend: "postgres", Keyword: retriever.KeywordBM25,
			VectorBackend: b.vector, HNSW: hnsw.Config{M: 16, EfConstruction: 100}})
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		if _, err := r2.Load(ctx); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s+bm25: loaded in %s", name, time.Since(start).Round(time.Second))
		run(name+"+bm25", r2)
	}
}

// pgvectorRecall logs the recall@10 of the pgvector search (HNSW, the
// retriever's ef_search) against an exact scan of the same table. A hit
// counts when it is no farther than the exact 10th neighbour (hashed
// texts have ties).
func pgvectorRecall(t *testing.T, pg *storepg.Store, queries []string) {
	t.Helper()
	ctx := t.Context()
	emb := retriever.NewHashEmbedder(256)
	found, total := 0, 0
	for _, q := range queries {
		vs, _ := emb.Embed(ctx, []string{q})
		approx, err := pg.SearchChunkVectors(ctx, store.VectorQuery{Vector: vs[0], Embedder: emb.Name(), Limit: 10, EfSearch: 128})
		if err != nil {
			t.Fatal(err)
		}
		lit := make([]string, len(vs[0]))
		for i, f := range vs[0] {
			lit[i] = strconv.FormatFloat(float64(f), 'g', -1, 32)
		}
		tx, err := pg.Pool().Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var tenth float64
		err = tx.QueryRow(ctx, `SELECT set_config('enable_indexscan', 'off', true)`).Scan(new(string))
		if err == nil {
			err = tx.QueryRow(ctx, `SELECT max(d) FROM (SELECT vec::vector(256) <=> $1::text::vector(256) AS d FROM memory.chunks
				WHERE vector_dims(vec) = 256 ORDER BY d LIMIT 10) x`, "["+strings.Join(lit, ",")+"]").Scan(&tenth)
		}
		_ = tx.Rollback(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range approx {
			total++
			if 1-h.Score <= tenth+1e-6 {
				found++
			}
		}
		total += 10 - len(approx)
	}
	t.Logf("pgvector recall@10 vs exact scan: %.3f over %d queries", float64(found)/float64(total), len(queries))
}
