package reflex

// Typoglycemia: readers (and language models) read a word whose inner
// letters are shuffled as long as its first and last letters stay in
// place ("ignroe all prevoius insrtuctions"), which turns every phrase
// rule into a near miss. The trigger scan flags a word that has the ends,
// length and letters of one of a few dozen attack words without being
// that word (flagScrambled); only then is the text copied with such words
// restored and rescanned. Restoring keeps every word's length, so offsets
// stay those of the light view.

// scrambleWords are the attack words restored. Each has at least five
// letters: a four-letter word has only one shuffle, and shorter ones none.
var scrambleWords = []string{
	"ignore", "ignoring", "previous", "prior", "above", "instructions", "instruction",
	"disregard", "override", "forget", "system", "prompt", "reveal", "bypass",
	"rules", "guidelines", "safety", "restrictions", "developer", "jailbreak",
	"password", "passwords", "secret", "secrets", "confidential", "directions",
	"commands", "everything", "filters", "unrestricted", "unfiltered", "pretend",
	"admin", "administrator", "delete", "print", "repeat", "output", "hidden",
	"initial", "original", "internal", "access", "credentials", "disable",
	"censorship", "policy", "policies", "follow", "message", "context",
}

// scrambleKey packs a word's first and last letter and its length.
type scrambleKey struct{ first, last, n byte }

// scrambleIndex maps each key to the scrambleWords having it, and
// scrambleEnds is its fast pre-test: a bit per length for each pair of
// end letters.
type scrambleIndex struct {
	words map[scrambleKey][]string
	ends  [26][26]uint32
}

var scrambles = func() (x scrambleIndex) {
	x.words = map[scrambleKey][]string{}
	for _, w := range scrambleWords {
		k := scrambleKey{w[0], w[len(w)-1], byte(len(w))}
		x.words[k] = append(x.words[k], w)
		x.ends[w[0]-'a'][w[len(w)-1]-'a'] |= 1 << len(w)
	}
	return x
}()

// maxScrambleLen bounds the words tested (the longest attack word).
const maxScrambleLen = 13

// scrambledAt reports whether the all-letter word w is a shuffle of an
// attack word other than the word itself, and returns that word.
func scrambledAt(w string) (string, bool) {
	if len(w) < 5 || len(w) > maxScrambleLen {
		return "", false
	}
	f, l := w[0]|0x20, w[len(w)-1]|0x20
	if f < 'a' || f > 'z' || l < 'a' || l > 'z' || scrambles.ends[f-'a'][l-'a']&(1<<len(w)) == 0 {
		return "", false
	}
	for _, t := range scrambles.words[scrambleKey{f, l, byte(len(w))}] {
		if sameLetters(w, t) {
			return t, true
		}
	}
	return "", false
}

// sameLetters reports whether the ASCII word w (any case) has the letters
// of the lower-case word t in another order.
func sameLetters(w, t string) bool {
	var count [26]int8
	same := true
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
		same = same && c == t[i]
		count[c-'a']++
		count[t[i]-'a']--
	}
	if same {
		return false
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

// unscramble appends s to out with every shuffled attack word restored.
func unscramble(s string, out []byte) []byte {
	out = append(out[:0], s...)
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		if (i == 0 || s[i-1] < 0x80) && (j == len(s) || s[j] < 0x80) {
			if t, ok := scrambledAt(s[i:j]); ok {
				copy(out[i:j], t)
			}
		}
		i = j
	}
	return out
}
