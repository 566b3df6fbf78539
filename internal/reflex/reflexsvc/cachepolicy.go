package reflexsvc

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"net/http"
	"time"
	"unsafe"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/reflex"
)

// cacheKeyVersion changes whenever the cached entry's shape or meaning
// changes, so a rolling upgrade never reads an older replica's entries.
const cacheKeyVersion = "v2" // v2: binary entries (entrycodec.go)

// cacheKey derives the response-cache key of one request:
//
//	<prefix><first 32 hex digits of SHA-256(version, tenant, flags, text)>
//
// The tenant (API key id) keeps one customer's results, and the cache's
// timing, away from another. The check flags are part of the key because
// they change the answer (upstream omitted them, so a check_pii=false call
// poisoned later lookups). The redaction strategy is not: the entry holds
// findings, and the redacted text is rebuilt per request.
//
// The text is hashed exactly as the engine sees it (the JSON decoder has
// already replaced invalid UTF-8; that is the only normalisation): every
// answer carries byte offsets into that exact text, so two texts that
// differ in a single byte — even only in case or surrounding space, which
// upstream folded away — cannot share an answer without pointing at the
// wrong bytes. Length-prefixing every field keeps the encoding unambiguous.
func (s *Service) cacheKey(tenant string, opts reflex.Options, text string) string {
	h := sha256.New()
	field := func(v string) {
		var n [8]byte
		binary.LittleEndian.PutUint64(n[:], uint64(len(v)))
		h.Write(n[:])
		// The hash reads the bytes and keeps none of them, so the string
		// is handed over without the copy io.WriteString would make (the
		// digest implements no WriteString).
		h.Write(unsafe.Slice(unsafe.StringData(v), len(v)))
	}
	flags := []byte("f000")
	for i, on := range []bool{opts.PII, opts.Secrets, opts.Injection} {
		if on {
			flags[1+i] = '1'
		}
	}
	field(cacheKeyVersion)
	field(tenant)
	field(string(flags))
	field(text)
	var sum [sha256.Size]byte
	// One allocation for the key: prefix and hex digits are assembled on
	// the stack (for the usual short prefix) and converted once.
	var stack [96]byte
	k := append(stack[:0], s.cfg.CachePrefix...)
	k = hex.AppendEncode(k, h.Sum(sum[:0])[:16])
	return string(k)
}

// ttlFor is the cache TTL policy (spec §2.1 step 8): clean results live
// CleanTTL, results with any finding DetectedTTL, blocked ones BlockedTTL
// (at most a minute, so a corrected rule or threshold takes effect soon).
func (s *Service) ttlFor(e *cachedEntry) time.Duration {
	switch {
	case e.Status == statusBlocked:
		return s.cfg.BlockedTTL
	case len(e.PII) > 0 || len(e.Secrets) > 0 || len(e.Injection) > 0:
		return s.cfg.DetectedTTL
	}
	return s.cfg.CleanTTL
}

// cachedEntry is what the cache stores of one analysis: the verdict and
// the findings' positions, never a value or any of the text. The values
// and the redacted text are rebuilt from the request's own text (which is
// the text the key was derived from), so a Redis dump holds no PII.
type cachedEntry struct {
	Status    string
	RiskScore float64
	PII       []PIIMatch
	Secrets   []SecretMatch
	Injection []InjectionMatch
	Signals   Signals
}

// valid reports whether every offset lies within a text of n bytes: a
// corrupted or foreign entry is treated as a miss, never trusted to index
// the text.
func (e *cachedEntry) valid(n int) bool {
	ok := func(a, b int) bool { return 0 <= a && a <= b && b <= n }
	for _, m := range e.PII {
		if !ok(m.Start, m.End) {
			return false
		}
	}
	for _, m := range e.Secrets {
		if !ok(m.Start, m.End) {
			return false
		}
	}
	for _, m := range e.Injection {
		if !ok(m.Start, m.End) {
			return false
		}
	}
	return e.Status == statusSuccess || e.Status == statusBlocked
}

// appendGetter is implemented by in-process caches (cachemem): Get into the
// caller's buffer, without blocking on I/O.
type appendGetter interface {
	AppendGet(ctx context.Context, dst []byte, key string) ([]byte, bool, error)
}

// cacheGet looks key up. Any failure is a miss: the cache fails open.
func (s *Service) cacheGet(ctx context.Context, key string, textLen int) (*cachedEntry, bool) {
	var (
		raw   []byte
		found bool
		err   error
		buf   *[]byte
	)
	start := time.Now()
	if ag, ok := s.cache.(appendGetter); ok {
		// In process: no I/O to bound with a timeout (a context with a
		// deadline costs a timer and four allocations per request), and
		// the value is copied into a pooled buffer: decodeEntry keeps no
		// reference to it.
		buf = s.entryBufs.Get().(*[]byte)
		raw, found, err = ag.AppendGet(ctx, (*buf)[:0], key)
	} else {
		cctx, cancel := context.WithTimeout(ctx, s.cfg.BackendTimeout)
		raw, found, err = s.cache.Get(cctx, key)
		cancel()
	}
	s.m.cacheGet.Observe(time.Since(start).Seconds())
	if buf != nil {
		defer func() {
			if cap(raw) <= 64<<10 { // do not pin a rare huge entry
				*buf = raw
				s.entryBufs.Put(buf)
			}
		}()
	}
	if err != nil {
		s.m.cacheErrors.WithLabelValues(opGet).Inc()
		s.cacheErrLog.log(ctx, "response cache unavailable; serving uncached", "operation", opGet, "err", err)
	}
	if err != nil || !found {
		s.misses.Add(1)
		s.m.cacheMisses.Inc()
		return nil, false
	}
	e, err := decodeEntry(raw, &s.strs)
	if err != nil || !e.valid(textLen) {
		s.m.cacheErrors.WithLabelValues(opGet).Inc()
		s.cacheErrLog.log(ctx, "unreadable response-cache entry ignored", "operation", opGet)
		s.misses.Add(1)
		s.m.cacheMisses.Inc()
		return nil, false
	}
	s.hits.Add(1)
	s.m.cacheHits.Inc()
	return e, true
}

// cacheSet stores e; a failure is counted and logged, never returned.
func (s *Service) cacheSet(ctx context.Context, key string, e *cachedEntry) {
	ttl := s.ttlFor(e)
	if ttl <= 0 {
		return
	}
	raw := marshalEntry(e)
	// The analysis is complete: store it even if the client has just
	// left, rather than count a cancelled write as a cache failure.
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.BackendTimeout)
	start := time.Now()
	err := s.cache.Set(cctx, key, raw, ttl)
	s.m.cacheSet.Observe(time.Since(start).Seconds())
	cancel()
	if err != nil {
		s.m.cacheErrors.WithLabelValues(opSet).Inc()
		s.cacheErrLog.log(ctx, "response cache unavailable; result not cached", "operation", opSet, "err", err)
		return
	}
	s.sets.Add(1)
}

// CacheStats is the body of GET /reflex/cache/stats. Hits, misses and sets
// count this process's lookups since it started; Entries counts the cached
// responses in the (possibly shared) backend.
type CacheStats struct {
	Hits     int64   `json:"hits"`
	Misses   int64   `json:"misses"`
	HitRate  float64 `json:"hit_rate"`
	MissRate float64 `json:"miss_rate"`
	Sets     int64   `json:"sets"`
	Entries  int     `json:"entries"`
	Enabled  bool    `json:"enabled"`
	// CleanTTLSeconds and DetectedTTLSeconds state the policy in force.
	CleanTTLSeconds    float64 `json:"clean_ttl_seconds"`
	DetectedTTLSeconds float64 `json:"detected_ttl_seconds"`
	BlockedTTLSeconds  float64 `json:"blocked_ttl_seconds"`
}

func (s *Service) handleCacheStats(w http.ResponseWriter, r *http.Request) {
	st := CacheStats{
		Hits:               s.hits.Load(),
		Misses:             s.misses.Load(),
		Sets:               s.sets.Load(),
		Enabled:            !s.cfg.CacheDisabled,
		CleanTTLSeconds:    s.cfg.CleanTTL.Seconds(),
		DetectedTTLSeconds: s.cfg.DetectedTTL.Seconds(),
		BlockedTTLSeconds:  s.cfg.BlockedTTL.Seconds(),
	}
	if total := st.Hits + st.Misses; total > 0 {
		st.HitRate = float64(st.Hits) / float64(total)
		st.MissRate = float64(st.Misses) / float64(total)
	}
	if s.cache != nil {
		start := time.Now()
		n, err := s.cache.Len(r.Context(), s.cfg.CachePrefix)
		s.m.cacheOpDuration.WithLabelValues(opCount).Observe(time.Since(start).Seconds())
		if err != nil {
			s.m.cacheErrors.WithLabelValues(opCount).Inc()
			s.cacheErrLog.log(r.Context(), "count cached responses", "operation", opCount, "err", err)
			api.WriteError(w, r, http.StatusServiceUnavailable, api.CodeUnavailable, "the response cache cannot be reached", nil)
			return
		}
		st.Entries = n
	}
	api.WriteJSON(w, http.StatusOK, st)
}

// CacheClearResponse is the body of POST /reflex/cache/clear.
type CacheClearResponse struct {
	Message        string `json:"message"`
	EntriesCleared int    `json:"entries_cleared"`
}

func (s *Service) handleCacheClear(w http.ResponseWriter, r *http.Request) {
	if s.cache == nil {
		api.WriteJSON(w, http.StatusOK, CacheClearResponse{Message: "the response cache is disabled"})
		return
	}
	start := time.Now()
	n, err := s.cache.DeletePrefix(r.Context(), s.cfg.CachePrefix)
	s.m.cacheOpDuration.WithLabelValues(opClear).Observe(time.Since(start).Seconds())
	if err != nil {
		s.m.cacheErrors.WithLabelValues(opClear).Inc()
		s.log.Error("clear response cache", "err", err)
		api.WriteError(w, r, http.StatusServiceUnavailable, api.CodeUnavailable, "the response cache cannot be reached", nil)
		return
	}
	s.log.Info("response cache cleared", "entries", n, "request_id", api.RequestIDFrom(r.Context()))
	api.WriteJSON(w, http.StatusOK, CacheClearResponse{Message: "response cache cleared", EntriesCleared: n})
}
