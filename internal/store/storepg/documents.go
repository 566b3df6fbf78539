package storepg

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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

// SearchChunks is PostgreSQL full-text search: the query's words OR-ed
// into a tsquery (English stemming, stop words dropped), ranked by
// ts_rank_cd with normalisation 32 (rank/(rank+1), so scores lie in
// [0, 1)).
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
	// Words are letters and digits only, so they cannot inject tsquery
	// operators.
	args := []any{strings.Join(words, " | "), limit}
	filter, args, err := filterSQL(q.Filter, args)
	if err != nil {
		return nil, fmt.Errorf("storepg: search chunks: %w", err)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+chunkColumns+`, ts_rank_cd(tsv, query, 32) AS score
		FROM memory.chunks, to_tsquery('english', $1) AS query
		WHERE tsv @@ query`+filter+`
		ORDER BY score DESC, chunk_id LIMIT $2`, args...)
	if err != nil {
		return nil, fmt.Errorf("storepg: search chunks: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.ChunkHit, error) {
		var score float32
		c, err := scanChunk(r, false, &score)
		return store.ChunkHit{Chunk: c, Score: float64(score)}, err
	})
	if err != nil {
		return nil, fmt.Errorf("storepg: search chunks: %w", err)
	}
	return out, nil
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
