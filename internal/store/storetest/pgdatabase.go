package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvDatabaseURL names the variable holding the PostgreSQL URL tests use.
// The database it names is only used to create and drop per-test databases.
const EnvDatabaseURL = "OCTOLLM_TEST_DATABASE_URL"

// DatabaseURL returns OCTOLLM_TEST_DATABASE_URL. When it is unset the test
// is skipped, unless CI=true, where PostgreSQL tests are mandatory and the
// test fails.
func DatabaseURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvDatabaseURL)
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required when CI=true (e.g. postgres://root@127.0.0.1:5432/test?sslmode=disable)", EnvDatabaseURL)
		}
		t.Skipf("%s not set: skipping PostgreSQL test", EnvDatabaseURL)
	}
	return u
}

// NewPostgresDatabase creates an empty database named octollm_test_<random>
// on the server of OCTOLLM_TEST_DATABASE_URL and returns a URL for it (the
// same URL with the database name replaced). The database is dropped when
// the test ends, after the test's own cleanups (register the store's Close
// after calling this). Each test owning its database lets tests run in
// parallel and repeatedly without sharing state. Skips or fails as
// DatabaseURL does when the variable is unset.
func NewPostgresDatabase(t testing.TB) string {
	t.Helper()
	base := DatabaseURL(t)
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		t.Fatalf("%s must be a postgres:// URL", EnvDatabaseURL)
	}
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatalf("random database name: %v", err)
	}
	name := "octollm_test_" + hex.EncodeToString(b[:])

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := adminExec(ctx, base, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		// The test's context is gone by now: use a fresh one. FORCE ends
		// connections a failed test may have leaked.
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := adminExec(ctx, base, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

func adminExec(ctx context.Context, connURL, sql string) error {
	conn, err := pgx.Connect(ctx, connURL)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", EnvDatabaseURL, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, sql); err != nil {
		return err
	}
	return nil
}
