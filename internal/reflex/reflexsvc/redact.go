package reflexsvc

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"net/http"
	"time"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/reflex"
)

// Analyzer is what the service needs of the detection engine; a
// *reflex.Engine is one.
type Analyzer interface {
	// AnalyzeInto runs the detectors selected by opts over text into r,
	// reusing r's slices. Offsets are byte offsets into text.
	AnalyzeInto(ctx context.Context, text string, opts reflex.Options, r *reflex.Result)
	// Redact replaces the findings (and every other occurrence of their
	// values) in text; with reflex.StrategyToken the Vault restores them.
	Redact(text string, findings []reflex.Finding, opts reflex.RedactOptions) (string, *reflex.Vault)
}

var _ Analyzer = (*reflex.Engine)(nil)

// parseStrategy validates the requested redaction strategy, writing the
// 400 response itself.
func (s *Service) parseStrategy(w http.ResponseWriter, r *http.Request, field, name string) (reflex.Strategy, bool) {
	st, err := reflex.ParseStrategy(name)
	if err != nil {
		api.WriteFieldError(w, r, field, "unknown redaction strategy "+quote(name)+
			" (valid: label, mask, hash, partial, remove, token)")
		return 0, false
	}
	return st, true
}

func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return "\"" + s + "\""
}

// redactEntry rebuilds the redacted text of a (possibly cached) entry from
// the request's own text: the cache holds positions only. The salt of the
// hash strategy is derived per tenant, so equal values are linkable within
// one customer's results but not across customers.
func (s *Service) redactEntry(text, tenant string, e *cachedEntry, st reflex.Strategy) (string, *reflex.Vault) {
	n := len(e.PII) + len(e.Secrets)
	if n == 0 {
		if st == reflex.StrategyToken {
			return text, reflex.NewVault()
		}
		return text, nil
	}
	fs := make([]reflex.Finding, 0, n)
	for _, m := range e.PII {
		fs = append(fs, reflex.Finding{Type: m.PIIType, Start: m.Start, End: m.End, Confidence: m.Confidence, Validated: m.Validated})
	}
	for _, m := range e.Secrets {
		fs = append(fs, reflex.Finding{Type: m.SecretType, Rule: m.Rule, Start: m.Start, End: m.End, Confidence: m.Confidence, Validated: m.Validated})
	}
	opts := reflex.RedactOptions{Strategy: st}
	if st == reflex.StrategyHash {
		mac := hmac.New(sha256.New, s.hashSalt)
		mac.Write([]byte(tenant))
		opts.Salt = mac.Sum(nil)
	}
	return s.engine.Redact(text, fs, opts)
}

// RedactRequest is the body of POST /reflex/redact (and the original's
// POST /filter/pii).
type RedactRequest struct {
	// Text to redact (required, non-empty, at most Config.MaxTextBytes).
	Text *string `json:"text"`
	// Strategy: label (default), mask, hash, partial, remove or token.
	// "redaction" is accepted as a synonym, as in /process.
	Strategy  string `json:"strategy,omitempty"`
	Redaction string `json:"redaction,omitempty"`
	// CheckPII and CheckSecrets choose what is redacted (default both).
	CheckPII     *bool `json:"check_pii,omitempty"`
	CheckSecrets *bool `json:"check_secrets,omitempty"`
	UseCache     *bool `json:"use_cache,omitempty"`
	// IncludeValues returns the redacted values (and, with the token
	// strategy, the token map); needs the reflex:values scope.
	IncludeValues bool `json:"include_values,omitempty"`
}

// Redaction is one replaced finding.
type Redaction struct {
	Type string `json:"type"`
	// Secret is set for secrets (Type is then the secret's type).
	Secret bool `json:"secret,omitempty"`
	Start  int  `json:"start"`
	End    int  `json:"end"`
	// Position repeats Start under the original /filter/pii's name.
	Position int `json:"position"`
	// Original is the replaced value, only with include_values and the
	// reflex:values scope.
	Original string `json:"original,omitempty"`
}

// RedactResponse answers /reflex/redact.
type RedactResponse struct {
	RequestID    string `json:"request_id"`
	RedactedText string `json:"redacted_text"`
	// FilteredText repeats RedactedText on the original /filter/pii path.
	FilteredText    *string     `json:"filtered_text,omitempty"`
	Strategy        string      `json:"strategy"`
	PIIDetected     bool        `json:"pii_detected"`
	SecretsDetected bool        `json:"secrets_detected"`
	PIITypes        []string    `json:"pii_types"`
	Redactions      []Redaction `json:"redactions"`
	// Tokens maps each reversible token to its value (token strategy,
	// include_values and the reflex:values scope only).
	Tokens           map[string]string `json:"tokens,omitempty"`
	Signals          Signals           `json:"signals"`
	CacheHit         bool              `json:"cache_hit"`
	ProcessingTimeMS float64           `json:"processing_time_ms"`
}

func (s *Service) handleRedact(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	status := s.redact(w, r, start, r.URL.Path == "/filter/pii" || hasSuffix(r.URL.Path, "/filter/pii"))
	s.finish(endpointRedact, status, start)
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

func (s *Service) redact(w http.ResponseWriter, r *http.Request, start time.Time, alias bool) string {
	p, ok := auth.PrincipalFrom(r.Context())
	if !ok {
		api.WriteError(w, r, http.StatusUnauthorized, api.CodeUnauthorized, "authentication required", nil)
		return statusInvalid
	}
	switch s.rateLimit(w, r, p) {
	case rlRejected:
		return statusRateLimited
	case rlUnavailable:
		return statusUnavailable
	}
	var req RedactRequest
	invalidUTF8, ok := s.decodeBody(w, r, &req)
	if !ok {
		return statusInvalid
	}
	text, ok := s.checkText(w, r, req.Text)
	if !ok {
		return statusInvalid
	}
	field, name := "strategy", req.Strategy
	if name == "" {
		field, name = "redaction", req.Redaction
	}
	st, ok := s.parseStrategy(w, r, field, name)
	if !ok {
		return statusInvalid
	}
	if req.IncludeValues && !s.requireValues(w, r, p) {
		return statusInvalid
	}
	if invalidUTF8 {
		s.m.invalidUTF8.Inc()
	}
	opts := reflex.Options{PII: boolOr(req.CheckPII, true), Secrets: boolOr(req.CheckSecrets, true)}
	e, hit, ok := s.lookupOrAnalyze(r.Context(), p.KeyID, text, opts, boolOr(req.UseCache, true))
	if !ok {
		writeCancelled(w, r)
		return statusCancelled
	}
	e.Signals.InvalidUTF8 = e.Signals.InvalidUTF8 || invalidUTF8

	redacted, vault := s.redactEntry(text, p.KeyID, e, st)
	resp := RedactResponse{
		RequestID:       api.RequestIDFrom(r.Context()),
		RedactedText:    redacted,
		Strategy:        st.String(),
		PIIDetected:     len(e.PII) > 0,
		SecretsDetected: len(e.Secrets) > 0,
		PIITypes:        []string{},
		Redactions:      make([]Redaction, 0, len(e.PII)+len(e.Secrets)),
		Signals:         e.Signals,
		CacheHit:        hit,
	}
	if alias {
		resp.FilteredText = &resp.RedactedText
	}
	seen := map[string]bool{}
	for _, m := range e.PII {
		if !seen[m.PIIType] {
			seen[m.PIIType] = true
			resp.PIITypes = append(resp.PIITypes, m.PIIType)
		}
		resp.Redactions = append(resp.Redactions, Redaction{Type: m.PIIType, Start: m.Start, End: m.End, Position: m.Start})
	}
	for _, m := range e.Secrets {
		resp.Redactions = append(resp.Redactions, Redaction{Type: m.SecretType, Secret: true, Start: m.Start, End: m.End, Position: m.Start})
	}
	if req.IncludeValues {
		for i := range resp.Redactions {
			rd := &resp.Redactions[i]
			rd.Original = text[rd.Start:rd.End]
		}
		if vault != nil {
			resp.Tokens = vault.Tokens()
		}
	}
	resp.ProcessingTimeMS = float64(time.Since(start).Microseconds()) / 1000
	api.WriteJSON(w, http.StatusOK, &resp)
	return statusSuccess
}

// requireValues answers 403 unless p may see raw values.
func (s *Service) requireValues(w http.ResponseWriter, r *http.Request, p auth.Principal) bool {
	if p.Has(auth.ScopeReflexValues) {
		return true
	}
	api.WriteError(w, r, http.StatusForbidden, api.CodeForbidden,
		"include_values needs the '"+auth.ScopeReflexValues+"' scope",
		map[string]string{"required_scope": auth.ScopeReflexValues, "field": "include_values"})
	return false
}
