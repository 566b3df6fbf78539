package storepg_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storepg"
	"github.com/octollm/octollm/internal/store/storetest"
)

// newStore returns a store on a fresh database of its own (dropped when t
// ends), not migrated.
func newStore(t *testing.T) *storepg.Store {
	t.Helper()
	return openAt(t, storetest.NewPostgresDatabase(t))
}

func openAt(t *testing.T, url string) *storepg.Store {
	t.Helper()
	s, err := storepg.New(t.Context(), storepg.Config{URL: url, MaxConns: 8})
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

func migratedStore(t *testing.T) *storepg.Store {
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
		s, err := storepg.New(b.Context(), storepg.Config{URL: storetest.NewPostgresDatabase(b)})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { _ = s.Close() })
		return s
	})
}

func TestBackend(t *testing.T) {
	t.Parallel()
	if got := newStore(t).Backend(); got != "postgres" {
		t.Fatalf("Backend() = %q, want postgres", got)
	}
}

func TestConfigValidation(t *testing.T) {
	t.Parallel()
	for _, cfg := range []storepg.Config{
		{},
		{URL: "postgres://127.0.0.1:5432/x", MaxConns: -1},
		{URL: "postgres://127.0.0.1:notaport/x"},
	} {
		if _, err := storepg.New(t.Context(), cfg); err == nil {
			t.Errorf("New(%+v) succeeded, want an error", cfg)
		}
	}
}

func TestUnreachable(t *testing.T) {
	t.Parallel()
	// Port 1 on loopback: nothing listens, the connection is refused.
	_, err := storepg.New(t.Context(), storepg.Config{URL: "postgres://octollm:s3cret@127.0.0.1:1/octollm?connect_timeout=2"})
	if err == nil {
		t.Fatal("New against a closed port succeeded, want an error")
	}
	if msg := err.Error(); strings.Contains(msg, "s3cret") {
		t.Fatalf("error leaks the password: %s", msg)
	}
}

func TestPool(t *testing.T) {
	t.Parallel()
	s := newStore(t)
	var one int
	if err := s.Pool().QueryRow(t.Context(), "SELECT 1").Scan(&one); err != nil || one != 1 {
		t.Fatalf("query through Pool: %d, %v", one, err)
	}
	var tz, app string
	if err := s.Pool().QueryRow(t.Context(), "SELECT current_setting('TimeZone'), current_setting('application_name')").Scan(&tz, &app); err != nil {
		t.Fatal(err)
	}
	if tz != "UTC" || app != "octollm" {
		t.Errorf("session TimeZone=%q application_name=%q, want UTC and octollm", tz, app)
	}
}

// TestSchema checks migration 1 against spec §3.8 and migration 2 against
// the platform's needs: extensions, schemas, tables, indexes (with the
// original index names and methods).
func TestSchema(t *testing.T) {
	t.Parallel()
	s := migratedStore(t)
	ctx := t.Context()
	pool := s.Pool()

	exts := queryStrings(t, pool, `SELECT extname FROM pg_extension`)
	for _, e := range []string{"uuid-ossp", "pg_trgm", "btree_gin"} {
		if !slices.Contains(exts, e) {
			t.Errorf("extension %s missing (have %v)", e, exts)
		}
	}
	tables := queryStrings(t, pool, `SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'`)
	for _, tb := range []string{
		"memory.entities", "memory.relationships", "tasks.task_history", "provenance.action_log",
		"public.api_keys", "tasks.tasks", "tasks.task_steps", "public.arm_registry",
	} {
		if !slices.Contains(tables, tb) {
			t.Errorf("table %s missing (have %v)", tb, tables)
		}
	}
	indexes := queryStrings(t, pool, `SELECT schemaname || '.' || indexname || ' ' || indexdef FROM pg_indexes`)
	for _, want := range []struct{ name, def string }{
		{"memory.idx_entities_type", "btree (entity_type)"},
		{"memory.idx_entities_name", "gin (name gin_trgm_ops)"},
		{"memory.idx_relationships_source", "btree (source_id)"},
		{"memory.idx_relationships_target", "btree (target_id)"},
		{"tasks.idx_task_history_user", "btree (user_id)"},
		{"tasks.idx_task_history_status", "btree (status)"},
		{"tasks.idx_task_history_created", "btree (created_at DESC)"},
		{"provenance.idx_action_log_task", "btree (task_id)"},
		{"provenance.idx_action_log_arm", "btree (arm_id)"},
		{"provenance.idx_action_log_timestamp", `btree ("timestamp" DESC)`},
		{"tasks.tasks_status_idx", "btree (status)"},
		{"tasks.tasks_created_at_idx", "btree (created_at DESC)"},
		{"public.api_keys_hash_key", "btree (hash)"},
	} {
		found := false
		for _, ix := range indexes {
			if strings.HasPrefix(ix, want.name+" ") && strings.Contains(ix, want.def) {
				found = true
			}
		}
		if !found {
			t.Errorf("index %s using %s missing", want.name, want.def)
		}
	}

	// Defaults, cascades and the absent action_log foreign key.
	var a, b string
	if err := pool.QueryRow(ctx, `INSERT INTO memory.entities (entity_type, name) VALUES ('tool', 'nmap') RETURNING entity_id::text`).Scan(&a); err != nil {
		t.Fatal(err)
	}
	if err := pool.QueryRow(ctx, `INSERT INTO memory.entities (entity_type, name) VALUES ('tool', 'masscan') RETURNING entity_id::text`).Scan(&b); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `INSERT INTO memory.relationships (source_id, target_id, relationship_type) VALUES ($1, $2, 'uses')`, a, b); err != nil {
		t.Fatal(err)
	}
	// The trigram index answers fuzzy matches.
	var name string
	if err := pool.QueryRow(ctx, `SELECT name FROM memory.entities WHERE name % 'nmapp'`).Scan(&name); err != nil || name != "nmap" {
		t.Errorf("trigram match: %q, %v", name, err)
	}
	if _, err := pool.Exec(ctx, `DELETE FROM memory.entities WHERE entity_id = $1`, a); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM memory.relationships`).Scan(&n); err != nil || n != 0 {
		t.Errorf("relationships after deleting the source entity: %d, %v", n, err)
	}
	if _, err := pool.Exec(ctx, `INSERT INTO provenance.action_log (task_id, arm_id, action_type) VALUES (uuid_generate_v4(), 'executor', 'run')`); err != nil {
		t.Errorf("action for a task without history: %v", err)
	}
	var taskID string
	if err := pool.QueryRow(ctx, `INSERT INTO tasks.tasks (goal) VALUES ('scan') RETURNING id::text`).Scan(&taskID); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `INSERT INTO tasks.task_steps (task_id, step_id, step_number, arm) VALUES ($1, 's1', 1, 'executor')`, taskID); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `DELETE FROM tasks.tasks WHERE id = $1`, taskID); err != nil {
		t.Fatal(err)
	}
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM tasks.task_steps`).Scan(&n); err != nil || n != 0 {
		t.Errorf("steps after deleting their task: %d, %v", n, err)
	}
	if _, err := pool.Exec(ctx, `INSERT INTO public.arm_registry (arm_id, endpoint, cost_tier) VALUES ('a', 'e', 6)`); err == nil {
		t.Error("cost_tier 6 accepted, want a check violation")
	}
}

// TestAdoptsOriginalSchema: a database provisioned by the original init
// script (tables and indexes already there) migrates without error.
func TestAdoptsOriginalSchema(t *testing.T) {
	t.Parallel()
	s := newStore(t)
	ctx := t.Context()
	if _, err := s.Pool().Exec(ctx, `
		CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
		CREATE EXTENSION IF NOT EXISTS pg_trgm;
		CREATE SCHEMA memory;
		CREATE TABLE memory.entities (
			entity_id UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
			entity_type VARCHAR(50) NOT NULL, name VARCHAR(255) NOT NULL, description TEXT, metadata JSONB,
			created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(), updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW());
		CREATE INDEX idx_entities_type ON memory.entities(entity_type);
		CREATE INDEX idx_entities_name ON memory.entities USING gin(name gin_trgm_ops);
		INSERT INTO memory.entities (entity_type, name) VALUES ('tool', 'kept');
	`); err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("Migrate over the original schema: %v", err)
	}
	var name string
	if err := s.Pool().QueryRow(ctx, `SELECT name FROM memory.entities`).Scan(&name); err != nil || name != "kept" {
		t.Fatalf("existing data after Migrate: %q, %v", name, err)
	}
}

// TestPersistsAcrossReopen is the "data survives a restart" property, and
// two stores on one database (two replicas) migrating together.
func TestPersistsAcrossReopen(t *testing.T) {
	t.Parallel()
	url := storetest.NewPostgresDatabase(t)
	ctx := t.Context()
	s1, err := storepg.New(ctx, storepg.Config{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	s2 := openAt(t, url)
	errs := make(chan error, 2)
	go func() { errs <- s1.Migrate(ctx) }()
	go func() { errs <- s2.Migrate(ctx) }()
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatalf("concurrent Migrate from two stores: %v", err)
		}
	}
	if err := s1.CreateAPIKey(ctx, store.APIKey{ID: "k1", Name: "n", Prefix: "p", Hash: "h1", Scopes: []string{"admin"}}); err != nil {
		t.Fatal(err)
	}
	if err := s1.Close(); err != nil {
		t.Fatal(err)
	}
	s3 := openAt(t, url)
	k, err := s3.APIKeyByHash(ctx, "h1")
	if err != nil {
		t.Fatalf("APIKeyByHash after reopen: %v", err)
	}
	if k.ID != "k1" || !slices.Equal(k.Scopes, []string{"admin"}) {
		t.Fatalf("after reopen got %+v", k)
	}
	var applied int
	if err := s3.Pool().QueryRow(ctx, `SELECT count(*) FROM goose_db_version WHERE version_id > 0`).Scan(&applied); err != nil {
		t.Fatal(err)
	}
	known, err := s3.MigrationStatus(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if applied != len(known) {
		t.Fatalf("goose_db_version holds %d applied versions, want %d (no migration applied twice)", applied, len(known))
	}
}

func queryStrings(t *testing.T, pool *pgxpool.Pool, sql string) []string {
	t.Helper()
	rows, err := pool.Query(t.Context(), sql)
	if err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return out
}
