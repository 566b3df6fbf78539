package storepg

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/octollm/octollm/internal/store"
)

// In-database vector search with pgvector.
//
// The embedding stays in memory.chunks.embedding (REAL[], what every
// deployment has, with or without the extension). When the extension can
// be created, a generated column derives from it
//
//	vec vector GENERATED ALWAYS AS (embedding::vector) STORED
//
// (NULL for empty and zero vectors, which have no cosine direction), so
// every path that writes or deletes chunks keeps it in step without
// knowing about it. The column has no fixed dimension: each embedding
// dimension in use gets its own partial HNSW index on
// (vec::vector(N)) WHERE vector_dims(vec) = N. A change of embedder
// dimension therefore needs no schema migration: the retriever re-embeds
// the stored chunks on start (as it always has), their vec follows, and
// the new dimension's index is built the first time it is enabled. An
// index of a dimension no longer in use holds no rows.
//
// None of this is in the goose migrations on purpose: a migration cannot
// depend on an extension that may be absent, and a server without it must
// keep working (the retriever then searches vectors in process).

// maxIndexedDims is pgvector's limit for an HNSW index on vector.
const maxIndexedDims = 2000

// vectorsLockKey serialises EnableChunkVectors across replicas.
const vectorsLockKey = 0x6f63746f766563 // "octovec"

var _ store.ChunkVectors = (*Store)(nil)

// EnableChunkVectors implements store.ChunkVectors.
func (s *Store) EnableChunkVectors(ctx context.Context, dim int) error {
	if dim < 1 || dim > maxIndexedDims {
		return fmt.Errorf("storepg: enable vectors: pgvector indexes 1-%d dimensions, the embedder has %d: %w", maxIndexedDims, dim, errors.ErrUnsupported)
	}
	var installed, available bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector'),
		EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector')`).Scan(&installed, &available)
	if err != nil {
		return fmt.Errorf("storepg: enable vectors: %w", err)
	}
	if !installed && !available {
		return fmt.Errorf("storepg: enable vectors: the PostgreSQL server does not have the pgvector extension (scripts/pgvector.sh installs it): %w", errors.ErrUnsupported)
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("storepg: enable vectors: %w", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(vectorsLockKey)); err != nil {
		return fmt.Errorf("storepg: enable vectors: %w", err)
	}
	if !installed {
		if _, err := tx.Exec(ctx, `CREATE EXTENSION IF NOT EXISTS vector`); err != nil {
			// Typically: not a superuser (pgvector is not a trusted
			// extension).
			return fmt.Errorf("storepg: enable vectors: create extension vector: %v: %w", err, errors.ErrUnsupported)
		}
	}
	var hasColumn bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_attribute
		WHERE attrelid = 'memory.chunks'::regclass AND attname = 'vec' AND NOT attisdropped)`).Scan(&hasColumn); err != nil {
		return fmt.Errorf("storepg: enable vectors: %w", err)
	}
	if !hasColumn {
		// Rewrites the table once (a generated column is computed for
		// every existing row).
		if _, err := tx.Exec(ctx, `ALTER TABLE memory.chunks ADD COLUMN vec vector GENERATED ALWAYS AS (
			CASE WHEN cardinality(embedding) > 0 AND vector_norm(embedding::vector) > 0 THEN embedding::vector END) STORED`); err != nil {
			return fmt.Errorf("storepg: enable vectors: add column: %w", err)
		}
	}
	// Looked up first: CREATE INDEX IF NOT EXISTS would still lock the
	// table against writes for a moment at every start.
	var hasIndex bool
	if err := tx.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, fmt.Sprintf("memory.chunks_vec_%d_idx", dim)).Scan(&hasIndex); err != nil {
		return fmt.Errorf("storepg: enable vectors: %w", err)
	}
	if !hasIndex {
		// An index build over existing rows is faster with the graph in
		// memory (pgvector falls back to a much slower build past
		// maintenance_work_mem); SET LOCAL ends with the transaction.
		if _, err := tx.Exec(ctx, `SET LOCAL maintenance_work_mem = '256MB'`); err != nil {
			return fmt.Errorf("storepg: enable vectors: %w", err)
		}
		// dim is an int: formatting it into the statement is safe, and the
		// query must repeat the index's expression and predicate literally
		// for the planner to use it.
		if _, err := tx.Exec(ctx, fmt.Sprintf(`CREATE INDEX IF NOT EXISTS chunks_vec_%[1]d_idx ON memory.chunks
			USING hnsw ((vec::vector(%[1]d)) vector_cosine_ops) WHERE vector_dims(vec) = %[1]d`, dim)); err != nil {
			return fmt.Errorf("storepg: enable vectors: create index: %w", err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("storepg: enable vectors: commit: %w", err)
	}
	return nil
}

// vectorLiteral renders v in pgvector's text form, [x,y,...].
func vectorLiteral(v []float32) string {
	var b strings.Builder
	b.Grow(len(v) * 10)
	b.WriteByte('[')
	for i, f := range v {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatFloat(float64(f), 'g', -1, 32))
	}
	b.WriteByte(']')
	return b.String()
}

// SearchChunkVectors implements store.ChunkVectors: cosine distance over
// the dimension's HNSW index, with pgvector 0.8's iterative index scan so
// that a metadata filter still yields Limit rows (the scan goes on past
// ef_search until enough rows pass the filter, up to
// hnsw.max_scan_tuples). If a filtered search still comes back short, an
// exact scan of the filtered rows decides: it returns Limit rows whenever
// that many match.
func (s *Store) SearchChunkVectors(ctx context.Context, q store.VectorQuery) ([]store.VectorHit, error) {
	dim := len(q.Vector)
	if dim < 1 || dim > maxIndexedDims {
		return nil, fmt.Errorf("storepg: vector search: %d dimensions", dim)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	limit = min(limit, 1000)
	args := []any{vectorLiteral(q.Vector), q.Embedder, limit}
	filter, args, err := filterSQL(q.Filter, args)
	if err != nil {
		return nil, fmt.Errorf("storepg: vector search: %w", err)
	}
	// The materialised CTE takes the index's (relaxed) order; the outer
	// sort makes it exact.
	sql := fmt.Sprintf(`WITH hits AS MATERIALIZED (
			SELECT chunk_id, vec::vector(%[1]d) <=> $1::text::vector(%[1]d) AS dist
			FROM memory.chunks
			WHERE vector_dims(vec) = %[1]d AND embedder = $2`+filter+`
			ORDER BY dist LIMIT $3)
		SELECT chunk_id, dist FROM hits ORDER BY dist, chunk_id`, dim)
	ef := q.EfSearch
	if ef <= 0 {
		ef = 40 // pgvector's default
	}
	ef = min(max(ef, limit), 1000)
	hits, err := s.vectorQuery(ctx, sql, args, ef, false)
	if err != nil {
		return nil, err
	}
	if len(hits) < limit && len(q.Filter) > 0 {
		// Filtered rows the iterative scan did not reach: count them
		// exactly (bitmap scan of the metadata index, then a sort).
		return s.vectorQuery(ctx, sql, args, ef, true)
	}
	return hits, nil
}

func (s *Store) vectorQuery(ctx context.Context, sql string, args []any, ef int, exact bool) ([]store.VectorHit, error) {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("storepg: vector search: %w", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	b := &pgx.Batch{}
	// Settings local to this transaction (hnsw.* are the extension's,
	// accepted before its library is loaded in this session).
	b.Queue(`SELECT set_config('hnsw.ef_search', $1, true), set_config('hnsw.iterative_scan', 'relaxed_order', true),
		set_config('enable_indexscan', $2, true)`, strconv.Itoa(ef), map[bool]string{true: "off", false: "on"}[exact])
	b.Queue(sql, args...)
	br := tx.SendBatch(ctx, b)
	if _, err := br.Exec(); err != nil {
		_ = br.Close()
		return nil, fmt.Errorf("storepg: vector search: settings: %w", err)
	}
	rows, err := br.Query()
	if err != nil {
		_ = br.Close()
		return nil, fmt.Errorf("storepg: vector search: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.VectorHit, error) {
		var h store.VectorHit
		var dist float64
		err := r.Scan(&h.ID, &dist)
		h.Score = 1 - dist
		return h, err
	})
	if cerr := br.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("storepg: vector search: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("storepg: vector search: %w", err)
	}
	return out, nil
}
