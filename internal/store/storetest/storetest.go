// Package storetest is the conformance suite every store.Store
// implementation passes (Run), plus helpers that give tests an isolated
// PostgreSQL database (NewPostgresDatabase). Both backends run the same
// suite, so behaviour the rest of OctoLLM relies on is defined here once.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/store"
)

// wantMigrations is the migration set every backend carries, in order.
// Both backends report the same versions and names, so `octollm migrate
// status` reads the same on either; a migration added to one backend only
// fails the suite.
var wantMigrations = []struct {
	version int64
	name    string
}{
	{1, "infrastructure_schemas"},
	{2, "platform_tables"},
	{3, "task_leases"},
	{4, "memory_collections"},
}

// Run runs the conformance suite. newStore must return a fresh, empty,
// NOT yet migrated store owned by t (its own file or database) and arrange
// for it to be closed when t ends; Run calls it once per subtest and runs
// the subtests in parallel.
func Run(t *testing.T, newStore func(t *testing.T) store.Store) {
	t.Helper()

	// migrated returns a fresh store with every migration applied.
	migrated := func(t *testing.T) store.Store {
		t.Helper()
		s := newStore(t)
		if err := s.Migrate(t.Context()); err != nil {
			t.Fatalf("Migrate: %v", err)
		}
		return s
	}

	tests := []struct {
		name string
		fn   func(t *testing.T, newStore, migrated func(t *testing.T) store.Store)
	}{
		{"Ping", testPing},
		{"Backend", testBackend},
		{"CloseIsIdempotentAndFinal", testClose},
		{"StatusBeforeMigrate", testStatusBeforeMigrate},
		{"MigrateIdempotent", testMigrateIdempotent},
		{"MigrateConcurrent", testMigrateConcurrent},
		{"APIKeyCreateAndGetByHash", testAPIKeyRoundTrip},
		{"APIKeyCreatedAtDefaultsToNow", testAPIKeyCreatedAtDefault},
		{"APIKeyScopesRoundTrip", testAPIKeyScopes},
		{"APIKeyConflict", testAPIKeyConflict},
		{"APIKeyValidation", testAPIKeyValidation},
		{"APIKeyByHashNotFound", testAPIKeyByHashNotFound},
		{"APIKeyListOrder", testAPIKeyListOrder},
		{"APIKeyRevoke", testAPIKeyRevoke},
		{"APIKeyCreatedRevoked", testAPIKeyCreatedRevoked},
		{"APIKeyConcurrentCreate", testAPIKeyConcurrentCreate},
		{"APIKeyConcurrentDuplicate", testAPIKeyConcurrentDuplicate},
		{"APIKeyConcurrentRevoke", testAPIKeyConcurrentRevoke},
		{"CanceledContext", testCanceledContext},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.fn(t, newStore, migrated)
		})
	}
}

func testPing(t *testing.T, newStore, _ func(*testing.T) store.Store) {
	s := newStore(t)
	if err := s.Ping(t.Context()); err != nil {
		t.Fatalf("Ping: %v", err)
	}
}

func testBackend(t *testing.T, newStore, _ func(*testing.T) store.Store) {
	s := newStore(t)
	if b := s.Backend(); b != "sqlite" && b != "postgres" {
		t.Fatalf("Backend() = %q, want sqlite or postgres", b)
	}
}

func testClose(t *testing.T, newStore, _ func(*testing.T) store.Store) {
	s := newStore(t)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if err := s.Ping(t.Context()); err == nil {
		t.Fatal("Ping after Close succeeded, want an error")
	}
}

func testStatusBeforeMigrate(t *testing.T, newStore, _ func(*testing.T) store.Store) {
	s := newStore(t)
	st, err := s.MigrationStatus(t.Context())
	if err != nil {
		t.Fatalf("MigrationStatus: %v", err)
	}
	checkVersions(t, st)
	for _, m := range st {
		if m.Applied || !m.AppliedAt.IsZero() {
			t.Errorf("migration %d before Migrate: Applied=%v AppliedAt=%v, want pending with zero time", m.Version, m.Applied, m.AppliedAt)
		}
	}
}

func testMigrateIdempotent(t *testing.T, newStore, _ func(*testing.T) store.Store) {
	s := newStore(t)
	ctx := t.Context()
	// goose records applied_at with second precision on SQLite: widen the
	// window accordingly.
	before := time.Now().Add(-2 * time.Second)
	for i := range 2 {
		if err := s.Migrate(ctx); err != nil {
			t.Fatalf("Migrate #%d: %v", i+1, err)
		}
	}
	after := time.Now().Add(2 * time.Second)
	st, err := s.MigrationStatus(ctx)
	if err != nil {
		t.Fatalf("MigrationStatus: %v", err)
	}
	checkVersions(t, st)
	for _, m := range st {
		if !m.Applied {
			t.Errorf("migration %d %s not applied after Migrate", m.Version, m.Name)
		}
		if m.AppliedAt.Before(before) || m.AppliedAt.After(after) {
			t.Errorf("migration %d AppliedAt = %v, want within [%v, %v]", m.Version, m.AppliedAt, before, after)
		}
	}
	// The store works after migrating twice.
	if err := s.CreateAPIKey(ctx, newKey("k1", "h1")); err != nil {
		t.Fatalf("CreateAPIKey after migrating twice: %v", err)
	}
}

func testMigrateConcurrent(t *testing.T, newStore, _ func(*testing.T) store.Store) {
	s := newStore(t)
	ctx := t.Context()
	const n = 4
	errs := make(chan error, n)
	for range n {
		go func() { errs <- s.Migrate(ctx) }()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Errorf("concurrent Migrate: %v", err)
		}
	}
	st, err := s.MigrationStatus(ctx)
	if err != nil {
		t.Fatalf("MigrationStatus: %v", err)
	}
	for _, m := range st {
		if !m.Applied {
			t.Errorf("migration %d not applied", m.Version)
		}
	}
}

func testAPIKeyRoundTrip(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx := t.Context()
	// Nanoseconds and a non-UTC zone on purpose: stores keep microseconds
	// and return UTC.
	created := time.Date(2025, 3, 4, 5, 6, 7, 123456789, time.FixedZone("X", 3*3600))
	want := store.APIKey{
		ID:        "key_01",
		Name:      "ci runner",
		Prefix:    "octollm_live_ab",
		Hash:      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		Scopes:    []string{"task:submit", "task:read"},
		CreatedAt: created,
	}
	if err := s.CreateAPIKey(ctx, want); err != nil {
		t.Fatalf("CreateAPIKey: %v", err)
	}
	got, err := s.APIKeyByHash(ctx, want.Hash)
	if err != nil {
		t.Fatalf("APIKeyByHash: %v", err)
	}
	want.CreatedAt = created.UTC().Truncate(time.Microsecond)
	checkKey(t, got, want)
	if got.CreatedAt.Location() != time.UTC {
		t.Errorf("CreatedAt location = %v, want UTC", got.CreatedAt.Location())
	}
}

func testAPIKeyCreatedAtDefault(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx := t.Context()
	before := time.Now().Truncate(time.Microsecond)
	if err := s.CreateAPIKey(ctx, store.APIKey{ID: "k", Name: "n", Prefix: "p", Hash: "h"}); err != nil {
		t.Fatalf("CreateAPIKey: %v", err)
	}
	after := time.Now()
	got, err := s.APIKeyByHash(ctx, "h")
	if err != nil {
		t.Fatalf("APIKeyByHash: %v", err)
	}
	if got.CreatedAt.Before(before) || got.CreatedAt.After(after) {
		t.Errorf("CreatedAt = %v, want within [%v, %v]", got.CreatedAt, before, after)
	}
}

func testAPIKeyScopes(t *testing.T, _, migrated func(*testing.T) store.Store) {
	cases := []struct {
		name   string
		scopes []string
		want   []string
	}{
		{"nil", nil, []string{}},
		{"empty", []string{}, []string{}},
		{"one", []string{"admin"}, []string{"admin"}},
		{"order kept", []string{"task:read", "arm:list", "task:submit", "memory:write"},
			[]string{"task:read", "arm:list", "task:submit", "memory:write"}},
		{"awkward text", []string{`quote"d`, "comma,separated", "{brace}", "ünïcode", " spaced ", `back\slash`},
			[]string{`quote"d`, "comma,separated", "{brace}", "ünïcode", " spaced ", `back\slash`}},
	}
	s := migrated(t)
	ctx := t.Context()
	for i, c := range cases {
		k := newKey(fmt.Sprintf("k%d", i), fmt.Sprintf("h%d", i))
		k.Scopes = c.scopes
		if err := s.CreateAPIKey(ctx, k); err != nil {
			t.Fatalf("%s: CreateAPIKey: %v", c.name, err)
		}
		got, err := s.APIKeyByHash(ctx, k.Hash)
		if err != nil {
			t.Fatalf("%s: APIKeyByHash: %v", c.name, err)
		}
		if got.Scopes == nil || !slices.Equal(got.Scopes, c.want) {
			t.Errorf("%s: Scopes = %#v, want %#v", c.name, got.Scopes, c.want)
		}
	}
	list, err := s.ListAPIKeys(ctx)
	if err != nil {
		t.Fatalf("ListAPIKeys: %v", err)
	}
	for _, k := range list {
		if k.Scopes == nil {
			t.Errorf("ListAPIKeys: key %s has nil Scopes, want a non-nil slice", k.ID)
		}
	}
}

func testAPIKeyConflict(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx := t.Context()
	orig := newKey("k1", "h1")
	orig.Name = "original"
	if err := s.CreateAPIKey(ctx, orig); err != nil {
		t.Fatalf("CreateAPIKey: %v", err)
	}
	for _, c := range []struct{ name, id, hash string }{
		{"same id", "k1", "h2"},
		{"same hash", "k2", "h1"},
		{"both", "k1", "h1"},
	} {
		dup := newKey(c.id, c.hash)
		dup.Name = "duplicate"
		err := s.CreateAPIKey(ctx, dup)
		if !errors.Is(err, store.ErrConflict) {
			t.Errorf("%s: CreateAPIKey = %v, want ErrConflict", c.name, err)
		}
	}
	list, err := s.ListAPIKeys(ctx)
	if err != nil {
		t.Fatalf("ListAPIKeys: %v", err)
	}
	if len(list) != 1 || list[0].Name != "original" {
		t.Fatalf("after conflicts ListAPIKeys = %+v, want only the original key", list)
	}
	// Revoking the original frees nothing: its id and hash stay taken.
	if err := s.RevokeAPIKey(ctx, "k1", time.Now()); err != nil {
		t.Fatalf("RevokeAPIKey: %v", err)
	}
	if err := s.CreateAPIKey(ctx, newKey("k3", "h1")); !errors.Is(err, store.ErrConflict) {
		t.Errorf("reusing a revoked key's hash: %v, want ErrConflict", err)
	}
}

func testAPIKeyValidation(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx := t.Context()
	for _, k := range []store.APIKey{
		{Name: "no id", Hash: "h"},
		{ID: "no-hash", Name: "no hash"},
	} {
		err := s.CreateAPIKey(ctx, k)
		if err == nil {
			t.Errorf("CreateAPIKey(%+v) succeeded, want an error", k)
		}
		if errors.Is(err, store.ErrConflict) || errors.Is(err, store.ErrNotFound) {
			t.Errorf("CreateAPIKey(%+v) = %v, want a validation error", k, err)
		}
	}
	list, err := s.ListAPIKeys(ctx)
	if err != nil {
		t.Fatalf("ListAPIKeys: %v", err)
	}
	if len(list) != 0 {
		t.Fatalf("invalid keys were stored: %+v", list)
	}
}

func testAPIKeyByHashNotFound(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx := t.Context()
	if _, err := s.APIKeyByHash(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("APIKeyByHash on empty store = %v, want ErrNotFound", err)
	}
	if err := s.CreateAPIKey(ctx, newKey("k1", "h1")); err != nil {
		t.Fatalf("CreateAPIKey: %v", err)
	}
	for _, h := range []string{"", "h", "h1 ", "H1", "nope"} {
		if _, err := s.APIKeyByHash(ctx, h); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("APIKeyByHash(%q) = %v, want ErrNotFound", h, err)
		}
	}
}

func testAPIKeyListOrder(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx := t.Context()
	list, err := s.ListAPIKeys(ctx)
	if err != nil {
		t.Fatalf("ListAPIKeys on empty store: %v", err)
	}
	if len(list) != 0 {
		t.Fatalf("ListAPIKeys on empty store = %+v, want none", list)
	}

	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	// Inserted out of order; c and b share a timestamp (tie broken by id);
	// a and d differ by one microsecond; e is revoked but still listed.
	for _, k := range []struct {
		id      string
		at      time.Time
		revoked bool
	}{
		{"d", base.Add(time.Hour + time.Microsecond), false},
		{"c", base.Add(time.Minute), false},
		{"e", base.Add(48 * time.Hour), true},
		{"a", base.Add(time.Hour), false},
		{"b", base.Add(time.Minute), false},
		{"z", base.Add(-time.Hour), false},
	} {
		key := newKey(k.id, "hash-"+k.id)
		key.CreatedAt = k.at
		if err := s.CreateAPIKey(ctx, key); err != nil {
			t.Fatalf("CreateAPIKey %s: %v", k.id, err)
		}
		if k.revoked {
			if err := s.RevokeAPIKey(ctx, k.id, base.Add(72*time.Hour)); err != nil {
				t.Fatalf("RevokeAPIKey %s: %v", k.id, err)
			}
		}
	}
	list, err = s.ListAPIKeys(ctx)
	if err != nil {
		t.Fatalf("ListAPIKeys: %v", err)
	}
	var ids []string
	for _, k := range list {
		ids = append(ids, k.ID)
	}
	if want := []string{"z", "b", "c", "a", "d", "e"}; !slices.Equal(ids, want) {
		t.Fatalf("ListAPIKeys order = %v, want %v", ids, want)
	}
	if list[5].RevokedAt == nil || !list[5].RevokedAt.Equal(base.Add(72*time.Hour)) {
		t.Errorf("revoked key RevokedAt = %v, want %v", list[5].RevokedAt, base.Add(72*time.Hour))
	}
	for _, k := range list[:5] {
		if k.RevokedAt != nil {
			t.Errorf("key %s RevokedAt = %v, want nil", k.ID, k.RevokedAt)
		}
	}
}

func testAPIKeyRevoke(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx := t.Context()
	for _, id := range []string{"k1", "k2"} {
		if err := s.CreateAPIKey(ctx, newKey(id, "hash-"+id)); err != nil {
			t.Fatalf("CreateAPIKey %s: %v", id, err)
		}
	}
	at := time.Date(2025, 6, 1, 12, 0, 0, 987654321, time.UTC)
	if err := s.RevokeAPIKey(ctx, "k1", at); err != nil {
		t.Fatalf("RevokeAPIKey: %v", err)
	}
	if _, err := s.APIKeyByHash(ctx, "hash-k1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("APIKeyByHash of revoked key = %v, want ErrNotFound", err)
	}
	if _, err := s.APIKeyByHash(ctx, "hash-k2"); err != nil {
		t.Errorf("APIKeyByHash of the other key: %v", err)
	}
	if err := s.RevokeAPIKey(ctx, "k1", at.Add(time.Hour)); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("revoking twice = %v, want ErrNotFound", err)
	}
	if err := s.RevokeAPIKey(ctx, "unknown", at); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("revoking an unknown key = %v, want ErrNotFound", err)
	}
	list, err := s.ListAPIKeys(ctx)
	if err != nil {
		t.Fatalf("ListAPIKeys: %v", err)
	}
	byID := map[string]store.APIKey{}
	for _, k := range list {
		byID[k.ID] = k
	}
	// The second revoke must not have moved the first revocation time.
	if r := byID["k1"].RevokedAt; r == nil || !r.Equal(at.Truncate(time.Microsecond)) {
		t.Errorf("k1 RevokedAt = %v, want %v", r, at.Truncate(time.Microsecond))
	}
	if r := byID["k2"].RevokedAt; r != nil {
		t.Errorf("k2 RevokedAt = %v, want nil", r)
	}
}

func testAPIKeyCreatedRevoked(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx := t.Context()
	at := time.Date(2025, 2, 2, 2, 2, 2, 0, time.UTC)
	k := newKey("k1", "h1")
	k.RevokedAt = &at
	if err := s.CreateAPIKey(ctx, k); err != nil {
		t.Fatalf("CreateAPIKey: %v", err)
	}
	if _, err := s.APIKeyByHash(ctx, "h1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("APIKeyByHash of a key stored revoked = %v, want ErrNotFound", err)
	}
	if err := s.RevokeAPIKey(ctx, "k1", time.Now()); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("RevokeAPIKey of a key stored revoked = %v, want ErrNotFound", err)
	}
}

// concurrency is the number of goroutines the concurrency tests use.
const concurrency = 50

func testAPIKeyConcurrentCreate(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx := t.Context()
	const perWorker = 4
	var wg sync.WaitGroup
	errs := make(chan error, concurrency*perWorker)
	for w := range concurrency {
		wg.Go(func() {
			for i := range perWorker {
				id := fmt.Sprintf("k-%02d-%d", w, i)
				if err := s.CreateAPIKey(ctx, newKey(id, "hash-"+id)); err != nil {
					errs <- fmt.Errorf("create %s: %w", id, err)
					continue
				}
				// Read your own write, under write load.
				if _, err := s.APIKeyByHash(ctx, "hash-"+id); err != nil {
					errs <- fmt.Errorf("read back %s: %w", id, err)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	list, err := s.ListAPIKeys(ctx)
	if err != nil {
		t.Fatalf("ListAPIKeys: %v", err)
	}
	if len(list) != concurrency*perWorker {
		t.Fatalf("stored %d keys, want %d", len(list), concurrency*perWorker)
	}
	seen := map[string]bool{}
	for _, k := range list {
		seen[k.ID] = true
	}
	for w := range concurrency {
		for i := range perWorker {
			if id := fmt.Sprintf("k-%02d-%d", w, i); !seen[id] {
				t.Errorf("key %s lost", id)
			}
		}
	}
}

func testAPIKeyConcurrentDuplicate(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx := t.Context()
	var wg sync.WaitGroup
	errs := make(chan error, concurrency)
	for w := range concurrency {
		wg.Go(func() {
			// Distinct ids, one hash: exactly one may win.
			errs <- s.CreateAPIKey(ctx, newKey(fmt.Sprintf("k%02d", w), "same-hash"))
		})
	}
	wg.Wait()
	close(errs)
	var ok, conflict int
	for err := range errs {
		switch {
		case err == nil:
			ok++
		case errors.Is(err, store.ErrConflict):
			conflict++
		default:
			t.Errorf("CreateAPIKey: %v, want nil or ErrConflict", err)
		}
	}
	if ok != 1 || conflict != concurrency-1 {
		t.Fatalf("%d created, %d conflicts; want 1 and %d", ok, conflict, concurrency-1)
	}
	list, err := s.ListAPIKeys(ctx)
	if err != nil {
		t.Fatalf("ListAPIKeys: %v", err)
	}
	if len(list) != 1 {
		t.Fatalf("stored %d keys, want 1", len(list))
	}
}

func testAPIKeyConcurrentRevoke(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx := t.Context()
	if err := s.CreateAPIKey(ctx, newKey("k1", "h1")); err != nil {
		t.Fatalf("CreateAPIKey: %v", err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, concurrency)
	for range concurrency {
		wg.Go(func() { errs <- s.RevokeAPIKey(ctx, "k1", time.Now()) })
	}
	wg.Wait()
	close(errs)
	var ok int
	for err := range errs {
		switch {
		case err == nil:
			ok++
		case !errors.Is(err, store.ErrNotFound):
			t.Errorf("RevokeAPIKey: %v, want nil or ErrNotFound", err)
		}
	}
	if ok != 1 {
		t.Fatalf("%d revocations succeeded, want exactly 1", ok)
	}
}

func testCanceledContext(t *testing.T, _, migrated func(*testing.T) store.Store) {
	s := migrated(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := s.Ping(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Ping with canceled context = %v, want context.Canceled", err)
	}
	if err := s.CreateAPIKey(ctx, newKey("k1", "h1")); !errors.Is(err, context.Canceled) {
		t.Errorf("CreateAPIKey with canceled context = %v, want context.Canceled", err)
	}
	if _, err := s.ListAPIKeys(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("ListAPIKeys with canceled context = %v, want context.Canceled", err)
	}
	// Nothing was written.
	if _, err := s.APIKeyByHash(t.Context(), "h1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("key written despite canceled context: %v", err)
	}
}

func newKey(id, hash string) store.APIKey {
	return store.APIKey{
		ID:        id,
		Name:      "name of " + id,
		Prefix:    "octollm_test_" + id,
		Hash:      hash,
		Scopes:    []string{"task:read"},
		CreatedAt: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
	}
}

func checkVersions(t *testing.T, st []store.Migration) {
	t.Helper()
	if len(st) != len(wantMigrations) {
		t.Fatalf("MigrationStatus returned %d migrations %+v, want %d", len(st), st, len(wantMigrations))
	}
	for i, w := range wantMigrations {
		if st[i].Version != w.version || st[i].Name != w.name {
			t.Errorf("migration #%d = %d %q, want %d %q", i, st[i].Version, st[i].Name, w.version, w.name)
		}
	}
}

func checkKey(t *testing.T, got, want store.APIKey) {
	t.Helper()
	if got.ID != want.ID || got.Name != want.Name || got.Prefix != want.Prefix || got.Hash != want.Hash {
		t.Errorf("key = %+v, want %+v", got, want)
	}
	if !slices.Equal(got.Scopes, want.Scopes) {
		t.Errorf("Scopes = %v, want %v", got.Scopes, want.Scopes)
	}
	if !got.CreatedAt.Equal(want.CreatedAt) {
		t.Errorf("CreatedAt = %v, want %v", got.CreatedAt, want.CreatedAt)
	}
	switch {
	case (got.RevokedAt == nil) != (want.RevokedAt == nil):
		t.Errorf("RevokedAt = %v, want %v", got.RevokedAt, want.RevokedAt)
	case got.RevokedAt != nil && !got.RevokedAt.Equal(*want.RevokedAt):
		t.Errorf("RevokedAt = %v, want %v", *got.RevokedAt, *want.RevokedAt)
	}
}
