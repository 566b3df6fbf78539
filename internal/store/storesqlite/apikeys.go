package storesqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/octollm/octollm/internal/store"
)

const apiKeyColumns = `id, name, prefix, hash, scopes, created_at, revoked_at`

// CreateAPIKey stores k. A zero CreatedAt is set to now. ErrConflict when
// the id or the hash exists.
func (s *Store) CreateAPIKey(ctx context.Context, k store.APIKey) error {
	if k.ID == "" || k.Hash == "" {
		return errors.New("storesqlite: create api key: id and hash are required")
	}
	created := k.CreatedAt
	if created.IsZero() {
		created = time.Now()
	}
	scopes := k.Scopes
	if scopes == nil {
		scopes = []string{}
	}
	scopesJSON, err := json.Marshal(scopes)
	if err != nil {
		return fmt.Errorf("storesqlite: create api key %q: scopes: %w", k.ID, err)
	}
	_, err = s.writer.ExecContext(ctx,
		`INSERT INTO api_keys (`+apiKeyColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		k.ID, k.Name, k.Prefix, k.Hash, string(scopesJSON), formatTime(created), nullTime(k.RevokedAt))
	if err != nil {
		if isConstraintUnique(err) {
			// The driver's message names the column, never the value.
			return fmt.Errorf("storesqlite: create api key %q: %w (%v)", k.ID, store.ErrConflict, err)
		}
		return fmt.Errorf("storesqlite: create api key %q: %w", k.ID, err)
	}
	return nil
}

// APIKeyByHash returns the non-revoked key whose hash is hash.
func (s *Store) APIKeyByHash(ctx context.Context, hash string) (store.APIKey, error) {
	row := s.reader.QueryRowContext(ctx,
		`SELECT `+apiKeyColumns+` FROM api_keys WHERE hash = ? AND revoked_at IS NULL`, hash)
	k, err := scanAPIKey(row)
	if errors.Is(err, sql.ErrNoRows) {
		return store.APIKey{}, fmt.Errorf("storesqlite: api key by hash: %w", store.ErrNotFound)
	}
	if err != nil {
		return store.APIKey{}, fmt.Errorf("storesqlite: api key by hash: %w", err)
	}
	return k, nil
}

// ListAPIKeys returns every key, revoked ones included, oldest first (ties
// broken by id so the order is stable).
func (s *Store) ListAPIKeys(ctx context.Context) ([]store.APIKey, error) {
	rows, err := s.reader.QueryContext(ctx,
		`SELECT `+apiKeyColumns+` FROM api_keys ORDER BY created_at, id`)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: list api keys: %w", err)
	}
	defer rows.Close()
	keys := []store.APIKey{}
	for rows.Next() {
		k, err := scanAPIKey(rows)
		if err != nil {
			return nil, fmt.Errorf("storesqlite: list api keys: %w", err)
		}
		keys = append(keys, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storesqlite: list api keys: %w", err)
	}
	return keys, nil
}

// RevokeAPIKey marks the key revoked at at; ErrNotFound when it is unknown
// or already revoked.
func (s *Store) RevokeAPIKey(ctx context.Context, id string, at time.Time) error {
	res, err := s.writer.ExecContext(ctx,
		`UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`, formatTime(at), id)
	if err != nil {
		return fmt.Errorf("storesqlite: revoke api key %q: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("storesqlite: revoke api key %q: %w", id, err)
	}
	if n == 0 {
		return fmt.Errorf("storesqlite: revoke api key %q: %w", id, store.ErrNotFound)
	}
	return nil
}

type scanner interface{ Scan(dest ...any) error }

func scanAPIKey(row scanner) (store.APIKey, error) {
	var (
		k               store.APIKey
		scopes, created string
		revoked         sql.NullString
	)
	if err := row.Scan(&k.ID, &k.Name, &k.Prefix, &k.Hash, &scopes, &created, &revoked); err != nil {
		return store.APIKey{}, err
	}
	if err := json.Unmarshal([]byte(scopes), &k.Scopes); err != nil {
		return store.APIKey{}, fmt.Errorf("key %q: scopes: %w", k.ID, err)
	}
	if k.Scopes == nil {
		k.Scopes = []string{}
	}
	var err error
	if k.CreatedAt, err = parseTime(created); err != nil {
		return store.APIKey{}, fmt.Errorf("key %q: created_at: %w", k.ID, err)
	}
	if k.RevokedAt, err = parseNullTime(revoked); err != nil {
		return store.APIKey{}, fmt.Errorf("key %q: revoked_at: %w", k.ID, err)
	}
	return k, nil
}

// isConstraintUnique reports whether err is a PRIMARY KEY or UNIQUE
// constraint violation.
func isConstraintUnique(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() {
	case sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY, sqlite3.SQLITE_CONSTRAINT_UNIQUE:
		return true
	}
	return false
}
