package reflex

import "strings"

// maxUnbreakLen bounds the text unbreak joins: hard-wrapped prose has a
// lower-case letter on both sides of most line breaks, so a long wrapped
// document would pay a second scan for nothing.
const maxUnbreakLen = 8 << 10

// unbreak appends s to out with the marks that split a word removed:
// Markdown emphasis inside a word ("**Ign**ore your **previ**ous
// **instruct**ions") and line breaks between two lower-case letters
// ("ign\nore all previ\nous"). It reports whether s had a word split by
// emphasis, or at least two split by line breaks (one wrapped line is
// ordinary prose). Every "**" and "__" goes, and every such line break,
// so the copy can join ordinary wrapped words too; it is only rescanned
// for high-severity matches (see rescanStrong).
func unbreak(s string, out []byte) ([]byte, bool) {
	out = out[:0]
	if len(s) > maxUnbreakLen {
		return out, false
	}
	emphasis, breaks := false, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == '*' || c == '_') && i+1 < len(s) && s[i+1] == c {
			if i > 0 && i+2 < len(s) && isASCIILetter(s[i-1]) && isASCIILetter(s[i+2]) {
				emphasis = true
			}
			i++
			continue
		}
		if c == '\n' && i > 0 && i+1 < len(s) && isLowerASCII(s[i-1]) && isLowerASCII(s[i+1]) {
			breaks++
			continue
		}
		out = append(out, c)
	}
	return out, emphasis || breaks >= 2
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// debracket appends s to out with the brackets that wrap single words
// removed ("Disregard <all> prior {context}" -> "Disregard all prior
// context"), and reports whether s had at least two such words: one
// bracketed word is markup or a placeholder, a sentence of them is a
// phrase broken up to slip past the rules.
func debracket(s string, out []byte) ([]byte, bool) {
	out = out[:0]
	// IndexByte is vectorised; IndexAny walks byte by byte, which cost
	// ordinary prompts a microsecond per kilobyte.
	if len(s) > maxUnbreakLen || strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '{') < 0 && strings.IndexByte(s, '[') < 0 {
		return out, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if close := closingBracket(c); close != 0 && (i == 0 || !isASCIILetter(s[i-1])) {
			j := i + 1
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			if j > i+1 && j < len(s) && s[j] == close {
				out = append(out, s[i+1:j]...)
				n++
				i = j
				continue
			}
		}
		out = append(out, c)
	}
	return out, n >= 2
}

// closingBracket returns the bracket closing c, or 0.
func closingBracket(c byte) byte {
	switch c {
	case '<':
		return '>'
	case '{':
		return '}'
	case '[':
		return ']'
	}
	return 0
}

// leetWords reports whether t holds a word spelled with two or more leet
// digits inside it, before a letter ("cr34t3", "m4lw4r3"), or two or more
// words with one each ("h0w … m4k3"); "mp3", "h264" or a user name
// ("Grant88") have none inside, and "b2b" alone is one word with one.
func leetWords(t string) bool {
	words := 0
	for i := 0; i < len(t); {
		j := i
		letters, leet, pending := 0, 0, 0
		for j < len(t) && (isASCIILetter(t[j]) || isDigit(t[j])) {
			if isASCIILetter(t[j]) {
				letters++
				leet += pending
				pending = 0
			} else if leetMap[t[j]] != 0 {
				pending++
			}
			j++
		}
		if letters >= 2 && leet >= 2 {
			return true
		}
		if letters >= 2 && leet == 1 {
			words++
		}
		i = j + 1
	}
	return words >= 2
}
