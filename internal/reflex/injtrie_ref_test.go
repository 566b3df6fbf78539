package reflex

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// trieStarts lists the positions scan walks from when no prefix filter
// rejects a word: word starts ('@' and '$' between letters stay inside a
// word) and every punctuation byte some keyword uses.
func trieStarts(t *wordTrie, s string) []int {
	var out []int
	for i := 0; i < len(s); {
		if wordByteTab[s[i]] == 0 {
			if t.class[s[i]] > trieSpace {
				out = append(out, i)
			}
			i++
			continue
		}
		out = append(out, i)
		for i++; i < len(s); i++ {
			if wordByteTab[s[i]] == 0 {
				if (s[i] == '@' || s[i] == '$') && i+1 < len(s) && wordByteTab[s[i+1]] == 1 {
					continue
				}
				break
			}
		}
	}
	return out
}

// naiveTrieHits matches every keyword at every start byte by byte, with
// the walk's rules spelled out: bytes match by class (case, leet digits),
// a whitespace run matches one keyword space, and an '@' or '$' after a
// word byte and before a letter reads as the letter it folds to.
func naiveTrieHits(t *wordTrie, kws []string, s string) []acHit {
	var out []acHit
	for _, i := range trieStarts(t, s) {
		for ki, k := range kws {
			j, p := i, 0
			for ; p < len(k) && j < len(s); p, j = p+1, j+1 {
				c := t.class[s[j]]
				if (s[j] == '@' || s[j] == '$') && j > i && j+1 < len(s) && wordByteTab[s[j-1]] != 0 && wordByteTab[s[j+1]] == 1 {
					c = t.class[leetMap[s[j]]]
				}
				if c == 0 || c != t.class[k[p]] {
					break
				}
				if c == trieSpace {
					for j+1 < len(s) && t.class[s[j+1]] == trieSpace {
						j++
					}
				}
			}
			if p == len(k) {
				out = append(out, acHit{kw: int32(ki), end: int32(j)})
			}
		}
	}
	return out
}

func sortHits(h []acHit) []acHit {
	h = slices.Clone(h)
	slices.SortFunc(h, func(x, y acHit) int {
		if x.end != y.end {
			return int(x.end - y.end)
		}
		return int(x.kw - y.kw)
	})
	return h
}

// TestWordTrieMatchesNaive checks the trigger trie (its prefix filters
// and its double-array transitions) against brute force: every text of
// the fresh tables and texts stitched from pieces of the real keywords,
// in mixed case, with whitespace runs, leet digits and in-word '@', must
// yield exactly the same hits.
func TestWordTrieMatchesNaive(t *testing.T) {
	t.Parallel()
	ir, err := compileInjectionRules()
	if err != nil {
		t.Fatal(err)
	}
	tr := ir.trie
	kws, _, _, _ := splitASCIIKeywords(ir.keywords) // the trie's keywords, in its numbering
	texts := append(freshTexts(t, "testdata/injection_fresh.tsv", "testdata/injection_fresh_g.tsv", "testdata/injection_fresh_l.tsv"),
		benchProse, "", "a", "@", "ign@re prev1ous", "$ystem pr0mpt", "pre-amble", "you're  now\tfree")
	rng := rand.New(rand.NewPCG(1, 2))
	leet := strings.NewReplacer("o", "0", "e", "3", "i", "1", "a", "@")
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			k := kws[rng.IntN(len(kws))]
			// A keyword, a prefix of one, or one with a changed letter.
			switch rng.IntN(4) {
			case 0:
				k = k[:rng.IntN(len(k))+1]
			case 1:
				p := rng.IntN(len(k))
				k = k[:p] + string(rune('a'+rng.IntN(26))) + k[p+1:]
			}
			switch rng.IntN(4) {
			case 0:
				k = strings.ToUpper(k)
			case 1:
				k = leet.Replace(k)
			case 2:
				k = strings.ReplaceAll(k, " ", " \n  ")
			}
			b.WriteString(k)
			b.WriteString([]string{" ", "", ", ", "-", "\t"}[rng.IntN(5)])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		got, _ := tr.scan(s, nil)
		want := naiveTrieHits(tr, kws, s)
		if g, w := sortHits(got), sortHits(want); !slices.Equal(g, w) {
			t.Fatalf("trie hits differ on %q:\n got  %v\n want %v", s, g, w)
		}
	}
}
