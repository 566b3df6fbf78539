package reflexsvc_test

import (
	"context"
	"log/slog"
	"net"
	"os"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/octollm/octollm/internal/api"
	"github.com/octollm/octollm/internal/auth"
	"github.com/octollm/octollm/internal/cache"
	"github.com/octollm/octollm/internal/cache/cachemem"
	"github.com/octollm/octollm/internal/cache/cacheredis"
	"github.com/octollm/octollm/internal/reflex/reflexsvc"
)

// TestLoadServer serves the reflex routes for a load generator when
// OCTOLLM_REFLEX_LOAD_ADDR is set (skipped otherwise), for
// OCTOLLM_REFLEX_LOAD_SECONDS (default 60). It is the same stack as
// `octollm serve` minus the store lookup of API keys: the test
// authenticator resolves the keys of setup_test.go from a map. Use it to
// separate the reflex service's own cost from authentication; the figures
// in docs/bench/reflex-service.md come from `octollm serve` where stated.
//
//	OCTOLLM_REFLEX_LOAD_ADDR=127.0.0.1:18080 go test -run TestLoadServer -timeout 0 ./internal/reflex/reflexsvc/
//	wrk -t1 -c32 -d15s --latency -s internal/reflex/reflexsvc/testdata/wrk/miss.lua http://127.0.0.1:18080 -- octollm_internal
//
// OCTOLLM_REFLEX_LOAD_REDIS=redis://... uses Redis for cache and limits.
func TestLoadServer(t *testing.T) {
	addr := os.Getenv("OCTOLLM_REFLEX_LOAD_ADDR")
	if addr == "" {
		t.Skip("OCTOLLM_REFLEX_LOAD_ADDR is not set")
	}
	secs := 60 * time.Second
	if v := os.Getenv("OCTOLLM_REFLEX_LOAD_SECONDS"); v != "" {
		d, err := time.ParseDuration(v + "s")
		if err != nil {
			t.Fatal(err)
		}
		secs = d
	}
	ctx, cancel := context.WithTimeout(context.Background(), secs)
	defer cancel()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))

	var backend cache.Backend
	if url := os.Getenv("OCTOLLM_REFLEX_LOAD_REDIS"); url != "" {
		b, err := cacheredis.New(ctx, cacheredis.Config{URL: url, Prefix: "octollm-load:"})
		if err != nil {
			t.Fatal(err)
		}
		backend = b
	} else {
		b, err := cachemem.New(cachemem.Config{})
		if err != nil {
			t.Fatal(err)
		}
		backend = b
	}
	defer backend.Close()

	reg := prometheus.NewRegistry()
	svc, err := reflexsvc.New(reflexsvc.Config{}, reflexsvc.Deps{
		Engine: engine(), Cache: backend, Limiter: backend, Logger: log, Registerer: reg,
	})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := api.New(api.Config{Addr: addr}, log, reg, reg)
	if err != nil {
		t.Fatal(err)
	}
	srv.Router().Route("/api/v1", func(r chi.Router) {
		r.Use(auth.Middleware(keyAuth{}, log))
		svc.Mount(r)
	})
	err = srv.Run(ctx, func(a net.Addr) { t.Logf("reflex load server on %s for %s", a, secs) })
	if err != nil {
		t.Fatal(err)
	}
}
