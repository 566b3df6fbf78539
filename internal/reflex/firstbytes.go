package reflex

import (
	"regexp/syntax"
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
