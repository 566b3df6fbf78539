package storesqlite_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storesqlite"
	"github.com/octollm/octollm/internal/store/storetest"
)

func newStore(t *testing.T) *storesqlite.Store {
	t.Helper()
	return openAt(t, filepath.Join(t.TempDir(), "octollm.db"))
}

func openAt(t *testing.T, path string) *storesqlite.Store {
	t.Helper()
	s, err := storesqlite.New(t.Context(), storesqlite.Config{Path: path})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func migratedStore(t *testing.T) *storesqlite.Store {
	t.Helper()
	s := newStore(t)
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatalf("Migrate: %v", err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return newStore(t) })
}

func BenchmarkStore(b *testing.B) {
	storetest.Bench(b, func(b *testing.B) store.Store {
		s, err := storesqlite.New(b.Context(), storesqlite.Config{Path: filepath.Join(b.TempDir(), "octollm.db")})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { _ = s.Close() })
		return s
	})
}

func TestBackend(t *testing.T) {
	if got := newStore(t).Backend(); got != "sqlite" {
		t.Fatalf("Backend() = %q, want sqlite", got)
	}
}

func TestConfigValidation(t *testing.T) {
	for _, cfg := range []storesqlite.Config{
		{},
		{Path: ":memory:"},
		{Path: "file:x.db"},
		{Path: "x.db?mode=ro"},
		{Path: "x.db", BusyTimeout: -time.Second},
		{Path: "x.db", MaxReadConns: -1},
	} {
		if _, err := storesqlite.New(t.Context(), cfg); err == nil {
			t.Errorf("New(%+v) succeeded, want a validation error", cfg)
		}
	}
	if _, err := storesqlite.New(t.Context(), storesqlite.Config{Path: filepath.Join(t.TempDir(), "missing-dir", "x.db")}); err == nil {
		t.Error("New with a missing directory succeeded, want an error")
	}
}

func TestSchema(t *testing.T) {
	s := migratedStore(t)
	rows, err := s.ReadDB().QueryContext(t.Context(),
		`SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var typ, name string
		if err := rows.Scan(&typ, &name); err != nil {
			t.Fatal(err)
		}
		got = append(got, typ+" "+name)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"table memory_entities", "table memory_relationships", "table tasks_task_history",
		"table provenance_action_log", "table tasks_tasks", "table tasks_task_steps",
		"table api_keys", "table arm_registry", "table goose_db_version",
		"index idx_entities_type", "index idx_entities_name", "index idx_relationships_source",
		"index idx_relationships_target", "index idx_task_history_user", "index idx_task_history_status",
		"index idx_task_history_created", "index idx_action_log_task", "index idx_action_log_arm",
		"index idx_action_log_timestamp", "index tasks_status_idx", "index tasks_created_at_idx",
		"index api_keys_created_at_idx",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("schema lacks %s (have %v)", want, got)
		}
	}
}

func TestPragmas(t *testing.T) {
	s := migratedStore(t)
	ctx := t.Context()
	for _, c := range []struct {
		db   string
		sql  string
		want string
	}{
		{"writer", "PRAGMA journal_mode", "wal"},
		{"writer", "PRAGMA foreign_keys", "1"},
		{"writer", "PRAGMA busy_timeout", "10000"},
		{"reader", "PRAGMA foreign_keys", "1"},
		{"reader", "PRAGMA query_only", "1"},
		{"reader", "PRAGMA busy_timeout", "10000"},
	} {
		db := s.DB()
		if c.db == "reader" {
			db = s.ReadDB()
		}
		var got string
		if err := db.QueryRowContext(ctx, c.sql).Scan(&got); err != nil {
			t.Fatalf("%s %s: %v", c.db, c.sql, err)
		}
		if got != c.want {
			t.Errorf("%s %s = %q, want %q", c.db, c.sql, got, c.want)
		}
	}
	// The read pool really is read-only.
	if _, err := s.ReadDB().ExecContext(ctx, `INSERT INTO arm_registry (arm_id, endpoint) VALUES ('x', 'y')`); err == nil {
		t.Error("write through ReadDB succeeded, want an error")
	}
}

// TestConstraints checks that the SQLite schema refuses what PostgreSQL's
// types would refuse, so both backends hold the same data.
func TestConstraints(t *testing.T) {
	s := migratedStore(t)
	ctx := t.Context()
	db := s.DB()
	uuidRE := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	tsRE := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$`)

	// Defaults: random v4 UUIDs, fixed-width timestamps.
	var ids []string
	for range 20 {
		var id, created string
		err := db.QueryRowContext(ctx,
			`INSERT INTO memory_entities (entity_type, name, metadata) VALUES ('tool', 'nmap', '{"a":1}') RETURNING entity_id, created_at`).
			Scan(&id, &created)
		if err != nil {
			t.Fatalf("insert entity: %v", err)
		}
		if !uuidRE.MatchString(id) {
			t.Errorf("default entity_id %q is not a v4 UUID", id)
		}
		if !tsRE.MatchString(created) {
			t.Errorf("default created_at %q is not in the stored layout", created)
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if len(slices.Compact(ids)) != 20 {
		t.Error("default UUIDs repeat")
	}

	for _, c := range []struct{ name, sql string }{
		{"invalid JSON", `INSERT INTO memory_entities (entity_type, name, metadata) VALUES ('tool', 'x', '{nope')`},
		{"JSON as blob", `INSERT INTO memory_entities (entity_type, name, metadata) VALUES ('tool', 'x', X'7B7D')`},
		{"bad timestamp", `INSERT INTO memory_entities (entity_type, name, created_at) VALUES ('tool', 'x', '2025-01-01 00:00:00')`},
		{"bad uuid", `INSERT INTO memory_entities (entity_id, entity_type, name) VALUES ('123', 'tool', 'x')`},
		{"long entity_type", `INSERT INTO memory_entities (entity_type, name) VALUES ('` + strings.Repeat("t", 51) + `', 'x')`},
		{"missing name", `INSERT INTO memory_entities (entity_type) VALUES ('tool')`},
		{"dangling relationship", `INSERT INTO memory_relationships (source_id, target_id, relationship_type) VALUES ('00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000001', 'uses')`},
		{"scopes not an array", `INSERT INTO api_keys (id, name, prefix, hash, scopes) VALUES ('k', 'n', 'p', 'h', '{}')`},
		{"cost tier out of range", `INSERT INTO arm_registry (arm_id, endpoint, cost_tier) VALUES ('a', 'e', 6)`},
		{"step of unknown task", `INSERT INTO tasks_task_steps (task_id, step_id, step_number, arm) VALUES ('00000000-0000-4000-8000-000000000000', 's1', 1, 'coder')`},
		{"text in integer column", `INSERT INTO tasks_task_history (goal, duration_ms) VALUES ('g', 'slow')`},
	} {
		if _, err := db.ExecContext(ctx, c.sql); err == nil {
			t.Errorf("%s: insert succeeded, want a constraint error", c.name)
		}
	}

	// Cascades: deleting an entity deletes its relationships; deleting a
	// task deletes its steps.
	if _, err := db.ExecContext(ctx,
		`INSERT INTO memory_relationships (source_id, target_id, relationship_type) VALUES (?, ?, 'uses')`, ids[0], ids[1]); err != nil {
		t.Fatalf("insert relationship: %v", err)
	}
	if _, err := db.ExecContext(ctx, `DELETE FROM memory_entities WHERE entity_id = ?`, ids[0]); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM memory_relationships`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("relationship survived deleting its source entity")
	}
	var taskID string
	if err := db.QueryRowContext(ctx, `INSERT INTO tasks_tasks (goal) VALUES ('scan') RETURNING id`).Scan(&taskID); err != nil {
		t.Fatalf("insert task: %v", err)
	}
	if _, err := db.ExecContext(ctx,
		`INSERT INTO tasks_task_steps (task_id, step_id, step_number, arm, input) VALUES (?, 's1', 1, 'executor', '{"argv":["ls"]}')`, taskID); err != nil {
		t.Fatalf("insert step: %v", err)
	}
	if _, err := db.ExecContext(ctx, `DELETE FROM tasks_tasks WHERE id = ?`, taskID); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM tasks_task_steps`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("step survived deleting its task")
	}
	// The action log takes a task id with no history row (no foreign key).
	if _, err := db.ExecContext(ctx,
		`INSERT INTO provenance_action_log (task_id, arm_id, action_type) VALUES ('00000000-0000-4000-8000-000000000000', 'executor', 'run')`); err != nil {
		t.Errorf("action for a task without history: %v", err)
	}
}

// TestPersistsAcrossReopen is the "data survives a restart" property.
func TestPersistsAcrossReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "octollm.db")
	ctx := t.Context()
	s1, err := storesqlite.New(ctx, storesqlite.Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if err := s1.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s1.CreateAPIKey(ctx, store.APIKey{ID: "k1", Name: "n", Prefix: "p", Hash: "h1", Scopes: []string{"admin"}}); err != nil {
		t.Fatal(err)
	}
	if err := s1.Close(); err != nil {
		t.Fatal(err)
	}
	s2 := openAt(t, path)
	st, err := s2.MigrationStatus(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range st {
		if !m.Applied {
			t.Errorf("migration %d not applied after reopen", m.Version)
		}
	}
	k, err := s2.APIKeyByHash(ctx, "h1")
	if err != nil {
		t.Fatalf("APIKeyByHash after reopen: %v", err)
	}
	if k.ID != "k1" || !slices.Equal(k.Scopes, []string{"admin"}) {
		t.Fatalf("after reopen got %+v", k)
	}
}

// TestTwoProcessesWrite opens the same file twice (as `octollm migrate`
// beside a running server would) and writes through both at once: the busy
// timeout and immediate transactions must keep every write.
func TestTwoProcessesWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "octollm.db")
	a := openAt(t, path)
	if err := a.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	b := openAt(t, path)
	if err := b.Migrate(t.Context()); err != nil {
		t.Fatalf("second Migrate on the same file: %v", err)
	}
	ctx := t.Context()
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := range 100 {
		s := a
		if i%2 == 1 {
			s = b
		}
		wg.Go(func() {
			id := fmt.Sprintf("k%03d", i)
			errs <- s.CreateAPIKey(ctx, store.APIKey{ID: id, Name: id, Prefix: id, Hash: "h" + id})
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	list, err := b.ListAPIKeys(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 100 {
		t.Fatalf("stored %d keys, want 100", len(list))
	}
}

// TestReadsDoNotWaitForWriter: a long write transaction on DB (as River
// holds) must not stall Ping or reads.
func TestReadsDoNotWaitForWriter(t *testing.T) {
	s := migratedStore(t)
	ctx := t.Context()
	if err := s.CreateAPIKey(ctx, store.APIKey{ID: "k1", Name: "n", Prefix: "p", Hash: "h1"}); err != nil {
		t.Fatal(err)
	}
	tx, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, `INSERT INTO arm_registry (arm_id, endpoint) VALUES ('coder', 'http://127.0.0.1:8005')`); err != nil {
		t.Fatal(err)
	}
	// The writer is held until the test ends: a read that waited for it
	// would fail on any deadline; this one leaves a loaded machine room.
	rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := s.Ping(rctx); err != nil {
		t.Fatalf("Ping during a write transaction: %v", err)
	}
	if _, err := s.APIKeyByHash(rctx, "h1"); err != nil {
		t.Fatalf("read during a write transaction: %v", err)
	}
	// A second write waits for the writer connection, then fails on its
	// deadline rather than with SQLITE_BUSY.
	wctx, wcancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer wcancel()
	err = s.CreateAPIKey(wctx, store.APIKey{ID: "k2", Name: "n", Prefix: "p", Hash: "h2"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("write while the writer is held = %v, want context.DeadlineExceeded", err)
	}
}
