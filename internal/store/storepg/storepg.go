// Package storepg implements store.Store on PostgreSQL with pgx (pgxpool).
// Its schema lives in embedded goose migrations (migrations/*.sql) that
// create the original OctoLLM infrastructure schemas (memory, tasks,
// provenance) and the platform tables; storesqlite carries the same set
// expressed for SQLite.
package storepg

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storemigrate"
)

// BackendName is what Backend reports.
const BackendName = "postgres"

//go:embed migrations/*.sql
var migrationsFS embed.FS

// Config configures a Store.
type Config struct {
	// URL is the connection string: postgres://user:pass@host:port/db?...
	// (or postgresql://, or a libpq key=value string). Required.
	URL string
	// MaxConns caps the connection pool. Zero keeps the URL's pool_max_conns
	// or, without one, pgxpool's default (the larger of 4 and the CPU count).
	MaxConns int32
	// Logger receives migration progress. Nil discards.
	Logger *slog.Logger
}

func (c *Config) fillDefaults() {
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

func (c *Config) validate() error {
	if c.URL == "" {
		return errors.New("storepg: URL is required")
	}
	if c.MaxConns < 0 {
		return fmt.Errorf("storepg: MaxConns must not be negative, got %d", c.MaxConns)
	}
	return nil
}

// Store is a PostgreSQL-backed store.Store. It is safe for concurrent use.
type Store struct {
	pool   *pgxpool.Pool
	db     *sql.DB // database/sql view of pool, for goose
	logger *slog.Logger

	// migrateMu serialises migrations within this process; the goose
	// session locker (an advisory lock) serialises them across processes.
	migrateMu sync.Mutex
	closeOnce sync.Once
}

var _ store.Store = (*Store)(nil)

// New connects to PostgreSQL and checks that it answers. It does not
// migrate: call Migrate.
func New(ctx context.Context, cfg Config) (*Store, error) {
	cfg.fillDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	// pgx redacts the password in its parse errors.
	pcfg, err := pgxpool.ParseConfig(cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("storepg: parse URL: %w", err)
	}
	if cfg.MaxConns > 0 {
		pcfg.MaxConns = cfg.MaxConns
	}
	rp := pcfg.ConnConfig.RuntimeParams
	if _, ok := rp["application_name"]; !ok {
		rp["application_name"] = "octollm"
	}
	// goose records applied_at in a column without time zone filled by
	// now(); a UTC session makes that value mean UTC whatever the server's
	// TimeZone is. timestamptz columns are unaffected.
	if _, ok := rp["timezone"]; !ok {
		rp["timezone"] = "UTC"
	}
	pool, err := pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return nil, fmt.Errorf("storepg: open pool: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("storepg: connect to %s:%d/%s: %w",
			pcfg.ConnConfig.Host, pcfg.ConnConfig.Port, pcfg.ConnConfig.Database, err)
	}
	return &Store{
		pool:   pool,
		db:     stdlib.OpenDBFromPool(pool),
		logger: cfg.Logger,
	}, nil
}

// Pool returns the underlying connection pool (for River's riverpgxv5
// driver and for packages that add their own queries). It must not be
// closed by the caller: Close does that.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Backend reports "postgres".
func (s *Store) Backend() string { return BackendName }

// Ping checks that PostgreSQL answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("storepg: ping: %w", err)
	}
	return nil
}

// Close closes the pool. Calling it more than once is harmless.
func (s *Store) Close() error {
	var err error
	s.closeOnce.Do(func() {
		err = s.db.Close()
		s.pool.Close()
	})
	return err
}

// provider builds a goose provider. A fresh one per call, because a
// provider remembers having ensured its version table even when that first
// attempt failed (for example while the database was down).
func (s *Store) provider() (*goose.Provider, error) {
	fsys, err := fs.Sub(migrationsFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("storepg: migrations: %w", err)
	}
	// An advisory lock held for the whole run keeps replicas that start
	// together from applying the same migration twice. Poll every second
	// for up to 10 minutes (the caller's context can cut that short).
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, 600))
	if err != nil {
		return nil, fmt.Errorf("storepg: migration lock: %w", err)
	}
	p, err := goose.NewProvider(goose.DialectPostgres, s.db, fsys,
		goose.WithSessionLocker(locker),
		goose.WithDisableGlobalRegistry(true),
		goose.WithSlog(s.logger),
	)
	if err != nil {
		return nil, fmt.Errorf("storepg: migrations: %w", err)
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
