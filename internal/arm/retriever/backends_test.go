package retriever_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/octollm/octollm/internal/arm/retriever"
	"github.com/octollm/octollm/internal/store"
)

// backend builds retriever configurations over one store.
type backend struct {
	name string
	// newStore returns a fresh store.
	newStore func(t *testing.T) store.Store
	// cfg completes a configuration for the backend.
	cfg func(c retriever.Config) retriever.Config
	// vector is the VectorBackend the retriever must end up with.
	vector string
}

// backends are the three ways the retriever stores and searches vectors:
// SQLite with the in-process graph, PostgreSQL with the in-process graph,
// and PostgreSQL with pgvector (both PostgreSQL ones with the database's
// full-text search, as the application wires them).
func backends() []backend {
	pg := func(vec string) func(c retriever.Config) retriever.Config {
		return func(c retriever.Config) retriever.Config {
			c.Backend, c.Keyword, c.VectorBackend = "postgres", retriever.KeywordDatabase, vec
			return c
		}
	}
	return []backend{
		{name: "embedded", newStore: func(t *testing.T) store.Store { return sqliteStore(t, "") },
			cfg: func(c retriever.Config) retriever.Config { return c }, vector: retriever.VectorInProcess},
		{name: "postgres-inprocess", newStore: pgStore, cfg: pg(retriever.VectorInProcess), vector: retriever.VectorInProcess},
		{name: "postgres-pgvector", newStore: pgStore, cfg: pg(retriever.VectorPgvector), vector: retriever.VectorPgvector},
	}
}

// open builds a retriever over st and loads it. Without the pgvector
// extension the pgvector backend is skipped, except with CI=true (CI runs
// scripts/pgvector.sh first, so its absence there is a failure).
func (b backend) open(t *testing.T, st store.Store, c retriever.Config) *retriever.Retriever {
	t.Helper()
	c.Store = st
	r, err := retriever.New(b.cfg(c))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Load(t.Context()); err != nil {
		if errors.Is(err, errors.ErrUnsupported) && os.Getenv("CI") != "true" {
			t.Skipf("pgvector unavailable (scripts/pgvector.sh installs it): %v", err)
		}
		t.Fatalf("load: %v", err)
	}
	if got := r.VectorBackend(); got != b.vector {
		t.Fatalf("vector backend %q, want %q", got, b.vector)
	}
	return r
}

func TestBackendsSearchContract(t *testing.T) {
	t.Parallel()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			ctx := t.Context()
			st := b.newStore(t)
			snap := filepath.Join(t.TempDir(), "retriever.hnsw")
			r := b.open(t, st, retriever.Config{SnapshotPath: snap})
			if _, err := r.Index(ctx, corpus()); err != nil {
				t.Fatal(err)
			}
			for _, tt := range []struct {
				method, query, top string
			}{
				{"hybrid", "How do I fix the log4j JNDI remote code execution?", "log4shell"},
				{"keyword", "openssl heartbeat memory leak", "heartbleed"},
				{"vector", "scanning open ports on hosts", "nmap-guide"},
				{"vector", "seccomp namespaces isolation for commands", "sandbox"},
				{"hybrid", "seccomp namespaces isolation for commands", "sandbox"},
			} {
				res, err := r.Search(ctx, retriever.SearchRequest{Query: tt.query, Method: tt.method, MinRelevanceScore: ptr(0.0)})
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Results) == 0 || res.Results[0].Metadata["document_id"] != tt.top {
					t.Fatalf("%s %q: %v", tt.method, tt.query, sources(res))
				}
				if res.Metadata.VectorBackend != b.vector {
					t.Fatalf("metadata vector_backend %q", res.Metadata.VectorBackend)
				}
				for i, x := range res.Results {
					if x.Rank != i+1 || x.RelevanceScore < 0 || x.RelevanceScore > 1 || (i > 0 && x.RelevanceScore > res.Results[i-1].RelevanceScore) {
						t.Fatalf("ranks/scores: %+v", res.Results)
					}
				}
			}
			// Unrelated and wordless queries find nothing (no nearest junk,
			// no NaN from a zero query vector).
			for _, q := range []string{"chocolate cake recipe", "?!"} {
				res, err := r.Search(ctx, retriever.SearchRequest{Query: q})
				if err != nil || len(res.Results) != 0 {
					t.Fatalf("%q: %v %v", q, sources(res), err)
				}
			}
			res, err := r.Search(ctx, retriever.SearchRequest{Query: "remote code vulnerability upgrade", Method: "vector",
				Filters: map[string]any{"tags": "rce"}, MinRelevanceScore: ptr(0.0)})
			if err != nil || len(res.Results) != 1 || res.Results[0].Metadata["document_id"] != "log4shell" {
				t.Fatalf("vector filtered by a list value: %v %v", sources(res), err)
			}
			// Deletion removes the vector: its own text no longer finds it.
			if err := r.Delete(ctx, "heartbleed"); err != nil {
				t.Fatal(err)
			}
			heart := corpus()[1]
			res, _ = r.Search(ctx, retriever.SearchRequest{Query: heart.Title + "\n" + heart.Content, Method: "vector", MinRelevanceScore: ptr(0.0)})
			if slices.Contains(sources(res), "heartbleed") {
				t.Fatal("deleted document still found by vector")
			}
			if err := r.SaveSnapshot(); err != nil {
				t.Fatal(err)
			}
			// A restart keeps everything (from the store, or the database's
			// own index with pgvector, which has no snapshot to write).
			_, statErr := os.Stat(snap)
			if b.vector == retriever.VectorPgvector && statErr == nil {
				t.Fatal("pgvector backend wrote an in-process graph snapshot")
			}
			r2 := b.open(t, st, retriever.Config{SnapshotPath: snap})
			for _, method := range []string{"vector", "keyword", "hybrid"} {
				res, _ = r2.Search(ctx, retriever.SearchRequest{Query: "nmap open ports service versions", Method: method, MinRelevanceScore: ptr(0.0)})
				if len(res.Results) == 0 || res.Results[0].Metadata["document_id"] != "nmap-guide" || slices.Contains(sources(res), "heartbleed") {
					t.Fatalf("after restart (%s): %v", method, sources(res))
				}
			}
			if d, c := r2.Stats(); d != 3 || c != 3 {
				t.Fatalf("after restart: %d documents, %d chunks", d, c)
			}
			// Another embedder dimension: the stored chunks are re-embedded
			// and searched at the new dimension.
			r3 := b.open(t, st, retriever.Config{Embedder: retriever.NewHashEmbedder(64)})
			res, err = r3.Search(ctx, retriever.SearchRequest{Query: "seccomp landlock sandbox", Method: "vector", MinRelevanceScore: ptr(0.0)})
			if err != nil || len(res.Results) == 0 || res.Results[0].Metadata["document_id"] != "sandbox" || res.Metadata.VectorModel != "hash-64" {
				t.Fatalf("re-embedded at 64 dimensions: %v %v", sources(res), err)
			}
		})
	}
}

func TestBackendsFiltersStillFillLimit(t *testing.T) {
	t.Parallel()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			// ExactBelow -1: the in-process graph is walked, not scanned.
			r := b.open(t, b.newStore(t), retriever.Config{ExactBelow: -1})
			ctx := t.Context()
			var docs []retriever.Document
			for i := range 150 {
				team := []string{"red", "blue", "green", "amber", "teal"}[i%5]
				docs = append(docs, retriever.Document{ID: fmt.Sprintf("d%03d", i), Source: fmt.Sprintf("mem://d%03d", i),
					Content:  fmt.Sprintf("Incident report %d: the firewall dropped packets from host %d during the backup window.", i, i),
					Metadata: map[string]any{"team": team, "n": float64(i), "labels": []any{team, "incident"}}})
			}
			if _, err := r.Index(ctx, docs); err != nil {
				t.Fatal(err)
			}
			for _, method := range []string{"vector", "keyword", "hybrid"} {
				res, err := r.Search(ctx, retriever.SearchRequest{Query: "firewall dropped packets backup", Method: method, Limit: 25,
					Filters: map[string]any{"team": "green"}, MinRelevanceScore: ptr(0.0)})
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Results) != 25 {
					t.Fatalf("%s: %d results with a filter matching 30 documents, want 25", method, len(res.Results))
				}
				for _, x := range res.Results {
					if x.Metadata["team"] != "green" {
						t.Fatalf("%s: filter not applied: %v", method, x.Metadata)
					}
				}
			}
			res, _ := r.Search(ctx, retriever.SearchRequest{Query: "firewall", Method: "vector", Filters: map[string]any{"n": 41, "labels": "blue"}, MinRelevanceScore: ptr(0.0)})
			if len(res.Results) != 1 || res.Results[0].Metadata["document_id"] != "d041" {
				t.Fatalf("numeric + list filter: %v", sources(res))
			}
		})
	}
}

// tableEmbedder embeds "v<i>" as the i-th of a fixed set of vectors: the
// recall test controls exactly what the index holds and is asked.
type tableEmbedder struct {
	mu   sync.Mutex
	vecs map[string][]float32
}

func (e *tableEmbedder) Name() string { return "table" }

func (e *tableEmbedder) Dim() int { return 64 }

func (e *tableEmbedder) Embed(_ context.Context, texts []string) ([][]float32, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := make([][]float32, len(texts))
	for i, t := range texts {
		v, ok := e.vecs[strings.TrimSpace(t)]
		if !ok {
			return nil, fmt.Errorf("no vector for %q", t)
		}
		out[i] = v
	}
	return out, nil
}

// clustered returns n unit vectors of dim dimensions around 50 random
// centres (real embeddings are clustered; uniformly random ones are the
// worst case of any graph index, see docs/bench/retriever.md).
func clustered(rng *rand.Rand, n, dim int) [][]float32 {
	centres := make([][]float64, 50)
	for i := range centres {
		centres[i] = make([]float64, dim)
		for j := range centres[i] {
			centres[i][j] = rng.NormFloat64()
		}
	}
	out := make([][]float32, n)
	for i := range out {
		c := centres[rng.Intn(len(centres))]
		v := make([]float32, dim)
		var norm float64
		for j := range v {
			x := c[j] + 0.8*rng.NormFloat64()
			v[j] = float32(x)
			norm += x * x
		}
		for j := range v {
			v[j] /= float32(math.Sqrt(norm))
		}
		out[i] = v
	}
	return out
}

func cosine(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

// TestPgvectorRecall compares the pgvector search with an exact scan on
// 5 000 vectors, unfiltered and under a filter admitting 2 % of them.
func TestPgvectorRecall(t *testing.T) {
	t.Parallel()
	b := backends()[2]
	const n, dim, queries, k = 5000, 64, 50, 10
	rng := rand.New(rand.NewSource(3))
	all := clustered(rng, n+queries, dim)
	emb := &tableEmbedder{vecs: map[string][]float32{}}
	for i, v := range all {
		emb.vecs["v"+strconv.Itoa(i)] = v
	}
	st := b.newStore(t)
	r := b.open(t, st, retriever.Config{Embedder: emb, ChunkWords: 10, ChunkOverlap: 1})
	ctx := t.Context()
	rare := func(i int) bool { return i%50 == 7 }
	var docs []retriever.Document
	for i := range n {
		docs = append(docs, retriever.Document{ID: fmt.Sprintf("d%05d", i), Source: "mem://" + strconv.Itoa(i),
			Content: "v" + strconv.Itoa(i), Metadata: map[string]any{"rare": rare(i)}})
		if len(docs) == 1000 {
			if _, err := r.Index(ctx, docs); err != nil {
				t.Fatal(err)
			}
			docs = docs[:0]
		}
	}
	exact := func(q []float32, admit func(int) bool) []string {
		type hit struct {
			id string
			s  float64
		}
		var hs []hit
		for i := range n {
			if admit == nil || admit(i) {
				hs = append(hs, hit{fmt.Sprintf("d%05d", i), cosine(q, all[i])})
			}
		}
		sort.Slice(hs, func(a, b int) bool { return hs[a].s > hs[b].s })
		var out []string
		for _, h := range hs[:k] {
			out = append(out, h.id)
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		filters map[string]any
		admit   func(int) bool
		min     float64
	}{
		{"unfiltered", nil, nil, 0.95},
		// 100 of 5 000 admitted: the HNSW walk alone would find about 2 of
		// its 40 candidates in the filter; iterative scan (or the exact
		// fallback) must still fill k, and with the right ones.
		{"filter-2%", map[string]any{"rare": true}, rare, 0.95},
	} {
		found, total := 0, 0
		for q := range queries {
			res, err := r.Search(ctx, retriever.SearchRequest{Query: "v" + strconv.Itoa(n+q), Method: "vector", Limit: k,
				Filters: tc.filters, MinRelevanceScore: ptr(0.0)})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Results) != k || res.Metadata.VectorBackend != retriever.VectorPgvector {
				t.Fatalf("%s: %d results (%s), want %d", tc.name, len(res.Results), res.Metadata.VectorBackend, k)
			}
			want := exact(all[n+q], tc.admit)
			for _, x := range res.Results {
				total++
				if slices.Contains(want, x.Metadata["document_id"].(string)) {
					found++
				}
			}
		}
		recall := float64(found) / float64(total)
		t.Logf("%s: recall@%d = %.3f over %d queries", tc.name, k, recall, queries)
		if recall < tc.min {
			t.Errorf("%s: recall@%d = %.3f, want ≥ %.2f", tc.name, k, recall, tc.min)
		}
	}
}

// unsupportedVectors is a PostgreSQL store whose server lacks pgvector.
type unsupportedVectors struct{ store.Store }

func (unsupportedVectors) EnableChunkVectors(context.Context, int) error {
	return fmt.Errorf("no extension: %w", errors.ErrUnsupported)
}

func (unsupportedVectors) SearchChunkVectors(context.Context, store.VectorQuery) ([]store.VectorHit, error) {
	return nil, errors.New("not enabled")
}

func TestVectorBackendWithoutExtension(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	st := unsupportedVectors{sqliteStore(t, "")}
	// auto falls back to the in-process graph: startup does not fail.
	r, err := retriever.New(retriever.Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Index(ctx, corpus()); err != nil || r.VectorBackend() != retriever.VectorInProcess {
		t.Fatalf("auto without pgvector: %q %v", r.VectorBackend(), err)
	}
	res, err := r.Search(ctx, retriever.SearchRequest{Query: "scanning open ports on hosts", Method: "vector", MinRelevanceScore: ptr(0.0)})
	if err != nil || len(res.Results) == 0 || res.Results[0].Metadata["document_id"] != "nmap-guide" {
		t.Fatalf("in-process fallback: %v %v", sources(res), err)
	}
	// pgvector demanded: Load says why it cannot start.
	r2, err := retriever.New(retriever.Config{Store: st, VectorBackend: retriever.VectorPgvector})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r2.Load(ctx); !errors.Is(err, errors.ErrUnsupported) || !strings.Contains(err.Error(), "no extension") {
		t.Fatalf("pgvector without the extension: %v", err)
	}
	// Configuration errors.
	for _, c := range []retriever.Config{
		{Store: st, VectorBackend: "faiss"},
		{Store: sqliteStore(t, ""), VectorBackend: retriever.VectorPgvector},
	} {
		if _, err := retriever.New(c); err == nil {
			t.Fatalf("%q accepted", c.VectorBackend)
		}
	}
}
