package storepg

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/octollm/octollm/internal/store"
)

var _ store.Memory = (*Store)(nil)

// pgForeignKeyViolation is SQLSTATE foreign_key_violation.
const pgForeignKeyViolation = "23503"

const entityColumns = `entity_id::text, entity_type, name, COALESCE(description, ''), metadata, created_at, updated_at`

func memJSON(raw json.RawMessage) any {
	if len(raw) == 0 {
		return nil
	}
	return string(raw)
}

func memNow(t time.Time) time.Time {
	if t.IsZero() {
		t = time.Now()
	}
	return t.UTC().Truncate(time.Microsecond)
}

func scanEntity(row pgx.CollectableRow) (store.Entity, error) {
	var e store.Entity
	var md []byte
	if err := row.Scan(&e.ID, &e.Type, &e.Name, &e.Description, &md, &e.CreatedAt, &e.UpdatedAt); err != nil {
		return store.Entity{}, err
	}
	if md != nil {
		e.Metadata = json.RawMessage(md)
	}
	e.CreatedAt, e.UpdatedAt = e.CreatedAt.UTC(), e.UpdatedAt.UTC()
	return e, nil
}

// CreateEntity stores e.
func (s *Store) CreateEntity(ctx context.Context, e store.Entity) (store.Entity, error) {
	if e.ID == "" {
		e.ID = uuid.NewString()
	} else if !store.IsUUID(e.ID) {
		return store.Entity{}, fmt.Errorf("storepg: create entity: id %q is not a UUID", e.ID)
	}
	e.CreatedAt = memNow(e.CreatedAt)
	if e.UpdatedAt.IsZero() {
		e.UpdatedAt = e.CreatedAt
	}
	e.UpdatedAt = memNow(e.UpdatedAt)
	_, err := s.pool.Exec(ctx, `INSERT INTO memory.entities (entity_id, entity_type, name, description, metadata, created_at, updated_at)
		VALUES ($1, $2, $3, NULLIF($4, ''), $5::jsonb, $6, $7)`,
		e.ID, e.Type, e.Name, e.Description, memJSON(e.Metadata), e.CreatedAt, e.UpdatedAt)
	if err != nil {
		if isUnique(err) {
			return store.Entity{}, fmt.Errorf("storepg: create entity %s: %w", e.ID, store.ErrConflict)
		}
		return store.Entity{}, fmt.Errorf("storepg: create entity: %w", err)
	}
	return s.GetEntity(ctx, e.ID)
}

// GetEntity returns the entity with id.
func (s *Store) GetEntity(ctx context.Context, id string) (store.Entity, error) {
	if !store.IsUUID(id) {
		return store.Entity{}, fmt.Errorf("storepg: get entity %q: %w", id, store.ErrNotFound)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+entityColumns+` FROM memory.entities WHERE entity_id = $1`, id)
	if err != nil {
		return store.Entity{}, fmt.Errorf("storepg: get entity %s: %w", id, err)
	}
	e, err := pgx.CollectExactlyOneRow(rows, scanEntity)
	if errors.Is(err, pgx.ErrNoRows) {
		return store.Entity{}, fmt.Errorf("storepg: get entity %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return store.Entity{}, fmt.Errorf("storepg: get entity %s: %w", id, err)
	}
	return e, nil
}

// UpdateEntity replaces the mutable fields of the entity e.ID.
func (s *Store) UpdateEntity(ctx context.Context, e store.Entity) (store.Entity, error) {
	if !store.IsUUID(e.ID) {
		return store.Entity{}, fmt.Errorf("storepg: update entity %q: %w", e.ID, store.ErrNotFound)
	}
	tag, err := s.pool.Exec(ctx, `UPDATE memory.entities SET entity_type = $2, name = $3, description = NULLIF($4, ''),
		metadata = $5::jsonb, updated_at = $6 WHERE entity_id = $1`,
		e.ID, e.Type, e.Name, e.Description, memJSON(e.Metadata), memNow(e.UpdatedAt))
	if err != nil {
		return store.Entity{}, fmt.Errorf("storepg: update entity %s: %w", e.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return store.Entity{}, fmt.Errorf("storepg: update entity %s: %w", e.ID, store.ErrNotFound)
	}
	return s.GetEntity(ctx, e.ID)
}

// DeleteEntity deletes the entity and its relationships.
func (s *Store) DeleteEntity(ctx context.Context, id string) error {
	if !store.IsUUID(id) {
		return fmt.Errorf("storepg: delete entity %q: %w", id, store.ErrNotFound)
	}
	tag, err := s.pool.Exec(ctx, `DELETE FROM memory.entities WHERE entity_id = $1`, id)
	if err != nil {
		return fmt.Errorf("storepg: delete entity %s: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("storepg: delete entity %s: %w", id, store.ErrNotFound)
	}
	return nil
}

// likePattern escapes s for LIKE/ILIKE with the default backslash escape.
func likePattern(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(s) + "%"
}

// SearchEntities finds entities whose name contains the query or is
// trigram-similar to it. The GIN trigram index answers both the ILIKE and
// the % (similarity ≥ 0.3) conditions; candidates are then scored with
// store.NameScore so both backends rank identically.
func (s *Store) SearchEntities(ctx context.Context, q store.EntityQuery) ([]store.EntityMatch, error) {
	q = store.NormalizeEntityQuery(q)
	archived := `($2 OR NOT COALESCE(metadata @> '{"archived": true}', false))`
	var (
		rows pgx.Rows
		err  error
	)
	if q.Query == "" {
		rows, err = s.pool.Query(ctx, `SELECT `+entityColumns+` FROM memory.entities
			WHERE ($1 = '' OR entity_type = $1) AND `+archived+` ORDER BY name COLLATE "C", entity_id LIMIT $3`,
			q.Type, q.IncludeArchived, q.Limit)
	} else {
		// Candidates beyond Limit: the SQL order (similarity) and the final
		// order (NameScore) differ for substring matches.
		rows, err = s.pool.Query(ctx, `SELECT `+entityColumns+` FROM memory.entities
			WHERE ($1 = '' OR entity_type = $1) AND `+archived+` AND (name ILIKE $4 OR name % $5)
			ORDER BY (lower(name) = lower($5)) DESC, (name ILIKE $4) DESC, similarity(name, $5) DESC, entity_id
			LIMIT $3`,
			q.Type, q.IncludeArchived, q.Limit*5+50, likePattern(q.Query), q.Query)
	}
	if err != nil {
		return nil, fmt.Errorf("storepg: search entities: %w", err)
	}
	ents, err := pgx.CollectRows(rows, scanEntity)
	if err != nil {
		return nil, fmt.Errorf("storepg: search entities: %w", err)
	}
	out := make([]store.EntityMatch, 0, len(ents))
	for _, e := range ents {
		score := 1.0
		if q.Query != "" {
			score = store.NameScore(e.Name, q.Query)
			if score < store.TrigramThreshold && !strings.Contains(strings.ToLower(e.Name), strings.ToLower(q.Query)) {
				continue
			}
		}
		out = append(out, store.EntityMatch{Entity: e, Score: score})
	}
	if q.Query != "" {
		store.SortMatches(out)
	}
	if len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}

const relColumns = `relationship_id::text, source_id::text, target_id::text, relationship_type, COALESCE(weight, 1.0), metadata, created_at`

func scanRel(row pgx.CollectableRow) (store.Relationship, error) {
	var r store.Relationship
	var md []byte
	if err := row.Scan(&r.ID, &r.SourceID, &r.TargetID, &r.Type, &r.Weight, &md, &r.CreatedAt); err != nil {
		return store.Relationship{}, err
	}
	if md != nil {
		r.Metadata = json.RawMessage(md)
	}
	r.CreatedAt = r.CreatedAt.UTC()
	return r, nil
}

// CreateRelationship stores r.
func (s *Store) CreateRelationship(ctx context.Context, r store.Relationship) (store.Relationship, error) {
	if r.ID == "" {
		r.ID = uuid.NewString()
	} else if !store.IsUUID(r.ID) {
		return store.Relationship{}, fmt.Errorf("storepg: create relationship: id %q is not a UUID", r.ID)
	}
	if !store.IsUUID(r.SourceID) || !store.IsUUID(r.TargetID) {
		return store.Relationship{}, fmt.Errorf("storepg: create relationship: source or target entity: %w", store.ErrNotFound)
	}
	if r.Weight == 0 {
		r.Weight = 1
	}
	r.CreatedAt = memNow(r.CreatedAt)
	rows, err := s.pool.Query(ctx, `INSERT INTO memory.relationships (relationship_id, source_id, target_id, relationship_type, weight, metadata, created_at)
		VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) RETURNING `+relColumns,
		r.ID, r.SourceID, r.TargetID, r.Type, r.Weight, memJSON(r.Metadata), r.CreatedAt)
	if err != nil {
		return store.Relationship{}, fmt.Errorf("storepg: create relationship: %w", err)
	}
	out, err := pgx.CollectExactlyOneRow(rows, scanRel)
	if err != nil {
		var pgErr *pgconn.PgError
		switch {
		case errors.As(err, &pgErr) && pgErr.Code == pgForeignKeyViolation:
			return store.Relationship{}, fmt.Errorf("storepg: create relationship: source or target entity: %w", store.ErrNotFound)
		case isUnique(err):
			return store.Relationship{}, fmt.Errorf("storepg: create relationship %s: %w", r.ID, store.ErrConflict)
		}
		return store.Relationship{}, fmt.Errorf("storepg: create relationship: %w", err)
	}
	return out, nil
}

// Neighbors walks the graph from id.
func (s *Store) Neighbors(ctx context.Context, id string, depth, limit int) ([]store.Neighbor, error) {
	if _, err := s.GetEntity(ctx, id); err != nil {
		return nil, err
	}
	out, err := store.WalkNeighbors(ctx, id, depth, limit,
		func(ctx context.Context, ids []string) ([]store.Relationship, error) {
			rows, err := s.pool.Query(ctx, `SELECT `+relColumns+` FROM memory.relationships
				WHERE source_id = ANY($1::uuid[]) OR target_id = ANY($1::uuid[])`, ids)
			if err != nil {
				return nil, err
			}
			return pgx.CollectRows(rows, scanRel)
		},
		func(ctx context.Context, ids []string) ([]store.Entity, error) {
			rows, err := s.pool.Query(ctx, `SELECT `+entityColumns+` FROM memory.entities WHERE entity_id = ANY($1::uuid[])`, ids)
			if err != nil {
				return nil, err
			}
			return pgx.CollectRows(rows, scanEntity)
		})
	if err != nil {
		return nil, fmt.Errorf("storepg: neighbors of %s: %w", id, err)
	}
	return out, nil
}
