package storepg

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/octollm/octollm/internal/store"
)

// pgUniqueViolation is SQLSTATE unique_violation.
const pgUniqueViolation = "23505"

const apiKeyColumns = `id, name, prefix, hash, scopes, created_at, revoked_at`

// CreateAPIKey stores k. A zero CreatedAt is set to now. ErrConflict when
// the id or the hash exists.
func (s *Store) CreateAPIKey(ctx context.Context, k store.APIKey) error {
	if k.ID == "" || k.Hash == "" {
		return errors.New("storepg: create api key: id and hash are required")
	}
	created := k.CreatedAt
	if created.IsZero() {
		created = time.Now()
	}
	scopes := k.Scopes
	if scopes == nil {
		scopes = []string{} // NOT NULL column; pgx sends a nil slice as NULL
	}
	_, err := s.pool.Exec(ctx,
		`INSERT INTO public.api_keys (`+apiKeyColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		k.ID, k.Name, k.Prefix, k.Hash, scopes, timestamptz(created), nullTimestamptz(k.RevokedAt))
	if err != nil {
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == pgUniqueViolation {
			// The error's detail would repeat the hash: name the
			// constraint only.
			return fmt.Errorf("storepg: create api key %q: %w (%s)", k.ID, store.ErrConflict, pgErr.ConstraintName)
		}
		return fmt.Errorf("storepg: create api key %q: %w", k.ID, err)
	}
	return nil
}

// APIKeyByHash returns the non-revoked key whose hash is hash.
func (s *Store) APIKeyByHash(ctx context.Context, hash string) (store.APIKey, error) {
	rows, err := s.pool.Query(ctx,
		`SELECT `+apiKeyColumns+` FROM public.api_keys WHERE hash = $1 AND revoked_at IS NULL`, hash)
	if err != nil {
		return store.APIKey{}, fmt.Errorf("storepg: api key by hash: %w", err)
	}
	k, err := pgx.CollectExactlyOneRow(rows, scanAPIKey)
	if errors.Is(err, pgx.ErrNoRows) {
		return store.APIKey{}, fmt.Errorf("storepg: api key by hash: %w", store.ErrNotFound)
	}
	if err != nil {
		return store.APIKey{}, fmt.Errorf("storepg: api key by hash: %w", err)
	}
	return k, nil
}

// ListAPIKeys returns every key, revoked ones included, oldest first (ties
// broken by id so the order is stable).
func (s *Store) ListAPIKeys(ctx context.Context) ([]store.APIKey, error) {
	rows, err := s.pool.Query(ctx,
		`SELECT `+apiKeyColumns+` FROM public.api_keys ORDER BY created_at, id`)
	if err != nil {
		return nil, fmt.Errorf("storepg: list api keys: %w", err)
	}
	keys, err := pgx.CollectRows(rows, scanAPIKey)
	if err != nil {
		return nil, fmt.Errorf("storepg: list api keys: %w", err)
	}
	return keys, nil
}

// RevokeAPIKey marks the key revoked at at; ErrNotFound when it is unknown
// or already revoked.
func (s *Store) RevokeAPIKey(ctx context.Context, id string, at time.Time) error {
	tag, err := s.pool.Exec(ctx,
		`UPDATE public.api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`,
		id, timestamptz(at))
	if err != nil {
		return fmt.Errorf("storepg: revoke api key %q: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("storepg: revoke api key %q: %w", id, store.ErrNotFound)
	}
	return nil
}

func scanAPIKey(row pgx.CollectableRow) (store.APIKey, error) {
	var (
		k       store.APIKey
		created time.Time
		revoked pgtype.Timestamptz
	)
	if err := row.Scan(&k.ID, &k.Name, &k.Prefix, &k.Hash, &k.Scopes, &created, &revoked); err != nil {
		return store.APIKey{}, err
	}
	if k.Scopes == nil {
		k.Scopes = []string{}
	}
	k.CreatedAt = created.UTC()
	if revoked.Valid {
		t := revoked.Time.UTC()
		k.RevokedAt = &t
	}
	return k, nil
}

// timestamptz normalises t to what PostgreSQL keeps: UTC, microseconds.
func timestamptz(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

func nullTimestamptz(t *time.Time) pgtype.Timestamptz {
	if t == nil {
		return pgtype.Timestamptz{}
	}
	return pgtype.Timestamptz{Time: timestamptz(*t), Valid: true}
}
