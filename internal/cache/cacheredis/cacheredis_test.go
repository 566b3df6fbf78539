package cacheredis

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/octollm/octollm/internal/cache"
	"github.com/octollm/octollm/internal/cache/cachetest"
)

// uniquePrefix returns a key prefix no other test (or test run) uses, and
// removes every key under it when tb ends.
func uniquePrefix(tb testing.TB, url string) string {
	tb.Helper()
	var r [6]byte
	_, _ = rand.Read(r[:])
	prefix := "octollm-test:" + hex.EncodeToString(r[:]) + ":"
	tb.Cleanup(func() {
		opts, err := redis.ParseURL(url)
		if err != nil {
			tb.Error(err)
			return
		}
		c := redis.NewClient(opts)
		defer c.Close()
		ctx := context.Background()
		iter := c.Scan(ctx, 0, globEscape(prefix)+"*", scanCount).Iterator()
		for iter.Next(ctx) {
			c.Unlink(ctx, iter.Val())
		}
		if err := iter.Err(); err != nil {
			tb.Errorf("cleaning up %s: %v", prefix, err)
		}
	})
	return prefix
}

func newBackend(tb testing.TB, prefix string) *Backend {
	tb.Helper()
	url := cachetest.RedisURL(tb)
	if prefix == "" {
		prefix = uniquePrefix(tb, url)
	}
	b, err := New(context.Background(), Config{URL: url, Prefix: prefix})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = b.Close() })
	return b
}

func harness(tb testing.TB) cachetest.Harness {
	return cachetest.Harness{Backend: newBackend(tb, "")}
}

func TestConformance(t *testing.T) { cachetest.Run(t, harness) }

func BenchmarkBackend(b *testing.B) { cachetest.Benchmark(b, harness) }

// raw is a plain client on the test server, to look at the keys.
func raw(t *testing.T) *redis.Client {
	t.Helper()
	opts, err := redis.ParseURL(cachetest.RedisURL(t))
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(opts)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// wantTTL checks the time to live of key, set to want by a call made
// after since: it is want less at most the time elapsed since then (a
// loaded machine may take a while between the calls; TTL's rounding to
// whole seconds would turn half a second of that into an error).
func wantTTL(t *testing.T, r *redis.Client, key string, want time.Duration, since time.Time) {
	t.Helper()
	ttl := r.PTTL(context.Background(), key).Val()
	elapsed := time.Since(since)
	if ttl > want || ttl < want-elapsed-5*time.Millisecond {
		t.Errorf("%s: TTL %s, want %s less the %s elapsed since it was set", key, ttl, want, elapsed)
	}
}

// The keys follow spec §3.9 under the prefix.
func TestKeyLayout(t *testing.T) {
	b := newBackend(t, "")
	r := raw(t)
	ctx := context.Background()

	set := time.Now()
	if err := b.Set(ctx, "reflex:process:cache:abc", []byte("v"), time.Minute); err != nil {
		t.Fatal(err)
	}
	if v, err := r.Get(ctx, b.prefix+"cache:reflex:process:cache:abc").Result(); err != nil || v != "v" {
		t.Errorf("cache key: %q, %v", v, err)
	}
	wantTTL(t, r, b.prefix+"cache:reflex:process:cache:abc", time.Minute, set)

	set = time.Now()
	if _, err := b.Allow(ctx, "user:42", cache.Limit{Capacity: 10, RefillPerSecond: 1}, 3); err != nil {
		t.Fatal(err)
	}
	key := b.prefix + "ratelimit:user:42"
	h, err := r.HGetAll(ctx, key).Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 || h["tokens"] != "7" {
		t.Errorf("bucket hash %v, want tokens=7 and last_refill", h)
	}
	last, err := strconv.ParseInt(h["last_refill"], 10, 64)
	if err != nil || time.Since(time.UnixMicro(last)).Abs() > time.Minute {
		t.Errorf("last_refill %q is not microseconds near now: %v", h["last_refill"], err)
	}
	// Key TTL = time to refill fully: 3 tokens at 1/s.
	wantTTL(t, r, key, 3*time.Second, set)
	set = time.Now()
	if _, err := b.Allow(ctx, "slow", cache.Limit{Capacity: 1, RefillPerSecond: 1.0 / 7200}, 1); err != nil {
		t.Fatal(err)
	}
	wantTTL(t, r, b.prefix+"ratelimit:slow", time.Hour, set) // the 1h cap
	set = time.Now()
	if _, err := b.Allow(ctx, "fast", cache.Limit{Capacity: 100, RefillPerSecond: 1000}, 1); err != nil {
		t.Fatal(err)
	}
	wantTTL(t, r, b.prefix+"ratelimit:fast", time.Second, set) // the 1s floor

	if err := b.Revoke(ctx, "jti-1", time.Now().Add(10*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if ttl := r.PTTL(ctx, b.prefix+"revoked_token:jti-1").Val(); ttl <= 9*time.Minute || ttl > 10*time.Minute {
		t.Errorf("revocation TTL %s, want about 10m", ttl)
	}
}

func TestDefaultPrefix(t *testing.T) {
	b, err := New(context.Background(), Config{URL: cachetest.RedisURL(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if b.prefix != "octollm:" {
		t.Fatalf("default prefix %q", b.prefix)
	}
}

// Several replicas share a bucket through Redis: together they are never
// granted more than it holds.
func TestReplicasShareBuckets(t *testing.T) {
	url := cachetest.RedisURL(t)
	prefix := uniquePrefix(t, url)
	replicas := []*Backend{newBackend(t, prefix), newBackend(t, prefix), newBackend(t, prefix)}
	l := cache.Limit{Capacity: 30, RefillPerSecond: 0.001}
	var (
		granted atomic.Int64
		wg      sync.WaitGroup
	)
	for g := range 30 {
		wg.Go(func() {
			for range 5 {
				d, err := replicas[g%3].Allow(context.Background(), "global", l, 1)
				if err != nil {
					t.Error(err)
					return
				}
				if d.Allowed {
					granted.Add(1)
				}
			}
		})
	}
	wg.Wait()
	if got := granted.Load(); got != 30 {
		t.Fatalf("3 replicas were granted %d tokens of a 30-token bucket, want exactly 30", got)
	}
}

// After a server restart or SCRIPT FLUSH the script is sent again.
func TestScriptReloaded(t *testing.T) {
	b := newBackend(t, "")
	if err := raw(t).ScriptFlush(context.Background()).Err(); err != nil {
		t.Fatal(err)
	}
	d, err := b.Allow(context.Background(), "k", cache.Limit{Capacity: 1, RefillPerSecond: 1}, 1)
	if err != nil || !d.Allowed {
		t.Fatalf("Allow after SCRIPT FLUSH: %+v, %v", d, err)
	}
}

func TestSentinels(t *testing.T) {
	b := newBackend(t, "")
	ctx := context.Background()
	if _, err := b.Allow(ctx, "k", cache.Limit{Capacity: 1, RefillPerSecond: 1}, 2); !errors.Is(err, ErrInvalidLimit) {
		t.Errorf("Allow beyond capacity: %v, want ErrInvalidLimit", err)
	}
	if err := b.Set(ctx, "", nil, 0); !errors.Is(err, ErrEmptyKey) {
		t.Errorf("Set empty key: %v, want ErrEmptyKey", err)
	}
}

func TestNewErrors(t *testing.T) {
	const secret = "s3cr3t-pw"
	for _, tt := range []struct {
		name, url, want string
		invalid         bool
	}{
		{"empty", "", "empty", true},
		{"scheme", "http://127.0.0.1:6379", `scheme "http"`, true},
		{"bad port", "redis://u:" + secret + "@127.0.0.1:notaport/0", "invalid port", true},
		{"bad db", "redis://:" + secret + "@127.0.0.1:6379/x", "127.0.0.1:6379/x", true},
		{"unreachable", "redis://u:" + secret + "@127.0.0.1:1/0", "connect to Redis at 127.0.0.1:1/0", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(context.Background(), Config{URL: tt.url, PingTimeout: 2 * time.Second})
			if err == nil {
				t.Fatal("New succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			if strings.Contains(err.Error(), secret) {
				t.Errorf("error %q shows the password", err)
			}
			if errors.Is(err, ErrInvalidURL) != tt.invalid {
				t.Errorf("errors.Is(%v, ErrInvalidURL) = %v, want %v", err, !tt.invalid, tt.invalid)
			}
		})
	}
}

func TestHost(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"redis://127.0.0.1:6379/0", "127.0.0.1:6379/0"},
		{"redis://user:pw@cache.internal:6380", "cache.internal:6380"},
		{"rediss://:pw@cache.internal:6380/3", "cache.internal:6380/3"},
		{"redis://", "localhost:6379"},
	} {
		got, err := Host(tt.url)
		if err != nil || got != tt.want {
			t.Errorf("Host(%q) = %q, %v; want %q", tt.url, got, err, tt.want)
		}
	}
}

func TestGlobEscape(t *testing.T) {
	for in, want := range map[string]string{
		"octollm:cache:a": "octollm:cache:a",
		`a*b?c[d]e\f`:     `a\*b\?c\[d\]e\\f`,
	} {
		if got := globEscape(in); got != want {
			t.Errorf("globEscape(%q) = %q, want %q", in, got, want)
		}
	}
}
