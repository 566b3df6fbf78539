package reflex

import (
	"fmt"
	"regexp/syntax"
)

// ruleBranch is one top-level alternative of an injection rule, compiled
// and filtered on its own. Split this way, a rule's branches keep its
// leftmost-first preference (anchored, the rule's match is that of its
// first branch that matches at all, and a branch matches alone exactly as
// within the whole), while most branches are programs small enough for
// Go's backtracker (an NFA run of a large rule cost about 24,000
// instructions) and each has its own, sharper first-byte, opening and
// required-string filters. The branches are parts of the rule, not
// copies: its program is the same size in all.
type ruleBranch struct {
	re *lazyRegexp // anchored: matches only at the start of its input
	// first holds the bytes a match can begin with (see firstByteSet);
	// anyFirst when the set is unknown.
	first    byteSet
	anyFirst bool
	// pre, when known, lists the branch's openings (see prefixFilter).
	pre *prefixFilter
	// req, when known, lists strings one of which every match contains
	// (see requiredSet).
	req *requiredSet
}

// newRuleBranches splits a folded rule expression at its top-level bars
// and prepares each alternative. An expression that sets flags stays
// whole: a flag set in one alternative reaches the ones after it.
func (ir *injectionRules) newRuleBranches(body string, kws []string, needleIdx map[string]int32) ([]ruleBranch, error) {
	bodies := []string{body}
	if !hasFlagGroup(body) {
		bodies = splitBars(body)
	}
	out := make([]ruleBranch, len(bodies))
	for i, b := range bodies {
		expr := `^(?:` + b + `)`
		parsed, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			return nil, fmt.Errorf("branch %d: %w", i, err)
		}
		first, known := firstByteSet(parsed)
		out[i] = ruleBranch{re: &lazyRegexp{expr: expr}, first: first, anyFirst: !known, pre: newPrefixFilter(parsed)}
		if lits := requiredStrings(parsed, kws); lits != nil {
			req := &requiredSet{ids: make([]int32, len(lits))}
			for k, l := range lits {
				id, ok := needleIdx[l]
				if !ok {
					id = int32(len(ir.needles))
					needleIdx[l] = id
					ir.needles = append(ir.needles, l)
					ir.needleGrams = append(ir.needleGrams, needleGrams(l))
				}
				req.ids[k] = id
			}
			out[i].req = req
		}
	}
	return out, nil
}

// matchAt returns the match of rule r at the start of s[a:b] (in s[a:b]
// offsets), nil when there is none: the match of its first branch that
// matches. g is the gram set of s (see requiredSet).
func (r *injRule) matchAt(s string, a, b int, ir *injectionRules, g *gramSet) []int {
	for i := range r.branches {
		br := &r.branches[i]
		if !br.anyFirst && !br.first.has(s[a]) || br.pre != nil && !br.pre.admits(s[a:b]) ||
			br.req != nil && !br.req.admits(s, a, b, ir, g) {
			continue
		}
		if m := br.re.get().FindStringIndex(s[a:b]); m != nil {
			return m
		}
	}
	return nil
}
