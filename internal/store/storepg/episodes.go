package storepg

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/octollm/octollm/internal/store"
)

const episodeColumns = `episode_id::text, collection, content, payload, embedding, embedder, created_at, expires_at`

func scanEpisode(row pgx.CollectableRow) (store.Episode, error) {
	var e store.Episode
	var payload []byte
	var expires *time.Time
	if err := row.Scan(&e.ID, &e.Collection, &e.Content, &payload, &e.Embedding, &e.Embedder, &e.CreatedAt, &expires); err != nil {
		return store.Episode{}, err
	}
	e.Payload = json.RawMessage(payload)
	e.CreatedAt = e.CreatedAt.UTC()
	if expires != nil {
		t := expires.UTC()
		e.ExpiresAt = &t
	}
	return e, nil
}

// PutEpisode stores an episode.
func (s *Store) PutEpisode(ctx context.Context, e store.Episode) (store.Episode, error) {
	if e.ID == "" {
		e.ID = uuid.NewString()
	} else if !store.IsUUID(e.ID) {
		return store.Episode{}, fmt.Errorf("storepg: put episode: id %q is not a UUID", e.ID)
	}
	var emb any
	if e.Embedding != nil {
		emb = e.Embedding
	}
	var exp any
	if e.ExpiresAt != nil {
		exp = memNow(*e.ExpiresAt)
	}
	rows, err := s.pool.Query(ctx, `INSERT INTO memory.episodes (episode_id, collection, content, payload, embedding, embedder, created_at, expires_at)
		VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8) RETURNING `+episodeColumns,
		e.ID, e.Collection, e.Content, objOr(e.Payload), emb, e.Embedder, memNow(e.CreatedAt), exp)
	if err != nil {
		return store.Episode{}, fmt.Errorf("storepg: put episode: %w", err)
	}
	out, err := pgx.CollectExactlyOneRow(rows, scanEpisode)
	if err != nil {
		if isUnique(err) {
			return store.Episode{}, fmt.Errorf("storepg: put episode %s: %w", e.ID, store.ErrConflict)
		}
		return store.Episode{}, fmt.Errorf("storepg: put episode: %w", err)
	}
	return out, nil
}

// RecentEpisodes returns a collection's newest unexpired episodes.
func (s *Store) RecentEpisodes(ctx context.Context, collection string, now time.Time, limit int) ([]store.Episode, error) {
	if limit <= 0 || limit > 50000 {
		limit = 1000
	}
	rows, err := s.pool.Query(ctx, `SELECT `+episodeColumns+` FROM memory.episodes
		WHERE collection = $1 AND (expires_at IS NULL OR expires_at > $2)
		ORDER BY created_at DESC, episode_id DESC LIMIT $3`, collection, memNow(now), limit)
	if err != nil {
		return nil, fmt.Errorf("storepg: recent episodes: %w", err)
	}
	out, err := pgx.CollectRows(rows, scanEpisode)
	if err != nil {
		return nil, fmt.Errorf("storepg: recent episodes: %w", err)
	}
	return out, nil
}

// DeleteEpisode removes one episode of a collection.
func (s *Store) DeleteEpisode(ctx context.Context, collection, id string) error {
	if !store.IsUUID(id) {
		return fmt.Errorf("storepg: delete episode %q: %w", id, store.ErrNotFound)
	}
	tag, err := s.pool.Exec(ctx, `DELETE FROM memory.episodes WHERE collection = $1 AND episode_id = $2`, collection, id)
	if err != nil {
		return fmt.Errorf("storepg: delete episode: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("storepg: delete episode %s: %w", id, store.ErrNotFound)
	}
	return nil
}

func (s *Store) execCount(ctx context.Context, what, sql string, args ...any) (int64, error) {
	tag, err := s.pool.Exec(ctx, sql, args...)
	if err != nil {
		return 0, fmt.Errorf("storepg: %s: %w", what, err)
	}
	return tag.RowsAffected(), nil
}

// PruneTaskHistory deletes old task history.
func (s *Store) PruneTaskHistory(ctx context.Context, before time.Time) (int64, error) {
	return s.execCount(ctx, "prune task history", `DELETE FROM tasks.task_history WHERE created_at < $1`, memNow(before))
}

// PruneActionLog deletes old provenance records.
func (s *Store) PruneActionLog(ctx context.Context, before time.Time) (int64, error) {
	return s.execCount(ctx, "prune action log", `DELETE FROM provenance.action_log WHERE "timestamp" < $1`, memNow(before))
}

// ArchiveEntities marks stale entities archived.
func (s *Store) ArchiveEntities(ctx context.Context, before time.Time) (int64, error) {
	return s.execCount(ctx, "archive entities", `UPDATE memory.entities
		SET metadata = COALESCE(metadata, '{}'::jsonb) || '{"archived": true}'::jsonb
		WHERE updated_at < $1 AND NOT COALESCE(metadata @> '{"archived": true}', false)`, memNow(before))
}

// DeleteExpiredEpisodes deletes expired episodes.
func (s *Store) DeleteExpiredEpisodes(ctx context.Context, now time.Time) (int64, error) {
	return s.execCount(ctx, "delete expired episodes", `DELETE FROM memory.episodes WHERE expires_at <= $1`, memNow(now))
}
