package planner

import (
	"errors"
	"strings"
)

var errUnbalancedQuote = errors.New("unbalanced quote")

// splitWords splits a command line into argv the way a POSIX shell splits
// words (single quotes, double quotes, backslash escapes) without giving
// any other character a meaning: there is no shell, so `|`, `;` or `$()`
// are refused by the caller rather than interpreted. Hand-written because
// it is twenty lines and the usual libraries also expand variables.
func splitWords(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inWord := false
	var quote rune
	escaped := false
	for _, r := range s {
		switch {
		case escaped:
			cur.WriteRune(r)
			escaped = false
		case quote != 0:
			if r == quote {
				quote = 0
			} else if r == '\\' && quote == '"' {
				escaped = true
			} else {
				cur.WriteRune(r)
			}
		case r == '\\':
			escaped, inWord = true, true
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t' || r == '\n':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 || escaped {
		return nil, errUnbalancedQuote
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out, nil
}
