package storepg_test

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storepg"
	"github.com/octollm/octollm/internal/store/storetest"
)

// zipfCorpus writes n single-chunk documents of 60 words drawn (Zipf,
// s = 1.1) from a 20 000-word vocabulary, the corpus of the retriever's
// TestSearchLatencyLarge, straight into the tables with COPY (the
// generated tsv column and the GIN index are filled by PostgreSQL), then
// ANALYZEs. It returns the word generator for queries.
func zipfCorpus(t *testing.T, s *storepg.Store, n int) func(words int) string {
	t.Helper()
	ctx := t.Context()
	text := storetest.ZipfText(7)
	var have int
	if err := s.Pool().QueryRow(ctx, `SELECT count(*) FROM memory.chunks`).Scan(&have); err != nil {
		t.Fatal(err)
	}
	if have == n {
		// A reused database (OCTOLLM_STOREPG_BENCH_DB_URL) already holds
		// the corpus; draw the same texts so that the queries match.
		for range n {
			text(60)
		}
		return text
	}
	if have != 0 {
		t.Fatalf("database holds %d chunks, want 0 or %d", have, n)
	}
	docs := make([][]any, 0, n)
	chunks := make([][]any, 0, n)
	for i := range n {
		id, body := fmt.Sprintf("doc%06d", i), text(60)
		md := fmt.Sprintf(`{"shard":%d}`, i%10)
		docs = append(docs, []any{id, "bench://" + id, body, md, "h"})
		chunks = append(chunks, []any{id + "#0000", id, int32(0), body, int32(0), int32(len(body)), md})
	}
	if _, err := s.Pool().CopyFrom(ctx, pgx.Identifier{"memory", "documents"},
		[]string{"doc_id", "source", "content", "metadata", "content_hash"}, pgx.CopyFromRows(docs)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Pool().CopyFrom(ctx, pgx.Identifier{"memory", "chunks"},
		[]string{"chunk_id", "doc_id", "seq", "content", "start_offset", "length", "metadata"}, pgx.CopyFromRows(chunks)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Pool().Exec(ctx, `ANALYZE memory.chunks`); err != nil {
		t.Fatal(err)
	}
	return text
}

// TestSearchChunksLatencyLarge logs the P50/P95/P99 of SearchChunks over
// OCTOLLM_STOREPG_BENCH_N Zipf chunks (docs/bench/retriever.md), 300
// queries of 3-6 words, limit 10, with and without a metadata filter.
// OCTOLLM_STOREPG_BENCH_DB_URL reuses a migrated database across runs
// instead of a fresh one (loading 100 000 chunks takes a minute).
func TestSearchChunksLatencyLarge(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("OCTOLLM_STOREPG_BENCH_N"))
	if n <= 0 {
		t.Skip("set OCTOLLM_STOREPG_BENCH_N to run")
	}
	var s *storepg.Store
	if u := os.Getenv("OCTOLLM_STOREPG_BENCH_DB_URL"); u != "" {
		var err error
		if s, err = storepg.New(t.Context(), storepg.Config{URL: u}); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		if err := s.Migrate(t.Context()); err != nil {
			t.Fatal(err)
		}
	} else {
		s = migratedStore(t)
	}
	start := time.Now()
	text := zipfCorpus(t, s, n)
	t.Logf("corpus of %d chunks ready in %s", n, time.Since(start).Round(time.Second))
	queries := make([]string, 300)
	for q := range queries {
		queries[q] = text(3 + q%4)
	}
	for _, filter := range []map[string]any{nil, {"shard": 3}} {
		var lat []time.Duration
		empty := 0
		for _, q := range queries {
			st := time.Now()
			hits, err := s.SearchChunks(t.Context(), store.ChunkQuery{Text: q, Limit: 10, Filter: filter})
			if err != nil {
				t.Fatal(err)
			}
			lat = append(lat, time.Since(st))
			if len(hits) == 0 {
				empty++
			}
		}
		slices.Sort(lat)
		p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))].Round(10 * time.Microsecond) }
		t.Logf("keyword filter=%v: P50 %s P95 %s P99 %s (%d queries without hits)", filter != nil, p(0.5), p(0.95), p(0.99), empty)
	}
}

// TestSearchChunksRareWord: among thousands of chunks sharing a query's
// common words, the one chunk holding its rare word must come first, and
// the common words must still rank the chunks that hold more of them.
func TestSearchChunksRareWord(t *testing.T) {
	t.Parallel()
	s := migratedStore(t)
	ctx := t.Context()
	const n = 6000
	docs := make([][]any, 0, n)
	chunks := make([][]any, 0, n)
	for i := range n {
		id := fmt.Sprintf("doc%05d", i)
		// Every chunk repeats the common words (several times, so that by
		// cover density alone they would outrank the rare chunk); chunk
		// 4321 alone says "quokka", once.
		body := fmt.Sprintf("server network request server network request item%d", i)
		if i%2 == 0 {
			body += " server network request latency"
		}
		if i == 4321 {
			body = fmt.Sprintf("quokka item%d", i)
		}
		docs = append(docs, []any{id, "s", body, "{}", "h"})
		chunks = append(chunks, []any{id + "#0000", id, int32(0), body, int32(0), int32(len(body)), "{}"})
	}
	if _, err := s.Pool().CopyFrom(ctx, pgx.Identifier{"memory", "documents"},
		[]string{"doc_id", "source", "content", "metadata", "content_hash"}, pgx.CopyFromRows(docs)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Pool().CopyFrom(ctx, pgx.Identifier{"memory", "chunks"},
		[]string{"chunk_id", "doc_id", "seq", "content", "start_offset", "length", "metadata"}, pgx.CopyFromRows(chunks)); err != nil {
		t.Fatal(err)
	}
	for _, analyze := range []bool{false, true} {
		if analyze {
			// With and without planner statistics on the tsv column.
			if _, err := s.Pool().Exec(ctx, `ANALYZE memory.chunks`); err != nil {
				t.Fatal(err)
			}
		}
		for _, tc := range []struct {
			query string
			want  []string // leading ids
			n     int
		}{
			{"server network request quokka", []string{"doc04321#0000"}, 10},
			{"quokka server", []string{"doc04321#0000"}, 10},
			{"network latency quokka", []string{"doc04321#0000"}, 10},
			// Common words only: chunks with all of them (the even ones,
			// where latency appears) come before the others.
			{"server latency", []string{"doc00000#0000", "doc00002#0000"}, 10},
			// A rare word with a common one: the rare chunk first, then
			// the common word's chunks still fill the limit.
			{"item17 server", []string{"doc00017#0000"}, 5},
		} {
			hits, err := s.SearchChunks(ctx, store.ChunkQuery{Text: tc.query, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, h := range hits {
				ids = append(ids, h.ID)
			}
			if len(ids) < tc.n || !slices.Equal(ids[:len(tc.want)], tc.want) {
				t.Errorf("analyzed=%v %q: %v, want %v first and at least %d hits", analyze, tc.query, ids, tc.want, tc.n)
			}
			for i := 1; i < len(hits); i++ {
				if hits[i].Score > hits[i-1].Score || hits[i].Score <= 0 || hits[i].Score >= 1 {
					t.Fatalf("%q: scores not in (0,1) and descending: %v", tc.query, hits)
				}
			}
		}
	}
}
