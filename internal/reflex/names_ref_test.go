package reflex

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refScanNames is the name tokeniser before the gap fast path (plus the
// per-token flag lookup nameTokens now reads); the test below checks that
// both produce the same findings.
func (e *Engine) refScanNames(s string, sc *scratch) {
	nd := e.names
	if nd == nil {
		return
	}
	// Tokenise (letters, digits, apostrophes, hyphens, periods after
	// abbreviations are separate).
	// The token buffer lives in the scratch space: a 512-token array on
	// the stack was zeroed on every call (24 KB).
	if len(sc.nameToks) < 512 {
		sc.nameToks = make([]token, 512)
	}
	toks := sc.nameToks[:512]
	nt := 0
	flush := func() {
		e.nameTokens(s, sc, toks[:nt], nd)
		nt = 0
		sc.lowBuf = sc.lowBuf[:0]
	}
	sc.lowBuf = sc.lowBuf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		// Fast path for the bulk of prose: a lower-case ASCII word that
		// no rule compares is skipped with one table lookup per byte.
		if nameByte[c] == nbLower {
			j := i + 1
			for j < len(s) && nameByte[s[j]] == nbLower {
				j++
			}
			if (j == len(s) || nameByte[s[j]] == nbOther || nameByte[s[j]] == nbPunct) && !keepLowerWord(s[i:j]) {
				if nt > 0 && toks[nt-1].gap {
					toks[nt-1].b = j
				} else {
					if nt == len(toks) {
						flush()
					}
					toks[nt] = token{a: i, b: j, gap: true}
					nt++
				}
				i = j
				continue
			}
		}
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			// ASCII fast path.
			if !isAlnum(c) {
				if nameByte[c] == nbPunct {
					// Sentence punctuation is kept as a boundary token.
					if nt == len(toks) {
						flush()
					}
					toks[nt] = token{a: i, b: i + 1, low: s[i : i+1]}
					nt++
				}
				i++
				continue
			}
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += n
				continue
			}
		}
		j := i
		allUp, hasLetter, anyUp, ascii := true, false, false, true
		for j < len(s) {
			c2 := s[j]
			if c2 < utf8.RuneSelf {
				if isAlnum(c2) {
					if c2 >= 'a' {
						hasLetter = true
						allUp = false
					} else if c2 >= 'A' {
						hasLetter = true
						anyUp = true
					}
					j++
					continue
				}
				if (c2 == '\'' || c2 == '-') && j+1 < len(s) && (isASCIILetter(s[j+1]) || s[j+1] >= utf8.RuneSelf && isLetterAt(s, j+1)) {
					j++
					continue
				}
				break
			}
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
				break
			}
			ascii = false
			if unicode.IsLetter(r2) {
				hasLetter = true
				if !unicode.IsUpper(r2) {
					allUp = false
				}
			}
			j += n2
		}
		capital := unicode.IsUpper(r)
		if ascii && !anyUp && !isDigit(c) && !keepLowerWord(s[i:j]) {
			// A lower-case word the name rules never look at: one gap
			// token stands for any run of them (it still separates the
			// capitalised words around it).
			if nt > 0 && toks[nt-1].gap {
				toks[nt-1].b = j
			} else {
				if nt == len(toks) {
					flush()
				}
				toks[nt] = token{a: i, b: j, gap: true}
				nt++
			}
			i = j
			continue
		}
		if nt == len(toks) {
			flush()
		}
		t := token{a: i, b: j, cap: capital, upper: allUp && hasLetter && j-i > 1}
		// Only capitalised words, numbers and short function words are
		// ever compared; long lower-case words need no lower-cased copy.
		switch {
		case ascii && !anyUp:
			t.low = s[i:j] // already lower-case: no copy
		case capital || isDigit(c) || j-i <= 6:
			t.low = sc.lowerInto(s[i:j])
		}
		if t.low != "" {
			t.fl = nd.flags.get(t.low) // as scanNames: nameTokens reads the flags
		}
		toks[nt] = t
		nt++
		i = j
	}
	flush()
}

func TestScanNamesMatchesReference(t *testing.T) {
	e, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"the", "is", "name", "my", "of", "de", "Mr.", "Dr", "John", "Smith", "Paris", "New", "York", "Street",
		"St.", "Apt", "4", "12", "Main", "called", "named", "Nice", "Berlin", "maria", "ok", "élan", "Zoë", "don't", "x-ray",
		"Suite", "IL", "62704", "United", "States", "of", "America", "rue", "a", "Zorblax", "Kowalczyk", "name is",
		"my name is", "is Zorblax", "named", "called",
		// Plain lower-case prose, so that seeds are sparse and the
		// tokeniser's skipping between them is exercised.
		"quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "then", "went", "home", "with", "it",
		"quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "then", "went", "home", "with", "it"}
	seps := []string{" ", " ", " ", ", ", ". ", "\n", "; ", "  ", "\"", " (", "! ", "-", "'"}
	rng := rand.New(rand.NewPCG(21, 22))
	types := 0
	for trial := 0; trial < 4000; trial++ {
		var b strings.Builder
		for k := rng.IntN(30); k > 0; k-- {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		s := b.String()
		run := func(ref bool) []Finding {
			sc := e.pool.Get().(*scratch)
			defer e.pool.Put(sc)
			sc.reset()
			sc.resetClaimed(len(s))
			if ref {
				e.refScanNames(s, sc)
			} else {
				e.scanNames(s, sc)
			}
			return slices.Clone(sc.pii)
		}
		got, want := run(false), run(true)
		if !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", s, got, want)
		}
		types += len(got)
	}
	if types < 2000 {
		t.Errorf("only %d findings: the texts do not exercise the name rules", types)
	}
}

// TestNextSeedByte checks the eight-byte seed finder against a byte loop,
// for every byte value at every position.
func TestNextSeedByte(t *testing.T) {
	isSeed := func(c byte) bool { return c >= 0x80 || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' }
	for c := 0; c < 256; c++ {
		for n := 1; n < 20; n++ {
			for pos := 0; pos < n; pos++ {
				b := []byte(strings.Repeat("q", n))
				b[pos] = byte(c)
				s := string(b)
				for i := 0; i <= n; i++ {
					want := i
					for want < len(s) && !isSeed(s[want]) {
						want++
					}
					if got := nextSeedByte(s, i); got != want {
						t.Fatalf("nextSeedByte(%q, %d) = %d, want %d", s, i, got, want)
					}
				}
			}
		}
	}
}

// TestWordFlags checks the inline-key table against the gazetteer sets it
// is built from, and that other words have no flags.
func TestWordFlags(t *testing.T) {
	nd := loadNameData()
	want := map[string]uint8{}
	for _, x := range []struct {
		set  map[string]struct{}
		flag uint8
	}{{nd.stop, nfStop}, {nd.titles, nfTitle}, {nd.places, nfPlace}, {nd.first, nfFirst}, {nd.suffixes, nfSuffix}, {nd.unitWords, nfUnit}, {nd.common, nfCommon}} {
		for w := range x.set {
			want[w] |= x.flag
		}
	}
	if len(want) < 500 {
		t.Fatalf("only %d gazetteer words", len(want))
	}
	for w, fl := range want {
		if got := nd.flags.get(w); got != fl {
			t.Errorf("flags(%q) = %b, want %b", w, got, fl)
		}
		for _, v := range []string{w + "x", w[:len(w)-1], strings.ToUpper(w[:1]) + w[1:], w + " ", "x" + w} {
			if _, in := want[v]; !in && nd.flags.get(v) != 0 {
				t.Errorf("flags(%q) = %b, want 0", v, nd.flags.get(v))
			}
		}
	}
	for _, w := range []string{"", "build", "the build", "zzzzzzzzzzzzzzzzzzzzzz", "united states of america"} {
		if got := nd.flags.get(w); got != want[w] {
			t.Errorf("flags(%q) = %b, want %b", w, got, want[w])
		}
	}
}
