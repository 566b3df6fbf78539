package reflex

import (
	"slices"
	"unsafe"
)

// acMatcher is a case-insensitive (ASCII) Aho–Corasick automaton compiled to
// a dense DFA over byte classes. It is the prefilter that decides which
// detectors run at all: one pass over the text finds every trigger keyword,
// and a regular expression only ever runs in a window around a trigger.
//
// Written here rather than imported because the detectors need the hit
// positions in a caller-owned slice (zero allocations per scan) and a
// byte-class compressed table small enough to stay in L1/L2 cache.
type acMatcher struct {
	class    [256]uint8
	nclass   int
	row      []uint32 // state*nclass + class -> target state pre-multiplied by nclass (bit 31: output)
	out      outLists
	keywords []string
	maxLen   int    // longest keyword in bytes
	hasOut   []bool // state has output
}

type acHit struct {
	kw  int32 // keyword index
	end int32 // byte offset just past the keyword in the scanned text
}

func newACMatcher(keywords []string) *acMatcher {
	m := &acMatcher{keywords: keywords}
	for _, k := range keywords {
		m.maxLen = max(m.maxLen, len(k))
	}
	// Byte classes: every distinct (lower-cased) byte used in a keyword gets
	// a class; everything else is class 0.
	nc := 1
	for _, k := range keywords {
		for i := 0; i < len(k); i++ {
			b := lower(k[i])
			if m.class[b] == 0 {
				m.class[b] = uint8(nc)
				nc++
				if nc > 255 {
					panic("reflex: too many keyword byte classes")
				}
			}
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		m.class[c] = m.class[c+32]
	}
	m.nclass = nc
	// Trie.
	type node struct {
		child map[uint8]int
		fail  int
		out   []int32
	}
	nodes := []node{{child: map[uint8]int{}}}
	for ki, k := range keywords {
		s := 0
		for i := 0; i < len(k); i++ {
			c := m.class[lower(k[i])]
			n, ok := nodes[s].child[c]
			if !ok {
				nodes = append(nodes, node{child: map[uint8]int{}})
				n = len(nodes) - 1
				nodes[s].child[c] = n
			}
			s = n
		}
		nodes[s].out = append(nodes[s].out, int32(ki))
	}
	if len(nodes) > 32767 {
		panic("reflex: keyword automaton too large")
	}
	// next holds plain targets, needed only while the failure links are
	// filled; the scan reads row.
	next := make([]uint16, len(nodes)*nc)
	// BFS to fill failure links and the full transition table.
	queue := make([]int, 0, len(nodes))
	for c := 0; c < nc; c++ {
		if n, ok := nodes[0].child[uint8(c)]; ok && c != 0 {
			nodes[n].fail = 0
			next[c] = uint16(n)
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		nodes[s].out = append(nodes[s].out, nodes[nodes[s].fail].out...)
		for c := 0; c < nc; c++ {
			if n, ok := nodes[s].child[uint8(c)]; ok && c != 0 {
				nodes[n].fail = int(next[nodes[s].fail*nc+c])
				next[s*nc+c] = uint16(n)
				queue = append(queue, n)
			} else {
				next[s*nc+c] = next[nodes[s].fail*nc+c]
			}
		}
	}
	lists := make([][]int32, len(nodes))
	m.hasOut = make([]bool, len(nodes))
	for i := range nodes {
		lists[i] = nodes[i].out
		m.hasOut[i] = len(nodes[i].out) > 0
	}
	m.out = newOutLists(lists)
	// Bit 31 of a transition marks a target state with output, so the scan
	// loop touches the output table only on a hit.
	m.row = make([]uint32, len(next))
	for i, t := range next {
		m.row[i] = uint32(t) * uint32(nc)
		if m.hasOut[t] {
			m.row[i] |= rowOut
		}
	}
	return m
}

const rowOut = 1 << 31

// outLists holds the keyword lists of an automaton's states in two flat
// arrays: state s's list is list[start[s]:start[s+1]]. A slice per state
// put tens of thousands of pointers in the heap, and every garbage
// collection of a long-running server had to trace them.
type outLists struct {
	start []int32
	list  []int32
}

func newOutLists(lists [][]int32) outLists {
	o := outLists{start: make([]int32, len(lists)+1)}
	for i, l := range lists {
		o.list = append(o.list, l...)
		o.start[i+1] = int32(len(o.list))
	}
	return o
}

// of returns the keyword indexes state s ends.
func (o *outLists) of(s int) []int32 { return o.list[o.start[s]:o.start[s+1]] }

func lower(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 32
	}
	return b
}

// scan appends every keyword occurrence in s to hits, ordered by end.
//
// A DFA walk is one dependent table load per byte, so its speed is the
// load latency, not the work. Longer texts are therefore cut into four
// parts walked in lockstep (four independent dependency chains keep the
// core busy); each part's walk starts maxLen-1 bytes before the part so a
// keyword straddling a cut is still found, and reports only the hits that
// end inside its own part. The result is the same hit list as one walk.
func (m *acMatcher) scan(s string, hits []acHit) []acHit {
	const streams = 4
	if len(s) < 512 || len(s) < 16*m.maxLen {
		hits, _ = m.walk(s, 0, len(s), 0, 0, hits)
		return hits
	}
	start := len(hits)
	var lo, from, to [streams]int
	for k := 0; k < streams; k++ {
		lo[k] = len(s) * k / streams
		to[k] = len(s) * (k + 1) / streams
		from[k] = max(0, lo[k]-(m.maxLen-1))
	}
	n := len(s)
	for k := 0; k < streams; k++ {
		n = min(n, to[k]-from[k])
	}
	var st [streams]uint32
	for i := 0; i < n; {
		i = m.lockstep(s, &from, n, i, &st)
		if i >= n {
			break
		}
		// Some walk reached a state with output at i: report, go on.
		for k := 0; k < streams; k++ {
			if m.hasOut[st[k]/uint32(m.nclass)] {
				hits = m.emit(hits, st[k], from[k]+i+1, lo[k])
			}
		}
		i++
	}
	o0, o1, o2, o3 := st[0], st[1], st[2], st[3]
	states := [streams]uint32{o0, o1, o2, o3}
	for k := 0; k < streams; k++ {
		hits, _ = m.walk(s, from[k]+n, to[k], lo[k], states[k], hits)
	}
	// Each part's hits are in order and the parts are disjoint ranges of
	// end offsets, so a stable sort by end restores the single-walk order.
	if sub := hits[start:]; !slices.IsSortedFunc(sub, cmpACHitEnd) {
		slices.SortStableFunc(sub, cmpACHitEnd)
	}
	return hits
}

func cmpACHitEnd(x, y acHit) int { return int(x.end) - int(y.end) }

// lockstep advances the four walks (at s[from[k]+i] for i from i to n)
// until one of them enters a state with output, and returns that i (the
// states in st are then the states after byte i), or n. The loop has no
// calls, so its eight live values stay in registers. Row offsets are
// state*nclass + class with state < states and class < nclass, so every
// load is inside row by construction: the table and the text are read
// through base pointers without per-load bounds checks.
func (m *acMatcher) lockstep(s string, from *[4]int, n, i int, st *[4]uint32) int {
	rp := unsafe.Pointer(unsafe.SliceData(m.row))
	sp := unsafe.Pointer(unsafe.StringData(s))
	class := &m.class
	p0 := unsafe.Add(sp, from[0])
	d1, d2, d3 := from[1]-from[0], from[2]-from[0], from[3]-from[0]
	_ = s[from[3]+n-1] // every read below is before this byte
	o0, o1, o2, o3 := st[0], st[1], st[2], st[3]
	for ; i < n; i++ {
		b := unsafe.Add(p0, i)
		t0 := *(*uint32)(unsafe.Add(rp, uintptr(o0+uint32(class[*(*byte)(b)]))*4))
		t1 := *(*uint32)(unsafe.Add(rp, uintptr(o1+uint32(class[*(*byte)(unsafe.Add(b, d1))]))*4))
		t2 := *(*uint32)(unsafe.Add(rp, uintptr(o2+uint32(class[*(*byte)(unsafe.Add(b, d2))]))*4))
		t3 := *(*uint32)(unsafe.Add(rp, uintptr(o3+uint32(class[*(*byte)(unsafe.Add(b, d3))]))*4))
		o0, o1, o2, o3 = t0&^rowOut, t1&^rowOut, t2&^rowOut, t3&^rowOut
		if (t0|t1|t2|t3)&rowOut != 0 {
			break
		}
	}
	st[0], st[1], st[2], st[3] = o0, o1, o2, o3
	return i
}

// walk runs the automaton over s[from:to] starting in state off (a row
// offset) and appends the hits that end after lo.
func (m *acMatcher) walk(s string, from, to, lo int, off uint32, hits []acHit) ([]acHit, uint32) {
	row := m.row
	class := &m.class
	for i := from; i < to; i++ {
		t := row[off+uint32(class[s[i]])]
		off = t &^ rowOut
		if t&rowOut != 0 {
			hits = m.emit(hits, off, i+1, lo)
		}
	}
	return hits, off
}

// found reports whether any keyword occurs in s (one walk, stopped at the
// first hit).
func (m *acMatcher) found(s string) bool {
	row := m.row
	class := &m.class
	off := uint32(0)
	for i := 0; i < len(s); i++ {
		t := row[off+uint32(class[s[i]])]
		if t&rowOut != 0 {
			return true
		}
		off = t
	}
	return false
}

// cueSet is a long list of cue phrases searched in one pass: the words
// around every match are checked against several hundred cues, and a
// strings.Contains per cue cost more than the rules that found the match.
// Matching ignores ASCII case, which changes nothing on the folded
// (lower-case) views it reads.
type cueSet struct{ m *acMatcher }

func newCueSet(cues []string) cueSet { return cueSet{newACMatcher(cues)} }

// in reports whether s contains any of the cues.
func (c cueSet) in(s string) bool { return c.m.found(s) }

// emit appends the outputs of state off (a row offset) ending at end,
// when end lies after lo.
func (m *acMatcher) emit(hits []acHit, off uint32, end, lo int) []acHit {
	if end <= lo {
		return hits
	}
	for _, k := range m.out.of(int(off / uint32(m.nclass))) {
		hits = append(hits, acHit{kw: k, end: int32(end)})
	}
	return hits
}

// acSet splits a keyword list into an ASCII automaton, scanned always,
// and one for keywords with non-ASCII bytes, scanned only when the text
// has any: the multilingual keywords would otherwise add a byte class per
// UTF-8 byte value and blow the ASCII table out of the cache.
type acSet struct {
	keywords []string
	ascii    *acMatcher
	other    *acMatcher
	asciiIdx []int32 // internal keyword index -> keywords index
	otherIdx []int32
}

// splitASCIIKeywords separates ASCII keywords (matched case-insensitively
// by byte automata) from the others, with each one's index in keywords.
func splitASCIIKeywords(keywords []string) (ascii []string, asciiIdx []int32, other []string, otherIdx []int32) {
	for i, k := range keywords {
		if isASCII(k) {
			ascii = append(ascii, k)
			asciiIdx = append(asciiIdx, int32(i))
		} else {
			other = append(other, k)
			otherIdx = append(otherIdx, int32(i))
		}
	}
	return ascii, asciiIdx, other, otherIdx
}

func newACSet(keywords []string) *acSet {
	a := &acSet{keywords: keywords}
	var ak, ok []string
	ak, a.asciiIdx, ok, a.otherIdx = splitASCIIKeywords(keywords)
	a.ascii = newACMatcher(ak)
	if len(ok) > 0 {
		a.other = newACMatcher(ok)
	}
	return a
}

// scan appends every keyword occurrence in s to hits, ordered by end.
func (a *acSet) scan(s string, asciiText bool, hits []acHit) []acHit {
	start := len(hits)
	hits = a.ascii.scan(s, hits)
	for i := start; i < len(hits); i++ {
		hits[i].kw = a.asciiIdx[hits[i].kw]
	}
	if asciiText || a.other == nil {
		return hits
	}
	mid := len(hits)
	hits = a.other.scan(s, hits)
	if len(hits) == mid {
		return hits
	}
	for i := mid; i < len(hits); i++ {
		hits[i].kw = a.otherIdx[hits[i].kw]
	}
	sub := hits[start:]
	slices.SortStableFunc(sub, func(x, y acHit) int { return int(x.end) - int(y.end) })
	return hits
}
