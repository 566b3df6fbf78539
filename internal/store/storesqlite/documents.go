package storesqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/octollm/octollm/internal/store"
)

const docColumns = `doc_id, source, title, content, metadata, content_hash, created_at, updated_at`

func scanDoc(row scanner) (store.Document, error) {
	var d store.Document
	var md, created, updated string
	if err := row.Scan(&d.ID, &d.Source, &d.Title, &d.Content, &md, &d.ContentHash, &created, &updated); err != nil {
		return store.Document{}, err
	}
	d.Metadata = json.RawMessage(md)
	var err error
	if d.CreatedAt, err = parseTime(created); err != nil {
		return store.Document{}, err
	}
	if d.UpdatedAt, err = parseTime(updated); err != nil {
		return store.Document{}, err
	}
	return d, nil
}

func objOr(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return "{}"
	}
	return string(raw)
}

// encodeVec stores a vector as little-endian float32s.
func encodeVec(v []float32) any {
	if v == nil {
		return nil
	}
	b := make([]byte, 4*len(v))
	for i, f := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(f))
	}
	return b
}

func decodeVec(b []byte) ([]float32, error) {
	if b == nil {
		return nil, nil
	}
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("stored vector has %d bytes, not a multiple of 4", len(b))
	}
	v := make([]float32, len(b)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v, nil
}

// PutDocument creates or replaces a document and its chunks in one
// transaction.
func (s *Store) PutDocument(ctx context.Context, d store.Document, chunks []store.Chunk) (store.Document, error) {
	if d.ID == "" || len(d.ID) > 200 {
		return store.Document{}, fmt.Errorf("storesqlite: put document: id must be 1-200 characters")
	}
	if d.UpdatedAt.IsZero() {
		d.UpdatedAt = time.Now()
	}
	if d.CreatedAt.IsZero() {
		d.CreatedAt = d.UpdatedAt
	}
	tx, err := s.writer.BeginTx(ctx, nil)
	if err != nil {
		return store.Document{}, fmt.Errorf("storesqlite: put document %q: %w", d.ID, err)
	}
	defer func() { _ = tx.Rollback() }()
	_, err = tx.ExecContext(ctx, `INSERT INTO memory_documents (`+docColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (doc_id) DO UPDATE SET source = excluded.source, title = excluded.title, content = excluded.content,
			metadata = excluded.metadata, content_hash = excluded.content_hash, updated_at = excluded.updated_at`,
		d.ID, d.Source, d.Title, d.Content, objOr(d.Metadata), d.ContentHash, formatTime(memNow(d.CreatedAt)), formatTime(memNow(d.UpdatedAt)))
	if err != nil {
		return store.Document{}, fmt.Errorf("storesqlite: put document %q: %w", d.ID, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM memory_chunks WHERE doc_id = ?`, d.ID); err != nil {
		return store.Document{}, fmt.Errorf("storesqlite: put document %q: delete old chunks: %w", d.ID, err)
	}
	if len(chunks) > 0 {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO memory_chunks (chunk_id, doc_id, seq, content, start_offset, length, metadata, embedding, embedder)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return store.Document{}, fmt.Errorf("storesqlite: put document %q: %w", d.ID, err)
		}
		defer stmt.Close()
		md := objOr(d.Metadata)
		for _, c := range chunks {
			if _, err := stmt.ExecContext(ctx, c.ID, d.ID, c.Seq, c.Content, c.Start, c.Length, md, encodeVec(c.Embedding), c.Embedder); err != nil {
				if isConstraintUnique(err) {
					return store.Document{}, fmt.Errorf("storesqlite: put document %q: chunk id %q: %w", d.ID, c.ID, store.ErrConflict)
				}
				return store.Document{}, fmt.Errorf("storesqlite: put document %q: chunk %q: %w", d.ID, c.ID, err)
			}
		}
	}
	out, err := scanDoc(tx.QueryRowContext(ctx, `SELECT `+docColumns+` FROM memory_documents WHERE doc_id = ?`, d.ID))
	if err != nil {
		return store.Document{}, fmt.Errorf("storesqlite: put document %q: %w", d.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return store.Document{}, fmt.Errorf("storesqlite: put document %q: commit: %w", d.ID, err)
	}
	return out, nil
}

// GetDocument returns the document with id.
func (s *Store) GetDocument(ctx context.Context, id string) (store.Document, error) {
	d, err := scanDoc(s.reader.QueryRowContext(ctx, `SELECT `+docColumns+` FROM memory_documents WHERE doc_id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return store.Document{}, fmt.Errorf("storesqlite: get document %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return store.Document{}, fmt.Errorf("storesqlite: get document %q: %w", id, err)
	}
	return d, nil
}

// DeleteDocument deletes a document and its chunks.
func (s *Store) DeleteDocument(ctx context.Context, id string) error {
	res, err := s.writer.ExecContext(ctx, `DELETE FROM memory_documents WHERE doc_id = ?`, id)
	if err != nil {
		return fmt.Errorf("storesqlite: delete document %q: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("storesqlite: delete document %q: %w", id, store.ErrNotFound)
	}
	return nil
}

const chunkColumns = `c.chunk_id, c.doc_id, c.seq, c.content, c.start_offset, c.length, c.metadata, c.embedder`

func scanChunk(row scanner, withEmbedding bool, extra ...any) (store.Chunk, error) {
	var c store.Chunk
	var md string
	var emb []byte
	dest := []any{&c.ID, &c.DocumentID, &c.Seq, &c.Content, &c.Start, &c.Length, &md, &c.Embedder}
	if withEmbedding {
		dest = append(dest, &emb)
	}
	dest = append(dest, extra...)
	if err := row.Scan(dest...); err != nil {
		return store.Chunk{}, err
	}
	c.Metadata = json.RawMessage(md)
	if withEmbedding {
		v, err := decodeVec(emb)
		if err != nil {
			return store.Chunk{}, fmt.Errorf("chunk %q: %w", c.ID, err)
		}
		c.Embedding = v
	}
	return c, nil
}

// ListChunks pages through every chunk in id order (SQLite compares TEXT
// bytewise, the order the PostgreSQL backend gets from COLLATE "C").
func (s *Store) ListChunks(ctx context.Context, afterID string, limit int) ([]store.Chunk, error) {
	if limit <= 0 || limit > 10000 {
		limit = 1000
	}
	rows, err := s.reader.QueryContext(ctx, `SELECT `+chunkColumns+`, c.embedding FROM memory_chunks c WHERE c.chunk_id > ? ORDER BY c.chunk_id LIMIT ?`, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: list chunks: %w", err)
	}
	defer rows.Close()
	var out []store.Chunk
	for rows.Next() {
		c, err := scanChunk(rows, true)
		if err != nil {
			return nil, fmt.Errorf("storesqlite: list chunks: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storesqlite: list chunks: %w", err)
	}
	return out, nil
}

// SetChunkEmbeddings replaces embeddings in one transaction.
func (s *Store) SetChunkEmbeddings(ctx context.Context, embedder string, vecs map[string][]float32) error {
	if len(vecs) == 0 {
		return nil
	}
	tx, err := s.writer.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storesqlite: set chunk embeddings: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	for id, v := range vecs {
		if _, err := tx.ExecContext(ctx, `UPDATE memory_chunks SET embedding = ?, embedder = ? WHERE chunk_id = ?`, encodeVec(v), embedder, id); err != nil {
			return fmt.Errorf("storesqlite: set chunk embeddings: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storesqlite: set chunk embeddings: %w", err)
	}
	return nil
}

// filterSQL renders a metadata filter: json_each over the key yields the
// value itself for scalar metadata and each element for list metadata, so
// one condition covers both (the PostgreSQL backend's containment).
func filterSQL(filter map[string]any, args []any) (string, []any, error) {
	var conds []string
	for k, v := range filter {
		if !store.FilterValueOK(v) {
			return "", nil, fmt.Errorf("filter %q: value must be a string, number or boolean", k)
		}
		if b, ok := v.(bool); ok {
			// JSON true/false read back as 1/0.
			v = 0
			if b {
				v = 1
			}
		}
		if n, ok := v.(json.Number); ok {
			f, err := n.Float64()
			if err != nil {
				return "", nil, fmt.Errorf("filter %q: %w", k, err)
			}
			v = f
		}
		path := `$."` + strings.ReplaceAll(k, `"`, `""`) + `"`
		conds = append(conds, `EXISTS (SELECT 1 FROM json_each(c.metadata, ?) AS j WHERE j.value = ?)`)
		args = append(args, path, v)
	}
	if len(conds) == 0 {
		return "", args, nil
	}
	return " AND " + strings.Join(conds, " AND "), args, nil
}

// SearchChunks is SQLite FTS5 search (Porter stemming): the query's words
// OR-ed, ranked by FTS5's BM25, mapped to [0, 1) as s/(s+1) of the
// (sign-flipped) BM25 score.
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
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = `"` + w + `"` // letters and digits only: safe inside quotes
	}
	args := []any{strings.Join(quoted, " OR ")}
	filter, args, err := filterSQL(q.Filter, args)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: search chunks: %w", err)
	}
	args = append(args, limit)
	rows, err := s.reader.QueryContext(ctx, `SELECT `+chunkColumns+`, bm25(memory_chunks_fts) AS rank
		FROM memory_chunks_fts JOIN memory_chunks c ON c.rowid = memory_chunks_fts.rowid
		WHERE memory_chunks_fts MATCH ?`+filter+`
		ORDER BY rank, c.chunk_id LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: search chunks: %w", err)
	}
	defer rows.Close()
	var out []store.ChunkHit
	for rows.Next() {
		var rank float64
		c, err := scanChunk(rows, false, &rank)
		if err != nil {
			return nil, fmt.Errorf("storesqlite: search chunks: %w", err)
		}
		sc := max(-rank, 0)
		out = append(out, store.ChunkHit{Chunk: c, Score: sc / (sc + 1)})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storesqlite: search chunks: %w", err)
	}
	return out, nil
}

// ListDocumentRefs pages through document ids and content hashes.
func (s *Store) ListDocumentRefs(ctx context.Context, afterID string, limit int) ([]store.DocumentRef, error) {
	if limit <= 0 || limit > 10000 {
		limit = 1000
	}
	rows, err := s.reader.QueryContext(ctx, `SELECT doc_id, content_hash FROM memory_documents WHERE doc_id > ? ORDER BY doc_id LIMIT ?`, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: list document refs: %w", err)
	}
	defer rows.Close()
	var out []store.DocumentRef
	for rows.Next() {
		var d store.DocumentRef
		if err := rows.Scan(&d.ID, &d.ContentHash); err != nil {
			return nil, fmt.Errorf("storesqlite: list document refs: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storesqlite: list document refs: %w", err)
	}
	return out, nil
}

// DocumentChunks returns a document's chunks in order.
func (s *Store) DocumentChunks(ctx context.Context, docID string) ([]store.Chunk, error) {
	rows, err := s.reader.QueryContext(ctx, `SELECT `+chunkColumns+`, c.embedding FROM memory_chunks c WHERE c.doc_id = ? ORDER BY c.seq`, docID)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: document chunks: %w", err)
	}
	defer rows.Close()
	var out []store.Chunk
	for rows.Next() {
		c, err := scanChunk(rows, true)
		if err != nil {
			return nil, fmt.Errorf("storesqlite: document chunks: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storesqlite: document chunks: %w", err)
	}
	return out, nil
}
