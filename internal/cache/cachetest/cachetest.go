// Package cachetest is the conformance suite every cache.Backend passes:
// cachemem and cacheredis run the same Run and Benchmark from their tests, so
// the in-process default and Redis behave alike. It also holds the helpers
// those tests share: a fake clock and the Redis test URL lookup.
package cachetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/cache"
)

// Harness is one fresh, empty backend under test and control over the
// clock it runs on.
type Harness struct {
	Backend cache.Backend
	// Now returns the backend's current time. Nil means time.Now.
	Now func() time.Time
	// Advance moves the backend's clock forward by d. Nil for a backend on
	// real time (cacheredis reads the Redis server's TIME): the suite then
	// sleeps, so it keeps such waits short and runs them in parallel.
	Advance func(d time.Duration)
}

func (h Harness) now() time.Time {
	if h.Now != nil {
		return h.Now()
	}
	return time.Now()
}

func (h Harness) wait(d time.Duration) {
	if h.Advance != nil {
		h.Advance(d)
		return
	}
	time.Sleep(d)
}

// NewFunc builds a fresh backend for one test, isolated from every other
// test's keys, and registers its cleanup (Close included) on tb.
type NewFunc func(tb testing.TB) Harness

// RedisURL returns OCTOLLM_TEST_REDIS_URL. When it is unset the test is
// skipped, unless CI=true, where it fails: CI must run against real Redis.
func RedisURL(tb testing.TB) string {
	tb.Helper()
	if u := os.Getenv("OCTOLLM_TEST_REDIS_URL"); u != "" {
		return u
	}
	if os.Getenv("CI") == "true" {
		tb.Fatal("OCTOLLM_TEST_REDIS_URL is required when CI=true (e.g. redis://127.0.0.1:6379/0)")
	}
	tb.Skip("OCTOLLM_TEST_REDIS_URL is not set; skipping the Redis tests")
	return ""
}

// Clock is a fake clock for backends that take a Now function. It is safe
// for concurrent use.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// NewClock returns a clock standing at start.
func NewClock(start time.Time) *Clock { return &Clock{now: start} }

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// Limiter tests on real time see the bucket regain a little between two
// calls. They use slow refill rates (0.1 token/s) so that tolerance, half a
// second of refill, absorbs scheduling stalls on a loaded machine, while
// the expected values stay far apart.
const (
	slowRate  = 0.1
	tolerance = 0.05 // tokens
)

// Run runs the conformance suite against the backends newHarness builds.
func Run(t *testing.T, newHarness NewFunc) {
	tests := []struct {
		name string
		fn   func(*testing.T, Harness)
	}{
		{"GetSetDelete", testGetSetDelete},
		{"ValuesAreCopied", testValuesAreCopied},
		{"Expiry", testExpiry},
		{"DeletePrefix", testDeletePrefix},
		{"Len", testLen},
		{"NamespacesAreSeparate", testNamespacesAreSeparate},
		{"EmptyKeys", testEmptyKeys},
		{"AllowUntilEmpty", testAllowUntilEmpty},
		{"Refill", testRefill},
		{"RefillStopsAtCapacity", testRefillStopsAtCapacity},
		{"KeysAreIndependent", testKeysAreIndependent},
		{"SeveralTokens", testSeveralTokens},
		{"InvalidLimits", testInvalidLimits},
		{"ConcurrentBucket", testConcurrentBucket},
		{"ConcurrentBucketSeveralTokens", testConcurrentBucketSeveralTokens},
		{"ConcurrentMixed", testConcurrentMixed},
		{"Revocation", testRevocation},
		{"RevocationKeepsLongest", testRevocationKeepsLongest},
		{"CanceledContext", testCanceledContext},
		{"PingClose", testPingClose},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.fn(t, newHarness(t))
		})
	}
}

func mustGet(t *testing.T, c cache.Cache, key string) ([]byte, bool) {
	t.Helper()
	v, ok, err := c.Get(context.Background(), key)
	if err != nil {
		t.Fatalf("Get(%q): %v", key, err)
	}
	return v, ok
}

func mustSet(t *testing.T, c cache.Cache, key, val string, ttl time.Duration) {
	t.Helper()
	if err := c.Set(context.Background(), key, []byte(val), ttl); err != nil {
		t.Fatalf("Set(%q): %v", key, err)
	}
}

func wantValue(t *testing.T, c cache.Cache, key, want string) {
	t.Helper()
	v, ok := mustGet(t, c, key)
	if !ok {
		t.Fatalf("Get(%q): absent, want %q", key, want)
	}
	if string(v) != want {
		t.Fatalf("Get(%q) = %q, want %q", key, v, want)
	}
}

func wantAbsent(t *testing.T, c cache.Cache, key string) {
	t.Helper()
	if v, ok := mustGet(t, c, key); ok {
		t.Fatalf("Get(%q) = %q, want absent", key, v)
	}
}

func wantLen(t *testing.T, c cache.Cache, prefix string, want int) {
	t.Helper()
	n, err := c.Len(context.Background(), prefix)
	if err != nil {
		t.Fatalf("Len(%q): %v", prefix, err)
	}
	if n != want {
		t.Fatalf("Len(%q) = %d, want %d", prefix, n, want)
	}
}

func testGetSetDelete(t *testing.T, h Harness) {
	c, ctx := h.Backend, context.Background()
	wantAbsent(t, c, "k")
	mustSet(t, c, "k", "v1", 0)
	wantValue(t, c, "k", "v1")
	mustSet(t, c, "k", "v2", time.Hour)
	wantValue(t, c, "k", "v2")

	// Binary values, empty values and large values round-trip.
	bin := []byte{0, 1, 2, 0xff, 0, '\n'}
	if err := c.Set(ctx, "bin", bin, 0); err != nil {
		t.Fatal(err)
	}
	if v, ok := mustGet(t, c, "bin"); !ok || !bytes.Equal(v, bin) {
		t.Fatalf("Get(bin) = %v, %v; want %v", v, ok, bin)
	}
	mustSet(t, c, "empty", "", 0)
	if v, ok := mustGet(t, c, "empty"); !ok || len(v) != 0 {
		t.Fatalf("Get(empty) = %q, %v; want empty, true", v, ok)
	}
	big := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // 1 MiB
	if err := c.Set(ctx, "big", big, 0); err != nil {
		t.Fatal(err)
	}
	if v, ok := mustGet(t, c, "big"); !ok || !bytes.Equal(v, big) {
		t.Fatalf("Get(big): %d bytes, %v; want %d bytes", len(v), ok, len(big))
	}

	if err := c.Delete(ctx, "k"); err != nil {
		t.Fatal(err)
	}
	wantAbsent(t, c, "k")
	if err := c.Delete(ctx, "k"); err != nil {
		t.Fatalf("Delete of an absent key: %v", err)
	}
	wantValue(t, c, "empty", "")
}

func testValuesAreCopied(t *testing.T, h Harness) {
	c, ctx := h.Backend, context.Background()
	buf := []byte("original")
	if err := c.Set(ctx, "k", buf, 0); err != nil {
		t.Fatal(err)
	}
	copy(buf, "CHANGED!")
	wantValue(t, c, "k", "original")
	v, _ := mustGet(t, c, "k")
	copy(v, "CHANGED!")
	wantValue(t, c, "k", "original")
}

func testExpiry(t *testing.T, h Harness) {
	c := h.Backend
	mustSet(t, c, "short", "1", time.Second)
	mustSet(t, c, "long", "2", time.Hour)
	mustSet(t, c, "forever", "3", 0)
	mustSet(t, c, "negative", "4", -time.Second) // ttl <= 0: no expiry
	mustSet(t, c, "renewed", "5", time.Second)
	mustSet(t, c, "renewed", "6", 0) // overwriting drops the old TTL
	wantValue(t, c, "short", "1")
	wantLen(t, c, "", 5)

	h.wait(1100 * time.Millisecond)
	wantAbsent(t, c, "short")
	wantValue(t, c, "long", "2")
	wantValue(t, c, "forever", "3")
	wantValue(t, c, "negative", "4")
	wantValue(t, c, "renewed", "6")
	wantLen(t, c, "", 4)
}

func testDeletePrefix(t *testing.T, h Harness) {
	c, ctx := h.Backend, context.Background()
	for _, k := range []string{"a:1", "a:2", "a:3:x", "ab", "b:1", "x*:1", "x*y", "xy", "q?:1", "qq:1", "s[1]:1", "s1:1", `e\:1`} {
		mustSet(t, c, k, k, 0)
	}
	del := func(prefix string, want int) {
		t.Helper()
		n, err := c.DeletePrefix(ctx, prefix)
		if err != nil {
			t.Fatalf("DeletePrefix(%q): %v", prefix, err)
		}
		if n != want {
			t.Fatalf("DeletePrefix(%q) = %d, want %d", prefix, n, want)
		}
	}
	del("a:", 3)
	wantAbsent(t, c, "a:1")
	wantAbsent(t, c, "a:3:x")
	wantValue(t, c, "ab", "ab")
	wantValue(t, c, "b:1", "b:1")
	del("a:", 0)

	// Glob characters in a prefix are literal, never patterns.
	del("x*", 2)
	wantValue(t, c, "xy", "xy")
	del("q?", 1)
	wantValue(t, c, "qq:1", "qq:1")
	del("s[1]", 1)
	wantValue(t, c, "s1:1", "s1:1")
	del(`e\`, 1)

	wantLen(t, c, "", 5) // ab, b:1, xy, qq:1, s1:1
}

func testLen(t *testing.T, h Harness) {
	c := h.Backend
	wantLen(t, c, "", 0)
	for i := range 25 {
		mustSet(t, c, fmt.Sprintf("user:%d", i), "v", 0)
	}
	for i := range 7 {
		mustSet(t, c, fmt.Sprintf("ip:%d", i), "v", time.Hour)
	}
	mustSet(t, c, "user:0", "again", 0) // overwriting does not add a key
	wantLen(t, c, "", 32)
	wantLen(t, c, "user:", 25)
	wantLen(t, c, "user:1", 11) // 1, 10–19
	wantLen(t, c, "ip:", 7)
	wantLen(t, c, "none:", 0)
	wantLen(t, c, "*", 0)
}

// The cache, the buckets and the revocation list do not share keys: clearing
// the cache must never reset a rate limit or un-revoke a token.
func testNamespacesAreSeparate(t *testing.T, h Harness) {
	b, ctx := h.Backend, context.Background()
	l := cache.Limit{Capacity: 1, RefillPerSecond: 0.001}
	if d := allow(t, b, "user:1", l, 1); !d.Allowed {
		t.Fatalf("first Allow denied: %+v", d)
	}
	if err := b.Revoke(ctx, "jti-1", h.now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	mustSet(t, b, "user:1", "cached", 0)
	wantLen(t, b, "", 1)
	if n, err := b.DeletePrefix(ctx, ""); err != nil || n != 1 {
		t.Fatalf("DeletePrefix(\"\") = %d, %v; want 1", n, err)
	}
	if d := allow(t, b, "user:1", l, 1); d.Allowed {
		t.Fatalf("clearing the cache reset the bucket: %+v", d)
	}
	wantRevoked(t, b, "jti-1", true)
	wantAbsent(t, b, "jti-1")
	wantAbsent(t, b, "revoked_token:jti-1")
}

func testEmptyKeys(t *testing.T, h Harness) {
	b, ctx := h.Backend, context.Background()
	if err := b.Set(ctx, "", []byte("v"), 0); err == nil {
		t.Error("Set with an empty key succeeded")
	}
	if _, err := b.Allow(ctx, "", cache.Limit{Capacity: 1, RefillPerSecond: 1}, 1); err == nil {
		t.Error("Allow with an empty key succeeded")
	}
	if err := b.Revoke(ctx, "", h.now().Add(time.Hour)); err == nil {
		t.Error("Revoke with an empty jti succeeded")
	}
}

func allow(t *testing.T, l cache.Limiter, key string, lim cache.Limit, n int) cache.Decision {
	t.Helper()
	d, err := l.Allow(context.Background(), key, lim, n)
	if err != nil {
		t.Fatalf("Allow(%q, %+v, %d): %v", key, lim, n, err)
	}
	if d.Remaining < 0 || d.Remaining > lim.Capacity {
		t.Fatalf("Allow(%q): Remaining %g outside [0, %g]", key, d.Remaining, lim.Capacity)
	}
	if d.Allowed && d.RetryAfter != 0 {
		t.Fatalf("Allow(%q): allowed with RetryAfter %s", key, d.RetryAfter)
	}
	return d
}

func near(got, want float64) bool { return math.Abs(got-want) <= tolerance }

// wantDuration checks that d lies in (want - slack, want]: rounding is up,
// and on real time the bucket regains up to tolerance tokens between calls,
// which at slowRate is half a second.
func wantDuration(t *testing.T, what string, d, want time.Duration) {
	t.Helper()
	slack := time.Duration(tolerance / slowRate * float64(time.Second))
	if d > want+time.Millisecond || d <= want-slack {
		t.Fatalf("%s = %s, want within (%s, %s]", what, d, want-slack, want)
	}
}

func testAllowUntilEmpty(t *testing.T, h Harness) {
	l := cache.Limit{Capacity: 5, RefillPerSecond: slowRate}
	for i := range 5 {
		d := allow(t, h.Backend, "user:a", l, 1)
		if !d.Allowed {
			t.Fatalf("request %d denied: %+v", i+1, d)
		}
		if want := float64(4 - i); !near(d.Remaining, want) {
			t.Fatalf("request %d: Remaining %g, want %g", i+1, d.Remaining, want)
		}
		wantDuration(t, "ResetAfter", d.ResetAfter, time.Duration((5-d.Remaining)/slowRate*float64(time.Second)))
	}
	d := allow(t, h.Backend, "user:a", l, 1)
	if d.Allowed {
		t.Fatalf("request 6 allowed: %+v", d)
	}
	if !near(d.Remaining, 0) {
		t.Fatalf("denied: Remaining %g, want 0", d.Remaining)
	}
	wantDuration(t, "RetryAfter", d.RetryAfter, 10*time.Second) // 1 token at 0.1/s
	wantDuration(t, "ResetAfter", d.ResetAfter, 50*time.Second) // 5 tokens
}

func testRefill(t *testing.T, h Harness) {
	l := cache.Limit{Capacity: 2, RefillPerSecond: 1}
	for range 2 {
		if d := allow(t, h.Backend, "k", l, 1); !d.Allowed {
			t.Fatalf("denied while full: %+v", d)
		}
	}
	d := allow(t, h.Backend, "k", l, 1)
	if d.Allowed {
		t.Fatalf("allowed while empty: %+v", d)
	}
	// Waiting the advertised time is enough.
	h.wait(d.RetryAfter)
	if d := allow(t, h.Backend, "k", l, 1); !d.Allowed {
		t.Fatalf("denied after waiting RetryAfter: %+v", d)
	}

	h.wait(1500 * time.Millisecond) // regains 1.5 tokens
	before := h.now()
	d = allow(t, h.Backend, "k", l, 1)
	if !d.Allowed {
		t.Fatalf("denied after refill: %+v", d)
	}
	if d.Remaining < 0.5-1e-9 || d.Remaining > 0.5+0.5 {
		t.Fatalf("after refill: Remaining %g, want about 0.5", d.Remaining)
	}
	// The next request finds the token it needs only if the time since
	// the first began refilled the rest of it: on real time, a loaded
	// machine may stall that long between the calls.
	if d2 := allow(t, h.Backend, "k", l, 1); d2.Allowed {
		need := time.Duration((1 - d.Remaining) / l.RefillPerSecond * float64(time.Second))
		if elapsed := h.now().Sub(before); elapsed < need {
			t.Fatalf("refill granted more than %s allows: %+v", elapsed, d2)
		}
	}
}

func testRefillStopsAtCapacity(t *testing.T, h Harness) {
	l := cache.Limit{Capacity: 2, RefillPerSecond: 20}
	allow(t, h.Backend, "k", l, 1)
	h.wait(300 * time.Millisecond) // would regain 6 tokens without the cap
	d := allow(t, h.Backend, "k", l, 1)
	if !d.Allowed || d.Remaining != 1 {
		t.Fatalf("after a long wait: %+v, want allowed with exactly 1 remaining", d)
	}
	// 1 token missing at 20/s: full again in exactly 50 ms.
	if d.ResetAfter != 50*time.Millisecond {
		t.Fatalf("ResetAfter %s, want 50ms", d.ResetAfter)
	}
}

func testKeysAreIndependent(t *testing.T, h Harness) {
	l := cache.Limit{Capacity: 1, RefillPerSecond: 0.001}
	if d := allow(t, h.Backend, "ip:1", l, 1); !d.Allowed {
		t.Fatal(d)
	}
	if d := allow(t, h.Backend, "ip:1", l, 1); d.Allowed {
		t.Fatalf("second request on a 1-token bucket allowed: %+v", d)
	}
	if d := allow(t, h.Backend, "ip:2", l, 1); !d.Allowed {
		t.Fatalf("another key was limited by ip:1: %+v", d)
	}
	if d := allow(t, h.Backend, "user:1", l, 1); !d.Allowed {
		t.Fatalf("another key was limited by ip:1: %+v", d)
	}
}

func testSeveralTokens(t *testing.T, h Harness) {
	l := cache.Limit{Capacity: 10, RefillPerSecond: slowRate}
	for i, want := range []float64{6, 2} {
		d := allow(t, h.Backend, "k", l, 4)
		if !d.Allowed || !near(d.Remaining, want) {
			t.Fatalf("request %d of 4 tokens: %+v, want allowed with %g remaining", i+1, d, want)
		}
	}
	d := allow(t, h.Backend, "k", l, 4)
	if d.Allowed || !near(d.Remaining, 2) {
		t.Fatalf("4 tokens with 2 left: %+v, want denied with 2 remaining", d)
	}
	wantDuration(t, "RetryAfter", d.RetryAfter, 20*time.Second) // 2 tokens at 0.1/s
	// A denied request takes nothing: the 2 tokens are still there.
	if d := allow(t, h.Backend, "k", l, 2); !d.Allowed || !near(d.Remaining, 0) {
		t.Fatalf("2 tokens with 2 left: %+v, want allowed with 0 remaining", d)
	}
	// The whole capacity at once is a valid request.
	if d := allow(t, h.Backend, "other", l, 10); !d.Allowed || !near(d.Remaining, 0) {
		t.Fatalf("10 tokens of a full 10-token bucket: %+v", d)
	}
}

func testInvalidLimits(t *testing.T, h Harness) {
	for _, tt := range []struct {
		name string
		l    cache.Limit
		n    int
	}{
		{"zero capacity", cache.Limit{Capacity: 0, RefillPerSecond: 1}, 1},
		{"negative capacity", cache.Limit{Capacity: -1, RefillPerSecond: 1}, 1},
		{"NaN capacity", cache.Limit{Capacity: math.NaN(), RefillPerSecond: 1}, 1},
		{"infinite capacity", cache.Limit{Capacity: math.Inf(1), RefillPerSecond: 1}, 1},
		{"zero rate", cache.Limit{Capacity: 1, RefillPerSecond: 0}, 1},
		{"negative rate", cache.Limit{Capacity: 1, RefillPerSecond: -1}, 1},
		{"zero tokens", cache.Limit{Capacity: 1, RefillPerSecond: 1}, 0},
		{"negative tokens", cache.Limit{Capacity: 1, RefillPerSecond: 1}, -2},
		{"more than capacity", cache.Limit{Capacity: 3, RefillPerSecond: 1}, 4},
	} {
		if d, err := h.Backend.Allow(context.Background(), "k", tt.l, tt.n); err == nil {
			t.Errorf("%s: Allow = %+v, want an error", tt.name, d)
		}
	}
}

// hammer runs 50 goroutines, each making attempts requests of size(g)
// tokens on one bucket, and returns the tokens granted and the time taken.
func hammer(t *testing.T, h Harness, key string, l cache.Limit, attempts int, size func(g int) int) (granted int64, elapsed time.Duration) {
	const goroutines = 50
	var (
		wg    sync.WaitGroup
		total atomic.Int64
		errs  = make(chan error, goroutines)
		start = make(chan struct{})
	)
	for g := range goroutines {
		wg.Go(func() {
			<-start
			n := size(g)
			for range attempts {
				d, err := h.Backend.Allow(context.Background(), key, l, n)
				if err != nil {
					errs <- err
					return
				}
				if d.Remaining < 0 {
					errs <- fmt.Errorf("negative Remaining %g", d.Remaining)
					return
				}
				if d.Allowed {
					total.Add(int64(n))
				}
			}
		})
	}
	t0 := h.now()
	close(start)
	wg.Wait()
	elapsed = h.now().Sub(t0)
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	return total.Load(), elapsed
}

// refillAllowance is the most a bucket can legitimately regain in elapsed.
func refillAllowance(l cache.Limit, elapsed time.Duration) int64 {
	return int64(math.Floor(elapsed.Seconds()*l.RefillPerSecond + 1e-9))
}

func testConcurrentBucket(t *testing.T, h Harness) {
	l := cache.Limit{Capacity: 20, RefillPerSecond: 0.001}
	granted, elapsed := hammer(t, h, "global", l, 10, func(int) int { return 1 })
	limit := int64(l.Capacity) + refillAllowance(l, elapsed)
	if granted > limit {
		t.Fatalf("50 goroutines were granted %d tokens in %s; the bucket allows at most %d", granted, elapsed, limit)
	}
	// 500 attempts on 20 tokens: a request is only denied below 1 token,
	// so every token must have been handed out.
	if granted < int64(l.Capacity) {
		t.Fatalf("granted %d tokens, want all %g", granted, l.Capacity)
	}
}

func testConcurrentBucketSeveralTokens(t *testing.T, h Harness) {
	l := cache.Limit{Capacity: 20, RefillPerSecond: 0.001}
	granted, elapsed := hammer(t, h, "global", l, 10, func(g int) int { return 1 + g%3 })
	limit := int64(l.Capacity) + refillAllowance(l, elapsed)
	if granted > limit {
		t.Fatalf("50 goroutines were granted %d tokens in %s; the bucket allows at most %d", granted, elapsed, limit)
	}
	if granted < int64(l.Capacity)-2 {
		t.Fatalf("granted %d tokens of %g", granted, l.Capacity)
	}
}

// testConcurrentMixed exercises every operation at once (for the race
// detector); each goroutine checks its own keys.
func testConcurrentMixed(t *testing.T, h Harness) {
	b, ctx := h.Backend, context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Go(func() {
			key := "g" + strconv.Itoa(g) + ":"
			for i := range 25 {
				k := key + strconv.Itoa(i%5)
				v := []byte(strconv.Itoa(i))
				if err := b.Set(ctx, k, v, time.Hour); err != nil {
					errs <- err
					return
				}
				got, ok, err := b.Get(ctx, k)
				if err != nil || !ok || !bytes.Equal(got, v) {
					errs <- fmt.Errorf("Get(%q) = %q, %v, %v; want %q", k, got, ok, err, v)
					return
				}
				if _, err := b.Allow(ctx, key, cache.Limit{Capacity: 10, RefillPerSecond: 1}, 1); err != nil {
					errs <- err
					return
				}
				if err := b.Revoke(ctx, k, h.now().Add(time.Hour)); err != nil {
					errs <- err
					return
				}
				if ok, err := b.IsRevoked(ctx, k); err != nil || !ok {
					errs <- fmt.Errorf("IsRevoked(%q) = %v, %v", k, ok, err)
					return
				}
				if i%10 == 9 {
					if _, err := b.DeletePrefix(ctx, key); err != nil {
						errs <- err
						return
					}
				}
				if _, err := b.Len(ctx, ""); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

func wantRevoked(t *testing.T, r cache.Revocations, jti string, want bool) {
	t.Helper()
	got, err := r.IsRevoked(context.Background(), jti)
	if err != nil {
		t.Fatalf("IsRevoked(%q): %v", jti, err)
	}
	if got != want {
		t.Fatalf("IsRevoked(%q) = %v, want %v", jti, got, want)
	}
}

func testRevocation(t *testing.T, h Harness) {
	r, ctx := h.Backend, context.Background()
	wantRevoked(t, r, "a", false)
	now := h.now()
	if err := r.Revoke(ctx, "a", now.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := r.Revoke(ctx, "b", now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	// An already expired token needs no entry; revoking it is no error.
	if err := r.Revoke(ctx, "c", now.Add(-time.Minute)); err != nil {
		t.Fatalf("Revoke with a past expiry: %v", err)
	}
	wantRevoked(t, r, "a", true)
	wantRevoked(t, r, "b", true)
	wantRevoked(t, r, "c", false)
	wantRevoked(t, r, "other", false)

	h.wait(1100 * time.Millisecond)
	wantRevoked(t, r, "a", false)
	wantRevoked(t, r, "b", true)
}

func testRevocationKeepsLongest(t *testing.T, h Harness) {
	r, ctx := h.Backend, context.Background()
	now := h.now()
	if err := r.Revoke(ctx, "a", now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	// A second, shorter revocation must not shorten the first.
	if err := r.Revoke(ctx, "a", now.Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	h.wait(1100 * time.Millisecond)
	wantRevoked(t, r, "a", true)
}

func testCanceledContext(t *testing.T, h Harness) {
	b := h.Backend
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	check := func(op string, err error) {
		t.Helper()
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a canceled context: %v, want context.Canceled", op, err)
		}
	}
	_, _, err := b.Get(ctx, "k")
	check("Get", err)
	check("Set", b.Set(ctx, "k", []byte("v"), 0))
	_, err = b.Allow(ctx, "k", cache.Limit{Capacity: 1, RefillPerSecond: 1}, 1)
	check("Allow", err)
	_, err = b.IsRevoked(ctx, "j")
	check("IsRevoked", err)
	wantAbsent(t, b, "k")
}

func testPingClose(t *testing.T, h Harness) {
	b := h.Backend
	if b.Name() == "" {
		t.Error("Name is empty")
	}
	if err := b.Ping(context.Background()); err != nil {
		t.Fatalf("Ping: %v", err)
	}
	if err := b.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := b.Ping(context.Background()); err == nil {
		t.Fatal("Ping after Close succeeded")
	}
	if err := b.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
}

// Benchmark measures the cache and the limiter of the backends newHarness
// builds.
func Benchmark(b *testing.B, newHarness NewFunc) {
	ctx := context.Background()
	val := bytes.Repeat([]byte("x"), 512)
	const keys = 1024
	key := func(i int) string { return "bench:" + strconv.Itoa(i%keys) }
	fill := func(b *testing.B, c cache.Cache) {
		for i := range keys {
			if err := c.Set(ctx, key(i), val, time.Hour); err != nil {
				b.Fatal(err)
			}
		}
	}
	// Never empty: measures the bookkeeping, not the denial path.
	open := cache.Limit{Capacity: 1e12, RefillPerSecond: 1e9}

	b.Run("Get", func(b *testing.B) {
		c := newHarness(b).Backend
		fill(b, c)
		i := 0
		for b.Loop() {
			if _, ok, err := c.Get(ctx, key(i)); err != nil || !ok {
				b.Fatal(ok, err)
			}
			i++
		}
	})
	b.Run("GetParallel", func(b *testing.B) {
		c := newHarness(b).Backend
		fill(b, c)
		b.RunParallel(func(pb *testing.PB) {
			i := 0
			for pb.Next() {
				if _, ok, err := c.Get(ctx, key(i)); err != nil || !ok {
					b.Error(ok, err)
					return
				}
				i++
			}
		})
	})
	b.Run("Set", func(b *testing.B) {
		c := newHarness(b).Backend
		i := 0
		for b.Loop() {
			if err := c.Set(ctx, key(i), val, time.Hour); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("AllowOneKey", func(b *testing.B) {
		l := newHarness(b).Backend
		for b.Loop() {
			if d, err := l.Allow(ctx, "one", open, 1); err != nil || !d.Allowed {
				b.Fatal(d, err)
			}
		}
	})
	b.Run("AllowManyKeys", func(b *testing.B) {
		l := newHarness(b).Backend
		i := 0
		for b.Loop() {
			if d, err := l.Allow(ctx, key(i), open, 1); err != nil || !d.Allowed {
				b.Fatal(d, err)
			}
			i++
		}
	})
	b.Run("AllowParallel", func(b *testing.B) {
		l := newHarness(b).Backend
		b.RunParallel(func(pb *testing.PB) {
			i := 0
			for pb.Next() {
				if d, err := l.Allow(ctx, key(i), open, 1); err != nil || !d.Allowed {
					b.Error(d, err)
					return
				}
				i++
			}
		})
	})
}
