package reflexsvc_test

import (
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/cache"
	"github.com/octollm/octollm/internal/reflex/reflexsvc"
)

func TestTiersAreUpstreams(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name           string
		burst, perHour float64
	}{
		{reflexsvc.TierFree, 10, 100},
		{reflexsvc.TierBasic, 50, 1000},
		{reflexsvc.TierPro, 100, 10000},
		{reflexsvc.TierEnterprise, 500, 100000},
	}
	for _, tt := range tests {
		l, unlimited, ok := reflexsvc.TierLimit(tt.name)
		if !ok || unlimited || l.Capacity != tt.burst || l.RefillPerSecond*3600 != tt.perHour {
			t.Errorf("%s: %+v unlimited=%v ok=%v", tt.name, l, unlimited, ok)
		}
	}
	if _, unlimited, ok := reflexsvc.TierLimit(reflexsvc.TierUnlimited); !ok || !unlimited {
		t.Error("unlimited tier")
	}
	if _, _, ok := reflexsvc.TierLimit("gold"); ok {
		t.Error("unknown tier accepted")
	}
}

func TestIPLimitRejectsWith429AndHeaders(t *testing.T) {
	t.Parallel()
	forEachBackend(t, func(t *testing.T, kind backendKind) {
		b := setup(t, setupOpts{kind: kind, cfg: reflexsvc.Config{IPTier: reflexsvc.TierFree, KeyTier: reflexsvc.TierUnlimited}})
		body := map[string]any{"text": cleanText}
		start := time.Now()
		for i := range 10 {
			rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body})
			if rec.Code != http.StatusOK {
				t.Fatalf("request %d: %d %s", i+1, rec.Code, rec.Body.String())
			}
			h := rec.Header()
			if h.Get("X-RateLimit-Limit") != "10" {
				t.Errorf("request %d: X-RateLimit-Limit %q", i+1, h.Get("X-RateLimit-Limit"))
			}
			// Remaining counts down 9..0 (a fraction of a token may have
			// refilled on Redis' real clock; the header floors it).
			if got := h.Get("X-RateLimit-Remaining"); got != strconv.Itoa(9-i) {
				t.Errorf("request %d: X-RateLimit-Remaining %q, want %d", i+1, got, 9-i)
			}
			reset, err := strconv.ParseInt(h.Get("X-RateLimit-Reset"), 10, 64)
			if err != nil || reset < b.now(start).Unix() {
				t.Errorf("request %d: X-RateLimit-Reset %q is not a future epoch second", i+1, h.Get("X-RateLimit-Reset"))
			}
		}
		rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body})
		e := envelope(t, rec, http.StatusTooManyRequests, api.CodeRateLimited)
		retry, err := strconv.Atoi(rec.Header().Get("Retry-After"))
		// Free tier: one token per 36 s.
		if err != nil || retry < 1 || retry > 36 {
			t.Errorf("Retry-After %q", rec.Header().Get("Retry-After"))
		}
		if rec.Header().Get("X-RateLimit-Remaining") != "0" {
			t.Errorf("429 X-RateLimit-Remaining %q", rec.Header().Get("X-RateLimit-Remaining"))
		}
		d, _ := e.Error.Details.(map[string]any)
		if d["dimension"] != "ip" || d["status"] != "ratelimited" {
			t.Errorf("details %v", e.Error.Details)
		}
		// Another API key from the same address is limited too; another
		// address is not.
		envelope(t, b.do(t, call{path: "/api/v1/reflex/process", key: keyOther, body: body}), http.StatusTooManyRequests, api.CodeRateLimited)
		if rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body, remote: "198.51.100.7:999"}); rec.Code != http.StatusOK {
			t.Errorf("another address: %d", rec.Code)
		}
		// The original path and the redact endpoint share the bucket.
		envelope(t, b.do(t, call{path: "/process", key: keyUser, body: body}), http.StatusTooManyRequests, api.CodeRateLimited)
		envelope(t, b.do(t, call{path: "/api/v1/reflex/redact", key: keyUser, body: body}), http.StatusTooManyRequests, api.CodeRateLimited)

		if n := counter(t, b.reg, "octollm_reflex_rate_limit_rejected_total", "dimension", "ip"); n != 4 {
			t.Errorf("rejected{ip} %v, want 4", n)
		}
		if n := counter(t, b.reg, "octollm_reflex_rate_limit_allowed_total"); n != 11 {
			t.Errorf("allowed %v, want 11", n)
		}
		if n := counter(t, b.reg, "octollm_reflex_rate_limit_duration_seconds", "dimension", "ip"); n != 15 {
			t.Errorf("duration{ip} observations %v, want 15", n)
		}
		if n := counter(t, b.reg, "octollm_reflex_requests_total", "endpoint", "process", "status", "ratelimited"); n != 3 {
			t.Errorf("requests_total{process,ratelimited} %v, want 3", n)
		}
	})
}

// now is the clock the service's headers use.
func (b *bundle) now(real time.Time) time.Time {
	if b.clock != nil {
		return b.clock.Now()
	}
	return real
}

func TestKeyLimitAndRefill(t *testing.T) {
	t.Parallel()
	b := setup(t, setupOpts{cfg: reflexsvc.Config{
		IPTier: reflexsvc.TierUnlimited, KeyTier: reflexsvc.TierFree,
		KeyTiers: map[string]string{"id-other": reflexsvc.TierBasic},
	}})
	body := map[string]any{"text": cleanText}
	for i := range 10 {
		// Each request from a different address: the key limit alone counts.
		remote := "203.0.113." + strconv.Itoa(i+1) + ":5000"
		if rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body, remote: remote}); rec.Code != http.StatusOK {
			t.Fatalf("request %d: %d", i+1, rec.Code)
		}
	}
	rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body, remote: "203.0.113.99:1"})
	e := envelope(t, rec, http.StatusTooManyRequests, api.CodeRateLimited)
	if d, _ := e.Error.Details.(map[string]any); d["dimension"] != "key" {
		t.Errorf("details %v", e.Error.Details)
	}
	if rec.Header().Get("Retry-After") != "36" {
		t.Errorf("Retry-After %q, want 36 (Free tier: 100 per hour)", rec.Header().Get("Retry-After"))
	}
	// The per-key override: keyOther has the Basic tier (burst 50).
	rec = b.do(t, call{path: "/api/v1/reflex/process", key: keyOther, body: body})
	if rec.Code != http.StatusOK || rec.Header().Get("X-RateLimit-Limit") != "50" {
		t.Errorf("keyOther: %d, limit %q", rec.Code, rec.Header().Get("X-RateLimit-Limit"))
	}
	// After 36 s one token is back.
	b.advance(36 * time.Second)
	if rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body}); rec.Code != http.StatusOK {
		t.Errorf("after refill: %d", rec.Code)
	}
	if rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body}); rec.Code != http.StatusTooManyRequests {
		t.Errorf("second after refill: %d", rec.Code)
	}
	if n := counter(t, b.reg, "octollm_reflex_rate_limit_rejected_total", "dimension", "key"); n != 2 {
		t.Errorf("rejected{key} %v", n)
	}
}

func TestHeadersDescribeTheTightestBucket(t *testing.T) {
	t.Parallel()
	b := setup(t, setupOpts{cfg: reflexsvc.Config{IPTier: reflexsvc.TierFree, KeyTier: reflexsvc.TierBasic}})
	rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: map[string]any{"text": cleanText}})
	// IP: 9 of 10 left (90 %); key: 49 of 50 left (98 %).
	if rec.Header().Get("X-RateLimit-Limit") != "10" || rec.Header().Get("X-RateLimit-Remaining") != "9" {
		t.Errorf("headers %v", rec.Header())
	}
}

func TestInternalAndAdminKeysAreExempt(t *testing.T) {
	t.Parallel()
	forEachBackend(t, func(t *testing.T, kind backendKind) {
		b := setup(t, setupOpts{kind: kind, cfg: reflexsvc.Config{IPTier: reflexsvc.TierFree, KeyTier: reflexsvc.TierFree}})
		body := map[string]any{"text": cleanText}
		for _, key := range []string{keyInternal, keyAdmin} {
			for i := range 25 {
				rec := b.do(t, call{path: "/api/v1/reflex/process", key: key, body: body})
				if rec.Code != http.StatusOK {
					t.Fatalf("%s request %d: %d", key, i+1, rec.Code)
				}
				if rec.Header().Get("X-RateLimit-Limit") != "" {
					t.Fatalf("%s: exempt request carries rate-limit headers", key)
				}
			}
		}
		if n := counter(t, b.reg, "octollm_reflex_rate_limit_exempt_total"); n != 50 {
			t.Errorf("exempt_total %v, want 50", n)
		}
		// The exempt traffic did not drain the address's bucket.
		if rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body}); rec.Code != http.StatusOK || rec.Header().Get("X-RateLimit-Remaining") != "9" {
			t.Errorf("user after exempt traffic: %d, remaining %q", rec.Code, rec.Header().Get("X-RateLimit-Remaining"))
		}
	})
}

func TestLimiterFailure(t *testing.T) {
	t.Parallel()
	body := map[string]any{"text": cleanText}
	t.Run("open by default", func(t *testing.T) {
		t.Parallel()
		fl := &failingLimiter{}
		b := setup(t, setupOpts{
			cfg:         reflexsvc.Config{IPTier: reflexsvc.TierFree, KeyTier: reflexsvc.TierFree, ErrorLogInterval: time.Minute},
			wrapLimiter: func(l cache.Limiter) cache.Limiter { fl.Limiter = l; return fl },
		})
		fl.failing.Store(true)
		for i := range 20 { // twice the burst: nothing is limited while it is down
			if rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body}); rec.Code != http.StatusOK {
				t.Fatalf("request %d with the limiter down: %d %s", i+1, rec.Code, rec.Body.String())
			}
		}
		for _, dim := range []string{"ip", "key"} {
			if n := counter(t, b.reg, "octollm_reflex_rate_limit_errors_total", "dimension", dim); n != 20 {
				t.Errorf("errors{%s} %v, want 20", dim, n)
			}
		}
		logs := b.logs.String()
		if n := strings.Count(logs, "rate limiter unavailable"); n != 1 {
			t.Errorf("%d log lines for 40 failures, want 1:\n%s", n, logs)
		}
		// A minute later the next failure is logged with the count of the
		// swallowed ones.
		b.clock.Advance(time.Minute)
		b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body})
		if !strings.Contains(b.logs.String(), `"suppressed_since_last":39`) {
			t.Errorf("throttled log does not report the suppressed count:\n%s", b.logs.String())
		}
		// Back up: limits apply again.
		fl.failing.Store(false)
		for range 10 {
			b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body})
		}
		if rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body}); rec.Code != http.StatusTooManyRequests {
			t.Errorf("after recovery: %d, want 429", rec.Code)
		}
	})
	t.Run("closed when configured", func(t *testing.T) {
		t.Parallel()
		fl := &failingLimiter{}
		b := setup(t, setupOpts{
			cfg:         reflexsvc.Config{IPTier: reflexsvc.TierFree, LimiterFailure: reflexsvc.FailClosed},
			wrapLimiter: func(l cache.Limiter) cache.Limiter { fl.Limiter = l; return fl },
		})
		fl.failing.Store(true)
		rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyUser, body: body})
		envelope(t, rec, http.StatusServiceUnavailable, api.CodeUnavailable)
		if rec.Header().Get("Retry-After") == "" {
			t.Error("503 without Retry-After")
		}
		if n := counter(t, b.reg, "octollm_reflex_requests_total", "status", "unavailable"); n != 1 {
			t.Errorf("requests_total{unavailable} %v", n)
		}
		// Internal callers do not depend on the limiter at all.
		if rec := b.do(t, call{path: "/api/v1/reflex/process", key: keyInternal, body: body}); rec.Code != http.StatusOK {
			t.Errorf("internal caller with the limiter down: %d", rec.Code)
		}
	})
}

func TestClientAddressAndProxies(t *testing.T) {
	t.Parallel()
	cfg := reflexsvc.Config{
		IPTier: reflexsvc.TierFree, KeyTier: reflexsvc.TierUnlimited,
		TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")},
	}
	// drain uses up the burst of the client that (remote, xff) resolves
	// to, and reports whether a request as probe is then rejected, i.e.
	// whether both share a bucket.
	shared := func(t *testing.T, remote, xff, probeRemote, probeXFF string) bool {
		t.Helper()
		b := setup(t, setupOpts{cfg: cfg})
		body := map[string]any{"text": cleanText}
		hdr := func(x string) http.Header {
			if x == "" {
				return nil
			}
			return http.Header{"X-Forwarded-For": {x}}
		}
		for range 10 {
			if rec := b.do(t, call{path: "/process", key: keyUser, body: body, remote: remote, header: hdr(xff)}); rec.Code != http.StatusOK {
				t.Fatalf("drain: %d", rec.Code)
			}
		}
		return b.do(t, call{path: "/process", key: keyUser, body: body, remote: probeRemote, header: hdr(probeXFF)}).Code == http.StatusTooManyRequests
	}
	tests := []struct {
		name                    string
		remote, xff, pRem, pXFF string
		wantShared              bool
	}{
		{"same address", "192.0.2.1:1", "", "192.0.2.1:2", "", true},
		{"different address", "192.0.2.1:1", "", "192.0.2.2:1", "", false},
		{"xff ignored from untrusted peer", "192.0.2.1:1", "198.51.100.1", "192.0.2.1:1", "198.51.100.2", true},
		{"xff believed from trusted proxy", "10.1.1.1:1", "198.51.100.1", "10.1.1.1:1", "198.51.100.2", false},
		{"same client through two proxies", "10.1.1.1:1", "198.51.100.1", "10.2.2.2:1", "198.51.100.1", true},
		{"forged left part ignored", "10.1.1.1:1", "6.6.6.6, 198.51.100.1", "10.1.1.1:1", "7.7.7.7, 198.51.100.1", true},
		{"chain of trusted proxies", "10.1.1.1:1", "198.51.100.1, 10.9.9.9", "10.1.1.1:1", "198.51.100.1", true},
		{"ipv6 same /64", "[2001:db8:1:2::1]:1", "", "[2001:db8:1:2:ffff::9]:1", "", true},
		{"ipv6 other /64", "[2001:db8:1:2::1]:1", "", "[2001:db8:1:3::1]:1", "", false},
		{"ipv4-mapped ipv6 is ipv4", "[::ffff:192.0.2.5]:1", "", "192.0.2.5:7", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := shared(t, tt.remote, tt.xff, tt.pRem, tt.pXFF); got != tt.wantShared {
				t.Errorf("shared bucket = %v, want %v", got, tt.wantShared)
			}
		})
	}
}

func TestConfigValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		cfg  reflexsvc.Config
		want string
	}{
		{"negative size", reflexsvc.Config{MaxTextBytes: -1}, "MaxTextBytes"},
		{"unknown ip tier", reflexsvc.Config{IPTier: "gold"}, "IPTier"},
		{"unknown key tier", reflexsvc.Config{KeyTier: "gold"}, "KeyTier"},
		{"unknown override", reflexsvc.Config{KeyTiers: map[string]string{"k": "gold"}}, "KeyTiers"},
		{"failure mode", reflexsvc.Config{LimiterFailure: "maybe"}, "LimiterFailure"},
		{"ipv6 bits", reflexsvc.Config{IPv6PrefixBits: 129}, "IPv6PrefixBits"},
		{"negative ttl", reflexsvc.Config{CleanTTL: -time.Second}, "TTL"},
		{"blocked ttl", reflexsvc.Config{BlockedTTL: 2 * time.Minute}, "BlockedTTL"},
		{"stage sample", reflexsvc.Config{StageTimingSample: -1}, "StageTimingSample"},
		{"invalid proxy", reflexsvc.Config{TrustedProxies: []netip.Prefix{{}}}, "TrustedProxies"},
	}
	for _, tt := range tests {
		_, err := reflexsvc.New(tt.cfg, reflexsvc.Deps{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err %v, want one naming %s", tt.name, err, tt.want)
		}
	}
	// Missing dependencies.
	if _, err := reflexsvc.New(reflexsvc.Config{}, reflexsvc.Deps{}); err != reflexsvc.ErrNoEngine {
		t.Errorf("no engine: %v", err)
	}
	deps := reflexsvc.Deps{Engine: engine()}
	if _, err := reflexsvc.New(reflexsvc.Config{}, deps); err != reflexsvc.ErrNoCache {
		t.Errorf("no cache: %v", err)
	}
	if _, err := reflexsvc.New(reflexsvc.Config{CacheDisabled: true}, deps); err != reflexsvc.ErrNoLimiter {
		t.Errorf("no limiter: %v", err)
	}
	if _, err := reflexsvc.New(reflexsvc.Config{CacheDisabled: true, DisableRateLimits: true}, deps); err != reflexsvc.ErrNoRegisterer {
		t.Errorf("no registerer: %v", err)
	}
}
