package storepg_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storepg"
)

// vectorStore is a migrated store with pgvector enabled for dim. Without
// the extension the test is skipped, except with CI=true, where CI has run
// scripts/pgvector.sh and its absence is a failure.
func vectorStore(t *testing.T, dim int) *storepg.Store {
	t.Helper()
	s := migratedStore(t)
	if err := s.EnableChunkVectors(t.Context(), dim); err != nil {
		if errors.Is(err, errors.ErrUnsupported) && os.Getenv("CI") != "true" {
			t.Skipf("pgvector unavailable: %v", err)
		}
		t.Fatalf("EnableChunkVectors: %v", err)
	}
	return s
}

func unit(rng *rand.Rand, dim int) []float32 {
	v := make([]float32, dim)
	var n float64
	for i := range v {
		v[i] = float32(rng.NormFloat64())
		n += float64(v[i]) * float64(v[i])
	}
	for i := range v {
		v[i] /= float32(math.Sqrt(n))
	}
	return v
}

func putVectors(t *testing.T, s *storepg.Store, prefix, embedder string, meta map[string]any, vecs [][]float32) {
	t.Helper()
	md, _ := json.Marshal(meta)
	for i, v := range vecs {
		id := fmt.Sprintf("%s%04d", prefix, i)
		c := store.Chunk{ID: id + "#0", DocumentID: id, Content: "text", Length: 4, Embedding: v, Embedder: embedder}
		if _, err := s.PutDocument(t.Context(), store.Document{ID: id, Source: "s", Content: "text", Metadata: md, ContentHash: "h"}, []store.Chunk{c}); err != nil {
			t.Fatal(err)
		}
	}
}

func TestChunkVectors(t *testing.T) {
	t.Parallel()
	const dim = 16
	s := vectorStore(t, dim)
	ctx := t.Context()
	// Idempotent, also for a second dimension (another index, same column).
	for _, d := range []int{dim, 8} {
		if err := s.EnableChunkVectors(ctx, d); err != nil {
			t.Fatalf("enable %d again: %v", d, err)
		}
	}
	if err := s.EnableChunkVectors(ctx, 4000); !errors.Is(err, errors.ErrUnsupported) {
		t.Fatalf("4000 dimensions: %v", err)
	}
	rng := rand.New(rand.NewSource(1))
	var red, blue [][]float32
	for range 60 {
		red = append(red, unit(rng, dim))
		blue = append(blue, unit(rng, dim))
	}
	putVectors(t, s, "red", "e1", map[string]any{"team": "red", "tags": []any{"x"}}, red)
	putVectors(t, s, "blue", "e1", map[string]any{"team": "blue"}, blue)
	// Same dimension, other embedder; other dimension; zero vector: none
	// of them may come back.
	putVectors(t, s, "other", "e2", nil, [][]float32{red[0]})
	putVectors(t, s, "small", "e1", nil, [][]float32{unit(rng, 8)})
	putVectors(t, s, "zero", "e1", nil, [][]float32{make([]float32, dim)})

	q := red[7]
	hits, err := s.SearchChunkVectors(ctx, store.VectorQuery{Vector: q, Embedder: "e1", Limit: 5, EfSearch: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 5 || hits[0].ID != "red0007#0" || math.Abs(hits[0].Score-1) > 1e-5 {
		t.Fatalf("hits %+v", hits)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Score > hits[i-1].Score {
			t.Fatalf("not sorted: %+v", hits)
		}
	}
	// A filter matching 60 chunks fills the limit; a list-valued key
	// matches by containment; a filter matching nothing returns nothing.
	for _, tc := range []struct {
		filter map[string]any
		want   int
		prefix string
	}{
		{map[string]any{"team": "blue"}, 50, "blue"},
		{map[string]any{"tags": "x", "team": "red"}, 50, "red"},
		{map[string]any{"team": "green"}, 0, ""},
	} {
		hits, err := s.SearchChunkVectors(ctx, store.VectorQuery{Vector: q, Embedder: "e1", Limit: 50, Filter: tc.filter})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != tc.want {
			t.Fatalf("filter %v: %d hits, want %d", tc.filter, len(hits), tc.want)
		}
		for _, h := range hits {
			if h.ID[:len(tc.prefix)] != tc.prefix {
				t.Fatalf("filter %v let %s through", tc.filter, h.ID)
			}
		}
	}
	all, err := s.SearchChunkVectors(ctx, store.VectorQuery{Vector: q, Embedder: "e1", Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 120 || slices.ContainsFunc(all, func(h store.VectorHit) bool { return h.ID == "zero0000#0" || h.ID == "other0000#0" }) {
		t.Fatalf("%d hits over all e1 chunks of %d dimensions, want 120 (no zero vector, no other embedder)", len(all), dim)
	}
	hits, err = s.SearchChunkVectors(ctx, store.VectorQuery{Vector: unit(rng, 8), Embedder: "e1", Limit: 5})
	if err != nil || len(hits) != 1 || hits[0].ID != "small0000#0" {
		t.Fatalf("8-dimensional search: %+v %v", hits, err)
	}
	// Deleting a document, replacing its chunks and re-embedding all reach
	// the vector column.
	if err := s.DeleteDocument(ctx, "red0007"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetChunkEmbeddings(ctx, "e1", map[string][]float32{"blue0003#0": q}); err != nil {
		t.Fatal(err)
	}
	hits, err = s.SearchChunkVectors(ctx, store.VectorQuery{Vector: q, Embedder: "e1", Limit: 1})
	if err != nil || len(hits) != 1 || hits[0].ID != "blue0003#0" {
		t.Fatalf("after delete and re-embed: %+v %v", hits, err)
	}
	// The index's expression and predicate are the ones the search
	// repeats: with sequential scans priced out, the planner walks the
	// dimension's HNSW index (the table is too small for it to choose that
	// by itself).
	tx, err := s.Pool().Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = tx.Rollback(ctx) })
	if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
		t.Fatal(err)
	}
	var plan []string
	rows, err := tx.Query(ctx, fmt.Sprintf(`EXPLAIN SELECT chunk_id, vec::vector(%[1]d) <=> $1::text::vector(%[1]d) AS dist
		FROM memory.chunks WHERE vector_dims(vec) = %[1]d AND embedder = 'e1' ORDER BY dist LIMIT 5`, dim), storepg.VectorLiteral(q))
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, line)
	}
	if rows.Err() != nil || !strings.Contains(strings.Join(plan, "\n"), "Index Scan using chunks_vec_16_idx") {
		t.Fatalf("plan does not use the HNSW index: %v\n%s", rows.Err(), strings.Join(plan, "\n"))
	}
}
