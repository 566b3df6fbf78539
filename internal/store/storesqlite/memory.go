package storesqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/octollm/octollm/internal/store"
)

var _ store.Memory = (*Store)(nil)

const entityColumns = `entity_id, entity_type, name, COALESCE(description, ''), metadata, created_at, updated_at`

// memJSON renders raw JSON for a nullable TEXT column (bound as a string:
// a []byte would be a BLOB, which the STRICT column refuses).
func memJSON(raw json.RawMessage) sql.NullString {
	if len(raw) == 0 {
		return sql.NullString{}
	}
	return sql.NullString{String: string(raw), Valid: true}
}

func memNow(t time.Time) time.Time {
	if t.IsZero() {
		t = time.Now()
	}
	return t.UTC().Truncate(time.Microsecond)
}

func scanEntity(row scanner) (store.Entity, error) {
	var (
		e                store.Entity
		md               sql.NullString
		created, updated sql.NullString
	)
	if err := row.Scan(&e.ID, &e.Type, &e.Name, &e.Description, &md, &created, &updated); err != nil {
		return store.Entity{}, err
	}
	if md.Valid {
		e.Metadata = json.RawMessage(md.String)
	}
	var err error
	if created.Valid {
		if e.CreatedAt, err = parseTime(created.String); err != nil {
			return store.Entity{}, err
		}
	}
	if updated.Valid {
		if e.UpdatedAt, err = parseTime(updated.String); err != nil {
			return store.Entity{}, err
		}
	}
	return e, nil
}

func isForeignKey(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY
}

// CreateEntity stores e.
func (s *Store) CreateEntity(ctx context.Context, e store.Entity) (store.Entity, error) {
	if e.ID == "" {
		e.ID = uuid.NewString()
	} else if !store.IsUUID(e.ID) {
		return store.Entity{}, fmt.Errorf("storesqlite: create entity: id %q is not a UUID", e.ID)
	}
	e.ID = strings.ToLower(e.ID)
	e.CreatedAt = memNow(e.CreatedAt)
	if e.UpdatedAt.IsZero() {
		e.UpdatedAt = e.CreatedAt
	}
	e.UpdatedAt = memNow(e.UpdatedAt)
	_, err := s.writer.ExecContext(ctx, `INSERT INTO memory_entities (entity_id, entity_type, name, description, metadata, created_at, updated_at)
		VALUES (?, ?, ?, NULLIF(?, ''), ?, ?, ?)`,
		e.ID, e.Type, e.Name, e.Description, memJSON(e.Metadata), formatTime(e.CreatedAt), formatTime(e.UpdatedAt))
	if err != nil {
		if isConstraintUnique(err) {
			return store.Entity{}, fmt.Errorf("storesqlite: create entity %s: %w", e.ID, store.ErrConflict)
		}
		return store.Entity{}, fmt.Errorf("storesqlite: create entity: %w", err)
	}
	return s.getEntity(ctx, s.writer, e.ID)
}

// GetEntity returns the entity with id.
func (s *Store) GetEntity(ctx context.Context, id string) (store.Entity, error) {
	return s.getEntity(ctx, s.reader, id)
}

func (s *Store) getEntity(ctx context.Context, db *sql.DB, id string) (store.Entity, error) {
	if !store.IsUUID(id) {
		return store.Entity{}, fmt.Errorf("storesqlite: get entity %q: %w", id, store.ErrNotFound)
	}
	e, err := scanEntity(db.QueryRowContext(ctx, `SELECT `+entityColumns+` FROM memory_entities WHERE entity_id = ?`, strings.ToLower(id)))
	if errors.Is(err, sql.ErrNoRows) {
		return store.Entity{}, fmt.Errorf("storesqlite: get entity %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return store.Entity{}, fmt.Errorf("storesqlite: get entity %s: %w", id, err)
	}
	return e, nil
}

// UpdateEntity replaces the mutable fields of the entity e.ID.
func (s *Store) UpdateEntity(ctx context.Context, e store.Entity) (store.Entity, error) {
	if !store.IsUUID(e.ID) {
		return store.Entity{}, fmt.Errorf("storesqlite: update entity %q: %w", e.ID, store.ErrNotFound)
	}
	res, err := s.writer.ExecContext(ctx, `UPDATE memory_entities SET entity_type = ?, name = ?, description = NULLIF(?, ''),
		metadata = ?, updated_at = ? WHERE entity_id = ?`,
		e.Type, e.Name, e.Description, memJSON(e.Metadata), formatTime(memNow(e.UpdatedAt)), strings.ToLower(e.ID))
	if err != nil {
		return store.Entity{}, fmt.Errorf("storesqlite: update entity %s: %w", e.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return store.Entity{}, fmt.Errorf("storesqlite: update entity %s: %w", e.ID, store.ErrNotFound)
	}
	return s.getEntity(ctx, s.writer, e.ID)
}

// DeleteEntity deletes the entity and its relationships.
func (s *Store) DeleteEntity(ctx context.Context, id string) error {
	if !store.IsUUID(id) {
		return fmt.Errorf("storesqlite: delete entity %q: %w", id, store.ErrNotFound)
	}
	res, err := s.writer.ExecContext(ctx, `DELETE FROM memory_entities WHERE entity_id = ?`, strings.ToLower(id))
	if err != nil {
		return fmt.Errorf("storesqlite: delete entity %s: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("storesqlite: delete entity %s: %w", id, store.ErrNotFound)
	}
	return nil
}

// SearchEntities finds entities whose name contains the query or is
// trigram-similar to it. SQLite has no trigram index, so the names of the
// entities of the requested type are scanned and scored in Go with
// store.NameScore (pg_trgm's similarity, computed the same way): linear in
// the number of entities, which is what the embedded backend is for. Only
// the ids and names are read during the scan; full rows are fetched for
// the hits.
func (s *Store) SearchEntities(ctx context.Context, q store.EntityQuery) ([]store.EntityMatch, error) {
	q = store.NormalizeEntityQuery(q)
	archived := `(? OR json_type(metadata, '$.archived') IS NOT 'true')`
	if q.Query == "" {
		rows, err := s.reader.QueryContext(ctx, `SELECT `+entityColumns+` FROM memory_entities
			WHERE (? = '' OR entity_type = ?) AND `+archived+` ORDER BY name, entity_id LIMIT ?`,
			q.Type, q.Type, q.IncludeArchived, q.Limit)
		if err != nil {
			return nil, fmt.Errorf("storesqlite: search entities: %w", err)
		}
		defer rows.Close()
		var out []store.EntityMatch
		for rows.Next() {
			e, err := scanEntity(rows)
			if err != nil {
				return nil, fmt.Errorf("storesqlite: search entities: %w", err)
			}
			out = append(out, store.EntityMatch{Entity: e, Score: 1})
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("storesqlite: search entities: %w", err)
		}
		return out, nil
	}
	rows, err := s.reader.QueryContext(ctx, `SELECT entity_id, name FROM memory_entities
		WHERE (? = '' OR entity_type = ?) AND `+archived, q.Type, q.Type, q.IncludeArchived)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: search entities: %w", err)
	}
	lq := strings.ToLower(q.Query)
	var hits []store.EntityMatch
	for rows.Next() {
		var id, name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return nil, fmt.Errorf("storesqlite: search entities: %w", err)
		}
		score := store.NameScore(name, q.Query)
		if score >= store.TrigramThreshold || strings.Contains(strings.ToLower(name), lq) {
			hits = append(hits, store.EntityMatch{Entity: store.Entity{ID: id, Name: name}, Score: score})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storesqlite: search entities: %w", err)
	}
	store.SortMatches(hits)
	if len(hits) > q.Limit {
		hits = hits[:q.Limit]
	}
	for i := range hits {
		e, err := s.GetEntity(ctx, hits[i].ID)
		if err != nil {
			return nil, fmt.Errorf("storesqlite: search entities: %w", err)
		}
		hits[i].Entity = e
	}
	return hits, nil
}

const relColumns = `relationship_id, source_id, target_id, relationship_type, COALESCE(weight, 1.0), metadata, created_at`

func scanRel(row scanner) (store.Relationship, error) {
	var (
		r       store.Relationship
		md      sql.NullString
		created sql.NullString
	)
	if err := row.Scan(&r.ID, &r.SourceID, &r.TargetID, &r.Type, &r.Weight, &md, &created); err != nil {
		return store.Relationship{}, err
	}
	if md.Valid {
		r.Metadata = json.RawMessage(md.String)
	}
	if created.Valid {
		t, err := parseTime(created.String)
		if err != nil {
			return store.Relationship{}, err
		}
		r.CreatedAt = t
	}
	return r, nil
}

// CreateRelationship stores r.
func (s *Store) CreateRelationship(ctx context.Context, r store.Relationship) (store.Relationship, error) {
	if r.ID == "" {
		r.ID = uuid.NewString()
	} else if !store.IsUUID(r.ID) {
		return store.Relationship{}, fmt.Errorf("storesqlite: create relationship: id %q is not a UUID", r.ID)
	}
	if !store.IsUUID(r.SourceID) || !store.IsUUID(r.TargetID) {
		return store.Relationship{}, fmt.Errorf("storesqlite: create relationship: source or target entity: %w", store.ErrNotFound)
	}
	if r.Weight == 0 {
		r.Weight = 1
	}
	r.CreatedAt = memNow(r.CreatedAt)
	row := s.writer.QueryRowContext(ctx, `INSERT INTO memory_relationships (relationship_id, source_id, target_id, relationship_type, weight, metadata, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING `+relColumns,
		strings.ToLower(r.ID), strings.ToLower(r.SourceID), strings.ToLower(r.TargetID), r.Type, r.Weight, memJSON(r.Metadata), formatTime(r.CreatedAt))
	out, err := scanRel(row)
	if err != nil {
		switch {
		case isForeignKey(err):
			return store.Relationship{}, fmt.Errorf("storesqlite: create relationship: source or target entity: %w", store.ErrNotFound)
		case isConstraintUnique(err):
			return store.Relationship{}, fmt.Errorf("storesqlite: create relationship %s: %w", r.ID, store.ErrConflict)
		}
		return store.Relationship{}, fmt.Errorf("storesqlite: create relationship: %w", err)
	}
	return out, nil
}

// inList renders "?, ?, ..." for n parameters and the ids as arguments.
func inList(ids []string) (string, []any) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = strings.ToLower(id)
	}
	return strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", "), args
}

// Neighbors walks the graph from id.
func (s *Store) Neighbors(ctx context.Context, id string, depth, limit int) ([]store.Neighbor, error) {
	if _, err := s.GetEntity(ctx, id); err != nil {
		return nil, err
	}
	out, err := store.WalkNeighbors(ctx, strings.ToLower(id), depth, limit,
		func(ctx context.Context, ids []string) ([]store.Relationship, error) {
			var all []store.Relationship
			// SQLite caps the number of parameters: walk in batches.
			for start := 0; start < len(ids); start += 400 {
				part := ids[start:min(start+400, len(ids))]
				in, args := inList(part)
				rows, err := s.reader.QueryContext(ctx, `SELECT `+relColumns+` FROM memory_relationships
					WHERE source_id IN (`+in+`) OR target_id IN (`+in+`)`, append(args, args...)...)
				if err != nil {
					return nil, err
				}
				for rows.Next() {
					r, err := scanRel(rows)
					if err != nil {
						rows.Close()
						return nil, err
					}
					all = append(all, r)
				}
				rows.Close()
				if err := rows.Err(); err != nil {
					return nil, err
				}
			}
			return all, nil
		},
		func(ctx context.Context, ids []string) ([]store.Entity, error) {
			var all []store.Entity
			for start := 0; start < len(ids); start += 400 {
				in, args := inList(ids[start:min(start+400, len(ids))])
				rows, err := s.reader.QueryContext(ctx, `SELECT `+entityColumns+` FROM memory_entities WHERE entity_id IN (`+in+`)`, args...)
				if err != nil {
					return nil, err
				}
				for rows.Next() {
					e, err := scanEntity(rows)
					if err != nil {
						rows.Close()
						return nil, err
					}
					all = append(all, e)
				}
				rows.Close()
				if err := rows.Err(); err != nil {
					return nil, err
				}
			}
			return all, nil
		})
	if err != nil {
		return nil, fmt.Errorf("storesqlite: neighbors of %s: %w", id, err)
	}
	return out, nil
}
