// Package cacheredis implements cache.Backend on Redis, for deployments
// where several replicas must share the cache, the rate limits and the
// revocation list. Rate-limit buckets are updated by a server-side Lua
// script that reads the Redis server's clock, so every replica sees the same
// bucket at the same time; the arithmetic is that of cachemem.
//
// Keys (spec §3.9), all under Config.Prefix (default "octollm:"):
//
//	<prefix>cache:<key>          cached values (SET … PX ttl)
//	<prefix>ratelimit:<key>      token buckets, hash {tokens, last_refill}
//	<prefix>revoked_token:<jti>  revoked capability tokens, TTL until expiry
//
// The three namespaces are kept apart so that clearing the cache
// (DeletePrefix) can never reset a rate limit or un-revoke a token, and a
// cache key can never collide with a bucket hash.
//
// A single Redis server (or a primary with replicas) is supported; Redis
// Cluster is not, because SCAN and the bucket keys are not slot-aware.
package cacheredis

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/maintnotifications"

	"github.com/octollm/octollm/internal/cache"
)

// Sentinel errors callers branch on.
var (
	// ErrEmptyKey is returned when a key or token id is empty.
	ErrEmptyKey = errors.New("cacheredis: empty key")
	// ErrInvalidLimit is returned by Allow for a limit that is not a
	// positive, finite capacity and refill rate, or a request of fewer than
	// one token or more tokens than the bucket can ever hold.
	ErrInvalidLimit = errors.New("cacheredis: invalid rate limit")
	// ErrInvalidURL is returned by New for a URL it cannot use.
	ErrInvalidURL = errors.New("cacheredis: invalid Redis URL")
)

// Defaults filled in by New.
const (
	DefaultPrefix      = "octollm:"
	DefaultPingTimeout = 5 * time.Second
)

// Key namespaces under the prefix.
const (
	nsCache     = "cache:"
	nsRateLimit = "ratelimit:"
	nsRevoked   = "revoked_token:"
)

// scanCount is the COUNT hint of SCAN: keys examined per round trip.
const scanCount = 1000

// Config configures a Redis backend.
type Config struct {
	// URL locates the server: redis://[user:password@]host:port/db, or
	// rediss:// for TLS. Required.
	URL string
	// Prefix starts every key, so several deployments or tests can share
	// one database. Default DefaultPrefix.
	Prefix string
	// PingTimeout bounds the connectivity check New makes. Default
	// DefaultPingTimeout.
	PingTimeout time.Duration
	// Logger receives connection events. Default: discard.
	Logger *slog.Logger
}

func (c *Config) fill() error {
	if c.URL == "" {
		return fmt.Errorf("%w: empty", ErrInvalidURL)
	}
	if c.Prefix == "" {
		c.Prefix = DefaultPrefix
	}
	if c.PingTimeout == 0 {
		c.PingTimeout = DefaultPingTimeout
	}
	if c.PingTimeout < 0 {
		return fmt.Errorf("cacheredis: PingTimeout %s is negative", c.PingTimeout)
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// Backend is the Redis cache, limiter and revocation list. It is safe for
// concurrent use.
type Backend struct {
	client    *redis.Client
	bucket    *redis.Script // tokenbucket.lua
	revoke    *redis.Script // revoke.lua
	prefix    string
	host      string
	logger    *slog.Logger
	closeOnce sync.Once
	closeErr  error
}

var _ cache.Backend = (*Backend)(nil)

// The Lua sources. Script.Run sends EVALSHA and falls back to EVAL when
// the server does not know the script yet (after a restart or failover).
var (
	//go:embed tokenbucket.lua
	tokenBucketLua string
	//go:embed revoke.lua
	revokeLua string
)

// New connects to the Redis server at cfg.URL and checks that it answers
// within cfg.PingTimeout: a misconfigured or unreachable server is reported
// at start-up rather than at the first request. Errors name the host, never
// the password.
func New(ctx context.Context, cfg Config) (*Backend, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	host, err := Host(cfg.URL)
	if err != nil {
		return nil, err
	}
	opts, err := redis.ParseURL(cfg.URL)
	if err != nil {
		// go-redis messages name the offending part, not the password.
		return nil, fmt.Errorf("%w (host %s): %s", ErrInvalidURL, host, err.Error())
	}
	// CLIENT SETINFO and maintenance notifications are extra round trips
	// (and log noise on servers before 7.2) that OctoLLM does not use.
	opts.DisableIdentity = true
	opts.MaintNotificationsConfig = &maintnotifications.Config{Mode: maintnotifications.ModeDisabled}
	b := &Backend{
		client: redis.NewClient(opts),
		bucket: redis.NewScript(tokenBucketLua),
		revoke: redis.NewScript(revokeLua),
		prefix: cfg.Prefix,
		host:   host,
		logger: cfg.Logger,
	}
	pctx, cancel := context.WithTimeout(ctx, cfg.PingTimeout)
	defer cancel()
	if err := b.client.Ping(pctx).Err(); err != nil {
		_ = b.client.Close()
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("cacheredis: connect to Redis at %s: no answer within %s: %w", host, cfg.PingTimeout, err)
		}
		return nil, fmt.Errorf("cacheredis: connect to Redis at %s: %w", host, err)
	}
	if err := b.bucket.Load(pctx, b.client).Err(); err != nil {
		_ = b.client.Close()
		return nil, fmt.Errorf("cacheredis: load the rate-limit script on %s: %w", host, err)
	}
	b.logger.Info("connected to Redis", "host", host, "prefix", cfg.Prefix)
	return b, nil
}

// Host returns the host:port (and database) a Redis URL points at, for
// messages: it never contains the user name or password.
func Host(rawURL string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		// url.Error repeats the whole URL, password included: keep only
		// the reason.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return "", fmt.Errorf("%w: %s", ErrInvalidURL, err.Error())
	}
	if u.Scheme != "redis" && u.Scheme != "rediss" {
		return "", fmt.Errorf("%w: scheme %q, want redis:// or rediss://", ErrInvalidURL, u.Scheme)
	}
	host := u.Host
	if host == "" {
		host = "localhost:6379"
	}
	if db := strings.Trim(u.Path, "/"); db != "" {
		host += "/" + db
	}
	return host, nil
}

// Name returns "redis".
func (b *Backend) Name() string { return "redis" }

// Ping reports whether the server answers.
func (b *Backend) Ping(ctx context.Context) error {
	if err := b.client.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("cacheredis: ping %s: %w", b.host, err)
	}
	return nil
}

// Close closes the connections. Closing twice is not an error.
func (b *Backend) Close() error {
	b.closeOnce.Do(func() { b.closeErr = b.client.Close() })
	return b.closeErr
}

// Get returns the value stored under key.
func (b *Backend) Get(ctx context.Context, key string) ([]byte, bool, error) {
	v, err := b.client.Get(ctx, b.prefix+nsCache+key).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("cacheredis: get: %w", err)
	}
	return v, true, nil
}

// Set stores val under key for ttl (ttl <= 0: no expiry). Redis keeps
// milliseconds: ttl is rounded up to the next one.
func (b *Backend) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	if key == "" {
		return ErrEmptyKey
	}
	if err := b.client.Set(ctx, b.prefix+nsCache+key, val, ceilMillis(ttl)).Err(); err != nil {
		return fmt.Errorf("cacheredis: set: %w", err)
	}
	return nil
}

// ceilMillis rounds d up to whole milliseconds; d <= 0 stays 0 (no expiry).
func ceilMillis(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return (d + time.Millisecond - 1).Truncate(time.Millisecond)
}

// Delete removes key.
func (b *Backend) Delete(ctx context.Context, key string) error {
	if err := b.client.Unlink(ctx, b.prefix+nsCache+key).Err(); err != nil {
		return fmt.Errorf("cacheredis: delete: %w", err)
	}
	return nil
}

// DeletePrefix removes every cache key starting with prefix, walking the
// keyspace with SCAN (never KEYS, which blocks the server) and removing
// each batch with UNLINK. Keys written while it runs may survive.
func (b *Backend) DeletePrefix(ctx context.Context, prefix string) (int, error) {
	n := 0
	err := b.scan(ctx, b.prefix+nsCache+prefix, func(keys []string) error {
		removed, err := b.client.Unlink(ctx, keys...).Result()
		n += int(removed) // UNLINK counts only keys that existed: SCAN repeats are harmless
		return err
	})
	if err != nil {
		return n, fmt.Errorf("cacheredis: delete prefix: %w", err)
	}
	return n, nil
}

// Len counts the cache keys starting with prefix with SCAN. It is O(keys in
// the database), for administration and tests rather than request paths.
func (b *Backend) Len(ctx context.Context, prefix string) (int, error) {
	seen := make(map[string]struct{})
	err := b.scan(ctx, b.prefix+nsCache+prefix, func(keys []string) error {
		for _, k := range keys {
			seen[k] = struct{}{} // SCAN may return a key more than once
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("cacheredis: len: %w", err)
	}
	return len(seen), nil
}

// scan calls fn with every non-empty batch of keys starting with prefix.
func (b *Backend) scan(ctx context.Context, prefix string, fn func([]string) error) error {
	match := globEscape(prefix) + "*"
	var cursor uint64
	for {
		keys, next, err := b.client.Scan(ctx, cursor, match, scanCount).Result()
		if err != nil {
			return err
		}
		if len(keys) > 0 {
			if err := fn(keys); err != nil {
				return err
			}
		}
		if next == 0 {
			return nil
		}
		cursor = next
	}
}

// globEscape quotes the characters SCAN MATCH treats as a pattern.
func globEscape(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch r {
		case '*', '?', '[', ']', '\\':
			sb.WriteByte('\\')
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// Allow takes n tokens from the bucket key if it holds them, in one
// atomic script run on the server (tokenbucket.lua).
func (b *Backend) Allow(ctx context.Context, key string, l cache.Limit, n int) (cache.Decision, error) {
	if key == "" {
		return cache.Decision{}, ErrEmptyKey
	}
	if err := validateLimit(l, n); err != nil {
		return cache.Decision{}, err
	}
	res, err := b.bucket.Run(ctx, b.client, []string{b.prefix + nsRateLimit + key},
		formatFloat(l.Capacity), formatFloat(l.RefillPerSecond), n).Slice()
	if err != nil {
		return cache.Decision{}, fmt.Errorf("cacheredis: rate limit: %w", err)
	}
	d, err := parseDecision(res)
	if err != nil {
		return cache.Decision{}, fmt.Errorf("cacheredis: rate limit: %w", err)
	}
	return d, nil
}

// parseDecision reads the script's reply {allowed, remaining, retry_us,
// reset_us}. Lua numbers become integers on the way out, so remaining
// travels as a string.
func parseDecision(res []any) (cache.Decision, error) {
	if len(res) != 4 {
		return cache.Decision{}, fmt.Errorf("unexpected script reply %v", res)
	}
	allowed, ok1 := res[0].(int64)
	remS, ok2 := res[1].(string)
	retry, ok3 := res[2].(int64)
	reset, ok4 := res[3].(int64)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return cache.Decision{}, fmt.Errorf("unexpected script reply %v", res)
	}
	rem, err := strconv.ParseFloat(remS, 64)
	if err != nil {
		return cache.Decision{}, fmt.Errorf("script reply: remaining %q: %w", remS, err)
	}
	return cache.Decision{
		Allowed:    allowed == 1,
		Remaining:  rem,
		RetryAfter: time.Duration(retry) * time.Microsecond,
		ResetAfter: time.Duration(reset) * time.Microsecond,
	}, nil
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// validateLimit reports (wrapping ErrInvalidLimit) whether l is a usable
// bucket and n a satisfiable request: capacity and refill rate positive and
// finite, 1 <= n <= capacity. The same rules as cachemem.
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

// Revoke records jti as revoked until until, as a key that expires then.
// The TTL is relative (until minus this host's clock), so a skewed Redis
// clock does not shorten it; a second, shorter revocation never shortens a
// longer one (revoke.lua). A past until records nothing: the token is
// rejected as expired anyway.
func (b *Backend) Revoke(ctx context.Context, jti string, until time.Time) error {
	if jti == "" {
		return ErrEmptyKey
	}
	ttl := ceilMillis(time.Until(until))
	if ttl <= 0 {
		return ctx.Err()
	}
	err := b.revoke.Run(ctx, b.client, []string{b.prefix + nsRevoked + jti}, ttl.Milliseconds()).Err()
	if err != nil && !errors.Is(err, redis.Nil) {
		return fmt.Errorf("cacheredis: revoke: %w", err)
	}
	return nil
}

// IsRevoked reports whether jti is revoked.
func (b *Backend) IsRevoked(ctx context.Context, jti string) (bool, error) {
	n, err := b.client.Exists(ctx, b.prefix+nsRevoked+jti).Result()
	if err != nil {
		return false, fmt.Errorf("cacheredis: is revoked: %w", err)
	}
	return n == 1, nil
}
