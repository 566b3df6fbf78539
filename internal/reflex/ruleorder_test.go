package reflex

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// TestSortedOpenings checks the rewrite on small expressions: sorted when
// the alternatives' first bytes allow it, left alone otherwise.
func TestSortedOpenings(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{`^(?:\b(?:ignore|disregard|forget|discard) all)`, `^(?:\b(?:disregard|discard|forget|ignore) all)`},
		// Equal first bytes keep their order.
		{`^(?:zeta|alpha|apex|beta)`, `^(?:alpha|apex|beta|zeta)`},
		// Top-level alternatives are sorted inside and among themselves.
		{`^(?:\bsay (?:x|a)|\bprint (?:c|b))`, `^(?:\bprint (?:c|b)|\bsay (?:x|a))`},
		{`^(?:(?:you|a)r|zz)`, `^(?:(?:a|you)r|zz)`},
		// An optional first letter still leaves known first bytes.
		{`^(?:z|a?b)`, `^(?:a?b|z)`},
		// Overlapping first bytes ([a-c] and b), a nullable alternative,
		// an optional opening group, a flag: left alone.
		{`^(?:[a-c]x|by)`, `^(?:[a-c]x|by)`},
		{`^(?:z|a?)`, `^(?:z|a?)`},
		{`^(?:(?:z|a)?b)`, `^(?:(?:z|a)?b)`},
		{`^(?:(?i)z|a)`, `^(?:(?i)z|a)`},
		// Brackets and escapes inside alternatives do not split them.
		{`^(?:z[|)]|\(a|b\|)`, `^(?:\(a|b\||z[|)])`},
	} {
		if got := sortedOpenings(tc.in); got != tc.want {
			t.Errorf("sortedOpenings(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSortedOpeningsRules checks every injection rule on texts drawn from
// its own expression: the rewritten rule finds exactly the same match.
func TestSortedOpeningsRules(t *testing.T) {
	t.Parallel()
	e := newTestEngine(t)
	rng := rand.New(rand.NewPCG(3, 4))
	sorted := 0
	branches := 0
	for i := range e.inj.rules {
		for _, br := range e.inj.rules[i].branches {
			branches++
			expr := br.re.expr
			rewritten := sortedOpenings(expr)
			if rewritten == expr {
				continue
			}
			sorted++
			orig, re := regexp.MustCompile(expr), regexp.MustCompile(rewritten)
			for _, s := range ruleSamples(t, expr, rng, 30) {
				s += " and then some more words."
				if g, w := re.FindStringIndex(s), orig.FindStringIndex(s); !equalSpans(g, w) {
					t.Errorf("rule %d on %q: rewritten %v, original %v", i, s, g, w)
				}
			}
		}
	}
	if sorted < branches/4 {
		t.Errorf("only %d of %d branches rewritten", sorted, branches)
	}
}

func equalSpans(a, b []int) bool {
	return len(a) == len(b) && (a == nil || a[0] == b[0] && a[1] == b[1])
}
