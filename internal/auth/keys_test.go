package auth_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/store"
	"github.com/octollm/octollm/internal/store/storesqlite"
)

// countingStore counts key lookups that reach the real store.
type countingStore struct {
	store.APIKeys
	lookups int
}

func (c *countingStore) APIKeyByHash(ctx context.Context, hash string) (store.APIKey, error) {
	c.lookups++
	return c.APIKeys.APIKeyByHash(ctx, hash)
}

func TestKeysLookupCacheAndRevocation(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st, err := storesqlite.New(ctx, storesqlite.Config{Path: filepath.Join(t.TempDir(), "k.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1_700_000_000, 0)
	cs := &countingStore{APIKeys: st}
	keys := auth.NewKeys(auth.KeysConfig{Now: func() time.Time { return now }, CacheTTL: 5 * time.Second}, cs)
	other := auth.NewKeys(auth.KeysConfig{Now: func() time.Time { return now }, CacheTTL: 5 * time.Second}, st)

	rec, plain, err := keys.Create(ctx, "svc", []string{auth.ScopeTaskRead, auth.ScopeTaskRead, auth.ScopeTaskSubmit})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Scopes) != 2 || rec.Hash == plain || rec.Hash != auth.Hash(plain) {
		t.Fatalf("record %+v", rec)
	}
	for i := 0; i < 3; i++ {
		p, err := keys.Authenticate(ctx, plain)
		if err != nil || p.KeyID != rec.ID || !p.Has(auth.ScopeTaskSubmit) || p.Has(auth.ScopeAdmin) {
			t.Fatalf("authenticate: %+v %v", p, err)
		}
	}
	if cs.lookups != 1 {
		t.Fatalf("store lookups = %d, want 1 (cached)", cs.lookups)
	}
	if _, err := keys.Authenticate(ctx, "octollm_wrong"); !errors.Is(err, auth.ErrInvalidKey) {
		t.Fatalf("wrong key: %v", err)
	}
	if _, err := keys.Authenticate(ctx, "not-a-key"); !errors.Is(err, auth.ErrInvalidKey) {
		t.Fatalf("malformed key: %v", err)
	}

	// Revoked through another replica: still accepted here until the TTL ends.
	if err := other.Revoke(ctx, rec.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := keys.Authenticate(ctx, plain); err != nil {
		t.Fatalf("within TTL: %v", err)
	}
	now = now.Add(6 * time.Second)
	if _, err := keys.Authenticate(ctx, plain); !errors.Is(err, auth.ErrInvalidKey) {
		t.Fatalf("after TTL: %v", err)
	}

	// Revoked through this process: rejected at once.
	rec2, plain2, _ := keys.Create(ctx, "svc2", []string{auth.ScopeAdmin})
	if _, err := keys.Authenticate(ctx, plain2); err != nil {
		t.Fatal(err)
	}
	if err := keys.Revoke(ctx, rec2.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := keys.Authenticate(ctx, plain2); !errors.Is(err, auth.ErrInvalidKey) {
		t.Fatalf("revoked here: %v", err)
	}
	if err := keys.Revoke(ctx, rec2.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("revoke twice: %v", err)
	}
	if _, _, err := keys.Create(ctx, "", []string{auth.ScopeAdmin}); !errors.Is(err, auth.ErrInvalidName) {
		t.Fatalf("empty name: %v", err)
	}
	if _, _, err := keys.Create(ctx, "x", []string{"root"}); !errors.Is(err, auth.ErrUnknownScope) {
		t.Fatalf("bad scope: %v", err)
	}
}
