// Package cachemem is the in-process implementation of cache.Backend, the
// embedded default when no Redis is configured: a TTL-bounded LRU for
// cached values, token buckets for rate limits and a revocation list of
// capability-token ids. Everything lives in this process, so replicas do not
// share it; deployments with several replicas use cacheredis.
//
// Time comes from Config.Now so tests advance TTLs and refills without
// sleeping. No goroutines are started: expired buckets and revocations are
// pruned by the calls themselves, at most once per Config.SweepInterval.
package cachemem

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"github.com/octollm/octollm/internal/cache"
)

// Sentinel errors callers branch on.
var (
	// ErrClosed is returned by every call after Close.
	ErrClosed = errors.New("cachemem: closed")
	// ErrEmptyKey is returned when a key or token id is empty.
	ErrEmptyKey = errors.New("cachemem: empty key")
	// ErrInvalidLimit is returned by Allow for a limit that is not a
	// positive, finite capacity and refill rate, or a request of fewer than
	// one token or more tokens than the bucket can ever hold.
	ErrInvalidLimit = errors.New("cachemem: invalid rate limit")
)

// Defaults filled in by New.
const (
	DefaultMaxEntries    = 100_000
	DefaultSweepInterval = time.Minute
)

// Bucket lifetime bounds, the same as cacheredis applies to its bucket
// keys so both backends forget idle buckets alike: an untouched bucket is
// dropped once it would have refilled completely (it is then identical to
// a fresh one), but kept at least MinBucketTTL and at most MaxBucketTTL.
const (
	MinBucketTTL = time.Second
	MaxBucketTTL = time.Hour
)

// Config configures an in-process backend.
type Config struct {
	// MaxEntries bounds the value cache by entry count; when full, the least
	// recently used entry of the key's shard is evicted (caches of 4 096
	// entries or more are split into up to 32 shards; below that the LRU
	// is exact). Rate-limit buckets and revocations are
	// not counted and never evicted for space (evicting a revocation would
	// re-enable a revoked token). Default DefaultMaxEntries.
	MaxEntries int
	// Now returns the current time. Default time.Now; tests inject a fake
	// clock.
	Now func() time.Time
	// SweepInterval is how often (by Now) expired buckets and revocations
	// are pruned. Default DefaultSweepInterval.
	SweepInterval time.Duration
	// Logger receives debug messages about sweeps. Default: discard.
	Logger *slog.Logger
}

func (c *Config) fill() error {
	if c.MaxEntries == 0 {
		c.MaxEntries = DefaultMaxEntries
	}
	if c.MaxEntries < 0 {
		return fmt.Errorf("cachemem: MaxEntries %d is negative", c.MaxEntries)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.SweepInterval == 0 {
		c.SweepInterval = DefaultSweepInterval
	}
	if c.SweepInterval < 0 {
		return fmt.Errorf("cachemem: SweepInterval %s is negative", c.SweepInterval)
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// Backend is the in-process cache, limiter and revocation list. It is safe
// for concurrent use.
type Backend struct {
	cfg    Config
	closed atomic.Bool

	// The value cache: a sharded LRU without Go pointers per entry, so the
	// garbage collector does not trace it (see store).
	values *store

	limMu    sync.Mutex
	buckets  map[string]*bucket
	limSweep time.Time // last sweep of buckets

	revMu    sync.Mutex
	revoked  map[string]time.Time // jti → revoked until
	revSweep time.Time            // last sweep of revoked
}

var _ cache.Backend = (*Backend)(nil)

// bucket is one token bucket. Its limit is not stored: every call brings
// it, and the latest one decides when the bucket is forgotten.
type bucket struct {
	tokens  float64
	last    time.Time // time of the last refill
	expires time.Time // forget the bucket from then on
}

// New returns an in-process backend.
func New(cfg Config) (*Backend, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	now := cfg.Now()
	b := &Backend{
		cfg:      cfg,
		values:   newStore(cfg.MaxEntries, now),
		buckets:  make(map[string]*bucket),
		revoked:  make(map[string]time.Time),
		limSweep: now,
		revSweep: now,
	}
	return b, nil
}

// Name returns "memory".
func (b *Backend) Name() string { return "memory" }

// Ping fails only after Close.
func (b *Backend) Ping(ctx context.Context) error { return b.check(ctx) }

// Close drops every value, bucket and revocation; later calls fail with
// ErrClosed. Closing twice is not an error.
func (b *Backend) Close() error {
	if b.closed.Swap(true) {
		return nil
	}
	b.values.purge()
	b.limMu.Lock()
	clear(b.buckets)
	b.limMu.Unlock()
	b.revMu.Lock()
	clear(b.revoked)
	b.revMu.Unlock()
	return nil
}

func (b *Backend) check(ctx context.Context) error {
	if b.closed.Load() {
		return ErrClosed
	}
	return ctx.Err()
}

// Get returns a copy of the value stored under key.
func (b *Backend) Get(ctx context.Context, key string) ([]byte, bool, error) {
	if err := b.check(ctx); err != nil {
		return nil, false, err
	}
	// A copy: the caller may modify the slice, the cache must not change.
	v, ok := b.values.get(nil, key, b.cfg.Now())
	if !ok {
		return nil, false, nil
	}
	if v == nil {
		v = []byte{} // an empty value is present, not absent
	}
	return v, true, nil
}

// AppendGet is Get appending the value to dst instead of allocating a new
// slice: callers on a hot path reuse one buffer (it returns dst unchanged
// when the key is absent).
func (b *Backend) AppendGet(ctx context.Context, dst []byte, key string) ([]byte, bool, error) {
	if err := b.check(ctx); err != nil {
		return dst, false, err
	}
	v, ok := b.values.get(dst, key, b.cfg.Now())
	return v, ok, nil
}

// Set stores a copy of val under key for ttl (ttl <= 0: no expiry).
func (b *Backend) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	if err := b.check(ctx); err != nil {
		return err
	}
	if key == "" {
		return ErrEmptyKey
	}
	b.values.set(key, val, b.values.expiry(b.cfg.Now(), ttl))
	return nil
}

// Delete removes key.
func (b *Backend) Delete(ctx context.Context, key string) error {
	if err := b.check(ctx); err != nil {
		return err
	}
	b.values.delete(key)
	return nil
}

// DeletePrefix removes every key starting with prefix and returns how many
// live (unexpired) entries it removed. It walks every key: O(MaxEntries).
func (b *Backend) DeletePrefix(ctx context.Context, prefix string) (int, error) {
	if err := b.check(ctx); err != nil {
		return 0, err
	}
	return b.values.scan(prefix, b.cfg.Now(), true), nil
}

// Len counts the live keys starting with prefix, dropping expired ones it
// meets. It walks every key: O(MaxEntries).
func (b *Backend) Len(ctx context.Context, prefix string) (int, error) {
	if err := b.check(ctx); err != nil {
		return 0, err
	}
	return b.values.scan(prefix, b.cfg.Now(), false), nil
}

// Allow takes n tokens from the bucket key if it holds them. The bucket
// starts full, regains l.RefillPerSecond tokens a second up to l.Capacity,
// and is checked and updated under one lock, so concurrent callers never
// obtain more than it holds.
func (b *Backend) Allow(ctx context.Context, key string, l cache.Limit, n int) (cache.Decision, error) {
	if err := b.check(ctx); err != nil {
		return cache.Decision{}, err
	}
	if key == "" {
		return cache.Decision{}, ErrEmptyKey
	}
	if err := validateLimit(l, n); err != nil {
		return cache.Decision{}, err
	}
	now := b.cfg.Now()
	b.limMu.Lock()
	defer b.limMu.Unlock()
	b.sweepBuckets(now)
	bk, ok := b.buckets[key]
	if !ok || !now.Before(bk.expires) {
		bk = &bucket{tokens: l.Capacity, last: now}
		b.buckets[key] = bk
	}
	d, ttl := take(bk, l, n, now)
	bk.expires = now.Add(ttl)
	return d, nil
}

// validateLimit reports (wrapping ErrInvalidLimit) whether l is a usable
// bucket and n a satisfiable request: capacity and refill rate positive and
// finite, 1 <= n <= capacity.
func validateLimit(l cache.Limit, n int) error {
	switch {
	case !(l.Capacity > 0) || math.IsInf(l.Capacity, 0):
		return fmt.Errorf("%w: capacity %g must be positive and finite", ErrInvalidLimit, l.Capacity)
	case !(l.RefillPerSecond > 0) || math.IsInf(l.RefillPerSecond, 0):
		return fmt.Errorf("%w: refill rate %g must be positive and finite", ErrInvalidLimit, l.RefillPerSecond)
	case n < 1:
		return fmt.Errorf("%w: %d tokens requested, want at least 1", ErrInvalidLimit, n)
	case float64(n) > l.Capacity:
		return fmt.Errorf("%w: %d tokens requested, the bucket holds at most %g", ErrInvalidLimit, n, l.Capacity)
	}
	return nil
}

// take refills bk up to now, takes n tokens if it holds them, and returns
// the decision and how long the bucket must be remembered. The arithmetic is
// the one of the cacheredis Lua script.
func take(bk *bucket, l cache.Limit, n int, now time.Time) (cache.Decision, time.Duration) {
	tokens := min(bk.tokens, l.Capacity) // the capacity may have been lowered
	if elapsed := now.Sub(bk.last); elapsed > 0 {
		tokens = min(l.Capacity, tokens+elapsed.Seconds()*l.RefillPerSecond)
		bk.last = now
	}
	var d cache.Decision
	if need := float64(n); tokens >= need {
		tokens -= need
		d.Allowed = true
	} else {
		d.RetryAfter = seconds((need - tokens) / l.RefillPerSecond)
	}
	bk.tokens = tokens
	d.Remaining = tokens
	d.ResetAfter = seconds((l.Capacity - tokens) / l.RefillPerSecond)
	ttl := d.ResetAfter.Truncate(time.Second)
	if ttl < d.ResetAfter {
		ttl += time.Second
	}
	return d, min(max(ttl, MinBucketTTL), MaxBucketTTL)
}

// seconds converts s seconds to a duration, rounding up so that waiting that
// long is always enough.
func seconds(s float64) time.Duration {
	if !(s > 0) {
		return 0
	}
	ns := math.Ceil(s * float64(time.Second))
	if ns >= math.MaxInt64 {
		return time.Duration(math.MaxInt64)
	}
	return time.Duration(ns)
}

// sweepBuckets forgets expired buckets, at most once per SweepInterval, so
// memory stays proportional to the keys active within MaxBucketTTL.
// Callers hold limMu.
func (b *Backend) sweepBuckets(now time.Time) {
	if now.Sub(b.limSweep) < b.cfg.SweepInterval {
		return
	}
	b.limSweep = now
	removed := 0
	for k, bk := range b.buckets {
		if !now.Before(bk.expires) {
			delete(b.buckets, k)
			removed++
		}
	}
	b.swept("ratelimit", removed, len(b.buckets))
}

// Revoke records jti as revoked until until. A token whose expiry has
// passed is rejected anyway, so a past until records nothing.
func (b *Backend) Revoke(ctx context.Context, jti string, until time.Time) error {
	if err := b.check(ctx); err != nil {
		return err
	}
	if jti == "" {
		return ErrEmptyKey
	}
	now := b.cfg.Now()
	b.revMu.Lock()
	defer b.revMu.Unlock()
	b.sweepRevoked(now)
	if !until.After(now) {
		return nil
	}
	if prev, ok := b.revoked[jti]; !ok || until.After(prev) {
		b.revoked[jti] = until
	}
	return nil
}

// IsRevoked reports whether jti is revoked now.
func (b *Backend) IsRevoked(ctx context.Context, jti string) (bool, error) {
	if err := b.check(ctx); err != nil {
		return false, err
	}
	now := b.cfg.Now()
	b.revMu.Lock()
	defer b.revMu.Unlock()
	b.sweepRevoked(now)
	until, ok := b.revoked[jti]
	if ok && !now.Before(until) {
		delete(b.revoked, jti)
		ok = false
	}
	return ok, nil
}

// sweepRevoked forgets expired revocations at most once per SweepInterval.
// Callers hold revMu.
func (b *Backend) sweepRevoked(now time.Time) {
	if now.Sub(b.revSweep) < b.cfg.SweepInterval {
		return
	}
	b.revSweep = now
	removed := 0
	for jti, until := range b.revoked {
		if !now.Before(until) {
			delete(b.revoked, jti)
			removed++
		}
	}
	b.swept("revocation", removed, len(b.revoked))
}

func (b *Backend) swept(kind string, removed, left int) {
	if removed > 0 {
		b.cfg.Logger.Debug("cache sweep", "kind", kind, "removed", removed, "left", left)
	}
}

// stats reports the sizes of the internal tables, for tests.
func (b *Backend) stats() (entries, buckets, revoked int) {
	entries = b.values.len()
	b.limMu.Lock()
	buckets = len(b.buckets)
	b.limMu.Unlock()
	b.revMu.Lock()
	revoked = len(b.revoked)
	b.revMu.Unlock()
	return entries, buckets, revoked
}
