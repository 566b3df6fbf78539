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
// the k best that accept admits (nil admits all), best first.
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
	scores := map[int32]float64{}
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
			scores[p.slot] += idf * tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*float64(d.len)/avg))
		}
	}
	hits := make([]bm25Hit, 0, len(scores))
	for s, sc := range scores {
		key := x.slots[s].key
		if accept != nil && !accept(key) {
			continue
		}
		hits = append(hits, bm25Hit{key: key, score: sc})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return hits[i].key < hits[j].key
	})
	if len(hits) > k {
		hits = hits[:k]
	}
	return hits
}

func (x *bm25) len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.live
}
