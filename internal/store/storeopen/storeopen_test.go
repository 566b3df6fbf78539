package storeopen_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/octollm/octollm/internal/store/storeopen"
	"github.com/octollm/octollm/internal/store/storepg"
	"github.com/octollm/octollm/internal/store/storesqlite"
	"github.com/octollm/octollm/internal/store/storetest"
)

func TestOpenSQLite(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "nested", "data")
	s, err := storeopen.Open(t.Context(), "", dir, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if _, ok := s.(*storesqlite.Store); !ok || s.Backend() != "sqlite" {
		t.Fatalf("Open(\"\") = %T (%s), want *storesqlite.Store", s, s.Backend())
	}
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, storeopen.SQLiteFile)); err != nil {
		t.Fatalf("database file: %v", err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o700 {
		t.Errorf("data directory mode = %o, want 700", perm)
	}
}

func TestOpenSQLiteNeedsDataDir(t *testing.T) {
	t.Parallel()
	if _, err := storeopen.Open(t.Context(), "", "", nil); err == nil {
		t.Fatal("Open with neither URL nor data directory succeeded")
	}
}

func TestOpenPostgres(t *testing.T) {
	t.Parallel()
	u := storetest.NewPostgresDatabase(t)
	for _, url := range []string{u, "postgresql" + strings.TrimPrefix(u, "postgres")} {
		s, err := storeopen.Open(t.Context(), url, t.TempDir(), nil)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		if _, ok := s.(*storepg.Store); !ok || s.Backend() != "postgres" {
			t.Errorf("Open(postgres URL) = %T, want *storepg.Store", s)
		}
		if err := s.Ping(t.Context()); err != nil {
			t.Errorf("Ping: %v", err)
		}
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	}
}

func TestOpenRejectsOtherSchemes(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ url, scheme string }{
		{"mysql://root:hunter2@127.0.0.1/db", `"mysql"`},
		{"redis://127.0.0.1:6379", `"redis"`},
		{"SQLITE:///tmp/x.db", `"sqlite"`},
		{"host=127.0.0.1 password=hunter2 dbname=x", "scheme"},
		{"/var/lib/octollm.db", "scheme"},
	} {
		_, err := storeopen.Open(t.Context(), c.url, t.TempDir(), nil)
		if !errors.Is(err, storeopen.ErrUnsupportedURL) {
			t.Errorf("Open(%q) = %v, want ErrUnsupportedURL", c.url, err)
			continue
		}
		if !strings.Contains(err.Error(), c.scheme) {
			t.Errorf("Open(%q) error %q does not name %s", c.url, err, c.scheme)
		}
		if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("Open(%q) error leaks the password: %v", c.url, err)
		}
	}
}
