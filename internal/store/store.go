// Package store defines OctoLLM's relational store: the interface every
// component persists through, its records and its sentinel errors. The
// implementations live in sibling packages (storesqlite for the embedded
// default, storepg for PostgreSQL) and both pass the conformance suite in
// storetest.
package store

import (
	"context"
	"errors"
	"time"
)

// Sentinel errors callers branch on.
var (
	// ErrNotFound is returned when the requested record does not exist.
	ErrNotFound = errors.New("store: not found")
	// ErrConflict is returned when a record with the same identity exists.
	ErrConflict = errors.New("store: conflict")
)

// Store is the relational store. Implementations are safe for concurrent use.
type Store interface {
	// Ping reports whether the database answers.
	Ping(ctx context.Context) error
	// Close releases the connections.
	Close() error
	// Migrate applies every pending migration.
	Migrate(ctx context.Context) error
	// MigrationStatus lists every known migration and whether it is applied.
	MigrationStatus(ctx context.Context) ([]Migration, error)
	// Backend names the implementation ("sqlite" or "postgres").
	Backend() string

	APIKeys
	Tasks
	Memory
}

// APIKeys persists hashed API keys.
type APIKeys interface {
	// CreateAPIKey stores k. ErrConflict when the id or hash exists.
	CreateAPIKey(ctx context.Context, k APIKey) error
	// APIKeyByHash returns the non-revoked key whose hash is hash, or ErrNotFound.
	APIKeyByHash(ctx context.Context, hash string) (APIKey, error)
	// ListAPIKeys returns every key, revoked ones included, oldest first.
	ListAPIKeys(ctx context.Context) ([]APIKey, error)
	// RevokeAPIKey marks the key revoked at time at; ErrNotFound when unknown
	// or already revoked.
	RevokeAPIKey(ctx context.Context, id string, at time.Time) error
}

// Migration is one versioned schema migration.
type Migration struct {
	Version   int64
	Name      string
	Applied   bool
	AppliedAt time.Time // zero when not applied
}

// APIKey is a stored API key. The key itself is never stored: only its hash.
type APIKey struct {
	ID        string
	Name      string
	Prefix    string // first characters of the key, safe to show
	Hash      string // hex SHA-256 of the full key
	Scopes    []string
	CreatedAt time.Time
	RevokedAt *time.Time
}
