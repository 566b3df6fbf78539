package cachemem

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/cache"
	"github.com/octollm/octollm/internal/cache/cachetest"
)

var start = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func newBackend(tb testing.TB, cfg Config) (*Backend, *cachetest.Clock) {
	tb.Helper()
	clock := cachetest.NewClock(start)
	cfg.Now = clock.Now
	b, err := New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = b.Close() })
	return b, clock
}

func harness(tb testing.TB) cachetest.Harness {
	b, clock := newBackend(tb, Config{})
	return cachetest.Harness{Backend: b, Now: clock.Now, Advance: clock.Advance}
}

func TestConformance(t *testing.T) { cachetest.Run(t, harness) }

// The suite also passes on the real clock, as the embedded default runs.
func TestConformanceRealClock(t *testing.T) {
	cachetest.Run(t, func(tb testing.TB) cachetest.Harness {
		b, err := New(Config{})
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { _ = b.Close() })
		return cachetest.Harness{Backend: b}
	})
}

func BenchmarkBackend(b *testing.B) {
	cachetest.Benchmark(b, func(tb testing.TB) cachetest.Harness {
		be, err := New(Config{})
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { _ = be.Close() })
		return cachetest.Harness{Backend: be}
	})
}

func TestConfig(t *testing.T) {
	for _, tt := range []struct {
		name    string
		cfg     Config
		wantErr bool
	}{
		{"defaults", Config{}, false},
		{"negative MaxEntries", Config{MaxEntries: -1}, true},
		{"negative SweepInterval", Config{SweepInterval: -time.Second}, true},
		{"explicit", Config{MaxEntries: 10, SweepInterval: time.Second}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, err := New(tt.cfg)
			if (err != nil) != tt.wantErr {
				t.Fatalf("New(%+v) error = %v, wantErr %v", tt.cfg, err, tt.wantErr)
			}
			if err == nil {
				if tt.cfg.MaxEntries == 0 && b.cfg.MaxEntries != DefaultMaxEntries {
					t.Errorf("MaxEntries default = %d", b.cfg.MaxEntries)
				}
				if tt.cfg.SweepInterval == 0 && b.cfg.SweepInterval != DefaultSweepInterval {
					t.Errorf("SweepInterval default = %s", b.cfg.SweepInterval)
				}
			}
		})
	}
}

func TestLRUEviction(t *testing.T) {
	b, _ := newBackend(t, Config{MaxEntries: 3})
	ctx := context.Background()
	for _, k := range []string{"a", "b", "c"} {
		if err := b.Set(ctx, k, []byte(k), 0); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok, _ := b.Get(ctx, "a"); !ok { // a becomes the most recent
		t.Fatal("a missing")
	}
	if err := b.Set(ctx, "d", []byte("d"), 0); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]bool{"a": true, "b": false, "c": true, "d": true} {
		if _, ok, _ := b.Get(ctx, k); ok != want {
			t.Errorf("after eviction Get(%q) present = %v, want %v", k, ok, want)
		}
	}
	if n, _ := b.Len(ctx, ""); n != 3 {
		t.Errorf("Len = %d, want 3", n)
	}
}

func TestExactArithmetic(t *testing.T) {
	b, clock := newBackend(t, Config{})
	ctx := context.Background()
	l := cache.Limit{Capacity: 10, RefillPerSecond: 3}
	d, err := b.Allow(ctx, "k", l, 10)
	if err != nil || !d.Allowed || d.Remaining != 0 {
		t.Fatalf("draining: %+v, %v", d, err)
	}
	if want := 3333333334 * time.Nanosecond; d.ResetAfter != want {
		t.Errorf("ResetAfter = %s, want %s (10/3 s rounded up)", d.ResetAfter, want)
	}
	d, _ = b.Allow(ctx, "k", l, 1)
	if d.Allowed || d.RetryAfter != 333333334*time.Nanosecond {
		t.Errorf("denied: %+v, want RetryAfter 1/3 s rounded up", d)
	}
	clock.Advance(time.Second)
	d, _ = b.Allow(ctx, "k", l, 1)
	if !d.Allowed || d.Remaining != 2 {
		t.Errorf("after 1 s: %+v, want allowed with exactly 2 remaining", d)
	}
	clock.Advance(500 * time.Millisecond)
	d, _ = b.Allow(ctx, "k", l, 4)
	if d.Allowed || d.Remaining != 3.5 || d.RetryAfter != 166666667*time.Nanosecond {
		t.Errorf("4 of 3.5 tokens: %+v, want denied, 3.5 remaining, RetryAfter 1/6 s", d)
	}
	// A lowered capacity applies at once.
	d, _ = b.Allow(ctx, "k", cache.Limit{Capacity: 2, RefillPerSecond: 3}, 1)
	if !d.Allowed || d.Remaining != 1 {
		t.Errorf("capacity lowered to 2: %+v, want allowed with 1 remaining", d)
	}
}

func TestIdleBucketsArePruned(t *testing.T) {
	b, clock := newBackend(t, Config{SweepInterval: time.Minute})
	ctx := context.Background()
	fast := cache.Limit{Capacity: 5, RefillPerSecond: 1} // full again after 1 s
	slow := cache.Limit{Capacity: 1, RefillPerSecond: 1.0 / 7200}
	for i := range 100 {
		if _, err := b.Allow(ctx, "ip:"+strconv.Itoa(i), fast, 1); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := b.Allow(ctx, "slow", slow, 1); err != nil {
		t.Fatal(err)
	}
	if _, n, _ := b.stats(); n != 101 {
		t.Fatalf("%d buckets, want 101", n)
	}
	clock.Advance(2 * time.Minute)
	if _, err := b.Allow(ctx, "ip:new", fast, 1); err != nil { // triggers the sweep
		t.Fatal(err)
	}
	// The slow bucket would need 2 h to refill; it is kept up to MaxBucketTTL.
	if _, n, _ := b.stats(); n != 2 {
		t.Fatalf("%d buckets after the sweep, want 2 (slow and ip:new)", n)
	}
	if d, _ := b.Allow(ctx, "slow", slow, 1); d.Allowed {
		t.Fatalf("the slow bucket was forgotten too early: %+v", d)
	}
	clock.Advance(MaxBucketTTL)
	if d, _ := b.Allow(ctx, "slow", slow, 1); !d.Allowed {
		t.Fatalf("after MaxBucketTTL idle the bucket starts full again (as on Redis): %+v", d)
	}
	if _, n, _ := b.stats(); n != 1 {
		t.Fatalf("%d buckets, want 1", n)
	}
}

func TestExpiredRevocationsArePruned(t *testing.T) {
	b, clock := newBackend(t, Config{SweepInterval: time.Minute})
	ctx := context.Background()
	for i := range 50 {
		if err := b.Revoke(ctx, "jti-"+strconv.Itoa(i), start.Add(time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Revoke(ctx, "long", start.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	clock.Advance(2 * time.Minute)
	if ok, _ := b.IsRevoked(ctx, "long"); !ok {
		t.Fatal("long revocation lost")
	}
	if _, _, n := b.stats(); n != 1 {
		t.Fatalf("%d revocations kept, want 1", n)
	}
}

func TestRevocationsSurviveCacheEviction(t *testing.T) {
	b, _ := newBackend(t, Config{MaxEntries: 2})
	ctx := context.Background()
	if err := b.Revoke(ctx, "jti", start.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		if err := b.Set(ctx, strconv.Itoa(i), []byte("v"), 0); err != nil {
			t.Fatal(err)
		}
	}
	if ok, _ := b.IsRevoked(ctx, "jti"); !ok {
		t.Fatal("filling the cache dropped a revocation")
	}
}

func TestSentinels(t *testing.T) {
	b, _ := newBackend(t, Config{})
	ctx := context.Background()
	if _, err := b.Allow(ctx, "k", cache.Limit{Capacity: 1, RefillPerSecond: 1}, 2); !errors.Is(err, ErrInvalidLimit) {
		t.Errorf("Allow beyond capacity: %v, want ErrInvalidLimit", err)
	}
	if err := b.Set(ctx, "", nil, 0); !errors.Is(err, ErrEmptyKey) {
		t.Errorf("Set empty key: %v, want ErrEmptyKey", err)
	}
	_ = b.Close()
	if _, _, err := b.Get(ctx, "k"); !errors.Is(err, ErrClosed) {
		t.Errorf("Get after Close: %v, want ErrClosed", err)
	}
}
