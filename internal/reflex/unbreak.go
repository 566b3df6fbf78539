package reflex

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
