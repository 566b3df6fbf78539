package reflex

import (
	"regexp/syntax"
	"slices"
	"strings"
)

// sortedOpenings rewrites an anchored rule so that the alternatives its
// match can begin with are ordered by their first byte, when that order
// cannot change what matches: every alternative's first bytes are known,
// and any two alternatives begin with the same bytes or with none in
// common. Alternatives with disjoint first bytes never both match at one
// start, and those with the same bytes keep their order, so
// leftmost-first preference is unchanged.
//
// Why: Go's NFA adds every alternative of the opening at its first step,
// and the multilingual rules open with hundreds of verbs
// ("ignore|disregard|oublie|ignora|…"), most of which die on the first
// byte. Grouped by first byte, the parser factors them into a few
// branches ("i(?:gnore|gnora|…)|o(?:ublie|…)"), and the first step visits
// those branches instead of every verb. On the development corpus this
// halves the instructions of a pass once the rules are compiled.
//
// The rewrite works on the expression's text (the syntax tree's String
// method costs more than the rules it would speed up): the opening
// group is found by scanning brackets, split at its top-level bars, and
// each alternative parsed alone for its first bytes. An expression that
// sets flags is left as it is (an alternative parsed alone would lose
// them).
func sortedOpenings(expr string) string {
	if hasFlagGroup(expr) {
		return expr
	}
	return sortOpeningGroup(expr)
}

// hasFlagGroup reports a flag setting ("(?i)", "(?s:") in expr.
func hasFlagGroup(expr string) bool {
	for i := 0; i+2 < len(expr); i++ {
		if expr[i] == '\\' {
			i++
			continue
		}
		if expr[i] == '(' && expr[i+1] == '?' && expr[i+2] != ':' {
			return true
		}
	}
	return false
}

// sortOpeningGroup sorts the alternation of the group a match of a
// begins in, when a begins (after "^" and "\b") with a group.
func sortOpeningGroup(a string) string {
	i := 0
	for {
		switch {
		case strings.HasPrefix(a[i:], "^"):
			i++
			continue
		case strings.HasPrefix(a[i:], `\b`):
			i += 2
			continue
		}
		break
	}
	if !strings.HasPrefix(a[i:], "(?:") {
		return a
	}
	end := groupEnd(a, i)
	if end < 0 {
		return a
	}
	if end+1 < len(a) && strings.IndexByte("?*{", a[end+1]) >= 0 {
		return a // an optional or repeated group: its first bytes are not the match's
	}
	body := a[i+3 : end]
	sorted := sortAlternation(body)
	if sorted == body {
		return a
	}
	return a[:i+3] + sorted + a[end:]
}

// sortAlternation sorts the top-level alternatives of s by first byte
// (see sortedOpenings), after sorting each one's own opening group.
func sortAlternation(s string) string {
	alts := splitBars(s)
	changed := false
	for k, alt := range alts {
		if t := sortOpeningGroup(alt); t != alt {
			alts[k], changed = t, true
		}
	}
	if len(alts) > 1 {
		if order, ok := firstByteOrder(alts); ok {
			sorted := make([]string, len(alts))
			for k, o := range order {
				sorted[k] = alts[o]
			}
			alts, changed = sorted, true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(alts, "|")
}

// firstByteOrder returns the stable first-byte order of alts, and false
// when it is the current order or not safe.
func firstByteOrder(alts []string) ([]int, bool) {
	sets := make([]byteSet, len(alts))
	keys := make([]int, len(alts))
	for k, alt := range alts {
		re, err := syntax.Parse(alt, syntax.Perl)
		if err != nil {
			return nil, false
		}
		set, nullable, known := firstOf(re.Simplify())
		if !known || nullable {
			return nil, false
		}
		sets[k], keys[k] = set, set.min()
		if keys[k] < 0 {
			return nil, false
		}
	}
	// Equal sets share their lowest byte; different ones must not meet.
	byKey := map[int]byteSet{}
	for k, set := range sets {
		if prev, ok := byKey[keys[k]]; ok && prev != set {
			return nil, false
		}
		byKey[keys[k]] = set
	}
	for k1, s1 := range byKey {
		for k2, s2 := range byKey {
			if k1 < k2 && s1.intersects(s2) {
				return nil, false
			}
		}
	}
	order := make([]int, len(alts))
	for k := range order {
		order[k] = k
	}
	if slices.IsSortedFunc(order, func(x, y int) int { return keys[x] - keys[y] }) {
		return nil, false
	}
	slices.SortStableFunc(order, func(x, y int) int { return keys[x] - keys[y] })
	return order, true
}

// groupEnd returns the index of the ")" closing the group opened at
// s[open], or -1.
func groupEnd(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			i = classEnd(s, i)
			if i < 0 {
				return -1
			}
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// classEnd returns the index of the "]" closing the character class
// opened at s[open], or -1 ("]" first in the class, or after "^", is a
// member).
func classEnd(s string, open int) int {
	i := open + 1
	if i < len(s) && s[i] == '^' {
		i++
	}
	if i < len(s) && s[i] == ']' {
		i++
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			if i+1 < len(s) && s[i+1] == ':' { // [:alpha:]
				if k := strings.Index(s[i:], ":]"); k > 0 {
					i += k + 1
				}
			}
		case ']':
			return i
		}
	}
	return -1
}

// splitBars splits s at its top-level "|".
func splitBars(s string) []string {
	var out []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			if k := classEnd(s, i); k > 0 {
				i = k
			}
		case '(':
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, s[from:i])
				from = i + 1
			}
		}
	}
	return append(out, s[from:])
}
