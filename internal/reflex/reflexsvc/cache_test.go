package reflexsvc_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/cache"
	"github.com/octollm/octollm/internal/reflex/reflexsvc"
)

func TestCacheHitMissAndSeparation(t *testing.T) {
	t.Parallel()
	forEachBackend(t, func(t *testing.T, kind backendKind) {
		b := setup(t, setupOpts{kind: kind})
		body := map[string]any{"text": emailText}

		first := b.process(t, keyUser, body)
		second := b.process(t, keyUser, body)
		if first.CacheHit || !second.CacheHit {
			t.Fatalf("cache_hit first %v second %v, want false then true", first.CacheHit, second.CacheHit)
		}
		if first.RequestID == second.RequestID || second.RequestID == "" {
			t.Errorf("a hit must carry a fresh request id: %q then %q", first.RequestID, second.RequestID)
		}
		if second.ProcessingTimeMS <= 0 {
			t.Errorf("hit processing_time_ms %v", second.ProcessingTimeMS)
		}
		// Same verdict, findings and redaction.
		if second.Status != first.Status || second.RedactedText != first.RedactedText ||
			len(second.PIIMatches) != len(first.PIIMatches) || second.PIIMatches[0] != first.PIIMatches[0] {
			t.Errorf("hit differs from miss:\n%+v\n%+v", first, second)
		}

		// Every one of these must miss: different flags, tenant, text
		// (case, surrounding space) — and then hit on its own repeat.
		variants := []struct {
			name string
			key  string
			body map[string]any
		}{
			{"check_pii=false", keyUser, map[string]any{"text": emailText, "check_pii": false}},
			{"check_secrets=false", keyUser, map[string]any{"text": emailText, "check_secrets": false}},
			{"check_injection=false", keyUser, map[string]any{"text": emailText, "check_injection": false}},
			{"other tenant", keyOther, map[string]any{"text": emailText}},
			{"upper case", keyUser, map[string]any{"text": strings.ToUpper(emailText)}},
			{"leading space", keyUser, map[string]any{"text": " " + emailText}},
		}
		for _, v := range variants {
			if got := b.process(t, v.key, v.body); got.CacheHit {
				t.Errorf("%s: served from another request's entry", v.name)
			}
			if got := b.process(t, v.key, v.body); !got.CacheHit {
				t.Errorf("%s: repeat missed", v.name)
			}
		}
		// check_pii=false must not poison the default lookup (upstream bug).
		noPII := b.process(t, keyOther, map[string]any{"text": secretText, "check_pii": false})
		full := b.process(t, keyOther, map[string]any{"text": secretText})
		if noPII.CacheHit || full.CacheHit {
			t.Fatal("flag variants shared an entry")
		}
		// Offsets of the leading-space variant point at its own bytes.
		sp := b.process(t, keyValues, map[string]any{"text": " " + emailText, "include_values": true})
		if findPII(t, sp, "EMAIL").Value != email {
			t.Errorf("leading-space variant value %q", findPII(t, sp, "EMAIL").Value)
		}

		// Different redaction strategies share the findings but not the
		// redacted text.
		masked := b.process(t, keyUser, map[string]any{"text": emailText, "redaction": "mask"})
		if !masked.CacheHit || strings.Contains(masked.RedactedText, "[EMAIL]") || !strings.Contains(masked.RedactedText, "********") {
			t.Errorf("mask on a hit: hit %v, %q", masked.CacheHit, masked.RedactedText)
		}

		if hits := counter(t, b.reg, "octollm_reflex_cache_hits_total"); hits < 8 {
			t.Errorf("cache_hits_total %v", hits)
		}
		if misses := counter(t, b.reg, "octollm_reflex_cache_misses_total"); misses < 8 {
			t.Errorf("cache_misses_total %v", misses)
		}
		if n := counter(t, b.reg, "octollm_reflex_cache_operation_duration_seconds", "operation", "get"); n < 16 {
			t.Errorf("cache get observations %v", n)
		}
	})
}

func TestUseCacheFalseNeitherReadsNorWrites(t *testing.T) {
	t.Parallel()
	forEachBackend(t, func(t *testing.T, kind backendKind) {
		b := setup(t, setupOpts{kind: kind})
		body := map[string]any{"text": emailText, "use_cache": false}
		b.process(t, keyUser, body)
		if got := b.process(t, keyUser, body); got.CacheHit {
			t.Fatal("use_cache=false served a hit")
		}
		if got := b.process(t, keyUser, map[string]any{"text": emailText}); got.CacheHit {
			t.Fatal("use_cache=false stored an entry")
		}
		n, err := b.backend.Len(context.Background(), reflexsvc.DefaultCachePrefix)
		if err != nil || n != 1 {
			t.Fatalf("entries %d (%v), want 1", n, err)
		}
	})
}

func TestCacheHoldsNoTextOrValues(t *testing.T) {
	t.Parallel()
	rc := &recordingCache{}
	b := setup(t, setupOpts{wrapCache: func(c cache.Cache) cache.Cache { rc.Cache = c; return rc }})
	b.process(t, keyValues, map[string]any{"text": emailText + " " + secretText, "include_values": true, "redaction": "token"})
	_, vals := rc.last()
	if len(vals) != 1 {
		t.Fatalf("%d entries stored, want 1", len(vals))
	}
	for k, v := range vals {
		if !strings.HasPrefix(k, reflexsvc.DefaultCachePrefix) || len(k) != len(reflexsvc.DefaultCachePrefix)+32 {
			t.Errorf("key %q: want prefix + 32 hex digits", k)
		}
		for _, secret := range []string{email, githubToken, "Contact", "deploy", "jane"} {
			if bytes.Contains(v, []byte(secret)) {
				t.Errorf("cached entry holds %q: %s", secret, v)
			}
		}
	}
}

func TestCacheTTLPolicy(t *testing.T) {
	t.Parallel()
	rc := &recordingCache{}
	b := setup(t, setupOpts{
		cfg:       reflexsvc.Config{BlockedTTL: 30 * time.Second},
		wrapCache: func(c cache.Cache) cache.Cache { rc.Cache = c; return rc },
	})
	ttlOf := func(text string) time.Duration {
		t.Helper()
		before, _ := rc.last()
		b.process(t, keyUser, map[string]any{"text": text})
		after, _ := rc.last()
		for k, ttl := range after {
			if _, ok := before[k]; !ok {
				return ttl
			}
		}
		t.Fatalf("nothing stored for %q", text)
		return 0
	}
	if got := ttlOf(cleanText); got != 300*time.Second {
		t.Errorf("clean TTL %s, want 300s", got)
	}
	if got := ttlOf(emailText); got != 60*time.Second {
		t.Errorf("PII TTL %s, want 60s", got)
	}
	if got := ttlOf(secretText); got != 60*time.Second {
		t.Errorf("secret TTL %s, want 60s", got)
	}
	if got := ttlOf(injectionText); got != 30*time.Second {
		t.Errorf("blocked TTL %s, want the configured 30s", got)
	}

	// The clock: a detected entry expires after 60 s, a clean one after
	// 300 s, a blocked one after its 30 s.
	b.advance(31 * time.Second)
	if b.process(t, keyUser, map[string]any{"text": injectionText}).CacheHit {
		t.Error("blocked entry served after 31 s")
	}
	if !b.process(t, keyUser, map[string]any{"text": emailText}).CacheHit {
		t.Error("PII entry missing after 31 s")
	}
	b.advance(30 * time.Second) // 61 s
	if b.process(t, keyUser, map[string]any{"text": emailText}).CacheHit {
		t.Error("PII entry served after 61 s")
	}
	if !b.process(t, keyUser, map[string]any{"text": cleanText}).CacheHit {
		t.Error("clean entry missing after 61 s")
	}
	b.advance(240 * time.Second) // 301 s
	if b.process(t, keyUser, map[string]any{"text": cleanText}).CacheHit {
		t.Error("clean entry served after 301 s")
	}
}

func TestCacheTTLOnRedis(t *testing.T) {
	t.Parallel()
	// Redis expires on its own clock: short TTLs, real waiting.
	b := setup(t, setupOpts{kind: redisBackend, cfg: reflexsvc.Config{
		CleanTTL: 5 * time.Second, DetectedTTL: 300 * time.Millisecond, BlockedTTL: 300 * time.Millisecond,
	}})
	b.process(t, keyUser, map[string]any{"text": cleanText})
	b.process(t, keyUser, map[string]any{"text": emailText})
	time.Sleep(900 * time.Millisecond)
	if b.process(t, keyUser, map[string]any{"text": emailText}).CacheHit {
		t.Error("detected entry outlived its TTL on Redis")
	}
	if !b.process(t, keyUser, map[string]any{"text": cleanText}).CacheHit {
		t.Error("clean entry expired early on Redis")
	}
}

func TestBlockedTTLCapped(t *testing.T) {
	t.Parallel()
	_, err := reflexsvc.New(reflexsvc.Config{BlockedTTL: 61 * time.Second}, reflexsvc.Deps{})
	if err == nil || !strings.Contains(err.Error(), "BlockedTTL") {
		t.Fatalf("BlockedTTL 61s accepted: %v", err)
	}
}

func TestCacheFailsOpen(t *testing.T) {
	t.Parallel()
	fc := &failingCache{}
	b := setup(t, setupOpts{
		cfg:       reflexsvc.Config{ErrorLogInterval: time.Hour},
		wrapCache: func(c cache.Cache) cache.Cache { fc.Cache = c; return fc },
	})
	fc.failing.Store(true)
	for range 5 {
		got := b.process(t, keyUser, map[string]any{"text": injectionText})
		if got.CacheHit || got.Status != "blocked" {
			t.Fatalf("with the cache down: %+v", got)
		}
	}
	if n := counter(t, b.reg, "octollm_reflex_cache_errors_total", "operation", "get"); n != 5 {
		t.Errorf("cache_errors_total{get} %v, want 5", n)
	}
	if n := counter(t, b.reg, "octollm_reflex_cache_errors_total", "operation", "set"); n != 5 {
		t.Errorf("cache_errors_total{set} %v, want 5", n)
	}
	if n := strings.Count(b.logs.String(), "response cache unavailable"); n != 1 {
		t.Errorf("%d log lines for 10 failures, want 1 (throttled):\n%s", n, b.logs.String())
	}
	if rec := b.do(t, call{method: http.MethodGet, path: "/api/v1/reflex/cache/stats", key: keyUser}); rec.Code != http.StatusOK {
		t.Errorf("stats with a failing cache: %d", rec.Code)
	}
}

func TestCacheStatsAndClear(t *testing.T) {
	t.Parallel()
	forEachBackend(t, func(t *testing.T, kind backendKind) {
		b := setup(t, setupOpts{kind: kind})
		for _, text := range []string{cleanText, emailText, secretText} {
			b.process(t, keyUser, map[string]any{"text": text})
			b.process(t, keyUser, map[string]any{"text": text})
		}
		b.process(t, keyOther, map[string]any{"text": cleanText})

		stats := func() reflexsvc.CacheStats {
			rec := b.do(t, call{method: http.MethodGet, path: "/api/v1/reflex/cache/stats", key: keyUser})
			if rec.Code != http.StatusOK {
				t.Fatalf("stats: %d %s", rec.Code, rec.Body.String())
			}
			return decode[reflexsvc.CacheStats](t, rec.Body)
		}
		st := stats()
		if st.Hits != 3 || st.Misses != 4 || st.Entries != 4 || st.Sets != 4 {
			t.Errorf("stats %+v, want 3 hits, 4 misses, 4 sets, 4 entries", st)
		}
		if st.HitRate < 3.0/7-1e-9 || st.HitRate > 3.0/7+1e-9 || st.CleanTTLSeconds != 300 || st.DetectedTTLSeconds != 60 {
			t.Errorf("stats %+v", st)
		}

		rec := b.do(t, call{path: "/api/v1/reflex/cache/clear", key: keyAdmin})
		if rec.Code != http.StatusOK {
			t.Fatalf("clear: %d %s", rec.Code, rec.Body.String())
		}
		if cl := decode[reflexsvc.CacheClearResponse](t, rec.Body); cl.EntriesCleared != 4 {
			t.Errorf("cleared %d, want 4", cl.EntriesCleared)
		}
		if st := stats(); st.Entries != 0 {
			t.Errorf("entries after clear %d", st.Entries)
		}
		if b.process(t, keyUser, map[string]any{"text": cleanText}).CacheHit {
			t.Error("hit after clear")
		}
		if n := counter(t, b.reg, "octollm_reflex_cache_operation_duration_seconds", "operation", "clear"); n != 1 {
			t.Errorf("clear observations %v", n)
		}
	})
}

func TestCancelledAnalysisIsNotCached(t *testing.T) {
	t.Parallel()
	rc := &recordingCache{}
	b := setup(t, setupOpts{wrapCache: func(c cache.Cache) cache.Cache { rc.Cache = c; return rc }})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := newRequest(t, http.MethodPost, "/api/v1/reflex/process", keyUser, `{"text":"`+injectionText+`"}`).WithContext(ctx)
	rec := httptest.NewRecorder()
	b.handler.ServeHTTP(rec, req)
	envelope(t, rec, http.StatusServiceUnavailable, api.CodeUnavailable)
	if _, vals := rc.last(); len(vals) != 0 {
		t.Fatalf("a cancelled analysis was cached: %v", vals)
	}
	if n := counter(t, b.reg, "octollm_reflex_requests_total", "status", "cancelled"); n != 1 {
		t.Errorf("requests_total{cancelled} %v", n)
	}
}
