package cachemem

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

// TestShardedBoundAndRecency fills a cache large enough to be sharded with
// three times its capacity: it holds exactly MaxEntries entries afterwards,
// and the most recently written keys are all present.
func TestShardedBoundAndRecency(t *testing.T) {
	const maxEntries = 10_000
	b, _ := newBackend(t, Config{MaxEntries: maxEntries})
	if len(b.values.shards) < 2 {
		t.Fatalf("%d shards; the test wants a sharded cache", len(b.values.shards))
	}
	ctx := context.Background()
	for i := range 3 * maxEntries {
		if err := b.Set(ctx, fmt.Sprintf("k%d", i), []byte(fmt.Sprint(i)), 0); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := b.Len(ctx, ""); n != maxEntries {
		t.Fatalf("Len = %d, want %d", n, maxEntries)
	}
	for i := 3*maxEntries - 1000; i < 3*maxEntries; i++ {
		got, ok, err := b.Get(ctx, fmt.Sprintf("k%d", i))
		if err != nil || !ok || string(got) != fmt.Sprint(i) {
			t.Fatalf("recent key k%d: %q %v %v", i, got, ok, err)
		}
	}
	if _, ok, _ := b.Get(ctx, "k0"); ok {
		t.Error("k0, the oldest key, survived 30 000 writes to 10 000 slots")
	}
}

// TestRewritesCompact rewrites a few keys with values of varying size many
// times: every value reads back intact and the shards' byte slices stay
// proportional to the live data (garbage is compacted away).
func TestRewritesCompact(t *testing.T) {
	b, clock := newBackend(t, Config{MaxEntries: 100})
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	want := map[string][]byte{}
	for i := range 20_000 {
		k := fmt.Sprintf("key-%d", rng.IntN(50))
		v := bytes.Repeat([]byte{byte(i)}, 1+rng.IntN(2000))
		ttl := time.Duration(0)
		if i%3 == 0 {
			ttl = time.Hour
		}
		if err := b.Set(ctx, k, v, ttl); err != nil {
			t.Fatal(err)
		}
		want[k] = v
		if i%7 == 0 {
			d := fmt.Sprintf("key-%d", rng.IntN(50))
			if err := b.Delete(ctx, d); err != nil {
				t.Fatal(err)
			}
			delete(want, d)
		}
	}
	clock.Advance(time.Minute)
	live := 0
	for k, v := range want {
		got, ok, err := b.Get(ctx, k)
		if err != nil || !ok || !bytes.Equal(got, v) {
			t.Fatalf("%s: got %d bytes, present %v, err %v; want %d bytes", k, len(got), ok, err, len(v))
		}
		live += len(k) + len(v)
	}
	for i := range b.values.shards {
		sh := &b.values.shards[i]
		if len(sh.data) > 2*live+compactMin+4000 {
			t.Errorf("shard %d holds %d bytes for %d live bytes: garbage not compacted", i, len(sh.data), live)
		}
	}
	if n, _ := b.Len(ctx, "key-"); n != len(want) {
		t.Errorf("Len = %d, want %d", n, len(want))
	}
}

// TestExpiryBoundaryAndFarFuture: an entry expires exactly at now+ttl, and
// a TTL too long for the clock means "never" rather than an overflow into
// the past.
func TestExpiryBoundaryAndFarFuture(t *testing.T) {
	b, clock := newBackend(t, Config{})
	ctx := context.Background()
	if err := b.Set(ctx, "short", []byte("s"), time.Second); err != nil {
		t.Fatal(err)
	}
	if err := b.Set(ctx, "long", []byte("l"), time.Duration(1<<63-1)); err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Second - time.Nanosecond)
	if _, ok, _ := b.Get(ctx, "short"); !ok {
		t.Fatal("short expired early")
	}
	clock.Advance(time.Nanosecond)
	if _, ok, _ := b.Get(ctx, "short"); ok {
		t.Fatal("short still present at its expiry")
	}
	clock.Advance(100 * 365 * 24 * time.Hour)
	if _, ok, _ := b.Get(ctx, "long"); !ok {
		t.Fatal("an entry with the longest TTL expired")
	}
}

// TestAppendGet reuses the caller's buffer and leaves it alone on a miss.
func TestAppendGet(t *testing.T) {
	b, _ := newBackend(t, Config{})
	ctx := context.Background()
	if err := b.Set(ctx, "k", []byte("value"), 0); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 0, 64)
	got, ok, err := b.AppendGet(ctx, buf[:0], "k")
	if err != nil || !ok || string(got) != "value" || &got[0] != &buf[:1][0] {
		t.Fatalf("AppendGet = %q %v %v (same buffer: %v)", got, ok, err, len(got) > 0 && &got[0] == &buf[:1][0])
	}
	got, ok, _ = b.AppendGet(ctx, []byte("x"), "absent")
	if ok || string(got) != "x" {
		t.Fatalf("AppendGet on a miss = %q %v", got, ok)
	}
	if allocs := testing.AllocsPerRun(100, func() { buf, _, _ = b.AppendGet(ctx, buf[:0], "k") }); allocs != 0 {
		t.Errorf("AppendGet allocates %v times per call", allocs)
	}
}

// TestFullCacheIsCheapForTheGC: a full default-size cache adds little to
// the work of a garbage collection, because its entries hold no pointers.
// The bound is loose (the point is the order of magnitude: a pointer-per-
// entry LRU of 100 000 entries made each collection trace ~400 000 objects).
func TestFullCacheIsCheapForTheGC(t *testing.T) {
	if testing.Short() {
		t.Skip("fills 100 000 entries")
	}
	b, _ := newBackend(t, Config{})
	ctx := context.Background()
	val := bytes.Repeat([]byte("v"), 100)
	for i := range DefaultMaxEntries {
		if err := b.Set(ctx, fmt.Sprintf("reflex:process:cache:tenant:%064d", i), val, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	// HeapObjects counts live allocations after the collection: the cache's
	// share is a few slices and map groups per shard, not several objects
	// per entry.
	if ms.HeapObjects > 50_000 {
		t.Errorf("%d live heap objects with a full cache; want far fewer than its %d entries", ms.HeapObjects, DefaultMaxEntries)
	}
	runtime.KeepAlive(b)
}
