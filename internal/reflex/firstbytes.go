package reflex

import (
	"math/bits"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// byteSet is a set of bytes, one bit each.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }
func (b *byteSet) union(o byteSet) {
	b[0], b[1], b[2], b[3] = b[0]|o[0], b[1]|o[1], b[2]|o[2], b[3]|o[3]
}
func (b *byteSet) intersects(o byteSet) bool {
	return b[0]&o[0]|b[1]&o[1]|b[2]&o[2]|b[3]&o[3] != 0
}

// min returns the lowest byte in the set, or -1 when it is empty.
func (b *byteSet) min() int {
	for w, x := range b {
		if x != 0 {
			return 64*w + bits.TrailingZeros64(x)
		}
	}
	return -1
}

func (b *byteSet) addRange(lo, hi int) {
	for c := lo; c <= hi; c++ {
		b.add(byte(c))
	}
}

// firstByteSet returns the bytes a non-empty match of the expression can
// begin with. The injection rules are anchored and tried at a handful of
// word starts around each trigger; most of those starts cannot begin a
// match, and a test of one byte spares the NFA run, which for the large
// alternations of the multilingual rules costs microseconds per start.
// ok is false when the set is not known (the rule is then always tried).
func firstByteSet(re *syntax.Regexp) (set byteSet, ok bool) {
	set, _, ok = firstOf(re.Simplify())
	return set, ok
}

// firstOf returns the first-byte set of re, whether re matches the empty
// string, and whether the analysis understood every node.
func firstOf(re *syntax.Regexp) (set byteSet, nullable, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return set, false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return set, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return set, true, true
		}
		addRune(&set, re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return set, false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if lo < utf8.RuneSelf {
				set.addRange(int(lo), int(min(hi, utf8.RuneSelf-1)))
			}
			if hi >= utf8.RuneSelf {
				set.addRange(0xC2, 0xF4) // any multi-byte lead byte
			}
			if re.Flags&syntax.FoldCase != 0 {
				for r := lo; r <= min(hi, 'z'); r++ {
					addRune(&set, r, true)
				}
			}
		}
		return set, false, true
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		for c := 0; c < 256; c++ {
			if c != '\n' || re.Op == syntax.OpAnyChar {
				set.add(byte(c))
			}
		}
		return set, false, true
	case syntax.OpCapture:
		return firstOf(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		set, _, ok = firstOf(re.Sub[0])
		return set, true, ok
	case syntax.OpPlus:
		return firstOf(re.Sub[0])
	case syntax.OpRepeat:
		set, nullable, ok = firstOf(re.Sub[0])
		return set, nullable || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			s, n, k := firstOf(sub)
			if !k {
				return set, false, false
			}
			set.union(s)
			if !n {
				return set, false, true
			}
		}
		return set, true, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, n, k := firstOf(sub)
			if !k {
				return set, false, false
			}
			set.union(s)
			nullable = nullable || n
		}
		return set, nullable, true
	}
	return set, false, false
}

// addRune adds the first UTF-8 byte of r (and of its case variants when
// fold is set).
func addRune(set *byteSet, r rune, fold bool) {
	var buf [utf8.UTFMax]byte
	add := func(r rune) {
		utf8.EncodeRune(buf[:], r)
		set.add(buf[0])
	}
	add(r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			add(f)
		}
	}
}

// prefixLen is how many bytes of a rule's possible openings prefixFilter
// keeps: enough to tell most words apart ("igno" from "inst"), few enough
// that the openings of a rule stay a short sorted list.
const prefixLen = 4

// maxPrefixes bounds the list; a rule with more openings keeps only its
// first-byte test.
const maxPrefixes = 384

// prefixFilter holds the openings (ASCII lower-cased, at most prefixLen
// bytes) that every match of an anchored rule begins with. The first-byte
// test passes most word starts before a trigger ("the", "all", "please"
// all begin with bytes some alternative begins with), and each start it
// passes costs a run of the NFA over the rule's whole alternation; a
// sorted list of four-byte openings turns nearly all of those runs into a
// few comparisons.
type prefixFilter struct {
	keys []uint64 // sorted; length in the top byte, bytes in the low ones
	lens uint8    // bit L set: some opening is L bytes long
}

func prefixKey(s string) uint64 {
	k := uint64(len(s)) << 56
	for i := 0; i < len(s); i++ {
		k |= uint64(lower(s[i])) << (8 * i)
	}
	return k
}

// admits reports whether s can begin a match: whether it starts with one
// of the openings (ASCII case aside).
func (p *prefixFilter) admits(s string) bool {
	for l := 1; l <= prefixLen && l <= len(s); l++ {
		if p.lens&(1<<l) == 0 {
			continue
		}
		if _, ok := slices.BinarySearch(p.keys, prefixKey(s[:l])); ok {
			return true
		}
	}
	return false
}

// newPrefixFilter returns the filter of an anchored expression, or nil when
// its openings are not known or too many to list.
func newPrefixFilter(re *syntax.Regexp) *prefixFilter {
	ps, ok := openingsOf(re.Simplify())
	if !ok || len(ps) == 0 {
		return nil
	}
	p := &prefixFilter{}
	for _, o := range ps {
		if len(o.s) == 0 {
			return nil // a match may begin with anything
		}
		p.keys = append(p.keys, prefixKey(o.s))
		p.lens |= 1 << len(o.s)
	}
	slices.Sort(p.keys)
	p.keys = slices.Compact(p.keys)
	return p
}

// opening is a string a match can begin with; open when the match may go
// on with whatever follows the node that produced it (the string is the
// node's whole text), closed when it was cut (at prefixLen bytes, or at a
// node too wide to list).
type opening struct {
	s    string
	open bool
}

// openingsOf lists the openings of re. Every step only widens the set
// (cutting a string short, dropping a case), so a start the filter rejects
// can never begin a match. ok is false past maxPrefixes openings or at a
// node the analysis does not know.
func openingsOf(re *syntax.Regexp) (out []opening, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return nil, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []opening{{"", true}}, true
	case syntax.OpLiteral:
		var b []byte
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf && re.Flags&syntax.FoldCase != 0 && unicode.SimpleFold(r) != r {
				return []opening{{string(b), false}}, true
			}
			b = utf8.AppendRune(b, r)
			if len(b) >= prefixLen {
				return []opening{{lowerASCII(string(b[:prefixLen])), false}}, true
			}
		}
		return []opening{{lowerASCII(string(b)), true}}, true
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1] >= utf8.RuneSelf {
				return []opening{{"", false}}, true
			}
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n > 8 {
			return []opening{{"", false}}, true
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, opening{lowerASCII(string(rune(r))), true})
			}
		}
		return out, true
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return []opening{{"", false}}, true
	case syntax.OpCapture:
		return openingsOf(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest, syntax.OpPlus, syntax.OpRepeat:
		sub, ok := openingsOf(re.Sub[0])
		if !ok {
			return nil, false
		}
		if re.Op != syntax.OpQuest {
			// A repeated node may follow itself: its strings are cut where
			// the first repetition ends.
			for i := range sub {
				sub[i].open = false
			}
		}
		if re.Op == syntax.OpStar || re.Op == syntax.OpQuest || re.Op == syntax.OpRepeat && re.Min == 0 {
			sub = append(sub, opening{"", true})
		}
		return sub, true
	case syntax.OpConcat:
		out = []opening{{"", true}}
		for _, node := range re.Sub {
			sub, ok := openingsOf(node)
			if !ok {
				return nil, false
			}
			var next []opening
			for _, o := range out {
				if !o.open {
					next = append(next, o)
					continue
				}
				for _, q := range sub {
					s := o.s + q.s
					switch {
					case len(s) >= prefixLen:
						next = append(next, opening{s[:prefixLen], false})
					default:
						next = append(next, opening{s, q.open})
					}
				}
			}
			if out = dedupOpenings(next); len(out) > maxPrefixes {
				return nil, false
			}
		}
		return out, true
	case syntax.OpAlternate:
		for _, node := range re.Sub {
			sub, ok := openingsOf(node)
			if !ok {
				return nil, false
			}
			if out = append(out, sub...); len(out) > 4*maxPrefixes {
				return nil, false
			}
		}
		if out = dedupOpenings(out); len(out) > maxPrefixes {
			return nil, false
		}
		return out, true
	}
	return nil, false
}

func dedupOpenings(os []opening) []opening {
	slices.SortFunc(os, func(a, b opening) int {
		if c := strings.Compare(a.s, b.s); c != 0 {
			return c
		}
		return cmpBool(a.open, b.open)
	})
	return slices.Compact(os)
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// lowerASCII lower-cases the ASCII letters of s byte by byte: an opening
// may end inside a multi-byte rune, which strings.ToLower would replace.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lower(c)
	}
	return string(b)
}
