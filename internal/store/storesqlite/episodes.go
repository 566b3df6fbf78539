package storesqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/octollm/octollm/internal/store"
)

const episodeColumns = `episode_id, collection, content, payload, embedding, embedder, created_at, expires_at`

func scanEpisode(row scanner) (store.Episode, error) {
	var (
		e                store.Episode
		payload, created string
		emb              []byte
		expires          sql.NullString
	)
	if err := row.Scan(&e.ID, &e.Collection, &e.Content, &payload, &emb, &e.Embedder, &created, &expires); err != nil {
		return store.Episode{}, err
	}
	e.Payload = json.RawMessage(payload)
	var err error
	if e.Embedding, err = decodeVec(emb); err != nil {
		return store.Episode{}, err
	}
	if e.CreatedAt, err = parseTime(created); err != nil {
		return store.Episode{}, err
	}
	if e.ExpiresAt, err = parseNullTime(expires); err != nil {
		return store.Episode{}, err
	}
	return e, nil
}

// PutEpisode stores an episode.
func (s *Store) PutEpisode(ctx context.Context, e store.Episode) (store.Episode, error) {
	if e.ID == "" {
		e.ID = uuid.NewString()
	} else if !store.IsUUID(e.ID) {
		return store.Episode{}, fmt.Errorf("storesqlite: put episode: id %q is not a UUID", e.ID)
	}
	var exp *time.Time
	if e.ExpiresAt != nil {
		t := memNow(*e.ExpiresAt)
		exp = &t
	}
	row := s.writer.QueryRowContext(ctx, `INSERT INTO memory_episodes (`+episodeColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING `+episodeColumns,
		strings.ToLower(e.ID), e.Collection, e.Content, objOr(e.Payload), encodeVec(e.Embedding), e.Embedder, formatTime(memNow(e.CreatedAt)), nullTime(exp))
	out, err := scanEpisode(row)
	if err != nil {
		if isConstraintUnique(err) {
			return store.Episode{}, fmt.Errorf("storesqlite: put episode %s: %w", e.ID, store.ErrConflict)
		}
		return store.Episode{}, fmt.Errorf("storesqlite: put episode: %w", err)
	}
	return out, nil
}

// RecentEpisodes returns a collection's newest unexpired episodes.
func (s *Store) RecentEpisodes(ctx context.Context, collection string, now time.Time, limit int) ([]store.Episode, error) {
	if limit <= 0 || limit > 50000 {
		limit = 1000
	}
	rows, err := s.reader.QueryContext(ctx, `SELECT `+episodeColumns+` FROM memory_episodes
		WHERE collection = ? AND (expires_at IS NULL OR expires_at > ?)
		ORDER BY created_at DESC, episode_id DESC LIMIT ?`, collection, formatTime(memNow(now)), limit)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: recent episodes: %w", err)
	}
	defer rows.Close()
	var out []store.Episode
	for rows.Next() {
		e, err := scanEpisode(rows)
		if err != nil {
			return nil, fmt.Errorf("storesqlite: recent episodes: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storesqlite: recent episodes: %w", err)
	}
	return out, nil
}

// DeleteEpisode removes one episode of a collection.
func (s *Store) DeleteEpisode(ctx context.Context, collection, id string) error {
	res, err := s.writer.ExecContext(ctx, `DELETE FROM memory_episodes WHERE collection = ? AND episode_id = ?`, collection, strings.ToLower(id))
	if err != nil {
		return fmt.Errorf("storesqlite: delete episode: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("storesqlite: delete episode %s: %w", id, store.ErrNotFound)
	}
	return nil
}

func (s *Store) execCount(ctx context.Context, what, q string, args ...any) (int64, error) {
	res, err := s.writer.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, fmt.Errorf("storesqlite: %s: %w", what, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("storesqlite: %s: %w", what, err)
	}
	return n, nil
}

// PruneTaskHistory deletes old task history.
func (s *Store) PruneTaskHistory(ctx context.Context, before time.Time) (int64, error) {
	return s.execCount(ctx, "prune task history", `DELETE FROM tasks_task_history WHERE created_at < ?`, formatTime(memNow(before)))
}

// PruneActionLog deletes old provenance records.
func (s *Store) PruneActionLog(ctx context.Context, before time.Time) (int64, error) {
	return s.execCount(ctx, "prune action log", `DELETE FROM provenance_action_log WHERE timestamp < ?`, formatTime(memNow(before)))
}

// ArchiveEntities marks stale entities archived.
func (s *Store) ArchiveEntities(ctx context.Context, before time.Time) (int64, error) {
	return s.execCount(ctx, "archive entities", `UPDATE memory_entities
		SET metadata = json_set(COALESCE(metadata, '{}'), '$.archived', json('true'))
		WHERE updated_at < ? AND json_type(metadata, '$.archived') IS NOT 'true'`, formatTime(memNow(before)))
}

// DeleteExpiredEpisodes deletes expired episodes.
func (s *Store) DeleteExpiredEpisodes(ctx context.Context, now time.Time) (int64, error) {
	return s.execCount(ctx, "delete expired episodes", `DELETE FROM memory_episodes WHERE expires_at <= ?`, formatTime(memNow(now)))
}
