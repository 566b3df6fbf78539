package reflex

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordTrie finds the ASCII injection trigger keywords that start at a
// token start: a word byte after a non-word byte, or a punctuation byte.
// Every trigger is a word prefix or a punctuation sequence ("ignor",
// "system prompt", "<|", "[inst]"), so walking a trie from token starts
// finds the same triggers as an Aho–Corasick automaton over every byte,
// while touching the table only a few times per word instead of once per
// byte: the scan is a word-boundary loop plus a short walk per word.
//
// Matching is ASCII case-insensitive, whitespace runs count as one space,
// and leet digits share the class of the letter they fold to (so the
// same trie works on the raw light view, as a gate, and on the folded
// view, for the rule positions; see scan).
type wordTrie struct {
	class  [256]uint8 // byte -> class; 0: no keyword uses the byte
	nclass int
	// state says, per state, how to leave it and whether it ends a
	// keyword. Nine states in ten have at most one child (the tails of
	// long phrases), so only states with two or more children get a row
	// of transitions in rows (stateRow set, row index in the low 22 bits);
	// a state with one child keeps that child's class (bits 22-29) and
	// state (low 22 bits) inline. A full row per state made a 4 MB table
	// whose every step past the first few missed the cache; this layout
	// is about a tenth of that and fits in L2.
	state []uint32
	rows  []uint16 // nclass transitions per branching state; row 0 is the root
	// rowInfo parallels rows with the state word of each transition's
	// target (0: none), so a step through a row is one load: the walk
	// reads the target's number from rows only when it ends a keyword.
	rowInfo []uint32
	named   int // states rows name: numbers 0 to named-1
	out     outLists
	lens    []int32 // keyword index -> length (bytes in the folded view)
	// pre3 has a bit per three-symbol prefix (letters and whitespace, 27
	// symbols: 2.5 KB, always in L1) that some keyword starts with: most
	// words are rejected by one bit test instead of a walk.
	pre3 [(27*27*27 + 63) / 64]uint64
	// jump3 maps a three-symbol prefix to the state word of the state the
	// walk reaches after it, when no keyword ends on the way (0 otherwise:
	// walk from the root; jumpReject when no keyword starts so). Ordinary
	// words that pass pre3 then start three steps down, which saves most
	// of their steps: each step is a dependent load, and the walks of a
	// prompt's common words are mostly those first three steps. Holding
	// the state word rather than the state's number saves each walk one
	// more.
	jump3 []uint32
	// startTab and punctTab say, per byte, whether a keyword starts with
	// it (a word's first letter worth a walk) and whether it is a
	// punctuation byte that starts one: one load where the scan's
	// per-word test took two and a bounds check.
	startTab [256]bool
	punctTab [256]bool
}

const (
	stateRow uint32 = 1 << 31 // the state has a row in rows
	stateOut uint32 = 1 << 30 // the state ends a keyword
	// A state word's low 22 bits hold its row, or its one child's state
	// number; bits 22-29 that child's class.
	stateNum        uint32 = 1<<22 - 1
	stateClassShift        = 22
)

// pre3Sym maps a byte to its pre3 symbol: letters (and leet digits) 0-25,
// whitespace 26, anything else 27 (no filter: walk).
var pre3Sym = func() (t [256]uint8) {
	for i := range t {
		t[i] = 27
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = uint8(c-'a'), uint8(c-'a')
	}
	for c := '0'; c <= '9'; c++ {
		if l := leetMap[c]; l != 0 {
			t[c] = l - 'a'
		}
	}
	for _, c := range []byte{' ', '\t', '\n', '\r', '\f', '\v'} {
		t[c] = 26
	}
	return t
}()

// namedDepth: every state this close to the root is numbered with the
// named ones, which keeps the states ordinary words walk through in one
// breadth-first block.
const namedDepth = 6

// maxTrieStates is how many states a state word can name (22 bits):
// state 0, the root, is never a target, so 0 can mean "no transition".
// The states rows name are numbered first and must fit in 16 bits
// (wordTrie.named).
const maxTrieStates = 1<<22 - 1

// trieSpace is the class of every whitespace byte.
const trieSpace = 1

func newWordTrie(keywords []string) *wordTrie {
	t := &wordTrie{lens: make([]int32, len(keywords))}
	nc := 2 // 0: unused, 1: whitespace
	for _, k := range keywords {
		for i := 0; i < len(k); i++ {
			b := trieByte(k[i])
			if b == ' ' || t.class[b] != 0 {
				continue
			}
			t.class[b] = uint8(nc)
			nc++
			if nc > 255 {
				panic("reflex: too many trigger byte classes")
			}
		}
	}
	for c := 0; c < 256; c++ {
		if b := trieByte(byte(c)); b != byte(c) {
			t.class[c] = t.class[b]
		}
	}
	for _, c := range []byte{' ', '\t', '\n', '\r', '\f', '\v'} {
		t.class[c] = trieSpace
	}
	t.nclass = nc
	// Build with child lists (sorted by class), then number the states
	// breadth-first: the walks of ordinary words end one to three steps
	// from the root, so the rows they touch are contiguous and stay in
	// cache (depth-first numbering spread them over a half-megabyte table,
	// one cache miss per step). A map per node made building the trie most
	// of the engine's start-up.
	type edge struct {
		c  uint8
		to int
	}
	type node struct {
		child []edge
		out   []int32
	}
	nodes := []node{{}}
	for ki, k := range keywords {
		t.lens[ki] = int32(len(k))
		n := 0
		for i := 0; i < len(k); i++ {
			c := t.class[k[i]]
			kids := nodes[n].child
			j, ok := slices.BinarySearchFunc(kids, c, func(e edge, c uint8) int { return int(e.c) - int(c) })
			if !ok {
				nodes = append(nodes, node{})
				nodes[n].child = slices.Insert(kids, j, edge{c, len(nodes) - 1})
			}
			n = nodes[n].child[j].to
		}
		nodes[n].out = append(nodes[n].out, int32(ki))
	}
	if len(nodes) > maxTrieStates {
		panic("reflex: trigger trie too large")
	}
	order := []int{0}
	depth := make([]int, len(nodes))
	for q := 0; q < len(order); q++ {
		n := order[q]
		for _, e := range nodes[n].child {
			depth[e.to] = depth[n] + 1
			order = append(order, e.to)
		}
	}
	// The states a row names (the children of branching states) and those
	// near the root take the small numbers the 16-bit rows hold, in
	// breadth-first order; the tails of long phrases, named only in their
	// parent's state word, come after. Most states are such tails, so the
	// trie can grow well past 65,535 states without widening the rows.
	named := make([]bool, len(nodes))
	named[0] = true
	for _, n := range order {
		kids := nodes[n].child
		for _, e := range kids {
			if len(kids) > 1 || n == 0 || depth[e.to] <= namedDepth {
				named[e.to] = true
			}
		}
	}
	id := make([]int, len(nodes))
	next := 0
	for _, pass := range [2]bool{true, false} {
		for _, n := range order {
			if named[n] == pass {
				id[n] = next
				next++
			}
		}
		if pass {
			t.named = next
		}
	}
	if t.named > 0xffff {
		panic("reflex: too many trigger states named by rows")
	}
	t.state = make([]uint32, len(nodes))
	lists := make([][]int32, len(nodes))
	for _, n := range order { // rows in breadth-first order, as the states
		st := id[n]
		lists[st] = nodes[n].out
		if len(nodes[n].out) > 0 {
			t.state[st] |= stateOut
		}
		// The root always has a row: scan tests it for every word start.
		if kids := nodes[n].child; len(kids) > 1 || n == 0 {
			row := len(t.rows) / nc
			if row > int(stateNum) {
				panic("reflex: too many branching trigger states")
			}
			t.rows = append(t.rows, make([]uint16, nc)...)
			for _, e := range kids {
				t.rows[row*nc+int(e.c)] = uint16(id[e.to])
			}
			t.state[st] |= stateRow | uint32(row)
		} else {
			for _, e := range kids {
				t.state[st] |= uint32(e.c)<<stateClassShift | uint32(id[e.to])
			}
		}
	}
	for _, k := range keywords {
		t.addPre3(k)
	}
	t.out = newOutLists(lists)
	t.rowInfo = make([]uint32, len(t.rows))
	for k, n := range t.rows {
		if n != 0 {
			t.rowInfo[k] = t.state[n]
		}
	}
	t.fillJump3()
	for c := range 256 {
		t.startTab[c] = t.rows[t.class[c]] != 0
		t.punctTab[c] = t.class[c] > trieSpace
	}
	return t
}

// trieByte is the byte a keyword byte is matched as: lower case, leet
// digits as the letter the folded view turns them into.
func trieByte(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 32
	}
	if b < 128 && b >= '0' && b <= '9' && leetMap[b] != 0 {
		return leetMap[b]
	}
	return b
}

// trieFlags describe the scanned text.
type trieFlags uint8

const (
	// flagMixed: a word mixes letters and digits, which the folded view
	// may rewrite as leetspeak, so a gate on the raw text must not trust
	// its own verdict.
	flagMixed trieFlags = 1 << iota
	// flagNonASCII: the text has a byte >= 0x80.
	flagNonASCII
	// flagSpaced: a run of single-character words ("i g n o r e",
	// "a.l.l"), letters spaced out to slip past phrase rules.
	flagSpaced
	// flagScrambled: a word is an attack word with its inner letters
	// shuffled (see typoglycemia.go).
	flagScrambled
	// flagCaps: a word starts with two ASCII capitals, which every
	// shouted verb does (shoutedInstruction runs only then).
	flagCaps
	// flagPigLatin: two words in three end in "ay" (scanPigLatin runs
	// only then, and checks again).
	flagPigLatin
	// flagSplitMarks: a word split by Markdown emphasis ("Ign**ore"), or
	// two split by line breaks between lower-case letters (unbreak runs
	// only then).
	flagSplitMarks
	// flagEscapes: a line break written out (`\n`, two bytes), which the folded
	// view reads as whitespace and this scan does not: the rules then run
	// over the fold.
	flagEscapes
)

// flagsFoldUnlike are the flags of a text whose folded view differs from
// what the light scan read (leetspeak, other scripts, written-out line
// breaks): its trigger hits must be found again on the fold.
const flagsFoldUnlike = flagMixed | flagNonASCII | flagEscapes

// spacedRun is how many single-character words in a row raise flagSpaced.
const spacedRun = 6

// scan appends the trigger hits of s (ordered by start) to hits.
func (t *wordTrie) scan(s string, hits []acHit) ([]acHit, trieFlags) {
	var f trieFlags
	run, prevEnd := 0, 0
	words, pig, breaks := 0, 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		k := wordByteTab[c]
		if k == 0 {
			if splitMarkTab[c] && i+1 < len(s) {
				switch {
				case c == '\\':
					if escapedBreak(s, i) {
						f |= flagEscapes
					}
				case i == 0:
				case c == '\n' && isLowerASCII(s[i-1]) && isLowerASCII(s[i+1]):
					breaks++
				case c != '\n' && s[i+1] == c && i+2 < len(s) && isASCIILetter(s[i-1]) && isASCIILetter(s[i+2]):
					f |= flagSplitMarks
				}
			}
			if t.punctTab[c] {
				t.walkFrom(s, i, i, t.state[0], &hits)
			} else if c >= 0x80 {
				f |= flagNonASCII
			}
			i++
			continue
		}
		if c-'A' <= 'Z'-'A' && i+1 < len(s) && s[i+1]-'A' <= 'Z'-'A' {
			f |= flagCaps
		}
		if t.startTab[c] {
			// Most words open with three letters: their jump3 entry is
			// read here; start handles whitespace and other bytes among
			// the first three.
			fast := false
			if i+2 < len(s) {
				if c0, c1, c2 := pre3Sym[c], pre3Sym[s[i+1]], pre3Sym[s[i+2]]; c0 < 26 && c1 < 26 && c2 < 26 {
					fast = true
					switch info := t.jump3[(int(c0)*27+int(c1))*27+int(c2)]; info {
					case jumpReject:
					case 0:
						t.walkFrom(s, i, i, t.state[0], &hits)
					default:
						t.walkFrom(s, i, i+3, info, &hits)
					}
				}
			}
			if !fast {
				if info, j, ok := t.start(s, i); ok {
					t.walkFrom(s, i, j, info, &hits)
				}
			}
		}
		start := i
		// Skip the rest of the word; '@' and '$' between letters are leet
		// letters (the folded view makes "lopez@example" one word).
		for i++; i < len(s); i++ {
			w := wordByteTab[s[i]]
			if w == 0 {
				if (s[i] == '@' || s[i] == '$') && i+1 < len(s) && wordByteTab[s[i+1]] == 1 {
					if i+2 < len(s) && s[i+1]-'A' <= 'Z'-'A' && s[i+2]-'A' <= 'Z'-'A' {
						f |= flagCaps
					}
					continue
				}
				break
			}
			k |= w
		}
		words++
		if s[i-1]|0x20 == 'y' && i-start >= 3 && s[i-2]|0x20 == 'a' {
			pig++
		}
		if k == 3 {
			f |= flagMixed
		} else if n := i - start; k == 1 && n >= 5 && n <= maxScrambleLen && scrambles.ends[(s[start]|0x20)-'a'][(s[i-1]|0x20)-'a']&(1<<n) != 0 {
			if _, ok := scrambledAt(s[start:i]); ok {
				f |= flagScrambled
			}
		}
		if i-start == 1 && (run == 0 || start-prevEnd <= 3) {
			if run++; run >= spacedRun {
				f |= flagSpaced
			}
		} else {
			run = 0
		}
		prevEnd = i
	}
	if pig >= 3 && pig*3 >= words*2 {
		f |= flagPigLatin
	}
	if breaks >= 2 {
		f |= flagSplitMarks
	}
	return hits, f
}

// addPre3 sets the pre3 bits keyword k needs: its first three symbols,
// or every continuation when it is shorter. A keyword with another byte in
// its first three is not filtered (text reaching that byte walks anyway).
func (t *wordTrie) addPre3(k string) {
	var c [3]int
	n := 0
	for i := 0; i < len(k) && n < 3; i++ {
		sym := int(pre3Sym[k[i]])
		if sym == 27 {
			return
		}
		c[n] = sym
		n++
	}
	for c1 := 0; c1 < 27; c1++ {
		if n >= 2 && c1 != c[1] {
			continue
		}
		for c2 := 0; c2 < 27; c2++ {
			if n >= 3 && c2 != c[2] {
				continue
			}
			b := (c[0]*27+c1)*27 + c2
			t.pre3[b/64] |= 1 << (b % 64)
		}
	}
}

// jumpReject marks, in jump3, a three-symbol prefix no keyword starts
// with (the pre3 bit is clear): the word is rejected with the same load
// that finds the state otherwise. No state word has this value: a row
// state's word keeps bits 22-29 clear.
const jumpReject = 0xffffffff

// fillJump3 fills jump3 from the finished trie.
func (t *wordTrie) fillJump3() {
	t.jump3 = make([]uint32, 27*27*27)
	for b := range t.jump3 {
		if t.pre3[b/64]&(1<<(b%64)) == 0 {
			t.jump3[b] = jumpReject
			continue
		}
		st := uint32(0)
		for _, sym := range [3]int{b / (27 * 27), b / 27 % 27, b % 27} {
			c := uint8(trieSpace)
			if sym < 26 {
				c = t.class['a'+sym]
			}
			if st = t.step(t.state[st], c); st == 0 || t.state[st]&stateOut != 0 {
				st = 0
				break
			}
		}
		if st != 0 {
			t.jump3[b] = t.state[st]
		}
	}
}

// start decides where the walk from word start i begins. ok is false
// when no keyword starts with the word's first three symbols (a
// whitespace run counts as one, as in the walk), by the pre3 bit.
// Otherwise the walk continues from the state whose state word is info
// at byte j: three symbols down when jump3 knows the state, else from the
// root at i (another byte among the first three symbols, the end of the
// text, or a keyword ending within them).
func (t *wordTrie) start(s string, i int) (info uint32, j int, ok bool) {
	if i+2 >= len(s) {
		return t.state[0], i, true
	}
	c0, c1 := int(pre3Sym[s[i]]), int(pre3Sym[s[i+1]])
	j = i + 2
	if c1 == 26 {
		for j < len(s)-1 && pre3Sym[s[j]] == 26 {
			j++
		}
	}
	c2 := int(pre3Sym[s[j]])
	if c0 >= 27 || c1 >= 27 || c2 >= 27 {
		return t.state[0], i, true
	}
	switch info = t.jump3[(c0*27+c1)*27+c2]; info {
	case jumpReject:
		return 0, i, false
	case 0:
		return t.state[0], i, true
	}
	// The walk collapses a whitespace run as one step; the third symbol
	// may start one.
	for j++; c2 == 26 && j < len(s) && pre3Sym[s[j]] == 26; j++ {
	}
	return info, j, true
}

// step is the transition from a state (given by its state word) on
// class c; 0 when there is none.
func (t *wordTrie) step(info uint32, c uint8) uint32 {
	if info&stateRow != 0 {
		return uint32(t.rows[int(info&stateNum)*t.nclass+int(c)])
	}
	if uint8(info>>stateClassShift) == c {
		return info & stateNum
	}
	return 0
}

// walkFrom follows the trie from the state whose state word is info, at
// byte j (the word started at i; the root's word and j == i walk from the
// root), and appends every keyword ending on the way to *hits. It takes
// the slice by pointer: a walk that ends without a hit, nearly every one,
// then writes nothing back.
func (t *wordTrie) walkFrom(s string, i, j int, info uint32, hits *[]acHit) {
	class := &t.class
	for ; j < len(s); j++ {
		b := s[j]
		c := class[b]
		if (b == '@' || b == '$') && j > i && j+1 < len(s) && wordByteTab[s[j-1]] != 0 && wordByteTab[s[j+1]] == 1 {
			c = class[leetMap[b]]
		}
		var n uint32
		if info&stateRow != 0 {
			k := int(info&stateNum)*t.nclass + int(c)
			if info = t.rowInfo[k]; info == 0 {
				break
			}
			if info&stateOut != 0 {
				n = uint32(t.rows[k])
			}
		} else {
			if uint8(info>>stateClassShift) != c {
				break
			}
			n = info & stateNum
			info = t.state[n]
		}
		if c == trieSpace {
			for j+1 < len(s) && class[s[j+1]] == trieSpace {
				j++
			}
		}
		if info&stateOut != 0 {
			for _, k := range t.out.of(int(n)) {
				*hits = append(*hits, acHit{kw: k, end: int32(j + 1)})
			}
		}
	}
}

// splitMarkTab marks the bytes that can split a word for unbreak: a line
// break, and the '*' and '_' of Markdown emphasis; and the backslash of
// a written-out line break.
var splitMarkTab = [256]bool{'\n': true, '*': true, '_': true, '\\': true}

// wordByteTab: 1 letter, 2 digit, 0 other. '_' is not a word byte here
// (unlike in the folded view), so "system_prompt>" also has a token start
// at "prompt>".
var wordByteTab = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = 1, 1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 2
	}
	return t
}()

// despace joins letters spaced out with one separator ("i g n o r e",
// "a.l.l", "d-i-s-r-e-g-a-r-d") into words, for a second pass of the
// rules. Within a run the first one-byte gap is the letter separator; any
// other gap (longer, or another byte) is a word break. Runs of fewer than
// four letters are copied unchanged. Linear in len(s).
// appendWordBreak handles the separator s[k:g] between two spaced-out
// letters: the first separator of a run that is one byte or a doubled
// byte is the in-word one ("i-g-n-o-r-e", "i  g  n"); any other
// separator is a word break and appends a space.
func appendWordBreak(out []byte, s string, k, g int, intra *int) []byte {
	// intra packs the in-word separator: its length (one byte, or the same
	// byte twice: "i g", "i  g") and its first byte.
	doubled := g-k == 2 && s[k+1] == s[k]
	sep := (g-k)<<8 | int(s[k])
	if *intra < 0 && (g-k == 1 || doubled) {
		*intra = sep
	}
	if sep != *intra || g-k == 2 && !doubled {
		out = append(out, ' ')
	}
	return out
}

func despace(s string, out []byte) []byte {
	out = out[:0]
	// single reports whether a one-letter word starts at s[i] (any
	// script: "i-n-s-t-r-u-ç-õ-e-s"), and the letter's width in bytes.
	single := func(i int) (int, bool) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isAlnumRune(r) {
			return w, false
		}
		if p, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && isAlnumRune(p) {
			return w, false
		}
		if n, _ := utf8.DecodeRuneInString(s[i+w:]); i+w < len(s) && isAlnumRune(n) {
			return w, false
		}
		return w, true
	}
	for i := 0; i < len(s); {
		w, ok := single(i)
		if !ok {
			out = append(out, s[i])
			i++
			continue
		}
		start, mark, n, intra := i, len(out), 0, -1
		j := i
		for {
			if w == 1 {
				out = append(out, lower(s[j]))
			} else {
				out = append(out, s[j:j+w]...)
			}
			n++
			k := j + w
			g := k
			for g < len(s) && g-k < 4 {
				r, rw := utf8.DecodeRuneInString(s[g:])
				if isAlnumRune(r) {
					break
				}
				g += rw
			}
			if g >= len(s) || g == k || g-k >= 4 {
				j = k
				break
			}
			if w, ok = single(g); !ok {
				j = k
				break
			}
			out = appendWordBreak(out, s, k, g, &intra)
			j = g
		}
		if n < 4 {
			out = append(out[:mark], s[start:j]...)
		}
		i = j
	}
	return out
}

// isAlnumRune reports whether r is a letter or a digit of any script.
func isAlnumRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// splitWords counts the in-word '-' or '_' separators of s that have a
// short fragment (three letters or fewer) on either side: "Ign-ore al-l
// prev-ious" and "sys_tem pro_mpt" split trigger words where ordinary
// compounds ("well-known", "long-term") rarely have such a fragment. It
// stops counting at two (the rescan threshold), so it is one cheap pass.
func splitWords(s string) int {
	n := 0
	for _, sep := range [3]byte{'-', '_', '.'} {
		// IndexByte is vectorised: text without the separator costs a
		// fraction of a byte loop.
		for off := 0; n < 2; {
			k := strings.IndexByte(s[off:], sep)
			if k < 0 {
				break
			}
			i := off + k
			off = i + 1
			if i == 0 || i+1 >= len(s) || !isASCIILetter(s[i-1]) || !isASCIILetter(s[i+1]) {
				continue
			}
			l, r := 0, 0
			for j := i - 1; j >= 0 && isASCIILetter(s[j]) && l < 4; j-- {
				l++
			}
			for j := i + 1; j < len(s) && isASCIILetter(s[j]) && r < 4; j++ {
				r++
			}
			// Dots also end abbreviations and domains: only letters
			// dotted in ones and twos ("I.gn.or.e") count.
			if sep == '.' && (l > 2 || r > 2) {
				continue
			}
			if l <= 3 || r <= 3 {
				n++
				if splitAttackWord(s, i) {
					// One split is enough when it hides an attack's
					// word ("Please ign-ore all previous instructions").
					n++
				}
			}
		}
	}
	return n
}

// splitStems are the attack words whose split alone is worth a rescan.
var splitStems = []string{"ignor", "disregard", "instruct", "previous", "bypass", "overrid", "jailbr", "forget", "guideline", "restrict"}

// splitAttackWord reports whether the letters around the separator at
// s[i] join into a word that opens with one of splitStems.
func splitAttackWord(s string, i int) bool {
	a, b := i, i+1
	for a > 0 && i-a < 16 && isASCIILetter(s[a-1]) {
		a--
	}
	for b < len(s) && b-i < 16 && isASCIILetter(s[b]) {
		b++
	}
	var buf [32]byte
	w := append(append(buf[:0], s[a:i]...), s[i+1:b]...)
	for k := range w {
		w[k] |= 0x20
	}
	for _, st := range splitStems {
		if len(w) >= len(st) && string(w[:len(st)]) == st {
			return true
		}
	}
	return false
}

// dehyphen appends s to out with every in-word '-' or '_' between two
// letters removed ("Ign-ore al-l" -> "Ignore all").
func dehyphen(s string, out []byte) []byte {
	out = out[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == '-' || c == '_' || c == '.') && i > 0 && i+1 < len(s) && isASCIILetter(s[i-1]) && isASCIILetter(s[i+1]) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// joinSpacedRunes is despace for other scripts: it joins runs of at least
// four single non-ASCII letters separated by one space or one symbol
// ("시 스 템 프 롬 프 트", "시@스@템", "и г н о р и р у й"), keeping a
// wider or different separator as a word break, and composes Hangul
// letters typed one by one ("ㅅㅣㅅㅡㅌㅔㅁ") into syllables. It reports
// whether it changed anything.
func joinSpacedRunes(s string, out []byte) ([]byte, bool) {
	out = out[:0]
	jamo := hasLoneJamo(s)
	if !hasSpacedRunes(s) {
		if !jamo {
			return out, false
		}
		return composeJamo(append(out, s...))
	}
	changed := false
	letterAt := func(i int) (rune, int, bool) {
		if i >= len(s) || s[i] < utf8.RuneSelf {
			return 0, 0, false
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		return r, n, unicode.IsLetter(r)
	}
	// single reports whether the letter at [i, i+n) stands alone.
	single := func(i, n int) bool {
		if i > 0 {
			p, _ := utf8.DecodeLastRuneInString(s[:i])
			if unicode.IsLetter(p) || unicode.IsDigit(p) {
				return false
			}
		}
		if i+n < len(s) {
			q, _ := utf8.DecodeRuneInString(s[i+n:])
			if unicode.IsLetter(q) || unicode.IsDigit(q) {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(s); {
		r, n, ok := letterAt(i)
		if !ok || !single(i, n) {
			if n == 0 {
				n = 1
			}
			out = append(out, s[i:i+n]...)
			i += n
			continue
		}
		start, mark, count, intra := i, len(out), 0, -1
		j := i
		for {
			out = utf8.AppendRune(out, r)
			count++
			k := j + n
			g := k
			for g < len(s) && s[g] < utf8.RuneSelf && !isAlnum(s[g]) && g-k < 4 {
				g++
			}
			r2, n2, ok2 := letterAt(g)
			if g == k || g-k >= 4 || !ok2 || !single(g, n2) {
				j = k
				break
			}
			out = appendWordBreak(out, s, k, g, &intra)
			j, r, n = g, r2, n2
		}
		if count < 4 {
			out = append(out[:mark], s[start:j]...)
		} else {
			changed = true
		}
		i = j
	}
	if jamo {
		if composed, ok := composeJamo(out); ok {
			return composed, true
		}
	}
	return out, changed
}

// hasSpacedRunes is joinSpacedRunes' cheap pre-check on bytes alone: four
// non-ASCII characters in a row, each standing between ASCII separators
// (a space or a symbol, at most three bytes). Ordinary text of other
// scripts has words longer than one character and fails it fast.
func hasSpacedRunes(s string) bool {
	run := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		n := 1
		switch {
		case c >= 0xF0:
			n = 4
		case c >= 0xE0:
			n = 3
		case c >= 0xC0:
			n = 2
		}
		before := i == 0 || s[i-1] < utf8.RuneSelf && !isAlnum(s[i-1])
		j := i + n
		after := j >= len(s) || s[j] < utf8.RuneSelf && !isAlnum(s[j])
		if !before || !after {
			run = 0
			i = j
			continue
		}
		run++
		if run >= 4 {
			return true
		}
		g := j
		for g < len(s) && s[g] < utf8.RuneSelf && !isAlnum(s[g]) && g-j < 4 {
			g++
		}
		if g-j >= 4 || g < len(s) && s[g] < utf8.RuneSelf {
			run = 0
		}
		i = g
	}
	return false
}

// hasLoneJamo reports whether s holds a Hangul letter outside a syllable:
// a compatibility letter (U+3131–U+314E, bytes E3 84/85) or a conjoining
// initial (U+1100–U+1112, bytes E1 84).
func hasLoneJamo(s string) bool {
	return strings.Contains(s, "\xe3\x84") || strings.Contains(s, "\xe3\x85") || strings.Contains(s, "\xe1\x84")
}

// Hangul letters in the order of the syllable tables: initial consonants
// and final consonants (compatibility forms; the light view's NFKC turns
// them into conjoining initials U+1100–U+1112, which are accepted too).
const (
	jamoInitials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
	jamoFinals   = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
)

func runeIndex(set string, r rune) int {
	i := 0
	for _, c := range set {
		if c == r {
			return i
		}
		i++
	}
	return -1
}

// jamoInitial returns the initial-consonant index of a lone Hangul letter.
func jamoInitial(r rune) int {
	if r >= 0x1100 && r <= 0x1112 {
		return int(r - 0x1100)
	}
	return runeIndex(jamoInitials, r)
}

// jamoFinal returns the final-consonant index (1-based) of a lone Hangul
// consonant, or 0 when it has no final form.
func jamoFinal(r rune) int {
	if r >= 0x1100 && r <= 0x1112 {
		r = initialCompat[r-0x1100]
	}
	return runeIndex(jamoFinals, r) + 1
}

// initialCompat maps a conjoining initial (U+1100 + i) to its
// compatibility letter.
var initialCompat = [19]rune([]rune(jamoInitials))

func jamoVowel(r rune) int {
	switch {
	case r >= 'ㅏ' && r <= 'ㅣ':
		return int(r - 'ㅏ')
	case r >= 0x1161 && r <= 0x1175:
		return int(r - 0x1161)
	}
	return -1
}

// composeJamo (called when hasLoneJamo found a lone letter) rewrites
// Hangul typed letter by letter as syllables: an
// initial and a vowel make a syllable, and a lone consonant after a
// syllable without a final becomes its final when no vowel follows (NFKC
// composes the initial and vowel pairs but leaves such finals as
// initials). It reports whether it changed anything.
func composeJamo(b []byte) ([]byte, bool) {
	rs := []rune(string(b))
	out := make([]byte, 0, len(b))
	changed := false
	noVowelAt := func(i int) bool { return i >= len(rs) || jamoVowel(rs[i]) < 0 }
	for i := 0; i < len(rs); {
		r := rs[i]
		if l := jamoInitial(r); l >= 0 && i+1 < len(rs) && jamoVowel(rs[i+1]) >= 0 {
			syl, step := rune(0xAC00+(l*21+jamoVowel(rs[i+1]))*28), 2
			if i+2 < len(rs) {
				if t := jamoFinal(rs[i+2]); t > 0 && noVowelAt(i+3) {
					syl, step = syl+rune(t), 3
				}
			}
			out = utf8.AppendRune(out, syl)
			changed = true
			i += step
			continue
		}
		if r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 == 0 && i+1 < len(rs) {
			if t := jamoFinal(rs[i+1]); t > 0 && noVowelAt(i+2) {
				out = utf8.AppendRune(out, r+rune(t))
				changed = true
				i += 2
				continue
			}
		}
		out = utf8.AppendRune(out, r)
		i++
	}
	return out, changed
}
