package reflex

import (
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

func TestRequiredStrings(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		expr string
		kws  []string
		want []string // nil: no useful set
	}{
		// The verb is the trigger; the nouns are required (the fewest
		// strings win over the whole phrase's sixteen spellings).
		{`^(?:\b(?:ignore|disregard) (?:all )?(?:previous|prior) (?:instructions|rules)\b)`, []string{"ignore", "disregard"},
			[]string{"instructions", "rules"}},
		{`^(?:summari[sz]e (?:this|the) (?:page|text))`, []string{"summari"}, []string{"page", "text"}},
		// A run of exact parts multiplies out when no part alone is long
		// enough to be rare.
		{`^(?:[ab]x(?:yz|zy)w)`, []string{"q"}, []string{"axyzw", "axzyw", "bxyzw", "bxzyw"}},
		// Strings that all contain a trigger keyword do not help.
		{`^(?:summari[sz]e (?:this|the) page)`, []string{"summari", "page"}, nil},
		// Each branch of an alternation needs its own string.
		{`^(?:reveal [a-z]+ password|print [a-z]+ secret key)`, []string{"reveal", "print"}, []string{" password", " secret key"}},
		// An optional or repeated-zero part requires nothing.
		{`^(?:ignore(?: all instructions)?)`, []string{"ignore"}, nil},
		{`^(?:ignore(?: everything)*)`, []string{"ignore"}, nil},
		// A set the trigger supplies does not help.
		{`^(?:you are now dan)`, []string{"you are now dan"}, nil},
		// Too short to be rare, or a branch with no string.
		{`^(?:ignore [^ ]+ (?:it|me))`, []string{"ignore"}, nil},
		{`^(?:ignore (?:instructions|.+ rules))`, []string{"ignore"}, []string{" rules", "instructions"}},
		{`^(?:ignore (?:instructions|.+))`, []string{"ignore"}, nil},
		// Case folding is not modelled.
		{`^(?:(?i)ignore (?:all) rules)`, []string{"x"}, nil},
		// A repeated part needs its body (tied with "stop": the longer).
		{`^(?:x(?:please )+stop)`, []string{"x"}, []string{"please "}},
	} {
		parsed, err := syntax.Parse(tc.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := requiredStrings(parsed, tc.kws); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.expr, got, tc.want)
		}
	}
}

// TestGramSet checks the required-string look-up, gram bits first,
// against a plain search, over random windows of random texts, short and
// longer than a gram set is built for.
func TestGramSet(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 6))
	ir := &injectionRules{needles: []string{"rules", "prompt", "instructions", "xyzw"}}
	for _, n := range ir.needles {
		ir.needleGrams = append(ir.needleGrams, needleGrams(n))
	}
	words := []string{"rules", "prompt", "instructions", "the", "and", "a", "xy", "zw", "promp", "tinstructions"}
	set := &requiredSet{ids: []int32{0, 1, 2, 3}}
	var g gramSet
	rejected := 0
	for range 300 {
		var b strings.Builder
		for n := rng.IntN(2 * maxGramText); b.Len() < n; {
			b.WriteString(words[rng.IntN(len(words))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		g.built = false
		for range 50 {
			lo := rng.IntN(len(s) + 1)
			hi := min(len(s), lo+rng.IntN(60))
			want := slices.ContainsFunc(ir.needles, func(n string) bool { return strings.Contains(s[lo:hi], n) })
			if got := set.admits(s, lo, hi, ir, &g); got != want {
				t.Fatalf("window [%d:%d] of a %d-byte text: admits %v, want %v", lo, hi, len(s), got, want)
			}
			if !want {
				rejected++
			}
		}
	}
	if rejected == 0 {
		t.Error("no window without a required string was drawn")
	}
}

// strings returns the set's strings (for test messages).
func (r *requiredSet) strings(needles []string) []string {
	out := make([]string, len(r.ids))
	for i, id := range r.ids {
		out[i] = needles[id]
	}
	return out
}
