package cachemem

import (
	"bytes"
	"hash/maphash"
	"math"
	"sync"
	"time"
)

// store is the value cache: an entry-count-bounded LRU with a TTL per entry
// whose memory holds no Go pointers. A pointer-per-entry LRU (a list element,
// a key string and a value slice per entry) made every garbage-collection
// cycle trace the whole cache: with 100 000 entries the reflex service's
// cache-hit P99 rose from 1.6 ms to 3–5 ms. Here each shard keeps
//
//   - index: map[uint64]uint32 from the key's hash to a slot (no pointers,
//     so the map's memory is not scanned),
//   - slots: one fixed-size record per entry (offsets, lengths, expiry and
//     the LRU links as slot numbers),
//   - data: one byte slice holding every key and value back to back.
//
// A replaced or removed entry leaves its bytes in data as garbage; once
// garbage is more than half of data the shard copies its live entries to a
// fresh slice (amortised O(1) per write, and a shard holds ~1/32 of the
// cache, so a compaction holds one shard's lock for tens of microseconds).
//
// Keys are sharded by hash; each shard runs its own LRU over its share of
// MaxEntries, so eviction is least-recently-used per shard, which is exact
// when the cache has one shard (MaxEntries below minShardEntries*2).
type store struct {
	seed   maphash.Seed
	base   time.Time // expiry times are nanoseconds since base
	shards []shard
	mask   uint64
}

const (
	// minShardEntries is the least capacity of a shard when there are
	// several: small caches keep one exact LRU.
	minShardEntries = 2048
	maxShards       = 32
	// compactMin is the garbage, in bytes, below which a shard never
	// compacts (copying a small shard often would cost more than it frees).
	compactMin = 64 << 10

	noSlot     = math.MaxUint32
	neverTicks = math.MaxInt64
)

// slot is one entry. It holds no pointers.
type slot struct {
	hash       uint64
	off        int    // key at data[off:off+klen], value right after it
	klen, vlen uint32 //
	expires    int64  // ticks (ns since store.base); neverTicks: no expiry
	prev, next uint32 // LRU neighbours (prev is more recent); free list via next
}

type shard struct {
	mu      sync.Mutex
	index   map[uint64]uint32
	slots   []slot
	free    uint32 // first free slot, noSlot if none
	head    uint32 // most recently used
	tail    uint32 // least recently used
	n, max  int
	data    []byte
	garbage int // bytes of data no live slot refers to
}

func newStore(maxEntries int, now time.Time) *store {
	n := 1
	for n < maxShards && maxEntries/(n*2) >= minShardEntries {
		n *= 2
	}
	s := &store{seed: maphash.MakeSeed(), base: now, shards: make([]shard, n), mask: uint64(n - 1)}
	for i := range s.shards {
		sh := &s.shards[i]
		sh.max = maxEntries / n
		if i < maxEntries%n {
			sh.max++
		}
		sh.reset()
	}
	return s
}

func (sh *shard) reset() {
	sh.index = make(map[uint64]uint32)
	sh.slots = nil
	sh.free, sh.head, sh.tail = noSlot, noSlot, noSlot
	sh.n, sh.data, sh.garbage = 0, nil, 0
}

// ticks converts t to the store's expiry clock.
func (s *store) ticks(t time.Time) int64 { return int64(t.Sub(s.base)) }

// expiry returns the expiry tick of an entry written at now for ttl.
func (s *store) expiry(now time.Time, ttl time.Duration) int64 {
	if ttl <= 0 {
		return neverTicks
	}
	t := s.ticks(now)
	if int64(ttl) > neverTicks-1-t {
		return neverTicks - 1 // later than any clock reading
	}
	return t + int64(ttl)
}

func (s *store) shardOf(key string) (*shard, uint64) {
	h := maphash.String(s.seed, key)
	return &s.shards[h&s.mask], h
}

// get returns a copy of key's value appended to dst.
func (s *store) get(dst []byte, key string, now time.Time) ([]byte, bool) {
	sh, h := s.shardOf(key)
	t := s.ticks(now)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	i, ok := sh.lookup(h, key)
	if !ok {
		return dst, false
	}
	e := &sh.slots[i]
	if t >= e.expires {
		sh.remove(i)
		return dst, false
	}
	sh.touch(i)
	start := e.off + int(e.klen)
	return append(dst, sh.data[start:start+int(e.vlen)]...), true
}

func (s *store) set(key string, val []byte, expires int64) {
	sh, h := s.shardOf(key)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if i, ok := sh.index[h]; ok {
		sh.remove(i) // the same key, or (astronomically rarely) another key with its hash
	}
	if sh.n >= sh.max {
		sh.remove(sh.tail)
	}
	if sh.garbage > compactMin && sh.garbage > len(sh.data)/2 {
		sh.compact()
	}
	i := sh.free
	if i == noSlot {
		sh.slots = append(sh.slots, slot{})
		i = uint32(len(sh.slots) - 1)
	} else {
		sh.free = sh.slots[i].next
	}
	off := len(sh.data)
	sh.data = append(sh.data, key...)
	sh.data = append(sh.data, val...)
	sh.slots[i] = slot{hash: h, off: off, klen: uint32(len(key)), vlen: uint32(len(val)), expires: expires, prev: noSlot, next: noSlot}
	sh.index[h] = i
	sh.pushFront(i)
	sh.n++
}

func (s *store) delete(key string) {
	sh, h := s.shardOf(key)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if i, ok := sh.lookup(h, key); ok {
		sh.remove(i)
	}
}

// scan visits every entry whose key starts with prefix, dropping expired
// ones, and removes the live ones too when drop is set. It returns how many
// live entries it met. O(entries).
func (s *store) scan(prefix string, now time.Time, drop bool) int {
	t := s.ticks(now)
	pfx := []byte(prefix)
	n := 0
	for k := range s.shards {
		sh := &s.shards[k]
		sh.mu.Lock()
		for i := sh.head; i != noSlot; {
			e := &sh.slots[i]
			next := e.next
			if bytes.HasPrefix(sh.key(e), pfx) {
				live := t < e.expires
				if live {
					n++
				}
				if drop || !live {
					sh.remove(i)
				}
			}
			i = next
		}
		sh.mu.Unlock()
	}
	return n
}

func (s *store) purge() {
	for k := range s.shards {
		sh := &s.shards[k]
		sh.mu.Lock()
		sh.reset()
		sh.mu.Unlock()
	}
}

func (s *store) len() int {
	n := 0
	for k := range s.shards {
		sh := &s.shards[k]
		sh.mu.Lock()
		n += sh.n
		sh.mu.Unlock()
	}
	return n
}

// key returns e's key bytes; valid until the shard changes.
func (sh *shard) key(e *slot) []byte { return sh.data[e.off : e.off+int(e.klen)] }

func (sh *shard) lookup(h uint64, key string) (uint32, bool) {
	i, ok := sh.index[h]
	if !ok {
		return noSlot, false
	}
	e := &sh.slots[i]
	if string(sh.key(e)) != key { // no allocation: compiled to a comparison
		return noSlot, false
	}
	return i, true
}

func (sh *shard) remove(i uint32) {
	e := &sh.slots[i]
	sh.unlink(i)
	delete(sh.index, e.hash)
	sh.garbage += int(e.klen) + int(e.vlen)
	*e = slot{next: sh.free}
	sh.free = i
	sh.n--
}

func (sh *shard) touch(i uint32) {
	if sh.head == i {
		return
	}
	sh.unlink(i)
	sh.pushFront(i)
}

func (sh *shard) unlink(i uint32) {
	e := &sh.slots[i]
	if e.prev != noSlot {
		sh.slots[e.prev].next = e.next
	} else {
		sh.head = e.next
	}
	if e.next != noSlot {
		sh.slots[e.next].prev = e.prev
	} else {
		sh.tail = e.prev
	}
	e.prev, e.next = noSlot, noSlot
}

func (sh *shard) pushFront(i uint32) {
	e := &sh.slots[i]
	e.prev, e.next = noSlot, sh.head
	if sh.head != noSlot {
		sh.slots[sh.head].prev = i
	}
	sh.head = i
	if sh.tail == noSlot {
		sh.tail = i
	}
}

// compact copies the live entries to a fresh data slice, dropping garbage.
// The new slice has room for as much garbage again as the trigger in set
// allows (max(live, compactMin)), so in a steady state it is filled up to
// the next compaction without being regrown by append.
func (sh *shard) compact() {
	live := len(sh.data) - sh.garbage
	data := make([]byte, 0, 2*live+compactMin+4096)
	for i := sh.head; i != noSlot; i = sh.slots[i].next {
		e := &sh.slots[i]
		off := len(data)
		data = append(data, sh.data[e.off:e.off+int(e.klen)+int(e.vlen)]...)
		e.off = off
	}
	sh.data, sh.garbage = data, 0
}
