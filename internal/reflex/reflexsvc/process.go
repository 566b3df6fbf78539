package reflexsvc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/reflex"
)

// handleProcess serves POST /reflex/process and POST /process.
func (s *Service) handleProcess(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	status := s.process(w, r, start)
	s.finish(endpointProcess, status, start)
}

func (s *Service) finish(endpoint, status string, start time.Time) {
	s.m.requests.WithLabelValues(endpoint, status).Inc()
	s.m.requestDuration.WithLabelValues(endpoint, status).Observe(time.Since(start).Seconds())
}

// process runs the pipeline and returns the outcome label.
func (s *Service) process(w http.ResponseWriter, r *http.Request, start time.Time) string {
	p, ok := auth.PrincipalFrom(r.Context())
	if !ok { // Mount is behind auth.Require; this is a wiring mistake
		api.WriteError(w, r, http.StatusUnauthorized, api.CodeUnauthorized, "authentication required", nil)
		return statusInvalid
	}
	switch s.rateLimit(w, r, p) {
	case rlRejected:
		return statusRateLimited
	case rlUnavailable:
		return statusUnavailable
	}

	var req ProcessRequest
	invalidUTF8, ok := s.decodeBody(w, r, &req)
	if !ok {
		return statusInvalid
	}
	text, ok := s.checkText(w, r, req.Text)
	if !ok {
		return statusInvalid
	}
	strategy, ok := s.parseStrategy(w, r, "redaction", req.Redaction)
	if !ok {
		return statusInvalid
	}
	if req.IncludeValues && !s.requireValues(w, r, p) {
		return statusInvalid
	}
	if invalidUTF8 {
		s.m.invalidUTF8.Inc()
	}
	opts := reflex.Options{
		PII:       boolOr(req.CheckPII, true),
		Secrets:   boolOr(req.CheckSecrets, true),
		Injection: boolOr(req.CheckInjection, true),
	}
	entry, hit, ok := s.lookupOrAnalyze(r.Context(), p.KeyID, text, opts, boolOr(req.UseCache, true))
	if !ok {
		writeCancelled(w, r)
		return statusCancelled
	}
	entry.Signals.InvalidUTF8 = entry.Signals.InvalidUTF8 || invalidUTF8

	resp := ProcessResponse{
		RequestID:         api.RequestIDFrom(r.Context()),
		Status:            entry.Status,
		RiskScore:         entry.RiskScore,
		PIIDetected:       len(entry.PII) > 0,
		PIIMatches:        nonNil(entry.PII),
		SecretsDetected:   len(entry.Secrets) > 0,
		SecretsMatches:    nonNil(entry.Secrets),
		InjectionDetected: len(entry.Injection) > 0,
		InjectionMatches:  nonNil(entry.Injection),
		Signals:           entry.Signals,
		CacheHit:          hit,
	}
	var vault *reflex.Vault
	resp.RedactedText, vault = s.redactEntry(text, p.KeyID, entry, strategy)
	if req.IncludeValues {
		for i := range resp.PIIMatches {
			m := &resp.PIIMatches[i]
			m.Value = text[m.Start:m.End]
		}
		for i := range resp.SecretsMatches {
			m := &resp.SecretsMatches[i]
			m.Value = text[m.Start:m.End]
		}
		for i := range resp.InjectionMatches {
			m := &resp.InjectionMatches[i]
			m.Value = text[m.Start:m.End]
		}
		if vault != nil {
			resp.Tokens = vault.Tokens()
		}
	}
	if resp.Status == statusBlocked {
		s.m.blocked.Inc()
	}
	resp.ProcessingTimeMS = float64(time.Since(start).Microseconds()) / 1000
	api.WriteJSON(w, http.StatusOK, &resp)
	return resp.Status
}

// analyze runs the engine and records the detection metrics.
//
// The engine analyses a text in one pass over all detectors. The spec's
// separate PII and injection duration histograms need two passes (the
// second re-normalises the text: about 5 µs per 1 KB, a tenth of the
// analysis), so a combined request is split only for one cache miss in
// Config.StageTimingSample; the others take one pass and are timed as a
// whole in analysis_duration_seconds. A request that runs only one stage
// (e.g. /redact) is timed exactly every time.
func (s *Service) analyze(ctx context.Context, text string, opts reflex.Options) *cachedEntry {
	res := s.results.Get().(*reflex.Result)
	defer s.results.Put(res)
	e := &cachedEntry{Status: statusSuccess}
	findings := opts.PII || opts.Secrets
	start := time.Now()
	switch {
	case findings && opts.Injection && s.stageSample.Add(1)%uint64(s.cfg.StageTimingSample) == 0:
		s.engine.AnalyzeInto(ctx, text, reflex.Options{PII: opts.PII, Secrets: opts.Secrets}, res)
		s.m.piiDuration.Observe(time.Since(start).Seconds())
		s.collectFindings(e, res)
		t := time.Now()
		s.engine.AnalyzeInto(ctx, text, reflex.Options{Injection: true}, res)
		s.m.injDuration.Observe(time.Since(t).Seconds())
		s.collectInjection(e, res)
	default:
		s.engine.AnalyzeInto(ctx, text, opts, res)
		d := time.Since(start).Seconds()
		switch {
		case findings && !opts.Injection:
			s.m.piiDuration.Observe(d)
		case opts.Injection && !findings:
			s.m.injDuration.Observe(d)
		}
		s.collectFindings(e, res)
		s.collectInjection(e, res)
	}
	s.m.analysisDuration.Observe(time.Since(start).Seconds())
	return e
}

// collectFindings copies the PII and secret findings of res into e.
func (s *Service) collectFindings(e *cachedEntry, res *reflex.Result) {
	e.Signals = mergeSignals(e.Signals, signalsOf(res.Signals))
	if len(res.PII) > 0 {
		e.PII = make([]PIIMatch, len(res.PII))
		for i, f := range res.PII {
			e.PII[i] = PIIMatch{PIIType: f.Type, Start: f.Start, End: f.End, Confidence: f.Confidence, Validated: f.Validated}
			s.m.piiDetections.WithLabelValues(f.Type).Inc()
		}
	}
	if len(res.Secrets) > 0 {
		e.Secrets = make([]SecretMatch, len(res.Secrets))
		for i, f := range res.Secrets {
			e.Secrets[i] = SecretMatch{SecretType: f.Type, Rule: f.Rule, Start: f.Start, End: f.End, Confidence: f.Confidence, Validated: f.Validated}
			s.m.secretDetections.WithLabelValues(f.Type).Inc()
		}
	}
}

// collectInjection copies the injection verdict of res into e.
func (s *Service) collectInjection(e *cachedEntry, res *reflex.Result) {
	e.Signals = mergeSignals(e.Signals, signalsOf(res.Signals))
	inj := &res.Injection
	e.RiskScore = inj.Score
	if inj.Blocked {
		e.Status = statusBlocked
	}
	if len(inj.Matches) > 0 {
		e.Injection = make([]InjectionMatch, len(inj.Matches))
		for i, m := range inj.Matches {
			sev := m.Severity.String()
			e.Injection[i] = InjectionMatch{InjectionType: m.Category, Severity: sev, Start: m.Start, End: m.End, Confidence: m.Confidence, Adjusted: m.Adjusted}
			s.m.injDetections.WithLabelValues(sev).Inc()
		}
	}
}

func signalsOf(g reflex.Signals) Signals {
	return Signals{
		InvalidUTF8: g.InvalidUTF8, ZeroWidth: g.ZeroWidth, Bidi: g.Bidi, TagChars: g.TagChars,
		NFKC: g.NFKC, Homoglyph: g.Homoglyph, Leetspeak: g.Leetspeak,
	}
}

func mergeSignals(a, b Signals) Signals {
	return Signals{
		InvalidUTF8: a.InvalidUTF8 || b.InvalidUTF8, ZeroWidth: a.ZeroWidth || b.ZeroWidth, Bidi: a.Bidi || b.Bidi,
		TagChars: a.TagChars || b.TagChars, NFKC: a.NFKC || b.NFKC, Homoglyph: a.Homoglyph || b.Homoglyph,
		Leetspeak: a.Leetspeak || b.Leetspeak,
	}
}

// decodeBody decodes the JSON body into v (a request type with a Text
// field) in one pass, and reports whether the client's "text" was not
// valid Unicode (invalid UTF-8 bytes or unpaired surrogate escapes, which
// the decoder silently turns into U+FFFD). On failure it writes the same
// 400/413 responses as api.DecodeJSON, except that a "text" of the wrong
// JSON type is a validation error naming the field.
func (s *Service) decodeBody(w http.ResponseWriter, r *http.Request, v any) (invalid, ok bool) {
	buf := s.bodies.Get().(*bytes.Buffer)
	buf.Reset()
	defer func() {
		if buf.Cap() <= 1<<20 { // do not pin the rare huge body
			s.bodies.Put(buf)
		}
	}()
	if _, err := buf.ReadFrom(r.Body); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			api.WriteError(w, r, http.StatusRequestEntityTooLarge, api.CodeTooLarge,
				"request body exceeds "+strconv.FormatInt(tooLarge.Limit, 10)+" bytes", nil)
			return false, false
		}
		api.WriteError(w, r, http.StatusBadRequest, api.CodeBadRequest, "cannot read the request body", nil)
		return false, false
	}
	body := buf.Bytes()
	if err := json.Unmarshal(body, v); err != nil {
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) && typ.Field == "text" {
			api.WriteFieldError(w, r, "text", "must be a string")
			return false, false
		}
		// Let the API package phrase the error as every endpoint does.
		r.Body = io.NopCloser(bytes.NewReader(body))
		if api.DecodeJSON(w, r, v) {
			api.WriteError(w, r, http.StatusBadRequest, api.CodeInvalidJSON, err.Error(), nil)
		}
		return false, false
	}
	// The whole body is checked first (fast); only when it holds invalid
	// text somewhere is the text field itself examined.
	if utf8.Valid(body) && !hasLoneSurrogate(body) {
		return false, true
	}
	var raw struct {
		Text json.RawMessage `json:"text"`
	}
	if json.Unmarshal(body, &raw) != nil {
		return true, true
	}
	return invalidText(raw.Text), true
}

// checkText validates the decoded text, writing the 400/413 response.
func (s *Service) checkText(w http.ResponseWriter, r *http.Request, t *string) (string, bool) {
	switch {
	case t == nil:
		api.WriteFieldError(w, r, "text", "is required")
		return "", false
	case *t == "":
		api.WriteFieldError(w, r, "text", "must not be empty")
		return "", false
	case len(*t) > s.cfg.MaxTextBytes:
		api.WriteError(w, r, http.StatusRequestEntityTooLarge, api.CodeTooLarge,
			"text is "+strconv.Itoa(len(*t))+" bytes; the limit is "+strconv.Itoa(s.cfg.MaxTextBytes),
			map[string]any{"field": "text", "limit_bytes": s.cfg.MaxTextBytes, "size_bytes": len(*t)})
		return "", false
	}
	return *t, true
}

// lookupOrAnalyze answers from the cache when allowed and possible, and
// otherwise runs the engine and caches the result. ok is false when the
// request was cancelled mid-analysis: the partial result is neither cached
// nor served (a truncated scan must never pass as clean).
func (s *Service) lookupOrAnalyze(ctx context.Context, tenant, text string, opts reflex.Options, useCache bool) (e *cachedEntry, hit, ok bool) {
	useCache = useCache && !s.cfg.CacheDisabled
	var key string
	if useCache {
		key = s.cacheKey(tenant, opts, text)
		if e, hit = s.cacheGet(ctx, key, len(text)); hit {
			return e, true, true
		}
	}
	e = s.analyze(ctx, text, opts)
	if ctx.Err() != nil {
		return nil, false, false
	}
	if useCache {
		s.cacheSet(ctx, key, e)
	}
	return e, false, true
}

// writeCancelled answers a request whose context ended mid-analysis (the
// client left, or the server is shutting down): nobody may read a partial
// verdict as a clean one.
func writeCancelled(w http.ResponseWriter, r *http.Request) {
	api.WriteError(w, r, http.StatusServiceUnavailable, api.CodeUnavailable,
		"the request was cancelled before the analysis finished", nil)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func boolOr(b *bool, def bool) bool {
	if b == nil {
		return def
	}
	return *b
}
