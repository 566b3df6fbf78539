package reflex

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Strategy is how a detected value is replaced.
type Strategy int

// Redaction strategies.
const (
	// StrategyLabel replaces the value with its type: "[EMAIL]".
	StrategyLabel Strategy = iota
	// StrategyMask replaces every character with '*'.
	StrategyMask
	// StrategyHash replaces the value with "[TYPE:<12 hex>]", an HMAC-SHA256
	// of the value under RedactOptions.Salt (stable within one salt, so
	// equal values stay linkable without being revealed).
	StrategyHash
	// StrategyPartial keeps the last RedactOptions.Keep characters and
	// replaces the rest with 'X' (values of Keep characters or fewer are
	// fully replaced).
	StrategyPartial
	// StrategyRemove deletes the value.
	StrategyRemove
	// StrategyToken replaces the value with a reversible token
	// "[TOKEN:TYPE_n]"; the Vault returned by Redact restores it.
	StrategyToken
)

// ErrUnknownStrategy is returned by ParseStrategy.
var ErrUnknownStrategy = errors.New("reflex: unknown redaction strategy")

// ParseStrategy parses a strategy name (label, mask, hash, partial,
// remove, token).
func ParseStrategy(s string) (Strategy, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "label", "type":
		return StrategyLabel, nil
	case "mask":
		return StrategyMask, nil
	case "hash":
		return StrategyHash, nil
	case "partial":
		return StrategyPartial, nil
	case "remove":
		return StrategyRemove, nil
	case "token", "tokenize", "reversible":
		return StrategyToken, nil
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownStrategy, s)
}

func (s Strategy) String() string {
	return [...]string{"label", "mask", "hash", "partial", "remove", "token"}[s]
}

// RedactOptions configures Redact.
type RedactOptions struct {
	Strategy Strategy
	// Salt keys StrategyHash. Use a per-tenant secret; empty means an
	// unkeyed hash (linkable by anyone who can guess the value).
	Salt []byte
	// Keep is the number of trailing characters StrategyPartial keeps
	// (default 4).
	Keep int
	// MinConfidence skips findings below this confidence.
	MinConfidence float64
}

// Vault maps reversible tokens to the values they replaced. It belongs to
// one request; keep it only as long as an authorised caller may restore.
type Vault struct {
	mu     sync.Mutex
	tokens map[string]string
	byVal  map[string]string
	counts map[string]int
}

// NewVault returns an empty vault.
func NewVault() *Vault {
	return &Vault{tokens: map[string]string{}, byVal: map[string]string{}, counts: map[string]int{}}
}

func (v *Vault) token(typ, value string) string {
	v.mu.Lock()
	defer v.mu.Unlock()
	key := typ + "\x00" + value
	if t, ok := v.byVal[key]; ok {
		return t
	}
	v.counts[typ]++
	t := "[TOKEN:" + typ + "_" + strconv.Itoa(v.counts[typ]) + "]"
	v.tokens[t] = value
	v.byVal[key] = t
	return t
}

// Len is the number of tokens in the vault.
func (v *Vault) Len() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.tokens)
}

// Lookup returns the value a token replaced.
func (v *Vault) Lookup(token string) (string, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	s, ok := v.tokens[token]
	return s, ok
}

// Restore replaces every token of this vault in text by its value.
func (v *Vault) Restore(text string) string {
	v.mu.Lock()
	defer v.mu.Unlock()
	if len(v.tokens) == 0 {
		return text
	}
	pairs := make([]string, 0, 2*len(v.tokens))
	for t, val := range v.tokens {
		pairs = append(pairs, t, val)
	}
	return strings.NewReplacer(pairs...).Replace(text)
}

// Tokens returns a copy of the token map.
func (v *Vault) Tokens() map[string]string {
	v.mu.Lock()
	defer v.mu.Unlock()
	out := make(map[string]string, len(v.tokens))
	for k, val := range v.tokens {
		out[k] = val
	}
	return out
}

type span struct {
	a, b int
	typ  string
}

// Redact replaces every finding in text. Overlapping findings are merged
// into one replacement; every other occurrence of a detected value is
// replaced too, so the result never contains a detected value. With
// StrategyToken the returned Vault restores the values; otherwise it is
// nil.
func Redact(text string, findings []Finding, opts RedactOptions) (string, *Vault) {
	if opts.Keep <= 0 {
		opts.Keep = 4
	}
	spans := make([]span, 0, len(findings))
	values := make(map[string]string, len(findings))
	for _, f := range findings {
		if f.Confidence < opts.MinConfidence || f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			continue
		}
		spans = append(spans, span{f.Start, f.End, f.Type})
		values[text[f.Start:f.End]] = f.Type
	}
	if len(spans) == 0 {
		return text, vaultFor(opts)
	}
	// Other occurrences of the same values.
	for v, t := range values {
		for off := 0; ; {
			k := strings.Index(text[off:], v)
			if k < 0 {
				break
			}
			spans = append(spans, span{off + k, off + k + len(v), t})
			off += k + 1
		}
	}
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].a != spans[j].a {
			return spans[i].a < spans[j].a
		}
		return spans[i].b > spans[j].b
	})
	merged := spans[:0]
	for _, s := range spans {
		if n := len(merged); n > 0 && s.a < merged[n-1].b {
			if s.b > merged[n-1].b {
				merged[n-1].b = s.b
			}
			continue
		}
		merged = append(merged, s)
	}
	// Never split a UTF-8 sequence: widen spans to rune boundaries.
	for i := range merged {
		for merged[i].a > 0 && !utf8.RuneStart(text[merged[i].a]) {
			merged[i].a--
		}
		for merged[i].b < len(text) && !utf8.RuneStart(text[merged[i].b]) {
			merged[i].b++
		}
	}
	vault := vaultFor(opts)
	var b strings.Builder
	b.Grow(len(text))
	prev := 0
	for _, s := range merged {
		if s.a < prev {
			s.a = prev
		}
		if s.b <= s.a {
			continue
		}
		b.WriteString(text[prev:s.a])
		b.WriteString(replacement(text[s.a:s.b], s.typ, opts, vault))
		prev = s.b
	}
	b.WriteString(text[prev:])
	out := b.String()
	// Defence in depth: a replacement can never re-create a value unless
	// the value itself looks like a replacement (e.g. "XXXX1234" under
	// partial); mask any such remaining occurrence.
	for i := 0; i < 3; i++ {
		clean := true
		for v := range values {
			if strings.Contains(out, v) {
				clean = false
				out = strings.ReplaceAll(out, v, strings.Repeat("*", utf8.RuneCountInString(v)))
			}
		}
		if clean {
			break
		}
	}
	return out, vault
}

func vaultFor(opts RedactOptions) *Vault {
	if opts.Strategy == StrategyToken {
		return NewVault()
	}
	return nil
}

func replacement(v, typ string, opts RedactOptions, vault *Vault) string {
	switch opts.Strategy {
	case StrategyMask:
		return strings.Repeat("*", utf8.RuneCountInString(v))
	case StrategyHash:
		m := hmac.New(sha256.New, opts.Salt)
		m.Write([]byte(v))
		return "[" + typ + ":" + hex.EncodeToString(m.Sum(nil))[:12] + "]"
	case StrategyPartial:
		n := utf8.RuneCountInString(v)
		if n <= opts.Keep {
			return strings.Repeat("X", n)
		}
		cut := len(v)
		for k := 0; k < opts.Keep; k++ {
			_, sz := utf8.DecodeLastRuneInString(v[:cut])
			cut -= sz
		}
		return strings.Repeat("X", n-opts.Keep) + v[cut:]
	case StrategyRemove:
		return ""
	case StrategyToken:
		return vault.token(typ, v)
	}
	return "[" + typ + "]"
}

// AllFindings returns the PII and secret findings of r in one slice.
func (r *Result) AllFindings() []Finding {
	out := make([]Finding, 0, len(r.PII)+len(r.Secrets))
	out = append(out, r.PII...)
	return append(out, r.Secrets...)
}

// Redact is the package-level Redact, provided as a method so callers that
// hold an Engine need no other import.
func (e *Engine) Redact(text string, findings []Finding, opts RedactOptions) (string, *Vault) {
	return Redact(text, findings, opts)
}
