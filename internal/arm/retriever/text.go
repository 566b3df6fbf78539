package retriever

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopWords are dropped by the tokenizer: they carry no topic and would
// dominate hashed vectors. (The same list as PostgreSQL's "english"
// configuration, which the database keyword backend uses.)
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`i me my myself we our ours ourselves you your yours yourself yourselves he him his
		himself she her hers herself it its itself they them their theirs themselves what which who whom this that these
		those am is are was were be been being have has had having do does did doing a an the and but if or because as
		until while of at by for with about against between into through during before after above below to from up
		down in out on off over under again further then once here there when where why how all any both each few more
		most other some such no nor not only own same so than too very s t can will just don should now`) {
		m[w] = true
	}
	return m
}()

// tokenize lower-cases text, splits it into runs of letters and digits,
// drops stop words and stems what remains.
func tokenize(text string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.ToLower(text[start:end])
		start = -1
		if stopWords[w] || len(w) > 64 {
			return
		}
		out = append(out, stem(w))
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
	return out
}

// stem is a light English suffix stripper (plural and -ing/-ed forms, the
// first step of Porter's algorithm): "scanning", "scans" and "scanned" all
// become "scan", so a query matches inflected forms without a dictionary.
func stem(w string) string {
	if len(w) <= 3 || !isASCIIWord(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	}
	for _, suf := range []string{"ing", "ed"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 && hasVowel(w[:len(w)-len(suf)]) {
			w = w[:len(w)-len(suf)]
			// scanning → scann → scan; hoped → hop.
			if n := len(w); n >= 2 && w[n-1] == w[n-2] && !strings.ContainsRune("lsz", rune(w[n-1])) && !isVowel(w[n-1]) {
				w = w[:n-1]
			}
			break
		}
	}
	return w
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func hasVowel(w string) bool {
	for i := 0; i < len(w); i++ {
		if isVowel(w[i]) {
			return true
		}
	}
	return false
}

// piece is one chunk of a document: its text and where it starts, in
// characters.
type piece struct {
	text          string
	start, length int
}

// chunkText splits text into chunks of about size words with overlap
// words shared between neighbours, cutting at paragraph or sentence ends
// when one lies in the last quarter of a chunk, so that chunks read as
// whole passages. Offsets are in characters (runes).
func chunkText(text string, size, overlap int) []piece {
	type word struct{ start, end int } // byte offsets
	var words []word
	start := -1
	for i, r := range text {
		if unicode.IsSpace(r) {
			if start >= 0 {
				words = append(words, word{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		words = append(words, word{start, len(text)})
	}
	if len(words) == 0 {
		return nil
	}
	// Byte → rune offsets.
	runeAt := func(b int) int { return utf8.RuneCountInString(text[:b]) }
	var out []piece
	for i := 0; i < len(words); {
		end := min(i+size, len(words))
		if end < len(words) {
			// Prefer a boundary in the last quarter: paragraph, then sentence.
			best := -1
			for j := end - 1; j >= i+size*3/4 && j > i; j-- {
				gap := text[words[j].end:words[j+1].start]
				if strings.Count(gap, "\n") >= 2 {
					best = j + 1
					break
				}
				if best < 0 && strings.ContainsAny(text[words[j].end-1:words[j].end], ".!?") {
					best = j + 1
				}
			}
			if best > i {
				end = best
			}
		}
		a, b := words[i].start, words[end-1].end
		out = append(out, piece{text: text[a:b], start: runeAt(a), length: utf8.RuneCountInString(text[a:b])})
		if end == len(words) {
			break
		}
		i = max(end-overlap, i+1)
	}
	return out
}
