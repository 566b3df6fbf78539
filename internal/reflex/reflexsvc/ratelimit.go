package reflexsvc

import (
	"context"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/cache"
)

// Rate-limit response headers (spec §4).
const (
	HeaderLimit      = "X-RateLimit-Limit"
	HeaderRemaining  = "X-RateLimit-Remaining"
	HeaderReset      = "X-RateLimit-Reset" // epoch seconds when the bucket is full again
	HeaderRetryAfter = "Retry-After"       // seconds, on 429 and 503
)

// rlOutcome is what the limit stage decided.
type rlOutcome int

const (
	rlPass        rlOutcome = iota // go on
	rlRejected                     // 429 written
	rlUnavailable                  // 503 written (limiter down, FailClosed)
)

// dimensionCheck is one bucket to check.
type dimensionCheck struct {
	dimension string
	key       string
	limit     cache.Limit
	observe   func(float64)
}

// rateLimit checks the caller's buckets (client IP first, as upstream, then
// API key) and sets the X-RateLimit headers of the tightest one. It writes
// the 429/503 response itself when the request must stop.
func (s *Service) rateLimit(w http.ResponseWriter, r *http.Request, p auth.Principal) rlOutcome {
	if s.cfg.DisableRateLimits {
		return rlPass
	}
	// Internal roles are exempt (upstream throttled the orchestrator after
	// 10 requests per IP); admin keys imply every scope, internal included,
	// which matches spec §4: admin keys are unlimited.
	if p.Has(auth.ScopeInternal) {
		s.m.rlExempt.Inc()
		return rlPass
	}
	var checks [2]dimensionCheck
	n := 0
	if !s.ipUnlimited {
		checks[n] = dimensionCheck{dimensionIP, s.cfg.RateLimitPrefix + "ip:" + s.clientKey(r), s.ipLimit, s.m.rlIPDuration.Observe}
		n++
	}
	keyLimit, keyUnlimited := s.keyLimit, s.keyUnlimited
	if name, ok := s.cfg.KeyTiers[p.KeyID]; ok {
		keyLimit, keyUnlimited, _ = TierLimit(name)
	}
	if !keyUnlimited {
		checks[n] = dimensionCheck{dimensionKey, s.cfg.RateLimitPrefix + "key:" + p.KeyID, keyLimit, s.m.rlKeyDuration.Observe}
		n++
	}

	// The header describes the bucket closest to empty.
	var tight cache.Decision
	var tightLimit cache.Limit
	haveTight := false
	for _, c := range checks[:n] {
		d, err := s.allow(r.Context(), c)
		if err != nil {
			s.m.rlErrors.WithLabelValues(c.dimension).Inc()
			s.limErrLog.log(r.Context(), "rate limiter unavailable",
				"dimension", c.dimension, "failure_mode", string(s.cfg.LimiterFailure), "err", err)
			if s.cfg.LimiterFailure == FailClosed {
				w.Header().Set(HeaderRetryAfter, "1")
				api.WriteError(w, r, http.StatusServiceUnavailable, api.CodeUnavailable,
					"rate limiter unavailable; retry shortly", nil)
				return rlUnavailable
			}
			continue // fail open: this dimension does not limit the request
		}
		if !d.Allowed {
			s.m.rlRejected.WithLabelValues(c.dimension).Inc()
			s.setLimitHeaders(w, c.limit, d)
			retry := ceilSeconds(d.RetryAfter)
			w.Header().Set(HeaderRetryAfter, strconv.FormatInt(retry, 10))
			api.WriteError(w, r, http.StatusTooManyRequests, api.CodeRateLimited,
				"rate limit exceeded for this "+dimensionNoun(c.dimension)+"; retry after "+strconv.FormatInt(retry, 10)+" s",
				map[string]any{"status": statusRateLimited, "dimension": c.dimension, "retry_after_seconds": retry, "limit": c.limit.Capacity})
			return rlRejected
		}
		if !haveTight || d.Remaining/c.limit.Capacity < tight.Remaining/tightLimit.Capacity {
			tight, tightLimit, haveTight = d, c.limit, true
		}
	}
	if haveTight {
		s.setLimitHeaders(w, tightLimit, tight)
	}
	s.m.rlAllowed.Inc()
	return rlPass
}

func dimensionNoun(d string) string {
	if d == dimensionIP {
		return "client address"
	}
	return "API key"
}

func (s *Service) allow(ctx context.Context, c dimensionCheck) (cache.Decision, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.BackendTimeout)
	defer cancel()
	start := time.Now()
	d, err := s.limiter.Allow(ctx, c.key, c.limit, 1)
	c.observe(time.Since(start).Seconds())
	return d, err
}

func (s *Service) setLimitHeaders(w http.ResponseWriter, l cache.Limit, d cache.Decision) {
	h := w.Header()
	h.Set(HeaderLimit, strconv.FormatInt(int64(l.Capacity), 10))
	h.Set(HeaderRemaining, strconv.FormatInt(int64(math.Floor(max(d.Remaining, 0))), 10))
	h.Set(HeaderReset, strconv.FormatInt(s.cfg.Now().Add(d.ResetAfter).Add(time.Second-1).Unix(), 10))
}

// ceilSeconds rounds d up to whole seconds, at least 1: a client told
// "Retry-After: 0" would retry at once and be rejected again.
func ceilSeconds(d time.Duration) int64 {
	s := int64((d + time.Second - 1) / time.Second)
	return max(s, 1)
}

// clientKey names the client's bucket: its address, or its IPv6 network.
func (s *Service) clientKey(r *http.Request) string {
	a, ok := s.clientAddr(r)
	if !ok {
		// Not an IP (a unix socket, an odd test transport): one bucket for
		// whatever the peer calls itself.
		return "peer:" + r.RemoteAddr
	}
	if a.Is6() && s.cfg.IPv6PrefixBits < 128 {
		p, err := a.Prefix(s.cfg.IPv6PrefixBits)
		if err == nil {
			return p.String()
		}
	}
	return a.String()
}

// clientAddr is the TCP peer, or, when the peer is a trusted proxy, the
// right-most address of X-Forwarded-For that is not itself a trusted proxy
// (the left part of the header is whatever the client chose to send).
func (s *Service) clientAddr(r *http.Request) (netip.Addr, bool) {
	a, ok := parseAddr(r.RemoteAddr)
	if !ok {
		return netip.Addr{}, false
	}
	if !s.trusted(a) {
		return a, true
	}
	hops := r.Header.Values("X-Forwarded-For")
	for i := len(hops) - 1; i >= 0; i-- {
		parts := strings.Split(hops[i], ",")
		for j := len(parts) - 1; j >= 0; j-- {
			h, ok := parseAddr(strings.TrimSpace(parts[j]))
			if !ok {
				return a, true // a garbled header: stop believing it
			}
			if !s.trusted(h) {
				return h, true
			}
			a = h
		}
	}
	return a, true
}

func (s *Service) trusted(a netip.Addr) bool {
	for _, p := range s.cfg.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// parseAddr accepts "ip", "ip:port" and "[ipv6]:port"; IPv4-mapped IPv6
// addresses become IPv4 so one client has one bucket.
func parseAddr(s string) (netip.Addr, bool) {
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap().WithZone(""), true
	}
	if a, err := netip.ParseAddr(s); err == nil {
		return a.Unmap().WithZone(""), true
	}
	if host, _, err := net.SplitHostPort(s); err == nil {
		if a, err := netip.ParseAddr(host); err == nil {
			return a.Unmap().WithZone(""), true
		}
	}
	return netip.Addr{}, false
}
