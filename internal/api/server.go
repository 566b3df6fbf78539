// Package api is OctoLLM's HTTP server: routing, the middleware every role
// shares (request ids, panics, body limits, metrics), the error envelope,
// and the /health, /ready, /metrics and /openapi.yaml endpoints. Roles mount
// their own handlers on the router it exposes.
package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Config configures the server.
type Config struct {
	// Addr is the listen address, host:port.
	Addr string
	// BodyLimit caps request bodies in bytes (default 1 MiB).
	BodyLimit int64
	// Version is reported by /health.
	Version string
	// ShutdownTimeout bounds how long in-flight requests may finish after a
	// stop signal (default 20 s).
	ShutdownTimeout time.Duration
	// ReadyTimeout bounds each readiness check (default 2 s).
	ReadyTimeout time.Duration
	// OpenAPI is the served API document (optional).
	OpenAPI []byte
}

func (c *Config) setDefaults() {
	if c.BodyLimit <= 0 {
		c.BodyLimit = 1 << 20
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = 20 * time.Second
	}
	if c.ReadyTimeout <= 0 {
		c.ReadyTimeout = 2 * time.Second
	}
	if c.Version == "" {
		c.Version = "dev"
	}
}

// Check is one readiness dependency, e.g. the database or the cache.
type Check struct {
	Name  string
	Check func(ctx context.Context) error
}

// Server is the HTTP server of one octollm process.
type Server struct {
	cfg     Config
	log     *slog.Logger
	router  chi.Router
	start   time.Time
	checks  []Check
	metrics *httpMetrics
	gather  prometheus.Gatherer

	mu     sync.Mutex
	health map[string]func() map[string]any
}

// New builds a server. reg receives the HTTP metrics; gather serves /metrics.
func New(cfg Config, log *slog.Logger, reg prometheus.Registerer, gather prometheus.Gatherer) (*Server, error) {
	cfg.setDefaults()
	if cfg.Addr == "" {
		return nil, errors.New("api: listen address is empty")
	}
	m, err := newHTTPMetrics(reg)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: log, start: time.Now(), metrics: m, gather: gather, health: map[string]func() map[string]any{}}
	r := chi.NewRouter()
	r.Use(requestID, s.recoverer, s.instrument, s.limitBody)
	r.NotFound(func(w http.ResponseWriter, r *http.Request) {
		WriteError(w, r, http.StatusNotFound, CodeNotFound, "no route for "+r.Method+" "+r.URL.Path, nil)
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) {
		WriteError(w, r, http.StatusMethodNotAllowed, CodeMethodNotAllowed, "method "+r.Method+" not allowed on "+r.URL.Path, nil)
	})
	r.Get("/health", s.handleHealth)
	r.Get("/ready", s.handleReady)
	r.Method(http.MethodGet, "/metrics", promhttp.HandlerFor(gather, promhttp.HandlerOpts{}))
	if len(cfg.OpenAPI) > 0 {
		r.Get("/openapi.yaml", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/yaml")
			_, _ = w.Write(cfg.OpenAPI)
		})
	}
	s.router = r
	return s, nil
}

// Router is where roles mount their routes.
func (s *Server) Router() chi.Router { return s.router }

// Handler returns the root handler (used by tests with httptest).
func (s *Server) Handler() http.Handler { return s.router }

// AddCheck registers a readiness dependency.
func (s *Server) AddCheck(c Check) { s.checks = append(s.checks, c) }

// AddHealthInfo adds fields to /health, computed per request (e.g. the
// executor's sandbox tier).
func (s *Server) AddHealthInfo(name string, f func() map[string]any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.health[name] = f
}

// Run serves until ctx is cancelled, then shuts down gracefully: the
// listener closes at once and in-flight requests get ShutdownTimeout to
// finish. ready, when not nil, is called with the bound address.
func (s *Server) Run(ctx context.Context, ready func(addr net.Addr)) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.Addr, err)
	}
	return s.Serve(ctx, ln, ready)
}

// Serve is Run on an existing listener.
func (s *Server) Serve(ctx context.Context, ln net.Listener, ready func(addr net.Addr)) error {
	srv := &http.Server{
		Handler:           s.router,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if ready != nil {
		ready(ln.Addr())
	}
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down; waiting for in-flight requests", "timeout", s.cfg.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

type healthResponse struct {
	Status        string         `json:"status"`
	Version       string         `json:"version"`
	UptimeSeconds float64        `json:"uptime_seconds"`
	Components    map[string]any `json:"components,omitempty"`
}

func (s *Server) handleHealth(w http.ResponseWriter, _ *http.Request) {
	resp := healthResponse{Status: "healthy", Version: s.cfg.Version, UptimeSeconds: time.Since(s.start).Seconds()}
	s.mu.Lock()
	for name, f := range s.health {
		if resp.Components == nil {
			resp.Components = map[string]any{}
		}
		resp.Components[name] = f()
	}
	s.mu.Unlock()
	WriteJSON(w, http.StatusOK, resp)
}

type readyResponse struct {
	Ready  bool              `json:"ready"`
	Checks map[string]string `json:"checks"`
}

func (s *Server) handleReady(w http.ResponseWriter, r *http.Request) {
	resp := readyResponse{Ready: true, Checks: make(map[string]string, len(s.checks))}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, c := range s.checks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(r.Context(), s.cfg.ReadyTimeout)
			defer cancel()
			err := c.Check(ctx)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				resp.Ready = false
				resp.Checks[c.Name] = "error: " + err.Error()
				return
			}
			resp.Checks[c.Name] = "ok"
		}()
	}
	wg.Wait()
	status := http.StatusOK
	if !resp.Ready {
		status = http.StatusServiceUnavailable
	}
	WriteJSON(w, status, resp)
}
