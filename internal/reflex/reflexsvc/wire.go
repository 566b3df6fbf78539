package reflexsvc

import (
	"unicode/utf8"
)

// ProcessRequest is the body of POST /reflex/process (and the original's
// POST /process). Unknown fields are ignored, as upstream does. The check
// flags are pointers so that an absent flag means true.
type ProcessRequest struct {
	// Text is the input to analyse (required, non-empty, at most
	// Config.MaxTextBytes bytes). Invalid UTF-8 and unpaired surrogate
	// escapes arrive as U+FFFD and are flagged in signals.invalid_utf8.
	Text *string `json:"text"`
	// UserID is the caller's own end-user id. Accepted for compatibility;
	// it is not trusted for rate limiting (anyone can send any id: the
	// limits apply to the authenticated API key and the client address).
	UserID         string `json:"user_id,omitempty"`
	CheckPII       *bool  `json:"check_pii,omitempty"`
	CheckInjection *bool  `json:"check_injection,omitempty"`
	CheckSecrets   *bool  `json:"check_secrets,omitempty"`
	UseCache       *bool  `json:"use_cache,omitempty"`
	// Redaction names the redaction strategy of redacted_text; empty uses
	// the type label ("[EMAIL]").
	Redaction string `json:"redaction,omitempty"`
	// IncludeValues adds each finding's raw value; needs the reflex:values
	// scope.
	IncludeValues bool `json:"include_values,omitempty"`
}

// PIIMatch is one PII finding. Offsets are byte offsets into the text as
// sent (after invalid UTF-8 was replaced, see Signals.InvalidUTF8).
type PIIMatch struct {
	PIIType    string  `json:"pii_type"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
	Validated  bool    `json:"validated"`
	// Value is the matched text, only with include_values and the
	// reflex:values scope.
	Value string `json:"value,omitempty"`
}

// SecretMatch is one secret finding.
type SecretMatch struct {
	SecretType string  `json:"secret_type"`
	Rule       string  `json:"rule,omitempty"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
	Validated  bool    `json:"validated"`
	Value      string  `json:"value,omitempty"`
}

// InjectionMatch is one prompt-injection finding.
type InjectionMatch struct {
	InjectionType string  `json:"injection_type"`
	Severity      string  `json:"severity"`
	Start         int     `json:"start"`
	End           int     `json:"end"`
	Confidence    float64 `json:"confidence"`
	// Adjusted is set when local context (quotes, negation, an academic
	// framing) lowered this match's severity.
	Adjusted bool   `json:"adjusted,omitempty"`
	Value    string `json:"value,omitempty"`
}

// Signals are properties of the input noticed while normalising it
// (Unicode smuggling, homoglyphs, invalid UTF-8...).
type Signals struct {
	InvalidUTF8 bool `json:"invalid_utf8,omitempty"`
	ZeroWidth   bool `json:"zero_width,omitempty"`
	Bidi        bool `json:"bidi,omitempty"`
	TagChars    bool `json:"tag_chars,omitempty"`
	NFKC        bool `json:"nfkc,omitempty"`
	Homoglyph   bool `json:"homoglyph,omitempty"`
	Leetspeak   bool `json:"leetspeak,omitempty"`
}

// ProcessResponse answers /process with 200 whether the text passed
// (status success) or was blocked (status blocked). Rate-limited requests
// get a real 429 with the error envelope instead.
type ProcessResponse struct {
	RequestID         string           `json:"request_id"`
	Status            string           `json:"status"`
	RiskScore         float64          `json:"risk_score"`
	PIIDetected       bool             `json:"pii_detected"`
	PIIMatches        []PIIMatch       `json:"pii_matches"`
	SecretsDetected   bool             `json:"secrets_detected"`
	SecretsMatches    []SecretMatch    `json:"secrets_matches"`
	InjectionDetected bool             `json:"injection_detected"`
	InjectionMatches  []InjectionMatch `json:"injection_matches"`
	RedactedText      string           `json:"redacted_text"`
	// Tokens maps each reversible token of redacted_text to its value
	// (redaction "token", include_values and the reflex:values scope only).
	Tokens           map[string]string `json:"tokens,omitempty"`
	Signals          Signals           `json:"signals"`
	CacheHit         bool              `json:"cache_hit"`
	ProcessingTimeMS float64           `json:"processing_time_ms"`
}

// hasLoneSurrogate reports whether a raw JSON string holds a \uXXXX escape
// of a UTF-16 surrogate that is not part of a valid pair. encoding/json
// turns those into U+FFFD silently, just like invalid UTF-8 bytes, and the
// service flags both. raw is the JSON string including its quotes.
func hasLoneSurrogate(raw []byte) bool {
	for i := 0; i+5 < len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		if raw[i+1] != 'u' {
			i++ // skip the escaped character (it may be a backslash)
			continue
		}
		r, ok := hex4(raw[i+2:])
		if !ok {
			continue
		}
		switch {
		case r >= 0xD800 && r < 0xDC00: // high surrogate: a low one must follow
			if i+11 < len(raw) && raw[i+6] == '\\' && raw[i+7] == 'u' {
				if lo, ok := hex4(raw[i+8:]); ok && lo >= 0xDC00 && lo < 0xE000 {
					i += 11
					continue
				}
			}
			return true
		case r >= 0xDC00 && r < 0xE000:
			return true
		}
		i += 5
	}
	return false
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c-'a') + 10
		case c >= 'A' && c <= 'F':
			r |= rune(c-'A') + 10
		default:
			return 0, false
		}
	}
	return r, true
}

// invalidText reports whether the raw JSON string carried text that is not
// valid Unicode: invalid UTF-8 bytes or unpaired surrogate escapes.
func invalidText(raw []byte) bool {
	return !utf8.Valid(raw) || hasLoneSurrogate(raw)
}
