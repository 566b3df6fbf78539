package reflexsvc_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/cache"
	"github.com/octollm/octollm/internal/cache/cachemem"
	"github.com/octollm/octollm/internal/cache/cacheredis"
	"github.com/octollm/octollm/internal/cache/cachetest"
	"github.com/octollm/octollm/internal/reflex"
	"github.com/octollm/octollm/internal/reflex/reflexsvc"
)

// The API keys of the test authenticator and the principals they map to.
const (
	keyUser     = "octollm_user"
	keyOther    = "octollm_other"
	keyValues   = "octollm_values"
	keyInternal = "octollm_internal"
	keyAdmin    = "octollm_admin"
	keyNoScope  = "octollm_noscope"
)

var principals = map[string]auth.Principal{
	keyUser:     {KeyID: "id-user", Name: "user", Scopes: []string{auth.ScopeReflexProcess}},
	keyOther:    {KeyID: "id-other", Name: "other", Scopes: []string{auth.ScopeReflexProcess}},
	keyValues:   {KeyID: "id-values", Name: "values", Scopes: []string{auth.ScopeReflexProcess, auth.ScopeReflexValues}},
	keyInternal: {KeyID: "id-internal", Name: "orchestrator", Scopes: []string{auth.ScopeReflexProcess, auth.ScopeInternal}},
	keyAdmin:    {KeyID: "id-admin", Name: "admin", Scopes: []string{auth.ScopeAdmin}},
	keyNoScope:  {KeyID: "id-noscope", Name: "reader", Scopes: []string{auth.ScopeTaskRead}},
}

// keyAuth is a tiny auth.Authenticator over a fixed table.
type keyAuth struct{}

func (keyAuth) Authenticate(_ context.Context, key string) (auth.Principal, error) {
	if p, ok := principals[key]; ok {
		return p, nil
	}
	return auth.Principal{}, auth.ErrInvalidKey
}

// engine is built once: its tables take a while to compile, and it is
// immutable and safe for concurrent use.
var engine = sync.OnceValue(func() *reflex.Engine {
	e, err := reflex.New(reflex.DefaultConfig())
	if err != nil {
		panic(err)
	}
	return e
})

// backendKind selects the cache backend of a test.
type backendKind string

const (
	memoryBackend backendKind = "memory"
	redisBackend  backendKind = "redis"
)

// forEachBackend runs fn against the in-process backend and against Redis
// (skipped without OCTOLLM_TEST_REDIS_URL, failed in CI).
func forEachBackend(t *testing.T, fn func(t *testing.T, kind backendKind)) {
	for _, k := range []backendKind{memoryBackend, redisBackend} {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			fn(t, k)
		})
	}
}

// bundle is one service under test, mounted the way the app mounts it.
type bundle struct {
	svc     *reflexsvc.Service
	handler http.Handler
	reg     *prometheus.Registry
	backend cache.Backend
	clock   *cachetest.Clock // nil on Redis (server time)
	logs    *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type setupOpts struct {
	kind backendKind
	cfg  reflexsvc.Config
	// wrap lets a test put a faulty or recording layer around the backend.
	wrapCache   func(cache.Cache) cache.Cache
	wrapLimiter func(cache.Limiter) cache.Limiter
	engine      reflexsvc.Analyzer
}

func newBackend(tb testing.TB, kind backendKind) (cache.Backend, *cachetest.Clock) {
	tb.Helper()
	switch kind {
	case redisBackend:
		url := cachetest.RedisURL(tb)
		var suffix [6]byte
		_, _ = rand.Read(suffix[:])
		b, err := cacheredis.New(context.Background(), cacheredis.Config{
			URL:    url,
			Prefix: "octollm-test:reflexsvc:" + hex.EncodeToString(suffix[:]) + ":",
		})
		if err != nil {
			tb.Fatalf("connect to Redis: %v", err)
		}
		tb.Cleanup(func() {
			ctx := context.Background()
			_, _ = b.DeletePrefix(ctx, "")
			_ = b.Close()
		})
		return b, nil
	default:
		clock := cachetest.NewClock(time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC))
		b, err := cachemem.New(cachemem.Config{Now: clock.Now})
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { _ = b.Close() })
		return b, clock
	}
}

func setup(tb testing.TB, o setupOpts) *bundle {
	tb.Helper()
	if o.kind == "" {
		o.kind = memoryBackend
	}
	backend, clock := newBackend(tb, o.kind)
	var c cache.Cache = backend
	var l cache.Limiter = backend
	if o.wrapCache != nil {
		c = o.wrapCache(c)
	}
	if o.wrapLimiter != nil {
		l = o.wrapLimiter(l)
	}
	if o.engine == nil {
		o.engine = engine()
	}
	// Most tests send more requests than the Free tier's burst of 10; the
	// rate-limit tests choose their tiers explicitly.
	if o.cfg.IPTier == "" {
		o.cfg.IPTier = reflexsvc.TierUnlimited
	}
	if o.cfg.KeyTier == "" {
		o.cfg.KeyTier = reflexsvc.TierUnlimited
	}
	if clock != nil && o.cfg.Now == nil {
		o.cfg.Now = clock.Now
	}
	logs := &syncBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	reg := prometheus.NewRegistry()
	svc, err := reflexsvc.New(o.cfg, reflexsvc.Deps{Engine: o.engine, Cache: c, Limiter: l, Logger: log, Registerer: reg})
	if err != nil {
		tb.Fatalf("reflexsvc.New: %v", err)
	}
	// The real API server (request ids, body limit, error envelope) with
	// the routes mounted as internal/app mounts them.
	srv, err := api.New(api.Config{Addr: "127.0.0.1:0"}, log, prometheus.NewRegistry(), prometheus.NewRegistry())
	if err != nil {
		tb.Fatal(err)
	}
	srv.Router().Route("/api/v1", func(r chi.Router) {
		r.Use(auth.Middleware(keyAuth{}, log))
		svc.Mount(r)
	})
	srv.Router().Group(func(r chi.Router) {
		r.Use(auth.Middleware(keyAuth{}, log))
		svc.MountAliases(r)
	})
	return &bundle{svc: svc, handler: srv.Handler(), reg: reg, backend: backend, clock: clock, logs: logs}
}

// advance moves the backend's clock (memory) or waits (Redis).
func (b *bundle) advance(d time.Duration) {
	if b.clock != nil {
		b.clock.Advance(d)
		return
	}
	time.Sleep(d)
}

// call is one request.
type call struct {
	method, path, key string
	body              any    // marshalled to JSON unless raw is set
	raw               []byte // the exact body
	remote            string // RemoteAddr; default 192.0.2.10:1234
	header            http.Header
}

func (b *bundle) do(tb testing.TB, c call) *httptest.ResponseRecorder {
	tb.Helper()
	if c.method == "" {
		c.method = http.MethodPost
	}
	body := c.raw
	if body == nil && c.body != nil {
		var err error
		if body, err = json.Marshal(c.body); err != nil {
			tb.Fatal(err)
		}
	}
	req := newRequest(tb, c.method, c.path, c.key, string(body))
	for k, vs := range c.header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	if c.remote != "" {
		req.RemoteAddr = c.remote
	}
	rec := httptest.NewRecorder()
	b.handler.ServeHTTP(rec, req)
	return rec
}

// newRequest builds a request from the default client address.
func newRequest(tb testing.TB, method, path, key, body string) *http.Request {
	tb.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("X-API-Key", key)
	}
	req.RemoteAddr = "192.0.2.10:1234"
	return req
}

// process posts body to /api/v1/reflex/process with key and decodes a 200.
func (b *bundle) process(tb testing.TB, key string, body any) reflexsvc.ProcessResponse {
	tb.Helper()
	rec := b.do(tb, call{path: "/api/v1/reflex/process", key: key, body: body})
	if rec.Code != http.StatusOK {
		tb.Fatalf("process: status %d, body %s", rec.Code, rec.Body.String())
	}
	return decode[reflexsvc.ProcessResponse](tb, rec.Body)
}

func decode[T any](tb testing.TB, r io.Reader) T {
	tb.Helper()
	var v T
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		tb.Fatalf("decode %T: %v", v, err)
	}
	return v
}

// envelope decodes the error envelope and checks its code.
func envelope(tb testing.TB, rec *httptest.ResponseRecorder, status int, code string) api.ErrorBody {
	tb.Helper()
	if rec.Code != status {
		tb.Fatalf("status %d, want %d; body %s", rec.Code, status, rec.Body.String())
	}
	var e api.ErrorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
		tb.Fatalf("decode envelope: %v (%s)", err, rec.Body.String())
	}
	if e.Error.Code != code {
		tb.Fatalf("error code %q, want %q (%s)", e.Error.Code, code, e.Error.Message)
	}
	if e.RequestID == "" {
		tb.Fatalf("envelope without request_id: %s", rec.Body.String())
	}
	return e
}

// counter reads a counter (or the sample count of a histogram) with the
// given labels from reg; 0 when the series does not exist.
func counter(tb testing.TB, reg *prometheus.Registry, name string, labels ...string) float64 {
	tb.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		tb.Fatal(err)
	}
	want := map[string]string{}
	for i := 0; i+1 < len(labels); i += 2 {
		want[labels[i]] = labels[i+1]
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		total := 0.0
		for _, m := range mf.GetMetric() {
			if !labelsMatch(m, want) {
				continue
			}
			switch {
			case m.Counter != nil:
				total += m.GetCounter().GetValue()
			case m.Histogram != nil:
				total += float64(m.GetHistogram().GetSampleCount())
			}
		}
		return total
	}
	return 0
}

func labelsMatch(m *dto.Metric, want map[string]string) bool {
	n := 0
	for _, lp := range m.GetLabel() {
		if v, ok := want[lp.GetName()]; ok {
			if v != lp.GetValue() {
				return false
			}
			n++
		}
	}
	return n == len(want)
}

// failingCache fails every call while failing is set.
type failingCache struct {
	cache.Cache
	failing atomic.Bool
	calls   atomic.Int64
}

var errBackendDown = errors.New("backend down (test)")

func (f *failingCache) Get(ctx context.Context, key string) ([]byte, bool, error) {
	f.calls.Add(1)
	if f.failing.Load() {
		return nil, false, errBackendDown
	}
	return f.Cache.Get(ctx, key)
}

func (f *failingCache) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	f.calls.Add(1)
	if f.failing.Load() {
		return errBackendDown
	}
	return f.Cache.Set(ctx, key, val, ttl)
}

// recordingCache remembers the TTL of every Set.
type recordingCache struct {
	cache.Cache
	mu   sync.Mutex
	ttls map[string]time.Duration
	vals map[string][]byte
}

func (r *recordingCache) Set(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	r.mu.Lock()
	if r.ttls == nil {
		r.ttls, r.vals = map[string]time.Duration{}, map[string][]byte{}
	}
	r.ttls[key] = ttl
	r.vals[key] = append([]byte(nil), val...)
	r.mu.Unlock()
	return r.Cache.Set(ctx, key, val, ttl)
}

func (r *recordingCache) last() (map[string]time.Duration, map[string][]byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	t, v := map[string]time.Duration{}, map[string][]byte{}
	for k, x := range r.ttls {
		t[k] = x
	}
	for k, x := range r.vals {
		v[k] = x
	}
	return t, v
}

// failingLimiter fails every check while failing is set.
type failingLimiter struct {
	cache.Limiter
	failing atomic.Bool
}

func (f *failingLimiter) Allow(ctx context.Context, key string, l cache.Limit, n int) (cache.Decision, error) {
	if f.failing.Load() {
		return cache.Decision{}, errBackendDown
	}
	return f.Limiter.Allow(ctx, key, l, n)
}

func ptr[T any](v T) *T { return &v }

func contains(s, sub string) bool { return strings.Contains(s, sub) }
