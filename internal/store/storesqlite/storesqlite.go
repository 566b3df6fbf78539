// Package storesqlite implements store.Store on an SQLite file with the
// pure-Go modernc.org/sqlite driver: the embedded default, no server needed.
// Its embedded goose migrations mirror storepg's, version for version, with
// schema-qualified names flattened (memory.entities → memory_entities).
//
// SQLite allows one writer at a time. Rather than let concurrent writers
// collide and retry on SQLITE_BUSY, every write goes through a pool of
// exactly one connection (DB), which database/sql queues fairly; reads use a
// separate read-only pool, which WAL mode lets run beside the writer.
// Transactions on the writer begin IMMEDIATE, and busy_timeout covers other
// processes (an `octollm migrate` next to a running server).
package storesqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storemigrate"
)

// BackendName is what Backend reports.
const BackendName = "sqlite"

//go:embed migrations/*.sql
var migrationsFS embed.FS

// Config configures a Store.
type Config struct {
	// Path is the database file; it is created when missing (its directory
	// must exist). In-memory databases are refused: the read and write pools
	// would each see a different one.
	Path string
	// BusyTimeout is how long a statement waits for a lock held by another
	// process before failing with SQLITE_BUSY. Default 10s.
	BusyTimeout time.Duration
	// MaxReadConns caps the read pool. Default: the larger of 4 and the CPU
	// count.
	MaxReadConns int
	// Logger receives migration progress. Nil discards.
	Logger *slog.Logger
}

func (c *Config) fillDefaults() {
	if c.BusyTimeout == 0 {
		c.BusyTimeout = 10 * time.Second
	}
	if c.MaxReadConns == 0 {
		c.MaxReadConns = max(4, runtime.NumCPU())
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

func (c *Config) validate() error {
	switch {
	case c.Path == "":
		return errors.New("storesqlite: Path is required")
	case c.Path == ":memory:" || strings.HasPrefix(c.Path, "file:") || strings.ContainsAny(c.Path, "?#"):
		return fmt.Errorf("storesqlite: Path must be a plain file name, got %q", c.Path)
	case c.BusyTimeout < 0:
		return fmt.Errorf("storesqlite: BusyTimeout must not be negative, got %s", c.BusyTimeout)
	case c.MaxReadConns < 0:
		return fmt.Errorf("storesqlite: MaxReadConns must not be negative, got %d", c.MaxReadConns)
	}
	return nil
}

// Store is an SQLite-backed store.Store. It is safe for concurrent use.
type Store struct {
	writer *sql.DB // exactly one connection: every write and every migration
	reader *sql.DB // read-only connections (PRAGMA query_only)
	logger *slog.Logger

	migrateMu sync.Mutex
	closeOnce sync.Once
}

var _ store.Store = (*Store)(nil)

// New opens (creating if needed) the database file, switches it to WAL and
// checks that it can be read. It does not migrate: call Migrate.
func New(ctx context.Context, cfg Config) (*Store, error) {
	cfg.fillDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	busy := strconv.FormatInt(cfg.BusyTimeout.Milliseconds(), 10)
	common := url.Values{}
	common.Set("_busy_timeout", busy)
	common.Set("_foreign_keys", "1")

	w := url.Values{}
	for k, v := range common {
		w[k] = v
	}
	w.Set("_journal_mode", "WAL")
	// Every transaction on the writer takes the write lock up front, so a
	// transaction that reads before writing cannot fail to upgrade its lock.
	w.Set("_txlock", "immediate")
	writer, err := sql.Open("sqlite", cfg.Path+"?"+w.Encode())
	if err != nil {
		return nil, fmt.Errorf("storesqlite: open %s: %w", cfg.Path, err)
	}
	writer.SetMaxOpenConns(1)
	writer.SetMaxIdleConns(1)
	writer.SetConnMaxLifetime(0)
	writer.SetConnMaxIdleTime(0)
	// Open the writer first: it creates the file and switches it to WAL
	// before any reader looks at it.
	if err := writer.PingContext(ctx); err != nil {
		_ = writer.Close()
		return nil, fmt.Errorf("storesqlite: open %s: %w", cfg.Path, err)
	}

	r := url.Values{}
	for k, v := range common {
		r[k] = v
	}
	r.Set("_query_only", "1")
	reader, err := sql.Open("sqlite", cfg.Path+"?"+r.Encode())
	if err != nil {
		_ = writer.Close()
		return nil, fmt.Errorf("storesqlite: open %s for reading: %w", cfg.Path, err)
	}
	reader.SetMaxOpenConns(cfg.MaxReadConns)
	reader.SetMaxIdleConns(cfg.MaxReadConns)

	s := &Store{writer: writer, reader: reader, logger: cfg.Logger}
	if err := s.Ping(ctx); err != nil {
		_ = s.Close()
		return nil, err
	}
	return s, nil
}

// DB returns the single-connection write pool (for River's riversqlite
// driver, which needs exactly this, and for packages that add their own
// writes). It must not be closed by the caller: Close does that. Holding its
// connection (an open transaction) blocks every other write of the store.
func (s *Store) DB() *sql.DB { return s.writer }

// ReadDB returns the read-only pool, for queries that must not wait behind
// writes. It must not be closed by the caller.
func (s *Store) ReadDB() *sql.DB { return s.reader }

// Backend reports "sqlite".
func (s *Store) Backend() string { return BackendName }

// Ping checks that the database file can be read. It uses the read pool so
// that it answers even while a long write transaction holds the writer.
func (s *Store) Ping(ctx context.Context) error {
	var n int
	// Reading sqlite_schema touches the file, unlike a bare SELECT 1.
	if err := s.reader.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
		return fmt.Errorf("storesqlite: ping: %w", err)
	}
	return nil
}

// Close closes both pools. Calling it more than once is harmless.
func (s *Store) Close() error {
	var err error
	s.closeOnce.Do(func() {
		err = errors.Join(s.reader.Close(), s.writer.Close())
	})
	return err
}

// provider builds a goose provider on the writer. A fresh one per call,
// because a provider remembers having ensured its version table even when
// that first attempt failed.
func (s *Store) provider() (*goose.Provider, error) {
	fsys, err := fs.Sub(migrationsFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("storesqlite: migrations: %w", err)
	}
	// No goose locker: the single writer connection already serialises
	// migrations in this process, and BEGIN IMMEDIATE across processes.
	p, err := goose.NewProvider(goose.DialectSQLite3, s.writer, fsys,
		goose.WithDisableGlobalRegistry(true),
		goose.WithSlog(s.logger),
	)
	if err != nil {
		return nil, fmt.Errorf("storesqlite: migrations: %w", err)
	}
	return p, nil
}

// Migrate applies every pending migration.
func (s *Store) Migrate(ctx context.Context) error {
	s.migrateMu.Lock()
	defer s.migrateMu.Unlock()
	p, err := s.provider()
	if err != nil {
		return err
	}
	return storemigrate.Up(ctx, p, s.logger, BackendName)
}

// MigrationStatus lists every migration this build knows, oldest first.
func (s *Store) MigrationStatus(ctx context.Context) ([]store.Migration, error) {
	s.migrateMu.Lock()
	defer s.migrateMu.Unlock()
	p, err := s.provider()
	if err != nil {
		return nil, err
	}
	return storemigrate.Status(ctx, p, BackendName)
}
