// Package auth authenticates OctoLLM's callers: API keys with scopes for
// clients (hashed at rest), and the HTTP middleware that enforces them.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/octollm/octollm/internal/store"
)

// Scopes a key can hold. ScopeAdmin implies every other scope.
const (
	ScopeAdmin          = "admin"
	ScopeTaskSubmit     = "task:submit"
	ScopeTaskRead       = "task:read"
	ScopeTaskCancel     = "task:cancel"
	ScopeArmList        = "arm:list"
	ScopeArmRegister    = "arm:register"
	ScopeMemoryRead     = "memory:read"
	ScopeMemoryWrite    = "memory:write"
	ScopeSandboxExecute = "sandbox:execute"
	ScopeReflexProcess  = "reflex:process"
	// ScopeReflexValues lets a caller see raw matched values in reflex results.
	ScopeReflexValues = "reflex:values"
	// ScopeInternal marks keys of OctoLLM's own roles (exempt from rate limits).
	ScopeInternal = "internal"
)

// AllScopes lists every scope a key may be given.
func AllScopes() []string {
	return []string{ScopeAdmin, ScopeTaskSubmit, ScopeTaskRead, ScopeTaskCancel, ScopeArmList, ScopeArmRegister,
		ScopeMemoryRead, ScopeMemoryWrite, ScopeSandboxExecute, ScopeReflexProcess, ScopeReflexValues, ScopeInternal}
}

// keyPrefix starts every key so leaked keys are recognisable by scanners.
const keyPrefix = "octollm_"

// Errors callers branch on.
var (
	ErrInvalidKey   = errors.New("auth: invalid or revoked API key")
	ErrUnknownScope = errors.New("auth: unknown scope")
	ErrInvalidName  = errors.New("auth: invalid key name")
)

// Principal is an authenticated caller.
type Principal struct {
	KeyID  string
	Name   string
	Scopes []string
}

// Has reports whether p holds scope (admin holds every scope).
func (p Principal) Has(scope string) bool {
	return slices.Contains(p.Scopes, scope) || slices.Contains(p.Scopes, ScopeAdmin)
}

// Keys manages API keys over a store.
type Keys struct {
	store store.APIKeys
	now   func() time.Time
	ttl   time.Duration

	// recent caches successful lookups by key hash: resolving a key in the
	// store costs more than most handlers it guards. Revocation through
	// this process drops the entry at once; other replicas see it within ttl.
	mu     sync.Mutex
	recent map[string]cachedPrincipal
}

type cachedPrincipal struct {
	p       Principal
	expires time.Time
}

// maxCachedKeys bounds the lookup cache; it is emptied when full.
const maxCachedKeys = 10_000

// KeysConfig configures Keys.
type KeysConfig struct {
	// Now is the clock (default time.Now).
	Now func() time.Time
	// CacheTTL is how long a successful key lookup is reused (default 5 s;
	// negative disables the cache). It bounds how long a key revoked on
	// another replica keeps working here.
	CacheTTL time.Duration
}

// NewKeys returns a key manager over s.
func NewKeys(cfg KeysConfig, s store.APIKeys) *Keys {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.CacheTTL == 0 {
		cfg.CacheTTL = 5 * time.Second
	}
	return &Keys{store: s, now: cfg.Now, ttl: cfg.CacheTTL, recent: map[string]cachedPrincipal{}}
}

// Hash returns the stored form of a key.
func Hash(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// Create makes a new key and returns its record and the plaintext key,
// which is never stored and cannot be shown again.
func (k *Keys) Create(ctx context.Context, name string, scopes []string) (store.APIKey, string, error) {
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 100 {
		return store.APIKey{}, "", fmt.Errorf("%w: name must be 1-100 characters", ErrInvalidName)
	}
	scopes, err := normaliseScopes(scopes)
	if err != nil {
		return store.APIKey{}, "", err
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return store.APIKey{}, "", fmt.Errorf("generate key: %w", err)
	}
	plain := keyPrefix + hex.EncodeToString(raw[:])
	rec := store.APIKey{
		ID:        uuid.NewString(),
		Name:      name,
		Prefix:    plain[:len(keyPrefix)+6],
		Hash:      Hash(plain),
		Scopes:    scopes,
		CreatedAt: k.now().UTC(),
	}
	if err := k.store.CreateAPIKey(ctx, rec); err != nil {
		return store.APIKey{}, "", fmt.Errorf("store key: %w", err)
	}
	return rec, plain, nil
}

// Authenticate resolves a presented key to its principal.
func (k *Keys) Authenticate(ctx context.Context, key string) (Principal, error) {
	if !strings.HasPrefix(key, keyPrefix) || len(key) > 200 {
		return Principal{}, ErrInvalidKey
	}
	hash := Hash(key)
	now := k.now()
	if k.ttl > 0 {
		k.mu.Lock()
		c, ok := k.recent[hash]
		k.mu.Unlock()
		if ok && now.Before(c.expires) {
			return c.p, nil
		}
	}
	rec, err := k.store.APIKeyByHash(ctx, hash)
	if errors.Is(err, store.ErrNotFound) {
		return Principal{}, ErrInvalidKey
	}
	if err != nil {
		return Principal{}, fmt.Errorf("look up key: %w", err)
	}
	p := Principal{KeyID: rec.ID, Name: rec.Name, Scopes: rec.Scopes}
	if k.ttl > 0 {
		k.mu.Lock()
		if len(k.recent) >= maxCachedKeys {
			clear(k.recent)
		}
		k.recent[hash] = cachedPrincipal{p: p, expires: now.Add(k.ttl)}
		k.mu.Unlock()
	}
	return p, nil
}

// List returns every key (hashes included; callers must not expose them).
func (k *Keys) List(ctx context.Context) ([]store.APIKey, error) {
	return k.store.ListAPIKeys(ctx)
}

// Revoke revokes the key with id.
func (k *Keys) Revoke(ctx context.Context, id string) error {
	if err := k.store.RevokeAPIKey(ctx, id, k.now().UTC()); err != nil {
		return err
	}
	k.mu.Lock()
	for h, c := range k.recent {
		if c.p.KeyID == id {
			delete(k.recent, h)
		}
	}
	k.mu.Unlock()
	return nil
}

func normaliseScopes(scopes []string) ([]string, error) {
	valid := AllScopes()
	out := make([]string, 0, len(scopes))
	for _, s := range scopes {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if !slices.Contains(valid, s) {
			return nil, fmt.Errorf("%w %q (valid: %s)", ErrUnknownScope, s, strings.Join(valid, ", "))
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: at least one scope is required (valid: %s)", ErrUnknownScope, strings.Join(valid, ", "))
	}
	slices.Sort(out)
	return out, nil
}
