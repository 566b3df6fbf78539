package reflex

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// naiveHits lists every (keyword, end) occurrence by brute force, ordered
// by end and then keyword index as the automaton reports them.
func naiveHits(kws []string, s string) []acHit {
	ls := strings.ToLower(s)
	var out []acHit
	for end := 1; end <= len(s); end++ {
		var at []acHit
		for k, w := range kws {
			if end >= len(w) && ls[end-len(w):end] == w {
				at = append(at, acHit{kw: int32(k), end: int32(end)})
			}
		}
		slices.SortFunc(at, func(x, y acHit) int { return int(x.kw) - int(y.kw) })
		out = append(out, at...)
	}
	return out
}

// TestACScanMatchesNaive checks the four-part lockstep scan against a
// brute-force search, with keywords placed across the part boundaries.
func TestACScanMatchesNaive(t *testing.T) {
	kws := []string{"ssn", "social security", "sk_live_", "a", "ip", "phone", "-----begin", "q~", "|", "ssn ", "curity"}
	m := newACMatcher(kws)
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := "abcdefghijklmnopqrstuvwxyzSSNIP _-~|."
	for trial := 0; trial < 300; trial++ {
		n := []int{0, 1, 17, 511, 512, 600, 1024, 4099}[trial%8]
		var b strings.Builder
		for b.Len() < n {
			if rng.IntN(6) == 0 {
				b.WriteString(kws[rng.IntN(len(kws))])
			} else {
				b.WriteByte(alphabet[rng.IntN(len(alphabet))])
			}
		}
		s := b.String()
		var got []acHit
		got = m.scan(s, got)
		want := naiveHits(kws, s)
		// naiveHits orders ties by keyword index; the automaton orders them
		// by output-list order, so compare as multisets per end.
		sortHits := func(h []acHit) {
			slices.SortFunc(h, func(x, y acHit) int {
				if x.end != y.end {
					return int(x.end) - int(y.end)
				}
				return int(x.kw) - int(y.kw)
			})
		}
		one, _ := m.walk(s, 0, len(s), 0, 0, nil)
		if !slices.Equal(got, one) {
			t.Fatalf("len %d: lockstep scan differs from a single walk:\n got %v\nwant %v", len(s), got, one)
		}
		sortHits(got)
		if !slices.Equal(got, want) {
			t.Fatalf("len %d: scan = %v, want %v", len(s), got, want)
		}
	}
}

func TestIsASCII(t *testing.T) {
	for n := 0; n < 80; n++ {
		s := strings.Repeat("a", n)
		if !isASCII(s) {
			t.Fatalf("isASCII(%d × a) = false", n)
		}
		for k := 0; k < n; k++ {
			b := []byte(s)
			b[k] = 0x80
			if isASCII(string(b)) {
				t.Fatalf("isASCII with 0x80 at %d of %d = true", k, n)
			}
		}
	}
}

// TestKeepLowerShape checks that the length/first-letter prefilter of
// keepLowerWord passes every kept word.
func TestKeepLowerShape(t *testing.T) {
	for _, w := range keptLowerWords {
		if !keepLowerWord(w) {
			t.Errorf("keepLowerWord(%q) = false", w)
		}
	}
	for _, w := range []string{"the", "and", "isn", "names", "", "zz"} {
		if keepLowerWord(w) {
			t.Errorf("keepLowerWord(%q) = true", w)
		}
	}
}

// TestFoldASCIIOffsets checks the ASCII fold's offset map (identity when
// no whitespace was collapsed, rebuilt otherwise): every folded byte maps
// to one source byte it came from, in order; a space may come from a
// written-out line break ("\\n").
func TestFoldASCIIOffsets(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for trial := 0; trial < 3000; trial++ {
		b := make([]byte, rng.IntN(120))
		for k := range b {
			b[k] = "aZ0 4\t\n  _@$.,x3e\\nN"[rng.IntN(20)]
		}
		s := string(b)
		var v view
		var sig Signals
		buildFoldASCII(s, &v, &sig)
		prev := -1
		for k := 0; k < len(v.s); k++ {
			a, e := v.orig(k, k+1)
			if e != a+1 || a <= prev || a >= len(s) {
				t.Fatalf("%q: fold byte %d maps to [%d,%d) after %d", s, k, a, e, prev)
			}
			prev = a
			c, f := s[a], v.s[k]
			switch {
			case f == ' ':
				if !strings.ContainsRune(" \t\n\r\f\v", rune(c)) && !escapedBreak(s, a) {
					t.Fatalf("%q: space at %d maps to %q", s, k, c)
				}
			case f != lower(c) && leetMap[c] != f:
				t.Fatalf("%q: fold byte %q at %d maps to %q", s, f, k, c)
			}
		}
		if len(s) > 0 && len(v.s) > 0 {
			if a, e := v.orig(0, len(v.s)); a > e || e > len(s) {
				t.Fatalf("%q: whole fold maps to [%d,%d)", s, a, e)
			}
		}
	}
}

// TestCueSet checks the one-pass cue search against strings.Contains over
// the same list, including cues that overlap or end at the text's end.
func TestCueSet(t *testing.T) {
	t.Parallel()
	cues := []string{"how to ", "such as", "as an example", "研究", "attackers can"}
	set := newCueSet(cues)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"explain how to stop it", true},
		{"attacks such as this one", true},
		{"given as an example", true},
		{"这是一项研究", true},
		{"what attackers can do", true},
		{"how to", false}, // the cue's trailing space is part of it
		{"such a", false},
		{"", false},
		{"an ordinary request about dinner", false},
	} {
		if got := set.in(tc.text); got != tc.want || got != containsAny(tc.text, cues) {
			t.Errorf("in(%q) = %v, want %v (containsAny %v)", tc.text, got, tc.want, containsAny(tc.text, cues))
		}
	}
}
