// Package cache defines the short-lived shared state of OctoLLM: a
// key/value cache with TTLs, token-bucket rate limits and the revocation
// list of capability tokens. cachemem implements it in process for the
// embedded default, cacheredis on Redis for replicated deployments; both
// pass the conformance suite in cachetest.
package cache

import (
	"context"
	"time"
)

// Backend is everything one cache implementation provides.
type Backend interface {
	Cache
	Limiter
	Revocations
	// Ping reports whether the backend answers.
	Ping(ctx context.Context) error
	// Close releases resources.
	Close() error
	// Name names the implementation ("memory" or "redis").
	Name() string
}

// Cache stores values with a time to live.
type Cache interface {
	// Get returns the value and true, or false when absent or expired.
	Get(ctx context.Context, key string) ([]byte, bool, error)
	// Set stores val for ttl; ttl <= 0 means no expiry.
	Set(ctx context.Context, key string, val []byte, ttl time.Duration) error
	// Delete removes key; deleting an absent key is not an error.
	Delete(ctx context.Context, key string) error
	// DeletePrefix removes every key starting with prefix and returns how many.
	DeletePrefix(ctx context.Context, prefix string) (int, error)
	// Len counts the keys starting with prefix.
	Len(ctx context.Context, prefix string) (int, error)
}

// Limit describes a token bucket: it holds at most Capacity tokens and
// regains RefillPerSecond tokens every second.
type Limit struct {
	Capacity        float64
	RefillPerSecond float64
}

// Decision is the outcome of one rate-limit check.
type Decision struct {
	Allowed    bool
	Remaining  float64       // tokens left after this request
	RetryAfter time.Duration // when denied: time until enough tokens exist
	ResetAfter time.Duration // time until the bucket is full again
}

// Limiter is a token-bucket rate limiter. Every check is atomic: concurrent
// callers never obtain more tokens than the bucket holds.
type Limiter interface {
	Allow(ctx context.Context, key string, l Limit, n int) (Decision, error)
}

// Revocations is the list of revoked capability-token ids.
type Revocations interface {
	// Revoke records jti as revoked until the token would have expired.
	Revoke(ctx context.Context, jti string, until time.Time) error
	// IsRevoked reports whether jti is revoked.
	IsRevoked(ctx context.Context, jti string) (bool, error)
}
