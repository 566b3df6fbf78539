// Package reflexsvc is the HTTP service of the reflex layer: it puts the
// detection engine of package reflex behind POST /reflex/process and
// /reflex/redact (plus the original paths /process and /filter/pii), with
// per-key and per-IP rate limits, a per-tenant response cache, and the
// reflex metrics of spec §2.1.
//
// The request pipeline is: authenticate (the caller's middleware) → rate
// limit (client IP, then API key; internal roles exempt) → validate →
// cache lookup → analyse → cache store → respond. Cache and limiter
// failures never fail a request unless the operator asked the limiter to
// fail closed.
package reflexsvc

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/cache"
	"github.com/octollm/octollm/internal/reflex"
)

// Deps are the collaborators of the service.
type Deps struct {
	// Engine analyses and redacts text (a *reflex.Engine). Required.
	Engine Analyzer
	// Cache stores responses. Required unless Config.CacheDisabled.
	Cache cache.Cache
	// Limiter enforces the rate limits. Required unless
	// Config.DisableRateLimits.
	Limiter cache.Limiter
	// Logger receives backend failures (throttled). Default: discard.
	Logger *slog.Logger
	// Registerer receives the metrics. Required.
	Registerer prometheus.Registerer
}

// Sentinel errors of New.
var (
	ErrNoEngine     = errors.New("reflexsvc: Deps.Engine is required")
	ErrNoCache      = errors.New("reflexsvc: Deps.Cache is required unless the cache is disabled")
	ErrNoLimiter    = errors.New("reflexsvc: Deps.Limiter is required unless rate limits are disabled")
	ErrNoRegisterer = errors.New("reflexsvc: Deps.Registerer is required")
)

// Service serves the reflex endpoints. Create with New; safe for
// concurrent use.
type Service struct {
	cfg     Config
	engine  Analyzer
	cache   cache.Cache
	limiter cache.Limiter
	log     *slog.Logger
	m       *metrics

	ipLimit      cache.Limit
	ipUnlimited  bool
	keyLimit     cache.Limit
	keyUnlimited bool

	cacheErrLog *throttledLog
	limErrLog   *throttledLog

	hits, misses, sets atomic.Int64
	stageSample        atomic.Uint64 // counts combined analyses, see analyze

	hashSalt []byte // keys the hash redaction strategy (per tenant, see redactEntry)

	results   sync.Pool // *reflex.Result, reused between analyses
	bodies    sync.Pool // *bytes.Buffer, request bodies
	entryBufs sync.Pool // *[]byte, cached entries read from an in-process cache
	strs      interner  // finding types and rules decoded from cached entries
}

// New builds the service. cfg is completed with defaults and validated.
func New(cfg Config, deps Deps) (*Service, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	switch {
	case deps.Engine == nil:
		return nil, ErrNoEngine
	case deps.Cache == nil && !cfg.CacheDisabled:
		return nil, ErrNoCache
	case deps.Limiter == nil && !cfg.DisableRateLimits:
		return nil, ErrNoLimiter
	case deps.Registerer == nil:
		return nil, ErrNoRegisterer
	}
	if deps.Logger == nil {
		deps.Logger = slog.New(slog.DiscardHandler)
	}
	m, err := newMetrics(deps.Registerer)
	if err != nil {
		return nil, err
	}
	log := deps.Logger.With("component", "reflex")
	s := &Service{
		cfg:         cfg,
		engine:      deps.Engine,
		cache:       deps.Cache,
		limiter:     deps.Limiter,
		log:         log,
		m:           m,
		cacheErrLog: &throttledLog{logger: log, level: slog.LevelWarn, interval: cfg.ErrorLogInterval, now: cfg.Now},
		limErrLog:   &throttledLog{logger: log, level: slog.LevelError, interval: cfg.ErrorLogInterval, now: cfg.Now},
	}
	s.hashSalt = cfg.HashSalt
	if len(s.hashSalt) == 0 {
		// A random key is safer than an unkeyed hash (which anyone could
		// reverse for guessable values such as phone numbers); the price is
		// that hashes differ between processes until a salt is configured.
		s.hashSalt = make([]byte, 32)
		if _, err := rand.Read(s.hashSalt); err != nil {
			return nil, fmt.Errorf("reflexsvc: generate hash salt: %w", err)
		}
	}
	s.ipLimit, s.ipUnlimited, _ = TierLimit(cfg.IPTier)
	s.keyLimit, s.keyUnlimited, _ = TierLimit(cfg.KeyTier)
	s.results.New = func() any { return new(reflex.Result) }
	s.bodies.New = func() any { return new(bytes.Buffer) }
	s.entryBufs.New = func() any { b := make([]byte, 0, 256); return &b }
	return s, nil
}

// Mount adds the versioned routes to r, which must already authenticate
// callers (auth.Middleware):
//
//	POST /reflex/process      analyse a text             (scope reflex:process)
//	POST /reflex/redact       redact a text              (scope reflex:process)
//	GET  /reflex/cache/stats  response-cache statistics  (scope reflex:process)
//	POST /reflex/cache/clear  drop every cached response (scope admin)
func (s *Service) Mount(r chi.Router) {
	r.Route("/reflex", func(r chi.Router) {
		r.With(auth.Require(auth.ScopeReflexProcess)).Post("/process", s.handleProcess)
		r.With(auth.Require(auth.ScopeReflexProcess)).Post("/redact", s.handleRedact)
		r.With(auth.Require(auth.ScopeReflexProcess)).Get("/cache/stats", s.handleCacheStats)
		r.With(auth.Require(auth.ScopeAdmin)).Post("/cache/clear", s.handleCacheClear)
	})
}

// MountAliases adds the original reflex layer's paths, with the same
// handlers and scopes: POST /process and POST /filter/pii. r must
// authenticate callers.
func (s *Service) MountAliases(r chi.Router) {
	r.With(auth.Require(auth.ScopeReflexProcess)).Post("/process", s.handleProcess)
	r.With(auth.Require(auth.ScopeReflexProcess)).Post("/filter/pii", s.handleRedact)
}
