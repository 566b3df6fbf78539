package reflex

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// requiredSet is a set of strings one of which occurs in every match of a
// rule: the objects, targets and tails its trigger does not already
// guarantee ("ignore … instructions" needs one of its nouns). Most
// anchored runs of the NFA fail, and a failed run of a large rule costs
// microseconds; looking the strings up spares most of those runs. The set
// only ever over-approximates what a match needs, so checking it never
// loses a match.
type requiredSet struct {
	ids []int32 // into injectionRules.needles
}

// gramSet records the four-byte strings of a text, hashed to one bit each,
// so that a required string with a four-byte piece the text lacks is
// ruled out by a few bit tests (needleGrams). A substring search per
// string and window cost as much as the NFA runs the check spared; with
// the bits, most strings are never searched for. It is built once per
// text, on the first check (a pass over the text, 2 KB cleared).
type gramSet struct {
	bits  [gramBits / 64]uint64
	built bool
	all   bool // text too long for the bits to say anything: search
}

const (
	gramLog  = 14
	gramBits = 1 << gramLog
	// maxGramText is the longest text a gramSet is built for: beyond it
	// most bits would be set.
	maxGramText = 8 << 10
)

// gramHash maps four bytes to a bit (Fibonacci hashing: the top bits of
// the product).
func gramHash(k uint32) uint32 { return k * 0x9E3779B1 >> (32 - gramLog) }

// load32 reads s[i:i+4] little-endian (one load once compiled).
func load32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func (g *gramSet) build(s string) {
	g.built = true
	if g.all = len(s) > maxGramText; g.all {
		return
	}
	clear(g.bits[:])
	for i := 0; i+4 <= len(s); i++ {
		h := gramHash(load32(s, i))
		g.bits[h/64] |= 1 << (h % 64)
	}
}

func (g *gramSet) has(h uint32) bool { return g.all || g.bits[h/64]&(1<<(h%64)) != 0 }

// admits reports whether s[lo:hi] contains one of the set's strings. g is
// the gram set of s (built here if it is not yet).
func (r *requiredSet) admits(s string, lo, hi int, ir *injectionRules, g *gramSet) bool {
	if !g.built {
		g.build(s)
	}
	for _, id := range r.ids {
		h := &ir.needleGrams[id]
		if g.has(h[0]) && g.has(h[1]) && g.has(h[2]) && g.has(h[3]) && strings.Contains(s[lo:hi], ir.needles[id]) {
			return true
		}
	}
	return false
}

// needleGrams returns the gram hashes of four four-byte pieces of n (at
// least four bytes long): its first, its last and two between, repeated
// when n is short.
func needleGrams(n string) [4]uint32 {
	last := len(n) - 4
	return [4]uint32{gramHash(load32(n, 0)), gramHash(load32(n, last/3)), gramHash(load32(n, 2*last/3)), gramHash(load32(n, last))}
}

const (
	// maxRequired bounds the strings a check looks up.
	maxRequired = 24
	// minRequiredLen keeps sets whose every string is long enough to be
	// rare in ordinary text and to have a four-byte gram.
	minRequiredLen = 4
	// maxExact bounds the finite string sets the analysis multiplies out
	// ("summari[sz]e", "(?:all )?previous").
	maxExact = 64
)

// requiredStrings returns the required strings of a parsed rule, or nil
// when no useful set is known.
func requiredStrings(re *syntax.Regexp, kws []string) []string {
	a := reqAnalysis{kws: make([]string, 0, len(kws))}
	for _, k := range kws {
		if k = strings.ToLower(strings.TrimSpace(k)); k != "" {
			a.kws = append(a.kws, k)
		}
	}
	set := a.info(re.Simplify()).req
	if set == nil || len(set) > maxRequired || minLen(set) < minRequiredLen || a.supplied(set) {
		return nil
	}
	return set
}

func minLen(set []string) int {
	m := -1
	for _, s := range set {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}

// reqAnalysis derives required sets from a rule's syntax tree.
type reqAnalysis struct {
	kws []string // the rule's trigger keywords, lower case
}

// supplied reports whether every string of set is inside a trigger
// keyword or contains one: the trigger's presence would make the check
// pass anyway.
func (a *reqAnalysis) supplied(set []string) bool {
	for _, s := range set {
		if !slices.ContainsFunc(a.kws, func(k string) bool { return strings.Contains(s, k) || strings.Contains(k, s) }) {
			return false
		}
	}
	return true
}

// better reports whether required set x makes a better check than y
// (sx and sy: whether the trigger supplies them): one the trigger does
// not supply, whose strings are long enough to be rare, with fewer
// strings, then longer ones.
func better(x []string, sx bool, y []string, sy bool) bool {
	if y == nil {
		return x != nil
	}
	if x == nil {
		return false
	}
	if sx != sy {
		return sy
	}
	if lx, ly := minLen(x) >= minRequiredLen, minLen(y) >= minRequiredLen; lx != ly {
		return lx
	}
	if len(x) != len(y) {
		return len(x) < len(y)
	}
	return minLen(x) > minLen(y)
}

// reqInfo describes a node: exact is every string it can match when that
// set is finite and small (nil otherwise); req is the best set known one
// of which every match contains (nil when none is).
type reqInfo struct {
	exact []string
	req   []string
}

func (a *reqAnalysis) info(re *syntax.Regexp) reqInfo {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return reqInfo{exact: []string{""}}
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return reqInfo{}
		}
		s := string(re.Rune)
		return reqInfo{exact: []string{s}, req: []string{s}}
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) >= 4 || re.Flags&syntax.FoldCase != 0 && r < utf8.RuneSelf {
					return reqInfo{}
				}
				out = append(out, string(r))
			}
		}
		return reqInfo{exact: out, req: out}
	case syntax.OpCapture:
		return a.info(re.Sub[0])
	case syntax.OpQuest:
		in := a.info(re.Sub[0])
		if in.exact != nil && len(in.exact) < maxExact {
			return reqInfo{exact: append([]string{""}, in.exact...)}
		}
		return reqInfo{}
	case syntax.OpPlus:
		return reqInfo{req: a.info(re.Sub[0]).req}
	case syntax.OpRepeat:
		if re.Min < 1 {
			return reqInfo{}
		}
		return reqInfo{req: a.info(re.Sub[0]).req}
	case syntax.OpAlternate:
		// Every match passes through one branch: the union of the
		// branches' sets is required.
		var ex, rq []string
		exOK, rqOK := true, true
		for _, sub := range re.Sub {
			in := a.info(sub)
			if in.exact == nil || len(ex)+len(in.exact) > maxExact {
				exOK = false
			} else {
				ex = append(ex, in.exact...)
			}
			if in.req == nil || len(rq)+len(in.req) > maxExact {
				rqOK = false
			} else {
				rq = append(rq, in.req...)
			}
		}
		var out reqInfo
		if exOK {
			out.exact = dedupStrings(ex)
		}
		if rqOK {
			out.req = dedupStrings(rq)
		}
		return out
	case syntax.OpConcat:
		// Every match passes through every part: each part's set is
		// required, and so is each run of parts with exact sets multiplied
		// out into longer strings ("summari[sz]e", "(?:all )?previous").
		var best []string
		bestSupplied := false
		consider := func(set []string) {
			if set == nil || minLen(set) == 0 {
				return
			}
			if sup := a.supplied(set); better(set, sup, best, bestSupplied) {
				best, bestSupplied = set, sup
			}
		}
		cur := []string{""}
		whole := true
		for _, sub := range re.Sub {
			in := a.info(sub)
			consider(in.req)
			if in.exact != nil && len(cur)*len(in.exact) <= maxExact {
				next := make([]string, 0, len(cur)*len(in.exact))
				for _, x := range cur {
					for _, y := range in.exact {
						next = append(next, x+y)
					}
				}
				cur = next
				continue
			}
			consider(dedupStrings(cur))
			whole = false
			cur = in.exact
			if cur == nil {
				cur = []string{""}
			}
		}
		consider(dedupStrings(cur))
		out := reqInfo{req: best}
		if whole {
			out.exact = dedupStrings(cur)
		}
		return out
	}
	return reqInfo{}
}

func dedupStrings(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}
