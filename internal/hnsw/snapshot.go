package hnsw

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand"
)

// snapshotMagic starts every snapshot (format version 1).
const snapshotMagic = "OCTOHNSW1"

// ErrSnapshot is returned for a snapshot that cannot be read.
var ErrSnapshot = errors.New("hnsw: bad snapshot")

// WriteTo writes the whole graph (vectors, links, tombstones) so that a
// restart can load it instead of re-inserting every vector, which for a
// large index takes minutes.
func (x *Index) WriteTo(w io.Writer) (int64, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	bw := bufio.NewWriterSize(w, 1<<20)
	cw := &countWriter{w: bw}
	le := binary.LittleEndian
	put := func(v any) { _ = binary.Write(cw, le, v) }
	_, _ = cw.Write([]byte(snapshotMagic))
	put(uint32(x.cfg.Dim))
	put(uint32(x.cfg.M))
	put(uint32(x.cfg.EfConstruction))
	put(uint32(x.cfg.EfSearch))
	put(uint32(len(x.keys)))
	put(x.entry)
	put(int32(x.maxLevel))
	for id, key := range x.keys {
		put(uint32(len(key)))
		_, _ = cw.Write([]byte(key))
		var del uint8
		if x.deleted[id] {
			del = 1
		}
		put(del)
		put(uint8(len(x.links[id])))
		for _, ls := range x.links[id] {
			put(uint16(len(ls)))
			put(ls)
		}
	}
	put(x.vecs)
	if cw.err != nil {
		return cw.n, cw.err
	}
	return cw.n, bw.Flush()
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

// ReadSnapshot reads an index written by WriteTo. The configuration comes
// from the snapshot; seed seeds the level generator for later inserts.
func ReadSnapshot(r io.Reader, seed int64) (*Index, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	le := binary.LittleEndian
	magic := make([]byte, len(snapshotMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != snapshotMagic {
		return nil, fmt.Errorf("%w: not an OctoLLM HNSW snapshot", ErrSnapshot)
	}
	var hdr struct {
		Dim, M, EfC, EfS, N uint32
		Entry, MaxLevel     int32
	}
	if err := binary.Read(br, le, &hdr); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrSnapshot, err)
	}
	if hdr.Dim == 0 || hdr.Dim > 1<<16 || hdr.N > 1<<28 || hdr.M < 2 || hdr.M > 1<<10 || hdr.MaxLevel < -1 || hdr.MaxLevel > 64 ||
		hdr.Entry < -1 || hdr.Entry >= int32(max(hdr.N, 1)) || (hdr.N == 0) != (hdr.Entry < 0) {
		return nil, fmt.Errorf("%w: implausible header %+v", ErrSnapshot, hdr)
	}
	seed = max(seed, 1)
	x := &Index{cfg: Config{Dim: int(hdr.Dim), M: int(hdr.M), EfConstruction: int(hdr.EfC), EfSearch: int(hdr.EfS), Seed: seed},
		ml: 1 / math.Log(float64(hdr.M)), ids: make(map[string]int32, hdr.N), entry: hdr.Entry, maxLevel: int(hdr.MaxLevel),
		rng: rand.New(rand.NewSource(seed))}
	x.visited.New = func() any { return &visitSet{} }
	n := int(hdr.N)
	x.keys = make([]string, n)
	x.deleted = make([]bool, n)
	x.links = make([][][]int32, n)
	for id := range n {
		var kl uint32
		if err := binary.Read(br, le, &kl); err != nil || kl > 1<<16 {
			return nil, fmt.Errorf("%w: node %d key", ErrSnapshot, id)
		}
		kb := make([]byte, kl)
		if _, err := io.ReadFull(br, kb); err != nil {
			return nil, fmt.Errorf("%w: node %d key: %v", ErrSnapshot, id, err)
		}
		var flags [2]uint8
		if err := binary.Read(br, le, &flags); err != nil {
			return nil, fmt.Errorf("%w: node %d: %v", ErrSnapshot, id, err)
		}
		x.keys[id] = string(kb)
		x.deleted[id] = flags[0] == 1
		if x.deleted[id] {
			x.nDeleted++
		} else {
			x.ids[x.keys[id]] = int32(id)
		}
		x.links[id] = make([][]int32, flags[1])
		for l := range x.links[id] {
			var cnt uint16
			if err := binary.Read(br, le, &cnt); err != nil {
				return nil, fmt.Errorf("%w: node %d level %d: %v", ErrSnapshot, id, l, err)
			}
			ls := make([]int32, cnt)
			if err := binary.Read(br, le, ls); err != nil {
				return nil, fmt.Errorf("%w: node %d level %d: %v", ErrSnapshot, id, l, err)
			}
			for _, o := range ls {
				if o < 0 || int(o) >= n {
					return nil, fmt.Errorf("%w: node %d links to %d of %d", ErrSnapshot, id, o, n)
				}
			}
			x.links[id][l] = ls
		}
	}
	x.vecs = make([]float32, n*int(hdr.Dim))
	if err := binary.Read(br, le, x.vecs); err != nil {
		return nil, fmt.Errorf("%w: vectors: %v", ErrSnapshot, err)
	}
	// Links may only point at nodes that exist on that level.
	for id := range n {
		for l, ls := range x.links[id] {
			for _, o := range ls {
				if len(x.links[o]) <= l {
					return nil, fmt.Errorf("%w: node %d links to %d on a level it lacks", ErrSnapshot, id, o)
				}
			}
		}
	}
	if x.entry >= 0 && len(x.links[x.entry]) != x.maxLevel+1 {
		return nil, fmt.Errorf("%w: entry point is not on the top level", ErrSnapshot)
	}
	return x, nil
}

// Keys returns the live keys (for reconciling a loaded snapshot).
func (x *Index) Keys() []string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := make([]string, 0, len(x.ids))
	for k := range x.ids {
		out = append(out, k)
	}
	return out
}

// Vector returns a copy of the (normalised) vector stored under key.
func (x *Index) Vector(key string) ([]float32, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	id, ok := x.ids[key]
	if !ok {
		return nil, false
	}
	return append([]float32(nil), x.vec(id)...), true
}

// ExactAmong returns the k nearest of the given keys by an exact scan of
// those keys only (unknown or deleted keys are skipped): the cheap way to
// search a small filtered subset of a large index.
func (x *Index) ExactAmong(q []float32, k int, keys []string) ([]Hit, error) {
	if len(q) != x.cfg.Dim {
		return nil, fmt.Errorf("%w: %d, want %d", ErrDimension, len(q), x.cfg.Dim)
	}
	if k <= 0 {
		return nil, nil
	}
	qn, err := Normalize(q)
	if err != nil {
		return nil, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	var res maxHeap
	for _, key := range keys {
		id, ok := x.ids[key]
		if !ok {
			continue
		}
		d := x.dist(qn, id)
		if len(res) < k {
			res.push(cand{id: id, d: d})
		} else if d < res[0].d {
			res.pop()
			res.push(cand{id: id, d: d})
		}
	}
	out := make([]Hit, len(res))
	for i := len(res) - 1; i >= 0; i-- {
		c := res.pop()
		out[i] = Hit{Key: x.keys[c.id], Score: 1 - c.d}
	}
	return out, nil
}
