package storepg

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/octollm/octollm/internal/store"
)

const docColumns = `doc_id, source, title, content, metadata, content_hash, created_at, updated_at`

func scanDoc(row pgx.CollectableRow) (store.Document, error) {
	var d store.Document
	var md []byte
	if err := row.Scan(&d.ID, &d.Source, &d.Title, &d.Content, &md, &d.ContentHash, &d.CreatedAt, &d.UpdatedAt); err != nil {
		return store.Document{}, err
	}
	d.Metadata = json.RawMessage(md)
	d.CreatedAt, d.UpdatedAt = d.CreatedAt.UTC(), d.UpdatedAt.UTC()
	return d, nil
}

func objOr(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return "{}"
	}
	return string(raw)
}

// PutDocument creates or replaces a document and its chunks in one
// transaction.
func (s *Store) PutDocument(ctx context.Context, d store.Document, chunks []store.Chunk) (store.Document, error) {
	if d.ID == "" || len(d.ID) > 200 {
		return store.Document{}, fmt.Errorf("storepg: put document: id must be 1-200 characters")
	}
	now := memNow(time.Time{})
	if d.UpdatedAt.IsZero() {
		d.UpdatedAt = now
	}
	if d.CreatedAt.IsZero() {
		d.CreatedAt = d.UpdatedAt
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return store.Document{}, fmt.Errorf("storepg: put document %q: %w", d.ID, err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	_, err = tx.Exec(ctx, `INSERT INTO memory.documents (`+docColumns+`) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)
		ON CONFLICT (doc_id) DO UPDATE SET source = EXCLUDED.source, title = EXCLUDED.title, content = EXCLUDED.content,
			metadata = EXCLUDED.metadata, content_hash = EXCLUDED.content_hash, updated_at = EXCLUDED.updated_at`,
		d.ID, d.Source, d.Title, d.Content, objOr(d.Metadata), d.ContentHash, memNow(d.CreatedAt), memNow(d.UpdatedAt))
	if err != nil {
		return store.Document{}, fmt.Errorf("storepg: put document %q: %w", d.ID, err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM memory.chunks WHERE doc_id = $1`, d.ID); err != nil {
		return store.Document{}, fmt.Errorf("storepg: put document %q: delete old chunks: %w", d.ID, err)
	}
	if len(chunks) > 0 {
		rows := make([][]any, len(chunks))
		for i, c := range chunks {
			var emb any
			if c.Embedding != nil {
				emb = c.Embedding
			}
			rows[i] = []any{c.ID, d.ID, int32(c.Seq), c.Content, int32(c.Start), int32(c.Length), objOr(d.Metadata), emb, c.Embedder}
		}
		_, err = tx.CopyFrom(ctx, pgx.Identifier{"memory", "chunks"},
			[]string{"chunk_id", "doc_id", "seq", "content", "start_offset", "length", "metadata", "embedding", "embedder"},
			pgx.CopyFromRows(rows))
		if err != nil {
			if isUnique(err) {
				return store.Document{}, fmt.Errorf("storepg: put document %q: chunk id: %w", d.ID, store.ErrConflict)
			}
			return store.Document{}, fmt.Errorf("storepg: put document %q: chunks: %w", d.ID, err)
		}
	}
	row, err := tx.Query(ctx, `SELECT `+docColumns+` FROM memory.documents WHERE doc_id = $1`, d.ID)
	if err != nil {
		return store.Document{}, fmt.Errorf("storepg: put document %q: %w", d.ID, err)
	}
	out, err := pgx.CollectExactlyOneRow(row, scanDoc)
	if err != nil {
		return store.Document{}, fmt.Errorf("storepg: put document %q: %w", d.ID, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return store.Document{}, fmt.Errorf("storepg: put document %q: commit: %w", d.ID, err)
	}
	return out, nil
}

// GetDocument returns the document with id.
func (s *Store) GetDocument(ctx context.Context, id string) (store.Document, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+docColumns+` FROM memory.documents WHERE doc_id = $1`, id)
	if err != nil {
		return store.Document{}, fmt.Errorf("storepg: get document %q: %w", id, err)
	}
	d, err := pgx.CollectExactlyOneRow(rows, scanDoc)
	if errors.Is(err, pgx.ErrNoRows) {
		return store.Document{}, fmt.Errorf("storepg: get document %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return store.Document{}, fmt.Errorf("storepg: get document %q: %w", id, err)
	}
	return d, nil
}

// DeleteDocument deletes a document and its chunks.
func (s *Store) DeleteDocument(ctx context.Context, id string) error {
	tag, err := s.pool.Exec(ctx, `DELETE FROM memory.documents WHERE doc_id = $1`, id)
	if err != nil {
		return fmt.Errorf("storepg: delete document %q: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("storepg: delete document %q: %w", id, store.ErrNotFound)
	}
	return nil
}

const chunkColumns = `chunk_id, doc_id, seq, content, start_offset, length, metadata, embedder`

func scanChunk(row pgx.CollectableRow, withEmbedding bool, extra ...any) (store.Chunk, error) {
	var c store.Chunk
	var md []byte
	var seq, start, length int32
	dest := []any{&c.ID, &c.DocumentID, &seq, &c.Content, &start, &length, &md, &c.Embedder}
	if withEmbedding {
		dest = append(dest, &c.Embedding)
	}
	dest = append(dest, extra...)
	if err := row.Scan(dest...); err != nil {
		return store.Chunk{}, err
	}
	c.Seq, c.Start, c.Length = int(seq), int(start), int(length)
	c.Metadata = json.RawMessage(md)
	return c, nil
}

// ListChunks pages through every chunk in id order.
func (s *Store) ListChunks(ctx context.Context, afterID string, limit int) ([]store.Chunk, error) {
	if limit <= 0 || limit > 10000 {
		limit = 1000
	}
	rows, err := s.pool.Query(ctx, `SELECT `+chunkColumns+`, embedding FROM memory.chunks WHERE chunk_id > $1 ORDER BY chunk_id LIMIT $2`, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("storepg: list chunks: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Chunk, error) { return scanChunk(r, true) })
	if err != nil {
		return nil, fmt.Errorf("storepg: list chunks: %w", err)
	}
	return out, nil
}

// SetChunkEmbeddings replaces embeddings.
func (s *Store) SetChunkEmbeddings(ctx context.Context, embedder string, vecs map[string][]float32) error {
	if len(vecs) == 0 {
		return nil
	}
	b := &pgx.Batch{}
	for id, v := range vecs {
		b.Queue(`UPDATE memory.chunks SET embedding = $2, embedder = $3 WHERE chunk_id = $1`, id, v, embedder)
	}
	if err := s.pool.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("storepg: set chunk embeddings: %w", err)
	}
	return nil
}

// filterSQL renders a metadata filter as jsonb containment: {"k": v} for
// scalar metadata, {"k": [v]} for list metadata. The GIN index on
// metadata (jsonb_path_ops) answers both.
func filterSQL(filter map[string]any, args []any) (string, []any, error) {
	var conds []string
	for k, v := range filter {
		if !store.FilterValueOK(v) {
			return "", nil, fmt.Errorf("filter %q: value must be a string, number or boolean", k)
		}
		scalar, err := json.Marshal(map[string]any{k: v})
		if err != nil {
			return "", nil, err
		}
		list, _ := json.Marshal(map[string]any{k: []any{v}})
		args = append(args, string(scalar), string(list))
		conds = append(conds, fmt.Sprintf("(metadata @> $%d::jsonb OR metadata @> $%d::jsonb)", len(args)-1, len(args)))
	}
	if len(conds) == 0 {
		return "", args, nil
	}
	return " AND " + strings.Join(conds, " AND "), args, nil
}

// Keyword search bounds (see SearchChunks).
const (
	// rareBelow: a word matching fewer chunks than this is rare, and every
	// chunk it matches is ranked. Counting a word costs at most this many
	// heap rows through the GIN index.
	rareBelow = 1000
	// commonSample caps the chunks ranked for the query's common words:
	// that many holding all of them, and that many shared out among the
	// common words one by one.
	commonSample = 1000
)

// SearchChunks is PostgreSQL full-text search (English stemming, stop
// words dropped) over the chunks matching any of the query's words.
//
// Ranking every match with ts_rank_cd is what made it slow: with common
// words in the query most of the table matches (1.3 s P95 on 100 000 Zipf
// chunks, docs/bench/retriever.md), and ts_rank_cd has no notion of a
// word's rarity, so the chunk holding the one rare word could lose to
// chunks repeating the common ones. So, in two statements:
//
//  1. wordStats counts each word's chunks: the planner's statistics on
//     tsv (pg_stats most_common_elems, the ~1000 commonest lexemes, kept
//     by ANALYZE/autovacuum) or, without them, a 2000-row sample for
//     common words, else a count through the GIN index capped at
//     rareBelow rows. Each word gets a BM25 IDF weight; words matching
//     nothing are dropped.
//  2. The candidates are every chunk of the rare words (few by
//     definition) plus at most commonSample chunks holding all the common
//     words and commonSample/len(common) (at least limit) of each common
//     word's chunks. A candidate's score is
//     0.9 × (IDF weight of the words it holds / the query's total) +
//     0.1 × ts_rank_cd/(1+ts_rank_cd) over all words, so rare words
//     dominate, cover density breaks ties, and scores stay in [0, 1).
//     The samples of words held by over a tenth of the chunks are read
//     by a sequential scan that stops at its LIMIT (see branch).
//     Only chunk_id and score go through the sort; the columns are
//     fetched for the top limit rows only.
//
// On a small corpus every word is rare and every match is ranked, as
// before. A query of common words only ranks a sample of their chunks
// (those with all of them first): any of them is an equally good answer
// by IDF, and cover density only orders the sample.
func (s *Store) SearchChunks(ctx context.Context, q store.ChunkQuery) ([]store.ChunkHit, error) {
	words := store.QueryWords(q.Text)
	if len(words) == 0 {
		return nil, nil
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	limit = min(limit, 1000)
	// $1-$5 are filled below; the filter is checked before any query.
	filter, args, err := filterSQL(q.Filter, make([]any, 5))
	if err != nil {
		return nil, fmt.Errorf("storepg: search chunks: %w", err)
	}
	ws, n, err := s.wordStats(ctx, words)
	if err != nil {
		return nil, fmt.Errorf("storepg: search chunks: %w", err)
	}
	var rare, common, all []string
	andShare := 1.0 // estimated share of the chunks holding every common word
	var weights []float64
	total := 0.0
	for _, w := range ws {
		all = append(all, w.word)
		weights = append(weights, w.idf)
		total += w.idf
		if w.chunks < rareBelow {
			rare = append(rare, w.word)
		} else {
			common = append(common, w.word)
			andShare *= w.chunks / n
		}
	}
	if len(all) == 0 {
		return nil, nil
	}
	// Words are letters and digits only, so they cannot inject tsquery
	// operators.
	copy(args, []any{all, weights, total, strings.Join(all, " | "), limit})
	var branches []string
	// branch adds a candidate set: the chunks matching query, at most
	// capped of them (0: all). share is the estimated share of the chunks
	// matching: above a tenth, a sequential scan finds capped of them
	// within 10 × capped rows, while the GIN index would first turn its
	// whole posting list into a bitmap (≈ 12 ms for a word in every chunk
	// of 100 000). The planner knows that only with pg_stats, so the
	// function form of @@ (which no index serves) forces the scan.
	branch := func(query string, capped int, share float64) {
		args = append(args, query)
		match := fmt.Sprintf("tsv @@ to_tsquery('english', $%d)", len(args))
		if capped > 0 && share > 0.1 {
			match = fmt.Sprintf("ts_match_vq(tsv, to_tsquery('english', $%d))", len(args))
		}
		b := `(SELECT chunk_id, tsv FROM memory.chunks WHERE ` + match + filter
		if capped > 0 {
			b += fmt.Sprintf(" LIMIT %d", capped)
		}
		branches = append(branches, b+")")
	}
	if len(rare) > 0 {
		branch(strings.Join(rare, " | "), 0, 0)
	}
	if len(common) > 1 {
		branch(strings.Join(common, " & "), commonSample, andShare)
	}
	// One sample per common word rather than one of their OR: a sequential
	// scan returns the commonest word's chunks first, while the less
	// common words weigh more.
	for _, w := range ws {
		if w.chunks >= rareBelow {
			branch(w.word, max(limit, commonSample/len(common)), w.chunks/n)
		}
	}
	rows, err := s.pool.Query(ctx, `WITH qw AS MATERIALIZED (
			SELECT to_tsquery('english', w) AS q, wt FROM unnest($1::text[], $2::float8[]) AS u(w, wt)),
		cand AS (SELECT DISTINCT ON (chunk_id) chunk_id, tsv FROM (`+strings.Join(branches, " UNION ALL ")+`) b),
		ranked AS (
			SELECT chunk_id, (0.9 * (SELECT coalesce(sum(wt), 0) FROM qw WHERE cand.tsv @@ qw.q) / $3
				+ 0.1 * ts_rank_cd(tsv, to_tsquery('english', $4), 32)) AS score
			FROM cand ORDER BY score DESC, chunk_id LIMIT $5)
		SELECT `+prefixed("c.", chunkColumns)+`, ranked.score
		FROM ranked JOIN memory.chunks c USING (chunk_id)
		ORDER BY ranked.score DESC, chunk_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("storepg: search chunks: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.ChunkHit, error) {
		var score float64
		c, err := scanChunk(r, false, &score)
		return store.ChunkHit{Chunk: c, Score: score}, err
	})
	if err != nil {
		return nil, fmt.Errorf("storepg: search chunks: %w", err)
	}
	return out, nil
}

// wordStat is a query word's estimated chunk count and its IDF weight.
type wordStat struct {
	word   string
	chunks float64
	idf    float64
}

// wordStats estimates how many chunks hold each word, in one round trip:
// from pg_stats' most common lexemes of tsv when the word is one of them
// (frequency × reltuples), else by counting through the GIN index up to
// rareBelow. A table never ANALYZEd (autovacuum off, or freshly loaded)
// has no pg_stats: counting a word held by most chunks through the GIN
// index then costs ≈ 12 ms at 100 000 chunks (the whole posting list
// becomes a bitmap), so the words are first looked up in the table's
// first 2000 rows, and one found in enough of them that it certainly
// matches ≥ 4 × rareBelow chunks takes that estimate. Words matching no
// chunk are left out. The IDF is BM25's, ln(1 + (N - n + 0.5)/(n + 0.5)),
// N the table's rows (reltuples, or without it rows per page of the
// sample × pages).
func (s *Store) wordStats(ctx context.Context, words []string) ([]wordStat, float64, error) {
	rows, err := s.pool.Query(ctx, `WITH mce AS MATERIALIZED (
			SELECT u.e, u.f FROM pg_stats st,
				unnest(st.most_common_elems::text::text[], st.most_common_elem_freqs) AS u(e, f)
			WHERE st.schemaname = 'memory' AND st.tablename = 'chunks' AND st.attname = 'tsv'),
		smp AS MATERIALIZED (SELECT ctid, tsv FROM memory.chunks LIMIT 2000),
		rel AS (
			SELECT CASE WHEN c.reltuples > 0 THEN c.reltuples::float8
				ELSE (SELECT count(*)::float8 / greatest(count(DISTINCT (ctid::text::point)[0]), 1) FROM smp)
					* greatest(pg_relation_size(c.oid) / current_setting('block_size')::int, 1) END AS n,
				EXISTS (SELECT 1 FROM mce) AS stats
			FROM pg_class c WHERE c.oid = 'memory.chunks'::regclass)
		SELECT w.w, rel.n, CASE
			WHEN m.f * rel.n >= $2 THEN m.f * rel.n
			WHEN sf.f * rel.n >= 4 * $2 THEN sf.f * rel.n
			ELSE (SELECT count(*) FROM (SELECT 1 FROM memory.chunks WHERE tsv @@ to_tsquery('english', w.w) LIMIT $2) c)
			END::float8
		FROM unnest($1::text[]) AS w(w) CROSS JOIN rel
		LEFT JOIN mce m ON m.e = (tsvector_to_array(to_tsvector('english', w.w)))[1]
		LEFT JOIN LATERAL (
			SELECT count(*) FILTER (WHERE tsv @@ to_tsquery('english', w.w))::float8 / greatest(count(*), 1) AS f
			FROM smp WHERE NOT rel.stats) sf ON true`, words, rareBelow)
	if err != nil {
		return nil, 0, err
	}
	var out []wordStat
	n := 0.0
	for rows.Next() {
		var w wordStat
		var rel float64
		if err := rows.Scan(&w.word, &rel, &w.chunks); err != nil {
			rows.Close()
			return nil, 0, err
		}
		n = max(n, rel, w.chunks)
		if w.chunks > 0 {
			out = append(out, w)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	for i := range out {
		c := out[i].chunks
		out[i].idf = math.Log(1 + (max(n-c, 0)+0.5)/(c+0.5))
	}
	return out, n, nil
}

// prefixed qualifies each of a comma-separated column list.
func prefixed(p, cols string) string {
	parts := strings.Split(cols, ", ")
	for i := range parts {
		parts[i] = p + parts[i]
	}
	return strings.Join(parts, ", ")
}

// ListDocumentRefs pages through document ids and content hashes.
func (s *Store) ListDocumentRefs(ctx context.Context, afterID string, limit int) ([]store.DocumentRef, error) {
	if limit <= 0 || limit > 10000 {
		limit = 1000
	}
	rows, err := s.pool.Query(ctx, `SELECT doc_id, content_hash FROM memory.documents WHERE doc_id > $1 ORDER BY doc_id LIMIT $2`, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("storepg: list document refs: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.DocumentRef, error) {
		var d store.DocumentRef
		err := r.Scan(&d.ID, &d.ContentHash)
		return d, err
	})
	if err != nil {
		return nil, fmt.Errorf("storepg: list document refs: %w", err)
	}
	return out, nil
}

// DocumentChunks returns a document's chunks in order.
func (s *Store) DocumentChunks(ctx context.Context, docID string) ([]store.Chunk, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+chunkColumns+`, embedding FROM memory.chunks WHERE doc_id = $1 ORDER BY seq`, docID)
	if err != nil {
		return nil, fmt.Errorf("storepg: document chunks: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Chunk, error) { return scanChunk(r, true) })
	if err != nil {
		return nil, fmt.Errorf("storepg: document chunks: %w", err)
	}
	return out, nil
}
