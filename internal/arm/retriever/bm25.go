package retriever

import (
	"math"
	"sort"
	"sync"
)

// bm25 is an in-process inverted index scored with Okapi BM25 (k1 1.2,
// b 0.75). Postings are append-only slices; deleted chunks are tombstoned
// and the postings compacted once a quarter of them are dead. Safe for
// concurrent use.
type bm25 struct {
	mu       sync.RWMutex
	vocab    map[string]uint32
	postings [][]posting // by term id
	df       []int32     // live documents per term
	slots    []bm25Doc   // by slot
	bySlot   map[string]int32
	live     int
	totalLen int64
	scratch  sync.Pool // *bm25Scratch
}

type posting struct {
	slot int32
	tf   uint16
}

type termFreq struct {
	term uint32
	tf   uint16
}

type bm25Doc struct {
	key   string
	terms []termFreq
	len   int32
	dead  bool
}

const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

func newBM25() *bm25 {
	return &bm25{vocab: map[string]uint32{}, bySlot: map[string]int32{}}
}

// add indexes tokens under key, replacing what key had.
func (x *bm25) add(key string, tokens []string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if s, ok := x.bySlot[key]; ok {
		x.kill(s)
	}
	counts := map[string]int{}
	for _, t := range tokens {
		counts[t]++
	}
	slot := int32(len(x.slots))
	d := bm25Doc{key: key, len: int32(len(tokens))}
	for t, n := range counts {
		id, ok := x.vocab[t]
		if !ok {
			id = uint32(len(x.postings))
			x.vocab[t] = id
			x.postings = append(x.postings, nil)
			x.df = append(x.df, 0)
		}
		tf := uint16(min(n, math.MaxUint16))
		x.postings[id] = append(x.postings[id], posting{slot: slot, tf: tf})
		x.df[id]++
		d.terms = append(d.terms, termFreq{term: id, tf: tf})
	}
	x.slots = append(x.slots, d)
	x.bySlot[key] = slot
	x.live++
	x.totalLen += int64(d.len)
}

func (x *bm25) kill(s int32) {
	d := &x.slots[s]
	if d.dead {
		return
	}
	d.dead = true
	for _, tf := range d.terms {
		x.df[tf.term]--
	}
	delete(x.bySlot, d.key)
	x.live--
	x.totalLen -= int64(d.len)
	if dead := len(x.slots) - x.live; dead > 64 && dead > len(x.slots)/4 {
		x.compact()
	}
}

// remove drops key; it reports whether key was indexed.
func (x *bm25) remove(key string) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	s, ok := x.bySlot[key]
	if ok {
		x.kill(s)
	}
	return ok
}

// compact rebuilds slots and postings without the dead documents.
func (x *bm25) compact() {
	var slots []bm25Doc
	postings := make([][]posting, len(x.postings))
	bySlot := make(map[string]int32, x.live)
	for _, d := range x.slots {
		if d.dead {
			continue
		}
		s := int32(len(slots))
		for _, tf := range d.terms {
			postings[tf.term] = append(postings[tf.term], posting{slot: s, tf: tf.tf})
		}
		bySlot[d.key] = s
		slots = append(slots, d)
	}
	x.slots, x.postings, x.bySlot = slots, postings, bySlot
}

// bm25Hit is a scored key.
type bm25Hit struct {
	key   string
	score float64
}

// search scores every live document containing a query term and returns
// the k best that accept admits (nil admits all), best first. Scores
// accumulate in a dense array (pooled) and a k-sized heap keeps the best,
// so a query whose words occur in most documents costs a pass over their
// postings, not a sort of every match.
func (x *bm25) search(queryTokens []string, k int, accept func(key string) bool) []bm25Hit {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if x.live == 0 || k <= 0 {
		return nil
	}
	avg := float64(x.totalLen) / float64(x.live)
	if avg == 0 {
		avg = 1
	}
	n := float64(x.live)
	acc, _ := x.scratch.Get().(*bm25Scratch)
	if acc == nil {
		acc = &bm25Scratch{}
	}
	defer x.scratch.Put(acc)
	if cap(acc.scores) < len(x.slots) {
		acc.scores = make([]float64, len(x.slots)+len(x.slots)/4)
	}
	scores := acc.scores[:len(x.slots)]
	touched := acc.touched[:0]
	seen := map[uint32]bool{}
	for _, t := range queryTokens {
		id, ok := x.vocab[t]
		if !ok || seen[id] || x.df[id] <= 0 {
			continue
		}
		seen[id] = true
		df := float64(x.df[id])
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		for _, p := range x.postings[id] {
			d := &x.slots[p.slot]
			if d.dead {
				continue
			}
			tf := float64(p.tf)
			if scores[p.slot] == 0 {
				touched = append(touched, p.slot)
			}
			scores[p.slot] += idf * tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*float64(d.len)/avg))
		}
	}
	// A min-heap of the k best (worst on top).
	h := make([]bm25Hit, 0, k)
	less := func(a, b bm25Hit) bool { // a ranks below b
		if a.score != b.score {
			return a.score < b.score
		}
		return a.key > b.key
	}
	down := func(i int) {
		for {
			l, r, m := 2*i+1, 2*i+2, i
			if l < len(h) && less(h[l], h[m]) {
				m = l
			}
			if r < len(h) && less(h[r], h[m]) {
				m = r
			}
			if m == i {
				return
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	for _, s := range touched {
		sc := scores[s]
		scores[s] = 0
		hit := bm25Hit{key: x.slots[s].key, score: sc}
		if len(h) == k && !less(h[0], hit) {
			continue
		}
		if accept != nil && !accept(hit.key) {
			continue
		}
		if len(h) < k {
			h = append(h, hit)
			for i := len(h) - 1; i > 0; {
				p := (i - 1) / 2
				if !less(h[i], h[p]) {
					break
				}
				h[i], h[p] = h[p], h[i]
				i = p
			}
			continue
		}
		h[0] = hit
		down(0)
	}
	acc.touched = touched
	sort.Slice(h, func(i, j int) bool { return less(h[j], h[i]) })
	return h
}

type bm25Scratch struct {
	scores  []float64
	touched []int32
}

func (x *bm25) len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.live
}
