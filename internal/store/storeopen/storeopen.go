// Package storeopen picks and opens the store.Store backend named by a
// database URL. It is separate from package store because store must not
// import its own implementations.
package storeopen

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storepg"
	"github.com/octollm/octollm/internal/store/storesqlite"
)

// SQLiteFile is the database file Open uses inside the data directory.
const SQLiteFile = "octollm.db"

// ErrUnsupportedURL is returned (wrapped) for a database URL whose scheme
// no backend handles.
var ErrUnsupportedURL = errors.New("unsupported database URL")

// Open opens the store databaseURL names, without migrating it:
//   - "" opens (creating) the SQLite file <dataDir>/octollm.db, creating
//     dataDir (mode 0700) when missing;
//   - postgres:// or postgresql:// connects to PostgreSQL;
//   - anything else fails with ErrUnsupportedURL naming the scheme.
//
// The concrete type is *storesqlite.Store or *storepg.Store, for callers
// that need the driver handle (River: DB() or Pool()). A nil logger
// discards.
func Open(ctx context.Context, databaseURL, dataDir string, logger *slog.Logger) (store.Store, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if databaseURL == "" {
		if dataDir == "" {
			return nil, errors.New("open store: data directory is required for the SQLite store")
		}
		if err := os.MkdirAll(dataDir, 0o700); err != nil {
			return nil, fmt.Errorf("open store: create data directory: %w", err)
		}
		path := filepath.Join(dataDir, SQLiteFile)
		s, err := storesqlite.New(ctx, storesqlite.Config{Path: path, Logger: logger.With("component", "store")})
		if err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
		return s, nil
	}

	scheme, err := Scheme(databaseURL)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	switch scheme {
	case "postgres", "postgresql":
		s, err := storepg.New(ctx, storepg.Config{URL: databaseURL, Logger: logger.With("component", "store")})
		if err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
		return s, nil
	default:
		return nil, fmt.Errorf("open store: %w: scheme %q (want postgres:// or postgresql://, or no URL for SQLite in the data directory)",
			ErrUnsupportedURL, scheme)
	}
}

// Scheme returns the lower-cased scheme of a database URL, or an error
// wrapping ErrUnsupportedURL when it has none. The error never repeats the
// URL, which may hold a password. Config validation can call it to reject a
// bad URL before anything is opened.
func Scheme(databaseURL string) (string, error) {
	u, err := url.Parse(databaseURL)
	if err != nil || u.Scheme == "" {
		return "", fmt.Errorf("%w: not a URL with a scheme (want postgres://user@host:port/db)", ErrUnsupportedURL)
	}
	return strings.ToLower(u.Scheme), nil
}
